// The window's content: the app once the core is open, a cover whenever
// the scene is not active (the app switcher's snapshot and the moment a
// system alert is over the app show nothing of the screen).

import SwiftUI

/// The app, or a wait (the core is not open yet), under the privacy cover.
@MainActor
struct AppRootView: View {
    @ObservedObject var launcher: CoreLauncher
    @Environment(\.scenePhase) private var scenePhase

    var body: some View {
        let covered = scenePhase != .active
        ZStack {
            content
                .accessibilityHidden(covered)
            if covered {
                PrivacyCover(preferred: languages)
            }
        }
        .preferredColorScheme(.light)
        .onAppear {
            // The first phase may be set before onChange is watching.
            launcher.scenePhaseChanged(scenePhase)
        }
        .onChange(of: scenePhase) { phase in
            launcher.scenePhaseChanged(phase)
        }
    }

    @ViewBuilder
    private var content: some View {
        if let root = launcher.root {
            RootView(root: root)
        } else {
            LaunchWait(preferred: languages, failed: launcher.failed)
        }
    }

    /// The person's languages: the app language once the core is open.
    private var languages: [String] {
        launcher.root?.preferred ?? Locale.preferredLanguages
    }
}
