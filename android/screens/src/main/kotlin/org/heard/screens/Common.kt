// What every screen shares: the app strings (always from the core's appText,
// never hard-coded), the layout direction, the audio player seam, the theme
// and the touch-target size. Common Compose APIs only: this code is meant to
// compile for Android and iOS unchanged.

package org.heard.screens

import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import org.heard.core.AudioClip
import org.heard.core.LocalizedText
import org.heard.core.TextArg
import org.heard.core.appText

/** Plays a question's recorded audio. The platform shells implement it; tests record what was played. */
interface AudioPlayer {
    fun play(clip: AudioClip)
}

/** The smallest touch target: 48 dp, as Android's and Apple's guidelines ask. */
val TouchTarget = 48.dp

fun Modifier.touchTarget(): Modifier = heightIn(min = TouchTarget)

/** The app's own strings in the person's preferred languages, resolved by the core. */
class Strings(val preferred: List<String>) {
    fun text(id: String, vararg args: Pair<String, TextArg>): LocalizedText = appText(preferred, id, args.toMap())

    operator fun get(id: String): String = text(id).text

    /** Message [id] with its `$count` (the plural and the locale's digits are the core's). */
    fun count(id: String, n: Number): String = text(id, "count" to TextArg.Number(n.toDouble())).text

    /** Whether the strings come out right to left. */
    val rtl: Boolean get() = text("nav-next").rtl
}

/**
 * Material's Text, with each script run drawn in its bundled font
 * ([HeardFonts.styled]): every screen in this package calls this one, so no
 * text falls back to whatever fonts the machine has.
 */
@Composable
fun Text(
    text: String,
    modifier: Modifier = Modifier,
    color: Color = Color.Unspecified,
    style: TextStyle = LocalTextStyle.current,
    fontWeight: FontWeight? = null,
    textAlign: TextAlign? = null,
) {
    val styled = remember(text) { HeardFonts.styled(text) }
    androidx.compose.material3.Text(styled, modifier = modifier, color = color, style = style, fontWeight = fontWeight, textAlign = textAlign)
}

/** Lays [content] out right to left when [rtl]. */
@Composable
fun Directed(rtl: Boolean, content: @Composable () -> Unit) {
    CompositionLocalProvider(
        LocalLayoutDirection provides if (rtl) LayoutDirection.Rtl else LayoutDirection.Ltr,
        content = content,
    )
}

private fun TextStyle.with(family: FontFamily) = copy(fontFamily = family)

/** Material 3 with the bundled Noto fonts in every style, calm colours. */
@Composable
fun HeardTheme(fontFamily: FontFamily, content: @Composable () -> Unit) {
    val t = Typography()
    val typography = Typography(
        displayLarge = t.displayLarge.with(fontFamily),
        displayMedium = t.displayMedium.with(fontFamily),
        displaySmall = t.displaySmall.with(fontFamily),
        headlineLarge = t.headlineLarge.with(fontFamily),
        headlineMedium = t.headlineMedium.with(fontFamily),
        headlineSmall = t.headlineSmall.with(fontFamily),
        titleLarge = t.titleLarge.with(fontFamily),
        titleMedium = t.titleMedium.with(fontFamily),
        titleSmall = t.titleSmall.with(fontFamily),
        bodyLarge = t.bodyLarge.with(fontFamily),
        bodyMedium = t.bodyMedium.with(fontFamily),
        bodySmall = t.bodySmall.with(fontFamily),
        labelLarge = t.labelLarge.with(fontFamily),
        labelMedium = t.labelMedium.with(fontFamily),
        labelSmall = t.labelSmall.with(fontFamily),
    )
    val colors = lightColorScheme(
        primary = Color(0xFF2F5D62),
        onPrimary = Color.White,
        // Every text colour here reads at 4.5:1 or more on the background and on
        // cards (ContrastTest).
        secondary = Color(0xFF446A5E),
        background = Color(0xFFFAF8F3),
        surface = Color(0xFFFAF8F3),
        error = Color(0xFFB3261E),
    )
    MaterialTheme(colorScheme = colors, typography = typography, content = content)
}
