// The button that scans the organization's enrollment QR code, above the
// shared enrollment screen (whose paste field stays for phones without a
// camera or people who refuse it).

package org.heard.app

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import org.heard.screens.Directed
import org.heard.screens.ErrorText
import org.heard.screens.RootState
import org.heard.screens.Text
import org.heard.screens.touchTarget

/** "Scan the QR code", and why the last scan gave nothing. */
@Composable
fun ScanBar(root: RootState, scan: EnrollmentScan, onScan: () -> Unit) {
    val label = root.strings.text("enroll-scan")
    Directed(label.rtl) {
        Column(Modifier.fillMaxWidth().padding(horizontal = 20.dp, vertical = 8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Button(onClick = onScan, modifier = Modifier.fillMaxWidth().touchTarget().testTag("enroll-scan")) { Text(label.text) }
            scan.error?.let { ErrorText(it) }
        }
    }
}
