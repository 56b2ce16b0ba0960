package org.heard.screens

import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runComposeUiTest
import kotlinx.coroutines.runBlocking
import org.heard.core.AnswerValue
import org.heard.core.Field
import org.heard.core.FollowUp
import org.heard.core.InputKind
import org.heard.core.TextArg
import org.heard.core.View
import org.heard.core.World
import org.heard.core.enrolledApp
import org.heard.core.field
import org.heard.core.screen
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/** A facilitator runs a listening session through the screens, against the real core and a real heard-server. */
@OptIn(ExperimentalTestApi::class)
class ListeningSessionTest {
    @Test
    fun `a facilitator keeps notes, counts, a theme, a quote and an action, then closes and seals the session`(@TempDir tmp: Path) {
        World(tmp, "listening-session").use { world ->
            val app = runBlocking { enrolledApp(world.deviceDir, world.org) }
            val en = listOf("en")
            val strings = Strings(en)
            val info = app.questionnaires(en).single { it.id == "listening-session" }
            assertTrue(info.listeningSession)
            app.start(info.id, en)
            val state = SurveyState(app, info.languages, en, info.listeningSession)
            val action = FollowUp("Translate the rights leaflet", "liaison", "2026-01-31")
            val done = mutableSetOf<String>()
            runComposeUiTest {
                setContent { Themed { SurveyScreen(state, RecordingAudioPlayer()) } }
                while (state.view is View.Questions) {
                    val screen = state.view.screen()
                    for (f in screen.fields) {
                        when {
                            f.kind == InputKind.PROMPT && "prompt" !in done -> {
                                onNodeWithTag("input-${f.id}").performScrollTo().performTextInput("Several stops at the station")
                                waitForIdle()
                                assertEquals(AnswerValue.Text("Several stops at the station"), app.render().screen().field(f.id).answer)
                                done += "prompt"
                            }
                            f.kind == InputKind.TALLY && "tally" !in done -> {
                                val bracket = f.choices.first { it.code == "18_24" }
                                val label = TextArg.Text(bracket.label.text)
                                val plus = strings.text("tally-add-one", "bracket" to label).text
                                val minus = strings.text("tally-remove-one", "bracket" to label).text
                                // Each button says what it does, and for which bracket.
                                assertTrue(plus != minus && plus.contains(bracket.label.text) && minus.contains(bracket.label.text), "$plus / $minus")
                                repeat(3) {
                                    onNodeWithContentDescription(plus).performScrollTo().performClick()
                                    waitForIdle()
                                }
                                onNodeWithContentDescription(minus).performScrollTo().performClick()
                                waitForIdle()
                                onNodeWithTag("tally-count-${f.id}-${bracket.code}").assertTextEquals("2")
                                assertEquals(AnswerValue.Tally(mapOf("18_24" to 2)), app.render().screen().field(f.id).answer)
                                // Both buttons are large targets.
                                val min = with(density) { TouchTarget.roundToPx() }
                                for (tag in listOf("tally-plus-${f.id}-18_24", "tally-minus-${f.id}-18_24")) {
                                    val size = onNodeWithTag(tag).fetchSemanticsNode().size
                                    assertTrue(size.width >= min && size.height >= min, "$tag is $size")
                                }
                                done += "tally"
                            }
                            f.id == "themes" -> {
                                onNodeWithTag("choice-themes-language_access").performScrollTo().performClick()
                                waitForIdle()
                                assertEquals(AnswerValue.Choices(listOf("language_access")), app.render().screen().field(f.id).answer)
                            }
                            f.kind == InputKind.TEXT_LIST -> {
                                assertTrue(f.sensitive)
                                onNode(hasText(f.sensitiveWarning!!.text).and(hasAnyAncestor(hasTestTag("field-${f.id}")))).assertExists()
                                onNodeWithTag("new-${f.id}").performScrollTo().performTextInput("The interpreter helped")
                                onNodeWithTag("add-${f.id}").performScrollTo().performClick()
                                waitForIdle()
                                onNodeWithTag("entry-${f.id}-0").assertTextEquals("The interpreter helped")
                                assertEquals(AnswerValue.Entries(listOf("The interpreter helped")), app.render().screen().field(f.id).answer)
                                done += "quote"
                            }
                            f.kind == InputKind.ACTION_LIST -> {
                                onNodeWithTag("action-what-${f.id}").performScrollTo().performTextInput(action.what)
                                onNodeWithTag("action-who-${f.id}").performScrollTo().performTextInput(action.who)
                                onNodeWithTag("action-due-${f.id}").performScrollTo().performTextInput(action.due!!)
                                onNodeWithContentDescription("${strings["list-add"]}: ${f.label.text}").performScrollTo().performClick()
                                waitForIdle()
                                onNodeWithTag("action-${f.id}-0").assertExists()
                                assertEquals(AnswerValue.Actions(listOf(action)), app.render().screen().field(f.id).answer)
                                done += "action"
                            }
                            f.required && state.view.screen().field(f.id).answer == null -> answerByClicking(state, f)
                        }
                    }
                    val before = state.view.screen().index
                    onNodeWithTag("next").performClick()
                    waitForIdle()
                    val after = state.view
                    if (after is View.Questions) check(after.screen.index != before) { "screen did not advance: ${after.screen.fields.mapNotNull { it.error }}" }
                }
                assertEquals(setOf("prompt", "tally", "quote", "action"), done)
                onNodeWithText(strings["review-title"]).assertExists()
                onNodeWithText(strings["session-close"]).assertExists()
                onNodeWithTag("submit").performClick()
                waitForIdle()
                onNodeWithTag("thank-you").assertExists()
            }
            assertEquals(1L, app.outbox().queued)
            app.close()
        }
    }
}
