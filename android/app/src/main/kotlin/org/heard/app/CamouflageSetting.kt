// The camouflage switch under the shared settings: the launcher shows a
// neutral name and icon instead of Heard's (org.heard.platform.Camouflage).

package org.heard.app

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Switch
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import org.heard.platform.Camouflage
import org.heard.screens.Directed
import org.heard.screens.RootState
import org.heard.screens.Text
import org.heard.screens.touchTarget

/** The switch, with its explanation. */
@Composable
fun CamouflageSetting(root: RootState, camouflage: Camouflage) {
    val title = root.strings.text("settings-camouflage")
    val explain = root.strings.text("settings-camouflage-explain")
    var on by remember { mutableStateOf(camouflage.enabled()) }
    Directed(title.rtl) {
        Column(Modifier.fillMaxWidth()) {
            HorizontalDivider()
            Column(Modifier.fillMaxWidth().padding(horizontal = 20.dp, vertical = 8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Row(
                    Modifier.fillMaxWidth().touchTarget().testTag("camouflage")
                        .toggleable(value = on, role = Role.Switch, onValueChange = {
                            camouflage.set(it)
                            on = it
                        }),
                    verticalAlignment = Alignment.CenterVertically,
                ) {
                    Text(title.text, modifier = Modifier.weight(1f), style = MaterialTheme.typography.titleMedium)
                    Switch(checked = on, onCheckedChange = null)
                }
                Text(explain.text, style = MaterialTheme.typography.bodySmall)
            }
        }
    }
}
