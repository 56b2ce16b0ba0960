// The lock screen (Lock.kt): the PIN, and quick delete below it, reachable
// without the PIN. A damaged lock offers only quick delete, the one way on.

import SwiftUI
import HeardCore

/// In front of everything while the app is locked.
@MainActor
struct LockScreen: SwiftUI.View {
    @ObservedObject var root: RootModel
    @State private var pin = ""
    @State private var message: LocalizedText? = nil

    var body: some SwiftUI.View {
        let strings = root.strings
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(strings["lock-title"])
                    .font(.title)
                    .accessibilityAddTraits(.isHeader)
                if damaged {
                    ErrorText(message: strings.text("lock-damaged"))
                } else {
                    PinField(label: strings["lock-pin"], value: $pin)
                    if let message {
                        ErrorText(message: message)
                    }
                    Button {
                        message = root.unlock(pin)
                        pin = ""
                    } label: {
                        Text(strings["lock-unlock"]).wideTarget()
                    }
                    .buttonStyle(.borderedProminent)
                    .tint(Theme.primary)
                    .disabled(pin.isEmpty)
                }
                Spacer().frame(height: 24)
                QuickWipe(strings: strings, onWipe: { root.wipe() })
            }
            .padding(24)
        }
        .background(Theme.background)
        .directed(strings.rtl)
    }

    private var damaged: Bool {
        if case .damaged = root.lock {
            return true
        }
        return false
    }
}
