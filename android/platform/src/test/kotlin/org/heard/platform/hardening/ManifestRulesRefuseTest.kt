// The rules can fail: a small manifest that passes, then one change at a
// time, each of which must be refused with a message naming what is wrong.

package org.heard.platform.hardening

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.MethodSource

class ManifestRulesRefuseTest {
    /** One bad input: what it changes in the good one, and the words the refusal must contain. */
    data class Case(
        val name: String,
        val expected: String,
        val manifest: String = manifest(),
        val files: Map<String, String> = GOOD_FILES,
    ) {
        override fun toString() = name
    }

    @Test
    fun `the small good manifest passes, so each case below fails for its one change`() {
        val problems = ManifestRules.check(manifest(), resources(GOOD_FILES))
        assertEquals(emptyList<Problem>(), problems, problems.joinToString("\n"))
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    fun `a bad manifest is refused with a message naming the attribute`(case: Case) {
        assertNotEquals(manifest() to GOOD_FILES, case.manifest to case.files, "the case changes nothing")
        val problems = ManifestRules.check(case.manifest, resources(case.files))
        assertTrue(problems.isNotEmpty(), "${case.name}: accepted")
        assertTrue(
            problems.any { case.expected in it.message },
            "${case.name}: no refusal mentions '${case.expected}':\n${problems.joinToString("\n")}",
        )
    }

    @Test
    fun `a manifest with a DOCTYPE is refused, not expanded`() {
        val xxe = """<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]><manifest>&x;</manifest>"""
        assertThrows<IllegalArgumentException> { ManifestRules.check(xxe, resources(GOOD_FILES)) }
    }

    companion object {
        private const val GOOD_PERMISSIONS = """
            <uses-permission android:name="android.permission.INTERNET" />
            <uses-permission android:name="android.permission.CAMERA" />"""

        private const val GOOD_APPLICATION = """android:allowBackup="false"
            android:dataExtractionRules="@xml/extraction"
            android:fullBackupContent="@xml/backup"
            android:networkSecurityConfig="@xml/network"
            android:usesCleartextTraffic="false""""

        private const val LAUNCHER_FILTER = """<intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>"""

        private const val GOOD_COMPONENTS = """
            <activity android:name=".Main" android:exported="false" />
            <activity-alias android:name=".Default" android:exported="true" android:targetActivity=".Main">
            $LAUNCHER_FILTER
            </activity-alias>
            <activity-alias android:name=".Neutral" android:enabled="false" android:exported="true" android:targetActivity=".Main">
            $LAUNCHER_FILTER
            </activity-alias>
            <receiver android:name="lib.Exported" tools:node="remove" />"""

        fun manifest(
            permissions: String = GOOD_PERMISSIONS,
            application: String = GOOD_APPLICATION,
            components: String = GOOD_COMPONENTS,
        ) = """<?xml version="1.0" encoding="utf-8"?>
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">
            $permissions
            <application $application>
            $components
            </application>
            </manifest>"""

        private fun excludes() = StorageRules.DOMAINS.joinToString("\n") { """<exclude domain="$it" path="." />""" }

        private val GOOD_NETWORK = """<network-security-config>
            <base-config cleartextTrafficPermitted="false">
            <trust-anchors><certificates src="system" /></trust-anchors>
            </base-config>
            <debug-overrides><trust-anchors><certificates src="user" /></trust-anchors></debug-overrides>
            </network-security-config>"""

        private fun extraction(cloud: String = excludes(), transfer: String? = excludes()) =
            "<data-extraction-rules><cloud-backup>$cloud</cloud-backup>" +
                (transfer?.let { "<device-transfer>$it</device-transfer>" } ?: "") + "</data-extraction-rules>"

        val GOOD_FILES = mapOf(
            "network" to GOOD_NETWORK,
            "extraction" to extraction(),
            "backup" to "<full-backup-content>${excludes()}</full-backup-content>",
        )

        private fun resources(files: Map<String, String>) = XmlResources { files[it] }

        private fun app(change: (String) -> String) = manifest(application = change(GOOD_APPLICATION))

        private fun files(name: String, text: String) = GOOD_FILES + (name to text)

        @JvmStatic
        fun cases(): List<Case> = listOf(
            // MASVS-STORAGE
            Case("allowBackup true", "android:allowBackup", app { it.replace("""allowBackup="false"""", """allowBackup="true"""") }),
            Case("allowBackup missing", "android:allowBackup", app { it.replace("""android:allowBackup="false"""", "") }),
            Case("fragile user data kept on uninstall", "android:hasFragileUserData", app { "$it android:hasFragileUserData=\"true\"" }),
            Case("no data extraction rules", "android:dataExtractionRules", app { it.replace("""android:dataExtractionRules="@xml/extraction"""", "") }),
            Case("data extraction rules file missing", "res/xml/extraction.xml", files = GOOD_FILES - "extraction"),
            Case("no device-transfer section", "device-transfer", files = files("extraction", extraction(transfer = null))),
            Case("cloud backup includes a folder", "<include>", files = files("extraction", extraction(cloud = excludes() + """<include domain="file" path="drafts" />"""))),
            Case("device transfer keeps the databases", "domain=\"database\"", files = files("extraction", extraction(transfer = excludes().replace("""<exclude domain="database" path="." />""", "")))),
            Case("no full backup content", "android:fullBackupContent", app { it.replace("""android:fullBackupContent="@xml/backup"""", "") }),
            Case("full backup content excludes one folder only", "domain=\"sharedpref\"", files = files("backup", """<full-backup-content><exclude domain="sharedpref" path="prefs.xml" /></full-backup-content>""")),
            Case("backup rules not a res/xml reference", "android:fullBackupContent", app { it.replace("@xml/backup", "true") }),
            // MASVS-NETWORK
            Case("usesCleartextTraffic true", "android:usesCleartextTraffic", app { it.replace("""usesCleartextTraffic="false"""", """usesCleartextTraffic="true"""") }),
            Case("no network security config", "android:networkSecurityConfig", app { it.replace("""android:networkSecurityConfig="@xml/network"""", "") }),
            Case("cleartext permitted in base-config", "cleartextTrafficPermitted", files = files("network", GOOD_NETWORK.replace("""cleartextTrafficPermitted="false"""", """cleartextTrafficPermitted="true""""))),
            Case("base-config silent on cleartext", "cleartextTrafficPermitted", files = files("network", GOOD_NETWORK.replace(""" cleartextTrafficPermitted="false"""", ""))),
            Case(
                "cleartext to one domain",
                "cleartextTrafficPermitted",
                files = files("network", GOOD_NETWORK.replace("</network-security-config>", """<domain-config cleartextTrafficPermitted="true"><domain>example.org</domain></domain-config></network-security-config>""")),
            ),
            Case("user certificate authorities trusted", "certificates src=\"user\"", files = files("network", GOOD_NETWORK.replace("""<certificates src="system" />""", """<certificates src="system" /><certificates src="user" />"""))),
            // MASVS-PLATFORM
            Case("debuggable in the manifest", "android:debuggable", app { "$it android:debuggable=\"true\"" }),
            Case("exported service", "android:exported", manifest(components = GOOD_COMPONENTS + """<service android:name=".Sync" android:exported="true" />""")),
            Case("receiver without exported", "android:exported", manifest(components = GOOD_COMPONENTS + """<receiver android:name=".Boot"><intent-filter><action android:name="android.intent.action.BOOT_COMPLETED" /></intent-filter></receiver>""")),
            Case("exported provider", "android:exported", manifest(components = GOOD_COMPONENTS + """<provider android:name=".Files" android:authorities="x" android:exported="true" />""")),
            Case(
                "launcher alias that also opens links",
                "android:exported",
                manifest(components = GOOD_COMPONENTS.replace("</activity-alias>", """<intent-filter><action android:name="android.intent.action.VIEW" /><data android:scheme="heard" /></intent-filter></activity-alias>""")),
            ),
            Case("camouflage alias enabled from the start", "android:enabled", manifest(components = GOOD_COMPONENTS.replace("""android:enabled="false" """, ""))),
            Case("extra permission", "android.permission.READ_CONTACTS", manifest(permissions = GOOD_PERMISSIONS + """<uses-permission android:name="android.permission.READ_CONTACTS" />""")),
            Case("extra permission for API 23+", "android.permission.ACCESS_FINE_LOCATION", manifest(permissions = GOOD_PERMISSIONS + """<uses-permission-sdk-23 android:name="android.permission.ACCESS_FINE_LOCATION" />""")),
        )
    }
}
