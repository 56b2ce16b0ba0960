// The app as a whole (App.kt's RootState): which screen is in front, the
// lock before everything, and the actions that cross screens. The survey
// and kiosk actions are in RootModel+Surveys.swift.

import Foundation
import HeardCore

/// The whole app's state over the core.
@MainActor
final class RootModel: ObservableObject {
    /// Opens the core at the data directory; called again after a quick
    /// delete, when the old app answers only "wiped".
    private let open: () throws -> HeardApp
    let shell: any Shell

    @Published private(set) var app: HeardApp
    @Published private(set) var lock: LockStatus = .wiped
    @Published var route: Route = .home
    @Published private(set) var appLanguage: String? = nil
    /// A message for the next screen (after an erase, a failed wipe).
    @Published var notice: LocalizedText? = nil
    /// What the device holds, read again in `refresh`; nil when the core
    /// cannot say (locked).
    @Published private(set) var holdings: Holdings? = nil
    @Published private(set) var enrollment: EnrollmentModel
    /// Bumped whenever the core's holdings may have changed.
    @Published private(set) var generation = 0

    let sync = SyncController()
    private var periodic: Task<Void, Never>? = nil

    init(app: HeardApp, open: @escaping () throws -> HeardApp, shell: any Shell) {
        self.open = open
        self.shell = shell
        self.app = app
        self.enrollment = EnrollmentModel(app: app)
        appLanguage = shell.appLanguage
        sync.current = { [weak self] in self?.app }
        lock = readLock()
        holdings = try? app.holdings()
        sync.refresh()
    }

    /// The person's languages: the chosen app language first, then the
    /// device's.
    var preferred: [String] {
        let system = shell.systemLanguages.filter { $0 != appLanguage }
        if let appLanguage {
            return [appLanguage] + system
        }
        return system
    }

    var strings: Strings {
        Strings(preferred: preferred)
    }

    /// Whether the lock screen must be in front.
    var locked: Bool {
        switch lock {
        case .locked, .damaged:
            return true
        case .noPin, .unlocked, .wiped:
            return false
        }
    }

    /// The wall clock in Unix seconds.
    func now() -> Int64 {
        Int64(Date().timeIntervalSince1970)
    }

    func readLock() -> LockStatus {
        (try? app.lockStatus()) ?? .wiped
    }

    /// Reads the lock, the outbox and the holdings again after anything
    /// that may have changed them.
    func refresh() {
        lock = readLock()
        if lock == .wiped {
            reopen()
        }
        sync.refresh()
        holdings = try? app.holdings()
        generation += 1
    }

    private func reopen() {
        do {
            app = try open()
        } catch {
            // Tried again at the next refresh; the old app answers "wiped".
            notice = strings.text("error-try-again")
        }
        enrollment = EnrollmentModel(app: app)
        lock = readLock()
        route = .home
    }

    /// After a PIN check: an erase starts over at home; returns what to tell
    /// the person.
    @discardableResult
    func afterPin(_ outcome: UnlockOutcome, strings: Strings? = nil) -> LocalizedText? {
        let message = pinMessage(strings ?? self.strings, outcome)
        if outcome == .erased {
            route = .home
            notice = message
        }
        refresh()
        return message
    }

    /// The lock screen's PIN; returns what to tell the person, or nil when
    /// it opened (and the survey the lock interrupted is back).
    func unlock(_ pin: String) -> LocalizedText? {
        do {
            let outcome = try app.unlock(pin: pin)
            let message = afterPin(outcome)
            if outcome == .unlocked {
                resumeAfterUnlock()
            }
            return message
        } catch {
            refresh()
            return pinError(strings, error)
        }
    }

    func lockNow() {
        do {
            try app.lockNow()
        } catch {
            // No PIN: nothing to lock; settings offers this only with one.
        }
        refresh()
    }

    /// Quick delete: the core's panic wipe, then a fresh app as if newly
    /// installed.
    func wipe() {
        do {
            try app.panicWipe()
        } catch {
            notice = strings.text("wipe-failed")
        }
        reopen()
        sync.refresh()
        holdings = try? app.holdings()
        generation += 1
    }

    func chooseAppLanguage(_ tag: String?) {
        shell.appLanguage = tag
        appLanguage = tag
    }

    /// Back home from a survey or a screen.
    func home() {
        route = .home
        refresh()
    }

    // MARK: - The app's life on iOS

    /// In front again: read everything again and sync on the timer.
    func becameActive() {
        refresh()
        startPeriodicSync()
    }

    /// Leaving the screen (or the device locking): stop the timer and, with
    /// a PIN set, lock. The phone may be handed over or taken; and with
    /// NSFileProtectionComplete the open store becomes unreadable soon after
    /// the device locks. The draft in progress is kept and resumed after
    /// the PIN (`resumeAfterUnlock`).
    func enteredBackground() {
        stopPeriodicSync()
        guard lock == .unlocked else { return }
        do {
            try app.lockNow()
        } catch {
            // Already locked or wiped: nothing left open.
        }
        lock = readLock()
    }

    /// Syncs every 15 minutes while the app is in front; every minute while
    /// the server cannot be reached (the desktop's timer).
    func startPeriodicSync() {
        guard periodic == nil else { return }
        let sync = self.sync
        periodic = Task { @MainActor in
            await sync.runPeriodically(interval: 15 * 60, retry: 60)
        }
    }

    func stopPeriodicSync() {
        periodic?.cancel()
        periodic = nil
    }
}
