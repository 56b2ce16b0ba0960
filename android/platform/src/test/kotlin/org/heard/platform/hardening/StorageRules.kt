// MASVS-STORAGE: nothing the app keeps leaves the phone by backup or
// device transfer, and nothing is kept after the app is uninstalled.

package org.heard.platform.hardening

import org.heard.platform.hardening.Problem.Companion.STORAGE
import org.w3c.dom.Element

/** Backup, device-transfer and uninstall rules. */
object StorageRules {
    /**
     * Every domain a backup or transfer can reach; each must be excluded
     * whole (path "."), as a rules file without <include> takes all of them.
     */
    val DOMAINS = listOf(
        "root", "file", "database", "sharedpref", "external",
        "device_root", "device_file", "device_database", "device_sharedpref",
    )

    /** The storage problems of [manifest]. */
    fun check(manifest: Manifest): List<Problem> {
        val app = manifest.application ?: return emptyList()
        val problems = ArrayList<Problem>()
        when (val allow = app.android("allowBackup")) {
            null -> problems += Problem(STORAGE, "<application> has no android:allowBackup; Android's default is \"true\" (cloud and adb backups): set android:allowBackup=\"false\"")
            "false" -> {}
            else -> problems += Problem(STORAGE, "<application android:allowBackup=\"$allow\">: it must be \"false\"")
        }
        if (app.android("hasFragileUserData") == "true") {
            problems += Problem(STORAGE, "<application android:hasFragileUserData=\"true\"> offers to keep the app's data after uninstalling: remove it or set \"false\"")
        }
        problems += rulesFile(manifest, app, "fullBackupContent", "full-backup-content") { root -> excludesEverything(root, "<full-backup-content>", "fullBackupContent") }
        problems += rulesFile(manifest, app, "dataExtractionRules", "data-extraction-rules") { root ->
            listOf("cloud-backup", "device-transfer").flatMap { section ->
                val found = root.elements(section)
                when (found.size) {
                    0 -> listOf(Problem(STORAGE, "android:dataExtractionRules has no <$section>: without one, that path takes everything"))
                    1 -> excludesEverything(found.single(), "<$section>", "dataExtractionRules")
                    else -> listOf(Problem(STORAGE, "android:dataExtractionRules has ${found.size} <$section> sections: keep one"))
                }
            }
        }
        return problems
    }

    /** The checks of the rules file that [app]'s android:[attribute] names, whose root must be <[rootName]>. */
    private fun rulesFile(manifest: Manifest, app: Element, attribute: String, rootName: String, check: (Element) -> List<Problem>): List<Problem> {
        val reference = app.android(attribute)
            ?: return listOf(Problem(STORAGE, "<application> has no android:$attribute: point it at a res/xml file that excludes every domain"))
        val root = manifest.xml(attribute, reference).getOrElse { return listOf(Problem(STORAGE, it.message ?: "android:$attribute is unreadable")) }
        if (root.localName != rootName) return listOf(Problem(STORAGE, "android:$attribute names a file whose root is <${root.localName}>, not <$rootName>"))
        return check(root)
    }

    /** [section] (of android:[attribute]'s file) includes nothing and excludes each of [DOMAINS] whole. */
    private fun excludesEverything(section: Element, where: String, attribute: String): List<Problem> {
        val problems = ArrayList<Problem>()
        if (section.elements("include").isNotEmpty()) {
            problems += Problem(STORAGE, "android:$attribute: $where has <include> elements; nothing may be included")
        }
        val excluded = section.elements("exclude").filter { it.plain("path") == "." }.mapNotNull { it.plain("domain") }.toSet()
        val missing = DOMAINS.filter { it !in excluded }
        if (missing.isNotEmpty()) {
            problems += Problem(STORAGE, "android:$attribute: $where does not exclude the whole of ${missing.joinToString { "domain=\"$it\"" }} (<exclude domain=\"...\" path=\".\"/>)")
        }
        return problems
    }
}
