// Entries such as themes and quotes (Survey.kt's EntryListField): those so
// far, then a text field and "add".

import Foundation
import SwiftUI
import HeardCore

/// A list of separate text entries.
@MainActor
struct EntryListField: SwiftUI.View {
    let state: SurveyModel
    let field: Field
    let strings: Strings
    @State private var text = ""

    var body: some SwiftUI.View {
        let entries = Answers.entries(field.answer)
        let label = strings["list-new-entry"]
        VStack(alignment: .leading, spacing: 6) {
            ForEach(entries.indices, id: \.self) { i in
                Text(entries[i])
                    .frame(maxWidth: .infinity, alignment: .leading)
                Divider()
            }
            Text(label)
                .font(.footnote)
                .accessibilityHidden(true)
            TextField("", text: $text, axis: .vertical)
                .lineLimit(2...)
                .autocorrectionDisabled()
                .textFieldStyle(.roundedBorder)
                .overlay(
                    RoundedRectangle(cornerRadius: 6)
                        .stroke(field.error == nil ? Color.clear : Theme.error, lineWidth: 1)
                )
                .accessibilityLabel("\(label): \(field.label.text)")
            AddButton(field: field, strings: strings, enabled: !text.allSatisfy(\.isWhitespace)) {
                if state.addEntry(field.id, text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                    text = ""
                }
            }
        }
    }
}

/// A list's "add" button, announced with the list it adds to.
struct AddButton: SwiftUI.View {
    let field: Field
    let strings: Strings
    let enabled: Bool
    let action: () -> Void

    var body: some SwiftUI.View {
        let add = strings["list-add"]
        Button(action: action) {
            Text(add).touchTarget()
        }
        .buttonStyle(.borderedProminent)
        .tint(Theme.primary)
        .disabled(!enabled)
        .accessibilityLabel("\(add): \(field.label.text)")
    }
}
