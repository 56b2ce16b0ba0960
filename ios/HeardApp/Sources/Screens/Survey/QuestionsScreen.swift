// One screen of questions (Survey.kt's QuestionsScreen): the top bar, the
// screen's title and hint, its fields, and Back / Next.

import SwiftUI
import HeardCore

/// A field with its number on the screen (notes have none), for the screen
/// reader's "3. Question".
struct NumberedField: Identifiable {
    let field: Field
    let number: Int?

    var id: String {
        field.id
    }

    static func numbered(_ fields: [Field]) -> [NumberedField] {
        var count = 0
        return fields.map { (field: Field) -> NumberedField in
            if field.kind == .note {
                return NumberedField(field: field, number: nil)
            }
            count += 1
            return NumberedField(field: field, number: count)
        }
    }
}

/// The screen of fields.
@MainActor
struct QuestionsScreen: SwiftUI.View {
    let state: SurveyModel
    let screen: Screen
    let strings: Strings
    let audio: any AudioPlaying

    var body: some SwiftUI.View {
        VStack(spacing: 0) {
            TopBar(state: state, title: screen.questionnaireTitle, progress: screen.progressText, strings: strings)
            ScrollView {
                VStack(alignment: .leading, spacing: 20) {
                    if let title = screen.title {
                        HStack {
                            Text(title.text)
                                .font(.title2)
                                .frame(maxWidth: .infinity, alignment: .leading)
                                .accessibilityAddTraits(.isHeader)
                            ListenButton(prompt: screen.titleAudio, about: title.text, state: state, strings: strings, audio: audio)
                        }
                    }
                    if let hint = screen.hint {
                        HStack {
                            Text(hint.text)
                                .frame(maxWidth: .infinity, alignment: .leading)
                            ListenButton(prompt: screen.hintAudio, about: hint.text, state: state, strings: strings, audio: audio)
                        }
                    }
                    ForEach(NumberedField.numbered(screen.fields)) { item in
                        FieldView(state: state, field: item.field, number: item.number, strings: strings, audio: audio)
                    }
                }
                .padding(16)
            }
            Divider()
            HStack(spacing: 12) {
                if screen.canGoBack {
                    Button { _ = state.back() } label: {
                        Text(strings["nav-back"]).wideTarget()
                    }
                    .buttonStyle(.bordered)
                }
                Button { _ = state.next() } label: {
                    Text(screen.isLast ? strings["nav-review"] : strings["nav-next"]).wideTarget()
                }
                .buttonStyle(.borderedProminent)
                .tint(Theme.primary)
            }
            .padding(12)
        }
    }
}
