// What must hold when things go wrong: a panic wipe leaves nothing behind,
// a failing key store is an error and not a crash, calls from many threads
// at once stay consistent, and a sync cancelled while the server is silent
// loses nothing.

package org.heard.core

import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CountDownLatch
import kotlin.io.path.listDirectoryEntries
import kotlin.io.path.name

class SafetyTest {
    @TempDir
    lateinit var tmp: Path

    @Test
    fun `after a panic wipe every call answers Wiped and nothing is left on the device`() = runBlocking {
        World(tmp).use { world ->
            val secrets = KotlinSecretStore()
            val app = enrolledApp(world.deviceDir, world.org, secrets)
            app.start("post-encounter", listOf("en"))
            walkToReview(app)
            app.submit()
            app.start("post-encounter", listOf("fa"))
            app.answer("consent", AnswerValue.Consent(true))
            assertTrue(secrets.names().isNotEmpty())
            assertTrue(Files.exists(world.deviceDir.resolve("heard.sqlite")))

            app.panicWipe()

            assertThrows<ApiException.Wiped> { app.render() }
            assertThrows<ApiException.Wiped> { app.start("post-encounter", listOf("en")) }
            assertThrows<ApiException.Wiped> { app.answer("consent", AnswerValue.Consent(true)) }
            assertThrows<ApiException.Wiped> { app.drafts() }
            assertThrows<ApiException.Wiped> { app.outbox() }
            assertThrows<ApiException.Wiped> { app.holdings() }
            assertThrows<ApiException.Wiped> { app.questionnaires(listOf("en")) }
            assertThrows<ApiException.Wiped> { app.submit() }
            assertThrows<ApiException.Wiped> { app.setKiosk("ar") }
            assertThrows<ApiException.Wiped> { app.sync(null) }
            assertThrows<ApiException.Wiped> { app.acceptEnrollment(world.org.enrollmentCode("south")) }

            val left = world.deviceDir.listDirectoryEntries().map { it.name }
            assertTrue(left.none { it.startsWith("heard.sqlite") }, "store files left: $left")
            assertTrue(secrets.names().isEmpty(), "secrets left: ${secrets.names()}")
            app.close()

            // Reopening starts from nothing.
            openApp(world.deviceDir.toString(), secrets).use { again ->
                val h = again.holdings()
                assertFalse(h.enrolled)
                assertEquals(0L, h.queued)
                assertEquals(0L, h.drafts)
            }
            assertTrue(world.org.pull().isEmpty(), "the submission never left the device")
        }
    }

    @Test
    fun `a key store that throws makes the call fail with KeyStore, and the app keeps working`() = runBlocking {
        val locked = KotlinSecretStore().apply { failWith = CallbackException.Failed("the keystore is locked") }
        val e = assertThrows<ApiException.KeyStore> { openApp(tmp.resolve("a").toString(), locked) }
        assertTrue(e.message!!.contains("the keystore is locked"), e.message)

        // An exception the interface does not declare is caught too.
        val broken = KotlinSecretStore().apply { failWith = IllegalStateException("boom from Kotlin") }
        val e2 = assertThrows<ApiException.KeyStore> { openApp(tmp.resolve("b").toString(), broken) }
        assertTrue(e2.message!!.contains("boom from Kotlin"), e2.message)

        World(tmp.resolve("world")).use { world ->
            val secrets = KotlinSecretStore()
            openApp(world.deviceDir.toString(), secrets).use { app ->
                app.acceptEnrollment(world.org.enrollmentCode())
                secrets.failWith = CallbackException.Failed("user not authenticated")
                assertThrows<ApiException.KeyStore> { app.sync(null) }
                secrets.failWith = null
                assertEquals(SyncOutcome.Done, app.sync(null).outcome, "works again once the key store does")
                assertTrue(app.questionnaires(listOf("en")).any { it.id == "post-encounter" })
            }
        }
    }

    @Test
    fun `threads rendering and answering at once see a consistent response`() = runBlocking {
        World(tmp).use { world ->
            enrolledApp(world.deviceDir, world.org).use { app ->
                app.start("post-encounter", listOf("en"))
                app.answer("consent", AnswerValue.Consent(true))
                val contact = app.next().screen()
                val kinds = contact.field("contact_kind").choices.map { it.code }
                val failures = ConcurrentLinkedQueue<Throwable>()
                val go = CountDownLatch(1)
                val threads = (0 until 8).map { t ->
                    Thread {
                        go.await()
                        try {
                            repeat(40) { i ->
                                when ((t + i) % 4) {
                                    0 -> {
                                        val s = app.render().screen()
                                        check(s.index == contact.index) { "moved to ${s.id}" }
                                        val n = s.field("officers_count").answer
                                        check(n == null || (n is AnswerValue.Integer && n.value in 1L..30L)) { "odd answer $n" }
                                    }
                                    1 -> app.answer("officers_count", AnswerValue.Integer((1 + (t * 40 + i) % 30).toLong()))
                                    2 -> app.answer("contact_kind", AnswerValue.Choice(kinds[(t + i) % kinds.size]))
                                    else -> app.setLocale(listOf(if (i % 2 == 0) "ar" else "fr"))
                                }
                            }
                        } catch (e: Throwable) {
                            failures += e
                        }
                    }.apply { start() }
                }
                go.countDown()
                threads.forEach { it.join(60_000) }
                assertTrue(failures.isEmpty(), "failures: ${failures.map { it.toString() }}")

                app.answer("officers_count", AnswerValue.Integer(7))
                val after = app.setLocale(listOf("en")).screen()
                assertEquals(contact.index, after.index)
                assertEquals("en", after.locale)
                assertEquals(AnswerValue.Integer(7), after.field("officers_count").answer)
                assertTrue((after.field("contact_kind").answer as AnswerValue.Choice).code in kinds)
                assertEquals(1L, app.holdings().drafts, "one response, one draft")
            }
        }
    }

    @Test
    fun `a sync cancelled while the server is silent loses nothing and the next one delivers exactly once`() = runBlocking {
        World(tmp, relay = true).use { world ->
            val relay = notNull(world.relay)
            enrolledApp(world.deviceDir, world.org).use { app ->
                app.start("post-encounter", listOf("en"))
                walkToReview(app, mapOf("anything_else" to AnswerValue.Text("sent once")))
                val id = app.submit().submissionId
                assertEquals(1L, app.outbox().queued)

                // The server still receives, but no answer comes back.
                relay.holding.set(true)
                val before = relay.sent.get()
                val sync = async(Dispatchers.IO, start = CoroutineStart.UNDISPATCHED) { app.sync(null) }
                val deadline = System.currentTimeMillis() + 10_000
                while (relay.sent.get() == before && System.currentTimeMillis() < deadline) delay(20)
                assertTrue(relay.sent.get() > before, "the sync reached the relay")
                delay(700)
                assertFalse(sync.isCompleted, "the sync is waiting on the silent server")
                withTimeout(10_000) {
                    sync.cancel()
                    sync.join()
                }
                assertTrue(sync.isCancelled)
                assertEquals(1L, app.outbox().queued, "the cancelled sync lost nothing")
                assertEquals(View.Idle, app.render())

                relay.holding.set(false)
                val summary = app.sync(null)
                assertEquals(SyncOutcome.Done, summary.outcome, "$summary")
                assertEquals(1L, summary.uploaded + summary.duplicates, "$summary")
                assertEquals(0L, app.outbox().queued)
                assertEquals(0L, app.sync(null).uploaded, "nothing left to send")

                val pulled = world.org.pull()
                assertEquals(1, pulled.size, "exactly one envelope on the server: $pulled")
                assertTrue(pulled.single().contains(id))
                assertTrue(pulled.single().contains("sent once"))
            }
        }
    }
}
