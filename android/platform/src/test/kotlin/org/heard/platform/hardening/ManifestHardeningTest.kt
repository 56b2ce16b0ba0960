// The real app: android/app/src/main/AndroidManifest.xml and its res/xml
// files must pass every rule. This is the test that fails the build when
// someone turns backups on, allows cleartext, exports a component or adds a
// permission without a reason.

package org.heard.platform.hardening

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.io.File

class ManifestHardeningTest {
    /** android/app, from surefire's heard.app.dir or relative to this module. */
    private val appDir: File = File(System.getProperty("heard.app.dir") ?: "../app").canonicalFile
    private val main = File(appDir, "src/main")
    private val resources = XmlResources { name -> File(main, "res/xml/$name.xml").takeIf { it.isFile }?.readText() }

    @Test
    fun `the app's manifest and its XML resources pass every MASVS rule`() {
        val manifest = File(main, "AndroidManifest.xml")
        assertTrue(manifest.isFile, "no manifest at $manifest")
        val problems = ManifestRules.check(manifest.readText(), resources)
        assertEquals(emptyList<Problem>(), problems, problems.joinToString("\n", prefix = "$manifest:\n"))
    }

    @Test
    fun `the manifest asks for exactly the allowlisted permissions, each with a reason`() {
        val root = parseXml(File(main, "AndroidManifest.xml").readText(), "AndroidManifest.xml")
        val asked = root.elements("uses-permission").mapNotNull { it.android("name") }.toSet()
        assertEquals(PERMISSION_ALLOWLIST.keys, asked, "an allowlisted permission nobody asks for should leave the allowlist")
        PERMISSION_ALLOWLIST.forEach { (name, reason) -> assertTrue(reason.length > 20, "$name needs a real reason") }
    }

    @Test
    fun `the rules file names every domain the manifest's files exclude`() {
        // Guards the rule itself: a domain Android adds later would show here
        // as an exclude the rules do not know of.
        for (name in listOf("data_extraction_rules", "backup_rules")) {
            val root = parseXml(resources.read(name) ?: error("res/xml/$name.xml is missing"), name)
            val domains = root.descendants("exclude").mapNotNull { it.plain("domain") }.toSet()
            assertEquals(StorageRules.DOMAINS.toSet(), domains, "res/xml/$name.xml")
        }
    }
}
