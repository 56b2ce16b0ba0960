// A PIN field (Lock.kt's PinField).

import SwiftUI
import UIKit

/// A PIN field: only the digits the core reads, hidden, announced by its
/// label; no autocorrection or capitalization (nothing of a PIN reaches the
/// keyboard's learned words).
struct PinField: View {
    let label: String
    @Binding var value: String

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(label)
                .font(.subheadline)
                .accessibilityHidden(true)
            SecureField(label, text: Binding(get: { value }, set: { value = PinDigits.keep($0) }))
                .keyboardType(.numberPad)
                .autocorrectionDisabled()
                .textInputAutocapitalization(.never)
                .textFieldStyle(.roundedBorder)
                .touchTarget()
                .accessibilityLabel(label)
        }
    }
}
