// The window: the shared screens at a phone-like size, and the outbox sent
// on a timer while the window is open.

package org.heard.desktop

import androidx.compose.runtime.LaunchedEffect
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import org.heard.screens.HeardFonts
import org.heard.screens.HeardRoot
import org.heard.screens.HeardTheme
import org.heard.screens.RootState

/** Shows [root] in a window until it is closed; returns then (the caller closes the core). */
fun showWindow(root: RootState, options: Options) = application(exitProcessOnExit = false) {
    Window(
        // The app's name in the person's language, from the core like every string.
        title = root.strings["app-name"],
        state = rememberWindowState(width = 480.dp, height = 860.dp),
        onCloseRequest = ::exitApplication,
    ) {
        // Every syncEvery; every minute while the server cannot be reached,
        // so sending resumes soon after the network returns. Cancelled with
        // the window.
        LaunchedEffect(root) {
            root.sync.runPeriodically(interval = options.syncEvery, retry = options.retry)
        }
        HeardTheme(HeardFonts.family) { HeardRoot(root) }
    }
}
