// The seam between the secret store and where its keys live: the Android
// Keystore on a phone, a software key in the JVM tests.

package org.heard.platform

import javax.crypto.SecretKey

/** Finds, makes and destroys the AES-GCM key of each [KeyPolicy]. */
interface WrappingKeys {
    /** The key of [policy], or null when there is none (never made, or destroyed). */
    fun find(policy: KeyPolicy): SecretKey?

    /** Makes a new key for [policy] (replacing any old one) and returns it. */
    fun create(policy: KeyPolicy): SecretKey

    /** Destroys the key of [policy]; nothing wrapped with it can be opened again. */
    fun delete(policy: KeyPolicy)
}
