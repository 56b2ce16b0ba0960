// Plays a question's recorded prompt with MediaPlayer, from the bytes the
// core hands out (never a file: nothing of a questionnaire is written
// outside the store). Android decodes the usual audio/ogg, audio/mp4 and
// audio/mpeg; a clip it cannot play plays nothing, quietly.

package org.heard.app

import android.media.AudioAttributes
import android.media.MediaDataSource
import android.media.MediaPlayer
import org.heard.core.AudioClip
import org.heard.screens.AudioPlayer

/** One prompt at a time; a new one stops the one before. */
class ClipPlayer : AudioPlayer {
    private val lock = Any()
    private var player: MediaPlayer? = null

    /** Starts [clip]; never throws. */
    override fun play(clip: AudioClip) {
        synchronized(lock) {
            stop()
            val next = MediaPlayer()
            player = next
            try {
                next.setAudioAttributes(
                    AudioAttributes.Builder()
                        .setUsage(AudioAttributes.USAGE_MEDIA)
                        .setContentType(AudioAttributes.CONTENT_TYPE_SPEECH)
                        .build(),
                )
                next.setDataSource(BytesSource(clip.bytes))
                next.setOnPreparedListener { it.start() }
                next.setOnCompletionListener { done(it) }
                next.setOnErrorListener { mp, _, _ ->
                    done(mp)
                    true
                }
                next.prepareAsync()
            } catch (_: Exception) {
                // Not a format Android can decode: the question is still there to read.
                done(next)
            }
        }
    }

    /** Stops and frees the player (the activity's ViewModel calls it when it goes). */
    fun release() = synchronized(lock) { stop() }

    private fun stop() {
        player?.release()
        player = null
    }

    private fun done(mp: MediaPlayer) = synchronized(lock) {
        mp.release()
        if (player === mp) player = null
    }
}

/** A clip's bytes as MediaPlayer's data source. */
private class BytesSource(private val bytes: ByteArray) : MediaDataSource() {
    override fun readAt(position: Long, buffer: ByteArray, offset: Int, size: Int): Int {
        if (position >= bytes.size) return -1
        val n = minOf(size.toLong(), bytes.size - position).toInt()
        System.arraycopy(bytes, position.toInt(), buffer, offset, n)
        return n
    }

    override fun getSize(): Long = bytes.size.toLong()

    override fun close() {}
}
