package org.heard.desktop

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.nio.file.Paths
import java.util.Locale
import kotlin.time.Duration.Companion.minutes

class OptionsTest {
    @TempDir
    lateinit var tmp: Path

    private fun env(vararg pairs: Pair<String, String>): (String) -> String? = pairs.toMap()::get

    @Test
    fun `reads the command line`() {
        val o = Options.parse(listOf("--data-dir", "/tmp/x", "--sync-every-minutes=5", "--software-render"), env())
        assertEquals(Paths.get("/tmp/x"), o.dataDir)
        assertEquals(5.minutes, o.syncEvery)
        assertEquals(1.minutes, o.retry)
        assertEquals(true, o.softwareRender)
        assertNull(o.screenshot)
        assertThrows<IllegalArgumentException> { Options.parse(listOf("--sync-every-minutes", "0"), env()) }
        assertThrows<IllegalArgumentException> { Options.parse(listOf("--data-dir"), env()) }
        assertThrows<IllegalArgumentException> { Options.parse(listOf("--nope"), env()) }
    }

    @Test
    fun `keeps the data where XDG says`() {
        assertEquals(Paths.get("/data/heard"), Options.defaultDataDir(env("XDG_DATA_HOME" to "/data", "HOME" to "/home/a")))
        assertEquals(Paths.get("/home/a/.local/share/heard"), Options.defaultDataDir(env("XDG_DATA_HOME" to "relative", "HOME" to "/home/a")))
        assertEquals(Paths.get("/home/a/.local/share/heard"), Options.defaultDataDir(env("HOME" to "/home/a")))
    }

    @Test
    fun `the machine's languages and the kept app language`() {
        val langs = DesktopShell.systemLanguages(env("LANGUAGE" to "ti:ar", "LANG" to "fr_FR.UTF-8"), Locale.forLanguageTag("fr-FR"))
        assertEquals(listOf("ti", "ar", "fr-FR"), langs)
        assertEquals(listOf("en"), DesktopShell.systemLanguages(env("LANG" to "C.UTF-8"), Locale.ROOT))

        val shell = DesktopShell(tmp, audio = SoundPlayer(), systemLanguages = listOf("en"))
        assertNull(shell.appLanguage)
        shell.appLanguage = "ar"
        assertEquals("ar", DesktopShell(tmp, audio = SoundPlayer(), systemLanguages = listOf("en")).appLanguage)
        shell.appLanguage = null
        assertNull(shell.appLanguage)
    }
}
