// The survey's top bar (Survey.kt's TopBar and LanguageSwitch): the
// questionnaire, the progress and the language switch, always in reach.

import SwiftUI
import HeardCore

/// The title, the progress ("Question 3 of 12", bidi-isolated by the core)
/// and the language menu.
@MainActor
struct TopBar: SwiftUI.View {
    let state: SurveyModel
    let title: LocalizedText
    let progress: LocalizedText?
    let strings: Strings

    var body: some SwiftUI.View {
        VStack(spacing: 0) {
            HStack(alignment: .center) {
                VStack(alignment: .leading, spacing: 2) {
                    Text(title.text)
                        .font(.headline)
                    if let progress {
                        Text(progress.text)
                            .font(.subheadline)
                            .foregroundStyle(Theme.secondary)
                    }
                }
                .frame(maxWidth: .infinity, alignment: .leading)
                LanguageSwitch(state: state, strings: strings)
            }
            .padding(.leading, 16)
            .padding(.trailing, 8)
            .padding(.top, 8)
            Divider()
        }
    }
}

/// The language menu: the questionnaire's languages in their own names.
/// Switching keeps every answer.
@MainActor
struct LanguageSwitch: SwiftUI.View {
    let state: SurveyModel
    let strings: Strings

    var body: some SwiftUI.View {
        let label = strings["language-picker"]
        let current = state.languages.first(where: { $0.tag == state.locale })
        Menu {
            ForEach(state.languages, id: \.tag) { lang in
                Button(lang.name) { state.setLocale(lang.tag) }
            }
        } label: {
            Text(current?.name ?? label)
                .font(.subheadline.weight(.medium))
                .touchTarget()
        }
        .accessibilityLabel(label)
        .accessibilityValue(current?.name ?? "")
    }
}
