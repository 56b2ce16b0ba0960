package org.heard.screens

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onRoot
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.runComposeUiTest
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Density
import kotlinx.coroutines.runBlocking
import org.heard.core.AnswerValue
import org.heard.core.HeardApp
import org.heard.core.InputKind
import org.heard.core.KotlinSecretStore
import org.heard.core.QuestionnaireInfo
import org.heard.core.SyncOutcome
import org.heard.core.TextArg
import org.heard.core.View
import org.heard.core.World
import org.heard.core.enrolledApp
import org.heard.core.openApp
import org.heard.core.screen
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/** The screens driven as a person would, against the real core and a real heard-server. */
@OptIn(ExperimentalTestApi::class)
class SurveyFlowTest {
    @Test
    fun `enroll by pasting a code, run the survey in Arabic, switch to French midway, review and submit`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val app = openApp(world.deviceDir.toString(), KotlinSecretStore())
            val code = world.org.enrollmentCode()
            val words = world.org.fingerprintWords()
            val en = Strings(listOf("en"))
            val enrollment = EnrollmentState(app)
            var accepted = false
            runComposeUiTest {
                setContent { Themed { EnrollmentScreen(enrollment, listOf("en"), onAccepted = { accepted = true }) } }
                onNodeWithContentDescription(en["enroll-paste"]).performTextInput(code)
                onNodeWithText(en["enroll-read"]).performClick()
                onNodeWithText(world.org.name).assertExists()
                assertEquals(6, words.size)
                words.forEach { onNodeWithText(it).assertExists() }
                onNodeWithText(en["enroll-accept"]).performClick()
                waitUntil(timeoutMillis = 60_000) { accepted || enrollment.error != null }
                assertTrue(accepted, "enrollment failed: ${enrollment.error}")
            }
            assertEquals(SyncOutcome.Done, runBlocking { app.sync(null) }.outcome)

            val ar = listOf("ar")
            var opened: QuestionnaireInfo? = null
            runComposeUiTest {
                setContent { Themed { QuestionnaireListScreen(app, ar) { opened = it } } }
                val info = app.questionnaires(ar).first { it.id == "post-encounter" }
                onNodeWithText(info.title.text).performClick()
                // The languages in their own names.
                onNodeWithText(info.languages.joinToString("  ·  ") { it.name }).assertExists()
            }
            val info = opened ?: throw AssertionError("nothing opened")
            assertEquals("post-encounter", info.id)

            app.start(info.id, ar)
            val state = SurveyState(app, info.languages, ar)
            val audio = RecordingAudioPlayer()
            runComposeUiTest {
                setContent { Themed { SurveyScreen(state, audio) } }
                assertEquals("ar", state.locale)
                assertTrue(state.view.screen().rtl)
                var screens = 0
                var switched = false
                while (state.view is View.Questions) {
                    answerScreen(state)
                    if (screens == 3 && !switched) {
                        val answered = state.view.screen().fields.filter { it.answer != null }
                        check(answered.isNotEmpty())
                        onNodeWithContentDescription(Strings(ar)["language-picker"]).performClick()
                        onNodeWithTag("language-fr").performClick()
                        waitForIdle()
                        switched = true
                        assertEquals("fr", state.locale)
                        val now = state.view.screen()
                        assertTrue(!now.rtl, "French is left to right")
                        answered.forEach { before ->
                            assertEquals(before.answer, now.fields.first { it.id == before.id }.answer, "answer to ${before.id} kept")
                            val a = before.answer
                            if (a is AnswerValue.Choice) onNodeWithTag("choice-${before.id}-${a.code}").assertIsSelected()
                        }
                        onNodeWithText(Strings(listOf("fr"))["nav-next"]).assertExists()
                    }
                    val before = state.view.screen().index
                    onNodeWithTag("next").performClick()
                    waitForIdle()
                    val after = state.view
                    if (after is View.Questions) check(after.screen.index != before) { "screen did not advance: ${after.screen.fields.mapNotNull { it.error }}" }
                    screens++
                }
                assertTrue(switched, "the survey had fewer than four screens")
                val review = state.view as View.Review
                val fr = Strings(listOf("fr"))
                onNodeWithText(fr["review-title"]).assertExists()
                // "Change" goes back to the answer's screen; Next leads back to the review.
                val first = review.lines.first()
                onNodeWithTag("change-${first.item}").performScrollTo().performClick()
                waitForIdle()
                assertEquals(first.screen, state.view.screen().index)
                while (state.view is View.Questions) {
                    onNodeWithTag("next").performClick()
                    waitForIdle()
                }
                onNodeWithTag("submit").performClick()
                waitForIdle()
                onNodeWithTag("thank-you").assertExists()
                onNodeWithText(fr["submitted-sealed"]).assertExists()
                onNodeWithText(fr["submitted"]).assertExists()
            }
            assertEquals(1L, app.outbox().queued)
            assertTrue(audio.played.isEmpty())
            app.close()
        }
    }

    /** An enrolled app with the survey started in [locale], past the consent, and its state. */
    private fun secondScreen(world: World, locale: String): Pair<HeardApp, SurveyState> {
        val app = runBlocking { enrolledApp(world.deviceDir, world.org) }
        val preferred = listOf(locale)
        val info = app.questionnaires(preferred).first { it.id == "post-encounter" }
        app.start(info.id, preferred)
        app.answer("consent", AnswerValue.Consent(true))
        app.next()
        return app to SurveyState(app, info.languages, preferred)
    }

    @Test
    fun `in Persian a question is announced with its number in Persian digits`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val (app, state) = secondScreen(world, "fa")
            val first = state.view.screen().fields.first { it.kind != InputKind.NOTE }
            runComposeUiTest {
                setContent { Themed { SurveyScreen(state, RecordingAudioPlayer()) } }
                val heading = onNode(
                    hasContentDescription(first.label.text, substring = true).and(SemanticsMatcher.keyIsDefined(SemanticsProperties.Heading)),
                ).fetchSemanticsNode().config[SemanticsProperties.ContentDescription].single()
                assertTrue(heading.contains("۱") && !heading.contains("1"), "announced as \"$heading\"")
            }
            app.close()
        }
    }

    @Test
    fun `questions are headings announced with their number, and nothing clips at 200 percent font`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val (app, state) = secondScreen(world, "ti")
            val preferred = listOf("ti")
            val screen = state.view.screen()
            runComposeUiTest {
                setContent {
                    val d = LocalDensity.current
                    CompositionLocalProvider(LocalDensity provides Density(d.density, fontScale = 2f)) {
                        Themed { SurveyScreen(state, RecordingAudioPlayer()) }
                    }
                }
                val first = screen.fields.first { it.kind != InputKind.NOTE }
                val announced = Strings(preferred).text(
                    "question-numbered",
                    "number" to TextArg.Number(1.0),
                    "label" to TextArg.Text(first.label.text),
                ).text
                assertTrue(announced.contains("1") && announced.contains(first.label.text), announced)
                onNode(
                    hasContentDescription(announced).and(SemanticsMatcher.keyIsDefined(SemanticsProperties.Heading)),
                ).assertExists()
                // The language switch speaks the person's language.
                onNodeWithContentDescription(Strings(preferred)["language-picker"]).assertExists()
                val nodes = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult)).fetchSemanticsNodes()
                assertTrue(nodes.size > 5, "expected text on screen, got ${nodes.size} nodes")
                val rootWidth = onRoot().fetchSemanticsNode().size.width
                for (node in nodes) {
                    val results = mutableListOf<TextLayoutResult>()
                    node.config[SemanticsActions.GetTextLayoutResult].action?.invoke(results)
                    val bounds = node.boundsInRoot
                    results.forEach { r ->
                        // No line is cut off at the bottom, and the text stays on the screen.
                        assertTrue(!r.didOverflowHeight, "text clips at 200 %: \"${r.layoutInput.text}\" (height)")
                        assertTrue(
                            bounds.left >= -0.5f && bounds.right <= rootWidth + 0.5f,
                            "text leaves the screen at 200 %: \"${r.layoutInput.text}\" $bounds",
                        )
                    }
                }
                // Every choice row is at least 48 dp high (a large target).
                first.choices.forEach { c ->
                    val h = onNodeWithTag("choice-${first.id}-${c.code}").fetchSemanticsNode().size.height
                    assertTrue(h >= with(Density(density.density)) { TouchTarget.roundToPx() }, "row ${c.code} is $h px")
                }
            }
            app.close()
        }
    }
}
