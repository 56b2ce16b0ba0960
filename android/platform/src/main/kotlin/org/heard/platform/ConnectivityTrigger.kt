// Tells the app when a usable network appears, so a foreground app sends
// its outbox at once instead of at the next timer tick. (In the background
// WorkManager's CONNECTED constraint does the same job.)

package org.heard.platform

import android.content.Context
import android.net.ConnectivityManager
import android.net.Network
import android.net.NetworkCapabilities

/**
 * Calls [onOnline] (on a binder thread) each time the default network
 * becomes one that reaches the internet. [start] and [stop] bracket the
 * time the app is in front.
 */
class ConnectivityTrigger(context: Context, private val onOnline: () -> Unit) {
    private val manager = context.getSystemService(Context.CONNECTIVITY_SERVICE) as ConnectivityManager
    private var registered = false

    private val callback = object : ConnectivityManager.NetworkCallback() {
        private var online = false

        override fun onCapabilitiesChanged(network: Network, capabilities: NetworkCapabilities) {
            // VALIDATED: Android has checked that this network reaches the
            // internet (not a captive portal), so a sync now can succeed.
            val now = capabilities.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) &&
                capabilities.hasCapability(NetworkCapabilities.NET_CAPABILITY_VALIDATED)
            if (now && !online) onOnline()
            online = now
        }

        override fun onLost(network: Network) {
            online = false
        }
    }

    /** Whether the default network reaches the internet now. */
    fun online(): Boolean {
        val capabilities = manager.getNetworkCapabilities(manager.activeNetwork) ?: return false
        return capabilities.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET) &&
            capabilities.hasCapability(NetworkCapabilities.NET_CAPABILITY_VALIDATED)
    }

    /** Starts listening (needs ACCESS_NETWORK_STATE); a second call does nothing. */
    fun start() {
        if (registered) return
        manager.registerDefaultNetworkCallback(callback)
        registered = true
    }

    /** Stops listening; a call without [start] does nothing. */
    fun stop() {
        if (!registered) return
        manager.unregisterNetworkCallback(callback)
        registered = false
    }
}
