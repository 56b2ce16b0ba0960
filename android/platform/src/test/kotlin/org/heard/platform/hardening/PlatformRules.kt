// MASVS-PLATFORM: the app exposes nothing to other apps but its launcher
// entry, asks for no permission it cannot justify, and is not debuggable.

package org.heard.platform.hardening

import org.heard.platform.hardening.Problem.Companion.PLATFORM
import org.w3c.dom.Element

/** Exported components, launcher entries, permissions and debuggability. */
object PlatformRules {
    /** The elements that declare a component other apps could reach. */
    val COMPONENTS = listOf("activity", "activity-alias", "service", "receiver", "provider")

    private const val MAIN = "android.intent.action.MAIN"
    private const val LAUNCHER = "android.intent.category.LAUNCHER"

    /** The platform problems of [manifest], permissions included. */
    fun check(manifest: Manifest): List<Problem> {
        val app = manifest.application ?: return permissions(manifest)
        val problems = ArrayList<Problem>()
        app.android("debuggable")?.takeIf { it != "false" }?.let {
            problems += Problem(PLATFORM, "<application android:debuggable=\"$it\">: leave debuggable to the build type (AGP sets it for debug builds only)")
        }
        val declared = app.elements().filter { it.localName in COMPONENTS && !it.removedByMerger() }
        val launchers = ArrayList<Element>()
        for (component in declared) {
            val label = "<${component.localName} android:name=\"${component.android("name") ?: "?"}\">"
            when (val exported = component.android("exported")) {
                null -> problems += Problem(PLATFORM, "$label has no android:exported: say \"false\" outright (or \"true\" for the launcher entry)")
                "false" -> {}
                "true" -> {
                    if (isLauncherEntry(component)) {
                        launchers += component
                    } else {
                        problems += Problem(PLATFORM, "$label is android:exported=\"true\" but is not a launcher entry (an activity or alias whose only <intent-filter> is MAIN + LAUNCHER)")
                    }
                }
                else -> problems += Problem(PLATFORM, "$label has android:exported=\"$exported\": it must be \"true\" or \"false\"")
            }
        }
        val enabled = launchers.filter { it.android("enabled") != "false" }
        if (enabled.size != 1) {
            problems += Problem(PLATFORM, "${enabled.size} launcher entries are enabled (android:enabled): exactly one must be, the camouflage alias starts disabled")
        }
        return problems + permissions(manifest)
    }

    /** An activity or alias exported only to be started from the launcher: its one intent-filter is MAIN + LAUNCHER, nothing else. */
    private fun isLauncherEntry(component: Element): Boolean {
        if (component.localName != "activity" && component.localName != "activity-alias") return false
        val filters = component.elements("intent-filter")
        if (filters.size != 1) return false
        val filter = filters.single()
        val actions = filter.elements("action").map { it.android("name") }
        val categories = filter.elements("category").map { it.android("name") }
        val others = filter.elements().filter { it.localName != "action" && it.localName != "category" }
        return actions == listOf(MAIN) && categories == listOf(LAUNCHER) && others.isEmpty()
    }

    /** Every permission the manifest asks for must be in [PERMISSION_ALLOWLIST]. */
    fun permissions(manifest: Manifest): List<Problem> =
        manifest.root.elements().filter { it.localName == "uses-permission" || it.localName == "uses-permission-sdk-23" }
            .filter { !it.removedByMerger() }
            .mapNotNull { element ->
                val name = element.android("name")
                when {
                    name == null -> Problem(PLATFORM, "<${element.localName}> has no android:name")
                    name !in PERMISSION_ALLOWLIST -> Problem(PLATFORM, "<${element.localName} android:name=\"$name\"> is not in the permission allowlist (PermissionAllowlist.kt): add it there with the reason Heard needs it, or drop it")
                    else -> null
                }
            }
}
