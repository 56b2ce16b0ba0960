// The few words the Android shell shows itself (the scan button, the
// camouflage switch) come from the core like every other, by id. Ids the
// app's locales do not have yet make the feature stay hidden rather than
// show an id or a hard-coded English word.

package org.heard.app

import org.heard.core.ApiException
import org.heard.core.LocalizedText
import org.heard.screens.Strings

/** App string [id] in the person's languages, or null while no locale has it. */
fun Strings.optional(id: String): LocalizedText? = try {
    text(id)
} catch (_: ApiException.NotFound) {
    null
}
