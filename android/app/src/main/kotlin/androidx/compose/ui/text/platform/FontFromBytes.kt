// The one desktop-only call in the shared screens, provided for Android.
//
// android/screens/Fonts.kt builds its font families with
// androidx.compose.ui.text.platform.Font(identity, data, weight): Compose's
// skiko API (desktop, iOS, web), which Android's Compose does not have.
// Declared here, in the package Fonts.kt names, the same call compiles for
// Android unchanged: the bytes go to a file once (FontFiles) and Android's
// Font(File) loads them. Fonts are not secret; nothing else goes there.

package androidx.compose.ui.text.platform

import androidx.compose.ui.text.ExperimentalTextApi
import androidx.compose.ui.text.font.Font
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.text.font.FontWeight
import org.heard.app.FontFiles

/** A font from the bytes of a TrueType/OpenType file, as skiko's Font(identity, data, weight, style) is. */
@OptIn(ExperimentalTextApi::class)
fun Font(
    identity: String,
    data: ByteArray,
    weight: FontWeight = FontWeight.Normal,
    style: FontStyle = FontStyle.Normal,
): Font = androidx.compose.ui.text.font.Font(FontFiles.file(identity, data), weight, style)
