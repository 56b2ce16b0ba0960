//! `${name}` in XLSForm labels and hints becomes a Fluent variable
//! (`{ $id }`) that shows the answer in Heard; names Heard cannot show are
//! refused with their cell named, or kept as text under `--allow-partial`.

mod corpus;

use corpus::Spec;
use heard_engine::l10n::strip_isolation;
use heard_engine::{Answer, Response};
use heard_xlsform::{ImportError, ImportOptions, Severity, import};
use std::sync::Arc;

fn form() -> Spec {
    Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
            "hint::English (en)",
            "constraint",
            "constraint_message::English (en)",
        ],
        &[
            "text",
            "nickname",
            "What should we call you?",
            "ما اسمك؟",
            "",
            "",
            "",
        ],
        &[
            "integer",
            "العمر",
            "How old are you, ${nickname}?",
            "كم عمرك يا ${nickname}؟",
            "",
            "",
            "",
        ],
        &[
            "select_one place",
            "place",
            "Where, ${nickname}?",
            "أين؟",
            "You are ${العمر}.",
            "",
            "",
        ],
        &[
            "integer",
            "times",
            "How many times ${place}?",
            "",
            "",
            ". < 100",
            "Fewer than 100, ${nickname}.",
        ],
        &[
            "note",
            "thanks",
            "Thanks, ${nickname}: ${times} times {really}.",
            "شكرا ${nickname}",
            "",
            "",
            "",
        ],
    ])
    .choices(&[
        &[
            "list_name",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
        ],
        &["place", "street", "in the street", "في الشارع"],
        &["place", "station", "at a station", "في المحطة"],
    ])
    .settings(&[&["form_id", "default_language"], &["labels", "en"]])
}

#[test]
fn references_in_labels_hints_and_constraint_messages_show_answers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = corpus::xlsx(dir.path(), "form", &form());
    let out = dir.path().join("out");
    let imported = import(&path, &out, &ImportOptions::default()).expect("imports");
    let en = std::fs::read_to_string(out.join("locales/en/labels.ftl")).expect("en");
    let ar = std::fs::read_to_string(out.join("locales/ar/labels.ftl")).expect("ar");
    // The Arabic name became q3, and its reference follows.
    assert!(en.contains("q3 = How old are you, { $nickname }?"), "{en}");
    assert!(en.contains("    .hint = You are { $q3 }."), "{en}");
    assert!(
        en.contains("    .constraint = Fewer than 100, { $nickname }."),
        "{en}"
    );
    assert!(
        en.contains("thanks = Thanks, { $nickname }: { $times } times {\"{\"}really{\"}\"}."),
        "braces that are not references stay text: {en}"
    );
    assert!(ar.contains("q3 = كم عمرك يا { $nickname }؟"), "{ar}");
    assert!(
        !imported
            .report
            .issues
            .iter()
            .any(|i| i.message.contains("${")),
        "no note says ${{…}} is shown as written: {:?}",
        imported.report.issues
    );

    let q = Arc::new(imported.questionnaire);
    let mut r = Response::new(Arc::clone(&q), &["en"]);
    r.answer("nickname", Answer::Text("Sam".into()))
        .expect("answer");
    r.answer("q3", Answer::Integer(30)).expect("answer");
    r.answer("place", Answer::Choice("station".into()))
        .expect("answer");
    r.answer("times", Answer::Integer(2)).expect("answer");
    let text = |r: &Response, id: &str| strip_isolation(&r.item_view(id).expect("item").label.text);
    assert_eq!(text(&r, "q3"), "How old are you, Sam?");
    assert_eq!(text(&r, "times"), "How many times at a station?");
    assert_eq!(text(&r, "thanks"), "Thanks, Sam: 2 times {really}.");
    let hint = r.item_view("place").expect("item").hint.expect("hint");
    assert_eq!(strip_isolation(&hint.text), "You are 30.");
    r.set_locale(&["ar"]);
    assert_eq!(text(&r, "q3"), "كم عمرك يا Sam؟");
    assert_eq!(
        text(&r, "times"),
        "How many times في المحطة?",
        "the option in Arabic"
    );
}

#[test]
fn names_that_cannot_be_fluent_variables_are_named_with_their_cell() {
    let spec = Spec::survey(&[
        &["type", "name", "label::English (en)"],
        &["integer", "_age", "How old are you?"],
        &["note", "intro", "Welcome"],
        &["text", "q.1", "Age ${_age}, after ${intro}"],
        &["text", "later", "About ${q.1} and ${nosuch}"],
    ])
    .settings(&[&["form_id", "default_language"], &["awkward", "en"]]);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = corpus::xlsx(dir.path(), "form", &spec);
    let out = dir.path().join("out");
    let err = import(&path, &out, &ImportOptions::default()).expect_err("refused");
    let ImportError::Refused { report, .. } = err else {
        panic!("a refusal: {err}");
    };
    let shown =
        |severity| -> Vec<String> { report.of(severity).map(|i| i.line("form.xlsx")).collect() };
    assert_eq!(
        shown(Severity::Error),
        [
            "form.xlsx: survey sheet, row 5, column \"label::English (en)\": ${nosuch} refers to no question of this form"
        ]
    );

    // Without the unknown name, the rest is unsupported: refused, and kept
    // as text under --allow-partial.
    let spec = Spec::survey(&[
        &["type", "name", "label::English (en)"],
        &["integer", "_age", "How old are you?"],
        &["note", "intro", "Welcome"],
        &["text", "q.1", "Age ${_age}, after ${intro}"],
        &["text", "later", "About ${q.1}"],
    ])
    .settings(&[&["form_id", "default_language"], &["awkward", "en"]]);
    let path = corpus::xlsx(dir.path(), "form2", &spec);
    let err = import(&path, &out, &ImportOptions::default()).expect_err("refused");
    let ImportError::Refused { report, .. } = err else {
        panic!("a refusal: {err}");
    };
    let unsupported: Vec<String> = report
        .of(Severity::Unsupported)
        .map(|i| i.line("form.xlsx"))
        .collect();
    assert_eq!(
        unsupported,
        [
            "form.xlsx: survey sheet, row 4, column \"label::English (en)\": ${_age} cannot be shown in a label: Heard shows an answer as { $<id> }, and the question's id \"_age\" is not a Fluent variable name (a letter first, then only letters, digits, '_' or '-'); rename the question in the form (for example to \"age\")",
            "form.xlsx: survey sheet, row 4, column \"label::English (en)\": ${intro} is a note (row 3), which has no answer for a label to show",
            "form.xlsx: survey sheet, row 5, column \"label::English (en)\": ${q.1} cannot be shown in a label: Heard shows an answer as { $<id> }, and the question's id \"q.1\" is not a Fluent variable name (a letter first, then only letters, digits, '_' or '-'); rename the question in the form (for example to \"q_1\")",
        ]
    );
    assert!(!out.exists(), "nothing is written");
    let partial = ImportOptions {
        allow_partial: true,
        ..ImportOptions::default()
    };
    let imported = import(&path, &out, &partial).expect("imports with --allow-partial");
    let r = Response::new(Arc::new(imported.questionnaire), &["en"]);
    let label = r.item_view("q.1").expect("item").label;
    assert_eq!(
        strip_isolation(&label.text),
        "Age ${_age}, after ${intro}",
        "shown as written"
    );
    assert!(
        imported.report.issues.iter().any(|i| i.left_out.as_deref()
            == Some("the answer in the text (it shows ${_age} as written)"))
    );
}
