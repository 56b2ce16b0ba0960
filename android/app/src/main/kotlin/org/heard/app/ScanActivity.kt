// The QR scanner's screen: zxing-android-embedded's CaptureActivity, with
// the same window hardening as the app (the enrollment code it sees lets a
// phone join the organization).

package org.heard.app

import android.os.Bundle
import com.journeyapps.barcodescanner.CaptureActivity
import org.heard.platform.SecureWindow

/** CaptureActivity under FLAG_SECURE. */
class ScanActivity : CaptureActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        SecureWindow.apply(this)
    }
}
