// Opens the core over the app's private folder with the Keystore-backed
// secret store, and keeps the one open HeardApp of the process, so the
// screens and the background sync never hold two over the same store.

package org.heard.app

import android.content.Context
import org.heard.core.AppOptions
import org.heard.core.HeardApp
import org.heard.platform.KeystoreSecretStore
import java.io.File

/** The core of this process, opened on first use. */
class AndroidCore(private val context: Context) {
    private val lock = Any()
    private var app: HeardApp? = null

    /** The shell's own settings (app language, key policy). */
    val prefs = ShellPrefs(context)

    /** The device keys, wrapped by a Keystore key (never exported, unlocked phone only). */
    val secrets: KeystoreSecretStore by lazy { KeystoreSecretStore.create(context, prefs.keyPolicy) }

    /** Where the core keeps its store: app-private, outside every backup. */
    val dataDir: File get() = File(context.noBackupFilesDir, DATA_DIR)

    /** The open app, opening it when there is none yet. */
    fun current(): HeardApp = synchronized(lock) { app ?: open() }

    /**
     * What RootState calls to open the core: the shared app the first time
     * (the worker may have opened it already), a new one on every later
     * call, which RootState makes only after closing the old one (after a
     * quick delete).
     */
    fun opener(): () -> HeardApp {
        var first = true
        return {
            synchronized(lock) {
                if (first) {
                    first = false
                    current()
                } else {
                    open()
                }
            }
        }
    }

    private fun open(): HeardApp {
        val dir = dataDir
        if (!dir.isDirectory) dir.mkdirs()
        // wrapSecretsWithPin stays off: the Keystore guards the keys here,
        // and a PIN-wrapped key could not be read by the background sync.
        return HeardApp.open(dir.absolutePath, secrets, AppOptions(wrapSecretsWithPin = false)).also { app = it }
    }

    private companion object {
        const val DATA_DIR = "heard"
    }
}
