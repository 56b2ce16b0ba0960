// The bundled fonts (src/main/resources/fonts, SIL OFL 1.1, see OFL.txt):
// Noto Sans, Noto Naskh Arabic and Noto Sans Ethiopic, Regular and Bold, so
// every script draws with the same glyphs on every machine. Font(identity,
// data, weight) is the skiko Compose API (desktop, iOS, web); the Android
// shell will pass its res/font family to HeardTheme instead.

package org.heard.screens

import androidx.compose.ui.text.font.Font
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight

object HeardFonts {
    private fun bytes(name: String): ByteArray {
        val stream = HeardFonts::class.java.getResourceAsStream("/fonts/$name.ttf")
            ?: error("bundled font fonts/$name.ttf is missing from the classpath")
        return stream.use { it.readBytes() }
    }

    private fun font(name: String, weight: FontWeight): Font =
        androidx.compose.ui.text.platform.Font(identity = "heard-$name", data = bytes(name), weight = weight)

    private val latin by lazy { listOf(font("NotoSans-Regular", FontWeight.Normal), font("NotoSans-Bold", FontWeight.Bold)) }
    private val arabic by lazy {
        listOf(font("NotoNaskhArabic-Regular", FontWeight.Normal), font("NotoNaskhArabic-Bold", FontWeight.Bold))
    }
    private val ethiopic by lazy {
        listOf(font("NotoSansEthiopic-Regular", FontWeight.Normal), font("NotoSansEthiopic-Bold", FontWeight.Bold))
    }

    /** One family with every script: each glyph comes from the first font that has it. */
    val family: FontFamily by lazy { FontFamily(latin + arabic + ethiopic) }
}
