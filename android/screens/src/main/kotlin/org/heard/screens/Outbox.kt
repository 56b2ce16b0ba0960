package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.launch
import org.heard.core.TextArg

/** "5 minutes ago", "yesterday"…: how long ago [then] was at [now] (Unix seconds), in the person's language. */
fun ago(strings: Strings, then: Long, now: Long): String {
    val seconds = (now - then).coerceAtLeast(0)
    return when {
        seconds < 60 -> strings["time-just-now"]
        seconds < 3_600 -> strings.count("time-minutes-ago", seconds / 60)
        seconds < 86_400 -> strings.count("time-hours-ago", seconds / 3_600)
        else -> strings.count("time-days-ago", seconds / 86_400)
    }
}

/**
 * The outbox: what waits, what is being sent, what went today, what the
 * server refused and why, and the last sync; "send now".
 */
@Composable
fun OutboxScreen(root: RootState) {
    val strings = root.strings
    val sync = root.sync
    val scope = rememberCoroutineScope()
    LaunchedEffect(root.app) { sync.refresh() }
    SubScreen(root, strings["outbox-title"], "outbox-screen") {
        val outbox = sync.outbox
        Text(
            strings.count("outbox-waiting", outbox?.queued ?: 0),
            style = MaterialTheme.typography.headlineSmall,
            modifier = Modifier.testTag("outbox-waiting"),
        )
        when (val activity = sync.activity) {
            is SyncActivity.Sending -> Column(
                Modifier.fillMaxWidth().testTag("outbox-sending").semantics { liveRegion = LiveRegionMode.Polite },
                verticalArrangement = Arrangement.spacedBy(6.dp),
            ) {
                Text(strings["outbox-sending"], style = MaterialTheme.typography.bodyLarge)
                if (activity.total > 0) {
                    LinearProgressIndicator(progress = { activity.sent.toFloat() / activity.total }, modifier = Modifier.fillMaxWidth())
                } else {
                    LinearProgressIndicator(Modifier.fillMaxWidth())
                }
            }
            SyncActivity.NotEnrolled -> ErrorText(strings.text("sync-not-enrolled"), Modifier.testTag("outbox-not-enrolled"))
            SyncActivity.Unavailable -> ErrorText(strings.text("error-try-again"))
            SyncActivity.Idle -> {}
        }
        Text(strings.count("outbox-sent-today", outbox?.sentToday ?: 0), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("outbox-sent-today"))
        val last = outbox?.lastSync
        if (last == null) {
            Text(strings["outbox-never-synced"], style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("outbox-last-sync"))
        } else {
            val now = root.now()
            Column(Modifier.fillMaxWidth().testTag("outbox-last-sync"), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(
                    strings.text("outbox-last-sync", "when" to TextArg.Text(ago(strings, last.attemptedAt, now))).text,
                    style = MaterialTheme.typography.bodyLarge,
                )
                val outcome = strings.text("sync-outcome-${last.outcome}")
                if (last.outcome == "done") {
                    Text(outcome.text, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.secondary)
                } else {
                    ErrorText(outcome, Modifier.testTag("outbox-outcome"))
                    last.succeededAt?.let {
                        Text(
                            strings.text("outbox-last-success", "when" to TextArg.Text(ago(strings, it, now))).text,
                            style = MaterialTheme.typography.bodyMedium,
                        )
                    }
                }
            }
        }
        Button(
            onClick = { scope.launch { sync.syncNow() } },
            enabled = sync.activity !is SyncActivity.Sending,
            modifier = Modifier.fillMaxWidth().touchTarget().testTag("send-now"),
        ) { Text(strings["outbox-send-now"]) }
        val rejected = outbox?.rejected.orEmpty()
        if (rejected.isNotEmpty()) {
            HorizontalDivider()
            Text(strings["outbox-rejected-title"], style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            Text(strings["outbox-rejected-explain"], style = MaterialTheme.typography.bodyMedium)
            rejected.forEachIndexed { i, item ->
                Card(Modifier.fillMaxWidth().testTag("rejected-$i")) {
                    Text(
                        strings.text("outbox-rejected-reason", "reason" to TextArg.Text(item.reason)).text,
                        style = MaterialTheme.typography.bodyMedium,
                        modifier = Modifier.fillMaxWidth().padding(12.dp),
                    )
                }
            }
        }
    }
}
