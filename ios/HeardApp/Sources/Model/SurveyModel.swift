// A survey in progress over the core (Survey.kt's SurveyState): the
// core's current View, kept for SwiftUI. Every change goes through the
// core, and the View it returns is the only truth the screens draw.

import HeardCore

/// One response being filled in.
@MainActor
final class SurveyModel: ObservableObject {
    let app: HeardApp
    let languages: [LanguageInfo]
    /// A facilitator's listening session: the review closes the session.
    let listeningSession: Bool

    @Published private(set) var view: HeardCore.View
    @Published private(set) var submitted: Submitted? = nil
    /// The person's languages, the one chosen in the survey first.
    @Published private(set) var preferred: [String]

    init(app: HeardApp, languages: [LanguageInfo], preferred: [String], listeningSession: Bool = false) {
        self.app = app
        self.languages = languages
        self.listeningSession = listeningSession
        self.preferred = preferred
        self.view = (try? app.render()) ?? .idle
    }

    /// The locale the survey is shown in (the screens' strings follow it).
    var locale: String {
        switch view {
        case let .questions(screen):
            return screen.locale
        case let .review(_, _, _, _, locale, _):
            return locale
        case .idle:
            return preferred.first ?? "en"
        }
    }

    /// Applies `change`; false when the core refused it (the core's view is
    /// read again, so a field shows why).
    @discardableResult
    private func apply(_ change: () throws -> HeardCore.View) -> Bool {
        do {
            view = try change()
            return true
        } catch {
            view = (try? app.render()) ?? view
            return false
        }
    }

    /// Whether `item` on the current screen shows no error.
    private func accepted(_ item: String) -> Bool {
        guard case let .questions(screen) = view else { return true }
        return screen.fields.first(where: { $0.id == item })?.error == nil
    }

    @discardableResult
    func answer(_ item: String, _ value: AnswerValue) -> Bool {
        apply { try app.answer(item: item, value: value) }
    }

    /// What was typed; an empty field clears the answer.
    @discardableResult
    func typed(_ item: String, _ text: String) -> Bool {
        apply {
            if text.allSatisfy(\.isWhitespace) {
                return try app.clear(item: item)
            }
            return try app.answerTyped(item: item, typed: text)
        }
    }

    @discardableResult
    func decline(_ item: String) -> Bool {
        apply { try app.decline(item: item) }
    }

    @discardableResult
    func setTally(_ item: String, _ bracket: String, _ count: Int32) -> Bool {
        apply { try app.setTally(item: item, bracket: bracket, count: count) }
    }

    /// Adds an entry to a list; false when it was refused (the text stays
    /// to correct).
    @discardableResult
    func addEntry(_ item: String, _ text: String) -> Bool {
        apply { try app.addEntry(item: item, text: text) } && accepted(item)
    }

    /// Adds a follow-up action; false when it was refused (the fields stay
    /// to correct).
    @discardableResult
    func addAction(_ item: String, _ action: FollowUp) -> Bool {
        apply { try app.addAction(item: item, action: action) } && accepted(item)
    }

    @discardableResult
    func next() -> Bool {
        apply { try app.next() }
    }

    @discardableResult
    func back() -> Bool {
        apply { try app.back() }
    }

    @discardableResult
    func goTo(_ screen: Int32) -> Bool {
        apply { try app.goTo(screen: screen) }
    }

    /// Switches the survey's language; the answers stay.
    func setLocale(_ tag: String) {
        preferred = [tag] + preferred.filter { $0 != tag }
        let preferred = self.preferred
        apply { try app.setLocale(preferred: preferred) }
    }

    /// Seals and queues the response.
    func submit() {
        do {
            submitted = try app.submit()
        } catch {
            view = (try? app.render()) ?? view
            return
        }
        view = (try? app.render()) ?? .idle
    }

    /// The recording behind a "listen" button; nil when it cannot be read.
    func clip(_ prompt: AudioPrompt) -> AudioClip? {
        try? app.audio(audioId: prompt.id)
    }
}
