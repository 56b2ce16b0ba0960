package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.heard.core.ApiException
import org.heard.core.LocalizedText
import org.heard.core.LockStatus
import org.heard.core.TextArg
import org.heard.core.UnlockOutcome
import org.heard.core.appLanguages

/** Settings and safety: the app lock, the duress PIN, kiosk mode, the app language, what the device holds, quick delete. */
@Composable
fun SettingsScreen(root: RootState) {
    val strings = root.strings
    SubScreen(root, strings["settings-title"], "settings-screen") {
        PinSection(root, strings)
        HorizontalDivider()
        if (root.lock == LockStatus.Unlocked) {
            DuressSection(root, strings)
            HorizontalDivider()
        }
        KioskSection(root, strings)
        HorizontalDivider()
        LanguageSection(root, strings)
        HorizontalDivider()
        HoldingsSection(root, strings)
        HorizontalDivider()
        QuickWipe(strings, onWipe = { root.wipe() })
    }
}

@Composable
private fun Heading(text: String) {
    Text(text, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
}

/** A result line under a form: an error in the error colour, a confirmation in the normal one; announced either way. */
@Composable
private fun Outcome(message: LocalizedText?, ok: Boolean, tag: String) {
    if (message == null) return
    val modifier = Modifier.testTag(tag).semantics { liveRegion = LiveRegionMode.Polite }
    if (ok) {
        Directed(message.rtl) { Text(message.text, style = MaterialTheme.typography.bodyMedium, modifier = modifier) }
    } else {
        ErrorText(message, modifier)
    }
}

/** A radio row at least 48 dp tall. */
@Composable
private fun RadioRow(text: String, selected: Boolean, tag: String, rtl: Boolean? = null, onClick: () -> Unit) {
    Row(
        Modifier.fillMaxWidth().touchTarget().testTag(tag).selectable(selected = selected, role = Role.RadioButton, onClick = onClick),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = selected, onClick = null)
        if (rtl == null) {
            Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp))
        } else {
            Directed(rtl) { Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp)) }
        }
    }
}

/** What a PIN call that checks the current PIN did: a wrong PIN or an erase is told, success confirmed with [saved]. */
private fun RootState.checked(saved: String, call: () -> UnlockOutcome): Pair<LocalizedText, Boolean> = try {
    when (val outcome = call()) {
        UnlockOutcome.Unlocked -> {
            refresh()
            strings.text(saved) to true
        }
        else -> (afterPin(outcome) ?: strings.text(saved)) to false
    }
} catch (e: ApiException) {
    pinError(strings, e) to false
}

@Composable
private fun ColumnScope.PinSection(root: RootState, strings: Strings) {
    var current by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var repeat by remember { mutableStateOf("") }
    var result by remember { mutableStateOf<Pair<LocalizedText, Boolean>?>(null) }
    val hasPin = root.lock == LockStatus.Unlocked
    Heading(strings["settings-pin-title"])
    Text(strings["settings-pin-explain"], style = MaterialTheme.typography.bodyMedium)
    if (hasPin) PinField(current, strings["settings-pin-current"], "pin-current") { current = it }
    PinField(new, strings["settings-pin-new"], "pin-new") { new = it }
    PinField(repeat, strings["settings-pin-repeat"], "pin-repeat") { repeat = it }
    Button(
        onClick = {
            result = when {
                new != repeat -> strings.text("settings-pin-mismatch") to false
                hasPin -> root.checked("settings-pin-saved") { root.app.changePin(current, new) }
                else -> try {
                    root.app.setPin(new)
                    root.refresh()
                    strings.text("settings-pin-saved") to true
                } catch (e: ApiException) {
                    pinError(strings, e) to false
                }
            }
            current = ""
            new = ""
            repeat = ""
        },
        enabled = new.isNotEmpty() && repeat.isNotEmpty() && (!hasPin || current.isNotEmpty()),
        modifier = Modifier.fillMaxWidth().touchTarget().testTag("pin-save"),
    ) { Text(if (hasPin) strings["settings-pin-change"] else strings["settings-pin-set"]) }
    Outcome(result?.first, result?.second == true, "pin-result")
}

@Composable
private fun ColumnScope.DuressSection(root: RootState, strings: Strings) {
    var pin by remember { mutableStateOf("") }
    var duress by remember { mutableStateOf("") }
    var result by remember { mutableStateOf<Pair<LocalizedText, Boolean>?>(null) }
    Heading(strings["settings-duress-title"])
    Text(strings["settings-duress-explain"], style = MaterialTheme.typography.bodyMedium)
    PinField(pin, strings["settings-pin-current"], "duress-current") { pin = it }
    PinField(duress, strings["settings-duress-pin"], "duress-new") { duress = it }
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Button(
            onClick = {
                result = root.checked("settings-duress-saved") { root.app.setDuressPin(pin, duress) }
                pin = ""
                duress = ""
            },
            enabled = pin.isNotEmpty() && duress.isNotEmpty(),
            modifier = Modifier.weight(1f).touchTarget().testTag("duress-save"),
        ) { Text(strings["settings-duress-set"]) }
        OutlinedButton(
            onClick = {
                result = root.checked("settings-duress-cleared") { root.app.clearDuressPin(pin) }
                pin = ""
            },
            enabled = pin.isNotEmpty(),
            modifier = Modifier.weight(1f).touchTarget().testTag("duress-clear"),
        ) { Text(strings["settings-duress-clear"]) }
    }
    Outcome(result?.first, result?.second == true, "duress-result")
}

@Composable
private fun ColumnScope.KioskSection(root: RootState, strings: Strings) {
    val surveys = remember(root.app, root.generation, root.preferred) {
        try {
            root.app.questionnaires(root.preferred).filter { !it.listeningSession }
        } catch (_: ApiException) {
            emptyList()
        }
    }
    var chosen by remember(surveys) { mutableStateOf(surveys.firstOrNull()) }
    var locale by remember(chosen) { mutableStateOf(chosen?.languages?.firstOrNull { it.tag in root.preferred }?.tag ?: chosen?.languages?.firstOrNull()?.tag) }
    var pin by remember { mutableStateOf("") }
    var message by remember { mutableStateOf<LocalizedText?>(null) }
    Heading(strings["settings-kiosk-title"])
    Text(strings["settings-kiosk-explain"], style = MaterialTheme.typography.bodyMedium)
    when {
        root.lock != LockStatus.Unlocked -> Text(strings["settings-needs-pin"], style = MaterialTheme.typography.bodyMedium, modifier = Modifier.testTag("kiosk-needs-pin"))
        surveys.isEmpty() -> Text(strings["settings-kiosk-none"], style = MaterialTheme.typography.bodyMedium)
        else -> {
            Text(strings["settings-kiosk-questionnaire"], style = MaterialTheme.typography.labelLarge)
            surveys.forEach { q ->
                RadioRow(q.title.text, chosen == q, "kiosk-questionnaire-${q.id}", q.title.rtl) { chosen = q }
            }
            Text(strings["settings-kiosk-language"], style = MaterialTheme.typography.labelLarge)
            chosen?.languages?.forEach { lang ->
                RadioRow(lang.name, locale == lang.tag, "kiosk-language-${lang.tag}", lang.rtl) { locale = lang.tag }
            }
            PinField(pin, strings["settings-pin-current"], "kiosk-start-pin") { pin = it }
            Button(
                onClick = {
                    val q = chosen
                    val l = locale
                    if (q != null && l != null) message = root.startKiosk(q, l, pin)
                    pin = ""
                },
                enabled = chosen != null && locale != null && pin.isNotEmpty(),
                modifier = Modifier.fillMaxWidth().touchTarget().testTag("kiosk-start"),
            ) { Text(strings["settings-kiosk-start"]) }
            Outcome(message, false, "kiosk-start-result")
        }
    }
}

@Composable
private fun ColumnScope.LanguageSection(root: RootState, strings: Strings) {
    val languages = remember { appLanguages() }
    Heading(strings["settings-language-title"])
    RadioRow(strings["settings-language-device"], root.appLanguage == null, "app-language-device") { root.chooseAppLanguage(null) }
    languages.forEach { lang ->
        RadioRow(lang.name, root.appLanguage == lang.tag, "app-language-${lang.tag}", lang.rtl) { root.chooseAppLanguage(lang.tag) }
    }
}

@Composable
private fun ColumnScope.HoldingsSection(root: RootState, strings: Strings) {
    val holdings = rememberHoldings(root) ?: return
    Heading(strings["settings-holdings-title"])
    Column(Modifier.fillMaxWidth().testTag("holdings"), verticalArrangement = Arrangement.spacedBy(6.dp)) {
        val organization = holdings.organization
        Text(
            if (organization != null) strings.text("holdings-organization", "name" to TextArg.Text(organization)).text else strings["holdings-not-enrolled"],
            style = MaterialTheme.typography.bodyLarge,
        )
        Text(strings.count("holdings-questionnaires", holdings.questionnaires), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("holdings-questionnaires"))
        Text(strings.count("holdings-drafts", holdings.drafts), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("holdings-drafts"))
        Text(strings.count("holdings-queued", holdings.queued), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("holdings-queued"))
        if (holdings.rejected > 0) Text(strings.count("holdings-rejected", holdings.rejected), style = MaterialTheme.typography.bodyLarge)
    }
}
