// The Keystore's rules for a wrapping key, built in one place so a test can
// read them back (KeyGenParameterSpec is plain framework code that also runs
// on the JVM).

package org.heard.platform

import android.annotation.SuppressLint
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties

/** Builds the [KeyGenParameterSpec] of a wrapping key. */
object KeySpecs {
    /** AES-256: the Keystore's strongest AES, and what StrongBox must support. */
    const val KEY_BITS = 256

    /**
     * The spec for a new AES-GCM key under [policy]: encrypt and decrypt
     * only, a nonce the Keystore picks for every encryption (never ours, so
     * never reused), usable only while the phone is unlocked, in StrongBox
     * when [strongBox]. [sdk] is the phone's API level (a parameter so tests
     * need no running Android).
     */
    // Lint cannot see that [sdk] is the API level it checks for.
    @SuppressLint("NewApi")
    fun build(policy: KeyPolicy, strongBox: Boolean, sdk: Int): KeyGenParameterSpec {
        val builder = KeyGenParameterSpec.Builder(policy.alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setKeySize(KEY_BITS)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setRandomizedEncryptionRequired(true)
            // A locked phone (seized, or left on a table) cannot unwrap the
            // device keys, even by an app running as Heard.
            .setUnlockedDeviceRequired(true)
            .setIsStrongBoxBacked(strongBox)
        if (policy == KeyPolicy.BIOMETRIC) {
            builder.setUserAuthenticationRequired(true)
            if (sdk >= 30) {
                // Strong biometrics only: with the device credential allowed
                // too, the Keystore binds the key to the lock screen and a
                // new enrollment would no longer invalidate it.
                builder.setUserAuthenticationParameters(KeyPolicy.BIOMETRIC_WINDOW_SECONDS, KeyProperties.AUTH_BIOMETRIC_STRONG)
            } else {
                @Suppress("DEPRECATION")
                builder.setUserAuthenticationValidityDurationSeconds(KeyPolicy.BIOMETRIC_WINDOW_SECONDS)
            }
            // Android 12+ binds a timed biometric key to the enrolled
            // biometrics, so this holds there; Android 9-11 honour it only
            // for keys checked on every use, and bind a timed key to the lock
            // screen instead.
            builder.setInvalidatedByBiometricEnrollment(true)
        }
        return builder.build()
    }
}
