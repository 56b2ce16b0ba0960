// Runs a survey (Survey.kt's SurveyScreen): one screen of the core's View
// at a time, the review, then the thank-you.

import SwiftUI
import HeardCore

/// A survey or listening session, laid out in the direction of the
/// language it is shown in.
@MainActor
struct SurveyScreen: SwiftUI.View {
    @ObservedObject var state: SurveyModel
    let audio: any AudioPlaying
    /// The thank-you's button; none when nil.
    var onFinished: (() -> Void)? = nil
    /// The button's words (the kiosk's "next person"); "done" when nil.
    var finishLabel: String? = nil

    var body: some SwiftUI.View {
        let strings = Strings(preferred: [state.locale] + state.preferred)
        content(strings)
            .frame(maxWidth: .infinity, maxHeight: .infinity)
            .background(Theme.background)
            .directed(rtl(strings))
    }

    @ViewBuilder
    private func content(_ strings: Strings) -> some SwiftUI.View {
        if state.submitted != nil {
            ThankYou(strings: strings, onFinished: onFinished, finishLabel: finishLabel)
        } else {
            switch state.view {
            case let .questions(screen):
                // A new screen starts at its top, with fresh inputs.
                QuestionsScreen(state: state, screen: screen, strings: strings, audio: audio)
                    .id(screen.index)
            case let .review(title, titleAudio, lines, missing, _, _):
                ReviewScreen(
                    state: state,
                    review: ReviewContent(title: title, titleAudio: titleAudio, lines: lines, missing: missing),
                    strings: strings,
                    audio: audio
                )
            case .idle:
                ThankYou(strings: strings, onFinished: onFinished, finishLabel: finishLabel)
            }
        }
    }

    /// The direction the core declares for what is shown.
    private func rtl(_ strings: Strings) -> Bool {
        switch state.view {
        case let .questions(screen):
            return screen.rtl
        case let .review(_, _, _, _, _, rtl):
            return rtl
        case .idle:
            return strings.rtl
        }
    }
}

/// After submitting: calm, and clear that only the organization can read
/// the answers.
struct ThankYou: SwiftUI.View {
    let strings: Strings
    let onFinished: (() -> Void)?
    let finishLabel: String?

    var body: some SwiftUI.View {
        ScrollView {
            VStack(alignment: .leading, spacing: 20) {
                Text(strings["submitted"])
                    .font(.title2)
                    .accessibilityAddTraits(.isHeader)
                Text(strings["submitted-sealed"])
                if let onFinished {
                    Button(action: onFinished) {
                        Text(finishLabel ?? strings["submitted-done"]).wideTarget()
                    }
                    .buttonStyle(.borderedProminent)
                    .tint(Theme.primary)
                }
            }
            .padding(28)
            .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}
