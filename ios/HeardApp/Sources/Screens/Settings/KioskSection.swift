// Settings: starting kiosk mode (a survey, the language each new
// respondent starts in, the PIN), and Guided Access.

import SwiftUI
import HeardCore

/// Kiosk mode's settings; needs a PIN, as only the PIN leaves a kiosk.
@MainActor
struct KioskSection: SwiftUI.View {
    @ObservedObject var root: RootModel
    let strings: Strings
    @State private var chosenId: String? = nil
    @State private var chosenLocale: String? = nil
    @State private var pin = ""
    @State private var message: LocalizedText? = nil

    var body: some SwiftUI.View {
        let surveys = ((try? root.app.questionnaires(preferred: root.preferred)) ?? []).filter { !$0.listeningSession }
        let chosen = surveys.first(where: { $0.id == chosenId }) ?? surveys.first
        let locale = effectiveLocale(chosen)
        VStack(alignment: .leading, spacing: 12) {
            Heading(text: strings["settings-kiosk-title"])
            Text(strings["settings-kiosk-explain"])
                .font(.subheadline)
            if root.lock != .unlocked {
                Text(strings["settings-needs-pin"])
                    .font(.subheadline)
            } else if surveys.isEmpty {
                Text(strings["settings-kiosk-none"])
                    .font(.subheadline)
            } else {
                Text(strings["settings-kiosk-questionnaire"])
                    .font(.subheadline.weight(.medium))
                ForEach(surveys, id: \.id) { q in
                    RadioRow(text: q.title.text, selected: chosen?.id == q.id, rtl: q.title.rtl) {
                        chosenId = q.id
                        chosenLocale = nil
                    }
                }
                Text(strings["settings-kiosk-language"])
                    .font(.subheadline.weight(.medium))
                ForEach(chosen?.languages ?? [], id: \.tag) { lang in
                    RadioRow(text: lang.name, selected: locale == lang.tag, rtl: lang.rtl) {
                        chosenLocale = lang.tag
                    }
                }
                GuidedAccessStatus(strings: strings, instructions: true)
                PinField(label: strings["settings-pin-current"], value: $pin)
                Button { start(chosen, locale) } label: {
                    Text(strings["settings-kiosk-start"]).wideTarget()
                }
                .buttonStyle(.borderedProminent)
                .tint(Theme.primary)
                .disabled(chosen == nil || locale == nil || pin.isEmpty)
                OutcomeLine(outcome: message.map { Outcome(message: $0, ok: false) })
            }
        }
    }

    /// The language picked for `chosen`, else the first of the person's
    /// languages it has, else its first.
    private func effectiveLocale(_ chosen: QuestionnaireInfo?) -> String? {
        guard let chosen else { return nil }
        if let picked = chosenLocale, chosen.languages.contains(where: { $0.tag == picked }) {
            return picked
        }
        let preferred = root.preferred
        return chosen.languages.first(where: { preferred.contains($0.tag) })?.tag ?? chosen.languages.first?.tag
    }

    private func start(_ chosen: QuestionnaireInfo?, _ locale: String?) {
        if let chosen, let locale {
            message = root.startKiosk(chosen, locale: locale, pin: pin)
            if message == nil {
                // Only a supervised iPad grants this; elsewhere the
                // facilitator turns Guided Access on (the note above).
                GuidedAccess.request(true)
            }
        }
        pin = ""
    }
}
