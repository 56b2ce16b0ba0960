// What kiosk mode asks of the phone: the task locked while the shared Kiosk
// screen is in front (lock task mode or screen pinning, KioskLock), and
// Back doing nothing there. The Kiosk screen asks for the PIN before it
// leaves; the task is unlocked only after, when the route changes.

package org.heard.app

import androidx.activity.compose.BackHandler
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.snapshotFlow
import kotlinx.coroutines.flow.distinctUntilChanged
import org.heard.platform.KioskLock
import org.heard.screens.RootState
import org.heard.screens.Route

/** Locks the task for the kiosk and unlocks it after the PIN; Back is swallowed in between. */
@Composable
fun KioskEffects(root: RootState, lock: KioskLock) {
    LaunchedEffect(root, lock) {
        // Only a lock this effect took is given back: a device owner that
        // keeps the whole tablet in lock task mode stays in charge of it.
        var ours = false
        snapshotFlow { root.route is Route.Kiosk }.distinctUntilChanged().collect { kiosk ->
            if (kiosk) {
                ours = lock.enter() != null
            } else if (ours) {
                lock.leave()
                ours = false
            }
        }
    }
    BackHandler(enabled = root.route is Route.Kiosk) {
        // A respondent cannot back out of the kiosk; the way out is the PIN.
    }
}

/** Back from the outbox and settings goes home, as their own Back button does. */
@Composable
fun BackToHome(root: RootState) {
    val sub = !root.locked && (root.route == Route.Outbox || root.route == Route.Settings)
    BackHandler(enabled = sub) { root.home() }
}
