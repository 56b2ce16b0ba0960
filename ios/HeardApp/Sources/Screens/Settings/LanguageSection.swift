// Settings: the app language (the device's, or one the app speaks, each in
// its own name).

import SwiftUI
import HeardCore

/// Chooses the app language.
@MainActor
struct LanguageSection: SwiftUI.View {
    @ObservedObject var root: RootModel
    let strings: Strings

    var body: some SwiftUI.View {
        let languages = appLanguages()
        VStack(alignment: .leading, spacing: 4) {
            Heading(text: strings["settings-language-title"])
            RadioRow(text: strings["settings-language-device"], selected: root.appLanguage == nil) {
                root.chooseAppLanguage(nil)
            }
            ForEach(languages, id: \.tag) { lang in
                RadioRow(text: lang.name, selected: root.appLanguage == lang.tag, rtl: lang.rtl) {
                    root.chooseAppLanguage(lang.tag)
                }
            }
        }
    }
}
