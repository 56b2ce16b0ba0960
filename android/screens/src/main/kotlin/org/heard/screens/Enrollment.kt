package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.launch
import org.heard.core.ApiException
import org.heard.core.EnrollmentOffer
import org.heard.core.HeardApp
import org.heard.core.LocalizedText

/** The enrollment flow over [app]: the pasted code, the offer it holds, and the outcome. */
class EnrollmentState(private val app: HeardApp) {
    var code by mutableStateOf("")
    var offer by mutableStateOf<EnrollmentOffer?>(null)
        private set
    var error by mutableStateOf<LocalizedText?>(null)
        private set
    var busy by mutableStateOf(false)
        private set
    var accepted by mutableStateOf(false)
        private set

    /** Reads the pasted code (nothing is stored yet): the organization and its fingerprint words. */
    fun read(strings: Strings) {
        error = null
        offer = try {
            app.readEnrollmentCode(code.trim())
        } catch (_: ApiException) {
            error = strings.text("enroll-invalid")
            null
        }
    }

    /**
     * Shows an offer read elsewhere (the Android shell's QR scanner reads the
     * code with readEnrollmentCode too); the screenshot tests pin the
     * fingerprint words with it, since a test organization's keys are new on
     * every run.
     */
    fun show(code: String, offer: EnrollmentOffer) {
        this.code = code
        this.offer = offer
        error = null
    }

    suspend fun accept(strings: Strings) {
        busy = true
        try {
            app.acceptEnrollment(code.trim())
            accepted = true
        } catch (_: ApiException) {
            error = strings.text("enroll-invalid")
        } finally {
            busy = false
        }
    }

    fun refuse() {
        offer = null
        code = ""
        error = null
    }
}

/**
 * Enrollment: paste the QR payload (scanning comes with the Android shell),
 * then check the organization's name and its six fingerprint words, shown
 * large, before accepting.
 */
@Composable
fun EnrollmentScreen(state: EnrollmentState, preferred: List<String>, onAccepted: () -> Unit = {}) {
    val strings = Strings(preferred)
    val scope = rememberCoroutineScope()
    Directed(strings.rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(
                Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(20.dp),
                verticalArrangement = Arrangement.spacedBy(16.dp),
            ) {
                Text(
                    strings["enroll-title"],
                    style = MaterialTheme.typography.headlineMedium,
                    modifier = Modifier.semantics { heading() },
                )
                val offer = state.offer
                if (offer == null) {
                    val label = strings["enroll-paste"]
                    OutlinedTextField(
                        visualTransformation = HeardFonts.visualTransformation,
                        value = state.code,
                        onValueChange = { state.code = it },
                        label = { Text(label) },
                        minLines = 3,
                        modifier = Modifier.fillMaxWidth().testTag("enroll-code").semantics { contentDescription = label },
                    )
                    Button(
                        onClick = { state.read(strings) },
                        enabled = state.code.isNotBlank(),
                        modifier = Modifier.fillMaxWidth().touchTarget(),
                    ) { Text(strings["enroll-read"]) }
                } else {
                    Text(
                        offer.organization,
                        style = MaterialTheme.typography.headlineSmall,
                        fontWeight = FontWeight.Bold,
                        modifier = Modifier.testTag("enroll-organization"),
                    )
                    Text(strings["enroll-check-words"], style = MaterialTheme.typography.bodyLarge)
                    Column(
                        Modifier.fillMaxWidth().testTag("enroll-words"),
                        verticalArrangement = Arrangement.spacedBy(4.dp),
                    ) {
                        offer.fingerprintWords.chunked(2).forEach { pair ->
                            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                                pair.forEach { word ->
                                    Text(
                                        word,
                                        style = MaterialTheme.typography.headlineLarge,
                                        fontWeight = FontWeight.Bold,
                                        color = MaterialTheme.colorScheme.primary,
                                        modifier = Modifier.weight(1f),
                                    )
                                }
                            }
                        }
                    }
                    Button(
                        onClick = { scope.launch { state.accept(strings); if (state.accepted) onAccepted() } },
                        enabled = !state.busy,
                        modifier = Modifier.fillMaxWidth().touchTarget(),
                    ) { Text(strings["enroll-accept"]) }
                    OutlinedButton(
                        onClick = { state.refuse() },
                        enabled = !state.busy,
                        modifier = Modifier.fillMaxWidth().touchTarget(),
                    ) { Text(strings["enroll-refuse"]) }
                }
                state.error?.let { ErrorText(it) }
            }
        }
    }
}

/** An error in the error colour, in its own direction. */
@Composable
fun ErrorText(message: LocalizedText, modifier: Modifier = Modifier) {
    Directed(message.rtl) {
        Text(message.text, color = MaterialTheme.colorScheme.error, style = MaterialTheme.typography.bodyMedium, modifier = modifier)
    }
}
