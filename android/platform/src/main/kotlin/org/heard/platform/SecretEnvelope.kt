// The format of one wrapped secret on disk:
//
//   version (1) | policy code (1) | nonce (12) | AES-GCM ciphertext + 16-byte tag
//
// The additional data is the header and the secret's name, so a blob
// copied over another name's file, or given another policy byte, fails
// its tag instead of opening as the wrong secret.

package org.heard.platform

import java.security.GeneralSecurityException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/** Seals a secret under a wrapping key, and opens it again. */
object SecretEnvelope {
    /** The format's first byte; a new layout gets a new number. */
    const val VERSION: Byte = 1

    /** GCM's 96-bit nonce, the size the Keystore generates. */
    const val NONCE_BYTES = 12

    /** GCM's full 128-bit tag. */
    const val TAG_BITS = 128
    private const val HEADER_BYTES = 2 + NONCE_BYTES
    private const val TRANSFORMATION = "AES/GCM/NoPadding"

    /** A blob that is not a wrapped secret of this format. */
    class Malformed(message: String) : GeneralSecurityException(message)

    /**
     * Encrypts [secret] (the secret called [name]) with [key] of [policy].
     * The nonce is the cipher's own, fresh for every call: the Android
     * Keystore does not let a caller choose one.
     */
    fun seal(key: SecretKey, policy: KeyPolicy, name: String, secret: ByteArray): ByteArray {
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key)
        val nonce = cipher.iv
        if (nonce == null || nonce.size != NONCE_BYTES) throw Malformed("the cipher chose a ${nonce?.size ?: 0}-byte nonce, not $NONCE_BYTES")
        val header = byteArrayOf(VERSION, policy.code) + nonce
        cipher.updateAAD(additionalData(header, name))
        return header + cipher.doFinal(secret)
    }

    /** The policy whose key opens [blob]; [Malformed] when the header is not one of ours. */
    fun policyOf(blob: ByteArray): KeyPolicy {
        if (blob.size < HEADER_BYTES + TAG_BITS / 8) throw Malformed("${blob.size} bytes is too short for a wrapped secret")
        if (blob[0] != VERSION) throw Malformed("unknown wrapped-secret version ${blob[0]}")
        return KeyPolicy.of(blob[1]) ?: throw Malformed("unknown key policy ${blob[1]}")
    }

    /**
     * Decrypts [blob], the secret called [name], with [key]. A wrong key, a
     * wrong name or any changed byte throws (AEADBadTagException); the
     * Keystore's own refusals (locked phone, invalidated key) come through
     * as they are.
     */
    fun open(key: SecretKey, name: String, blob: ByteArray): ByteArray {
        policyOf(blob)
        val header = blob.copyOfRange(0, HEADER_BYTES)
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, header, 2, NONCE_BYTES))
        cipher.updateAAD(additionalData(header, name))
        return cipher.doFinal(blob, HEADER_BYTES, blob.size - HEADER_BYTES)
    }

    private fun additionalData(header: ByteArray, name: String): ByteArray =
        DOMAIN + header + name.toByteArray(Charsets.UTF_8)

    /** Sets these blobs apart from anything else the same key might ever seal. */
    private val DOMAIN = "heard.secret\u0000".toByteArray(Charsets.UTF_8)
}
