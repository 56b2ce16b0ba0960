// Wrapping keys in memory, for the JVM tests: the same AES-GCM the Keystore
// does, without a Keystore.

package org.heard.platform

import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/** [WrappingKeys] as plain AES-256 keys in a map; counts what was made and destroyed. */
class SoftwareKeys : WrappingKeys {
    val keys = HashMap<KeyPolicy, SecretKey>()
    var created = 0
    var deleted = 0

    override fun find(policy: KeyPolicy): SecretKey? = keys[policy]

    override fun create(policy: KeyPolicy): SecretKey {
        created++
        return KeyGenerator.getInstance("AES").apply { init(KeySpecs.KEY_BITS) }.generateKey().also { keys[policy] = it }
    }

    override fun delete(policy: KeyPolicy) {
        if (keys.remove(policy) != null) deleted++
    }
}
