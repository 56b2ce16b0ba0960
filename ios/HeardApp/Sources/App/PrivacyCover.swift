// What the app switcher and a passer-by see while Heard is not in front:
// the app's name on the plain background, never a question or an answer.

import SwiftUI

/// Covers the whole window.
struct PrivacyCover: View {
    let preferred: [String]

    var body: some View {
        ZStack {
            Theme.background
            Text(Strings(preferred: preferred)["app-name"])
                .font(.largeTitle)
                .foregroundStyle(Theme.primary)
        }
        .ignoresSafeArea()
    }
}

/// Shown until the core is open: while the device is still locked, or when
/// opening failed (tried again each time the app comes to the front).
struct LaunchWait: View {
    let preferred: [String]
    let failed: Bool

    var body: some View {
        let strings = Strings(preferred: preferred)
        VStack(spacing: 16) {
            Text(strings["app-name"])
                .font(.largeTitle)
                .foregroundStyle(Theme.primary)
            if failed {
                ErrorText(message: strings.text("error-try-again"))
            } else {
                ProgressView()
            }
        }
        .padding(24)
        .frame(maxWidth: .infinity, maxHeight: .infinity)
        .background(Theme.background)
        .directed(strings.rtl)
    }
}
