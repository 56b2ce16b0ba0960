// The JNA-side benchmark (`cargo xtask bench`, through xtask/src/kotlin.rs):
// one `render()` of a survey screen called from Kotlin through the generated
// bindings, JNA and the core, records lifted back into Kotlin objects.
// The questionnaire is installed the only way the API offers, by enrolling
// with a local heard-server (started here) and syncing. Prints
// `ffi_render_call_jna: <median> ns`. Not a JUnit test: run it with
// `java -cp … org.heard.core.RenderBenchKt [calls]`.

package org.heard.core

import kotlinx.coroutines.runBlocking
import java.nio.file.Files
import java.nio.file.Path
import java.util.Comparator

fun main(args: Array<String>) {
    val calls = args.firstOrNull()?.toInt() ?: 5_000
    val tmp = Files.createTempDirectory("heard-render-bench")
    try {
        World(tmp).use { world ->
            runBlocking { enrolledApp(world.deviceDir, world.org, memorySecretStore()) }.use { app ->
                app.start("post-encounter", listOf("ar"))
                app.answer("consent", AnswerValue.Consent(true))
                // The contact page: three fields, eight choices, Arabic (rtl).
                val screen = app.next().screen()
                check(screen.fields.size >= 3) { "unexpected screen ${screen.id}" }
                repeat(calls / 5 + 200) { app.render() }
                val times = LongArray(calls)
                for (i in 0 until calls) {
                    val t0 = System.nanoTime()
                    app.render()
                    times[i] = System.nanoTime() - t0
                }
                times.sort()
                println("ffi_render_call_jna: ${times[calls / 2]} ns")
            }
        }
    } finally {
        Files.walk(tmp).sorted(Comparator.reverseOrder()).forEach { p: Path -> p.toFile().delete() }
    }
}
