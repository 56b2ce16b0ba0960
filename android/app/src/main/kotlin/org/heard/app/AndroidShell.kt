// What the shared screens ask of Android (Shell.kt in heard-screens): the
// sound, the phone's languages, and the chosen app language.

package org.heard.app

import android.os.LocaleList
import org.heard.screens.AudioPlayer
import org.heard.screens.Shell

/** The Android [Shell]: languages from the system, the app language in [prefs]. */
class AndroidShell(private val prefs: ShellPrefs, override val audio: AudioPlayer) : Shell {
    /** The phone's languages, most preferred first; read each time, so a change in system settings applies. */
    override val systemLanguages: List<String>
        get() = LocaleList.getDefault().toLanguageTags().split(',')
            .map { it.trim() }
            .filter { it.isNotEmpty() && it != "und" }
            .distinct()
            .ifEmpty { listOf("en") }

    override var appLanguage: String?
        get() = prefs.appLanguage
        set(tag) {
            prefs.appLanguage = tag
        }
}
