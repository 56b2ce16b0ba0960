// Enrolling by QR code: the scanned payload goes through the core's
// readEnrollmentCode like a pasted one, and the shared EnrollmentScreen
// then shows the organization and its fingerprint words to check
// (EnrollmentState.show). Nothing is stored until the person accepts.

package org.heard.app

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import org.heard.core.ApiException
import org.heard.core.LocalizedText
import org.heard.screens.EnrollmentState
import org.heard.screens.RootState

/** The scanned code's enrollment, in front of the home screen until accepted or refused. */
class EnrollmentScan {
    /** The offer read from the last scan, or null. */
    var scanned by mutableStateOf<EnrollmentState?>(null)
        private set

    /** Why the last scan gave nothing (an unreadable code, no camera permission), or null. */
    var error by mutableStateOf<LocalizedText?>(null)
        private set

    /** A code the scanner read: the offer it holds, or the same error a pasted bad code gets. */
    fun onCode(root: RootState, code: String) {
        val trimmed = code.trim()
        error = null
        scanned = try {
            val offer = root.app.readEnrollmentCode(trimmed)
            EnrollmentState(root.app).apply { show(trimmed, offer) }
        } catch (_: ApiException) {
            error = root.strings.text("enroll-invalid")
            null
        }
    }

    /** The person said no to the camera: pasting still works, and the screen says so. */
    fun onCameraRefused(root: RootState) {
        error = root.strings.text("enroll-camera-refused")
    }

    /** Back to the home screen (accepted, refused, or the app locked or was wiped). */
    fun close() {
        scanned = null
    }
}
