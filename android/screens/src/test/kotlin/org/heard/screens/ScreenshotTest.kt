package org.heard.screens

import kotlinx.coroutines.runBlocking
import org.heard.core.AnswerValue
import org.heard.core.HeardApp
import org.heard.core.KotlinSecretStore
import org.heard.core.View
import org.heard.core.World
import org.heard.core.FollowUp
import org.heard.core.defaultAnswer
import org.heard.core.enrolledApp
import org.heard.core.notNull
import org.heard.core.openApp
import org.heard.core.screen
import org.heard.core.walkToReview
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import java.nio.file.Files
import java.nio.file.Path

/**
 * The screens in pictures, in English, Arabic (right to left) and Tigrinya
 * (Ethiopic script), against the real core and a real heard-server, compared
 * with the goldens in src/test/resources/golden/ (see [Screenshots]).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenshotTest {
    private lateinit var tmp: Path
    private lateinit var world: World
    private lateinit var app: HeardApp
    private lateinit var fresh: HeardApp
    private lateinit var code: String
    private lateinit var root: RootState

    @BeforeAll
    fun setUp() {
        tmp = Files.createTempDirectory("heard-screens-shots")
        world = World(tmp, "listening-session")
        app = runBlocking { enrolledApp(world.deviceDir, world.org) }
        fresh = openApp(tmp.resolve("fresh").toString(), KotlinSecretStore())
        code = world.org.enrollmentCode(uses = 5)
        // A second device for the whole app: one response sent today, one waiting.
        val secrets = KotlinSecretStore()
        val dir = tmp.resolve("root-device")
        val synced = runBlocking {
            val device = enrolledApp(dir, world.org, secrets)
            repeat(2) { i ->
                device.start("post-encounter", listOf("en"))
                walkToReview(device)
                device.submit()
                if (i == 0) device.sync(null)
            }
            val at = notNull(device.outbox().lastSync, "the last sync").attemptedAt
            device.setPin("246810")
            device.close()
            at
        }
        // "5 minutes ago" in every picture, however long the test took.
        root = RootState({ openApp(dir.toString(), secrets) }, MemoryShell(RecordingAudioPlayer(), listOf("en")), now = { synced + 300 })
    }

    @AfterAll
    fun tearDown() {
        app.close()
        fresh.close()
        root.app.close()
        world.close()
    }

    private fun assertAll(problems: List<String?>) {
        val bad = problems.filterNotNull()
        assertTrue(bad.isEmpty(), bad.joinToString("\n"))
    }

    @ParameterizedTest
    @ValueSource(strings = ["en", "ar", "ti"])
    fun enrollment(locale: String) {
        // The organization and the code are real; the fingerprint words are
        // pinned, as the test organization's keys are new on every run (the
        // interaction test checks the real words).
        val offer = fresh.readEnrollmentCode(code).copy(
            fingerprintWords = listOf("river", "lantern", "copper", "meadow", "violet", "harbor"),
        )
        val state = EnrollmentState(fresh).apply { show(code, offer) }
        assertAll(listOf(Screenshots.check("enrollment-$locale") { EnrollmentScreen(state, listOf(locale)) }))
    }

    @ParameterizedTest
    @ValueSource(strings = ["en", "ar", "ti"])
    fun wholeApp(locale: String) {
        root.chooseAppLanguage(locale)
        val problems = mutableListOf<String?>()
        // The app opens locked (and each locale's run leaves it locked).
        check(root.locked) { "the app is not locked" }
        problems += Screenshots.check("lock-$locale") { HeardRoot(root) }
        check(root.unlock("246810") == null) { "the PIN did not open the app" }
        root.route = Route.Home
        problems += Screenshots.check("home-$locale") { HeardRoot(root) }
        root.route = Route.Outbox
        root.sync.refresh()
        problems += Screenshots.check("outbox-$locale") { HeardRoot(root) }
        root.route = Route.Settings
        problems += Screenshots.check("settings-$locale") { HeardRoot(root) }
        val info = root.app.questionnaires(listOf(locale)).first { it.id == "post-encounter" }
        check(root.startKiosk(info, locale, "246810") == null) { "kiosk mode did not start" }
        problems += Screenshots.check("kiosk-$locale") { HeardRoot(root) }
        check(root.leaveKiosk("246810") == null) { "kiosk mode did not end" }
        root.lockNow()
        assertAll(problems)
    }

    /** Answers what is required and goes on until the screen holding [field]. */
    private fun advanceTo(field: String) {
        repeat(20) {
            val screen = app.render().screen()
            if (screen.fields.any { it.id == field }) return
            screen.fields.filter { it.required && it.answer == null }.forEach { f -> defaultAnswer(f)?.let { app.answer(f.id, it) } }
            app.next()
        }
        throw AssertionError("no screen with $field")
    }

    @ParameterizedTest
    @ValueSource(strings = ["en", "ar", "ti"])
    fun listeningSession(locale: String) {
        val preferred = listOf(locale)
        val info = app.questionnaires(preferred).first { it.id == "listening-session" }
        app.start(info.id, preferred)
        val problems = mutableListOf<String?>()
        advanceTo("attendance_age")
        app.setTally("attendance_age", "18_24", 4)
        app.setTally("attendance_age", "25_34", 7)
        problems += Screenshots.check("session-attendance-$locale") { SurveyScreen(SurveyState(app, info.languages, preferred, true), RecordingAudioPlayer()) }
        advanceTo("quotes")
        app.addEntry("quotes", "They explained my rights in my language")
        app.addAction("actions", FollowUp("Translate the rights leaflet", "liaison", "2026-01-31"))
        problems += Screenshots.check("session-synthesis-$locale") { SurveyScreen(SurveyState(app, info.languages, preferred, true), RecordingAudioPlayer()) }
        app.discard()
        assertAll(problems)
    }

    @ParameterizedTest
    @ValueSource(strings = ["en", "ar", "ti"])
    fun questionnaireList(locale: String) {
        assertAll(listOf(Screenshots.check("questionnaires-$locale") { QuestionnaireListScreen(app, listOf(locale)) }))
    }

    @ParameterizedTest
    @ValueSource(strings = ["en", "ar", "ti"])
    fun survey(locale: String) {
        val preferred = listOf(locale)
        val info = app.questionnaires(preferred).first { it.id == "post-encounter" }
        app.start(info.id, preferred)
        val audio = RecordingAudioPlayer()
        val problems = mutableListOf<String?>()

        app.answer("consent", AnswerValue.Consent(true))
        val choice = app.next().screen()
        check(choice.fields.any { it.id == "contact_kind" }) { "expected the contact screen, got ${choice.id}" }
        val onChoice = SurveyState(app, info.languages, preferred)
        problems += Screenshots.check("survey-choice-$locale") { SurveyScreen(onChoice, audio) }
        problems += Screenshots.check("survey-choice-$locale-font200", fontScale = 2f) { SurveyScreen(onChoice, audio) }

        // Next without the required answer: the core puts the error under the field.
        val withError = SurveyState(app, info.languages, preferred).apply { next() }
        check(withError.view.screen().fields.any { it.error != null }) { "expected a field error" }
        problems += Screenshots.check("survey-error-$locale") { SurveyScreen(withError, audio) }

        walkToReview(app, mapOf("contact_kind" to AnswerValue.Choice("id_check")))
        val review = SurveyState(app, info.languages, preferred)
        check(review.view is View.Review)
        problems += Screenshots.check("review-$locale") { SurveyScreen(review, audio) }

        review.submit()
        problems += Screenshots.check("thank-you-$locale") { SurveyScreen(review, audio) }
        assertAll(problems)
    }
}
