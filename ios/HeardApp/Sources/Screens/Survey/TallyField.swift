// Attendance (Survey.kt's TallyField): one row per bracket with − and +
// and the count. Counts only, never names.

import SwiftUI
import HeardCore

/// A listening session's attendance tally.
@MainActor
struct TallyField: SwiftUI.View {
    let state: SurveyModel
    let field: Field
    let strings: Strings

    var body: some SwiftUI.View {
        let counts = Answers.tally(field.answer)
        VStack(alignment: .leading, spacing: 4) {
            ForEach(field.choices, id: \.code) { choice in
                let n = counts[choice.code] ?? 0
                let bracket: [String: TextArg] = ["bracket": .text(value: choice.label.text)]
                HStack(spacing: 8) {
                    Text(choice.label.text)
                        .frame(maxWidth: .infinity, alignment: .leading)
                    StepButton(symbol: "−", description: strings.text("tally-remove-one", bracket).text, enabled: n > 0) {
                        _ = state.setTally(field.id, choice.code, n - 1)
                    }
                    Text(strings.count("tally-count", Int64(n)))
                        .font(.headline)
                        .multilineTextAlignment(.center)
                        .frame(minWidth: Theme.touchTarget)
                    StepButton(symbol: "+", description: strings.text("tally-add-one", bracket).text, enabled: true) {
                        _ = state.setTally(field.id, choice.code, n + 1)
                    }
                }
                .touchTarget()
            }
            Text(strings.count("tally-total", Int64(counts.values.reduce(0, +))))
                .font(.subheadline)
                .foregroundStyle(Theme.secondary)
        }
    }
}

/// A square button of at least one touch target holding one symbol,
/// announced by `description`.
struct StepButton: SwiftUI.View {
    let symbol: String
    let description: String
    let enabled: Bool
    let action: () -> Void

    var body: some SwiftUI.View {
        Button(action: action) {
            Text(symbol)
                .font(.title2)
                .frame(minWidth: Theme.touchTarget, minHeight: Theme.touchTarget)
        }
        .buttonStyle(.bordered)
        .disabled(!enabled)
        .accessibilityLabel(description)
    }
}
