// What the activity draws: the shared app (HeardRoot) inside the phone's
// safe area, with the shell's own pieces around it: the QR scan button
// above the enrollment screen, the scanned offer in front of it, and the
// camouflage switch below settings.

package org.heard.app

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.snapshotFlow
import androidx.compose.ui.Modifier
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.launch
import org.heard.platform.Camouflage
import org.heard.screens.EnrollmentScreen
import org.heard.screens.EnrollmentState
import org.heard.screens.HeardRoot
import org.heard.screens.RootState
import org.heard.screens.Route
import org.heard.screens.rememberHoldings

/** The whole window over [root]; [onScan] starts the QR scanner (asking for the camera first). */
@Composable
fun AppFrame(root: RootState, scan: EnrollmentScan, camouflage: Camouflage, onScan: () -> Unit) {
    val atHome = !root.locked && root.route == Route.Home
    val enrolled = rememberHoldings(root)?.enrolled == true
    val scanned = scan.scanned?.takeIf { atHome && !enrolled }
    Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
        // Edge to edge: the screens stay clear of the status and navigation
        // bars, the camera cut-out and the keyboard.
        Column(Modifier.fillMaxSize().safeDrawingPadding()) {
            if (atHome && !enrolled && scanned == null) ScanBar(root, scan, onScan)
            Box(Modifier.weight(1f).fillMaxWidth()) {
                if (scanned != null) ScannedEnrollment(root, scan, scanned) else HeardRoot(root)
            }
            if (!root.locked && root.route == Route.Settings) CamouflageSetting(root, camouflage)
        }
    }
}

/** The shared enrollment screen over the scanned offer; back home once accepted or refused. */
@Composable
private fun ScannedEnrollment(root: RootState, scan: EnrollmentScan, state: EnrollmentState) {
    val scope = rememberCoroutineScope()
    LaunchedEffect(state) {
        // "Refuse" clears the offer: the scan is over, home shows the paste field again.
        snapshotFlow { state.offer == null && !state.accepted }.first { it }
        scan.close()
    }
    EnrollmentScreen(state, root.preferred, onAccepted = {
        scan.close()
        scope.launch {
            root.sync.syncNow()
            root.refresh()
        }
    })
}
