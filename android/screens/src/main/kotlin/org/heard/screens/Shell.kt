// The seam between the shared screens and a platform shell (Android, iOS,
// the desktop app): what only the platform can do or keep.

package org.heard.screens

/** What a platform shell gives the shared screens. */
interface Shell {
    /** Plays recorded prompts. */
    val audio: AudioPlayer

    /** The device's languages, most preferred first (BCP 47 tags). */
    val systemLanguages: List<String>

    /**
     * The app language the person chose in settings, or null for the
     * device's. The shell keeps it outside the core's store, because the
     * lock screen must speak the person's language before the store opens.
     */
    var appLanguage: String?
}

/** A shell that keeps the app language in memory only (tests, previews). */
class MemoryShell(
    override val audio: AudioPlayer,
    override val systemLanguages: List<String>,
    override var appLanguage: String? = null,
) : Shell
