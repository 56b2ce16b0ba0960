// Settings and safety (Settings.kt): the app lock, the duress PIN, kiosk
// mode, the app language, what the device holds, quick delete.

import SwiftUI
import HeardCore

/// The settings screen.
@MainActor
struct SettingsScreen: SwiftUI.View {
    @ObservedObject var root: RootModel

    var body: some SwiftUI.View {
        let strings = root.strings
        SubScreen(root: root, title: strings["settings-title"]) {
            Group {
                PinSection(root: root, strings: strings)
                Divider()
                if root.lock == .unlocked {
                    DuressSection(root: root, strings: strings)
                    Divider()
                }
            }
            Group {
                KioskSection(root: root, strings: strings)
                Divider()
                LanguageSection(root: root, strings: strings)
                Divider()
            }
            Group {
                HoldingsSection(root: root, strings: strings)
                Divider()
                QuickWipe(strings: strings, onWipe: { root.wipe() })
            }
        }
    }
}
