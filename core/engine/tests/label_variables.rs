//! Labels and hints that show other answers (`{ $name }`), on
//! tests/fixtures/label-variables: values follow the answers as they change,
//! numbers keep the locale's digits, options show their label in the
//! display language, and an empty answer shows nothing.

use heard_engine::l10n::strip_isolation;
use heard_engine::{Answer, Questionnaire, Response, coverage};
use std::collections::BTreeMap;
use std::sync::Arc;

fn questionnaire() -> Arc<Questionnaire> {
    Arc::new(Questionnaire::load("tests/fixtures/label-variables").expect("fixture loads"))
}

fn label(r: &Response, id: &str) -> String {
    strip_isolation(&r.item_view(id).expect("item").label.text)
}

#[test]
fn a_label_shows_the_current_answers_and_follows_them() {
    let q = questionnaire();
    assert_eq!(
        q.label_variables().collect::<Vec<_>>(),
        ["double", "nickname", "place", "times", "when"]
    );
    let mut r = Response::new(q, &["en"]);
    assert_eq!(
        label(&r, "times"),
        "How many times, ?",
        "no answer shows nothing"
    );
    r.answer("nickname", Answer::Text("Sam".into()))
        .expect("answer");
    assert_eq!(label(&r, "times"), "How many times, Sam?");
    // The value is isolated for bidi like every placeable.
    assert_eq!(
        r.item_view("times").expect("item").label.text,
        "How many times, \u{2068}Sam\u{2069}?"
    );
    r.answer("times", Answer::Integer(1)).expect("answer");
    r.answer("place", Answer::Choice("station".into()))
        .expect("answer");
    r.answer("when", Answer::Date("2026-01-05".into()))
        .expect("answer");
    assert_eq!(
        label(&r, "summary"),
        "Sam: once at a station, on 2026-01-05 (twice: 2).",
        "a number selects the plural; an option shows its label; a date is ISO"
    );
    r.answer("times", Answer::Integer(3)).expect("answer");
    assert_eq!(
        label(&r, "summary"),
        "Sam: 3 times at a station, on 2026-01-05 (twice: 6)."
    );
    let more = r.item_view("more").expect("item");
    assert_eq!(
        strip_isolation(&more.hint.expect("hint").text),
        "About at a station, for example."
    );
    // Declining or clearing empties it again.
    r.decline("nickname").expect("decline");
    assert_eq!(label(&r, "times"), "How many times, ?");
    r.answer("nickname", Answer::Text("Sam".into()))
        .expect("answer");
    r.clear("nickname").expect("clear");
    assert_eq!(label(&r, "more"), "Anything else, ?");
}

#[test]
fn values_are_shown_in_the_display_language() {
    let answers = BTreeMap::from([
        ("nickname".to_string(), Answer::Text("سارا".into())),
        ("times".to_string(), Answer::Integer(12)),
        ("place".to_string(), Answer::Choice("street".into())),
    ]);
    let (r, dropped) = Response::restore(
        questionnaire(),
        &["fa"],
        answers,
        heard_engine::Cursor::Screen(0),
    );
    assert!(dropped.is_empty());
    assert_eq!(
        label(&r, "summary"),
        "سارا: ۱۲ بار در خیابان",
        "Persian digits and the Persian option label"
    );
    // A label only English has still gets the answer.
    assert_eq!(label(&r, "times"), "How many times, سارا?");
    let review = r.review();
    let times = review.iter().find(|e| e.item == "times").expect("entry");
    assert_eq!(strip_isolation(&times.label.text), "How many times, سارا?");
}

#[test]
fn coverage_reports_no_false_unknown_variables() {
    let q = questionnaire();
    for c in coverage(&q) {
        assert!(
            c.format_errors.is_empty(),
            "{}: {:?}",
            c.locale,
            c.format_errors
        );
    }
}

#[test]
fn a_variable_naming_no_item_is_refused_in_memory_too() {
    let files = BTreeMap::from([
        (
            "questionnaire.toml".to_string(),
            "id = \"v\"\nversion = 1\nkind = \"survey\"\ndefault_locale = \"en\"\n\n[[items]]\nid = \"age\"\ntype = \"integer\"\n".to_string(),
        ),
        (
            "locales/en/v.ftl".to_string(),
            "questionnaire-title = V\nage = How old, { $name }?\n".to_string(),
        ),
    ]);
    let err = Questionnaire::from_files("v v1", &files).expect_err("refused");
    assert_eq!(
        err.to_string(),
        "v v1/locales/en/v.ftl:2: message \"age\" shows { $name }, but this questionnaire has no item \"name\": a variable shows the answer of the item it names"
    );
}
