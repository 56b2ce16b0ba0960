// The app's entry point: one window over the core. Everything that
// happens before a screen shows (data directory, Keychain, background
// tasks) is in AppDelegate and CoreLauncher.

import SwiftUI

/// Heard for iPhone and iPad: the same screens and flows as the shared
/// Compose screens (android/screens), over the same core.
@main
struct HeardIOSApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate

    var body: some Scene {
        WindowGroup {
            AppRootView(launcher: delegate.launcher)
        }
    }
}
