//! Loading an invalid questionnaire never panics and reports each problem
//! with its file, line and item. Each folder under `tests/broken/` is one
//! case; `expected.txt` holds the exact error text, with `{dir}` standing for
//! the folder. `HEARD_BLESS=1 cargo test` rewrites the expectations (review
//! the diff before committing).

use heard_engine::Questionnaire;
use std::path::Path;

#[test]
fn every_broken_questionnaire_is_refused_with_the_exact_error() {
    let root = Path::new("tests/broken");
    let mut cases: Vec<_> = std::fs::read_dir(root)
        .expect("tests/broken exists")
        .map(|e| e.expect("entry").path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20, "the corpus shrank to {}", cases.len());
    let bless = std::env::var_os("HEARD_BLESS").is_some();
    let mut failures = Vec::new();
    for dir in cases {
        let shown = dir.display().to_string();
        let error = match Questionnaire::load(&dir) {
            Ok(_) => {
                failures.push(format!("{shown}: loaded, but it is broken"));
                continue;
            }
            Err(e) => e.to_string().replace(&shown, "{dir}"),
        };
        let expected_file = dir.join("expected.txt");
        if bless {
            std::fs::write(&expected_file, format!("{error}\n")).expect("write expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
        if expected.trim_end() != error {
            failures.push(format!(
                "{shown}:\n  expected: {}\n  actual:   {error}",
                expected.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_folder_without_a_questionnaire_says_so() {
    let err = Questionnaire::load("tests/no-such-questionnaire").expect_err("missing");
    assert_eq!(
        err.to_string(),
        "tests/no-such-questionnaire/questionnaire.toml: cannot read the questionnaire: file not found (a questionnaire is a folder holding questionnaire.toml and locales/)"
    );
}
