// Answers on the screen must not leave it: no screenshots or screen
// recording of the app, a blank card in the recent-apps list, and no taps
// taken through another app's overlay drawn over it.

package org.heard.platform

import android.app.Activity
import android.os.Build
import android.view.WindowManager

/** Hardens an activity's window; call [apply] in onCreate, before setContent. */
object SecureWindow {
    /**
     * FLAG_SECURE on [activity]'s window (screenshots, recording, casting
     * and the recents thumbnail show nothing), no recents screenshot on
     * Android 13+, and touches refused while another window covers it
     * (tapjacking).
     */
    fun apply(activity: Activity) {
        activity.window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        if (Build.VERSION.SDK_INT >= 33) activity.setRecentsScreenshotEnabled(false)
        activity.window.decorView.filterTouchesWhenObscured = true
    }
}
