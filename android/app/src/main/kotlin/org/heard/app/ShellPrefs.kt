// What the shell keeps outside the core's store, because it is needed
// before the store opens: the app language (the lock screen speaks it) and
// how the Keystore key is guarded (the store cannot open without it).

package org.heard.app

import android.content.Context
import org.heard.platform.KeyPolicy

/** The shell's few settings, in app-private SharedPreferences (excluded from backups). */
class ShellPrefs(context: Context) {
    private val prefs = context.getSharedPreferences(FILE, Context.MODE_PRIVATE)

    /** The app language chosen in settings (a BCP 47 tag), or null for the phone's. */
    var appLanguage: String?
        get() = prefs.getString(APP_LANGUAGE, null)?.takeIf { TAG.matches(it) && it.lowercase() != "und" }
        set(tag) {
            prefs.edit().apply { if (tag == null) remove(APP_LANGUAGE) else putString(APP_LANGUAGE, tag) }.apply()
        }

    /** The policy new secrets are wrapped under (UNLOCKED_DEVICE until the person chooses biometrics). */
    var keyPolicy: KeyPolicy
        get() = KeyPolicy.entries.firstOrNull { it.name == prefs.getString(KEY_POLICY, null) } ?: KeyPolicy.UNLOCKED_DEVICE
        set(policy) {
            // commit(), not apply(): the blobs were just re-wrapped under it.
            prefs.edit().putString(KEY_POLICY, policy.name).commit()
        }

    private companion object {
        const val FILE = "heard-shell"
        const val APP_LANGUAGE = "app-language"
        const val KEY_POLICY = "key-policy"
        val TAG = Regex("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
    }
}
