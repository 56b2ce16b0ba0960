// Shown when the core could not be opened (storage or the Keystore
// refused): nothing was changed, and the person can try again.

package org.heard.app

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.heard.screens.Directed
import org.heard.screens.ErrorText
import org.heard.screens.Strings
import org.heard.screens.Text
import org.heard.screens.touchTarget

/** "That did not work. Nothing was lost; please try again." and a button that does. */
@Composable
fun OpenFailed(strings: Strings, onRetry: () -> Unit) {
    Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
        Directed(strings.rtl) {
            Column(Modifier.fillMaxSize().safeDrawingPadding().padding(20.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
                ErrorText(strings.text("error-try-again"))
                Button(onClick = onRetry, modifier = Modifier.fillMaxWidth().touchTarget()) { Text(strings["notice-dismiss"]) }
            }
        }
    }
}
