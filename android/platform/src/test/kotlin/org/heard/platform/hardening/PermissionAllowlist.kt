// The permissions Heard may ask for, each with the reason it needs it. A
// permission that is not here fails the build's test; adding one means
// writing down why a person in danger should grant it.

package org.heard.platform.hardening

/** Permission name to the reason Heard holds it. */
val PERMISSION_ALLOWLIST: Map<String, String> = mapOf(
    "android.permission.INTERNET" to
        "sending the sealed outbox to the organization's server, and enrolling with it (MASVS-NETWORK: https only)",
    "android.permission.ACCESS_NETWORK_STATE" to
        "WorkManager's CONNECTED constraint and the connectivity trigger, so the outbox goes when a network returns",
    "android.permission.CAMERA" to
        "scanning the organization's enrollment QR code; requested at run time on the enrollment screen only",
)
