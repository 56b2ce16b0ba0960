package org.heard.screens

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.heard.core.HeardApp
import org.heard.core.QuestionnaireInfo

/** The installed questionnaires: each title in the person's language, and its languages in their own names. */
@Composable
fun QuestionnaireListScreen(app: HeardApp, preferred: List<String>, onOpen: (QuestionnaireInfo) -> Unit = {}) {
    val strings = Strings(preferred)
    val list = remember(preferred) { app.questionnaires(preferred) }
    Directed(strings.rtl) {
        Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
            Column(
                Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(20.dp),
                verticalArrangement = Arrangement.spacedBy(12.dp),
            ) {
                Text(
                    strings["questionnaires-title"],
                    style = MaterialTheme.typography.headlineMedium,
                    modifier = Modifier.semantics { heading() },
                )
                list.forEach { q ->
                    Card(
                        Modifier.fillMaxWidth().touchTarget().testTag("questionnaire-${q.id}")
                            .clickable(role = Role.Button) { onOpen(q) },
                    ) {
                        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
                            Directed(q.title.rtl) {
                                Text(q.title.text, style = MaterialTheme.typography.titleLarge)
                            }
                            // Each language in its own name, as the person will look for it.
                            Text(
                                q.languages.joinToString("  ·  ") { it.name },
                                style = MaterialTheme.typography.bodyMedium,
                                color = MaterialTheme.colorScheme.secondary,
                            )
                        }
                    }
                }
            }
        }
    }
}
