// Follow-up actions (Survey.kt's ActionListField): those so far, then what
// / who (a role, not a name) / by when, and "add".

import Foundation
import SwiftUI
import HeardCore

/// A listening session's follow-up actions.
@MainActor
struct ActionListField: SwiftUI.View {
    let state: SurveyModel
    let field: Field
    let strings: Strings
    @State private var what = ""
    @State private var who = ""
    @State private var due = ""

    var body: some SwiftUI.View {
        let actions = Answers.actions(field.answer)
        let whatLabel = strings["action-what"]
        let whoLabel = strings["action-who"]
        let dueLabel = strings["action-due"]
        VStack(alignment: .leading, spacing: 8) {
            ForEach(actions.indices, id: \.self) { i in
                ActionSummary(action: actions[i], whoLabel: whoLabel, dueLabel: dueLabel)
                Divider()
            }
            ActionInput(label: whatLabel, hint: nil, value: $what)
            ActionInput(label: whoLabel, hint: nil, value: $who)
            ActionInput(label: dueLabel, hint: strings["action-due-hint"], value: $due)
            AddButton(field: field, strings: strings, enabled: !blank(what) && !blank(who)) {
                add()
            }
        }
    }

    private func add() {
        let dueText = due.trimmingCharacters(in: .whitespacesAndNewlines)
        let action = FollowUp(
            what: what.trimmingCharacters(in: .whitespacesAndNewlines),
            who: who.trimmingCharacters(in: .whitespacesAndNewlines),
            due: dueText.isEmpty ? nil : dueText
        )
        if state.addAction(field.id, action) {
            what = ""
            who = ""
            due = ""
        }
    }

    private func blank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}

/// One action added so far.
private struct ActionSummary: SwiftUI.View {
    let action: FollowUp
    let whoLabel: String
    let dueLabel: String

    var body: some SwiftUI.View {
        VStack(alignment: .leading, spacing: 2) {
            Text(action.what)
            Text("\(whoLabel): \(action.who)")
                .font(.subheadline)
                .foregroundStyle(Theme.secondary)
            if let due = action.due {
                Text("\(dueLabel): \(due)")
                    .font(.subheadline)
                    .foregroundStyle(Theme.secondary)
            }
        }
        .frame(maxWidth: .infinity, alignment: .leading)
    }
}

/// One of the three inputs, its label above and an optional hint below.
private struct ActionInput: SwiftUI.View {
    let label: String
    let hint: String?
    @Binding var value: String

    var body: some SwiftUI.View {
        VStack(alignment: .leading, spacing: 2) {
            Text(label)
                .font(.footnote)
                .accessibilityHidden(true)
            TextField("", text: $value)
                .autocorrectionDisabled()
                .textFieldStyle(.roundedBorder)
                .accessibilityLabel(label)
            if let hint {
                Text(hint)
                    .font(.caption)
                    .foregroundStyle(Theme.secondary)
            }
        }
    }
}
