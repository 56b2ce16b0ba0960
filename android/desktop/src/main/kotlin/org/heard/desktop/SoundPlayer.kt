// Plays a question's recorded prompt through javax.sound.sampled. The JDK
// decodes WAV, AIFF and AU only; a clip in another format (the usual
// audio/ogg, audio/mp4, audio/mpeg) or a machine without a sound device
// plays nothing, quietly: the question is still on the screen to read.

package org.heard.desktop

import org.heard.core.AudioClip
import org.heard.screens.AudioPlayer
import java.io.ByteArrayInputStream
import javax.sound.sampled.AudioSystem
import javax.sound.sampled.Clip
import javax.sound.sampled.LineEvent

class SoundPlayer : AudioPlayer {
    private val lock = Any()
    private var playing: Clip? = null

    /** Starts [clip] (stopping the one before) on its own thread; never throws. */
    override fun play(clip: AudioClip) {
        Thread({ start(clip) }, "heard-audio").apply { isDaemon = true }.start()
    }

    private fun start(clip: AudioClip) {
        try {
            val stream = AudioSystem.getAudioInputStream(ByteArrayInputStream(clip.bytes))
            val line = AudioSystem.getClip()
            line.addLineListener { if (it.type == LineEvent.Type.STOP) line.close() }
            stream.use { line.open(it) }
            synchronized(lock) {
                playing?.stop()
                playing = line
            }
            line.start()
        } catch (e: Exception) {
            // Not a format the JDK can decode, or no sound device: nothing plays.
            System.err.println("heard-desktop: cannot play ${clip.mediaType} audio here (${e.javaClass.simpleName})")
        }
    }
}
