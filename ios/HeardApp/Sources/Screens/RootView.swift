// The app (App.kt's HeardRoot): the lock screen while locked, else the
// screen in front.

import SwiftUI
import HeardCore

/// The screen in front of the app.
@MainActor
struct RootView: SwiftUI.View {
    @ObservedObject var root: RootModel

    var body: some SwiftUI.View {
        Group {
            if root.locked {
                LockScreen(root: root)
            } else {
                switch root.route {
                case .home:
                    HomeScreen(root: root, sync: root.sync)
                case let .survey(session):
                    // A new model is a new response: nothing of the view's
                    // own state (typed text, scroll) carries over.
                    SurveyScreen(state: session.survey, audio: root.shell.audio, onFinished: { root.home() })
                        .id(ObjectIdentifier(session.survey))
                case let .kiosk(kiosk):
                    // Each respondent gets a new screen, so the next person
                    // sees nothing of the last one.
                    KioskScreen(root: root, kiosk: kiosk)
                        .id(ObjectIdentifier(kiosk.survey))
                case .outbox:
                    OutboxScreen(root: root, sync: root.sync)
                case .settings:
                    SettingsScreen(root: root)
                }
            }
        }
    }
}
