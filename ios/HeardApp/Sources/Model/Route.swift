// Which screen is in front (App.kt's Route).

import HeardCore

/// A survey or listening session in progress, with what is needed to pick
/// it up again after the app locked in the background (the lock drops the
/// response in memory; its draft stays).
struct SurveySession {
    let survey: SurveyModel
    let questionnaire: QuestionnaireInfo
    /// The draft `start` returned, for `resume`.
    let draftId: String
}

/// A shared kiosk: one respondent after another in `locale`.
struct KioskSession {
    let survey: SurveyModel
    let questionnaire: QuestionnaireInfo
    let locale: String
}

/// The screen in front.
enum Route {
    /// The questionnaires (or enrollment, before there is an organization).
    case home
    case survey(SurveySession)
    case kiosk(KioskSession)
    case outbox
    case settings
}
