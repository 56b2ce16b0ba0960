// KeyGenParameterSpec is plain framework code, so the Keystore rules a key
// is made with can be read back on the JVM (generating the key itself needs
// a phone).

package org.heard.platform

import android.security.keystore.KeyProperties
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class KeySpecsTest {
    @Test
    fun `the everyday key is AES-GCM, unlocked-device only, in StrongBox when asked`() {
        val spec = KeySpecs.build(KeyPolicy.UNLOCKED_DEVICE, strongBox = true, sdk = 34)
        assertEquals(KeyPolicy.UNLOCKED_DEVICE.alias, spec.keystoreAlias)
        assertEquals(KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT, spec.purposes)
        assertEquals(256, spec.keySize)
        assertArrayEquals(arrayOf(KeyProperties.BLOCK_MODE_GCM), spec.blockModes)
        assertArrayEquals(arrayOf(KeyProperties.ENCRYPTION_PADDING_NONE), spec.encryptionPaddings)
        assertTrue(spec.isRandomizedEncryptionRequired)
        assertTrue(spec.isUnlockedDeviceRequired)
        assertTrue(spec.isStrongBoxBacked)
        assertFalse(spec.isUserAuthenticationRequired)
        assertFalse(KeySpecs.build(KeyPolicy.UNLOCKED_DEVICE, strongBox = false, sdk = 34).isStrongBoxBacked, "the fallback outside StrongBox")
    }

    @Test
    fun `the biometric key needs a strong biometric and dies with a new enrollment`() {
        val spec = KeySpecs.build(KeyPolicy.BIOMETRIC, strongBox = false, sdk = 34)
        assertTrue(spec.isUnlockedDeviceRequired)
        assertTrue(spec.isUserAuthenticationRequired)
        assertTrue(spec.isInvalidatedByBiometricEnrollment)
        assertEquals(KeyProperties.AUTH_BIOMETRIC_STRONG, spec.userAuthenticationType)
        assertEquals(KeyPolicy.BIOMETRIC_WINDOW_SECONDS, spec.userAuthenticationValidityDurationSeconds)
        val old = KeySpecs.build(KeyPolicy.BIOMETRIC, strongBox = false, sdk = 29)
        assertTrue(old.isUserAuthenticationRequired && old.isInvalidatedByBiometricEnrollment)
        assertEquals(KeyPolicy.BIOMETRIC_WINDOW_SECONDS, old.userAuthenticationValidityDurationSeconds)
    }
}
