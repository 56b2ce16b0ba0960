// The review (Survey.kt's ReviewScreen): every answer, each with "change"
// back to its screen, then Submit (or "close the session").

import SwiftUI
import HeardCore

/// What the core's `.review` view holds that the screen draws.
struct ReviewContent {
    let title: LocalizedText
    let titleAudio: AudioPrompt?
    let lines: [ReviewLine]
    let missing: [FieldError]
}

/// The review screen.
@MainActor
struct ReviewScreen: SwiftUI.View {
    let state: SurveyModel
    let review: ReviewContent
    let strings: Strings
    let audio: any AudioPlaying

    var body: some SwiftUI.View {
        let change = strings["review-edit"]
        VStack(spacing: 0) {
            TopBar(state: state, title: review.title, progress: nil, strings: strings)
            ScrollView {
                VStack(alignment: .leading, spacing: 12) {
                    HStack {
                        Text(strings["review-title"])
                            .font(.title2)
                            .frame(maxWidth: .infinity, alignment: .leading)
                            .accessibilityAddTraits(.isHeader)
                        ListenButton(prompt: review.titleAudio, about: review.title.text, state: state, strings: strings, audio: audio)
                    }
                    ForEach(review.lines.indices, id: \.self) { i in
                        let line = review.lines[i]
                        HStack {
                            VStack(alignment: .leading, spacing: 2) {
                                Text(line.label.text)
                                    .font(.subheadline)
                                    .foregroundStyle(Theme.secondary)
                                Text(line.display.text)
                            }
                            .frame(maxWidth: .infinity, alignment: .leading)
                            Button(change) { _ = state.goTo(line.screen) }
                                .touchTarget()
                                .accessibilityLabel("\(change): \(line.label.text)")
                        }
                        Divider()
                    }
                    ForEach(review.missing.indices, id: \.self) { i in
                        ErrorText(message: review.missing[i].message)
                    }
                }
                .padding(16)
            }
            Divider()
            HStack(spacing: 12) {
                Button { _ = state.back() } label: {
                    Text(strings["nav-back"]).wideTarget()
                }
                .buttonStyle(.bordered)
                Button { state.submit() } label: {
                    Text(state.listeningSession ? strings["session-close"] : strings["nav-submit"]).wideTarget()
                }
                .buttonStyle(.borderedProminent)
                .tint(Theme.primary)
                .disabled(!review.missing.isEmpty)
            }
            .padding(12)
        }
    }
}
