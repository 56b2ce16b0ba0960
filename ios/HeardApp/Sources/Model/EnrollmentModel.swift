// The enrollment flow over the core (Enrollment.kt's EnrollmentState):
// the code (scanned or pasted), the offer it holds, and the outcome.

import Foundation
import HeardCore

/// Enrollment's state. Nothing is stored until the person accepts.
@MainActor
final class EnrollmentModel: ObservableObject {
    private let app: HeardApp
    @Published var code = ""
    @Published private(set) var offer: EnrollmentOffer? = nil
    @Published private(set) var problem: LocalizedText? = nil
    @Published private(set) var busy = false
    @Published private(set) var accepted = false

    init(app: HeardApp) {
        self.app = app
    }

    private var trimmedCode: String {
        code.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads the code: the organization and its fingerprint words.
    func read(_ strings: Strings) {
        problem = nil
        do {
            offer = try app.readEnrollmentCode(qr: trimmedCode)
        } catch {
            problem = strings.text("enroll-invalid")
            offer = nil
        }
    }

    /// A code the camera read: shown exactly as a pasted one.
    func scanned(_ payload: String, _ strings: Strings) {
        code = payload
        read(strings)
    }

    /// Enrolls with the code the person checked.
    func accept(_ strings: Strings) async {
        busy = true
        defer { busy = false }
        do {
            try await app.acceptEnrollment(qr: trimmedCode)
            accepted = true
        } catch {
            problem = strings.text("enroll-invalid")
        }
    }

    /// Forgets the code and the offer.
    func refuse() {
        offer = nil
        code = ""
        problem = nil
    }
}
