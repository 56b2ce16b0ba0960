package org.heard.screens

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import kotlinx.coroutines.delay
import org.heard.core.ApiException
import org.heard.core.HeardApp
import org.heard.core.OutboxStatus
import org.heard.core.SyncOutcome
import org.heard.core.SyncProgress
import org.heard.core.SyncSummary
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds

/** Where sending stands, as the outbox screen shows it. */
sealed interface SyncActivity {
    /** Nothing is being sent. */
    data object Idle : SyncActivity

    /** A sync is running: [sent] of [total] sent so far. */
    data class Sending(val sent: Long, val total: Long) : SyncActivity

    /** The device is not enrolled, so there is nowhere to send to. */
    data object NotEnrolled : SyncActivity

    /** The call itself failed (the app is locked or was wiped); nothing was lost. */
    data object Unavailable : SyncActivity
}

/**
 * Sends the outbox: on "send now", on the shell's timer, and again soon
 * after a failed attempt so that a returning network is noticed. The
 * outbox the screens show is always the core's, read again after each
 * sync, never a copy kept here.
 */
class SyncController(private val app: () -> HeardApp) {
    var outbox by mutableStateOf<OutboxStatus?>(null)
        private set
    var activity by mutableStateOf<SyncActivity>(SyncActivity.Idle)
        private set

    /** The last sync's summary in this run of the app. */
    var last by mutableStateOf<SyncSummary?>(null)
        private set

    /** Reads the outbox from the core again. */
    fun refresh() {
        outbox = try {
            app().outbox()
        } catch (_: ApiException) {
            null
        }
    }

    /** Sends what is waiting now; null when a sync was already running or could not start. */
    suspend fun syncNow(): SyncSummary? {
        if (activity is SyncActivity.Sending) return null
        activity = SyncActivity.Sending(0, outbox?.queued ?: 0)
        val progress = object : SyncProgress {
            override fun onProgress(sent: Long, total: Long) {
                activity = SyncActivity.Sending(sent, total)
            }
        }
        return try {
            app().sync(progress).also {
                last = it
                activity = SyncActivity.Idle
            }
        } catch (_: ApiException.NotEnrolled) {
            activity = SyncActivity.NotEnrolled
            null
        } catch (_: ApiException) {
            activity = SyncActivity.Unavailable
            null
        } finally {
            refresh()
        }
    }

    /**
     * Syncs every [interval]; while the server cannot be reached, every
     * [retry] instead (or when the server asks for later, whichever is
     * longer), so sending resumes soon after the network returns. Runs
     * until its coroutine is cancelled.
     */
    suspend fun runPeriodically(interval: Duration, retry: Duration) {
        while (true) {
            val summary = syncNow()
            val wait = when (val outcome = summary?.outcome) {
                is SyncOutcome.RetryLater -> maxOf(retry, outcome.retryAfterSecs.seconds).coerceAtMost(interval)
                null -> if (activity == SyncActivity.NotEnrolled) interval else retry
                else -> interval
            }
            delay(wait)
        }
    }
}
