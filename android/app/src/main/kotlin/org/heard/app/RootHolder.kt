// Keeps the app's RootState (which screen is in front, the survey being
// answered) across the activity being recreated, as on a rotation.

package org.heard.app

import android.app.Application
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.lifecycle.AndroidViewModel
import org.heard.core.ApiException
import org.heard.screens.RootState

/** The activity's ViewModel: the shared screens' state over the process's core. */
class RootHolder(application: Application) : AndroidViewModel(application) {
    private val core = (application as HeardApplication).core
    private val player = ClipPlayer()

    /** The app's state, or null while the core could not be opened. */
    var root by mutableStateOf<RootState?>(null)
        private set

    /** Whether the last attempt to open the core failed. */
    var failed by mutableStateOf(false)
        private set

    /** The QR enrollment in progress, if any. */
    val scan = EnrollmentScan()

    init {
        open()
    }

    /** Opens the core (again, after a failure): RootState's first call opens it. */
    fun open() {
        if (root != null) return
        root = try {
            RootState(core.opener(), AndroidShell(core.prefs, player))
        } catch (_: ApiException) {
            // Storage or the Keystore refused; nothing was changed. The
            // screen offers to try again.
            null
        }
        failed = root == null
    }

    override fun onCleared() {
        player.release()
    }
}
