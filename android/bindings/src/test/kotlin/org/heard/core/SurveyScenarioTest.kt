// A resident's survey through the Kotlin bindings, start to finish: a Kotlin
// secret store, the organization's enrollment code, Arabic then French, the
// review, submit, sync with a progress bar, and the steward's `heard pull`
// decrypting exactly that answer. Plus refused answers and screens that
// cannot be left yet.

package org.heard.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

class SurveyScenarioTest {
    @TempDir
    lateinit var tmp: Path

    @Test
    fun `a survey in Arabic then French is submitted, synced and pulled by the steward`() = runBlocking {
        World(tmp).use { world ->
            val secrets = KotlinSecretStore()
            openApp(world.deviceDir.toString(), secrets).use { app ->
                assertFalse(app.holdings().enrolled)

                val code = world.org.enrollmentCode("north")
                val offer = app.readEnrollmentCode(code)
                assertEquals(world.org.name, offer.organization)
                assertEquals(world.server.url, offer.server)
                assertEquals("north", offer.group)
                assertEquals(6, offer.fingerprintWords.size, "${offer.fingerprintWords}")
                assertEquals(world.org.fingerprintWords(), offer.fingerprintWords)

                app.acceptEnrollment(code)
                assertTrue(secrets.names().isNotEmpty(), "the device's keys are in the Kotlin store")
                val first = app.sync(null)
                assertEquals(SyncOutcome.Done, first.outcome)
                assertTrue(first.questionnairesUpdated.contains("post-encounter v1"), "${first.questionnairesUpdated}")
                assertEquals(world.org.name, app.holdings().organization)

                val info = app.questionnaires(listOf("ar")).single { it.id == "post-encounter" }
                assertFalse(info.listeningSession)
                assertEquals("ar", info.title.locale)
                assertTrue(info.languages.single { it.tag == "ar" }.rtl)
                assertFalse(info.languages.single { it.tag == "fr" }.rtl)

                app.start("post-encounter", listOf("ar"))
                val consent = app.render().screen()
                assertTrue(consent.rtl)
                assertEquals("ar", consent.locale)
                assertEquals("ar", consent.questionnaireTitle.locale)
                val consentField = consent.field("consent")
                assertEquals(InputKind.CONSENT, consentField.kind)
                assertEquals("ar", consentField.label.locale)
                assertTrue(consentField.label.rtl)

                app.answer("consent", AnswerValue.Consent(true))
                val contactAr = app.next().screen()
                assertEquals("ar", contactAr.locale)
                val kindAr = contactAr.field("contact_kind")
                assertTrue(kindAr.required)
                assertEquals("ar", kindAr.choices.first().label.locale)
                val afterAnswer = app.answer("contact_kind", AnswerValue.Choice("reported_crime")).screen()
                assertEquals(AnswerValue.Choice("reported_crime"), afterAnswer.field("contact_kind").answer)
                app.answerTyped("officers_count", "2")

                val contactFr = app.setLocale(listOf("fr")).screen()
                assertEquals("fr", contactFr.locale)
                assertFalse(contactFr.rtl)
                assertEquals(contactAr.index, contactFr.index, "the same screen")
                val kindFr = contactFr.field("contact_kind")
                assertEquals("fr", kindFr.label.locale)
                assertNotEquals(kindAr.label.text, kindFr.label.text)
                assertEquals(AnswerValue.Choice("reported_crime"), kindFr.answer, "answers survive a language switch")
                assertEquals(AnswerValue.Integer(2), contactFr.field("officers_count").answer)

                val review = walkToReview(
                    app,
                    mapOf(
                        "language_needed" to AnswerValue.Choice("yes"),
                        "interpreter_offered" to AnswerValue.Choice("not_offered"),
                        "searched" to AnswerValue.Choice("no"),
                        "pj_voice" to AnswerValue.Choice("3"),
                        "pj_neutrality" to AnswerValue.Choice("3"),
                        "pj_respect" to AnswerValue.Choice("4"),
                        "pj_motives" to AnswerValue.Choice("2"),
                    ),
                )
                assertEquals("fr", review.locale)
                assertFalse(review.rtl)
                assertTrue(review.missing.isEmpty(), "${review.missing}")
                val line = review.lines.single { it.item == "contact_kind" }
                assertEquals("fr", line.display.locale)

                val submitted = app.submit()
                assertNull(submitted.nextDraft, "not a kiosk")
                assertEquals(View.Idle, app.render())
                assertEquals(1L, app.outbox().queued)
                assertTrue(app.drafts().isEmpty())

                val progress = RecordingProgress()
                val summary = app.sync(progress)
                assertEquals(SyncOutcome.Done, summary.outcome)
                assertEquals(1L, summary.uploaded)
                assertEquals(0L, summary.pending)
                assertEquals(0L, app.outbox().queued)
                assertTrue(progress.calls.isNotEmpty(), "the progress bar was told")
                assertEquals(1L to 1L, progress.calls.last())

                val pulled = world.org.pull()
                assertEquals(1, pulled.size, "$pulled")
                val json = pulled.single()
                assertTrue(json.contains(submitted.submissionId), json)
                assertTrue(json.contains("\"reported_crime\""), json)
                assertTrue(json.contains("\"not_offered\""), json)
                assertTrue(json.contains("\"locale\":\"fr\""), json)
                assertTrue(json.contains("\"pj_respect\":{\"type\":\"choice\",\"value\":\"4\"}"), json)
                assertTrue(json.contains("\"officers_count\":{\"type\":\"integer\",\"value\":2}"), json)
                assertTrue(json.contains("\"group\":{\"group\":\"north\""), json)
                // Exactly the answers given (and the survey's calculation), nothing else.
                val answered = Regex("\"(\\w+)\":\\{\"type\"").findAll(json).map { it.groupValues[1] }.toSet()
                assertEquals(
                    setOf(
                        "consent", "contact_kind", "officers_count", "language_needed", "interpreter_offered",
                        "searched", "pj_voice", "pj_neutrality", "pj_respect", "pj_motives", "pj_index",
                    ),
                    answered,
                )
            }
        }
    }

    @Test
    fun `a refused answer names the item and shows beside its field, and next stays on an incomplete screen`() = runBlocking {
        World(tmp).use { world ->
            enrolledApp(world.deviceDir, world.org).use { app ->
                app.start("post-encounter", listOf("en"))
                app.answer("consent", AnswerValue.Consent(true))
                val contact = app.next().screen()
                assertEquals("page_contact", contact.id)

                val tooMany = assertThrows<ApiException.InvalidAnswer> {
                    app.answer("officers_count", AnswerValue.Integer(99))
                }
                assertTrue(tooMany.message!!.contains("officers_count"), tooMany.message)
                val shown = app.render().screen().field("officers_count")
                val error = notNull(shown.error)
                assertEquals("officers_count", error.item)
                assertTrue(error.code.isNotEmpty())
                assertEquals("en", error.message.locale)
                assertNull(shown.answer, "a refused answer is not kept")

                val typed = assertThrows<ApiException.InvalidAnswer> { app.answerTyped("officers_count", "many") }
                assertTrue(typed.message!!.contains("officers_count"), typed.message)

                assertThrows<ApiException.InvalidInput> { app.answer("no_such_item", AnswerValue.Text("x")) }

                val fixed = app.answer("officers_count", AnswerValue.Integer(3)).screen().field("officers_count")
                assertNull(fixed.error, "answering again clears the error")
                assertEquals(AnswerValue.Integer(3), fixed.answer)

                // contact_kind is required and unanswered: next() stays and says why.
                val stayed = app.next().screen()
                assertEquals(contact.index, stayed.index)
                val required = notNull(stayed.field("contact_kind").error)
                assertEquals("required", required.code)
                assertEquals(contact.index, app.render().screen().index)

                app.answer("contact_kind", AnswerValue.Choice("other"))
                assertNull(app.render().screen().field("contact_kind").error)
                assertNotEquals(contact.index, app.next().screen().index)
            }
        }
    }
}
