// The process: one core for the screens and the sync worker alike, the
// fonts' folder, and the background sync scheduled from the first start.

package org.heard.app

import android.app.Application
import android.content.Context

/** Heard's Application: owns the process's [AndroidCore]. */
class HeardApplication : Application() {
    /** The one core of this process; the activity and [SyncWorker] share it. */
    val core: AndroidCore by lazy { AndroidCore(this) }

    override fun onCreate() {
        super.onCreate()
        FontFiles.init(this)
        SyncSchedule.schedulePeriodic(this)
    }
}

/** This process's [HeardApplication]. */
val Context.heard: HeardApplication get() = applicationContext as HeardApplication
