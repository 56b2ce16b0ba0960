package org.heard.platform

import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import javax.crypto.AEADBadTagException

class SecretEnvelopeTest {
    private val keys = SoftwareKeys()
    private val key = keys.create(KeyPolicy.UNLOCKED_DEVICE)
    private val secret = "AGE-SECRET-KEY-1EXAMPLE".toByteArray()

    @Test
    fun `a sealed secret opens under its key and name`() {
        val blob = SecretEnvelope.seal(key, KeyPolicy.UNLOCKED_DEVICE, "heard.device-identity", secret)
        assertEquals(KeyPolicy.UNLOCKED_DEVICE, SecretEnvelope.policyOf(blob))
        assertArrayEquals(secret, SecretEnvelope.open(key, "heard.device-identity", blob))
        assertEquals(2 + SecretEnvelope.NONCE_BYTES + secret.size + SecretEnvelope.TAG_BITS / 8, blob.size)
    }

    @Test
    fun `every seal has its own nonce`() {
        val nonces = (1..50).map { SecretEnvelope.seal(key, KeyPolicy.UNLOCKED_DEVICE, "n", secret).copyOfRange(2, 2 + SecretEnvelope.NONCE_BYTES).toList() }
        assertEquals(nonces.size, nonces.toSet().size)
    }

    @Test
    fun `the blob holds no plaintext`() {
        val blob = SecretEnvelope.seal(key, KeyPolicy.UNLOCKED_DEVICE, "n", secret)
        assertFalse(String(blob, Charsets.ISO_8859_1).contains("AGE-SECRET-KEY"))
    }

    @Test
    fun `a blob under another name, another key or with a changed byte does not open`() {
        val blob = SecretEnvelope.seal(key, KeyPolicy.UNLOCKED_DEVICE, "heard.device-token", secret)
        assertThrows<AEADBadTagException> { SecretEnvelope.open(key, "heard.group-key", blob) }
        assertThrows<AEADBadTagException> { SecretEnvelope.open(SoftwareKeys().create(KeyPolicy.UNLOCKED_DEVICE), "heard.device-token", blob) }
        for (at in blob.indices) {
            val bent = blob.copyOf().also { it[at] = (it[at].toInt() xor 1).toByte() }
            // The version and policy bytes are read first; every other byte is under the tag.
            assertThrows<Exception>("byte $at") { SecretEnvelope.open(key, "heard.device-token", bent) }
        }
    }

    @Test
    fun `something that is not a wrapped secret is named malformed`() {
        assertThrows<SecretEnvelope.Malformed> { SecretEnvelope.policyOf(ByteArray(5)) }
        assertThrows<SecretEnvelope.Malformed> { SecretEnvelope.policyOf(ByteArray(64).also { it[0] = 9 }) }
        assertThrows<SecretEnvelope.Malformed> { SecretEnvelope.policyOf(ByteArray(64).also { it[0] = 1; it[1] = 7 }) }
    }
}
