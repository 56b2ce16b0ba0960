package org.heard.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import org.heard.core.AnswerValue
import org.heard.core.ApiException
import org.heard.core.AudioPrompt
import org.heard.core.Field
import org.heard.core.FollowUp
import org.heard.core.HeardApp
import org.heard.core.InputKind
import org.heard.core.LanguageInfo
import org.heard.core.LocalizedText
import org.heard.core.Screen
import org.heard.core.Submitted
import org.heard.core.TextArg
import org.heard.core.View

/**
 * A survey in progress over [app]: the core's current View, kept in Compose
 * state. Every change goes through the core, and the View it returns is the
 * only truth the screens draw.
 */
class SurveyState(
    val app: HeardApp,
    val languages: List<LanguageInfo>,
    preferred: List<String>,
    /** A facilitator's listening session: the review closes the session. */
    val listeningSession: Boolean = false,
) {
    var view by mutableStateOf(app.render())
        private set
    var submitted by mutableStateOf<Submitted?>(null)
        private set

    /** The person's languages, the one chosen in the survey first. */
    var preferred by mutableStateOf(preferred)
        private set

    /** The locale the survey is shown in (the screens' strings follow it). */
    val locale: String
        get() = when (val v = view) {
            is View.Questions -> v.screen.locale
            is View.Review -> v.locale
            else -> preferred.firstOrNull() ?: "en"
        }

    /** Applies [change]; false when the core refused it. */
    private fun apply(change: () -> View): Boolean = try {
        view = change()
        true
    } catch (_: ApiException) {
        view = app.render()
        false
    }

    /** Whether [item] on the current screen shows no error. */
    private fun accepted(item: String): Boolean =
        (view as? View.Questions)?.screen?.fields?.firstOrNull { it.id == item }?.error == null

    fun answer(item: String, value: AnswerValue) = apply { app.answer(item, value) }
    fun typed(item: String, text: String) = apply { if (text.isBlank()) app.clear(item) else app.answerTyped(item, text) }
    fun decline(item: String) = apply { app.decline(item) }
    fun setTally(item: String, bracket: String, count: Int) = apply { app.setTally(item, bracket, count) }

    /** Adds an entry to a list; false when it was refused (the text stays to correct). */
    fun addEntry(item: String, text: String): Boolean = apply { app.addEntry(item, text) } && accepted(item)

    /** Adds a follow-up action; false when it was refused (the fields stay to correct). */
    fun addAction(item: String, action: FollowUp): Boolean = apply { app.addAction(item, action) } && accepted(item)
    fun next() = apply { app.next() }
    fun back() = apply { app.back() }
    fun goTo(screen: Int) = apply { app.goTo(screen) }

    /** Switches the survey's language; the answers stay. */
    fun setLocale(tag: String) {
        preferred = listOf(tag) + preferred.filter { it != tag }
        apply { app.setLocale(preferred) }
    }

    fun submit() {
        submitted = app.submit()
        view = app.render()
    }
}

/**
 * Runs a survey: one screen at a time, the review, then the thank-you,
 * whose button ([finishLabel], by default "done") calls [onFinished].
 */
@Composable
fun SurveyScreen(state: SurveyState, audio: AudioPlayer, onFinished: (() -> Unit)? = null, finishLabel: String? = null) {
    val strings = Strings(listOf(state.locale) + state.preferred)
    val view = state.view
    val rtl = when {
        view is View.Questions -> view.screen.rtl
        view is View.Review -> view.rtl
        else -> strings.rtl
    }
    Directed(rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(Modifier.fillMaxSize()) {
                when {
                    state.submitted != null -> ThankYou(strings, onFinished, finishLabel)
                    view is View.Questions -> QuestionsScreen(state, view.screen, strings, audio)
                    view is View.Review -> ReviewScreen(state, view, strings, audio)
                    else -> ThankYou(strings, onFinished, finishLabel)
                }
            }
        }
    }
}

/** The language menu: the questionnaire's languages in their own names. */
@Composable
fun LanguageSwitch(state: SurveyState, strings: Strings) {
    var open by remember { mutableStateOf(false) }
    val current = state.languages.firstOrNull { it.tag == state.locale }
    val label = strings["language-picker"]
    Box {
        TextButton(
            onClick = { open = true },
            modifier = Modifier.touchTarget().testTag("language-switch").semantics { contentDescription = label },
        ) { Text(current?.name ?: label, style = MaterialTheme.typography.labelLarge) }
        DropdownMenu(expanded = open, onDismissRequest = { open = false }) {
            state.languages.forEach { lang ->
                DropdownMenuItem(
                    text = { Directed(lang.rtl) { Text(lang.name) } },
                    onClick = {
                        open = false
                        state.setLocale(lang.tag)
                    },
                    modifier = Modifier.touchTarget().testTag("language-${lang.tag}"),
                )
            }
        }
    }
}

/** The top bar: the questionnaire, the progress and the language switch, always in reach. */
@Composable
private fun TopBar(state: SurveyState, title: LocalizedText, progress: LocalizedText?, strings: Strings) {
    Row(
        Modifier.fillMaxWidth().padding(start = 16.dp, end = 8.dp, top = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Column(Modifier.weight(1f)) {
            Text(title.text, style = MaterialTheme.typography.titleMedium)
            if (progress != null) {
                Text(
                    progress.text,
                    style = MaterialTheme.typography.bodyMedium,
                    color = MaterialTheme.colorScheme.secondary,
                    modifier = Modifier.testTag("progress"),
                )
            }
        }
        LanguageSwitch(state, strings)
    }
    HorizontalDivider()
}

/** A "listen" button for a text with recorded audio. */
@Composable
fun ListenButton(prompt: AudioPrompt?, about: String, state: SurveyState, strings: Strings, audio: AudioPlayer) {
    if (prompt == null) return
    val listen = strings["audio-listen"]
    TextButton(
        onClick = { audio.play(state.app.audio(prompt.id)) },
        modifier = Modifier.touchTarget().testTag("listen-${prompt.id}").semantics { contentDescription = "$listen: $about" },
    ) { Text(listen) }
}

@Composable
private fun ColumnScope.QuestionsScreen(state: SurveyState, screen: Screen, strings: Strings, audio: AudioPlayer) {
    TopBar(state, screen.questionnaireTitle, screen.progressText, strings)
    Column(
        Modifier.weight(1f).fillMaxWidth().verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(20.dp),
    ) {
        screen.title?.let { title ->
            Row(verticalAlignment = Alignment.CenterVertically) {
                Text(
                    title.text,
                    style = MaterialTheme.typography.headlineSmall,
                    modifier = Modifier.weight(1f).semantics { heading() },
                )
                ListenButton(screen.titleAudio, title.text, state, strings, audio)
            }
        }
        screen.hint?.let { Text(it.text, style = MaterialTheme.typography.bodyLarge) }
        var number = 0
        screen.fields.forEach { field ->
            val n = if (field.kind == InputKind.NOTE) null else ++number
            FieldView(state, field, n, strings, audio)
        }
    }
    HorizontalDivider()
    Row(
        Modifier.fillMaxWidth().padding(12.dp),
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        if (screen.canGoBack) {
            OutlinedButton(onClick = { state.back() }, modifier = Modifier.weight(1f).touchTarget()) { Text(strings["nav-back"]) }
        }
        Button(onClick = { state.next() }, modifier = Modifier.weight(1f).touchTarget().testTag("next")) {
            Text(if (screen.isLast) strings["nav-review"] else strings["nav-next"])
        }
    }
}

/** A row to tap, at least 48 dp high, with a radio button or a check box at its start. */
@Composable
private fun OptionRow(
    text: String,
    selected: Boolean,
    multiple: Boolean,
    tag: String,
    onClick: () -> Unit,
    trailing: @Composable () -> Unit = {},
) {
    val rowModifier = if (multiple) {
        Modifier.toggleable(value = selected, role = Role.Checkbox, onValueChange = { onClick() })
    } else {
        Modifier.selectable(selected = selected, role = Role.RadioButton, onClick = onClick)
    }
    Row(
        Modifier.fillMaxWidth().touchTarget().testTag(tag).then(rowModifier).padding(vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        if (multiple) Checkbox(checked = selected, onCheckedChange = null) else RadioButton(selected = selected, onClick = null)
        Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f).padding(start = 12.dp))
        trailing()
    }
}

private fun AnswerValue?.codes(): List<String> = when (this) {
    is AnswerValue.Choice -> listOf(code)
    is AnswerValue.Choices -> codes
    else -> emptyList()
}

private fun AnswerValue?.typed(): String = when (this) {
    is AnswerValue.Text -> value
    is AnswerValue.Integer -> value.toString()
    is AnswerValue.Decimal -> value.toString()
    is AnswerValue.Date -> iso
    else -> ""
}

@Composable
private fun FieldView(state: SurveyState, field: Field, number: Int?, strings: Strings, audio: AudioPlayer) {
    Column(Modifier.fillMaxWidth().testTag("field-${field.id}"), verticalArrangement = Arrangement.spacedBy(6.dp)) {
        Row(verticalAlignment = Alignment.CenterVertically) {
            Directed(field.label.rtl) {
                Text(
                    field.label.text,
                    style = if (number == null) MaterialTheme.typography.bodyLarge else MaterialTheme.typography.titleMedium,
                    modifier = Modifier.weight(1f).then(
                        if (number == null) {
                            Modifier
                        } else {
                            // The question is announced with its number on the screen.
                            Modifier.semantics {
                                heading()
                                contentDescription = strings.text(
                                    "question-numbered",
                                    "number" to TextArg.Number(number.toDouble()),
                                    "label" to TextArg.Text(field.label.text),
                                ).text
                            }
                        },
                    ),
                )
            }
            ListenButton(field.labelAudio, field.label.text, state, strings, audio)
        }
        field.hint?.let { hint ->
            Row(verticalAlignment = Alignment.CenterVertically) {
                Text(hint.text, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.weight(1f))
                ListenButton(field.hintAudio, hint.text, state, strings, audio)
            }
        }
        field.instructions?.let { Text(it.text, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.secondary) }
        if (field.sensitive) field.sensitiveWarning?.let { Text(it.text, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.error) }
        val declined = field.answer is AnswerValue.Declined
        when (field.kind) {
            InputKind.NOTE -> {}
            InputKind.CONSENT -> {
                val given = (field.answer as? AnswerValue.Consent)?.given
                OptionRow(strings["consent-accept"], given == true, false, "choice-${field.id}-accept", {
                    state.answer(field.id, AnswerValue.Consent(true))
                })
                OptionRow(strings["consent-decline"], given == false, false, "choice-${field.id}-decline", {
                    state.answer(field.id, AnswerValue.Consent(false))
                })
            }
            InputKind.SINGLE, InputKind.YES_NO, InputKind.SCALE -> {
                val chosen = field.answer.codes()
                field.choices.forEach { c ->
                    OptionRow(c.label.text, c.code in chosen, false, "choice-${field.id}-${c.code}", {
                        state.answer(field.id, AnswerValue.Choice(c.code))
                    }) { ListenButton(c.audio, c.label.text, state, strings, audio) }
                }
            }
            InputKind.MULTIPLE -> {
                val chosen = field.answer.codes()
                field.choices.forEach { c ->
                    OptionRow(c.label.text, c.code in chosen, true, "choice-${field.id}-${c.code}", {
                        val codes = if (c.code in chosen) chosen - c.code else chosen + c.code
                        if (codes.isEmpty()) state.typed(field.id, "") else state.answer(field.id, AnswerValue.Choices(codes))
                    }) { ListenButton(c.audio, c.label.text, state, strings, audio) }
                }
            }
            InputKind.INTEGER, InputKind.DECIMAL, InputKind.TEXT, InputKind.LONG_TEXT, InputKind.DATE, InputKind.PROMPT ->
                TypedField(state, field, declined)
            InputKind.TALLY -> TallyField(state, field, strings)
            InputKind.TEXT_LIST -> EntryListField(state, field, strings)
            InputKind.ACTION_LIST -> ActionListField(state, field, strings)
        }
        field.decline?.let { decline ->
            if (field.kind != InputKind.NOTE) {
                OptionRow(decline.text, declined, false, "decline-${field.id}", { state.decline(field.id) }) {
                    ListenButton(field.declineAudio, decline.text, state, strings, audio)
                }
            }
        }
        field.error?.let { ErrorText(it.message, Modifier.testTag("error-${field.id}")) }
    }
}

@Composable
private fun TypedField(state: SurveyState, field: Field, declined: Boolean) {
    var text by remember(field.id) { mutableStateOf(if (declined) "" else field.answer.typed()) }
    val keyboard = when (field.kind) {
        InputKind.INTEGER -> KeyboardOptions(keyboardType = KeyboardType.Number)
        InputKind.DECIMAL -> KeyboardOptions(keyboardType = KeyboardType.Decimal)
        else -> KeyboardOptions.Default
    }
    // A listening session's prompt takes the facilitator's notes: several lines.
    val long = field.kind == InputKind.LONG_TEXT || field.kind == InputKind.PROMPT
    OutlinedTextField(
        visualTransformation = HeardFonts.visualTransformation,
        value = text,
        onValueChange = {
            text = it
            state.typed(field.id, it)
        },
        isError = field.error != null,
        singleLine = !long,
        minLines = if (long) 4 else 1,
        keyboardOptions = keyboard,
        modifier = Modifier.fillMaxWidth().testTag("input-${field.id}").semantics { contentDescription = field.label.text },
    )
}

/** A square button of at least 48 dp holding one symbol, announced by [description]. */
@Composable
private fun StepButton(symbol: String, description: String, tag: String, enabled: Boolean, onClick: () -> Unit) {
    OutlinedButton(
        onClick = onClick,
        enabled = enabled,
        contentPadding = PaddingValues(0.dp),
        modifier = Modifier.sizeIn(minWidth = TouchTarget, minHeight = TouchTarget).testTag(tag)
            .semantics { contentDescription = description },
    ) { Text(symbol, style = MaterialTheme.typography.titleLarge) }
}

/** Attendance: one row per bracket with − and + and the count. Counts only, never names. */
@Composable
private fun TallyField(state: SurveyState, field: Field, strings: Strings) {
    val counts = (field.answer as? AnswerValue.Tally)?.counts ?: emptyMap()
    field.choices.forEach { c ->
        val n = counts[c.code] ?: 0
        val bracket = "bracket" to TextArg.Text(c.label.text)
        Row(
            Modifier.fillMaxWidth().touchTarget().testTag("tally-${field.id}-${c.code}"),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            Text(c.label.text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
            StepButton("−", strings.text("tally-remove-one", bracket).text, "tally-minus-${field.id}-${c.code}", n > 0) {
                state.setTally(field.id, c.code, n - 1)
            }
            Text(
                strings.count("tally-count", n),
                style = MaterialTheme.typography.titleMedium,
                textAlign = TextAlign.Center,
                modifier = Modifier.sizeIn(minWidth = TouchTarget).testTag("tally-count-${field.id}-${c.code}"),
            )
            StepButton("+", strings.text("tally-add-one", bracket).text, "tally-plus-${field.id}-${c.code}", true) {
                state.setTally(field.id, c.code, n + 1)
            }
        }
    }
    Text(
        strings.count("tally-total", counts.values.sum()),
        style = MaterialTheme.typography.bodyMedium,
        color = MaterialTheme.colorScheme.secondary,
        modifier = Modifier.testTag("tally-total-${field.id}"),
    )
}

/** The "add" button of a list, announced with the list it adds to. */
@Composable
private fun AddButton(field: Field, strings: Strings, enabled: Boolean, onClick: () -> Unit) {
    val add = strings["list-add"]
    Button(
        onClick = onClick,
        enabled = enabled,
        modifier = Modifier.touchTarget().testTag("add-${field.id}").semantics { contentDescription = "$add: ${field.label.text}" },
    ) { Text(add) }
}

/** Entries (themes, quotes): those so far, then a text field and "add". */
@Composable
private fun EntryListField(state: SurveyState, field: Field, strings: Strings) {
    val entries = (field.answer as? AnswerValue.Entries)?.entries ?: emptyList()
    entries.forEachIndexed { i, entry ->
        Text(entry, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.fillMaxWidth().testTag("entry-${field.id}-$i"))
        HorizontalDivider()
    }
    var text by remember(field.id) { mutableStateOf("") }
    val label = strings["list-new-entry"]
    OutlinedTextField(
        visualTransformation = HeardFonts.visualTransformation,
        value = text,
        onValueChange = { text = it },
        label = { Text(label) },
        isError = field.error != null,
        minLines = 2,
        modifier = Modifier.fillMaxWidth().testTag("new-${field.id}").semantics { contentDescription = "$label: ${field.label.text}" },
    )
    AddButton(field, strings, text.isNotBlank()) {
        if (state.addEntry(field.id, text.trim())) text = ""
    }
}

/** Follow-up actions: those so far, then what / who (a role, not a name) / by when, and "add". */
@Composable
private fun ActionListField(state: SurveyState, field: Field, strings: Strings) {
    val actions = (field.answer as? AnswerValue.Actions)?.actions ?: emptyList()
    val whatLabel = strings["action-what"]
    val whoLabel = strings["action-who"]
    val dueLabel = strings["action-due"]
    actions.forEachIndexed { i, a ->
        Column(Modifier.fillMaxWidth().testTag("action-${field.id}-$i")) {
            Text(a.what, style = MaterialTheme.typography.bodyLarge)
            Text("$whoLabel: ${a.who}", style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.secondary)
            a.due?.let { Text("$dueLabel: $it", style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.secondary) }
        }
        HorizontalDivider()
    }
    var what by remember(field.id) { mutableStateOf("") }
    var who by remember(field.id) { mutableStateOf("") }
    var due by remember(field.id) { mutableStateOf("") }
    ActionInput(what, whatLabel, "action-what-${field.id}", null) { what = it }
    ActionInput(who, whoLabel, "action-who-${field.id}", null) { who = it }
    ActionInput(due, dueLabel, "action-due-${field.id}", strings["action-due-hint"]) { due = it }
    AddButton(field, strings, what.isNotBlank() && who.isNotBlank()) {
        if (state.addAction(field.id, FollowUp(what.trim(), who.trim(), due.trim().ifEmpty { null }))) {
            what = ""
            who = ""
            due = ""
        }
    }
}

@Composable
private fun ActionInput(value: String, label: String, tag: String, hint: String?, onChange: (String) -> Unit) {
    OutlinedTextField(
        visualTransformation = HeardFonts.visualTransformation,
        value = value,
        onValueChange = onChange,
        label = { Text(label) },
        supportingText = hint?.let { { Text(it) } },
        singleLine = true,
        modifier = Modifier.fillMaxWidth().testTag(tag).semantics { contentDescription = label },
    )
}

/** The review: every answer, each with "change" back to its screen, then Submit. */
@Composable
private fun ColumnScope.ReviewScreen(state: SurveyState, review: View.Review, strings: Strings, audio: AudioPlayer) {
    TopBar(state, review.title, null, strings)
    Column(
        Modifier.weight(1f).fillMaxWidth().verticalScroll(rememberScrollState()).padding(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Row(verticalAlignment = Alignment.CenterVertically) {
            Text(
                strings["review-title"],
                style = MaterialTheme.typography.headlineSmall,
                modifier = Modifier.weight(1f).semantics { heading() },
            )
            ListenButton(review.titleAudio, review.title.text, state, strings, audio)
        }
        val change = strings["review-edit"]
        review.lines.forEach { line ->
            Row(Modifier.fillMaxWidth().testTag("review-${line.item}"), verticalAlignment = Alignment.CenterVertically) {
                Column(Modifier.weight(1f)) {
                    Text(line.label.text, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.secondary)
                    Text(line.display.text, style = MaterialTheme.typography.bodyLarge)
                }
                TextButton(
                    onClick = { state.goTo(line.screen) },
                    modifier = Modifier.touchTarget().testTag("change-${line.item}")
                        .semantics { contentDescription = "$change: ${line.label.text}" },
                ) { Text(change) }
            }
            HorizontalDivider()
        }
        review.missing.forEach { ErrorText(it.message) }
    }
    HorizontalDivider()
    Row(Modifier.fillMaxWidth().padding(12.dp), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        OutlinedButton(onClick = { state.back() }, modifier = Modifier.weight(1f).touchTarget()) { Text(strings["nav-back"]) }
        Button(
            onClick = { state.submit() },
            enabled = review.missing.isEmpty(),
            modifier = Modifier.weight(1f).touchTarget().testTag("submit"),
        ) { Text(if (state.listeningSession) strings["session-close"] else strings["nav-submit"]) }
    }
}

/** After submitting: calm, and clear that only the organization can read the answers. */
@Composable
private fun ThankYou(strings: Strings, onFinished: (() -> Unit)?, finishLabel: String?) {
    Column(
        Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(28.dp).testTag("thank-you"),
        verticalArrangement = Arrangement.spacedBy(20.dp, Alignment.CenterVertically),
    ) {
        Text(strings["submitted"], style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        Text(strings["submitted-sealed"], style = MaterialTheme.typography.bodyLarge)
        if (onFinished != null) {
            Button(onClick = onFinished, modifier = Modifier.fillMaxWidth().touchTarget().testTag("finish")) {
                Text(finishLabel ?: strings["submitted-done"])
            }
        }
    }
}
