// Sending the outbox (Sync.kt's SyncController): on "send now", on the
// foreground timer, on the network's return and in the background refresh.
// The outbox the screens show is always the core's, read again after each
// sync, never a copy kept here.

import HeardCore

/// Where sending stands, as the outbox screen shows it.
enum SyncActivity: Equatable {
    /// Nothing is being sent.
    case idle
    /// A sync is running: `sent` of `total` sent so far.
    case sending(sent: Int64, total: Int64)
    /// The device is not enrolled, so there is nowhere to send to.
    case notEnrolled
    /// The call itself failed (the app is locked or was wiped); nothing was
    /// lost.
    case unavailable
}

/// Passes the core's progress calls (made on a Rust thread) on to a
/// closure, which hops to the main actor.
final class ProgressRelay: SyncProgress {
    private let report: @Sendable (Int64, Int64) -> Void

    init(_ report: @escaping @Sendable (Int64, Int64) -> Void) {
        self.report = report
    }

    func onProgress(sent: Int64, total: Int64) throws {
        report(sent, total)
    }
}

/// Sends the outbox and keeps what the outbox screen shows.
@MainActor
final class SyncController: ObservableObject {
    @Published private(set) var outbox: OutboxStatus? = nil
    @Published private(set) var activity: SyncActivity = .idle
    /// The last sync's summary in this run of the app.
    @Published private(set) var last: SyncSummary? = nil

    /// The core to send from (the RootModel's, which a quick delete replaces).
    var current: @MainActor () -> HeardApp? = { nil }

    /// Reads the outbox from the core again.
    func refresh() {
        guard let app = current() else {
            outbox = nil
            return
        }
        outbox = try? app.outbox()
    }

    /// Sends what is waiting now; nil when a sync was already running or
    /// could not start.
    @discardableResult
    func syncNow() async -> SyncSummary? {
        if case .sending = activity {
            return nil
        }
        guard let app = current() else {
            activity = .unavailable
            return nil
        }
        activity = .sending(sent: 0, total: outbox?.queued ?? 0)
        let relay = ProgressRelay { [weak self] sent, total in
            Task { @MainActor in
                self?.progressed(sent: sent, total: total)
            }
        }
        defer { refresh() }
        do {
            let summary = try await app.sync(progress: relay)
            last = summary
            activity = .idle
            return summary
        } catch let error as ApiError {
            if case .NotEnrolled = error {
                activity = .notEnrolled
            } else {
                activity = .unavailable
            }
            return nil
        } catch {
            activity = .unavailable
            return nil
        }
    }

    /// Syncs every `interval` seconds; while the server cannot be reached,
    /// every `retry` instead (or when the server asks for later, whichever
    /// is longer), so sending resumes soon after the network returns. Runs
    /// until its task is cancelled.
    func runPeriodically(interval: Double, retry: Double) async {
        while !Task.isCancelled {
            let summary = await syncNow()
            let wait: Double
            switch summary?.outcome {
            case let .retryLater(retryAfterSecs, _)?:
                wait = min(max(retry, Double(retryAfterSecs)), interval)
            case nil:
                wait = activity == .notEnrolled ? interval : retry
            default:
                wait = interval
            }
            do {
                try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
            } catch {
                return
            }
        }
    }

    private func progressed(sent: Int64, total: Int64) {
        // A late call after the sync ended changes nothing.
        if case .sending = activity {
            activity = .sending(sent: sent, total: total)
        }
    }
}
