// Whether Guided Access holds the device in Heard, and how to turn it on.
// The app cannot turn it on itself (see Platform/GuidedAccess.swift).

import SwiftUI

/// Guided Access's state, and the instructions while it is off.
@MainActor
struct GuidedAccessStatus: View {
    let strings: Strings
    /// Whether to say how to turn it on (settings) or only whether it is on
    /// (leaving a kiosk).
    var instructions = false

    @State private var enabled = false

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            if instructions {
                Heading(text: strings["kiosk-guided-access-title"])
                Text(strings["kiosk-guided-access-explain"])
                    .font(.subheadline)
            }
            if enabled {
                Text(strings["kiosk-guided-access-on"])
                    .font(.subheadline)
                    .foregroundStyle(Theme.secondary)
            } else {
                Text(strings["kiosk-guided-access-off"])
                    .font(.subheadline)
                    .foregroundStyle(Theme.error)
            }
        }
        .modifier(GuidedAccessObserver(enabled: $enabled))
    }
}
