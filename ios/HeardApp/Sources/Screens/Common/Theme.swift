// What every screen shares: the colours of the shared Compose theme
// (android/screens Common.kt), the touch-target size, and the layout
// direction the core declares.

import SwiftUI

/// The calm colours of the Compose screens, so the apps look alike. Every
/// text colour reads at 4.5:1 or more on the background and on cards.
enum Theme {
    static let primary = Color(hex: 0x2F5D62)
    static let secondary = Color(hex: 0x446A5E)
    static let background = Color(hex: 0xFAF8F3)
    static let card = Color(hex: 0xEFEBE3)
    static let error = Color(hex: 0xB3261E)
    /// The smallest touch target, as in the Compose screens (Apple asks 44).
    static let touchTarget: CGFloat = 48
}

extension Color {
    /// A colour from 0xRRGGBB.
    init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255
        )
    }
}

extension View {
    /// Lays the view out right to left when `rtl`: the direction the core
    /// declares for a language (never guessed from the text).
    func directed(_ rtl: Bool) -> some View {
        environment(\.layoutDirection, rtl ? .rightToLeft : .leftToRight)
    }

    /// At least one touch target tall.
    func touchTarget() -> some View {
        frame(minHeight: Theme.touchTarget)
    }

    /// A button label across the whole width, one touch target tall.
    func wideTarget() -> some View {
        frame(maxWidth: .infinity, minHeight: Theme.touchTarget)
    }
}
