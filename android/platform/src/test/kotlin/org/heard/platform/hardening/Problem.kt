// One way a manifest or its XML resources fall short of a MASVS control.

package org.heard.platform.hardening

/** A refusal: the MASVS category it falls under and what is wrong, naming the attribute or element. */
data class Problem(val category: String, val message: String) {
    override fun toString(): String = "$category: $message"

    companion object {
        const val STORAGE = "MASVS-STORAGE"
        const val NETWORK = "MASVS-NETWORK"
        const val PLATFORM = "MASVS-PLATFORM"
    }
}
