// Opens the core in its desktop mode and closes it once at the end.

package org.heard.desktop

import org.heard.core.ApiException
import org.heard.core.AppOptions
import org.heard.core.HeardApp
import org.heard.core.LockStatus
import org.heard.screens.RootState
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.util.concurrent.atomic.AtomicBoolean

/** The core over [dataDir], its keys in `secrets/` there. */
class DesktopCore(val dataDir: Path) {
    private val closed = AtomicBoolean(false)

    /**
     * Opens the app: the core's desktop mode, where a PIN set in settings
     * also encrypts the device keys the file store keeps (until a PIN is
     * set they are in owner-only files, as the app cannot ask for one yet).
     */
    fun open(): HeardApp {
        if (dataDir.fileSystem.supportedFileAttributeViews().contains("posix") && !Files.exists(dataDir)) {
            Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(FileSecretStore.DIR_MODE))
        } else {
            Files.createDirectories(dataDir)
        }
        return HeardApp.open(dataDir.toString(), FileSecretStore(dataDir.resolve(SECRETS)), OPTIONS)
    }

    /** Locks the app (with a PIN set) and closes the core; only the first call does anything. */
    fun shutDown(root: RootState) {
        if (!closed.compareAndSet(false, true)) return
        val app = root.app
        try {
            if (app.lockStatus() == LockStatus.Unlocked) app.lockNow()
        } catch (_: ApiException) {
            // Locked, wiped or damaged already: nothing left open to lock.
        }
        app.close()
    }

    companion object {
        const val SECRETS = "secrets"
        val OPTIONS = AppOptions(wrapSecretsWithPin = true)
    }
}
