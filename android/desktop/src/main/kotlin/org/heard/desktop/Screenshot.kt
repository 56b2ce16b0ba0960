// --screenshot: the app's first screen drawn off-screen into a PNG (no
// window, no display), e.g. for CI.

package org.heard.desktop

import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import org.heard.screens.HeardFonts
import org.heard.screens.HeardRoot
import org.heard.screens.HeardTheme
import org.heard.screens.RootState
import org.jetbrains.skia.EncodedImageFormat
import java.nio.file.Files
import java.nio.file.Path

/** Draws [root] at [width] x [height] px (density 1) into [out]. */
fun writeScreenshot(root: RootState, out: Path, width: Int = 480, height: Int = 860) {
    val scene = ImageComposeScene(width, height, Density(1f)) { HeardTheme(HeardFonts.family) { HeardRoot(root) } }
    val png = try {
        scene.render(0)
        scene.render(1_000_000_000L).encodeToData(EncodedImageFormat.PNG)?.bytes ?: error("Skia could not encode a PNG")
    } finally {
        scene.close()
    }
    out.parent?.let { Files.createDirectories(it) }
    Files.write(out, png)
}
