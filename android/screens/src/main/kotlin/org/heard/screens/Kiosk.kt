package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.delay
import org.heard.core.LocalizedText

/** How long a kiosk shows its thank-you before the next respondent's survey, in milliseconds. */
const val KIOSK_THANK_YOU_MILLIS = 20_000L

/**
 * A shared kiosk: the survey in the kiosk's language, one respondent after
 * another. After a submit the thank-you stays a moment, then (or on the
 * button) a fresh survey starts that shows nothing of the last one.
 * Leaving needs the PIN; the way out is small and in the corner, where a
 * respondent does not look for it.
 */
@Composable
fun KioskScreen(root: RootState, kiosk: Route.Kiosk) {
    val strings = Strings(listOf(kiosk.locale) + root.preferred)
    var leaving by remember(kiosk.state) { mutableStateOf(false) }
    if (kiosk.state.submitted != null) {
        LaunchedEffect(kiosk.state) {
            delay(KIOSK_THANK_YOU_MILLIS)
            root.nextRespondent()
        }
    }
    Directed(strings.rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(Modifier.fillMaxSize().testTag("kiosk")) {
                Box(Modifier.weight(1f).fillMaxWidth()) {
                    SurveyScreen(kiosk.state, root.shell.audio, onFinished = { root.nextRespondent() }, finishLabel = strings["kiosk-next"])
                }
                HorizontalDivider()
                if (leaving) {
                    LeaveKiosk(root, strings, onCancel = { leaving = false })
                } else {
                    Row(Modifier.fillMaxWidth().padding(horizontal = 8.dp)) {
                        TextButton(onClick = { leaving = true }, modifier = Modifier.touchTarget().testTag("kiosk-leave")) {
                            Text(strings["kiosk-leave"], style = MaterialTheme.typography.labelMedium)
                        }
                    }
                }
            }
        }
    }
}

@Composable
private fun LeaveKiosk(root: RootState, strings: Strings, onCancel: () -> Unit) {
    var pin by remember { mutableStateOf("") }
    var message by remember { mutableStateOf<LocalizedText?>(null) }
    Column(Modifier.fillMaxWidth().padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        PinField(pin, strings["kiosk-leave-pin"], "kiosk-pin") { pin = it }
        message?.let { ErrorText(it, Modifier.testTag("kiosk-message")) }
        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            OutlinedButton(onClick = onCancel, modifier = Modifier.weight(1f).touchTarget()) { Text(strings["wipe-cancel"]) }
            Button(
                onClick = {
                    message = root.leaveKiosk(pin, strings)
                    pin = ""
                },
                enabled = pin.isNotEmpty(),
                modifier = Modifier.weight(1f).touchTarget().testTag("kiosk-leave-confirm"),
            ) { Text(strings["kiosk-leave"]) }
        }
    }
}
