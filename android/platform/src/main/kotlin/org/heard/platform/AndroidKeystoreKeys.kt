// The wrapping keys in the Android Keystore: made inside it (in StrongBox
// where the phone has one), used inside it, never exported.

package org.heard.platform

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.security.keystore.KeyProperties
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * [WrappingKeys] in the Android Keystore. [strongBox]: whether the phone
 * declares a StrongBox (a separate secure chip); keys go there when it
 * does, and into the TEE when StrongBox refuses them.
 */
class AndroidKeystoreKeys(
    private val strongBox: Boolean,
    private val sdk: Int = Build.VERSION.SDK_INT,
) : WrappingKeys {
    /** Reads the phone's StrongBox feature from [context]. */
    constructor(context: Context) : this(context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE))

    private val keyStore: KeyStore by lazy { KeyStore.getInstance(PROVIDER).apply { load(null) } }

    override fun find(policy: KeyPolicy): SecretKey? = keyStore.getKey(policy.alias, null) as SecretKey?

    override fun create(policy: KeyPolicy): SecretKey {
        if (strongBox) {
            try {
                return generate(policy, strongBox = true)
            } catch (_: ProviderException) {
                // StrongBoxUnavailableException, or a StrongBox that cannot
                // hold this kind of key: the TEE still keeps it from the app.
            }
        }
        return generate(policy, strongBox = false)
    }

    private fun generate(policy: KeyPolicy, strongBox: Boolean): SecretKey {
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        generator.init(KeySpecs.build(policy, strongBox, sdk))
        return generator.generateKey()
    }

    override fun delete(policy: KeyPolicy) {
        if (keyStore.containsAlias(policy.alias)) keyStore.deleteEntry(policy.alias)
    }

    companion object {
        /** The JCA provider name of the Android Keystore. */
        const val PROVIDER = "AndroidKeyStore"
    }
}
