// The bundled fonts (src/main/resources/fonts, SIL OFL 1.1, see OFL.txt):
// Noto Sans, Noto Naskh Arabic and Noto Sans Ethiopic, Regular and Bold, so
// every script draws with the same glyphs on every machine. Font(identity,
// data, weight) is the skiko Compose API (desktop, iOS, web); the Android
// shell will pass its res/font family to HeardTheme instead.
//
// Why a family per script, applied as spans, and not one family with all
// three fonts: Compose keeps ONE Font per weight/style out of a FontFamily
// (the font matcher picks the first Noto Sans Regular and drops the rest), so
// a "Noto Sans + Naskh + Ethiopic" family is really just Noto Sans. Every
// glyph Noto Sans lacks then goes to Skia's character fallback, and on
// Compose desktop 1.8.2 / skiko 0.9.4.2 that fallback asks the system's
// fonts (fontconfig) first and the fonts the app loaded only last: Arabic
// came out in the machine's Noto Sans Arabic or DejaVu Sans, Ethiopic in
// tofu or whatever the machine had. No public API (common or skiko) puts the
// app's fonts ahead of the system in that fallback. So the fallback must
// never be needed: [styled] splits a text into runs and gives each run the
// family of a bundled font that has every one of its characters (read from
// the fonts' own cmap tables below). A glyph then comes from a bundled font
// or, if none of the three has it (emoji, say), from the system as before.

package org.heard.screens

import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.Font
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.OffsetMapping
import androidx.compose.ui.text.input.TransformedText
import androidx.compose.ui.text.input.VisualTransformation

object HeardFonts {
    private fun bytes(name: String): ByteArray {
        val stream = HeardFonts::class.java.getResourceAsStream("/fonts/$name.ttf")
            ?: error("bundled font fonts/$name.ttf is missing from the classpath")
        return stream.use { it.readBytes() }
    }

    /** One bundled typeface, Regular and Bold, and the code points it has glyphs for. */
    private class Script(regular: String, bold: String) {
        private val regularBytes = bytes(regular)
        val family = FontFamily(
            androidx.compose.ui.text.platform.Font(identity = "heard-$regular", data = regularBytes, weight = FontWeight.Normal),
            androidx.compose.ui.text.platform.Font(identity = "heard-$bold", data = bytes(bold), weight = FontWeight.Bold),
        )
        val style = SpanStyle(fontFamily = family)
        private val covered: Cmap = Cmap.read(regularBytes)
        fun has(codePoint: Int): Boolean = covered.has(codePoint)
    }

    // In order of preference for a character more than one of them has.
    private val scripts by lazy {
        listOf(
            Script("NotoSans-Regular", "NotoSans-Bold"),
            Script("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"),
            Script("NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold"),
        )
    }

    /** Noto Sans: the theme's family (HeardTheme); Latin text needs nothing more. */
    val family: FontFamily get() = scripts[0].family
    val latin: FontFamily get() = scripts[0].family
    val arabic: FontFamily get() = scripts[1].family
    val ethiopic: FontFamily get() = scripts[2].family

    /**
     * The family whose font has the letters of language [tag] (BCP 47: "ar",
     * "ti-ER", "en"...), for text that is not passed through [styled]: its
     * letters, digits and spaces then need no fallback, though a Latin word in
     * Arabic text still does. [styled] is what makes mixed text exact.
     */
    fun familyFor(tag: String): FontFamily = when (tag.substringBefore('-').substringBefore('_').lowercase()) {
        "ar", "fa", "prs", "ps", "ur", "ckb", "sd", "ug" -> arabic
        "ti", "am", "tig", "byn", "gez" -> ethiopic
        else -> latin
    }

    /**
     * [text] with each run of characters in the bundled font that has them all:
     * a run keeps its font while that font has the next character (so spaces,
     * digits and punctuation stay with the Arabic or Ethiopic words around
     * them), and otherwise switches to the first of Noto Sans, Noto Naskh
     * Arabic, Noto Sans Ethiopic that has it. A character none of them has
     * stays in the run before it (and then comes from the system's fallback).
     * Weight, size and colour still come from the text style.
     */
    fun styled(text: String): AnnotatedString = styled(AnnotatedString(text))

    fun styled(text: AnnotatedString): AnnotatedString {
        val s = text.text
        val runs = ArrayList<Triple<Int, Int, Script>>()
        var current: Script? = null
        var start = 0
        var i = 0
        while (i < s.length) {
            val cp = codePointAt(s, i)
            val next = when {
                current != null && current.has(cp) -> current
                else -> scripts.firstOrNull { it.has(cp) } ?: current
            }
            if (next !== current) {
                if (current != null && i > start) runs += Triple(start, i, current)
                current = next
                start = i
            }
            i += if (cp > 0xFFFF) 2 else 1
        }
        if (current != null && s.length > start) runs += Triple(start, s.length, current)
        // Every run gets its span, Latin too, so the result does not depend on the
        // family of the surrounding text style (HeardTheme's or familyFor's).
        return buildAnnotatedString {
            append(text)
            for ((from, to, script) in runs) addStyle(script.style, from, to)
        }
    }

    /** The code point at [i] (common Kotlin has no String.codePointAt). */
    private fun codePointAt(s: String, i: Int): Int {
        val c = s[i]
        if (c.isHighSurrogate() && i + 1 < s.length && s[i + 1].isLowSurrogate()) {
            return 0x10000 + ((c.code - 0xD800) shl 10) + (s[i + 1].code - 0xDC00)
        }
        return c.code
    }

    /** For text fields: draws what is typed with [styled]; the text itself is unchanged. */
    val visualTransformation: VisualTransformation = VisualTransformation { TransformedText(styled(it), OffsetMapping.Identity) }
}

/** The code points a TrueType/OpenType font maps to a glyph (cmap format 4 or 12). */
private class Cmap private constructor(private val starts: IntArray, private val ends: IntArray) {
    fun has(codePoint: Int): Boolean {
        var lo = 0
        var hi = starts.size - 1
        while (lo <= hi) {
            val mid = (lo + hi) ushr 1
            when {
                codePoint < starts[mid] -> hi = mid - 1
                codePoint > ends[mid] -> lo = mid + 1
                else -> return true
            }
        }
        return false
    }

    companion object {
        fun read(font: ByteArray): Cmap {
            fun u16(at: Int) = ((font[at].toInt() and 0xFF) shl 8) or (font[at + 1].toInt() and 0xFF)
            fun u32(at: Int) = (u16(at).toLong() shl 16 or u16(at + 2).toLong()).toInt()
            val tables = u16(4)
            val cmap = (0 until tables).map { 12 + 16 * it }.firstOrNull { u32(it) == 0x636D6170 /* 'cmap' */ }
                ?.let { u32(it + 8) } ?: error("font has no cmap table")
            // Prefer the full-Unicode subtable (3,10 / 0,4: format 12), else BMP (3,1 / 0,3: format 4).
            val subtables = (0 until u16(cmap + 2)).map { cmap + 4 + 8 * it }
                .map { Triple(u16(it), u16(it + 2), cmap + u32(it + 4)) }
            val chosen = subtables.firstOrNull { u16(it.third) == 12 && (it.first == 3 && it.second == 10 || it.first == 0) }
                ?: subtables.firstOrNull { u16(it.third) == 4 && (it.first == 3 && it.second == 1 || it.first == 0) }
                ?: error("font has no Unicode cmap subtable of format 4 or 12")
            val at = chosen.third
            val ranges = ArrayList<IntArray>()
            fun add(cp: Int) {
                val last = ranges.lastOrNull()
                if (last != null && last[1] + 1 == cp) last[1] = cp else ranges += intArrayOf(cp, cp)
            }
            if (u16(at) == 12) {
                val groups = u32(at + 12)
                for (g in 0 until groups) {
                    val p = at + 16 + 12 * g
                    val startGlyph = u32(p + 8)
                    for (cp in u32(p)..u32(p + 4)) if (startGlyph + (cp - u32(p)) != 0) add(cp)
                }
            } else {
                val segments = u16(at + 6) / 2
                val endCodes = at + 14
                val startCodes = endCodes + 2 * segments + 2
                val deltas = startCodes + 2 * segments
                val rangeOffsets = deltas + 2 * segments
                for (seg in 0 until segments) {
                    val end = u16(endCodes + 2 * seg)
                    val begin = u16(startCodes + 2 * seg)
                    val delta = u16(deltas + 2 * seg)
                    val offsetAt = rangeOffsets + 2 * seg
                    val offset = u16(offsetAt)
                    for (cp in begin..end) {
                        if (cp == 0xFFFF) continue
                        val glyph = if (offset == 0) (cp + delta) and 0xFFFF else {
                            val g = u16(offsetAt + offset + 2 * (cp - begin))
                            if (g == 0) 0 else (g + delta) and 0xFFFF
                        }
                        if (glyph != 0) add(cp)
                    }
                }
            }
            ranges.sortBy { it[0] }
            return Cmap(IntArray(ranges.size) { ranges[it][0] }, IntArray(ranges.size) { ranges[it][1] })
        }
    }
}
