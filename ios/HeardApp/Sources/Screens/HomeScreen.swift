// Home (Home.kt): enrollment until there is an organization, then the
// questionnaires; below, always, the outbox and settings (quick delete and
// the language are reachable before enrolling too).

import SwiftUI
import HeardCore

/// The first screen.
@MainActor
struct HomeScreen: SwiftUI.View {
    @ObservedObject var root: RootModel
    @ObservedObject var sync: SyncController

    var body: some SwiftUI.View {
        let strings = root.strings
        VStack(spacing: 0) {
            if let notice = root.notice {
                HStack {
                    ErrorText(message: notice)
                    Button(strings["notice-dismiss"]) { root.notice = nil }
                        .touchTarget()
                }
                .padding(12)
            }
            content
                .frame(maxWidth: .infinity, maxHeight: .infinity)
            Divider()
            HStack(spacing: 8) {
                // The outbox as the last sync left it.
                let waiting = sync.outbox?.queued ?? root.holdings?.queued ?? 0
                Button { root.route = .outbox } label: {
                    Text(strings.count("home-outbox", waiting)).wideTarget()
                }
                .buttonStyle(.bordered)
                Button { root.route = .settings } label: {
                    Text(strings["settings-title"]).wideTarget()
                }
                .buttonStyle(.bordered)
                if root.lock == .unlocked {
                    Button { root.lockNow() } label: {
                        Text(strings["settings-lock-now"]).touchTarget()
                    }
                    .buttonStyle(.bordered)
                }
            }
            .padding(8)
        }
        .background(Theme.background)
        .directed(strings.rtl)
        .onAppear { sync.refresh() }
    }

    @ViewBuilder
    private var content: some SwiftUI.View {
        if root.holdings?.enrolled == true {
            QuestionnaireListScreen(app: root.app, preferred: root.preferred, onOpen: { root.start($0) })
        } else {
            EnrollmentScreen(state: root.enrollment, preferred: root.preferred, onAccepted: {
                Task { @MainActor in
                    await root.sync.syncNow()
                    root.refresh()
                }
            })
        }
    }
}
