// Starting surveys, kiosks and the PIN checks settings makes (App.kt's
// start, startKiosk, nextRespondent, leaveKiosk; Settings.kt's checked).

import HeardCore

/// A form's result line: a confirmation, or an error.
struct Outcome: Equatable {
    let message: LocalizedText
    let ok: Bool
}

@MainActor
extension RootModel {
    /// Starts `info` in the person's languages.
    func start(_ info: QuestionnaireInfo) {
        let draftId: String
        do {
            draftId = try app.start(questionnaireId: info.id, preferred: preferred)
        } catch {
            notice = strings.text("error-try-again")
            return
        }
        let survey = SurveyModel(app: app, languages: info.languages, preferred: preferred, listeningSession: info.listeningSession)
        route = .survey(SurveySession(survey: survey, questionnaire: info, draftId: draftId))
    }

    /// Kiosk mode for `info` in `locale`, confirmed with the PIN (so only
    /// the person who holds it can start or stop a kiosk).
    func startKiosk(_ info: QuestionnaireInfo, locale: String, pin: String) -> LocalizedText? {
        let outcome: UnlockOutcome
        do {
            outcome = try app.checkPin(pin: pin)
        } catch {
            return pinError(strings, error)
        }
        if let message = afterPin(outcome) {
            return message
        }
        do {
            try app.setKiosk(locale: locale)
            _ = try app.start(questionnaireId: info.id, preferred: [locale])
        } catch {
            return strings.text("error-try-again")
        }
        let survey = SurveyModel(app: app, languages: info.languages, preferred: [locale])
        route = .kiosk(KioskSession(survey: survey, questionnaire: info, locale: locale))
        return nil
    }

    /// The next respondent on a kiosk: a fresh survey the core has already
    /// started.
    func nextRespondent() {
        guard case let .kiosk(kiosk) = route else { return }
        let survey = SurveyModel(app: app, languages: kiosk.questionnaire.languages, preferred: [kiosk.locale])
        route = .kiosk(KioskSession(survey: survey, questionnaire: kiosk.questionnaire, locale: kiosk.locale))
        sync.refresh()
    }

    /// Leaves kiosk mode with the PIN; the unfinished survey of whoever
    /// stood there goes. What it says is in `strings`, the kiosk's language.
    func leaveKiosk(_ pin: String, strings: Strings) -> LocalizedText? {
        let outcome: UnlockOutcome
        do {
            outcome = try app.checkPin(pin: pin)
        } catch {
            return pinError(strings, error)
        }
        if let message = afterPin(outcome, strings: strings) {
            return message
        }
        do {
            try app.discard()
        } catch {
            // Nothing was in progress.
        }
        do {
            try app.setKiosk(locale: nil)
        } catch {
            // Locked or wiped meanwhile: home shows which.
        }
        home()
        return nil
    }

    /// After the PIN opened the app again: the survey the lock interrupted
    /// comes back from its draft (answers, screen, language); a kiosk starts
    /// over for a new respondent (kiosk mode itself ended with the lock, and
    /// turning it on again drops the last respondent's unfinished draft).
    func resumeAfterUnlock() {
        switch route {
        case let .survey(session):
            guard session.survey.submitted == nil else {
                route = .home
                return
            }
            do {
                _ = try app.resume(draftId: session.draftId)
            } catch {
                // The draft is gone (expired, or the duress PIN emptied the
                // app): home, as after any other start.
                route = .home
                return
            }
            let survey = SurveyModel(
                app: app,
                languages: session.questionnaire.languages,
                preferred: session.survey.preferred,
                listeningSession: session.questionnaire.listeningSession
            )
            route = .survey(SurveySession(survey: survey, questionnaire: session.questionnaire, draftId: session.draftId))
        case let .kiosk(kiosk):
            do {
                try app.setKiosk(locale: kiosk.locale)
                _ = try app.start(questionnaireId: kiosk.questionnaire.id, preferred: [kiosk.locale])
            } catch {
                route = .home
                return
            }
            nextRespondent()
        case .home, .outbox, .settings:
            break
        }
    }

    /// What a PIN call that checks the current PIN did: a wrong PIN or an
    /// erase is told, success confirmed with message `saved`.
    func checked(_ saved: String, _ call: () throws -> UnlockOutcome) -> Outcome {
        do {
            let outcome = try call()
            if outcome == .unlocked {
                refresh()
                return Outcome(message: strings.text(saved), ok: true)
            }
            return Outcome(message: afterPin(outcome) ?? strings.text(saved), ok: false)
        } catch {
            return Outcome(message: pinError(strings, error), ok: false)
        }
    }
}
