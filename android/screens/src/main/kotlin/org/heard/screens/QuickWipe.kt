package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Slider
import androidx.compose.material3.SliderDefaults
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableFloatStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import kotlinx.coroutines.delay
import androidx.compose.ui.unit.dp
import org.heard.core.TextArg

/** How long the countdown after the slide lasts, in seconds. */
const val WIPE_COUNTDOWN_SECONDS = 5

/**
 * Quick delete: a slide all the way across (a deliberate gesture no pocket
 * or child makes by accident; a screen reader moves it with its adjust
 * action), then a short countdown that can still be cancelled, then
 * [onWipe] (the core's panic wipe). Letting go before the end puts the
 * slider back.
 */
@Composable
fun QuickWipe(strings: Strings, onWipe: () -> Unit, countdownSeconds: Int = WIPE_COUNTDOWN_SECONDS) {
    var slid by remember { mutableFloatStateOf(0f) }
    var remaining by remember { mutableStateOf<Int?>(null) }
    Column(Modifier.fillMaxWidth().testTag("quick-wipe"), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(strings["wipe-title"], style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        Text(strings["wipe-explain"], style = MaterialTheme.typography.bodyMedium)
        val left = remaining
        if (left == null) {
            val label = strings["wipe-slide"]
            Text(label, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.error)
            Slider(
                value = slid,
                onValueChange = {
                    slid = it
                    if (it >= 0.97f) remaining = countdownSeconds
                },
                onValueChangeFinished = { if (remaining == null) slid = 0f },
                colors = SliderDefaults.colors(
                    thumbColor = MaterialTheme.colorScheme.error,
                    activeTrackColor = MaterialTheme.colorScheme.error,
                    inactiveTrackColor = MaterialTheme.colorScheme.error.copy(alpha = 0.2f),
                ),
                modifier = Modifier.fillMaxWidth().touchTarget().testTag("wipe-slider")
                    .semantics { contentDescription = label },
            )
        } else {
            LaunchedEffect(left) {
                if (left <= 0) {
                    onWipe()
                } else {
                    delay(1_000)
                    remaining = left - 1
                }
            }
            Text(
                strings.text("wipe-countdown", "seconds" to TextArg.Number(left.toDouble())).text,
                style = MaterialTheme.typography.titleMedium,
                color = MaterialTheme.colorScheme.error,
                modifier = Modifier.testTag("wipe-countdown").semantics { liveRegion = LiveRegionMode.Assertive },
            )
            OutlinedButton(
                onClick = {
                    remaining = null
                    slid = 0f
                },
                modifier = Modifier.fillMaxWidth().touchTarget().testTag("wipe-cancel"),
            ) { Text(strings["wipe-cancel"]) }
        }
    }
}
