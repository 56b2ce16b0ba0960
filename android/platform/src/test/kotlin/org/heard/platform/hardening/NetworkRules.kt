// MASVS-NETWORK: no cleartext traffic, and no certificate authorities but
// the system's.

package org.heard.platform.hardening

import org.heard.platform.hardening.Problem.Companion.NETWORK
import org.w3c.dom.Element

/** Cleartext and trust-anchor rules, over the manifest and its network security config. */
object NetworkRules {
    /** The network problems of [manifest]. */
    fun check(manifest: Manifest): List<Problem> {
        val app = manifest.application ?: return emptyList()
        val problems = ArrayList<Problem>()
        val cleartext = app.android("usesCleartextTraffic")
        if (cleartext != null && cleartext != "false") {
            problems += Problem(NETWORK, "<application android:usesCleartextTraffic=\"$cleartext\">: it must be \"false\" (or absent)")
        }
        val reference = app.android("networkSecurityConfig")
        if (reference == null) {
            problems += Problem(NETWORK, "<application> has no android:networkSecurityConfig: name a res/xml file whose <base-config> has cleartextTrafficPermitted=\"false\"")
            return problems
        }
        val root = manifest.xml("networkSecurityConfig", reference).getOrElse {
            return problems + Problem(NETWORK, it.message ?: "android:networkSecurityConfig is unreadable")
        }
        if (root.localName != "network-security-config") {
            return problems + Problem(NETWORK, "android:networkSecurityConfig names a file whose root is <${root.localName}>, not <network-security-config>")
        }
        problems += baseConfig(root)
        for (domain in root.descendants("domain-config")) {
            if (domain.plain("cleartextTrafficPermitted") == "true") {
                val names = domain.elements("domain").joinToString { it.textContent.trim() }
                problems += Problem(NETWORK, "network security config: <domain-config cleartextTrafficPermitted=\"true\"> allows cleartext to $names")
            }
        }
        problems += userCertificates(root)
        return problems
    }

    private fun baseConfig(root: Element): List<Problem> {
        val base = root.elements("base-config")
        if (base.size != 1) return listOf(Problem(NETWORK, "network security config needs exactly one <base-config cleartextTrafficPermitted=\"false\">, has ${base.size}"))
        return when (val permitted = base.single().plain("cleartextTrafficPermitted")) {
            "false" -> emptyList()
            null -> listOf(Problem(NETWORK, "network security config: <base-config> has no cleartextTrafficPermitted; say \"false\" outright"))
            else -> listOf(Problem(NETWORK, "network security config: <base-config cleartextTrafficPermitted=\"$permitted\">: it must be \"false\""))
        }
    }

    /** User-added CAs (a corporate proxy, an attacker's profile) may not vouch for servers, outside debug builds' overrides. */
    private fun userCertificates(root: Element): List<Problem> =
        root.elements().filter { it.localName != "debug-overrides" }
            .flatMap { it.descendants("certificates") }
            .filter { it.plain("src") == "user" }
            .map { Problem(NETWORK, "network security config: <certificates src=\"user\"> trusts certificate authorities a user or a profile installed") }
}
