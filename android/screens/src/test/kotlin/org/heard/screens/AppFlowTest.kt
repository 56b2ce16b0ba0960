package org.heard.screens

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasTestTag
import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.isSelected
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTouchInput
import androidx.compose.ui.test.runComposeUiTest
import androidx.compose.ui.test.swipe
import androidx.compose.ui.geometry.Offset
import kotlinx.coroutines.runBlocking
import org.heard.core.HeardApp
import org.heard.core.InputKind
import org.heard.core.KotlinSecretStore
import org.heard.core.LockStatus
import org.heard.core.TextArg
import org.heard.core.View
import org.heard.core.World
import org.heard.core.enrolledApp
import org.heard.core.openApp
import org.heard.core.screen
import org.heard.core.walkToReview
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

private const val PIN = "246810"
private const val DURESS = "135790"

/**
 * The whole app as a person meets it (HeardRoot: lock screen, home, outbox,
 * settings, kiosk), clicked through against the real core and a real
 * heard-server.
 */
@OptIn(ExperimentalTestApi::class)
class AppFlowTest {
    /** An enrolled device in [world] and a root over it that reopens the same data directory after a wipe. */
    private class Device(
        world: World,
        languages: List<String>,
        now: () -> Long = { System.currentTimeMillis() / 1_000 },
        setUp: (HeardApp) -> Unit = {},
    ) {
        val secrets = KotlinSecretStore()
        val dir = world.deviceDir.toString()
        val root: RootState

        init {
            val app = runBlocking { enrolledApp(world.deviceDir, world.org, secrets) }
            setUp(app)
            app.close()
            root = RootState({ openApp(dir, secrets) }, MemoryShell(RecordingAudioPlayer(), languages), now)
        }
    }

    private fun submitOne(app: HeardApp) {
        app.start("post-encounter", listOf("en"))
        walkToReview(app)
        app.submit()
    }

    /** One sealed submission waiting, the PIN set (and [duress], if given), the app locked. */
    private fun lockedHoldingOne(app: HeardApp, duress: String? = null) {
        submitOne(app)
        app.setPin(PIN)
        duress?.let { app.setDuressPin(PIN, it) }
        app.lockNow()
    }

    /** The node tagged [tag], scrolled into view when it sits in a scrolling column. */
    private fun ComposeUiTest.shown(tag: String): SemanticsNodeInteraction {
        val node = onNodeWithTag(tag)
        val scrolls = onAllNodes(hasTestTag(tag) and hasAnyAncestor(hasScrollAction())).fetchSemanticsNodes().isNotEmpty()
        return if (scrolls) node.performScrollTo() else node
    }

    /** The app holds nothing any more, and home offers enrollment as on a new install. */
    private fun ComposeUiTest.assertEmpty(root: RootState) {
        onNodeWithTag("enroll-code").assertExists()
        val holdings = root.app.holdings()
        assertFalse(holdings.enrolled)
        assertEquals(0L, holdings.queued)
    }

    private fun ComposeUiTest.type(tag: String, text: String) {
        shown(tag).performTextInput(text)
        waitForIdle()
    }

    private fun ComposeUiTest.click(tag: String) {
        shown(tag).performClick()
        waitForIdle()
    }

    @Test
    fun `kiosk - two respondents in a row, the second sees nothing of the first, and only the PIN leaves`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val device = Device(world, listOf("en"))
            val root = device.root
            val en = Strings(listOf("en"))
            val canary = "CANARY kiosk respondent one"
            runComposeUiTest {
                setContent { Themed { HeardRoot(root) } }
                // Kiosk mode needs a PIN first.
                click("open-settings")
                onNodeWithTag("kiosk-needs-pin").assertExists()
                type("pin-new", PIN)
                type("pin-repeat", PIN)
                click("pin-save")
                onNodeWithTag("pin-result").assertTextEquals(en["settings-pin-saved"])
                assertEquals(LockStatus.Unlocked, root.lock)
                // A kiosk for the survey, in Arabic, confirmed with the PIN.
                click("kiosk-questionnaire-post-encounter")
                click("kiosk-language-ar")
                type("kiosk-start-pin", "999999")
                click("kiosk-start")
                onNodeWithTag("kiosk-start-result").assertTextEquals(
                    en.count("lock-wrong", 9),
                )
                type("kiosk-start-pin", PIN)
                click("kiosk-start")
                val first = (root.route as Route.Kiosk).state
                assertEquals("ar", first.locale)
                onNodeWithTag("kiosk").assertExists()

                // The first respondent switches to French on the way and types a text.
                answerScreen(first, canary)
                onNodeWithTag("next").performClick()
                waitForIdle()
                click("language-switch")
                click("language-fr")
                assertEquals("fr", first.locale)
                answerToReview(first, canary)
                click("submit")
                onNodeWithTag("thank-you").assertExists()
                assertEquals(1L, root.app.outbox().queued)
                click("finish")

                // The second respondent: a fresh survey, in the kiosk's Arabic, nothing answered, nothing of the first shown.
                val second = (root.route as Route.Kiosk).state
                assertTrue(second !== first)
                assertEquals("ar", second.locale)
                val firstScreen = second.view.screen()
                assertEquals(0, firstScreen.index)
                assertTrue(firstScreen.fields.all { it.answer == null }, "the second respondent sees answers: ${firstScreen.fields}")
                onAllNodes(isSelected()).assertCountEquals(0)
                var screens = 0
                while (second.view is View.Questions) {
                    val screen = second.view.screen()
                    assertTrue(screen.fields.all { it.answer == null || it.kind == InputKind.NOTE }, "screen ${screen.id} arrives answered")
                    onAllNodesWithText(canary, substring = true).assertCountEquals(0)
                    answerScreen(second, "respondent two")
                    onNodeWithTag("next").performClick()
                    waitForIdle()
                    screens++
                }
                assertTrue(screens > 3, "walked $screens screens")
                onAllNodesWithText(canary, substring = true).assertCountEquals(0)
                click("submit")
                assertEquals(2L, root.app.outbox().queued)
                // Nobody presses the button: the thank-you gives way to a fresh survey by itself.
                mainClock.advanceTimeBy(KIOSK_THANK_YOU_MILLIS + 1_000)
                waitForIdle()
                val third = (root.route as Route.Kiosk).state
                assertTrue(third !== second && third.submitted == null)
                assertEquals("ar", third.locale)

                // Leaving: a wrong PIN is counted and refused, the PIN leaves.
                click("kiosk-leave")
                type("kiosk-pin", "111111")
                click("kiosk-leave-confirm")
                val ar = Strings(listOf("ar", "en"))
                onNodeWithTag("kiosk-message").assertTextEquals(ar.count("lock-wrong", 9))
                assertTrue(root.route is Route.Kiosk)
                type("kiosk-pin", PIN)
                click("kiosk-leave-confirm")
                assertEquals(Route.Home, root.route)
                assertFalse(root.app.isKiosk())
                // The unfinished survey of whoever stood there last is gone; the two sealed ones wait.
                assertEquals(0, root.app.drafts().size)
                assertEquals(2L, root.app.outbox().queued)
            }
            root.app.close()
        }
    }

    @Test
    fun `wrong PINs on the lock screen, each told how many tries are left, until the last erases everything`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val device = Device(world, listOf("ar")) { app -> lockedHoldingOne(app) }
            val root = device.root
            val ar = Strings(listOf("ar"))
            runComposeUiTest {
                setContent { Themed { HeardRoot(root) } }
                onNodeWithTag("lock-screen").assertExists()
                onNodeWithText(ar["lock-title"]).assertExists()
                for (left in 9 downTo 1) {
                    type("lock-pin", "000000")
                    click("unlock")
                    onNodeWithTag("lock-message").assertTextEquals(ar.count("lock-wrong", left))
                }
                type("lock-pin", "000000")
                click("unlock")
                // Erased: the app starts over as newly installed, and says why.
                onNodeWithTag("lock-screen").assertDoesNotExist()
                onNodeWithTag("notice").assertTextEquals(ar["lock-erased"])
                assertEmpty(root)
                assertEquals(LockStatus.NoPin, root.lock)
            }
            root.app.close()
        }
    }

    @Test
    fun `the duress PIN opens an empty app, and nothing on screen tells it from the real one`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val device = Device(world, listOf("en")) { app -> lockedHoldingOne(app, duress = DURESS) }
            val root = device.root
            runComposeUiTest {
                setContent { Themed { HeardRoot(root) } }
                type("lock-pin", DURESS)
                click("unlock")
                onNodeWithTag("lock-screen").assertDoesNotExist()
                // No notice, no message: it looks like an app that was just installed and locked with that PIN.
                onNodeWithTag("notice").assertDoesNotExist()
                assertNull(root.notice)
                assertEmpty(root)
                assertEquals(LockStatus.Unlocked, root.lock)
                // The settings show the same lock as before.
                click("open-settings")
                onNodeWithTag("pin-current").assertExists()
                onNodeWithTag("holdings-queued").assertTextEquals(Strings(listOf("en")).count("holdings-queued", 0))
            }
            root.app.close()
        }
    }

    @Test
    fun `quick delete from the lock screen - a half slide does nothing, the countdown can be cancelled, then everything goes`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val device = Device(world, listOf("ar")) { app -> lockedHoldingOne(app) }
            val root = device.root
            val ar = Strings(listOf("ar"))
            val countdown = { s: Int -> ar.text("wipe-countdown", "seconds" to TextArg.Number(s.toDouble())).text }
            runComposeUiTest {
                setContent { Themed { HeardRoot(root) } }
                // Halfway and let go: back to the start, nothing happens.
                onNodeWithTag("wipe-slider").performScrollTo().performSemanticsAction(SemanticsActions.SetProgress) { it(0.5f) }
                waitForIdle()
                onNodeWithTag("wipe-countdown").assertDoesNotExist()
                // All the way, by a screen reader's adjust action: the countdown starts; cancel stops it.
                onNodeWithTag("wipe-slider").performSemanticsAction(SemanticsActions.SetProgress) { it(1f) }
                waitForIdle()
                onNodeWithTag("wipe-countdown").assertTextEquals(countdown(WIPE_COUNTDOWN_SECONDS))
                mainClock.advanceTimeBy(2_100)
                onNodeWithTag("wipe-countdown").assertTextEquals(countdown(WIPE_COUNTDOWN_SECONDS - 2))
                click("wipe-cancel")
                mainClock.advanceTimeBy(10_000)
                waitForIdle()
                onNodeWithTag("lock-screen").assertExists()
                assertTrue(root.lock is LockStatus.Locked)
                // All the way by finger, right to left in Arabic, and the countdown runs out.
                // (The finger lands on the track just past the thumb: in Compose's
                // test input a press exactly on the thumb starts no drag.)
                onNodeWithTag("wipe-slider").performScrollTo().performTouchInput { swipe(start = centerRight - Offset(30f, 0f), end = centerLeft, durationMillis = 600) }
                waitForIdle()
                onNodeWithTag("wipe-countdown").assertExists()
                mainClock.advanceTimeBy(WIPE_COUNTDOWN_SECONDS * 1_000L + 1_000)
                waitForIdle()
                onNodeWithTag("lock-screen").assertDoesNotExist()
                assertEmpty(root)
                assertEquals(LockStatus.NoPin, root.lock)
            }
            root.app.close()
        }
    }

    @Test
    fun `the outbox sends now, counts what went today, and tells a failed attempt from the last success`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            // The screen's clock: the wall clock until the first success, then
            // held 5 s after it, so "just now" does not depend on how long the
            // failed attempt's retries take on a busy machine.
            var heldAt: Long? = null
            val device = Device(world, listOf("en"), now = { heldAt ?: (System.currentTimeMillis() / 1_000) }) { app -> submitOne(app) }
            val root = device.root
            val en = Strings(listOf("en"))
            runComposeUiTest {
                setContent { Themed { HeardRoot(root) } }
                onNodeWithTag("open-outbox").assertTextEquals(en.count("home-outbox", 1))
                click("open-outbox")
                onNodeWithTag("outbox-waiting").assertTextEquals(en.count("outbox-waiting", 1))
                onNodeWithTag("outbox-sent-today").assertTextEquals(en.count("outbox-sent-today", 0))
                click("send-now")
                waitUntil(timeoutMillis = 30_000) { root.sync.activity == SyncActivity.Idle && root.sync.last != null }
                waitForIdle()
                onNodeWithTag("outbox-waiting").assertTextEquals(en.count("outbox-waiting", 0))
                onNodeWithTag("outbox-sent-today").assertTextEquals(en.count("outbox-sent-today", 1))
                onNodeWithText(en.text("outbox-last-sync", "when" to TextArg.Text(en["time-just-now"])).text).assertExists()
                onNodeWithText(en["sync-outcome-done"]).assertExists()
                assertEquals(1, world.org.pull().size)
                heldAt = root.app.outbox().lastSync?.succeededAt?.plus(5) ?: error("a success was recorded")

                // The server goes away: the attempt fails, nothing is lost, and the last success is still told.
                world.server.close()
                submitOne(root.app)
                root.sync.refresh()
                waitForIdle()
                onNodeWithTag("outbox-waiting").assertTextEquals(en.count("outbox-waiting", 1))
                click("send-now")
                // Every retry of the attempt can take up to 30 s together.
                waitUntil(timeoutMillis = 90_000) { root.sync.activity == SyncActivity.Idle && root.app.outbox().lastSync?.outcome == "retry-later" }
                waitForIdle()
                onNodeWithTag("outbox-outcome").assertTextEquals(en["sync-outcome-retry-later"])
                onNodeWithText(en.text("outbox-last-success", "when" to TextArg.Text(en["time-just-now"])).text).assertExists()
                onNodeWithTag("outbox-waiting").assertTextEquals(en.count("outbox-waiting", 1))
                onNodeWithTag("outbox-sent-today").assertTextEquals(en.count("outbox-sent-today", 1))
            }
            root.app.close()
        }
    }

    @Test
    fun `settings - the app language switches every screen, mismatched PINs are refused, the holdings count`(@TempDir tmp: Path) {
        World(tmp).use { world ->
            val device = Device(world, listOf("en")) { app -> submitOne(app) }
            val root = device.root
            runComposeUiTest {
                setContent { Themed { HeardRoot(root) } }
                click("open-settings")
                type("pin-new", PIN)
                type("pin-repeat", "246811")
                click("pin-save")
                onNodeWithTag("pin-result").assertTextEquals(Strings(listOf("en"))["settings-pin-mismatch"])
                assertEquals(LockStatus.NoPin, root.lock)
                click("app-language-ti")
                val ti = Strings(listOf("ti"))
                onNodeWithText(ti["settings-title"]).assertExists()
                onNodeWithTag("holdings-queued").assertTextEquals(ti.count("holdings-queued", 1))
                assertEquals("ti", root.shell.appLanguage)
                click("back")
                onNodeWithText(ti["questionnaires-title"]).assertExists()
                click("open-settings")
                click("app-language-ar")
                assertTrue(root.strings.rtl)
                onNodeWithText(Strings(listOf("ar"))["settings-title"]).assertExists()
            }
            root.app.close()
        }
    }
}
