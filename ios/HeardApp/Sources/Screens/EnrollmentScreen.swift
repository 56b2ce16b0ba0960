// Enrollment (Enrollment.kt): scan the organization's QR code or paste it,
// then check the organization's name and its six fingerprint words, shown
// large, before accepting.

import SwiftUI
import HeardCore

/// The enrollment flow over an `EnrollmentModel`.
@MainActor
struct EnrollmentScreen: SwiftUI.View {
    @ObservedObject var state: EnrollmentModel
    let preferred: [String]
    var onAccepted: () -> Void = {}

    /// The camera is showing (inline, so the privacy cover hides it too:
    /// the code holds the enrollment token).
    @State private var scanning = false
    @State private var cameraRefused = false

    var body: some SwiftUI.View {
        let strings = Strings(preferred: preferred)
        ScrollView {
            VStack(alignment: .leading, spacing: 16) {
                Text(strings["enroll-title"])
                    .font(.title)
                    .accessibilityAddTraits(.isHeader)
                if let offer = state.offer {
                    OfferCheck(state: state, offer: offer, strings: strings, onAccepted: onAccepted)
                } else {
                    scanner(strings)
                    paste(strings)
                }
                if let problem = state.problem {
                    ErrorText(message: problem)
                }
            }
            .padding(20)
        }
        .background(Theme.background)
        .directed(strings.rtl)
    }

    @ViewBuilder
    private func scanner(_ strings: Strings) -> some SwiftUI.View {
        if scanning {
            QRScannerView { code in
                scanning = false
                state.scanned(code, strings)
            }
            .frame(height: 320)
            .clipShape(RoundedRectangle(cornerRadius: 12))
            .accessibilityLabel(strings["enroll-scan"])
            Button { scanning = false } label: {
                Text(strings["wipe-cancel"]).wideTarget()
            }
            .buttonStyle(.bordered)
        } else {
            Button {
                Task { @MainActor in
                    let allowed = await CameraAccess.request()
                    cameraRefused = !allowed
                    scanning = allowed
                }
            } label: {
                Text(strings["enroll-scan"]).wideTarget()
            }
            .buttonStyle(.borderedProminent)
            .tint(Theme.primary)
            if cameraRefused {
                ErrorText(message: strings.text("enroll-camera-denied"))
            }
        }
    }

    @ViewBuilder
    private func paste(_ strings: Strings) -> some SwiftUI.View {
        let label = strings["enroll-paste"]
        Text(label)
            .font(.subheadline)
            .accessibilityHidden(true)
        TextEditor(text: $state.code)
            .autocorrectionDisabled()
            .textInputAutocapitalization(.never)
            .frame(minHeight: 96)
            .overlay(RoundedRectangle(cornerRadius: 6).stroke(Theme.secondary, lineWidth: 1))
            .accessibilityLabel(label)
        Button { state.read(strings) } label: {
            Text(strings["enroll-read"]).wideTarget()
        }
        .buttonStyle(.borderedProminent)
        .tint(Theme.primary)
        .disabled(state.code.allSatisfy(\.isWhitespace))
    }
}

/// The offer a code holds: the organization and its fingerprint words, to
/// compare with the sheet the organization shows, then accept or refuse.
@MainActor
private struct OfferCheck: SwiftUI.View {
    @ObservedObject var state: EnrollmentModel
    let offer: EnrollmentOffer
    let strings: Strings
    let onAccepted: () -> Void

    var body: some SwiftUI.View {
        let words = offer.fingerprintWords
        VStack(alignment: .leading, spacing: 16) {
            Text(offer.organization)
                .font(.title2.bold())
                .frame(maxWidth: .infinity, alignment: .leading)
            Text(strings["enroll-check-words"])
            VStack(alignment: .leading, spacing: 4) {
                ForEach(Array(stride(from: 0, to: words.count, by: 2)), id: \.self) { start in
                    HStack(spacing: 12) {
                        ForEach(start..<min(start + 2, words.count), id: \.self) { i in
                            Text(words[i])
                                .font(.largeTitle.bold())
                                .foregroundStyle(Theme.primary)
                                .frame(maxWidth: .infinity, alignment: .leading)
                        }
                    }
                }
            }
            Button {
                Task { @MainActor in
                    await state.accept(strings)
                    if state.accepted {
                        onAccepted()
                    }
                }
            } label: {
                Text(strings["enroll-accept"]).wideTarget()
            }
            .buttonStyle(.borderedProminent)
            .tint(Theme.primary)
            .disabled(state.busy)
            Button { state.refuse() } label: {
                Text(strings["enroll-refuse"]).wideTarget()
            }
            .buttonStyle(.bordered)
            .disabled(state.busy)
        }
    }
}
