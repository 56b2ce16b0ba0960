// The app as a whole: which screen is in front, the lock before everything,
// and the actions that cross screens (unlock, quick delete, kiosk). The
// platform shells host HeardRoot and nothing else.

package org.heard.screens

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import org.heard.core.ApiException
import org.heard.core.HeardApp
import org.heard.core.LocalizedText
import org.heard.core.LockStatus
import org.heard.core.QuestionnaireInfo
import org.heard.core.UnlockOutcome
import kotlin.time.ExperimentalTime

/** The screen in front. */
sealed interface Route {
    /** The questionnaires (or enrollment, before there is an organization). */
    data object Home : Route

    /** A survey or listening session in progress. */
    data class Survey(val state: SurveyState) : Route

    /** A shared kiosk: one respondent after another in [locale]. */
    data class Kiosk(val state: SurveyState, val questionnaire: QuestionnaireInfo, val locale: String) : Route

    data object Outbox : Route
    data object Settings : Route
}

/**
 * The whole app's state over the core. [open] opens the core at the
 * shell's data directory; it is called again after a quick delete, when
 * the old app answers only "wiped".
 */
@OptIn(ExperimentalTime::class)
class RootState(
    private val open: () -> HeardApp,
    val shell: Shell,
    /** The wall clock in Unix seconds (tests fix it, so pictures stay the same). */
    val now: () -> Long = { kotlin.time.Clock.System.now().epochSeconds },
) {
    var app by mutableStateOf(open())
        private set
    var lock by mutableStateOf(readLock())
        private set
    var route by mutableStateOf<Route>(Route.Home)
    var appLanguage by mutableStateOf(shell.appLanguage)
        private set

    /** A message for the next screen (after an erase, a failed wipe). */
    var notice by mutableStateOf<LocalizedText?>(null)

    /** Bumped whenever the core's holdings may have changed, so screens read them again. */
    var generation by mutableStateOf(0)
        private set

    val sync = SyncController { app }

    /** The person's languages: the chosen app language first, then the device's. */
    val preferred: List<String> get() = listOfNotNull(appLanguage) + shell.systemLanguages.filter { it != appLanguage }
    val strings: Strings get() = Strings(preferred)

    /** Whether the lock screen must be in front. */
    val locked: Boolean get() = lock is LockStatus.Locked || lock is LockStatus.Damaged

    private fun readLock(): LockStatus = try {
        app.lockStatus()
    } catch (_: ApiException) {
        LockStatus.Wiped
    }

    /** Reads the lock and the outbox again after anything that may have changed them. */
    fun refresh() {
        lock = readLock()
        if (lock == LockStatus.Wiped) reopen()
        sync.refresh()
        generation++
    }

    private fun reopen() {
        app.close()
        app = open()
        lock = readLock()
        route = Route.Home
    }

    /** After a PIN check: an erase starts over at home; returns what to tell the person. */
    fun afterPin(outcome: UnlockOutcome, strings: Strings = this.strings): LocalizedText? {
        val message = pinMessage(strings, outcome)
        if (outcome is UnlockOutcome.Erased) {
            route = Route.Home
            notice = message
        }
        refresh()
        return message
    }

    /** The lock screen's PIN; returns what to tell the person, or null when it opened. */
    fun unlock(pin: String): LocalizedText? = try {
        afterPin(app.unlock(pin))
    } catch (e: ApiException) {
        refresh()
        pinError(strings, e)
    }

    fun lockNow() {
        try {
            app.lockNow()
        } catch (_: ApiException) {
            // No PIN: nothing to lock; settings only offers this with a PIN.
        }
        refresh()
    }

    /** Quick delete: the core's panic wipe, then a fresh app as if newly installed. */
    fun wipe() {
        try {
            app.panicWipe()
        } catch (_: ApiException) {
            notice = strings.text("wipe-failed")
        }
        reopen()
        sync.refresh()
        generation++
    }

    fun chooseAppLanguage(tag: String?) {
        shell.appLanguage = tag
        appLanguage = tag
    }

    /** Starts [info] in the person's languages. */
    fun start(info: QuestionnaireInfo) {
        app.start(info.id, preferred)
        route = Route.Survey(SurveyState(app, info.languages, preferred, info.listeningSession))
    }

    /** Back home from a survey or a screen. */
    fun home() {
        route = Route.Home
        refresh()
    }

    /**
     * Kiosk mode for [info] in [locale], confirmed with the PIN (so only
     * the person who holds it can start or stop a kiosk).
     */
    fun startKiosk(info: QuestionnaireInfo, locale: String, pin: String): LocalizedText? {
        val message = try {
            afterPin(app.checkPin(pin))
        } catch (e: ApiException) {
            return pinError(strings, e)
        }
        if (message != null) return message
        app.setKiosk(locale)
        app.start(info.id, listOf(locale))
        route = Route.Kiosk(SurveyState(app, info.languages, listOf(locale)), info, locale)
        return null
    }

    /** The next respondent on a kiosk: a fresh survey the core has already started. */
    fun nextRespondent() {
        val kiosk = route as? Route.Kiosk ?: return
        route = kiosk.copy(state = SurveyState(app, kiosk.questionnaire.languages, listOf(kiosk.locale)))
        sync.refresh()
    }

    /**
     * Leaves kiosk mode with the PIN; the unfinished survey of whoever stood
     * there goes. What it says is in [strings], the kiosk's language.
     */
    fun leaveKiosk(pin: String, strings: Strings = this.strings): LocalizedText? {
        val message = try {
            afterPin(app.checkPin(pin), strings)
        } catch (e: ApiException) {
            return pinError(strings, e)
        }
        if (message != null) return message
        try {
            app.discard()
        } catch (_: ApiException) {
            // Nothing was in progress.
        }
        app.setKiosk(null)
        home()
        return null
    }
}

/** The app: the lock screen while locked, else the screen in front. */
@Composable
fun HeardRoot(root: RootState) {
    if (root.locked) {
        LockScreen(root)
        return
    }
    when (val route = root.route) {
        Route.Home -> HomeScreen(root)
        is Route.Survey -> SurveyScreen(route.state, root.shell.audio, onFinished = { root.home() })
        is Route.Kiosk -> KioskScreen(root, route)
        Route.Outbox -> OutboxScreen(root)
        Route.Settings -> SettingsScreen(root)
    }
}
