// Which Keystore key wraps a secret, and what the phone demands before it
// may be used. Both kinds need the phone unlocked; the biometric kind also
// needs a strong biometric a moment before, and dies with a new enrollment.

package org.heard.platform

/**
 * How the wrapping key is guarded. Each policy has its own Keystore key
 * (a key's rules are fixed when it is made), so changing the person's
 * choice means wrapping the secrets again ([KeystoreSecretStore.rewrap]).
 */
enum class KeyPolicy(
    /** Written into every wrapped blob, so a blob names the key that opens it. */
    val code: Byte,
    /** The key's alias in the Android Keystore. */
    val alias: String,
) {
    /** Usable whenever the phone is unlocked (setUnlockedDeviceRequired). */
    UNLOCKED_DEVICE(0, "org.heard.secrets.unlocked-device"),

    /**
     * Also needs a strong biometric within [BIOMETRIC_WINDOW_SECONDS], and is
     * invalidated when a fingerprint or face is enrolled or all are removed
     * (setInvalidatedByBiometricEnrollment): someone who adds their own
     * finger to a seized phone gets nothing.
     */
    BIOMETRIC(1, "org.heard.secrets.biometric"),
    ;

    companion object {
        /**
         * How long one biometric check (the phone's own unlock by fingerprint
         * counts) lets the key be used: long enough for the core to open the
         * store and send the outbox, short enough that a phone taken from an
         * unlocked hand soon stops opening it.
         */
        const val BIOMETRIC_WINDOW_SECONDS = 60

        /** The policy whose [code] is [code], or null for an unknown one. */
        fun of(code: Byte): KeyPolicy? = entries.firstOrNull { it.code == code }
    }
}
