// A shared kiosk (Kiosk.kt): the survey in the kiosk's language, one
// respondent after another. After a submit the thank-you stays a moment,
// then (or on the button) a fresh survey starts that shows nothing of the
// last one. Leaving needs the PIN; the way out is small and in the corner,
// where a respondent does not look for it. Guided Access (turned on by the
// facilitator) keeps the respondent in the app.

import SwiftUI
import HeardCore

/// How long a kiosk shows its thank-you before the next respondent's
/// survey, in nanoseconds (20 s, as in Kiosk.kt).
let kioskThankYouNanoseconds: UInt64 = 20_000_000_000

/// The kiosk screen for one respondent (RootView gives each a new one).
@MainActor
struct KioskScreen: SwiftUI.View {
    @ObservedObject private var root: RootModel
    @ObservedObject private var survey: SurveyModel
    private let kiosk: KioskSession
    @State private var leaving = false

    init(root: RootModel, kiosk: KioskSession) {
        _root = ObservedObject(wrappedValue: root)
        _survey = ObservedObject(wrappedValue: kiosk.survey)
        self.kiosk = kiosk
    }

    var body: some SwiftUI.View {
        let strings = Strings(preferred: [kiosk.locale] + root.preferred)
        VStack(spacing: 0) {
            SurveyScreen(state: survey, audio: root.shell.audio, onFinished: { root.nextRespondent() }, finishLabel: strings["kiosk-next"])
                .frame(maxHeight: .infinity)
            Divider()
            if leaving {
                LeaveKiosk(root: root, strings: strings, onCancel: { leaving = false })
            } else {
                HStack {
                    Button { leaving = true } label: {
                        Text(strings["kiosk-leave"])
                            .font(.caption)
                            .touchTarget()
                    }
                    Spacer()
                }
                .padding(.horizontal, 8)
            }
        }
        .background(Theme.background)
        .directed(strings.rtl)
        .task(id: survey.submitted != nil) {
            await nextAfterThankYou()
        }
    }

    /// The thank-you gives way by itself.
    private func nextAfterThankYou() async {
        guard survey.submitted != nil else { return }
        try? await Task.sleep(nanoseconds: kioskThankYouNanoseconds)
        guard !Task.isCancelled else { return }
        root.nextRespondent()
    }
}

/// The PIN to leave, in the kiosk's language, with whether Guided Access
/// is on (shown only here, to whoever holds the PIN).
@MainActor
private struct LeaveKiosk: SwiftUI.View {
    @ObservedObject var root: RootModel
    let strings: Strings
    let onCancel: () -> Void
    @State private var pin = ""
    @State private var message: LocalizedText? = nil

    var body: some SwiftUI.View {
        VStack(alignment: .leading, spacing: 8) {
            GuidedAccessStatus(strings: strings)
            PinField(label: strings["kiosk-leave-pin"], value: $pin)
            if let message {
                ErrorText(message: message)
            }
            HStack(spacing: 8) {
                Button(action: onCancel) {
                    Text(strings["wipe-cancel"]).wideTarget()
                }
                .buttonStyle(.bordered)
                Button {
                    message = root.leaveKiosk(pin, strings: strings)
                    if message == nil {
                        GuidedAccess.request(false)
                    }
                    pin = ""
                } label: {
                    Text(strings["kiosk-leave"]).wideTarget()
                }
                .buttonStyle(.borderedProminent)
                .tint(Theme.primary)
                .disabled(pin.isEmpty)
            }
        }
        .padding(12)
    }
}
