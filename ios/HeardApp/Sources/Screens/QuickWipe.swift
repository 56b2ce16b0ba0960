// Quick delete (QuickWipe.kt): a slide all the way across (a deliberate
// gesture no pocket or child makes by accident; VoiceOver moves it with
// its adjust action), then a short countdown that can still be cancelled,
// then the core's panic wipe. Letting go before the end puts the slider
// back.

import SwiftUI
import HeardCore

/// Quick delete's timing (outside the view, so the slider's closures can
/// read it from any thread).
enum WipeGesture {
    /// How long the countdown after the slide lasts, in seconds.
    static let countdownSeconds = 5
    /// How far the slide must go (of 1) to count as all the way.
    static let threshold = 0.97
}

/// The slide, the countdown and the cancel button.
@MainActor
struct QuickWipe: SwiftUI.View {
    let strings: Strings
    let onWipe: () -> Void

    @State private var slid = 0.0
    @State private var remaining: Int? = nil

    var body: some SwiftUI.View {
        VStack(alignment: .leading, spacing: 8) {
            Heading(text: strings["wipe-title"])
            Text(strings["wipe-explain"])
                .font(.subheadline)
            if let left = remaining {
                Text(countdownText(left))
                    .font(.headline)
                    .foregroundStyle(Theme.error)
                Button {
                    remaining = nil
                    slid = 0
                } label: {
                    Text(strings["wipe-cancel"]).wideTarget()
                }
                .buttonStyle(.bordered)
            } else {
                let label = strings["wipe-slide"]
                Text(label)
                    .font(.subheadline.weight(.medium))
                    .foregroundStyle(Theme.error)
                    .accessibilityHidden(true)
                Slider(value: slide, in: 0...1, onEditingChanged: { editing in
                    if !editing && remaining == nil {
                        slid = 0
                    }
                })
                .tint(Theme.error)
                .touchTarget()
                .accessibilityLabel(label)
            }
        }
        .task(id: remaining) {
            await tick()
        }
    }

    /// The slider's value; reaching the end starts the countdown.
    private var slide: Binding<Double> {
        Binding(
            get: { slid },
            set: { value in
                slid = value
                if value >= WipeGesture.threshold && remaining == nil {
                    remaining = WipeGesture.countdownSeconds
                }
            }
        )
    }

    private func countdownText(_ seconds: Int) -> String {
        strings.text("wipe-countdown", ["seconds": .number(value: Double(seconds))]).text
    }

    /// One second of the countdown; a cancel (or leaving the screen)
    /// cancels the task, and nothing is wiped.
    private func tick() async {
        guard let left = remaining else { return }
        if left <= 0 {
            onWipe()
            return
        }
        Announcer.say(countdownText(left))
        try? await Task.sleep(nanoseconds: 1_000_000_000)
        guard !Task.isCancelled else { return }
        remaining = left - 1
    }
}
