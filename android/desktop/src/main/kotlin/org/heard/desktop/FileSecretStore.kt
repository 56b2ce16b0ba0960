// The desktop's secret store: one file per secret in <data dir>/secrets/,
// readable by the owner only. The files themselves are not encrypted here:
// the core's desktop mode (AppOptions.wrapSecretsWithPin) encrypts every
// device key with the app-lock PIN before it reaches save(), once a PIN is
// set. Until then they are as safe as the account's home folder.

package org.heard.desktop

import org.heard.core.CallbackException
import org.heard.core.SecretStore
import java.io.IOException
import java.nio.ByteBuffer
import java.nio.channels.FileChannel
import java.nio.file.AtomicMoveNotSupportedException
import java.nio.file.FileAlreadyExistsException
import java.nio.file.Files
import java.nio.file.NoSuchFileException
import java.nio.file.Path
import java.nio.file.StandardCopyOption
import java.nio.file.StandardOpenOption
import java.nio.file.attribute.PosixFilePermission
import java.nio.file.attribute.PosixFilePermissions

/** Keeps each secret in its own file under [dir] (created 0700; files 0600). */
class FileSecretStore(val dir: Path) : SecretStore {
    private val lock = Any()

    init {
        ensureDir()
        // What a crash in the middle of save() left: never a whole secret, so it goes.
        Files.newDirectoryStream(dir, "$TEMP_PREFIX*").use { leftovers -> leftovers.forEach { Files.deleteIfExists(it) } }
    }

    override fun load(name: String): ByteArray? = guarded("read", name) {
        try {
            Files.readAllBytes(fileFor(name))
        } catch (_: NoSuchFileException) {
            null
        }
    }

    override fun save(name: String, secret: ByteArray) = guarded("write", name) {
        val target = fileFor(name)
        ensureDir()
        // A new file with owner-only permissions from the start (never
        // briefly world-readable), filled and synced, then moved over the old
        // one in one step: a crash leaves the old secret or the new, never half.
        val temp = if (posix) {
            Files.createTempFile(dir, TEMP_PREFIX, ".tmp", PosixFilePermissions.asFileAttribute(FILE_MODE))
        } else {
            Files.createTempFile(dir, TEMP_PREFIX, ".tmp")
        }
        try {
            FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING).use { channel ->
                val buffer = ByteBuffer.wrap(secret)
                while (buffer.hasRemaining()) channel.write(buffer)
                channel.force(true)
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)
            } catch (e: AtomicMoveNotSupportedException) {
                throw IOException("this file system cannot replace a file atomically", e)
            }
        } finally {
            Files.deleteIfExists(temp)
        }
        syncDir()
    }

    override fun delete(name: String) = guarded("delete", name) {
        Files.deleteIfExists(fileFor(name))
        syncDir()
        Unit
    }

    /** Where the secret [name] lives; refuses a name that could leave [dir]. */
    fun fileFor(name: String): Path {
        if (!validName(name)) {
            throw CallbackException.Failed("refused the secret name \"$name\": only letters, digits, '.', '-' and '_', not starting with '.'")
        }
        return dir.resolve(name)
    }

    private val posix: Boolean get() = dir.fileSystem.supportedFileAttributeViews().contains("posix")

    private fun ensureDir() {
        if (posix) {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE))
            } catch (_: FileAlreadyExistsException) {
                // A symlink to a directory: createDirectories refuses it; checked below.
            }
            // An existing folder gets owner-only too (created by an older build or by hand).
            Files.setPosixFilePermissions(dir, DIR_MODE)
        } else {
            Files.createDirectories(dir)
        }
        if (!Files.isDirectory(dir)) throw IOException("$dir is not a directory")
    }

    /** Makes a rename or delete in [dir] durable; not every platform can (that is no error). */
    private fun syncDir() {
        try {
            FileChannel.open(dir, StandardOpenOption.READ).use { it.force(true) }
        } catch (_: IOException) {
        } catch (_: UnsupportedOperationException) {
        }
    }

    /** Runs [body] under the store's lock; any failure reaches the core as its callback error. */
    private inline fun <T> guarded(what: String, name: String, body: () -> T): T = synchronized(lock) {
        try {
            body()
        } catch (e: CallbackException) {
            throw e
        } catch (e: Exception) {
            throw CallbackException.Failed("cannot $what the secret $name in $dir: ${e.message ?: e.javaClass.simpleName}")
        }
    }

    companion object {
        private const val TEMP_PREFIX = ".incoming-"
        private val NAME = Regex("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")

        val DIR_MODE: Set<PosixFilePermission> = PosixFilePermissions.fromString("rwx------")
        val FILE_MODE: Set<PosixFilePermission> = PosixFilePermissions.fromString("rw-------")

        /** A name that is one plain file name: no separator, no "..", no leading dot. */
        fun validName(name: String): Boolean = NAME.matches(name) && ".." !in name
    }
}
