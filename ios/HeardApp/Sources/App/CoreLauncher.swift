// Opens the core when, and only when, its files can be read: with
// NSFileProtectionComplete the store and the lock file are unreadable
// while the device is locked, and a background launch can happen then.

import SwiftUI
import UIKit
import HeardCore

/// Holds the app's `RootModel` once the core is open, and passes the
/// scene's life (active, background) and the network's return on to it.
@MainActor
final class CoreLauncher: ObservableObject {
    /// The Keychain service the core's secrets are kept under.
    static let keychainService = "org.heard.app.secrets"

    /// The app, once the core could be opened.
    @Published private(set) var root: RootModel? = nil
    /// Whether the last attempt to open the core failed (shown, and tried
    /// again each time the app comes to the front).
    @Published private(set) var failed = false

    private let network = NetworkWatcher()

    init() {
        network.start { [weak self] in self?.networkReturned() }
    }

    /// Opens the core unless it is open or its files cannot be read yet.
    func openIfPossible() {
        guard root == nil, UIApplication.shared.isProtectedDataAvailable else { return }
        do {
            let location = try DataDirectory.location()
            let secrets = KeychainSecretStore(service: Self.keychainService)
            if !DataDirectory.exists(location) {
                // Keychain items outlive the app's deletion: a new install
                // must not find the keys and token of the last one.
                try secrets.deleteAll()
            }
            try DataDirectory.prepare(location)
            let path = location.path
            // Phones keep the keys in the Keychain and leave the desktop's
            // PIN wrapping off (AppOptions' documentation).
            let open = { try HeardApp.open(dataDir: path, secrets: secrets, options: AppOptions(wrapSecretsWithPin: false)) }
            let app = try open()
            root = RootModel(app: app, open: open, shell: IOSShell(dataDir: location))
            failed = false
        } catch {
            failed = true
        }
    }

    /// Follows the scene: syncs while in front; locks (with a PIN) and
    /// schedules the background refresh when it leaves.
    func scenePhaseChanged(_ phase: ScenePhase) {
        switch phase {
        case .active:
            openIfPossible()
            root?.becameActive()
        case .background:
            guard let root else { return }
            root.enteredBackground()
            // A locked app cannot send (its store is closed): refreshing in
            // the background only helps a device without a PIN.
            if root.lock == .noPin {
                BackgroundSync.schedule()
            } else {
                BackgroundSync.cancel()
            }
        default:
            break
        }
    }

    /// The device is locking.
    func protectedDataWillBecomeUnavailable() {
        root?.enteredBackground()
    }

    /// The network came back: send what waits, if the app is in front (in
    /// the background the refresh task does it).
    private func networkReturned() {
        guard let root, UIApplication.shared.applicationState == .active else { return }
        Task { @MainActor in
            await root.sync.syncNow()
        }
    }
}
