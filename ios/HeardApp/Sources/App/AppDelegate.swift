// The UIKit hooks SwiftUI has no modifier for: registering the background
// task before launch ends (BGTaskScheduler requires it), refusing
// third-party keyboards, and the device locking and unlocking.

import UIKit

/// Receives the launch and the protected-data notifications and hands them
/// to the `CoreLauncher`.
@MainActor
final class AppDelegate: NSObject, UIApplicationDelegate {
    /// Opens the core once its files can be read, and holds it.
    let launcher = CoreLauncher()

    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil
    ) -> Bool {
        // Must happen before this method returns, or a background launch
        // for the task finds no handler.
        BackgroundSync.register(launcher: launcher)
        launcher.openIfPossible()
        return true
    }

    func application(
        _ application: UIApplication,
        shouldAllowExtensionPointIdentifier extensionPointIdentifier: UIApplication.ExtensionPointIdentifier
    ) -> Bool {
        // A third-party keyboard with "full access" can send every key
        // typed to its maker; answers and PINs are typed here. The system
        // keyboards (every language's) stay available.
        extensionPointIdentifier != .keyboard
    }

    func applicationProtectedDataWillBecomeUnavailable(_ application: UIApplication) {
        // The device is locking: its files are about to become unreadable
        // (NSFileProtectionComplete), so the app locks too.
        launcher.protectedDataWillBecomeUnavailable()
    }

    func applicationProtectedDataDidBecomeAvailable(_ application: UIApplication) {
        // A launch while the device was locked could not open the store.
        launcher.openIfPossible()
    }
}
