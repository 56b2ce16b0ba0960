// The entry point: an AndroidManifest.xml and the XML resources it names,
// checked against every rule; the list of problems is empty when all hold.

package org.heard.platform.hardening

import org.w3c.dom.Element

/** Reads res/xml/[name].xml, or null when there is no such file. */
fun interface XmlResources {
    fun read(name: String): String?
}

/** The app's manifest, its <application> and the resources they refer to. */
class Manifest(val root: Element, val application: Element?, private val resources: XmlResources) {
    /**
     * The root element of the res/xml file [reference] names ("@xml/name"),
     * or the reason it cannot be had: the reference is not to res/xml, or
     * the file is missing or not XML.
     */
    fun xml(attribute: String, reference: String): Result<Element> {
        val name = reference.removePrefix("@xml/")
        if (name == reference || name.isEmpty() || '/' in name) {
            return Result.failure(IllegalArgumentException("android:$attribute=\"$reference\" is not a res/xml resource (@xml/NAME)"))
        }
        val text = resources.read(name)
            ?: return Result.failure(IllegalArgumentException("android:$attribute names res/xml/$name.xml, which does not exist"))
        return runCatching { parseXml(text, "res/xml/$name.xml") }
    }
}

/** Checks a manifest against the storage, network and platform rules. */
object ManifestRules {
    /** Every problem with [manifestXml] and the resources it names, read through [resources]. */
    fun check(manifestXml: String, resources: XmlResources): List<Problem> {
        val root = parseXml(manifestXml, "AndroidManifest.xml")
        if (root.localName != "manifest") return listOf(Problem(Problem.PLATFORM, "the root element is <${root.localName}>, not <manifest>"))
        val application = root.elements("application").singleOrNull()
        val manifest = Manifest(root, application, resources)
        if (application == null) {
            return listOf(Problem(Problem.PLATFORM, "<manifest> must have exactly one <application>")) + PlatformRules.permissions(manifest)
        }
        return StorageRules.check(manifest) + NetworkRules.check(manifest) + PlatformRules.check(manifest)
    }
}
