// Small controls the settings and survey screens share: a heading, a radio
// row, and a form's result line.

import SwiftUI
import HeardCore

/// A section heading, announced as one.
struct Heading: SwiftUI.View {
    let text: String

    var body: some SwiftUI.View {
        Text(text)
            .font(.headline)
            .frame(maxWidth: .infinity, alignment: .leading)
            .accessibilityAddTraits(.isHeader)
    }
}

/// A radio row at least one touch target tall; `rtl` lays its text out in
/// the text's own direction (a language in its own name).
struct RadioRow: SwiftUI.View {
    let text: String
    let selected: Bool
    var rtl: Bool? = nil
    let action: () -> Void

    var body: some SwiftUI.View {
        Button(action: action) {
            HStack(spacing: 12) {
                Image(systemName: selected ? "largecircle.fill.circle" : "circle")
                    .imageScale(.large)
                    .foregroundStyle(selected ? Theme.primary : Theme.secondary)
                    .accessibilityHidden(true)
                label
            }
            .frame(maxWidth: .infinity, minHeight: Theme.touchTarget, alignment: .leading)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? .isSelected : [])
    }

    @ViewBuilder
    private var label: some SwiftUI.View {
        if let rtl {
            Text(text).directed(rtl)
        } else {
            Text(text)
        }
    }
}

/// A result line under a form: an error in the error colour, a
/// confirmation in the normal one; announced either way.
@MainActor
struct OutcomeLine: SwiftUI.View {
    let outcome: Outcome?

    var body: some SwiftUI.View {
        VStack(alignment: .leading) {
            if let outcome {
                if outcome.ok {
                    Text(outcome.message.text)
                        .font(.subheadline)
                        .frame(maxWidth: .infinity, alignment: .leading)
                        .directed(outcome.message.rtl)
                } else {
                    ErrorText(message: outcome.message)
                }
            }
        }
        .task(id: outcome) {
            await announce()
        }
    }

    private func announce() async {
        if let outcome {
            Announcer.say(outcome.message.text)
        }
    }
}
