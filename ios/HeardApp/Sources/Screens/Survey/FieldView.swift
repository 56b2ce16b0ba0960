// One field (Survey.kt's FieldView): its label (with its number for the
// screen reader), hint, instructions, the sensitive-data warning, the input
// its kind asks for, "prefer not to say", and its error.

import SwiftUI
import HeardCore

/// A field of the current screen.
@MainActor
struct FieldView: SwiftUI.View {
    let state: SurveyModel
    let field: Field
    /// Its number among the screen's questions; nil for a note.
    let number: Int?
    let strings: Strings
    let audio: any AudioPlaying

    var body: some SwiftUI.View {
        let declined = Answers.declined(field.answer)
        VStack(alignment: .leading, spacing: 6) {
            header
            details
            FieldInput(state: state, field: field, declined: declined, strings: strings, audio: audio)
            if let decline = field.decline, field.kind != .note {
                OptionRow(text: decline.text, selected: declined, multiple: false, action: { _ = state.decline(field.id) }) {
                    ListenButton(prompt: field.declineAudio, about: decline.text, state: state, strings: strings, audio: audio)
                }
            }
            if let error = field.error {
                ErrorText(message: error.message)
            }
        }
    }

    private var header: some SwiftUI.View {
        HStack(alignment: .center) {
            Text(field.label.text)
                .font(number == nil ? Font.body : Font.headline)
                .frame(maxWidth: .infinity, alignment: .leading)
                .directed(field.label.rtl)
                .accessibilityLabel(spokenLabel)
                .accessibilityAddTraits(number == nil ? AccessibilityTraits() : .isHeader)
            ListenButton(prompt: field.labelAudio, about: field.label.text, state: state, strings: strings, audio: audio)
        }
    }

    /// The question as a screen reader announces it: its number on the
    /// screen, then its text.
    private var spokenLabel: String {
        guard let number else { return field.label.text }
        return strings.text("question-numbered", [
            "number": .number(value: Double(number)),
            "label": .text(value: field.label.text),
        ]).text
    }

    @ViewBuilder
    private var details: some SwiftUI.View {
        if let hint = field.hint {
            HStack {
                Text(hint.text)
                    .font(.subheadline)
                    .frame(maxWidth: .infinity, alignment: .leading)
                ListenButton(prompt: field.hintAudio, about: hint.text, state: state, strings: strings, audio: audio)
            }
        }
        if let instructions = field.instructions {
            Text(instructions.text)
                .font(.footnote)
                .foregroundStyle(Theme.secondary)
        }
        if field.sensitive, let warning = field.sensitiveWarning {
            Text(warning.text)
                .font(.footnote)
                .foregroundStyle(Theme.error)
        }
    }
}

/// The input a field's kind asks for.
@MainActor
struct FieldInput: SwiftUI.View {
    let state: SurveyModel
    let field: Field
    let declined: Bool
    let strings: Strings
    let audio: any AudioPlaying

    var body: some SwiftUI.View {
        switch field.kind {
        case .note:
            EmptyView()
        case .consent:
            let given = Answers.consent(field.answer)
            VStack(alignment: .leading, spacing: 0) {
                OptionRow(text: strings["consent-accept"], selected: given == true, multiple: false, action: {
                    _ = state.answer(field.id, .consent(given: true))
                })
                OptionRow(text: strings["consent-decline"], selected: given == false, multiple: false, action: {
                    _ = state.answer(field.id, .consent(given: false))
                })
            }
        case .single, .yesNo, .scale:
            let chosen = Answers.codes(field.answer)
            VStack(alignment: .leading, spacing: 0) {
                ForEach(field.choices, id: \.code) { choice in
                    OptionRow(text: choice.label.text, selected: chosen.contains(choice.code), multiple: false, action: {
                        _ = state.answer(field.id, .choice(code: choice.code))
                    }) {
                        ListenButton(prompt: choice.audio, about: choice.label.text, state: state, strings: strings, audio: audio)
                    }
                }
            }
        case .multiple:
            let chosen = Answers.codes(field.answer)
            VStack(alignment: .leading, spacing: 0) {
                ForEach(field.choices, id: \.code) { choice in
                    OptionRow(text: choice.label.text, selected: chosen.contains(choice.code), multiple: true, action: {
                        toggle(choice.code, in: chosen)
                    }) {
                        ListenButton(prompt: choice.audio, about: choice.label.text, state: state, strings: strings, audio: audio)
                    }
                }
            }
        case .integer, .decimal, .text, .longText, .date, .prompt:
            TypedField(state: state, field: field, declined: declined)
        case .tally:
            TallyField(state: state, field: field, strings: strings)
        case .textList:
            EntryListField(state: state, field: field, strings: strings)
        case .actionList:
            ActionListField(state: state, field: field, strings: strings)
        }
    }

    /// Ticks or unticks one option; none left clears the answer.
    private func toggle(_ code: String, in chosen: [String]) {
        let codes = chosen.contains(code) ? chosen.filter({ $0 != code }) : chosen + [code]
        if codes.isEmpty {
            _ = state.typed(field.id, "")
        } else {
            _ = state.answer(field.id, .choices(codes: codes))
        }
    }
}
