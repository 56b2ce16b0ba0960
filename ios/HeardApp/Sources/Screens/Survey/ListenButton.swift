// The "listen" button beside a text with a recorded prompt.

import SwiftUI
import HeardCore

/// Plays `prompt` (nothing shows without one), announced with what it reads.
@MainActor
struct ListenButton: SwiftUI.View {
    let prompt: AudioPrompt?
    /// The text it reads out, for the screen reader's label.
    let about: String
    let state: SurveyModel
    let strings: Strings
    let audio: any AudioPlaying

    var body: some SwiftUI.View {
        if let prompt {
            let listen = strings["audio-listen"]
            Button(listen) {
                if let clip = state.clip(prompt) {
                    audio.play(clip)
                }
            }
            .touchTarget()
            .accessibilityLabel("\(listen): \(about)")
        }
    }
}
