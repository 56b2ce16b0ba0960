//! Every item type and expression function through the runtime API, on a
//! fixture written for it (tests/fixtures/all-types).

use chrono::NaiveDate;
use heard_engine::ErrorCode;
use heard_engine::{Action, Answer, Direction, Error, Questionnaire, Response};
use std::collections::BTreeMap;
use std::sync::Arc;

fn start() -> Response {
    let q = Arc::new(Questionnaire::load("tests/fixtures/all-types").expect("fixture loads"));
    let mut r = Response::new(q, &["en"]);
    r.set_today(NaiveDate::from_ymd_opt(2026, 11, 23).expect("date"));
    r
}

fn code(result: Result<(), Error>) -> ErrorCode {
    match result {
        Err(Error::Invalid(e)) => e.code,
        other => panic!("expected a refused answer, got {other:?}"),
    }
}

#[test]
fn dates_are_checked_against_today_and_a_literal() {
    let mut r = start();
    r.answer_typed("when", "2026-11-23").expect("today is fine");
    assert_eq!(
        code(r.answer_typed("when", "2026-11-24")),
        ErrorCode::Constraint
    );
    assert_eq!(
        code(r.answer_typed("when", "2019-12-31")),
        ErrorCode::Constraint
    );
    assert_eq!(
        code(r.answer_typed("when", "2026-02-30")),
        ErrorCode::InvalidDate
    );
    assert_eq!(
        code(r.answer_typed("when", "yesterday")),
        ErrorCode::InvalidDate
    );
    assert_eq!(
        r.answer_of("when"),
        Some(&Answer::Date("2026-11-23".into()))
    );
    match r.answer_typed("when", "2030-01-01") {
        Err(Error::Invalid(e)) => assert_eq!(e.message.text, "Not before 2020, not in the future."),
        other => panic!("{other:?}"),
    }
}

#[test]
fn decimals_accept_a_comma_and_respect_bounds() {
    let mut r = start();
    r.answer_typed("weight", "0,75").expect("comma decimal");
    assert_eq!(r.answer_of("weight"), Some(&Answer::Decimal(0.75)));
    assert_eq!(code(r.answer_typed("weight", "0.4")), ErrorCode::BelowMin);
    assert_eq!(
        code(r.answer("weight", Answer::Decimal(f64::NAN))),
        ErrorCode::NotANumber
    );
    r.answer("weight", Answer::Integer(7))
        .expect("an integer is a decimal");
    assert_eq!(r.answer_of("weight"), Some(&Answer::Decimal(7.0)));
}

#[test]
fn calculations_required_conditions_and_functions_follow_answers() {
    let mut r = start();
    r.answer_typed("weight", "50").expect("answer");
    assert_eq!(
        r.calculated("heavy").as_deref(),
        Some("light"),
        "coalesce falls back when the nickname is empty"
    );
    r.answer_typed("nickname", "Bo").expect("answer");
    assert_eq!(r.calculated("heavy").as_deref(), Some("Bo"));
    assert_eq!(
        code(r.answer_typed("nickname", "B")),
        ErrorCode::Constraint,
        "string-length(.) >= 2"
    );
    assert_eq!(
        code(r.answer_typed("nickname", "Bobby6")),
        ErrorCode::TooLong
    );
    assert!(!r.is_relevant("fruit"));
    r.clear("nickname").expect("clear");
    r.answer_typed("weight", "150").expect("answer");
    assert_eq!(r.calculated("heavy").as_deref(), Some("heavy"));
    assert!(r.is_relevant("fruit"));
    let missing: Vec<(String, ErrorCode)> = r
        .completion()
        .into_iter()
        .map(|e| (e.item, e.code))
        .collect();
    assert!(
        missing.contains(&("nickname".into(), ErrorCode::Required)),
        "required when weight > 100: {missing:?}"
    );
    r.answer("fruit", Answer::Choices(vec!["pear".into()]))
        .expect("answer");
    assert!(r.is_relevant("why_pear"));
    r.answer("fruit", Answer::Choices(vec!["pear".into(), "1".into()]))
        .expect("answer");
    assert!(
        !r.is_relevant("why_pear"),
        "count-selected = 1 no longer holds"
    );
    let labels: Vec<String> = r
        .item_view("fruit")
        .expect("view")
        .choices
        .into_iter()
        .map(|c| c.label.text)
        .collect();
    assert_eq!(
        labels,
        ["Apple", "Pear", "The first fruit"],
        "an explicit label id"
    );
}

#[test]
fn listening_session_entries_are_validated() {
    let mut r = start();
    let tally = BTreeMap::from([("young".to_string(), 4), ("old".to_string(), 0)]);
    r.answer("tally", Answer::Tally(tally)).expect("tally");
    assert_eq!(
        r.answer_of("tally"),
        Some(&Answer::Tally(BTreeMap::from([("young".to_string(), 4)]))),
        "zero brackets are dropped"
    );
    assert_eq!(
        code(r.answer(
            "tally",
            Answer::Tally(BTreeMap::from([("names".to_string(), 1)]))
        )),
        ErrorCode::UnknownChoice
    );
    assert_eq!(
        code(r.answer(
            "tally",
            Answer::Tally(BTreeMap::from([("old".to_string(), 1_000_000)]))
        )),
        ErrorCode::TooMany
    );
    r.answer("quotes", Answer::Entries(vec![" We were afraid. ".into()]))
        .expect("quote");
    assert_eq!(
        r.answer_of("quotes"),
        Some(&Answer::Entries(vec!["We were afraid.".into()]))
    );
    assert_eq!(
        code(r.answer("quotes", Answer::Entries(vec!["ok".into(), "  ".into()]))),
        ErrorCode::EmptyEntry
    );
    assert_eq!(
        code(r.answer("quotes", Answer::Entries(vec!["x".repeat(21)]))),
        ErrorCode::TooLong
    );
    let action = |due: Option<&str>| Action {
        what: "Translate the leaflet".into(),
        who: "liaison".into(),
        due: due.map(str::to_string),
    };
    r.answer("actions", Answer::Actions(vec![action(Some("2026-12-15"))]))
        .expect("action");
    assert_eq!(
        code(r.answer("actions", Answer::Actions(vec![action(Some("soon"))]))),
        ErrorCode::InvalidDate
    );
    let review = r.review();
    let shown = review
        .iter()
        .find(|e| e.item == "actions")
        .expect("actions")
        .display
        .text
        .clone();
    assert_eq!(shown, "Translate the leaflet — liaison — 2026-12-15");
    let tally = review
        .iter()
        .find(|e| e.item == "tally")
        .expect("tally")
        .display
        .text
        .clone();
    assert_eq!(tally, "Young: 4");
}

#[test]
fn a_questionnaire_can_declare_its_own_language_direction() {
    let r = start();
    assert_eq!(r.questionnaire().languages.direction("xx"), Direction::Rtl);
    let mut r = start();
    r.set_locale(&["ar"]);
    let weight = r.item_view("weight").expect("view");
    assert_eq!(
        (weight.label.locale.as_str(), weight.label.fallback),
        ("ar", false)
    );
    let nick = r.item_view("nickname").expect("view");
    assert_eq!(
        (
            nick.label.text.as_str(),
            nick.label.locale.as_str(),
            nick.label.fallback,
            nick.label.direction
        ),
        ("Nickname", "en", true, Direction::Ltr)
    );
    assert_eq!(
        nick.decline.expect("decline").locale,
        "ar",
        "app strings follow the chosen language"
    );
}

#[test]
fn answers_serialize_to_stable_json() {
    let json = serde_json::to_string(&Answer::Choices(vec!["a".into()])).expect("json");
    assert_eq!(json, r#"{"type":"choices","value":["a"]}"#);
    assert_eq!(
        serde_json::to_string(&Answer::Declined).expect("json"),
        r#"{"type":"declined"}"#
    );
    let back: Answer = serde_json::from_str(r#"{"type":"integer","value":4}"#).expect("parse");
    assert_eq!(back, Answer::Integer(4));
}
