// The desktop's file secret store on real files, alone and under the core in
// its desktop mode (the PIN wraps the device keys on disk).

package org.heard.desktop

import org.heard.core.AppOptions
import org.heard.core.CallbackException
import org.heard.core.HeardApp
import org.heard.core.LockStatus
import org.heard.core.UnlockOutcome
import org.heard.screens.RootState
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import kotlin.io.path.listDirectoryEntries
import kotlin.io.path.name

class FileSecretStoreTest {
    @TempDir
    lateinit var tmp: Path

    private fun posix() = assumeTrue(tmp.fileSystem.supportedFileAttributeViews().contains("posix"), "POSIX permissions")

    private fun mode(path: Path) = PosixFilePermissions.toString(Files.getPosixFilePermissions(path))

    /** Every secret file's bytes, by name. */
    private fun snapshot(dir: Path): Map<String, ByteArray> =
        dir.listDirectoryEntries().associate { it.name to Files.readAllBytes(it) }

    @Test
    fun `saves, replaces, loads and deletes a secret`() {
        val store = FileSecretStore(tmp.resolve("secrets"))
        assertNull(store.load("heard.device-identity"))
        store.save("heard.device-identity", byteArrayOf(1, 2, 3))
        assertArrayEquals(byteArrayOf(1, 2, 3), store.load("heard.device-identity"))
        store.save("heard.device-identity", byteArrayOf(9))
        assertArrayEquals(byteArrayOf(9), store.load("heard.device-identity"))
        assertArrayEquals(byteArrayOf(9), FileSecretStore(tmp.resolve("secrets")).load("heard.device-identity"), "a second store reads the same file")

        store.delete("heard.device-identity")
        assertNull(store.load("heard.device-identity"))
        assertFalse(Files.exists(tmp.resolve("secrets/heard.device-identity")), "delete removes the file")
        store.delete("heard.device-identity")
        store.delete("never-saved")
        assertEquals(emptyList<Path>(), tmp.resolve("secrets").listDirectoryEntries(), "no temporary file is left behind")

        // One left by a crash mid-save is removed at the next start.
        Files.write(tmp.resolve("secrets/.incoming-123.tmp"), byteArrayOf(1))
        FileSecretStore(tmp.resolve("secrets"))
        assertEquals(emptyList<Path>(), tmp.resolve("secrets").listDirectoryEntries())
    }

    @Test
    fun `keeps its folder and files to the owner`() {
        posix()
        val dir = tmp.resolve("data/secrets")
        val store = FileSecretStore(dir)
        assertEquals("rwx------", mode(dir))
        store.save("heard.group-key", ByteArray(32) { it.toByte() })
        assertEquals("rw-------", mode(dir.resolve("heard.group-key")))
        store.save("heard.group-key", ByteArray(32))
        assertEquals("rw-------", mode(dir.resolve("heard.group-key")), "a replaced secret is owner-only too")

        // A folder made too open by hand is closed again on the next start.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"))
        FileSecretStore(dir)
        assertEquals("rwx------", mode(dir))
    }

    @Test
    fun `refuses a name that is not one plain file name`() {
        val dir = tmp.resolve("secrets")
        val store = FileSecretStore(dir)
        Files.writeString(tmp.resolve("outside"), "keep")
        for (bad in listOf("../outside", "..", ".", "a/b", "/etc/passwd", "a\\b", "", ".hidden", "a..b", "x\u0000y", "é")) {
            assertThrows<CallbackException.Failed>("save \"$bad\"") { store.save(bad, byteArrayOf(1)) }
            assertThrows<CallbackException.Failed>("load \"$bad\"") { store.load(bad) }
            assertThrows<CallbackException.Failed>("delete \"$bad\"") { store.delete(bad) }
        }
        assertEquals("keep", Files.readString(tmp.resolve("outside")))
        assertEquals(emptyList<Path>(), dir.listDirectoryEntries())
        assertTrue(FileSecretStore.validName("heard.device-token"))
    }

    @Test
    fun `with the desktop mode the PIN wraps the keys on disk`() {
        val data = tmp.resolve("heard")
        val secrets = data.resolve(DesktopCore.SECRETS)
        val options = AppOptions(wrapSecretsWithPin = true)

        val app = HeardApp.open(data.toString(), FileSecretStore(secrets), options)
        assertEquals(LockStatus.NoPin, app.lockStatus())
        val before = snapshot(secrets)
        assertTrue("heard.device-identity" in before, "the core keeps its device key in the store: ${before.keys}")

        app.setPin("246810")
        val after = snapshot(secrets)
        assertEquals(before.keys, after.keys)
        for ((name, raw) in before) {
            val wrapped = after.getValue(name)
            assertFalse(raw.contentEquals(wrapped), "$name is still in clear after the PIN was set")
            assertFalse(contains(wrapped, raw), "$name's clear bytes are inside the wrapped file")
        }
        if (tmp.fileSystem.supportedFileAttributeViews().contains("posix")) {
            after.keys.forEach { assertEquals("rw-------", mode(secrets.resolve(it)), it) }
        }
        app.close()

        // A new start: locked; a wrong PIN does not open, the right one does.
        val again = HeardApp.open(data.toString(), FileSecretStore(secrets), options)
        try {
            assertTrue(again.lockStatus() is LockStatus.Locked, "opens locked: ${again.lockStatus()}")
            val wrong = again.unlock("135799")
            assertTrue(wrong is UnlockOutcome.WrongPin, "a wrong PIN: $wrong")
            assertTrue(again.lockStatus() is LockStatus.Locked, "still locked after a wrong PIN")
            assertEquals(UnlockOutcome.Unlocked, again.unlock("246810"))
            assertEquals(LockStatus.Unlocked, again.lockStatus())
            again.outbox()
            val reopened = snapshot(secrets)
            for ((name, raw) in before) assertFalse(contains(reopened.getValue(name), raw), "$name went back to clear")
        } finally {
            again.close()
        }
    }

    @Test
    fun `the desktop core locks and closes on shut down`() {
        val data = tmp.resolve("heard")
        val core = DesktopCore(data)
        val root = RootState({ core.open() }, DesktopShell(data, audio = SoundPlayer(), systemLanguages = listOf("en")))
        root.app.setPin("246810")
        root.refresh()
        assertEquals(LockStatus.Unlocked, root.app.lockStatus())
        val app = root.app
        core.shutDown(root)
        core.shutDown(root)
        assertThrows<IllegalStateException>("the core is closed") { app.lockStatus() }
        if (tmp.fileSystem.supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", mode(data.resolve(DesktopCore.SECRETS)))
        }
        val again = core.open()
        try {
            assertTrue(again.lockStatus() is LockStatus.Locked, "the next start asks for the PIN")
        } finally {
            again.close()
        }
    }

    private fun contains(haystack: ByteArray, needle: ByteArray): Boolean {
        if (needle.isEmpty()) return true
        outer@ for (i in 0..haystack.size - needle.size) {
            for (j in needle.indices) if (haystack[i + j] != needle[j]) continue@outer
            return true
        }
        return false
    }
}
