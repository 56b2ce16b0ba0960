// The outbox (Outbox.kt): what waits, what is being sent, what went today,
// what the server refused and why, and the last sync; "send now".

import SwiftUI
import HeardCore

/// The outbox screen.
@MainActor
struct OutboxScreen: SwiftUI.View {
    @ObservedObject var root: RootModel
    @ObservedObject var sync: SyncController

    var body: some SwiftUI.View {
        let strings = root.strings
        let outbox = sync.outbox
        SubScreen(root: root, title: strings["outbox-title"]) {
            Text(strings.count("outbox-waiting", outbox?.queued ?? 0))
                .font(.title2)
            activity(strings)
            Text(strings.count("outbox-sent-today", outbox?.sentToday ?? 0))
            lastSync(outbox?.lastSync, strings)
            Button {
                Task { @MainActor in
                    await sync.syncNow()
                }
            } label: {
                Text(strings["outbox-send-now"]).wideTarget()
            }
            .buttonStyle(.borderedProminent)
            .tint(Theme.primary)
            .disabled(sending)
            rejected(outbox?.rejected ?? [], strings)
        }
        .onAppear { sync.refresh() }
    }

    private var sending: Bool {
        if case .sending = sync.activity {
            return true
        }
        return false
    }

    @ViewBuilder
    private func activity(_ strings: Strings) -> some SwiftUI.View {
        switch sync.activity {
        case let .sending(sent, total):
            VStack(alignment: .leading, spacing: 6) {
                Text(strings["outbox-sending"])
                if total > 0 {
                    ProgressView(value: Double(sent), total: Double(total))
                } else {
                    ProgressView()
                }
            }
            .accessibilityElement(children: .combine)
        case .notEnrolled:
            ErrorText(message: strings.text("sync-not-enrolled"))
        case .unavailable:
            ErrorText(message: strings.text("error-try-again"))
        case .idle:
            EmptyView()
        }
    }

    @ViewBuilder
    private func lastSync(_ last: LastSync?, _ strings: Strings) -> some SwiftUI.View {
        if let last {
            let now = root.now()
            let outcome = strings.text("sync-outcome-\(last.outcome)")
            VStack(alignment: .leading, spacing: 4) {
                Text(strings.text("outbox-last-sync", ["when": .text(value: ago(strings, last.attemptedAt, now))]).text)
                if last.outcome == "done" {
                    Text(outcome.text)
                        .font(.subheadline)
                        .foregroundStyle(Theme.secondary)
                } else {
                    ErrorText(message: outcome)
                    if let succeeded = last.succeededAt {
                        Text(strings.text("outbox-last-success", ["when": .text(value: ago(strings, succeeded, now))]).text)
                            .font(.subheadline)
                    }
                }
            }
        } else {
            Text(strings["outbox-never-synced"])
        }
    }

    @ViewBuilder
    private func rejected(_ items: [RejectedItem], _ strings: Strings) -> some SwiftUI.View {
        if !items.isEmpty {
            Divider()
            Heading(text: strings["outbox-rejected-title"])
            Text(strings["outbox-rejected-explain"])
                .font(.subheadline)
            ForEach(items.indices, id: \.self) { i in
                Text(strings.text("outbox-rejected-reason", ["reason": .text(value: items[i].reason)]).text)
                    .font(.subheadline)
                    .padding(12)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .background(RoundedRectangle(cornerRadius: 12).fill(Theme.card))
            }
        }
    }
}
