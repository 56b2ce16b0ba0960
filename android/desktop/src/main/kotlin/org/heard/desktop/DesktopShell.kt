// What the shared screens ask of the desktop (Shell.kt in heard-screens):
// the sound, the machine's languages, and the chosen app language, kept in a
// small file beside the store (the lock screen needs it before the store opens).

package org.heard.desktop

import org.heard.screens.AudioPlayer
import org.heard.screens.Shell
import java.io.IOException
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.NoSuchFileException
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.util.Locale

class DesktopShell(
    dataDir: Path,
    override val audio: AudioPlayer = SoundPlayer(),
    override val systemLanguages: List<String> = systemLanguages(),
) : Shell {
    private val languageFile: Path = dataDir.resolve(LANGUAGE_FILE)

    override var appLanguage: String?
        get() = try {
            Files.readString(languageFile, StandardCharsets.UTF_8).trim().takeIf { isTag(it) }
        } catch (_: NoSuchFileException) {
            null
        } catch (e: IOException) {
            System.err.println("heard-desktop: cannot read $languageFile: ${e.message}")
            null
        }
        set(tag) {
            // A choice that cannot be kept still applies to this run (RootState holds it).
            try {
                write(tag?.takeIf { isTag(it) })
            } catch (e: IOException) {
                System.err.println("heard-desktop: cannot keep the app language in $languageFile: ${e.message}")
            }
        }

    private fun write(tag: String?) {
        if (tag == null) {
            Files.deleteIfExists(languageFile)
            return
        }
        Files.createDirectories(languageFile.parent)
        val temp = Files.createTempFile(languageFile.parent, ".app-language-", ".tmp")
        try {
            Files.writeString(temp, tag + "\n", StandardCharsets.UTF_8)
            Files.move(temp, languageFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)
        } finally {
            Files.deleteIfExists(temp)
        }
    }

    companion object {
        const val LANGUAGE_FILE = "app-language"

        private val TAG = Regex("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")

        private fun isTag(s: String) = TAG.matches(s) && s.lowercase() != "und"

        /**
         * The machine's languages, most preferred first, as BCP 47 tags: GNU's
         * `LANGUAGE` list (`fr:en`), then the JVM's default locale, then
         * `LC_ALL` / `LC_MESSAGES` / `LANG` (`fr_FR.UTF-8` -> `fr-FR`); C and
         * POSIX are no language.
         */
        fun systemLanguages(
            env: (String) -> String? = System::getenv,
            default: Locale = Locale.getDefault(),
        ): List<String> {
            val tags = ArrayList<String>()
            env("LANGUAGE")?.split(':')?.forEach { posixTag(it)?.let(tags::add) }
            default.toLanguageTag().takeIf { isTag(it) }?.let(tags::add)
            listOf("LC_ALL", "LC_MESSAGES", "LANG").forEach { name -> env(name)?.let { posixTag(it) }?.let(tags::add) }
            return tags.distinct().ifEmpty { listOf("en") }
        }

        /** `fr_FR.UTF-8@euro` -> `fr-FR`; null for C, POSIX or nonsense. */
        fun posixTag(value: String): String? {
            val bare = value.substringBefore('.').substringBefore('@').trim()
            if (bare.isEmpty() || bare == "C" || bare == "POSIX") return null
            val tag = bare.replace('_', '-')
            return tag.takeIf { isTag(it) }
        }
    }
}
