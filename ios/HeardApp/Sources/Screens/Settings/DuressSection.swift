// Settings: the duress PIN, which erases everything and opens an empty app
// that looks newly installed.

import SwiftUI
import HeardCore

/// Sets or removes the duress PIN, each confirmed with the current PIN.
@MainActor
struct DuressSection: SwiftUI.View {
    @ObservedObject var root: RootModel
    let strings: Strings
    @State private var pin = ""
    @State private var duress = ""
    @State private var result: Outcome? = nil

    var body: some SwiftUI.View {
        VStack(alignment: .leading, spacing: 12) {
            Heading(text: strings["settings-duress-title"])
            Text(strings["settings-duress-explain"])
                .font(.subheadline)
            PinField(label: strings["settings-pin-current"], value: $pin)
            PinField(label: strings["settings-duress-pin"], value: $duress)
            HStack(spacing: 8) {
                Button { setDuress() } label: {
                    Text(strings["settings-duress-set"]).wideTarget()
                }
                .buttonStyle(.borderedProminent)
                .tint(Theme.primary)
                .disabled(pin.isEmpty || duress.isEmpty)
                Button { clearDuress() } label: {
                    Text(strings["settings-duress-clear"]).wideTarget()
                }
                .buttonStyle(.bordered)
                .disabled(pin.isEmpty)
            }
            OutcomeLine(outcome: result)
        }
    }

    private func setDuress() {
        result = root.checked("settings-duress-saved") { try root.app.setDuressPin(pin: pin, duress: duress) }
        pin = ""
        duress = ""
    }

    private func clearDuress() {
        result = root.checked("settings-duress-cleared") { try root.app.clearDuressPin(pin: pin) }
        pin = ""
    }
}
