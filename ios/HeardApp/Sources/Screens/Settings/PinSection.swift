// Settings: the app lock's PIN, set or changed.

import SwiftUI
import HeardCore

/// Sets the PIN (no PIN yet) or changes it (the current one first, counted
/// as an attempt like the lock screen's).
@MainActor
struct PinSection: SwiftUI.View {
    @ObservedObject var root: RootModel
    let strings: Strings
    @State private var current = ""
    @State private var newPin = ""
    @State private var repeated = ""
    @State private var result: Outcome? = nil

    var body: some SwiftUI.View {
        let hasPin = root.lock == .unlocked
        VStack(alignment: .leading, spacing: 12) {
            Heading(text: strings["settings-pin-title"])
            Text(strings["settings-pin-explain"])
                .font(.subheadline)
            if hasPin {
                PinField(label: strings["settings-pin-current"], value: $current)
            }
            PinField(label: strings["settings-pin-new"], value: $newPin)
            PinField(label: strings["settings-pin-repeat"], value: $repeated)
            Button { save(hasPin: hasPin) } label: {
                Text(hasPin ? strings["settings-pin-change"] : strings["settings-pin-set"]).wideTarget()
            }
            .buttonStyle(.borderedProminent)
            .tint(Theme.primary)
            .disabled(newPin.isEmpty || repeated.isEmpty || (hasPin && current.isEmpty))
            OutcomeLine(outcome: result)
        }
    }

    private func save(hasPin: Bool) {
        if newPin != repeated {
            result = Outcome(message: strings.text("settings-pin-mismatch"), ok: false)
        } else if hasPin {
            result = root.checked("settings-pin-saved") { try root.app.changePin(current: current, new: newPin) }
        } else {
            do {
                try root.app.setPin(pin: newPin)
                root.refresh()
                result = Outcome(message: strings.text("settings-pin-saved"), ok: true)
            } catch {
                result = Outcome(message: pinError(strings, error), ok: false)
            }
        }
        current = ""
        newPin = ""
        repeated = ""
    }
}
