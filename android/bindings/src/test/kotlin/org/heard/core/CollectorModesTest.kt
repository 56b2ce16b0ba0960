// A liaison's listening session (entries, tallies, follow-up actions) and a
// shared kiosk tablet (a fresh response after each submit, earlier
// respondents' drafts never listed), through the Kotlin bindings.

package org.heard.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

class CollectorModesTest {
    @TempDir
    lateinit var tmp: Path

    /** Moves to the screen holding [item], answering required fields on the way. */
    private fun advanceTo(app: HeardApp, item: String): Screen {
        repeat(30) {
            val screen = app.render().screen()
            if (screen.fields.any { it.id == item }) return screen
            for (f in screen.fields) {
                if (f.required && f.answer == null) defaultAnswer(f)?.let { app.answer(f.id, it) }
            }
            val next = app.next().screen()
            check(next.index != screen.index) { "stuck on ${screen.id}: ${next.fields.mapNotNull { it.error }}" }
        }
        throw AssertionError("no screen with $item")
    }

    @Test
    fun `a listening session keeps entries, tallies and actions and reaches the steward`() = runBlocking {
        World(tmp, "listening-session").use { world ->
            enrolledApp(world.deviceDir, world.org).use { app ->
                val info = app.questionnaires(listOf("en")).single { it.id == "listening-session" }
                assertTrue(info.listeningSession)

                val draft = app.start("listening-session", listOf("en"))
                app.answer("session_date", AnswerValue.Date("2025-03-14"))
                app.answer("setting", AnswerValue.Choice("community_centre"))
                app.answer("session_languages", AnswerValue.Choices(listOf("ar", "fr")))
                val listed = app.drafts().single()
                assertEquals(draft, listed.id)
                assertTrue(listed.listeningSession)
                assertNull(listed.expiresAt, "sessions do not expire")

                val attendance = advanceTo(app, "attendance_age")
                assertEquals(InputKind.TALLY, attendance.field("attendance_age").kind)
                app.setTally("attendance_age", "18_24", 3)
                app.setTally("attendance_age", "25_34", 2)
                val tallied = app.setTally("attendance_gender", "women", 5).screen()
                assertEquals(
                    AnswerValue.Tally(mapOf("18_24" to 3, "25_34" to 2)),
                    tallied.field("attendance_age").answer,
                )
                val updated = app.setTally("attendance_age", "18_24", 4).screen()
                assertEquals(
                    AnswerValue.Tally(mapOf("18_24" to 4, "25_34" to 2)),
                    updated.field("attendance_age").answer,
                    "setting a bracket again replaces its count only",
                )

                val prompt = advanceTo(app, "prompt_experiences")
                assertEquals(InputKind.PROMPT, prompt.field("prompt_experiences").kind)
                app.answer("prompt_experiences", AnswerValue.Text("Several stops at the station"))

                val synthesis = advanceTo(app, "quotes")
                assertEquals(InputKind.TEXT_LIST, synthesis.field("quotes").kind)
                app.addEntry("quotes", "They did not explain why")
                val quotes = app.addEntry("quotes", "The interpreter helped").screen().field("quotes")
                assertEquals(AnswerValue.Entries(listOf("They did not explain why", "The interpreter helped")), quotes.answer)
                val action = FollowUp("Translate the rights leaflet", "liaison", "2026-01-31")
                val actions = app.addAction("actions", action).screen().field("actions")
                assertEquals(AnswerValue.Actions(listOf(action)), actions.answer)
                app.answer("themes", AnswerValue.Choices(listOf("language_access", "respect")))

                val review = walkToReview(app)
                assertTrue(review.lines.any { it.item == "quotes" && it.sensitive }, "quotes are flagged sensitive in the review")
                app.submit()
                assertTrue(app.drafts().isEmpty())

                val summary = app.sync(null)
                assertEquals(1L, summary.uploaded)
                val pulled = world.org.pull("listening-session")
                assertEquals(1, pulled.size, "$pulled")
                val json = pulled.single()
                for (expected in listOf(
                    "They did not explain why", "The interpreter helped", "Translate the rights leaflet",
                    "Several stops at the station", "\"18_24\":4", "\"women\":5", "listening-session",
                )) {
                    assertTrue(json.contains(expected), "$expected in $json")
                }
            }
        }
    }

    @Test
    fun `a kiosk starts a fresh response after each submit and lists no earlier respondent's draft`() = runBlocking {
        World(tmp).use { world ->
            enrolledApp(world.deviceDir, world.org).use { app ->
                // A resident's draft from before kiosk mode.
                val earlier = app.start("post-encounter", listOf("en"))
                app.answer("consent", AnswerValue.Consent(true))
                assertEquals(listOf(earlier), app.drafts().map { it.id })

                app.setKiosk("ar")
                assertTrue(app.isKiosk())
                assertTrue(app.holdings().kiosk)
                assertTrue(app.drafts().none { it.id == earlier }, "turning kiosk mode on drops earlier survey drafts")

                val first = app.start("post-encounter", listOf("ar"))
                val screen = app.render().screen()
                assertEquals("ar", screen.locale)
                assertTrue(screen.rtl)
                walkToReview(app, mapOf("anything_else" to AnswerValue.Text("first respondent")))
                assertTrue(app.drafts().none { !it.listeningSession }, "no survey draft is listed on a kiosk")

                val submitted = app.submit()
                val next = notNull(submitted.nextDraft, "a fresh draft on a kiosk")
                assertNotEquals(first, next)
                val fresh = app.render().screen()
                assertEquals(0, fresh.index, "the next respondent starts at the first screen")
                assertEquals("ar", fresh.locale)
                assertTrue(fresh.fields.all { it.answer == null }, "nothing of the previous respondent shows")
                assertTrue(app.drafts().isEmpty(), "${app.drafts()}")

                // The second respondent's answers are saved, still unlisted.
                app.answer("consent", AnswerValue.Consent(true))
                assertTrue(app.drafts().isEmpty())
                assertEquals(1L, app.outbox().queued)

                app.setKiosk(null)
                assertFalse(app.isKiosk())
                assertEquals(1L, app.sync(null).uploaded)
                val pulled = world.org.pull()
                assertEquals(1, pulled.size)
                assertTrue(pulled.single().contains("first respondent"))
                assertTrue(pulled.single().contains("\"locale\":\"ar\""))
            }
        }
    }
}
