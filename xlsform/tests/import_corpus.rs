//! Imports every form of Heard's own XLSForm corpus (tests/corpus) and
//! checks what Heard makes of it: items, logic, languages, texts, and what
//! the questionnaire does when someone answers it.

mod corpus;

use corpus::Spec;
use heard_engine::Required;
use heard_engine::l10n::strip_isolation;
use heard_engine::{Answer, Direction, ItemKind, Questionnaire, Response};
use heard_xlsform::{ImportError, ImportOptions, Imported, Report, Severity, import};
use std::path::{Path, PathBuf};
use std::sync::Arc;

struct Run {
    dir: tempfile::TempDir,
    form: PathBuf,
    out: PathBuf,
}

fn setup(spec: &Spec, name: &str) -> Run {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), name, spec);
    let out = dir.path().join("out");
    Run { dir, form, out }
}

fn run(spec: &Spec, options: &ImportOptions) -> (Run, Result<Imported, ImportError>) {
    let r = setup(spec, "form");
    let result = import(&r.form, &r.out, options);
    (r, result)
}

fn ok(spec: &Spec, options: &ImportOptions) -> (Run, Imported) {
    let (r, result) = run(spec, options);
    match result {
        Ok(imported) => (r, imported),
        Err(e) => panic!("import failed:\n{e}"),
    }
}

fn refused(spec: &Spec, options: &ImportOptions) -> Report {
    let (r, result) = run(spec, options);
    assert!(
        !r.out.exists(),
        "nothing is written when an import is refused"
    );
    match result {
        Err(ImportError::Refused { report, .. }) => report,
        Err(other) => panic!("expected a refusal, got {other}"),
        Ok(_) => panic!("expected a refusal, but the form was imported"),
    }
}

/// Issue lines of one severity, with the file shown as `form.xlsx`.
fn lines(report: &Report, severity: Severity) -> Vec<String> {
    report.of(severity).map(|i| i.line("form.xlsx")).collect()
}

fn defaults() -> ImportOptions {
    ImportOptions::default()
}

fn partial() -> ImportOptions {
    ImportOptions {
        allow_partial: true,
        ..ImportOptions::default()
    }
}

fn response(q: Questionnaire, locale: &str) -> Response {
    Response::new(Arc::new(q), &[locale])
}

fn source(c: &Option<heard_engine::expr::Compiled>) -> Option<&str> {
    c.as_ref().map(|c| c.source.as_str())
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("readable")
}

#[test]
fn an_english_form_with_every_everyday_column_imports_cleanly() {
    let (r, imported) = ok(&corpus::contact_basic(), &defaults());
    assert!(imported.report.issues.is_empty(), "{:?}", imported.report);
    assert_eq!(imported.report_file, None, "no report when nothing changed");
    let toml =
        read(&r.out.join("questionnaire.toml")).replace(&r.form.display().to_string(), "form.xlsx");
    assert_eq!(
        toml,
        r#"# Imported from form.xlsx by `heard questionnaire import`.
# Each item names the spreadsheet row it comes from; IMPORT-REPORT.md (when
# present) lists what was left out or changed. Free text is marked sensitive.

id = "contact-basic"
version = 3
kind = "survey"
default_locale = "en"
title = "questionnaire-title"

[choices]
contact_kind = ["stopped", "called_police", "other"]
help = ["interpreter", "leaflet", "none"]

# survey sheet, row 2
[[items]]
id = "intro"
type = "note"

# survey sheet, row 3
[[items]]
id = "contact_kind"
type = "single"
choices = "contact_kind"
required = true

# survey sheet, row 4
[[items]]
id = "help_given"
type = "multiple"
choices = "help"
relevant = "${contact_kind} = 'called_police'"

# survey sheet, row 5
[[items]]
id = "officers"
type = "integer"
constraint = ". >= 1 and . <= 30"

# survey sheet, row 6
[[items]]
id = "wait_hours"
type = "decimal"
constraint = ". >= 0"

# survey sheet, row 7
[[items]]
id = "comments"
type = "text"
sensitive = true
"#
    );
    let ftl = read(&r.out.join("locales/en/contact-basic.ftl"))
        .replace(&r.form.display().to_string(), "form.xlsx");
    assert_eq!(
        ftl,
        "# English (en): imported from form.xlsx by `heard questionnaire import`.

questionnaire-title = After a police contact
intro = This survey is anonymous. Skip any question you like.
contact_kind = What kind of contact was it?
help_given = Which help were you offered?
    .hint = Choose all that apply.
officers = How many officers were there?
    .constraint = Between 1 and 30.
wait_hours = How long did you wait, in hours?
    .hint = For example 1.5
    .constraint = The wait cannot be negative.
comments = Anything else you want to tell us?
    .hint = Do not write names.
choice-contact_kind-stopped = I was stopped
choice-contact_kind-called_police = I called the police
choice-contact_kind-other = Something else
choice-help-interpreter = An interpreter
choice-help-leaflet = A leaflet about my rights
choice-help-none = None
"
    );
    // The folder is a questionnaire Heard loads, and it behaves as the form did.
    let q = Questionnaire::load(&r.out).expect("loads");
    let mut resp = response(q, "en");
    assert!(!resp.is_relevant("help_given"));
    resp.answer("contact_kind", Answer::Choice("called_police".into()))
        .expect("answer");
    assert!(resp.is_relevant("help_given"));
    let err = resp
        .answer("officers", Answer::Integer(31))
        .expect_err("31 is out of range");
    assert_eq!(err.to_string(), "officers: Between 1 and 30.");
    drop(r.dir);
}

#[test]
fn three_languages_with_arabic_right_to_left() {
    let (r, imported) = ok(&corpus::trilingual(), &defaults());
    let q = &imported.questionnaire;
    let mut locales = q.locales();
    locales.sort();
    assert_eq!(locales, ["ar", "en", "fr"]);
    assert_eq!(q.default_locale, "en");
    assert_eq!(q.languages.direction("ar"), Direction::Rtl);
    assert_eq!(
        read(&r.out.join("locales/ar/trilingual.ftl"))
            .lines()
            .skip(2)
            .collect::<Vec<_>>(),
        [
            "treated_fairly = هل عوملت بإنصاف؟",
            "age = كم عمرك؟",
            "    .hint = بالسنوات.",
            "    .constraint = يجب أن يكون عمرك 18 عامًا أو أكثر.",
            "choice-yes_no-yes = نعم",
            "choice-yes_no-no = لا",
        ]
    );
    let q = Questionnaire::load(&r.out).expect("loads");
    let resp = response(q, "ar");
    let view = resp.item_view("age").expect("age");
    assert_eq!(strip_isolation(&view.label.text), "كم عمرك؟");
    assert_eq!(view.label.direction, Direction::Rtl);
    assert!(!view.label.fallback);
    let q = Questionnaire::load(&r.out).expect("loads");
    let mut resp = response(q, "fr");
    let err = resp
        .answer("age", Answer::Integer(12))
        .expect_err("too young");
    assert_eq!(err.to_string(), "age: Vous devez avoir 18 ans ou plus.");
    let view = resp.item_view("treated_fairly").expect("item");
    let labels: Vec<String> = view
        .choices
        .iter()
        .map(|c| strip_isolation(&c.label.text))
        .collect();
    assert_eq!(labels, ["Oui", "Non"]);
}

#[test]
fn languages_named_without_codes_map_by_name_and_arabic_can_be_the_default() {
    let (r, imported) = ok(&corpus::arabic_default(), &defaults());
    let q = &imported.questionnaire;
    assert_eq!(q.default_locale, "ar");
    let mut locales = q.locales();
    locales.sort();
    assert_eq!(locales, ["ar", "en", "fr"]);
    // French lacks one label: it falls back to Arabic, the default.
    let q = Questionnaire::load(&r.out).expect("loads");
    let resp = response(q, "fr");
    let view = resp.item_view("interpreter").expect("item");
    assert_eq!(view.label.locale, "ar");
    assert!(view.label.fallback);
    assert_eq!(
        strip_isolation(&resp.item_view("station").expect("item").label.text),
        "Dans quel commissariat cela s'est-il passé ?"
    );
}

#[test]
fn groups_become_pages_and_a_nested_group_joins_its_page() {
    let (_r, imported) = ok(&corpus::groups(), &defaults());
    let q = &imported.questionnaire;
    let search = q.item("search").expect("page");
    assert_eq!(search.kind, ItemKind::Page);
    assert_eq!(source(&search.relevant), Some("${was_searched} = 'yes'"));
    let children: Vec<&str> = search
        .children
        .iter()
        .map(|&i| q.items[i].id.as_str())
        .collect();
    assert_eq!(
        children,
        ["asked_consent", "property_taken", "property_what"]
    );
    assert_eq!(
        source(&q.item("property_taken").expect("item").relevant),
        Some("${asked_consent} = 'no'")
    );
    assert_eq!(
        source(&q.item("property_what").expect("item").relevant),
        Some("(${asked_consent} = 'no') and (${property_taken} = 'yes')")
    );
    assert!(
        q.item("property").is_none(),
        "the nested group itself is gone"
    );
    assert_eq!(q.screens.len(), 3);
    assert_eq!(
        lines(&imported.report, Severity::Note),
        [
            "form.xlsx: the settings sheet has no version, so this is version 1: raise version with every change (devices never go back to a lower version)",
            "form.xlsx: survey sheet, row 5, column \"type\": Heard pages do not nest, so the questions of this group join the page around it and its label is left out",
        ]
    );
    // A group without a label is a page without a title.
    let q = Questionnaire::load(&imported.dir).expect("loads");
    let mut resp = response(q, "en");
    resp.answer("was_searched", Answer::Choice("no".into()))
        .expect("answer");
    let mut titles = Vec::new();
    for _ in 0..5 {
        if let Some(screen) = resp.screen() {
            titles.push((screen.id.clone(), screen.title.map(|t| t.text)));
        }
        if resp.next_screen().is_err() {
            break;
        }
    }
    assert_eq!(
        titles,
        [
            ("was_searched".to_string(), None),
            ("closing".to_string(), Some(String::new())),
        ],
        "the search page is skipped; the closing page has an empty title"
    );
}

#[test]
fn logic_is_translated_and_behaves_as_in_xlsform() {
    let (_r, imported) = ok(&corpus::logic(), &defaults());
    let q = &imported.questionnaire;
    let expr = |id: &str, which: &str| -> Option<String> {
        let item = q.item(id).expect("item");
        match which {
            "relevant" => source(&item.relevant).map(str::to_string),
            "constraint" => source(&item.constraint).map(str::to_string),
            "calculate" => source(&item.calculate).map(str::to_string),
            _ => match &item.required {
                Required::When(c) => Some(c.source.clone()),
                Required::Yes => Some("true".into()),
                Required::No => None,
            },
        }
    };
    assert_eq!(q.item("read_info").expect("item").kind, ItemKind::YesNo);
    assert!(
        !q.item("read_info").expect("item").decline,
        "no \"prefer not to say\" on an acknowledgement"
    );
    assert!(q.item("nickname").expect("item").decline);
    assert_eq!(
        expr("read_info", "constraint").as_deref(),
        Some(". = 'yes'")
    );
    assert_eq!(expr("read_info", "required").as_deref(), Some("true"));
    assert_eq!(
        expr("nickname", "relevant").as_deref(),
        Some("${read_info} = 'yes'")
    );
    assert_eq!(
        expr("hello", "relevant").as_deref(),
        Some("string-length(${nickname}) > 0")
    );
    assert_eq!(
        expr("people", "calculate").as_deref(),
        Some("coalesce(${adults}, 0) + coalesce(${children}, 0)")
    );
    assert_eq!(
        expr("issue_other", "relevant").as_deref(),
        Some("selected(${issues}, '3')")
    );
    assert_eq!(
        expr("issue_other", "required").as_deref(),
        Some("${crowd} = 'large'")
    );
    assert_eq!(
        expr("when", "constraint").as_deref(),
        Some(". <= today() and . >= '2020-01-01'")
    );
    assert_eq!(
        expr("days_ago", "relevant").as_deref(),
        Some("not(${when} < '1970-01-01' or ${when} >= '1970-01-01')")
    );

    let q = Questionnaire::load(&imported.dir).expect("loads");
    let mut resp = response(q, "en");
    resp.answer("read_info", Answer::Choice("no".into()))
        .expect_err("acknowledge accepts only yes");
    resp.answer("read_info", Answer::Choice("yes".into()))
        .expect("yes");
    assert!(resp.is_relevant("nickname"));
    assert!(!resp.is_relevant("hello"));
    resp.answer("nickname", Answer::Text("Sam".into()))
        .expect("answer");
    assert!(resp.is_relevant("hello"));
    resp.answer("adults", Answer::Integer(4)).expect("answer");
    resp.answer("children", Answer::Integer(3)).expect("answer");
    assert_eq!(resp.calculated("people").as_deref(), Some("7"));
    assert_eq!(resp.calculated("crowd").as_deref(), Some("large"));
    resp.answer("issues", Answer::Choices(vec!["none".into(), "1".into()]))
        .expect_err("'none' alone");
    resp.answer("issues", Answer::Choices(vec!["3".into()]))
        .expect("answer");
    assert!(resp.is_relevant("issue_other"));
    assert!(resp.is_relevant("days_ago"), "no date given yet");
    resp.answer("when", Answer::Date("2021-06-01".into()))
        .expect("answer");
    assert!(!resp.is_relevant("days_ago"));
    resp.answer("when", Answer::Date("2019-06-01".into()))
        .expect_err("before 2020");
}

#[test]
fn empty_answer_tests_keep_their_xlsform_meaning_at_run_time() {
    let (_r, imported) = ok(&corpus::emptiness(), &defaults());
    let q = Questionnaire::load(&imported.dir).expect("loads");
    let mut resp = response(q, "en");
    let shown = |resp: &Response| -> Vec<bool> {
        ["n1", "n2", "n3", "n4"]
            .iter()
            .map(|n| resp.is_relevant(n))
            .collect()
    };
    assert_eq!(shown(&resp), [false, true, false, true]);
    resp.answer("name_given", Answer::Text("Officer K.".into()))
        .expect("answer");
    resp.answer("langs", Answer::Choices(vec!["ar".into()]))
        .expect("answer");
    resp.answer("count", Answer::Integer(0)).expect("answer");
    resp.answer("day", Answer::Date("2024-03-01".into()))
        .expect("answer");
    assert_eq!(shown(&resp), [true, false, true, false]);
}

#[test]
fn ranges_multiline_text_likert_and_required_spellings() {
    let (_r, imported) = ok(&corpus::ranges_and_appearances(), &defaults());
    let q = &imported.questionnaire;
    let safety = q.item("safety").expect("item");
    assert_eq!(
        (safety.kind, safety.min, safety.max),
        (ItemKind::Integer, Some(0.0), Some(10.0))
    );
    assert_eq!(source(&safety.constraint), Some("(. - 0) mod 2 = 0"));
    let countdown = q.item("countdown").expect("item");
    assert_eq!((countdown.min, countdown.max), (Some(1.0), Some(5.0)));
    assert_eq!(q.item("story").expect("item").kind, ItemKind::LongText);
    assert!(q.item("story").expect("item").sensitive);
    assert_eq!(q.item("respect").expect("item").kind, ItemKind::Scale);
    assert_eq!(q.item("often").expect("item").kind, ItemKind::Single);
    let required: Vec<bool> = ["safety", "distance", "countdown", "story", "respect"]
        .iter()
        .map(|id| q.item(id).expect("item").required == Required::Yes)
        .collect();
    assert_eq!(required, [true, true, true, true, false]);
    assert!(matches!(
        q.item("often").expect("item").required,
        Required::When(_)
    ));
    assert_eq!(
        lines(&imported.report, Severity::Note)[1],
        "form.xlsx: survey sheet, row 7, column \"appearance\": appearance is ignored: Heard lays out each question itself"
    );
    let q = Questionnaire::load(&imported.dir).expect("loads");
    let mut resp = response(q, "en");
    resp.answer("safety", Answer::Integer(3))
        .expect_err("odd is off the steps");
    resp.answer("safety", Answer::Integer(4))
        .expect("on a step");
}

#[test]
fn text_that_fluent_would_misread_reads_back_exactly() {
    let (_r, imported) = ok(&corpus::tricky_text(), &defaults());
    for locale in ["en", "ar"] {
        let q = Questionnaire::load(&imported.dir).expect("loads");
        let resp = response(q, locale);
        for (i, text) in corpus::TRICKY_TEXTS.iter().enumerate() {
            let view = resp.item_view(&format!("t{i}")).expect("item");
            let want = if locale == "ar" {
                format!("{text} ع")
            } else {
                (*text).to_string()
            };
            assert_eq!(strip_isolation(&view.label.text), want, "{locale} t{i}");
            assert!(!view.label.fallback);
        }
    }
}

#[test]
fn names_that_are_not_fluent_or_heard_ids_get_explicit_labels() {
    let (r, imported) = ok(&corpus::awkward_names(), &defaults());
    let toml = read(&r.out.join("questionnaire.toml"));
    for expected in [
        "\"age.group\" = [\n  { value = \"18-24\", label = \"choice-age-group-18-24\" },\n  { value = \"25\", label = \"choice-age-group-25\" },\n]",
        "odd = [{ value = \"n/a\", label = \"choice-odd-n_a\" }, { value = \"a.b\", label = \"choice-odd-a-b\" }]",
        "id = \"_age\"\ntype = \"single\"\nlabel = \"q_age\"",
        "id = \"q.1\"\ntype = \"text\"\nlabel = \"q-1\"",
        "id = \"answer-yes\"\ntype = \"single\"\nlabel = \"answer-yes-2\"",
        "# survey sheet, row 5 (XLSForm name \"العمر\")\n[[items]]\nid = \"q5\"\ntype = \"integer\"\nrelevant = \"${_age} = '18-24'\"",
        "id = \"questionnaire-title\"\ntype = \"note\"\nlabel = \"questionnaire-title-2\"\nrelevant = \"${q5} > 17\"",
    ] {
        assert!(toml.contains(expected), "missing:\n{expected}\nin:\n{toml}");
    }
    assert_eq!(
        lines(&imported.report, Severity::Note)[1],
        "form.xlsx: survey sheet, row 5, column \"name\": \"العمر\" is not a Heard id (ASCII letters, digits, '_', '-', '.'): the item is called \"q5\""
    );
    // Heard's own "Yes" is untouched by the item named answer-yes.
    let q = Questionnaire::load(&r.out).expect("loads");
    let resp = response(q, "en");
    assert_eq!(
        strip_isolation(&resp.item_view("answer-yes").expect("item").label.text),
        "A name Heard uses for its own Yes"
    );
    assert_eq!(strip_isolation(&resp.title().text), "awkward");
}

#[test]
fn metadata_is_left_out_with_notes_and_today_becomes_a_function() {
    let (_r, imported) = ok(&corpus::metadata(), &defaults());
    let q = &imported.questionnaire;
    assert_eq!(q.items.len(), 1);
    assert_eq!(
        source(&q.item("incident_date").expect("item").constraint),
        Some(". <= today()")
    );
    let notes = lines(&imported.report, Severity::Note);
    assert_eq!(
        notes[1..4],
        [
            "form.xlsx: survey sheet, row 2, column \"type\": start is form metadata that is left out: the time the form was opened or finished, which Heard does not record",
            "form.xlsx: survey sheet, row 3, column \"type\": end is form metadata that is left out: the time the form was opened or finished, which Heard does not record",
            "form.xlsx: survey sheet, row 4, column \"type\": deviceid is form metadata that is left out: it identifies the device or the person answering, which Heard never records",
        ]
    );
    let md = read(imported.report_file.as_deref().expect("a report"));
    assert!(md.contains("## Notes"), "{md}");
    assert!(!md.contains("## Left out"), "{md}");
}

#[test]
fn old_spellings_of_columns_and_types_are_understood() {
    let (_r, imported) = ok(&corpus::old_syntax(), &defaults());
    let q = &imported.questionnaire;
    assert_eq!(q.item("about").expect("page").kind, ItemKind::Page);
    assert_eq!(q.item("resident").expect("item").kind, ItemKind::Single);
    let languages = q.item("languages").expect("item");
    assert_eq!(languages.kind, ItemKind::Multiple);
    assert_eq!(source(&languages.relevant), Some("${resident} = 'yes'"));
    assert_eq!(
        source(&languages.constraint),
        Some("count-selected(.) <= 3")
    );
    assert_eq!(
        lines(&imported.report, Severity::Note)[1],
        "form.xlsx: survey sheet, row 1, column \"label:English\": the settings sheet has no default_language, so the language of the first label column, en, is the default: every question needs a label in it (choose another with --default-language)"
    );
    let q = Questionnaire::load(&imported.dir).expect("loads");
    let mut resp = response(q, "en");
    resp.answer("resident", Answer::Choice("yes".into()))
        .expect("answer");
    let err = resp
        .answer(
            "languages",
            Answer::Choices(vec!["ar".into(), "fa".into(), "fr".into(), "uk".into()]),
        )
        .expect_err("four is too many");
    assert_eq!(err.to_string(), "languages: At most three.");
}

#[test]
fn plain_label_columns_need_a_language_and_then_import() {
    let report = refused(&corpus::plain_labels(), &defaults());
    assert_eq!(
        lines(&report, Severity::Error),
        [
            "form.xlsx: survey sheet, row 1, column \"label\": this column gives no language and the settings sheet has no default_language, so Heard cannot tell which language the labels are in: pass --default-language <code> (for example --default-language en), or add default_language to the settings sheet"
        ]
    );
    let options = ImportOptions {
        default_language: Some("fr".into()),
        ..defaults()
    };
    let (_r, imported) = ok(&corpus::plain_labels(), &options);
    let q = &imported.questionnaire;
    assert_eq!((q.default_locale.as_str(), q.locales()), ("fr", vec!["fr"]));
    let q = Questionnaire::load(&imported.dir).expect("loads");
    let resp = response(q, "fr");
    let view = resp.item_view("district").expect("item");
    assert_eq!(view.hint.map(|h| h.text).as_deref(), Some("Le nom suffit."));
}

#[test]
fn a_language_heard_does_not_know_is_mapped_with_lang() {
    let report = refused(&corpus::hazaragi(), &defaults());
    assert_eq!(
        lines(&report, Severity::Error),
        [
            "form.xlsx: survey sheet, row 1, column \"label::Hazaragi\": which language is \"Hazaragi\"? Heard does not know the language \"Hazaragi\": add its code to the header, as in label::Hazaragi (<code>), or name it with --lang \"Hazaragi=<code>\""
        ]
    );
    let options = ImportOptions {
        languages: vec![("Hazaragi".into(), "haz".into())],
        ..defaults()
    };
    let (r, imported) = ok(&corpus::hazaragi(), &options);
    assert_eq!(
        read(&r.out.join("locales/haz/hazaragi.ftl")).lines().nth(2),
        Some("q1 = کجا شد؟")
    );
    assert_eq!(
        lines(&imported.report, Severity::Note)
            .last()
            .map(String::as_str),
        Some(
            "form.xlsx: Heard's language registry does not know \"haz\", so it is shown left-to-right: if it is written right-to-left, declare it under [languages.haz] in questionnaire.toml"
        )
    );
}

#[test]
fn unsupported_parts_refuse_the_import_unless_allowed_and_then_are_left_out() {
    let expected = [
        "form.xlsx: survey sheet, row 3, column \"type\": geopoint is not supported: Heard does not collect locations: a location can identify the person answering",
        "form.xlsx: survey sheet, row 4, column \"relevant\": ${where} (row 3) is a geopoint question, which Heard does not support",
        "form.xlsx: survey sheet, row 5, column \"constraint\": regex() is not supported by Heard (Heard has no pattern matching; check answers with comparisons and string-length(); Heard's logic has not(), selected(), count-selected(), string-length(), if(), coalesce(), today(), true() and false())",
        "form.xlsx: survey sheet, row 6, column \"choice_filter\": choice filters are not supported by Heard yet (the options could not depend on earlier answers)",
        "form.xlsx: survey sheet, row 7, column \"type\": or_other is not supported: Heard would need an \"Other\" option and a follow-up question worded in every language; add both to the form instead",
        "form.xlsx: survey sheet, row 8, column \"default\": default answers are not supported by Heard: every question starts empty",
        "form.xlsx: survey sheet, row 8, column \"required_message::English (en)\": custom \"required\" messages are not supported by Heard: it shows its own message in each language",
        "form.xlsx: survey sheet, row 9, column \"type\": repeats are not supported by Heard (it asks each question once): the repeat and everything in it are left out",
        "form.xlsx: survey sheet, row 12, column \"relevant\": ${role} is inside the repeat on row 9, which Heard does not support",
        "form.xlsx: survey sheet, row 13, column \"type\": image is not supported: Heard does not collect pictures, recordings or files: they can identify the person answering",
        "form.xlsx: survey sheet, row 14, column \"image\": pictures, sounds and videos in questions are not supported by Heard",
        "form.xlsx: survey sheet, row 15, column \"parameters\": a range from 0 in steps of 0.5 cannot be checked by Heard (only whole-number ranges can)",
    ];
    let report = refused(&corpus::needs_partial(), &defaults());
    assert_eq!(lines(&report, Severity::Unsupported), expected);
    assert!(lines(&report, Severity::Error).is_empty());

    let (r, imported) = ok(&corpus::needs_partial(), &partial());
    assert_eq!(lines(&imported.report, Severity::Unsupported), expected);
    let q = &imported.questionnaire;
    let ids: Vec<&str> = q.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "outside",
            "badge",
            "with_other",
            "visits",
            "pictured",
            "steps"
        ]
    );
    assert_eq!(q.item("badge").expect("item").constraint, None);
    let steps = q.item("steps").expect("item");
    assert_eq!(
        (steps.kind, steps.min, steps.max),
        (ItemKind::Decimal, Some(0.0), Some(2.5))
    );
    let md = read(&r.out.join("IMPORT-REPORT.md"));
    assert!(md.starts_with("# Import report\n\nImported from `"), "{md}");
    assert!(
        md.contains("` by `heard questionnaire import` with `--allow-partial`."),
        "{md}"
    );
    assert!(
        md.contains("- **survey sheet, row 3, column \"type\"**: geopoint is not supported: Heard does not collect locations: a location can identify the person answering *Left out: the row \"where\".*"),
        "{md}"
    );
    assert!(
        md.contains(
            "- **survey sheet, row 5, column \"constraint\"**: regex() is not supported by Heard"
        ),
        "{md}"
    );
    assert!(
        md.contains("*Left out: the constraint (answers are not checked).*"),
        "{md}"
    );
}

#[test]
fn what_heard_refuses_after_translation_is_traced_to_its_cell() {
    let report = refused(&corpus::type_error(), &defaults());
    assert_eq!(
        lines(&report, Severity::Unsupported),
        [
            "form.xlsx: survey sheet, row 3, column \"relevant\": Heard cannot use this: 'many' is compared with a number but is not a number",
            "form.xlsx: survey sheet, row 4, column \"constraint\": Heard cannot use this: 'a few' is compared with a number but is not a number",
        ]
    );
    let (_r, imported) = ok(&corpus::type_error(), &partial());
    let q = &imported.questionnaire;
    assert!(
        q.item("why").is_none(),
        "a question with a broken relevant is left out"
    );
    assert_eq!(
        q.item("years").expect("kept").constraint,
        None,
        "only the constraint goes"
    );
    assert_eq!(
        imported
            .report
            .of(Severity::Unsupported)
            .map(|i| i.left_out.clone().unwrap_or_default())
            .collect::<Vec<_>>(),
        [
            "the row \"why\"",
            "the constraint (answers are not checked)"
        ]
    );
}

#[test]
fn a_csv_form_imports_like_a_workbook() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::csv_file(dir.path(), "csv-form", &corpus::csv_bilingual());
    let out = dir.path().join("out");
    let imported = import(&form, &out, &defaults()).expect("imports");
    let q = &imported.questionnaire;
    assert_eq!((q.id.as_str(), q.version), ("csv-form", 4));
    let mut locales = q.locales();
    locales.sort();
    assert_eq!(locales, ["ar", "en"]);
    assert_eq!(
        read(&out.join("locales/ar/csv-form.ftl")).lines().nth(2),
        Some("reported = هل أبلغت عن ذلك؟")
    );
    // Rows are the CSV file's rows: the survey header is row 2.
    let mut broken = corpus::csv_bilingual();
    broken.sheets[0].1[2][0] = "select_one nolist".into();
    let form = corpus::csv_file(dir.path(), "broken", &broken);
    let Err(ImportError::Refused { report, .. }) =
        import(&form, &dir.path().join("out2"), &defaults())
    else {
        panic!("refused");
    };
    assert_eq!(
        lines(&report, Severity::Error),
        [
            "form.xlsx: survey sheet, row 4, column \"type\": the list \"nolist\" is not in the choices sheet"
        ]
    );
}

#[test]
fn the_output_folder_is_never_overwritten_by_accident() {
    let r = setup(&corpus::contact_basic(), "form");
    std::fs::create_dir_all(&r.out).expect("mkdir");
    std::fs::write(r.out.join("notes.txt"), "mine").expect("write");
    let err = import(&r.form, &r.out, &defaults()).expect_err("not empty");
    assert_eq!(
        err.to_string(),
        format!(
            "{}: already exists and is not empty: choose a new folder, or pass --force to replace an earlier import",
            r.out.display()
        )
    );
    let force = ImportOptions {
        force: true,
        ..defaults()
    };
    let err = import(&r.form, &r.out, &force).expect_err("not a questionnaire");
    assert!(err.to_string().ends_with("holds no questionnaire.toml, so it is not an earlier import: --force replaces only a questionnaire folder"));
    assert_eq!(read(&r.out.join("notes.txt")), "mine");
    // An earlier import is replaced with --force, and only then.
    std::fs::remove_dir_all(&r.out).expect("rm");
    import(&r.form, &r.out, &defaults()).expect("first import");
    import(&r.form, &r.out, &defaults()).expect_err("second import needs --force");
    std::fs::write(r.out.join("stale.txt"), "old").expect("write");
    import(&r.form, &r.out, &force).expect("replaced");
    assert!(!r.out.join("stale.txt").exists());
    Questionnaire::load(&r.out).expect("loads");
    // An empty folder is fine.
    let empty = r.dir.path().join("empty");
    std::fs::create_dir(&empty).expect("mkdir");
    import(&r.form, &empty, &defaults()).expect("into an empty folder");
}

#[test]
fn cycles_and_type_errors_found_by_heard_are_traced_and_cascade() {
    let spec = Spec::survey(&[
        &["type", "name", "label::English (en)", "relevant"],
        &["select_one yes_no", "a", "A?", "${b} = 'yes'"],
        &["select_one yes_no", "b", "B?", "${a} = 'yes'"],
        &["select_one yes_no", "single", "One?", ""],
        &[
            "select_one yes_no",
            "c",
            "C?",
            "count-selected(${single}) > 0",
        ],
        &["note", "d", "After C.", "${c} = 'yes'"],
    ])
    .choices(&[
        &["list_name", "name", "label::English (en)"],
        &["yes_no", "yes", "Yes"],
        &["yes_no", "no", "No"],
    ])
    .settings(&[
        &["form_id", "version", "default_language"],
        &["cycle", "num:1", "en"],
    ]);
    let expected = [
        "form.xlsx: survey sheet, row 2, column \"relevant\": Heard cannot use this: relevant/calculate refer to each other in a cycle: a → b → a",
        "form.xlsx: survey sheet, row 3, column \"relevant\": refers to ${a}, which is left out (row 2)",
        "form.xlsx: survey sheet, row 5, column \"relevant\": Heard cannot use this: count-selected() needs a set of chosen options, but ${single} is text",
        "form.xlsx: survey sheet, row 6, column \"relevant\": refers to ${c}, which is left out (row 5)",
    ];
    let report = refused(&spec, &defaults());
    assert_eq!(lines(&report, Severity::Unsupported), expected);
    let (_r, imported) = ok(&spec, &partial());
    let ids: Vec<&str> = imported
        .questionnaire
        .items
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["single"]);
    assert_eq!(lines(&imported.report, Severity::Unsupported), expected);
}

#[test]
fn a_language_missing_from_heards_registry_is_declared_with_its_direction() {
    let spec = Spec::survey(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::Uyghur (ug)",
            "label::Swahili",
        ],
        &["text", "where", "Where?", "قەيەردە؟", "Wapi?"],
    ])
    .settings(&[
        &["form_id", "version", "default_language"],
        &["registry", "num:1", "en"],
    ]);
    let (r, imported) = ok(&spec, &defaults());
    let toml = read(&r.out.join("questionnaire.toml"));
    assert!(
        toml.contains("[languages.ug]\nname = \"ئۇيغۇرچە\"\ndirection = \"rtl\"\n\n[languages.sw]\nname = \"Kiswahili\"\ndirection = \"ltr\"\n"),
        "{toml}"
    );
    let q = &imported.questionnaire;
    assert_eq!(q.languages.direction("ug"), Direction::Rtl);
    assert!(q.languages.knows("sw"));
    assert!(
        lines(&imported.report, Severity::Note)
            .iter()
            .all(|n| !n.contains("registry")),
        "nothing left to declare"
    );
}
