// Notices the network coming back (NWPathMonitor), so the outbox is sent
// then rather than at the next timer tick.

import Foundation
import Network

/// Calls back on the main actor each time the path becomes satisfied after
/// having been unsatisfied. It runs for the app's life: an NWPathMonitor
/// cannot be started again once cancelled, and a suspended app gets no
/// callbacks anyway.
final class NetworkWatcher: @unchecked Sendable {
    private let monitor = NWPathMonitor()
    private let queue = DispatchQueue(label: "org.heard.app.network")
    /// Touched only on `queue`.
    private var wasSatisfied: Bool?

    func start(onReturn: @escaping @MainActor () -> Void) {
        monitor.pathUpdateHandler = { [weak self] path in
            guard let self else { return }
            let satisfied = path.status == .satisfied
            let returned = self.wasSatisfied == false && satisfied
            self.wasSatisfied = satisfied
            if returned {
                Task { @MainActor in onReturn() }
            }
        }
        monitor.start(queue: queue)
    }
}
