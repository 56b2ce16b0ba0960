// The optional disguise: the launcher shows a neutral name and icon instead
// of Heard's, for a person whose phone may be looked through. Two
// <activity-alias> entries open the same activity; exactly one is enabled.

package org.heard.platform

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager

/**
 * Switches the launcher entry between [standard] and [neutral], the class
 * names of the two activity-aliases in the manifest (the neutral one is
 * disabled there, so a new install shows Heard).
 */
class Camouflage(private val context: Context, private val standard: String, private val neutral: String) {
    /** Whether the neutral entry is the one the launcher shows. */
    fun enabled(): Boolean = state(neutral) == PackageManager.COMPONENT_ENABLED_STATE_ENABLED

    /**
     * Shows the neutral entry when [on], Heard's otherwise. The new entry is
     * enabled before the old one is disabled, so the app is never without
     * one; DONT_KILL_APP asks Android to leave the running app alone, but
     * some versions still close a task whose launcher entry was just
     * disabled (nothing is lost: the app opens again from the new entry).
     * Some launchers take a few seconds to redraw, or drop a home screen
     * shortcut.
     */
    fun set(on: Boolean) {
        val (show, hide) = if (on) neutral to standard else standard to neutral
        switch(show, PackageManager.COMPONENT_ENABLED_STATE_ENABLED)
        switch(hide, PackageManager.COMPONENT_ENABLED_STATE_DISABLED)
    }

    private fun component(name: String) = ComponentName(context.packageName, name)

    private fun state(name: String): Int = context.packageManager.getComponentEnabledSetting(component(name))

    private fun switch(name: String, state: Int) {
        context.packageManager.setComponentEnabledSetting(component(name), state, PackageManager.DONT_KILL_APP)
    }
}
