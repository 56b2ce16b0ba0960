// A typed answer (Survey.kt's TypedField): numbers, dates, short and long
// text, a listening session's prompt notes. Each change goes to the core,
// which checks it and shows an error beside the field.

import SwiftUI
import UIKit
import HeardCore

/// A text field whose every change is an answer.
@MainActor
struct TypedField: SwiftUI.View {
    let state: SurveyModel
    let field: Field
    /// What was typed: kept here, so a refused number stays on the screen
    /// to correct (the field is new for each field id: FieldView's list is
    /// keyed by it).
    @State private var text: String

    init(state: SurveyModel, field: Field, declined: Bool) {
        self.state = state
        self.field = field
        _text = State(initialValue: declined ? "" : Answers.typed(field.answer))
    }

    var body: some SwiftUI.View {
        let binding = Binding<String>(
            get: { text },
            set: { value in
                text = value
                _ = state.typed(field.id, value)
            }
        )
        input(binding)
            .keyboardType(keyboard)
            // Answers should not become the keyboard's learned words.
            .autocorrectionDisabled()
            .textFieldStyle(.roundedBorder)
            .overlay(
                RoundedRectangle(cornerRadius: 6)
                    .stroke(field.error == nil ? Color.clear : Theme.error, lineWidth: 1)
            )
            .accessibilityLabel(field.label.text)
    }

    @ViewBuilder
    private func input(_ binding: Binding<String>) -> some SwiftUI.View {
        if isLong {
            TextField("", text: binding, axis: .vertical)
                .lineLimit(4...)
        } else {
            TextField("", text: binding)
        }
    }

    /// A listening session's prompt takes the facilitator's notes: several
    /// lines.
    private var isLong: Bool {
        field.kind == .longText || field.kind == .prompt
    }

    private var keyboard: UIKeyboardType {
        switch field.kind {
        case .integer, .decimal, .date:
            // Digits with the minus sign, the decimal point and the date's
            // dashes.
            return .numbersAndPunctuation
        default:
            return .default
        }
    }
}
