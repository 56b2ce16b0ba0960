// One file per wrapped secret in an app-private folder (noBackupFilesDir:
// outside every backup and device transfer, besides the manifest's rules).
// Written whole or not at all: a new file, synced, then renamed over the old.

package org.heard.platform

import java.io.File
import java.io.IOException
import java.nio.ByteBuffer
import java.nio.channels.FileChannel
import java.nio.file.Files
import java.nio.file.NoSuchFileException
import java.nio.file.StandardCopyOption
import java.nio.file.StandardOpenOption

/** The wrapped blobs in [dir], one file per secret name. */
class SecretFiles(val dir: File) {
    init {
        ensureDir()
        // What a crash in the middle of write() left: never a whole blob.
        dir.listFiles { f -> f.name.startsWith(TEMP_PREFIX) }?.forEach { it.delete() }
    }

    /** The blob of [name], or null when there is none. */
    fun read(name: String): ByteArray? = try {
        Files.readAllBytes(fileFor(name).toPath())
    } catch (_: NoSuchFileException) {
        null
    }

    /** Replaces the blob of [name] with [blob] in one step. */
    fun write(name: String, blob: ByteArray) {
        val target = fileFor(name).toPath()
        ensureDir()
        val temp = Files.createTempFile(dir.toPath(), TEMP_PREFIX, ".tmp")
        try {
            FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING).use { channel ->
                val buffer = ByteBuffer.wrap(blob)
                while (buffer.hasRemaining()) channel.write(buffer)
                channel.force(true)
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)
        } finally {
            Files.deleteIfExists(temp)
        }
    }

    /** Removes the blob of [name]; nothing happens when there is none. */
    fun delete(name: String) {
        Files.deleteIfExists(fileFor(name).toPath())
    }

    /** The names that have a blob, sorted. */
    fun names(): List<String> =
        (dir.list() ?: emptyArray()).filter { !it.startsWith(TEMP_PREFIX) && validName(it) }.sorted()

    /** Where the blob of [name] lives; refuses a name that could leave [dir]. */
    fun fileFor(name: String): File {
        require(validName(name)) { "refused the secret name \"$name\": only letters, digits, '.', '-' and '_', not starting with '.'" }
        return File(dir, name)
    }

    private fun ensureDir() {
        if (!dir.isDirectory && !dir.mkdirs() && !dir.isDirectory) throw IOException("cannot create $dir")
    }

    companion object {
        private const val TEMP_PREFIX = ".incoming-"
        private val NAME = Regex("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")

        /** A name that is one plain file name: no separator, no "..", no leading dot. */
        fun validName(name: String): Boolean = NAME.matches(name) && ".." !in name
    }
}
