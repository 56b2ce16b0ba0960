// The background sync: WorkManager runs it when a network is there (its
// CONNECTED constraint), on a schedule and after the app leaves the screen
// with something waiting. It calls the core's sync and nothing else: the
// outbox it empties is the core's, and the screens read it from the core.

package org.heard.app

import android.content.Context
import androidx.work.CoroutineWorker
import androidx.work.WorkerParameters
import kotlinx.coroutines.CancellationException
import org.heard.core.ApiException
import org.heard.core.SyncOutcome

/** One sync of the outbox. */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result = try {
        val summary = applicationContext.heard.core.current().sync(null)
        // Counts only: never which submission, never what it holds.
        when (summary.outcome) {
            is SyncOutcome.RetryLater -> Result.retry()
            else -> Result.success()
        }
    } catch (_: ApiException.NotEnrolled) {
        Result.success()
    } catch (_: ApiException.Locked) {
        // A PIN is set and the app is locked: the store is closed until the
        // person unlocks it, and the app syncs then.
        Result.success()
    } catch (_: ApiException.Wiped) {
        Result.success()
    } catch (_: ApiException) {
        // The Keystore refusing while the phone is locked, storage trouble:
        // nothing was lost; WorkManager tries again with backoff.
        Result.retry()
    } catch (e: IllegalStateException) {
        // The app was closed under this sync (a quick delete). Cancellation
        // is an IllegalStateException too, and must go on up.
        if (e is CancellationException) throw e
        Result.retry()
    }
}
