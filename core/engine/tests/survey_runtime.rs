//! Filling in the shipped post-encounter survey through the runtime API:
//! relevance, validation, consent, languages, progress, review, restore.

use heard_engine::ErrorCode;
use heard_engine::l10n::strip_isolation;
use heard_engine::{Answer, Cursor, Direction, Error, Questionnaire, Response};
use std::sync::{Arc, OnceLock};

fn survey() -> Arc<Questionnaire> {
    static Q: OnceLock<Arc<Questionnaire>> = OnceLock::new();
    Q.get_or_init(|| {
        Arc::new(
            Questionnaire::load("../../questionnaires/post-encounter")
                .expect("shipped survey loads"),
        )
    })
    .clone()
}

fn start(locale: &str) -> Response {
    Response::new(survey(), &[locale])
}

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

fn screen_id(r: &Response) -> String {
    r.screen().map_or_else(|| "<end>".into(), |s| s.id)
}

fn issues(result: Result<Cursor, Error>) -> Vec<(String, ErrorCode, String)> {
    match result {
        Err(Error::Incomplete(v)) => v
            .into_iter()
            .map(|e| (e.item, e.code, strip_isolation(&e.message.text)))
            .collect(),
        other => panic!("expected missing answers, got {other:?}"),
    }
}

fn invalid(result: Result<(), Error>) -> (ErrorCode, String) {
    match result {
        Err(Error::Invalid(e)) => (e.code, strip_isolation(&e.message.text)),
        other => panic!("expected a refused answer, got {other:?}"),
    }
}

/// Consents and moves to the contact page.
fn past_consent(r: &mut Response) {
    assert_eq!(screen_id(r), "consent");
    r.answer("consent", Answer::Consent(true)).expect("consent");
    r.next_screen().expect("to contact page");
    assert_eq!(screen_id(r), "page_contact");
}

#[test]
fn consent_comes_first_and_cannot_be_skipped() {
    let mut r = start("en");
    let screen = r.screen().expect("first screen");
    assert_eq!(screen.id, "consent");
    let labels: Vec<String> = screen.items[0]
        .choices
        .iter()
        .map(|c| c.label.text.clone())
        .collect();
    assert_eq!(labels, ["I agree", "I do not agree"]);
    assert_eq!(
        issues(r.next_screen()),
        [(
            "consent".into(),
            ErrorCode::Required,
            "This question needs an answer.".into()
        )]
    );
    assert_eq!(screen_id(&r), "consent");
}

#[test]
fn declining_consent_ends_the_survey_with_nothing_kept() {
    let mut r = start("en");
    r.answer("consent", Answer::Consent(true))
        .expect("agree first");
    r.next_screen().expect("next");
    r.answer("contact_kind", choice("id_check"))
        .expect("answer");
    r.back();
    r.answer("consent", Answer::Consent(false))
        .expect("decline");
    assert!(r.consent_declined());
    assert!(r.answers().is_empty(), "{:?}", r.answers());
    assert!(r.draft_answers().is_empty());
    assert!(r.screen().is_none());
    assert!(matches!(
        r.answer("contact_kind", choice("id_check")),
        Err(Error::Ended)
    ));
    assert!(matches!(r.next_screen(), Err(Error::Ended)));
    assert!(!r.is_complete());
}

#[test]
fn relevance_skips_the_reason_page_unless_it_was_a_stop() {
    let mut r = start("en");
    past_consent(&mut r);
    r.answer("contact_kind", choice("reported_crime"))
        .expect("answer");
    r.next_screen().expect("next");
    assert_eq!(screen_id(&r), "page_language");
    assert_eq!(r.back(), Cursor::Screen(1));
    r.answer("contact_kind", choice("stopped_public"))
        .expect("answer");
    r.next_screen().expect("next");
    assert_eq!(screen_id(&r), "page_reason");
    let ids: Vec<String> = r
        .screen()
        .expect("screen")
        .items
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(
        ids,
        ["reason_explained"],
        "the follow-up is hidden until the reason was explained"
    );
    r.answer("reason_explained", choice("partly"))
        .expect("answer");
    let ids: Vec<String> = r
        .screen()
        .expect("screen")
        .items
        .into_iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(ids, ["reason_explained", "reason_understood"]);
    assert!(matches!(
        r.answer("interpreter_offered", choice("dont_know")),
        Err(Error::NotRelevant(_))
    ));
}

#[test]
fn required_items_block_next_and_prefer_not_to_say_counts_as_an_answer() {
    let mut r = start("en");
    past_consent(&mut r);
    assert_eq!(
        issues(r.next_screen()),
        [(
            "contact_kind".into(),
            ErrorCode::Required,
            "This question needs an answer. You can also choose \"Prefer not to say\".".into()
        )]
    );
    r.decline("contact_kind").expect("decline");
    assert_eq!(
        r.next_screen().expect("declined is an answer"),
        Cursor::Screen(3)
    );
    assert_eq!(
        screen_id(&r),
        "page_language",
        "a declined contact kind is not a stop"
    );
}

#[test]
fn numbers_are_checked_against_bounds_and_the_previous_answer_survives() {
    let mut r = start("en");
    past_consent(&mut r);
    r.answer_typed("officers_count", "3").expect("valid");
    assert_eq!(
        invalid(r.answer_typed("officers_count", "0")),
        (ErrorCode::BelowMin, "The number must be 1 or more.".into())
    );
    assert_eq!(
        invalid(r.answer_typed("officers_count", "31")),
        (ErrorCode::AboveMax, "The number must be 30 or less.".into())
    );
    assert_eq!(
        invalid(r.answer_typed("officers_count", "2.5")),
        (
            ErrorCode::NotWholeNumber,
            "Please enter a whole number.".into()
        )
    );
    assert_eq!(
        invalid(r.answer_typed("officers_count", "three")),
        (ErrorCode::NotANumber, "Please enter a number.".into())
    );
    assert_eq!(
        invalid(r.answer("officers_count", Answer::Text("3".into()))).0,
        ErrorCode::WrongKind
    );
    assert_eq!(r.answer_of("officers_count"), Some(&Answer::Integer(3)));
    r.answer_typed("officers_count", "  ")
        .expect("blank clears");
    assert_eq!(r.answer_of("officers_count"), None);
    assert_eq!(
        invalid(r.answer("contact_kind", choice("riot"))).0,
        ErrorCode::UnknownChoice
    );
}

#[test]
fn constraint_messages_come_from_the_questionnaire_in_the_chosen_language() {
    let mut r = start("fr");
    let outcome = Answer::Choices(vec!["warning".into(), "no_action".into()]);
    // Reach the item first: it is on a later page but always relevant.
    let (code, message) = invalid(r.answer("outcome", outcome));
    assert_eq!(code, ErrorCode::Constraint);
    let expected = survey()
        .catalog
        .negotiate(&["fr"], "en", &survey().languages);
    let fr = survey()
        .catalog
        .format(
            &expected,
            "outcome",
            Some("constraint"),
            None,
            &survey().languages,
        )
        .expect("fr constraint");
    assert_eq!(message, strip_isolation(&fr.text));
    assert!(!fr.fallback);
    assert_ne!(
        message,
        "\"Nothing happened\" cannot be chosen together with another outcome."
    );
    r.answer(
        "outcome",
        Answer::Choices(vec!["warning".into(), "fine".into(), "warning".into()]),
    )
    .expect("valid");
    assert_eq!(
        r.answer_of("outcome"),
        Some(&Answer::Choices(vec!["warning".into(), "fine".into()])),
        "kept once each, in list order"
    );
}

#[test]
fn switching_language_keeps_every_answer_and_flips_direction() {
    let mut r = start("en");
    past_consent(&mut r);
    r.answer("contact_kind", choice("stopped_vehicle"))
        .expect("answer");
    r.answer_typed("officers_count", "2").expect("answer");
    let before = r.draft_answers();
    assert_eq!(r.direction(), Direction::Ltr);
    r.set_locale(&["ar"]);
    assert_eq!(r.draft_answers(), before);
    assert_eq!((r.locale(), r.direction()), ("ar", Direction::Rtl));
    let screen = r.screen().expect("screen");
    assert_eq!(screen.direction, Direction::Rtl);
    let contact = &screen.items[0];
    assert_eq!(contact.answer, Some(choice("stopped_vehicle")));
    assert!(
        contact
            .label
            .text
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{}",
        contact.label.text
    );
    for c in &contact.choices {
        assert_eq!(
            (c.label.locale.as_str(), c.label.direction, c.label.fallback),
            ("ar", Direction::Rtl, false)
        );
    }
    assert_eq!(
        contact.decline.as_ref().expect("decline").direction,
        Direction::Rtl
    );
    r.set_locale(&["en"]);
    assert_eq!(
        r.screen().expect("screen").items[0].label.text,
        "What kind of contact with the police was it?"
    );
}

#[test]
fn direction_is_declared_not_guessed_even_when_arabic_text_starts_with_a_digit() {
    let r = start("ar");
    let age = r.item_view("age_group").expect("age_group");
    let first = &age.choices[0].label;
    assert_eq!(first.direction, Direction::Rtl, "{:?}", first.text);
    let t = r.item_view("officers_count").expect("officers");
    let instructions = t.instructions.expect("instructions");
    assert_eq!(instructions.direction, Direction::Rtl);
    assert!(
        instructions.text.contains('\u{2068}'),
        "numbers are bidi-isolated: {:?}",
        instructions.text
    );
}

#[test]
fn dari_reads_dari_wording_and_persian_for_the_rest_marked_as_fallback() {
    let r = start("prs");
    assert_eq!(r.locale(), "prs");
    let q = survey();
    let own = q
        .catalog
        .keys("prs")
        .map(|(k, _)| k.to_string())
        .find(|k| !k.contains('.') && !k.starts_with('-'))
        .expect("prs has messages");
    let borrowed = q
        .catalog
        .keys("fa")
        .map(|(k, _)| k.to_string())
        .find(|k| !k.contains('.') && !q.catalog.has("prs", k) && q.item(k).is_some())
        .expect("some fa-only item");
    let own_text = r
        .item_view(&own)
        .map(|v| v.label)
        .or_else(|| r.review().into_iter().map(|e| e.label).next())
        .expect("label");
    if q.item(&own).is_some() {
        assert_eq!(
            (own_text.locale.as_str(), own_text.fallback),
            ("prs", false)
        );
    }
    let borrowed_text = r.item_view(&borrowed).expect("item").label;
    assert_eq!(
        (
            borrowed_text.locale.as_str(),
            borrowed_text.fallback,
            borrowed_text.direction
        ),
        ("fa", true, Direction::Rtl)
    );
}

#[test]
fn unknown_language_falls_back_to_the_default() {
    let r = start("de");
    assert_eq!(r.locale(), "en");
    let r = Response::new(survey(), &["de", "uk"]);
    assert_eq!(r.locale(), "uk");
}

#[test]
fn progress_counts_only_screens_that_are_shown() {
    let mut r = start("en");
    let first = r.progress();
    assert_eq!(
        (first.n, first.total),
        (1, 11),
        "the reason page waits for the kind of contact"
    );
    assert_eq!(strip_isolation(&first.text.text), "Question 1 of 11");
    past_consent(&mut r);
    r.answer("contact_kind", choice("stopped_public"))
        .expect("answer");
    assert_eq!(
        (r.progress().n, r.progress().total),
        (2, 12),
        "a stop adds the reason page"
    );
    r.answer("contact_kind", choice("reported_crime"))
        .expect("answer");
    let p = r.progress();
    assert_eq!(
        (p.n, p.total),
        (2, 11),
        "the reason page is no longer counted"
    );
    r.set_locale(&["uk"]);
    assert_ne!(strip_isolation(&r.progress().text.text), "Question 2 of 11");
    assert!(strip_isolation(&r.progress().text.text).contains("11"));
}

fn fill_everything(r: &mut Response) {
    past_consent(r);
    r.answer("contact_kind", choice("stopped_public"))
        .expect("contact");
    r.next_screen().expect("reason page");
    r.answer("reason_explained", choice("no")).expect("reason");
    r.next_screen().expect("language page");
    r.answer("language_needed", choice("yes"))
        .expect("language");
    r.answer("interpreter_offered", choice("not_offered"))
        .expect("interpreter");
    r.next_screen().expect("search page");
    r.answer("searched", choice("yes")).expect("searched");
    r.answer("search_consent", choice("said_required"))
        .expect("search consent");
    r.next_screen().expect("treatment page");
    for (item, v) in [
        ("pj_voice", "4"),
        ("pj_neutrality", "4"),
        ("pj_respect", "5"),
    ] {
        r.answer(item, choice(v)).expect(item);
    }
    r.decline("pj_motives").expect("decline");
    while r.next_screen().expect("optional pages") != Cursor::End {}
}

#[test]
fn a_filled_survey_is_complete_and_reviews_in_plain_words() {
    let mut r = start("en");
    assert!(!r.is_complete());
    fill_everything(&mut r);
    assert!(r.is_complete(), "{:?}", r.completion());
    assert!(r.screen().is_none());
    assert_eq!(r.progress().n, r.progress().total);
    let review = r.review();
    let shown = |id: &str| {
        review
            .iter()
            .find(|e| e.item == id)
            .map(|e| e.display.text.clone())
            .unwrap_or_else(|| panic!("{id} in review"))
    };
    assert_eq!(
        shown("contact_kind"),
        "I was stopped on the street or in another public place"
    );
    assert_eq!(shown("pj_motives"), "Prefer not to say");
    assert_eq!(shown("officers_count"), "Not answered");
    assert_eq!(shown("searched"), "Yes");
    assert!(
        review.iter().all(|e| e.item != "reason_understood"),
        "hidden items are not reviewed"
    );
    assert!(
        review
            .iter()
            .find(|e| e.item == "anything_else")
            .expect("free text")
            .sensitive
    );
    assert_eq!(
        r.back(),
        Cursor::Screen(11),
        "back from the end goes to the last screen"
    );
}

#[test]
fn the_procedural_justice_index_is_calculated_and_empty_when_a_part_is_declined() {
    let mut r = start("en");
    fill_everything(&mut r);
    assert_eq!(
        r.calculated("pj_index"),
        None,
        "a declined statement leaves the average empty"
    );
    r.answer("pj_motives", choice("3")).expect("answer");
    assert_eq!(r.calculated("pj_index").as_deref(), Some("4"));
    assert_eq!(r.answers().get("pj_index"), Some(&Answer::Decimal(4.0)));
}

#[test]
fn answers_to_questions_that_became_hidden_are_not_submitted() {
    let mut r = start("en");
    fill_everything(&mut r);
    assert!(r.answers().contains_key("search_consent"));
    r.answer("searched", choice("no")).expect("change");
    assert!(
        !r.answers().contains_key("search_consent"),
        "hidden answers are not sent"
    );
    assert!(
        r.draft_answers().contains_key("search_consent"),
        "but the draft keeps them in case the person changes back"
    );
    r.answer("searched", choice("yes")).expect("change back");
    assert!(r.answers().contains_key("search_consent"));
}

#[test]
fn a_restored_draft_comes_back_exactly_and_bad_entries_are_named() {
    let mut r = start("en");
    past_consent(&mut r);
    r.answer("contact_kind", choice("id_check"))
        .expect("answer");
    r.answer_typed("officers_count", "4").expect("answer");
    r.next_screen().expect("next");
    let mut saved = r.draft_answers();
    let cursor = r.cursor();
    saved.insert("gone_in_v2".into(), Answer::Text("x".into()));
    saved.insert("age_group".into(), choice("12_17"));
    let (back, dropped) = Response::restore(survey(), &["en"], saved, cursor);
    assert_eq!(dropped, ["age_group", "gone_in_v2"]);
    assert_eq!(back.cursor(), cursor);
    assert_eq!(back.draft_answers(), r.draft_answers());
    assert_eq!(screen_id(&back), screen_id(&r));
}

#[test]
fn items_without_answers_are_refused_clearly() {
    let mut r = start("en");
    assert_eq!(
        r.answer("thanks", Answer::Text("x".into()))
            .expect_err("note")
            .to_string(),
        "item \"thanks\" is a note and takes no answer"
    );
    assert_eq!(
        r.answer("nope", Answer::Declined)
            .expect_err("unknown")
            .to_string(),
        "no item called \"nope\" in this questionnaire"
    );
    assert_eq!(
        invalid(r.answer("consent", Answer::Declined)).0,
        ErrorCode::WrongKind,
        "consent offers no 'prefer not to say'"
    );
}

#[test]
fn a_missing_app_string_shows_its_id_marked_as_fallback() {
    let r = start("so");
    let t = r.ui_text("no-such-string");
    assert_eq!((t.text.as_str(), t.fallback), ("no-such-string", true));
    let next = r.ui_text("nav-next");
    assert_eq!((next.locale.as_str(), next.fallback), ("so", false));
}
