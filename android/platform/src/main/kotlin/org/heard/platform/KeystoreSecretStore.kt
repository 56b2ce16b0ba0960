// The phone's SecretStore (org.heard.core.SecretStore, which the core calls
// for its three secrets: the device identity, the group key, the device
// token). Each is encrypted with an AES-GCM key that lives in the Android
// Keystore and never leaves it; only the wrapped blobs are files.

package org.heard.platform

import android.content.Context
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.UserNotAuthenticatedException
import org.heard.core.CallbackException
import org.heard.core.SecretStore
import java.io.File
import javax.crypto.AEADBadTagException

/**
 * Keeps each secret in [files], wrapped by the Keystore key of [policy]
 * (new secrets) or of the policy its blob names (old ones). Every failure
 * reaches the core as [CallbackException.Failed], whose message names the
 * secret but never holds its bytes.
 *
 * A secret whose key is gone (destroyed by a new biometric enrollment, or
 * by the Keystore itself) reads as absent: it can never be opened again,
 * and the core then starts over (drafts are dropped and counted, the
 * outbox, sealed to the organization, is kept).
 */
class KeystoreSecretStore(
    private val files: SecretFiles,
    private val keys: WrappingKeys,
    policy: KeyPolicy = KeyPolicy.UNLOCKED_DEVICE,
) : SecretStore {
    private val lock = Any()

    /** The policy new secrets are wrapped under; [rewrap] changes it. */
    @Volatile
    var policy: KeyPolicy = policy
        private set

    override fun load(name: String): ByteArray? = guarded("read", name) {
        val blob = files.read(name) ?: return@guarded null
        val blobPolicy = SecretEnvelope.policyOf(blob)
        val key = keys.find(blobPolicy)
        if (key == null) {
            // Wrapped by a key that no longer exists: unreadable for good.
            files.delete(name)
            return@guarded null
        }
        try {
            SecretEnvelope.open(key, name, blob)
        } catch (_: KeyPermanentlyInvalidatedException) {
            forget(blobPolicy)
            null
        }
    }

    override fun save(name: String, secret: ByteArray) = guarded("write", name) {
        files.write(name, seal(policy, name, secret))
    }

    override fun delete(name: String) = guarded("delete", name) {
        files.delete(name)
        // The last secret gone (a quick delete): the keys go too, so blobs
        // the flash may still hold somewhere can never be opened.
        if (files.names().isEmpty()) KeyPolicy.entries.forEach { keys.delete(it) }
    }

    /**
     * Wraps every secret again under [next] (the person turned biometrics on
     * or off) and destroys the old key once nothing uses it. Each blob is
     * replaced in one step, so an interruption leaves every secret readable
     * under one key or the other.
     */
    fun rewrap(next: KeyPolicy) = guarded("re-wrap", "all secrets") {
        for (name in files.names()) {
            val blob = files.read(name) ?: continue
            if (SecretEnvelope.policyOf(blob) == next) continue
            val secret = load(name) ?: continue
            try {
                files.write(name, seal(next, name, secret))
            } finally {
                secret.fill(0)
            }
        }
        policy = next
        KeyPolicy.entries.filter { it != next }.forEach { keys.delete(it) }
    }

    private fun seal(with: KeyPolicy, name: String, secret: ByteArray): ByteArray {
        val key = keys.find(with) ?: keys.create(with)
        return try {
            SecretEnvelope.seal(key, with, name, secret)
        } catch (_: KeyPermanentlyInvalidatedException) {
            // A key left from before a biometric enrollment: its secrets are
            // gone already; this one goes under a new key.
            forget(with)
            SecretEnvelope.seal(keys.create(with), with, name, secret)
        }
    }

    /** Drops [policy]'s key and every blob wrapped by it. */
    private fun forget(policy: KeyPolicy) {
        keys.delete(policy)
        for (name in files.names()) {
            val blob = files.read(name) ?: continue
            val owner = try {
                SecretEnvelope.policyOf(blob)
            } catch (_: SecretEnvelope.Malformed) {
                continue
            }
            if (owner == policy) files.delete(name)
        }
    }

    /** Runs [body] under the store's lock; every failure becomes the core's callback error. */
    private inline fun <T> guarded(what: String, name: String, body: () -> T): T = synchronized(lock) {
        try {
            body()
        } catch (e: CallbackException) {
            throw e
        } catch (e: UserNotAuthenticatedException) {
            throw CallbackException.Failed("cannot $what the secret $name: the Android Keystore wants a biometric check first")
        } catch (e: AEADBadTagException) {
            throw CallbackException.Failed("cannot $what the secret $name: its wrapped copy is damaged (quick delete starts over)")
        } catch (e: Exception) {
            // Also the locked phone: an unlocked-device-only key refuses then.
            throw CallbackException.Failed("cannot $what the secret $name: ${e.javaClass.simpleName}: ${e.message ?: "no detail"}")
        }
    }

    companion object {
        /** The folder of the wrapped blobs, under the app's no-backup files. */
        const val DIR = "heard-secrets"

        /** The store a phone uses: blobs in noBackupFilesDir/[DIR], keys in the Android Keystore. */
        fun create(context: Context, policy: KeyPolicy = KeyPolicy.UNLOCKED_DEVICE): KeystoreSecretStore =
            KeystoreSecretStore(SecretFiles(File(context.noBackupFilesDir, DIR)), AndroidKeystoreKeys(context), policy)
    }
}
