// Keeps a shared tablet in the kiosk: Android's lock task mode when the
// organization's device-owner app has allowed Heard, screen pinning (which
// the person confirms once) otherwise. Leaving is the shared Kiosk screen's
// job: it asks for the app PIN, and only then does the shell call leave().

package org.heard.platform

import android.app.Activity
import android.app.ActivityManager
import android.app.admin.DevicePolicyManager
import android.content.Context

/** Starts and stops lock task mode for [activity]. */
class KioskLock(private val activity: Activity) {
    /** How the kiosk holds the tablet. */
    enum class Mode {
        /** Full lock task mode: allowed by the device owner, no way out but the app's. */
        LOCK_TASK,

        /** Screen pinning: Android asks to confirm, and Back + Overview held together unpins. */
        PINNING,
    }

    /** Whether the device owner has put this app on its lock-task allowlist. */
    fun permitted(): Boolean {
        val policy = activity.getSystemService(Context.DEVICE_POLICY_SERVICE) as DevicePolicyManager
        return policy.isLockTaskPermitted(activity.packageName)
    }

    /**
     * Locks the task; returns which mode it asked for, or null when Android
     * refused (the activity is not in front): the kiosk then runs unlocked,
     * its PIN-guarded way out unchanged. startLockTask() does both: lock
     * task mode for an allowlisted app, pinning for any other. Calling it
     * while already locked does nothing.
     */
    fun enter(): Mode? {
        val mode = if (permitted()) Mode.LOCK_TASK else Mode.PINNING
        if (locked()) return mode
        return try {
            activity.startLockTask()
            mode
        } catch (_: IllegalStateException) {
            null
        } catch (_: SecurityException) {
            null
        }
    }

    /** Unlocks the task, after the Kiosk screen has checked the PIN; nothing happens when it is not locked. */
    fun leave() {
        if (locked()) activity.stopLockTask()
    }

    /** Whether the task is in lock task mode or pinned now. */
    fun locked(): Boolean {
        val manager = activity.getSystemService(Context.ACTIVITY_SERVICE) as ActivityManager
        return manager.lockTaskModeState != ActivityManager.LOCK_TASK_MODE_NONE
    }
}
