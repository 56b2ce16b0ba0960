// The one activity: the shared screens (HeardRoot) in a window that never
// shows up in screenshots, the recents list or a screen recording; the
// outbox sent while it is in front and when the network returns; the app
// locked when it leaves the screen (with a PIN set); kiosk mode held by
// lock task mode; the QR scanner for enrollment.

package org.heard.app

import android.Manifest
import android.content.pm.PackageManager
import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.activity.viewModels
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import com.journeyapps.barcodescanner.ScanContract
import com.journeyapps.barcodescanner.ScanOptions
import kotlinx.coroutines.launch
import org.heard.core.LockStatus
import org.heard.platform.Camouflage
import org.heard.platform.ConnectivityTrigger
import org.heard.platform.KioskLock
import org.heard.platform.SecureWindow
import org.heard.screens.HeardFonts
import org.heard.screens.HeardTheme
import org.heard.screens.RootState
import org.heard.screens.Route
import org.heard.screens.Strings
import kotlin.time.Duration.Companion.minutes

/** Hosts the shared screens; see the file comment for what it adds around them. */
class MainActivity : ComponentActivity() {
    private val holder: RootHolder by viewModels()
    private lateinit var kiosk: KioskLock
    private lateinit var camouflage: Camouflage
    private lateinit var connectivity: ConnectivityTrigger

    /** True from asking for the camera until the scanner returns: leaving for it must not lock the app. */
    private var scanning = false

    private val cameraPermission = registerForActivityResult(ActivityResultContracts.RequestPermission()) { granted ->
        val root = holder.root
        if (granted && root != null) {
            startScanner(root)
        } else {
            scanning = false
            root?.let { holder.scan.onCameraRefused(it) }
        }
    }

    private val scanner = registerForActivityResult(ScanContract()) { result ->
        scanning = false
        val code = result.contents
        val root = holder.root
        if (code != null && root != null) holder.scan.onCode(root, code)
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // Before anything is drawn: every screen of this activity can show answers.
        SecureWindow.apply(this)
        enableEdgeToEdge()
        kiosk = KioskLock(this)
        camouflage = Camouflage(this, standard = LAUNCHER_DEFAULT, neutral = LAUNCHER_NEUTRAL)
        connectivity = ConnectivityTrigger(this) {
            // A network is back: send now rather than at the next tick.
            lifecycleScope.launch { holder.root?.sync?.syncNow() }
        }

        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.STARTED) {
                // While in front: every 15 minutes, every minute while the
                // server cannot be reached (as the desktop does).
                launch { holder.root?.sync?.runPeriodically(interval = 15.minutes, retry = 1.minutes) }
                // A background sync that ran meanwhile changed the outbox: read it again.
                launch { SyncSchedule.changes(this@MainActivity).collect { holder.root?.sync?.refresh() } }
            }
        }

        setContent {
            HeardTheme(HeardFonts.family) {
                val root = holder.root
                if (root == null) {
                    val shell = AndroidShell(heard.core.prefs, NoAudio)
                    OpenFailed(Strings(listOfNotNull(shell.appLanguage) + shell.systemLanguages)) { holder.open() }
                } else {
                    AppFrame(root, holder.scan, camouflage, onScan = { scan(root) })
                    KioskEffects(root, kiosk)
                    BackToHome(root)
                }
            }
        }
    }

    override fun onStart() {
        super.onStart()
        holder.root?.refresh()
        connectivity.start()
    }

    override fun onStop() {
        connectivity.stop()
        val root = holder.root
        if (root != null && !isChangingConfigurations && !scanning) {
            leftScreen(root)
        }
        super.onStop()
    }

    /**
     * The app left the screen: whatever waits goes as soon as there is a
     * network, even if the app is not opened again; and with a PIN set the
     * app locks, back at home (not in a kiosk, which lock task mode keeps
     * in front and whose next respondent must not meet a PIN).
     */
    private fun leftScreen(root: RootState) {
        if ((root.sync.outbox?.queued ?: 0) > 0) SyncSchedule.syncWhenOnline(this)
        if (root.route is Route.Kiosk || root.lock != LockStatus.Unlocked) return
        root.home()
        root.lockNow()
        holder.scan.close()
    }

    /** The enrollment screen's scan button: the camera permission is asked for here, and only here. */
    private fun scan(root: RootState) {
        scanning = true
        if (checkSelfPermission(Manifest.permission.CAMERA) == PackageManager.PERMISSION_GRANTED) {
            startScanner(root)
        } else {
            cameraPermission.launch(Manifest.permission.CAMERA)
        }
    }

    private fun startScanner(root: RootState) {
        val options = ScanOptions()
            .setDesiredBarcodeFormats(ScanOptions.QR_CODE)
            .setCaptureActivity(ScanActivity::class.java)
            // No sound: a beep draws attention to what the phone is doing.
            .setBeepEnabled(false)
            .setOrientationLocked(false)
            // The library's own hint is a fixed English string: the app's words instead.
            .setPrompt(root.strings["enroll-scan-hint"])
        scanner.launch(options)
    }

    private companion object {
        /** The two launcher aliases of AndroidManifest.xml (namespace org.heard.app). */
        const val LAUNCHER_DEFAULT = "org.heard.app.LauncherDefault"
        const val LAUNCHER_NEUTRAL = "org.heard.app.LauncherNeutral"
    }
}

/** No sound, for the one screen drawn without a core (OpenFailed plays nothing). */
private object NoAudio : org.heard.screens.AudioPlayer {
    override fun play(clip: org.heard.core.AudioClip) {}
}
