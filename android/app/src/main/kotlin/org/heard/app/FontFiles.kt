// Where the bundled fonts' bytes become files Android can load (see
// androidx/compose/ui/text/platform/FontFromBytes.kt).

package org.heard.app

import android.content.Context
import java.io.File
import java.util.zip.CRC32

/** The font files, in the app's no-backup folder; written once per font version. */
object FontFiles {
    @Volatile
    private var dir: File? = null

    /** Called from HeardApplication.onCreate, before any screen draws. */
    fun init(context: Context) {
        dir = File(context.noBackupFilesDir, "fonts")
    }

    /**
     * The file holding [data], named after [identity] and the bytes'
     * checksum (a new app version's font gets a new file, never a stale one).
     */
    fun file(identity: String, data: ByteArray): File {
        val folder = dir ?: error("FontFiles.init was not called")
        val sum = CRC32().apply { update(data) }.value
        val safe = identity.replace(Regex("[^A-Za-z0-9._-]"), "_")
        val target = File(folder, "$safe-${sum.toString(16)}.ttf")
        if (target.isFile && target.length() == data.size.toLong()) return target
        folder.mkdirs()
        // Whole or not at all: a half-written font would not load.
        val temp = File.createTempFile(".font-", ".tmp", folder)
        try {
            temp.writeBytes(data)
            if (!temp.renameTo(target)) error("cannot move a font into $target")
        } finally {
            temp.delete()
        }
        return target
    }
}
