// Reading Android's XML files without trusting them: no DTDs, no external
// entities (a manifest is data, never a way to make the test fetch or read
// anything else), namespaces resolved so android:x and tools:x are told apart.

package org.heard.platform.hardening

import org.w3c.dom.Element
import org.xml.sax.InputSource
import java.io.StringReader
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory

/** The android: attribute namespace. */
const val ANDROID_NS = "http://schemas.android.com/apk/res/android"

/** The tools: namespace of the manifest merger. */
const val TOOLS_NS = "http://schemas.android.com/tools"

/** Parses [text] (the file [what]) into its root element; throws [IllegalArgumentException] naming [what] when it is not XML. */
fun parseXml(text: String, what: String): Element {
    val factory = DocumentBuilderFactory.newInstance().apply {
        isNamespaceAware = true
        isExpandEntityReferences = false
        setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
        setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
    }
    return try {
        val builder = factory.newDocumentBuilder()
        // Errors become the exception below, not lines on stderr.
        builder.setErrorHandler(null)
        builder.parse(InputSource(StringReader(text))).documentElement
    } catch (e: Exception) {
        throw IllegalArgumentException("$what is not well-formed XML: ${e.message}", e)
    }
}

/** The child elements of this one, those called [name] only when given. */
fun Element.elements(name: String? = null): List<Element> {
    val out = ArrayList<Element>()
    var node = firstChild
    while (node != null) {
        if (node is Element && (name == null || node.localName == name)) out += node
        node = node.nextSibling
    }
    return out
}

/** Every element below this one (any depth) called [name]. */
fun Element.descendants(name: String): List<Element> = elements().flatMap { listOfNotNull(it.takeIf { e -> e.localName == name }) + it.descendants(name) }

/** The value of android:[name], or null when the attribute is absent. */
fun Element.android(name: String): String? = if (hasAttributeNS(ANDROID_NS, name)) getAttributeNS(ANDROID_NS, name) else null

/** A plain (no namespace) attribute, or null when absent. */
fun Element.plain(name: String): String? = if (hasAttribute(name)) getAttribute(name) else null

/** Whether the manifest merger is told to drop this element (tools:node="remove"). */
fun Element.removedByMerger(): Boolean = getAttributeNS(TOOLS_NS, "node") == "remove"
