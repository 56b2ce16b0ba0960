// Spoken announcements for VoiceOver, as the Compose screens' live regions
// (the quick-delete countdown, a form's outcome).

import UIKit

/// Posts VoiceOver announcements.
@MainActor
enum Announcer {
    static func say(_ text: String) {
        UIAccessibility.post(notification: .announcement, argument: text)
    }
}
