// Sending while the app is not in front: a BGAppRefreshTask (the "fetch"
// background mode; its identifier is in Info.plist's
// BGTaskSchedulerPermittedIdentifiers, which tests/tests/ios_platform.rs
// checks against the identifier here). iOS decides when it runs, if at all;
// the outbox is also sent while the app is open, on network return and on
// "send now". A sync cut short loses nothing: the next one resends what the
// server did not acknowledge.

import BackgroundTasks
import UIKit
import HeardCore

/// Registers, schedules and runs the background refresh.
@MainActor
enum BackgroundSync {
    /// The refresh task's identifier (Info.plist lists it).
    static let refreshTaskIdentifier = "org.heard.app.sync"
    /// The soonest a refresh is asked for after the app leaves the screen,
    /// as often as the desktop's timer.
    static let earliestInterval: TimeInterval = 15 * 60

    /// Registers the handler; called before launch ends.
    static func register(launcher: CoreLauncher) {
        let registered = BGTaskScheduler.shared.register(forTaskWithIdentifier: refreshTaskIdentifier, using: nil) { task in
            let completion = TaskCompletion(task)
            let work = Task { @MainActor in
                await BackgroundSync.run(completion, launcher: launcher)
            }
            task.expirationHandler = {
                work.cancel()
                completion.finish(success: false)
            }
        }
        // False only when Info.plist does not permit the identifier.
        assert(registered, "BGTaskSchedulerPermittedIdentifiers must list \(refreshTaskIdentifier)")
    }

    /// Asks for a refresh in a while. Fails quietly where background
    /// refresh is off (Settings, Low Power Mode, the simulator): sending
    /// then waits for the app to be opened.
    static func schedule() {
        let request = BGAppRefreshTaskRequest(identifier: refreshTaskIdentifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: earliestInterval)
        do {
            try BGTaskScheduler.shared.submit(request)
        } catch {
            // Nothing to do: the foreground sync still runs.
        }
    }

    /// Withdraws a scheduled refresh (the app is locked: it could not send).
    static func cancel() {
        BGTaskScheduler.shared.cancel(taskRequestWithIdentifier: refreshTaskIdentifier)
    }

    private static func run(_ completion: TaskCompletion, launcher: CoreLauncher) async {
        launcher.openIfPossible()
        // Locked device: the store cannot be read. A PIN set: the app
        // locked when it left the screen, and a locked store cannot send.
        guard UIApplication.shared.isProtectedDataAvailable,
              let root = launcher.root,
              root.lock == .noPin else {
            completion.finish(success: false)
            return
        }
        schedule()
        let summary = await root.sync.syncNow()
        completion.finish(success: summary != nil)
    }
}

/// Completes a background task once, whichever comes first: the sync's end
/// or the system's expiration.
final class TaskCompletion: @unchecked Sendable {
    private let lock = NSLock()
    private var finished = false
    private let task: BGTask

    init(_ task: BGTask) {
        self.task = task
    }

    func finish(success: Bool) {
        lock.lock()
        let first = !finished
        finished = true
        lock.unlock()
        if first {
            task.setTaskCompleted(success: success)
        }
    }
}
