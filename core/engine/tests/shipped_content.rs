//! The shipped questionnaires and app strings: valid, complete in every
//! promised language, and rendering every screen without a missing string.

use heard_engine::coverage;
use heard_engine::l10n::AppStrings;
use heard_engine::{Direction, ItemKind, Questionnaire, Response};
use std::collections::BTreeSet;
use std::sync::Arc;

/// The languages every shipped text must be complete in.
const COMPLETE: [&str; 9] = ["en", "ar", "fa", "fr", "es", "uk", "ps", "so", "ti"];
const SHIPPED: [&str; 2] = [
    "../../questionnaires/post-encounter",
    "../../questionnaires/listening-session",
];

#[test]
fn shipped_questionnaires_are_complete_in_every_promised_language() {
    for dir in SHIPPED {
        let q = Questionnaire::load(dir).unwrap_or_else(|e| panic!("{dir}:\n{e}"));
        let cov = coverage(&q);
        for tag in COMPLETE {
            let c = cov
                .iter()
                .find(|c| c.locale == tag)
                .unwrap_or_else(|| panic!("{dir} lacks {tag}"));
            assert!(c.declared, "{dir} {tag}: not declared");
            assert!(
                c.fallback.is_empty() && c.missing.is_empty(),
                "{dir} {tag}: fallback {:?} missing {:?}",
                c.fallback,
                c.missing
            );
            assert!(c.extra.is_empty(), "{dir} {tag}: extra {:?}", c.extra);
            assert!(
                c.format_errors.is_empty(),
                "{dir} {tag}: {:?}",
                c.format_errors
            );
        }
        if let Some(prs) = cov.iter().find(|c| c.locale == "prs") {
            assert!(
                prs.missing.is_empty(),
                "{dir} prs: everything it lacks must come from fa: {:?}",
                prs.missing
            );
            assert!(prs.fallback.iter().all(|(_, via)| via == "fa"));
            assert!(prs.present > 0);
        }
    }
}

#[test]
fn app_strings_are_valid_and_complete_in_every_promised_language() {
    let app = AppStrings::get();
    assert!(app.errors.is_empty(), "{:?}", app.errors);
    let keys = |tag: &str| {
        app.catalog
            .keys(tag)
            .map(|(k, _)| k.to_string())
            .collect::<BTreeSet<_>>()
    };
    let en = keys("en");
    for tag in COMPLETE {
        assert_eq!(keys(tag), en, "locales/{tag}/app.ftl differs from en");
        for key in &en {
            let errors = app.catalog.format_errors(tag, key, None);
            // Only missing runtime variables are expected when formatting without arguments.
            assert!(
                errors.iter().all(|e| e.contains("Unknown variable")),
                "{tag} {key}: {errors:?}"
            );
        }
    }
    assert!(keys("prs").is_subset(&en));
}

#[test]
fn report_strings_are_valid_and_complete_in_every_promised_language() {
    let report = heard_engine::l10n::ReportStrings::get();
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    let keys = |tag: &str| {
        report
            .catalog
            .keys(tag)
            .map(|(k, _)| k.to_string())
            .collect::<BTreeSet<_>>()
    };
    let en = keys("en");
    assert!(en.contains("report-privacy"), "{en:?}");
    for tag in COMPLETE {
        assert_eq!(keys(tag), en, "locales/{tag}/report.ftl differs from en");
        for key in &en {
            let errors = report.catalog.format_errors(tag, key, None);
            assert!(
                errors.iter().all(|e| e.contains("Unknown variable")),
                "{tag} {key}: {errors:?}"
            );
        }
    }
    assert!(keys("prs").is_subset(&en));
}

/// Every text of every item, in every language: a questionnaire message,
/// a built-in label or an instruction. None may be a bare message id, and
/// in a complete language none may be a fallback.
#[test]
fn every_item_renders_in_every_language_without_missing_text() {
    for dir in SHIPPED {
        let q = Arc::new(Questionnaire::load(dir).expect("loads"));
        for tag in q.locales() {
            let r = Response::new(Arc::clone(&q), &[tag]);
            assert_eq!(r.locale(), tag);
            let expected_dir = q.languages.direction(tag);
            for item in &q.items {
                if item.kind == ItemKind::Calculate {
                    continue;
                }
                let v = r.item_view(&item.id).expect("view");
                let mut texts = vec![("label", &v.label)];
                texts.extend(v.hint.iter().map(|t| ("hint", t)));
                texts.extend(v.instructions.iter().map(|t| ("instructions", t)));
                texts.extend(v.decline.iter().map(|t| ("decline", t)));
                texts.extend(v.sensitive_warning.iter().map(|t| ("warning", t)));
                texts.extend(v.choices.iter().map(|c| ("choice", &c.label)));
                for (what, t) in texts {
                    assert!(
                        !t.text.trim().is_empty(),
                        "{dir} {tag} {} {what}: empty",
                        item.id
                    );
                    assert!(
                        q.item(&t.text).is_none()
                            && !t.text.starts_with("choice-")
                            && !t.text.starts_with("input-"),
                        "{dir} {tag} {} {what}: shows an id: {}",
                        item.id,
                        t.text
                    );
                    if COMPLETE.contains(&tag) {
                        assert!(
                            !t.fallback,
                            "{dir} {tag} {} {what} fell back to {}",
                            item.id, t.locale
                        );
                        assert_eq!(t.direction, expected_dir, "{dir} {tag} {} {what}", item.id);
                    }
                }
            }
            for ui in [
                "nav-next",
                "nav-back",
                "nav-submit",
                "submitted",
                "kiosk-next",
                "review-title",
            ] {
                assert!(
                    !r.ui_text(ui).fallback || !COMPLETE.contains(&tag),
                    "{tag} {ui}"
                );
            }
        }
    }
}

#[test]
fn right_to_left_languages_are_declared_right_to_left() {
    let q = Questionnaire::load(SHIPPED[0]).expect("loads");
    for tag in ["ar", "fa", "prs", "ps"] {
        assert_eq!(q.languages.direction(tag), Direction::Rtl, "{tag}");
    }
}

#[test]
fn the_survey_never_asks_who_or_where_someone_is_and_lets_every_question_be_declined() {
    let q = Questionnaire::load(SHIPPED[0]).expect("loads");
    assert_eq!(
        q.items[q.screens[0]].kind,
        ItemKind::Consent,
        "consent comes first"
    );
    let identifying = ["name", "phone", "address", "email", "street", "birth"];
    for item in q.questions() {
        for word in identifying {
            assert!(!item.id.contains(word), "{} looks identifying", item.id);
        }
        if item.kind != ItemKind::Consent {
            assert!(item.decline, "{} must offer 'prefer not to say'", item.id);
        }
        assert!(
            !matches!(item.kind, ItemKind::Date),
            "{}: no exact dates in an anonymous survey",
            item.id
        );
    }
    let free_text: Vec<&str> = q
        .questions()
        .filter(|i| matches!(i.kind, ItemKind::Text | ItemKind::LongText))
        .map(|i| i.id.as_str())
        .collect();
    for id in free_text {
        assert!(
            q.item(id).expect("item").sensitive,
            "{id}: free text must be flagged sensitive"
        );
    }
}
