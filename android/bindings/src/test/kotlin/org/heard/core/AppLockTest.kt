// The app lock through the bindings, as the lock screen drives it: a PIN
// set in settings, a restart that opens locked, wrong PINs counted down to
// the erase, and the duress PIN that erases and opens an empty app looking
// exactly like an unlocked one. What is left is checked where it really is:
// the Kotlin key store, the data folder, the steward's pull.

package org.heard.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

class AppLockTest {
    @TempDir
    lateinit var tmp: Path

    private val pin = "482916"
    private val duress = "739201"

    /** An enrolled app holding one submitted survey, with [pin] set. */
    private suspend fun lockedWithOneQueued(world: World, secrets: KotlinSecretStore): HeardApp {
        val app = enrolledApp(world.deviceDir, world.org, secrets)
        app.start("post-encounter", listOf("en"))
        walkToReview(app)
        app.submit()
        assertEquals(1L, app.holdings().queued)
        assertEquals(LockStatus.NoPin, app.lockStatus())
        app.setPin(pin)
        assertEquals(LockStatus.Unlocked, app.lockStatus())
        return app
    }

    @Test
    fun `wrong PINs count down across a restart and the last one erases everything`() = runBlocking {
        World(tmp).use { world ->
            val secrets = KotlinSecretStore()
            lockedWithOneQueued(world, secrets).use { app ->
                assertThrows<ApiException.InvalidPin> { app.setPin("1234") }
                app.lockNow()
                assertThrows<ApiException.Locked> { app.render() }
                assertThrows<ApiException.Locked> { app.sync(null) }
                assertEquals(UnlockOutcome.WrongPin(9u), app.unlock("000000"))
            }
            // A restart does not reset the counter.
            openApp(world.deviceDir.toString(), secrets).use { app ->
                assertEquals(LockStatus.Locked(9u), app.lockStatus())
                val e = assertThrows<ApiException.InvalidPin> { app.unlock("12ab") }
                assertTrue(e.message!!.contains("digits"), e.message)
                assertEquals(LockStatus.Locked(9u), app.lockStatus(), "a PIN that is not digits is not counted")
                for (left in 8 downTo 1) {
                    assertEquals(UnlockOutcome.WrongPin(left.toUInt()), app.unlock("000000"))
                }
                assertEquals(UnlockOutcome.Erased, app.unlock("000000"))
                assertEquals(LockStatus.NoPin, app.lockStatus())
                val h = app.holdings()
                assertFalse(h.enrolled)
                assertEquals(0L, h.queued)
                assertEquals(0L, h.questionnaires)
            }
            assertFalse(secrets.names().contains("heard.device-token"), "secrets left: ${secrets.names()}")
            assertFalse(Files.exists(world.deviceDir.resolve("lock.json")))
            assertTrue(world.org.pull().isEmpty(), "the erased submission never reached the steward")
        }
    }

    @Test
    fun `the right PIN opens the real app and nothing was lost behind the lock`() = runBlocking {
        World(tmp).use { world ->
            val secrets = KotlinSecretStore()
            lockedWithOneQueued(world, secrets).close()
            openApp(world.deviceDir.toString(), secrets).use { app ->
                assertEquals(LockStatus.Locked(10u), app.lockStatus())
                assertEquals(UnlockOutcome.WrongPin(9u), app.unlock("111111"))
                assertEquals(UnlockOutcome.Unlocked, app.unlock(pin))
                assertEquals(1L, app.holdings().queued)
                val summary = app.sync(null)
                assertEquals(SyncOutcome.Done, summary.outcome)
                assertEquals(1L, summary.uploaded)
                assertEquals(0L, app.outbox().queued)
            }
            assertEquals(1, world.org.pull().size)
        }
    }

    @Test
    fun `the duress PIN erases and opens an empty app that answers as the real one`() = runBlocking {
        World(tmp).use { world ->
            val secrets = KotlinSecretStore()
            lockedWithOneQueued(world, secrets).use { app ->
                assertEquals(UnlockOutcome.WrongPin(9u), app.setDuressPin("000000", duress))
                assertEquals(UnlockOutcome.Unlocked, app.setDuressPin(pin, duress))
                assertThrows<ApiException.InvalidPin> { app.setDuressPin(pin, pin) }
                app.lockNow()
            }
            openApp(world.deviceDir.toString(), secrets).use { app ->
                val identity = secrets.load("heard.device-identity")
                assertEquals(UnlockOutcome.Unlocked, app.unlock(duress), "the duress PIN answers as the PIN does")
                assertEquals(LockStatus.Unlocked, app.lockStatus())
                val h = app.holdings()
                assertFalse(h.enrolled)
                assertEquals(0L, h.queued)
                assertEquals(0L, h.questionnaires)
                assertFalse(secrets.names().contains("heard.device-token"))
                assertFalse(identity.contentEquals(secrets.load("heard.device-identity")), "the old device key is gone")
                app.lockNow()
                assertTrue(app.unlock(pin) is UnlockOutcome.WrongPin, "the old PIN opens nothing now")
                assertEquals(UnlockOutcome.Unlocked, app.unlock(duress))
            }
            assertTrue(world.org.pull().isEmpty(), "the erased submission never reached the steward")
        }
    }
}
