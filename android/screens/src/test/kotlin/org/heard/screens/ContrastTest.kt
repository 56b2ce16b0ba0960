package org.heard.screens

import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.luminance
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.runComposeUiTest
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** WCAG 2.1 contrast of the theme's text colours (1.4.3: at least 4.5:1 for text). */
@OptIn(ExperimentalTestApi::class)
class ContrastTest {
    private fun ratio(a: Color, b: Color): Double {
        val (hi, lo) = listOf(a.luminance().toDouble(), b.luminance().toDouble()).sortedDescending()
        return (hi + 0.05) / (lo + 0.05)
    }

    @Test
    fun `every text colour the screens use reads at 4_5 to 1 on the surfaces it sits on`() {
        var scheme: ColorScheme? = null
        runComposeUiTest {
            setContent { Themed { scheme = MaterialTheme.colorScheme } }
            waitForIdle()
        }
        val c = scheme ?: throw AssertionError("the theme was not composed")
        // (text, surface) pairs as the screens draw them: body text, headings, secondary
        // lines (progress, language names, outcomes), errors, buttons, and the cards
        // of the questionnaire list and the outbox.
        val pairs = mapOf(
            "onBackground on background" to (c.onBackground to c.background),
            "onSurface on surface" to (c.onSurface to c.surface),
            "primary on background" to (c.primary to c.background),
            "secondary on background" to (c.secondary to c.background),
            "error on background" to (c.error to c.background),
            "onPrimary on primary" to (c.onPrimary to c.primary),
            "onSurface on card" to (c.onSurface to c.surfaceContainerHighest),
            "secondary on card" to (c.secondary to c.surfaceContainerHighest),
            "primary on card" to (c.primary to c.surfaceContainerHighest),
            "onSurfaceVariant on surface" to (c.onSurfaceVariant to c.surface),
        )
        val low = pairs.mapValues { (_, p) -> ratio(p.first, p.second) }.filterValues { it < 4.5 }
        assertTrue(low.isEmpty(), "below 4.5:1: " + low.entries.joinToString { "${it.key} %.2f".format(it.value) })
    }
}
