package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import org.heard.core.ApiException
import org.heard.core.LocalizedText
import org.heard.core.TextArg
import org.heard.core.UnlockOutcome

/** What the person is told after a PIN was checked, or null when it opened. */
fun pinMessage(strings: Strings, outcome: UnlockOutcome): LocalizedText? = when (outcome) {
    is UnlockOutcome.Unlocked -> null
    is UnlockOutcome.WrongPin -> strings.text("lock-wrong", "count" to TextArg.Number(outcome.attemptsLeft.toDouble()))
    is UnlockOutcome.Erased -> strings.text("lock-erased")
}

/** What the person is told when the core refused a PIN call. */
fun pinError(strings: Strings, e: ApiException): LocalizedText = when (e) {
    is ApiException.InvalidPin -> strings.text("lock-pin-invalid")
    else -> strings.text("error-try-again")
}

/** A PIN field: digits only, hidden, announced by [label]. */
@Composable
fun PinField(value: String, label: String, tag: String, onChange: (String) -> Unit) {
    OutlinedTextField(
        value = value,
        onValueChange = { typed -> onChange(typed.filter { it.isDigit() }) },
        label = { Text(label) },
        singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword),
        modifier = Modifier.fillMaxWidth().testTag(tag).semantics { contentDescription = label },
    )
}

/**
 * The lock screen: the PIN, and quick delete below it, reachable without
 * the PIN. A damaged lock offers only quick delete, the one way on.
 */
@Composable
fun LockScreen(root: RootState) {
    val strings = root.strings
    var pin by remember { mutableStateOf("") }
    var message by remember { mutableStateOf<LocalizedText?>(null) }
    val damaged = root.lock is org.heard.core.LockStatus.Damaged
    Directed(strings.rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(
                Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(24.dp).testTag("lock-screen"),
                verticalArrangement = Arrangement.spacedBy(16.dp),
            ) {
                Text(strings["lock-title"], style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
                if (damaged) {
                    ErrorText(strings.text("lock-damaged"))
                } else {
                    PinField(pin, strings["lock-pin"], "lock-pin") { pin = it }
                    message?.let { ErrorText(it, Modifier.testTag("lock-message")) }
                    Button(
                        onClick = {
                            message = root.unlock(pin)
                            pin = ""
                        },
                        enabled = pin.isNotEmpty(),
                        modifier = Modifier.fillMaxWidth().touchTarget().testTag("unlock"),
                    ) { Text(strings["lock-unlock"]) }
                }
                Spacer(Modifier.padding(12.dp))
                QuickWipe(strings, onWipe = { root.wipe() })
            }
        }
    }
}
