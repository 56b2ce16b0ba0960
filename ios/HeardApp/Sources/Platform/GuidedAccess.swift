// Guided Access keeps a kiosk tablet in Heard. An app cannot turn it on:
// the facilitator does (Settings > Accessibility > Guided Access, then a
// triple-click of the side or Home button in Heard). The app shows whether
// it is on, and on a supervised (MDM-managed) iPad allowed "Autonomous
// Single App Mode" for Heard it asks for it when a kiosk starts.

import Combine
import SwiftUI
import UIKit

/// Asking for Guided Access where the device allows an app to.
enum GuidedAccess {
    /// Asks iOS to start (or end) Guided Access for Heard. Granted only on a
    /// supervised device that allows it for this app; elsewhere nothing
    /// happens and the facilitator turns it on by hand.
    @MainActor
    static func request(_ enabled: Bool) {
        UIAccessibility.requestGuidedAccessSession(enabled: enabled) { _ in
            // Refused on an ordinary device: the instructions say what to do.
        }
    }
}

/// Tracks `UIAccessibility.isGuidedAccessEnabled` for a view.
struct GuidedAccessObserver: ViewModifier {
    @Binding var enabled: Bool

    func body(content: Content) -> some View {
        content
            .onAppear { enabled = UIAccessibility.isGuidedAccessEnabled }
            .onReceive(NotificationCenter.default.publisher(for: UIAccessibility.guidedAccessStatusDidChangeNotification)) { _ in
                enabled = UIAccessibility.isGuidedAccessEnabled
            }
    }
}
