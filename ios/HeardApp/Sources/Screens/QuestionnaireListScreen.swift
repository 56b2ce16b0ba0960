// The installed questionnaires (Questionnaires.kt).

import SwiftUI
import HeardCore

/// Each questionnaire's title in the person's language, and its languages
/// in their own names (as the person will look for theirs).
@MainActor
struct QuestionnaireListScreen: SwiftUI.View {
    let app: HeardApp
    let preferred: [String]
    var onOpen: (QuestionnaireInfo) -> Void = { _ in }

    var body: some SwiftUI.View {
        let strings = Strings(preferred: preferred)
        let list = (try? app.questionnaires(preferred: preferred)) ?? []
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                Text(strings["questionnaires-title"])
                    .font(.title)
                    .accessibilityAddTraits(.isHeader)
                ForEach(list, id: \.id) { q in
                    Button { onOpen(q) } label: {
                        VStack(alignment: .leading, spacing: 6) {
                            Text(q.title.text)
                                .font(.title3)
                                .frame(maxWidth: .infinity, alignment: .leading)
                                .directed(q.title.rtl)
                            Text(q.languages.map(\.name).joined(separator: "  ·  "))
                                .font(.subheadline)
                                .foregroundStyle(Theme.secondary)
                                .frame(maxWidth: .infinity, alignment: .leading)
                        }
                        .padding(16)
                        .frame(maxWidth: .infinity, minHeight: Theme.touchTarget, alignment: .leading)
                        .background(RoundedRectangle(cornerRadius: 12).fill(Theme.card))
                        .contentShape(Rectangle())
                    }
                    .buttonStyle(.plain)
                }
            }
            .padding(20)
        }
        .directed(strings.rtl)
    }
}
