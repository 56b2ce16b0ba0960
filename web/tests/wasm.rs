//! The wasm-bindgen API itself, compiled to wasm32 and run under Node by
//! wasm-bindgen-test-runner: the same survey opened, refused, rendered in
//! Arabic, answered through the `WebSurvey` calls the page makes (answers
//! as JSON, views as JSON), kept as a draft, and sealed to an envelope the
//! organization's identity opens. Errors arrive as JavaScript `Error`s.
//!
//! `cargo test -p heard-web --target wasm32-unknown-unknown` with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner`
//! (see web/README.md).

#![cfg(target_arch = "wasm32")]

mod common;

use heard_engine::{Answer, Submission, seal};
use heard_protocol::signing::{SecretKey, Signed};
use heard_web::WebSurvey;
use serde_json::Value;
use wasm_bindgen::{JsError, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn message(e: JsError) -> String {
    js_sys::Error::from(JsValue::from(e))
        .message()
        .as_string()
        .unwrap_or_default()
}

fn parse(text: Result<String, JsError>) -> Value {
    let text = text.map_err(message).expect("a view");
    serde_json::from_str(&text).expect("the view is JSON")
}

fn open(preferred: &[&str]) -> (WebSurvey, String, String) {
    let (signed, key) = common::published();
    let preferred = preferred.iter().map(|s| s.to_string()).collect();
    let s = WebSurvey::open(&signed, &key, preferred)
        .map_err(message)
        .expect("opens");
    (s, signed, key)
}

fn items(view: &Value) -> Vec<String> {
    view["screen"]["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["id"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn opens_and_renders_the_first_screen() {
    let (s, _, _) = open(&["en"]);
    let view = parse(s.render());
    assert_eq!(view["view"], "questions");
    assert_eq!(view["screen"]["id"], "consent");
    assert_eq!(view["screen"]["direction"], "ltr");
    let languages: Value =
        serde_json::from_str(&s.languages().map_err(message).expect("languages")).expect("JSON");
    assert_eq!(languages.as_array().map(Vec::len), Some(10));
    assert_eq!(languages[0]["tag"], "en");
    assert_eq!(
        (s.questionnaire_id(), s.questionnaire_version()),
        ("post-encounter".to_string(), 1)
    );
}

#[wasm_bindgen_test]
fn arabic_is_right_to_left() {
    let (mut s, _, _) = open(&["ar"]);
    let view = parse(s.render());
    assert_eq!(view["screen"]["locale"], "ar");
    assert_eq!(view["screen"]["direction"], "rtl");
    assert_eq!(view["screen"]["items"][0]["label"]["direction"], "rtl");
    let view = parse(s.set_locale(vec!["so".into()]));
    assert_eq!(
        (
            view["screen"]["locale"].as_str(),
            view["screen"]["direction"].as_str()
        ),
        (Some("so"), Some("ltr"))
    );
}

#[wasm_bindgen_test]
fn a_bad_signature_or_another_key_is_refused_with_a_clear_error() {
    let key = SecretKey::generate();
    let mut signed = Signed::sign(&common::bundle(), &key);
    signed.payload = signed.payload.replace("\"version\":1", "\"version\":1 ");
    let altered = serde_json::to_string(&signed).expect("json");
    let err = WebSurvey::open(&altered, &key.public().to_base64(), vec!["en".into()])
        .err()
        .map(message)
        .expect("refused");
    assert!(
        err.starts_with("the questionnaire was not signed with this organization's key"),
        "{err}"
    );

    let (signed, _) = common::published();
    let err = WebSurvey::open(&signed, &SecretKey::generate().public().to_base64(), vec![])
        .err()
        .map(message)
        .expect("refused");
    assert!(
        err.contains("the signature does not match the organization's key"),
        "{err}"
    );

    let err = WebSurvey::open("{}", "nope", vec![])
        .err()
        .map(message)
        .expect("refused");
    assert!(
        err.starts_with("the organization key in the link is not valid"),
        "{err}"
    );
    let err = WebSurvey::open("[1]", &key.public().to_base64(), vec![])
        .err()
        .map(message)
        .expect("refused");
    assert!(
        err.starts_with("this is not a signed Heard questionnaire"),
        "{err}"
    );
}

/// The page reads the JSON form of the definition that `heard
/// questionnaire pack` adds: its WebAssembly has no TOML parser (the
/// `toml` feature of heard-engine is off here, as in the page).
#[wasm_bindgen_test]
fn the_json_form_is_what_the_page_reads() {
    let key = SecretKey::generate();
    let public = key.public().to_base64();

    let mut old = common::bundle();
    old.files.remove("questionnaire.json");
    let err = WebSurvey::open(&common::signed_json(&old, &key), &public, vec!["en".into()])
        .err()
        .map(message)
        .expect("a bundle without the JSON form is refused");
    assert!(err.contains("questionnaire.json"), "{err}");
    assert!(err.contains("publish the questionnaire again"), "{err}");

    // Only the JSON form counts: a broken TOML beside it changes nothing.
    let mut toml_broken = common::bundle();
    toml_broken
        .files
        .insert("questionnaire.toml".into(), "id = [".into());
    let s = WebSurvey::open(
        &common::signed_json(&toml_broken, &key),
        &public,
        vec!["en".into()],
    )
    .map_err(message)
    .expect("opens from the JSON form");
    assert_eq!(parse(s.render())["screen"]["id"], "consent");

    // A JSON form the engine refuses is named, without a line number.
    let mut wrong = common::bundle();
    let json =
        wrong.files["questionnaire.json"].replace("\"kind\":\"survey\"", "\"kind\":\"poll\"");
    assert_ne!(
        json, wrong.files["questionnaire.json"],
        "the fixture has kind = survey"
    );
    wrong.files.insert("questionnaire.json".into(), json);
    let err = WebSurvey::open(
        &common::signed_json(&wrong, &key),
        &public,
        vec!["en".into()],
    )
    .err()
    .map(message)
    .expect("refused");
    assert!(err.contains("questionnaire.json"), "{err}");
    assert!(err.contains("kind \"poll\" is unknown"), "{err}");
    assert!(!err.contains("questionnaire.json:1"), "{err}");
}

#[wasm_bindgen_test]
fn answered_kept_resumed_and_sealed() {
    let (mut s, signed, key) = open(&["en"]);
    let err = s
        .answer_typed("consent", "yes")
        .err()
        .map(message)
        .expect("consent is not typed");
    assert!(err.starts_with("consent: "), "{err}");
    for (n, (item, value)) in common::ANSWERS.into_iter().enumerate() {
        while !items(&parse(s.render())).iter().any(|i| i == item) {
            let view = parse(s.next());
            assert_eq!(view["view"], "questions", "{view}");
        }
        s.answer(item, value).map_err(message).expect(item);
        if n == 3 {
            // Kept and resumed halfway, as after closing the tab.
            let draft = s.draft().map_err(message).expect("draft");
            assert_eq!(draft.len() % 1024, 0);
            s = WebSurvey::resume(&signed, &key, &draft)
                .map_err(message)
                .expect("resumes");
            assert!(s.dropped_answers().is_empty());
        }
    }
    s.answer_typed("officers_count", "4")
        .map_err(message)
        .expect("typed");
    while parse(s.render())["view"] == "questions" {
        parse(s.next());
    }
    let view = parse(s.render());
    assert_eq!(view["view"], "review");
    assert_eq!(view["complete"], true);
    let back = parse(s.back());
    assert_eq!(back["screen"]["id"], "thanks");
    let screen = view["lines"][1]["screen"].as_u64().expect("screen") as u32;
    assert_eq!(parse(s.go_to(screen))["screen"]["id"], "page_contact");

    let org = age::x25519::Identity::generate();
    let link_key = SecretKey::generate().to_base64();
    let envelope = s
        .seal(vec![org.to_public().to_string()], "poster-north", &link_key)
        .map_err(message)
        .expect("seals");
    let plain = seal::open(&envelope, &org).expect("the organization opens it");
    let sub: Submission = serde_json::from_slice(&plain).expect("a submission");
    for (item, value) in common::ANSWERS {
        let answer: Answer = serde_json::from_str(value).expect("answer");
        assert_eq!(sub.answers.get(item), Some(&answer), "{item}");
    }
    assert_eq!(sub.answers.get("officers_count"), Some(&Answer::Integer(4)));
    assert_eq!(
        sub.submitted_on,
        heard_engine::date::today().format("%Y-%m-%d").to_string()
    );
    assert_eq!(
        sub.group.as_ref().map(|g| g.group.as_str()),
        Some("poster-north")
    );
    assert_eq!(s.submission_id(), Some(sub.submission_id));
    assert_eq!(parse(s.render())["view"], "sealed");
    let err = s
        .seal(vec![org.to_public().to_string()], "poster-north", &link_key)
        .err()
        .map(message)
        .expect("twice");
    assert_eq!(
        err,
        "these answers were sealed already; start a new response"
    );
}

/// The page's build leaves out the native apps' own screens' words
/// (heard-engine without `shell-strings`), and keeps its own and the
/// engine's.
#[wasm_bindgen_test]
fn only_the_words_a_survey_page_shows_are_built_in() {
    for id in ["web-leave", "nav-next", "error-required", "input-date"] {
        let text = heard_web::app_text(vec!["ar".into()], id)
            .map_err(message)
            .unwrap_or_else(|e| panic!("{id}: {e}"));
        let text: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(text["locale"], "ar", "{id}: {text}");
    }
    for id in [
        "settings-camouflage",
        "outbox-sent-today",
        "kiosk-guided-access-on",
    ] {
        assert!(
            heard_web::app_text(vec!["en".into()], id).is_err(),
            "{id} is built into the page"
        );
    }
}
