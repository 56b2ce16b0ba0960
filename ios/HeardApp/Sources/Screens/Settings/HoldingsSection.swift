// Settings: what this device holds, in counts only.

import SwiftUI
import HeardCore

/// The organization, and how many questionnaires, unfinished and sealed
/// responses the device holds.
@MainActor
struct HoldingsSection: SwiftUI.View {
    @ObservedObject var root: RootModel
    let strings: Strings

    var body: some SwiftUI.View {
        // Read again on each drawing (counts only, cheap), as Settings.kt
        // reads them again whenever they may have changed.
        if let holdings = try? root.app.holdings() {
            VStack(alignment: .leading, spacing: 6) {
                Heading(text: strings["settings-holdings-title"])
                if let organization = holdings.organization {
                    Text(strings.text("holdings-organization", ["name": .text(value: organization)]).text)
                } else {
                    Text(strings["holdings-not-enrolled"])
                }
                Text(strings.count("holdings-questionnaires", holdings.questionnaires))
                Text(strings.count("holdings-drafts", holdings.drafts))
                Text(strings.count("holdings-queued", holdings.queued))
                if holdings.rejected > 0 {
                    Text(strings.count("holdings-rejected", holdings.rejected))
                }
            }
            .accessibilityElement(children: .contain)
        }
    }
}
