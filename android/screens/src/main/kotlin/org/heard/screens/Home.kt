package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.launch
import org.heard.core.ApiException
import org.heard.core.Holdings
import org.heard.core.LockStatus

/**
 * Home: enrollment until there is an organization, then the questionnaires;
 * below, always, the outbox and settings (quick delete and the language are
 * reachable before enrolling too).
 */
@Composable
fun HomeScreen(root: RootState) {
    val strings = root.strings
    val scope = rememberCoroutineScope()
    val holdings = rememberHoldings(root)
    LaunchedEffect(root.app, root.generation) { root.sync.refresh() }
    Directed(strings.rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(Modifier.fillMaxSize()) {
                root.notice?.let { notice ->
                    Row(Modifier.fillMaxWidth().padding(12.dp), verticalAlignment = Alignment.CenterVertically) {
                        ErrorText(notice, Modifier.weight(1f).testTag("notice"))
                        TextButton(onClick = { root.notice = null }, modifier = Modifier.touchTarget()) { Text(strings["notice-dismiss"]) }
                    }
                }
                Box(Modifier.weight(1f).fillMaxWidth()) {
                    if (holdings?.enrolled == true) {
                        QuestionnaireListScreen(root.app, root.preferred, onOpen = { root.start(it) })
                    } else {
                        val state = remember(root.app) { EnrollmentState(root.app) }
                        EnrollmentScreen(state, root.preferred, onAccepted = {
                            scope.launch {
                                root.sync.syncNow()
                                root.refresh()
                            }
                        })
                    }
                }
                HorizontalDivider()
                Row(Modifier.fillMaxWidth().padding(8.dp), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    // The outbox as the last sync left it (a shell's timer syncs behind this screen).
                    val waiting = root.sync.outbox?.queued ?: holdings?.queued ?: 0
                    OutlinedButton(
                        onClick = { root.route = Route.Outbox },
                        modifier = Modifier.weight(1f).touchTarget().testTag("open-outbox"),
                    ) { Text(strings.count("home-outbox", waiting)) }
                    OutlinedButton(
                        onClick = { root.route = Route.Settings },
                        modifier = Modifier.weight(1f).touchTarget().testTag("open-settings"),
                    ) { Text(strings["settings-title"]) }
                    if (root.lock == LockStatus.Unlocked) {
                        OutlinedButton(onClick = { root.lockNow() }, modifier = Modifier.touchTarget().testTag("lock-now")) {
                            Text(strings["settings-lock-now"])
                        }
                    }
                }
            }
        }
    }
}

/**
 * What the device holds, read again whenever the app or what it holds may
 * have changed ([RootState.generation]); null when the core cannot say.
 */
@Composable
fun rememberHoldings(root: RootState): Holdings? = remember(root.app, root.generation) {
    try {
        root.app.holdings()
    } catch (_: ApiException) {
        null
    }
}

/** A screen reached from home: its title, Back, and [content] scrolling below. */
@Composable
fun SubScreen(root: RootState, title: String, tag: String, content: @Composable ColumnScope.() -> Unit) {
    val strings = root.strings
    Directed(strings.rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(Modifier.fillMaxSize().testTag(tag)) {
                Row(Modifier.fillMaxWidth().padding(horizontal = 8.dp, vertical = 4.dp), verticalAlignment = Alignment.CenterVertically) {
                    TextButton(onClick = { root.home() }, modifier = Modifier.touchTarget().testTag("back")) { Text(strings["nav-back"]) }
                    Text(
                        title,
                        style = MaterialTheme.typography.titleLarge,
                        modifier = Modifier.weight(1f).padding(horizontal = 8.dp).semantics { heading() },
                    )
                }
                HorizontalDivider()
                Column(
                    Modifier.weight(1f).fillMaxWidth().verticalScroll(rememberScrollState()).padding(20.dp),
                    verticalArrangement = Arrangement.spacedBy(16.dp),
                    content = content,
                )
            }
        }
    }
}
