// The seam between the screens and the platform, as Shell.kt is for the
// shared Compose screens: what only iOS can do or keep.

import HeardCore

/// Plays a question's recorded audio.
@MainActor
protocol AudioPlaying: AnyObject {
    /// Starts `clip`, stopping the one before. Never throws: a clip that
    /// cannot play leaves the text on the screen to read.
    func play(_ clip: AudioClip)
}

/// What the platform gives the screens.
@MainActor
protocol Shell: AnyObject {
    /// Plays recorded prompts.
    var audio: any AudioPlaying { get }
    /// The device's languages, most preferred first (BCP 47 tags).
    var systemLanguages: [String] { get }
    /// The app language chosen in settings, or nil for the device's. Kept
    /// outside the core's store: the lock screen speaks it before the store
    /// opens.
    var appLanguage: String? { get set }
}
