// When the background sync runs: every 15 minutes (WorkManager's shortest
// period) while a network is there, and once as soon as one is, after the
// app leaves the screen with submissions waiting.

package org.heard.app

import android.content.Context
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.merge
import java.util.concurrent.TimeUnit

/** Schedules [SyncWorker]. */
object SyncSchedule {
    private const val PERIODIC = "heard-sync-periodic"
    private const val ON_CONNECT = "heard-sync-on-connect"

    private val online = Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build()

    /** The periodic sync; kept as it is when already scheduled. */
    fun schedulePeriodic(context: Context) {
        val request = PeriodicWorkRequestBuilder<SyncWorker>(15, TimeUnit.MINUTES)
            .setConstraints(online)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 1, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(context).enqueueUniquePeriodicWork(PERIODIC, ExistingPeriodicWorkPolicy.KEEP, request)
    }

    /** One sync as soon as there is a network (at once if there is one); a pending one is kept. */
    fun syncWhenOnline(context: Context) {
        val request = OneTimeWorkRequestBuilder<SyncWorker>()
            .setConstraints(online)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 1, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(context).enqueueUniqueWork(ON_CONNECT, ExistingWorkPolicy.KEEP, request)
    }

    /** Emits whenever a background sync changes state, so a screen in front reads the outbox again. */
    fun changes(context: Context): Flow<Unit> {
        val work = WorkManager.getInstance(context)
        return merge(work.getWorkInfosForUniqueWorkFlow(PERIODIC), work.getWorkInfosForUniqueWorkFlow(ON_CONNECT)).map { }
    }
}
