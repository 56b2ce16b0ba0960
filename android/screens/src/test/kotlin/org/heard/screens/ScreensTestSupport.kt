// What the screen tests share: the theme with the bundled fonts, an audio
// player that records, and the golden-image comparison.

package org.heard.screens

import androidx.compose.runtime.Composable
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import org.heard.core.Field
import org.heard.core.InputKind
import org.heard.core.View
import org.heard.core.field
import org.heard.core.screen
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import org.heard.core.AudioClip
import org.jetbrains.skia.EncodedImageFormat
import java.io.ByteArrayInputStream
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import javax.imageio.ImageIO

/** Answers [f] through the UI: the first choice, or a plausible typed value ([text] for text). */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.answerByClicking(state: SurveyState, f: Field, text: String = "noted") {
    when (f.kind) {
        InputKind.CONSENT -> onNodeWithTag("choice-${f.id}-accept").performScrollTo().performClick()
        InputKind.SINGLE, InputKind.YES_NO, InputKind.SCALE, InputKind.MULTIPLE ->
            onNodeWithTag("choice-${f.id}-${f.choices.first().code}").performScrollTo().performClick()
        InputKind.INTEGER, InputKind.DECIMAL -> onNodeWithTag("input-${f.id}").performScrollTo().performTextInput("2")
        InputKind.DATE -> onNodeWithTag("input-${f.id}").performScrollTo().performTextInput("2025-01-15")
        else -> onNodeWithTag("input-${f.id}").performScrollTo().performTextInput(text)
    }
    waitForIdle()
    check(state.view.screen().field(f.id).answer != null) { "${f.id} was not answered by the UI" }
}

/** Answers what the current screen asks, through the UI, until nothing new shows up. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.answerScreen(state: SurveyState, text: String = "noted") {
    repeat(10) {
        val f = state.view.screen().fields.firstOrNull { it.answer == null && it.kind != InputKind.NOTE } ?: return
        answerByClicking(state, f, text)
    }
}

/** Answers every screen through the UI and presses Next until the review; fails on a screen that does not advance. */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.answerToReview(state: SurveyState, text: String = "noted") {
    repeat(60) {
        if (state.view is View.Review) return
        answerScreen(state, text)
        val before = state.view.screen().index
        onNodeWithTag("next").performClick()
        waitForIdle()
        val after = state.view
        check(after !is View.Questions || after.screen.index != before) { "screen $before did not advance" }
    }
    throw AssertionError("no review after 60 screens")
}

/** The desktop/test AudioPlayer: remembers every clip it was asked to play. */
class RecordingAudioPlayer : AudioPlayer {
    val played = mutableListOf<AudioClip>()
    override fun play(clip: AudioClip) {
        played += clip
    }
}

@Composable
fun Themed(content: @Composable () -> Unit) = HeardTheme(HeardFonts.family, content)

/**
 * Screenshots against golden PNGs in src/test/resources/golden/.
 *
 * Tolerance: a picture passes when at most 0.5 % of its pixels differ from
 * the golden by more than 16 (of 255) in any channel (R, G, B or A). That
 * absorbs anti-aliasing noise between Skia builds and CPUs, while a moved,
 * missing or re-wrapped word changes far more pixels. The same rule is in
 * android/screens/README.md.
 *
 * A missing golden is written from this run and the test FAILS ("golden
 * image created, review it and commit"), so no picture passes unseen.
 */
object Screenshots {
    const val WIDTH = 411
    const val HEIGHT = 891
    const val CHANNEL_TOLERANCE = 16
    const val MAX_DIFFERENT_FRACTION = 0.005

    val outDir: Path = Paths.get(System.getProperty("heard.screenshots.dir") ?: "target/screenshots")
    val goldenDir: Path = Paths.get(System.getProperty("heard.golden.dir") ?: "src/test/resources/golden")

    /** Renders [content] at 411 x 891 px, density 1; returns the PNG bytes. */
    fun render(fontScale: Float = 1f, content: @Composable () -> Unit): ByteArray {
        val scene = ImageComposeScene(WIDTH, HEIGHT, Density(1f, fontScale)) { Themed(content) }
        try {
            scene.render(0)
            val image = scene.render(1_000_000_000L)
            return image.encodeToData(EncodedImageFormat.PNG)?.bytes ?: error("Skia could not encode a PNG")
        } finally {
            scene.close()
        }
    }

    /** Why [actual] does not match [golden], or null when it does. */
    fun compare(golden: ByteArray, actual: ByteArray): String? {
        val a = ImageIO.read(ByteArrayInputStream(golden))
        val b = ImageIO.read(ByteArrayInputStream(actual))
        if (a.width != b.width || a.height != b.height) return "size ${b.width}x${b.height}, golden ${a.width}x${a.height}"
        var different = 0L
        for (y in 0 until a.height) for (x in 0 until a.width) {
            val p = a.getRGB(x, y)
            val q = b.getRGB(x, y)
            val far = (0 until 4).any { c -> kotlin.math.abs(((p ushr (8 * c)) and 0xFF) - ((q ushr (8 * c)) and 0xFF)) > CHANNEL_TOLERANCE }
            if (far) different++
        }
        val fraction = different.toDouble() / (a.width.toLong() * a.height)
        return if (fraction > MAX_DIFFERENT_FRACTION) {
            "%.2f %% of the pixels differ by more than %d (at most %.1f %% may)".format(
                fraction * 100, CHANNEL_TOLERANCE, MAX_DIFFERENT_FRACTION * 100,
            )
        } else {
            null
        }
    }

    /**
     * Saves the picture to target/screenshots/[name].png and compares it with
     * the golden; returns the problem, or null when it matches.
     */
    fun check(name: String, fontScale: Float = 1f, content: @Composable () -> Unit): String? {
        val png = render(fontScale, content)
        Files.createDirectories(outDir)
        Files.write(outDir.resolve("$name.png"), png)
        val golden = goldenDir.resolve("$name.png")
        if (!Files.exists(golden)) {
            Files.createDirectories(goldenDir)
            Files.write(golden, png)
            return "$name: golden image created, review it and commit ($golden)"
        }
        return compare(Files.readAllBytes(golden), png)?.let { "$name: $it (see ${outDir.resolve("$name.png")})" }
    }
}
