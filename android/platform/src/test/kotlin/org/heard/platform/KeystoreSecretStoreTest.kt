package org.heard.platform

import org.heard.core.CallbackException
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.io.File

class KeystoreSecretStoreTest {
    @TempDir
    lateinit var tmp: File

    private val keys = SoftwareKeys()
    private val dir get() = File(tmp, "heard-secrets")
    private fun store(policy: KeyPolicy = KeyPolicy.UNLOCKED_DEVICE) = KeystoreSecretStore(SecretFiles(dir), keys, policy)

    private val identity = "AGE-SECRET-KEY-1QQQ".toByteArray()
    private val token = "device-token-value".toByteArray()

    @Test
    fun `secrets come back, are replaced and deleted, and absent ones are null`() {
        val s = store()
        assertNull(s.load("heard.device-identity"))
        s.save("heard.device-identity", identity)
        s.save("heard.device-token", token)
        assertArrayEquals(identity, s.load("heard.device-identity"))
        s.save("heard.device-token", "new".toByteArray())
        assertArrayEquals("new".toByteArray(), s.load("heard.device-token"))
        s.delete("heard.device-token")
        assertNull(s.load("heard.device-token"))
        s.delete("heard.device-token")
        assertEquals(1, keys.created, "one key wraps every secret")
        // A second store over the same files (the app started again) reads them.
        assertArrayEquals(identity, store().load("heard.device-identity"))
    }

    @Test
    fun `the files hold only wrapped bytes`() {
        store().save("heard.device-identity", identity)
        val file = File(dir, "heard.device-identity")
        assertTrue(file.isFile)
        assertFalse(String(file.readBytes(), Charsets.ISO_8859_1).contains("AGE-SECRET-KEY"))
    }

    @Test
    fun `deleting the last secret destroys the keys too`() {
        val s = store()
        s.save("heard.device-identity", identity)
        s.save("heard.device-token", token)
        s.delete("heard.device-identity")
        assertTrue(keys.keys.isNotEmpty(), "a secret is left, so is its key")
        s.delete("heard.device-token")
        assertTrue(keys.keys.isEmpty(), "a quick delete leaves no key that could open an old blob")
        s.save("heard.device-identity", identity)
        assertEquals(2, keys.created)
    }

    @Test
    fun `a secret whose key is gone reads as absent and its blob goes`() {
        val s = store()
        s.save("heard.device-identity", identity)
        keys.keys.clear()
        assertNull(s.load("heard.device-identity"))
        assertFalse(File(dir, "heard.device-identity").exists())
    }

    @Test
    fun `a blob moved to another name or damaged is refused, not returned`() {
        val s = store()
        s.save("heard.device-identity", identity)
        s.save("heard.device-token", token)
        File(dir, "heard.device-identity").copyTo(File(dir, "heard.device-token"), overwrite = true)
        val moved = assertThrows<CallbackException.Failed> { s.load("heard.device-token") }
        assertTrue("damaged" in moved.reason, moved.reason)
        File(dir, "heard.group-key").writeBytes(ByteArray(3))
        val bad = assertThrows<CallbackException.Failed> { s.load("heard.group-key") }
        assertTrue("heard.group-key" in bad.reason, bad.reason)
    }

    @Test
    fun `names that could leave the folder are refused`() {
        for (name in listOf("../escape", ".hidden", "a/b", "", "x".repeat(200))) {
            assertThrows<CallbackException.Failed>(name) { store().save(name, token) }
        }
        assertFalse(File(tmp, "escape").exists())
    }

    @Test
    fun `rewrapping moves every secret to the new policy's key and destroys the old one`() {
        val s = store()
        s.save("heard.device-identity", identity)
        s.save("heard.device-token", token)
        s.rewrap(KeyPolicy.BIOMETRIC)
        assertEquals(KeyPolicy.BIOMETRIC, s.policy)
        assertEquals(setOf(KeyPolicy.BIOMETRIC), keys.keys.keys)
        for (name in listOf("heard.device-identity", "heard.device-token")) {
            assertEquals(KeyPolicy.BIOMETRIC, SecretEnvelope.policyOf(File(dir, name).readBytes()), name)
        }
        assertArrayEquals(identity, s.load("heard.device-identity"))
        s.save("heard.group-key", token)
        assertEquals(KeyPolicy.BIOMETRIC, SecretEnvelope.policyOf(File(dir, "heard.group-key").readBytes()))
        s.rewrap(KeyPolicy.UNLOCKED_DEVICE)
        assertArrayEquals(token, s.load("heard.group-key"))
        assertEquals(setOf(KeyPolicy.UNLOCKED_DEVICE), keys.keys.keys)
    }

    @Test
    fun `a half-finished write is cleaned up when the store opens`() {
        store().save("heard.device-token", token)
        File(dir, ".incoming-123.tmp").writeBytes(ByteArray(10))
        val s = store()
        assertFalse(File(dir, ".incoming-123.tmp").exists())
        assertArrayEquals(token, s.load("heard.device-token"))
        assertEquals(listOf("heard.device-token"), SecretFiles(dir).names())
    }
}
