// Plays a question's recorded prompt (the core's AudioClip) with
// AVAudioPlayer. AVFoundation plays audio/mp4 (AAC in .m4a) and
// audio/mpeg; Ogg (Vorbis or Opus) does not play on iOS, quietly: the
// question is still on the screen to read.

import AVFoundation
import HeardCore

/// The "listen" buttons' player: one clip at a time.
@MainActor
final class AudioClipPlayer: AudioPlaying {
    private var player: AVAudioPlayer?

    func play(_ clip: AudioClip) {
        player?.stop()
        player = nil
        do {
            let session = AVAudioSession.sharedInstance()
            // Playback: the person pressed "listen", so the silent switch
            // does not mute it; spoken audio, as it is a voice.
            try session.setCategory(.playback, mode: .spokenAudio, options: [])
            try session.setActive(true)
            let next = try AVAudioPlayer(data: clip.bytes, fileTypeHint: Self.fileTypeHint(clip.mediaType))
            next.play()
            player = next
        } catch {
            // Not a format iOS decodes: nothing plays, nothing is logged.
            player = nil
        }
    }

    /// The file type AVAudioPlayer is told for a media type from the core
    /// (`audio/mp4`, `audio/mpeg`, `audio/ogg; codecs=opus`…).
    nonisolated static func fileTypeHint(_ mediaType: String) -> String? {
        let base = mediaType.split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        switch base {
        case "audio/mp4":
            return AVFileType.m4a.rawValue
        case "audio/mpeg":
            return AVFileType.mp3.rawValue
        default:
            return nil
        }
    }
}
