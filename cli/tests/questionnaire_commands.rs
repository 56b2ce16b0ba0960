//! `heard questionnaire check|preview`, as a steward runs them.

use assert_cmd::Command;
use predicates::prelude::*;

fn heard() -> Command {
    Command::cargo_bin("heard").expect("the heard binary is built")
}

#[test]
fn check_summarises_a_valid_questionnaire_and_its_translations() {
    heard()
        .args(["questionnaire", "check", "../questionnaires/post-encounter"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "post-encounter — version 1 (survey)",
        ))
        .stdout(predicate::str::is_match(r"ar\s+العربية\s+rtl\s+117/117\s+0\s+0").expect("regex"))
        .stdout(
            predicate::str::is_match(r"prs\s+دری\s+rtl\s+\d+/\d+\s+[1-9]\d*\s+0").expect("regex"),
        )
        .stdout(predicate::str::contains(
            "sensitive free text (kept out of reports unless asked): anything_else",
        ))
        .stdout(predicate::str::contains(
            "OK: ../questionnaires/post-encounter is valid.",
        ));
}

#[test]
fn check_reports_audio_coverage_per_locale() {
    heard()
        .args([
            "questionnaire",
            "check",
            "../core/engine/tests/fixtures/audio-prompts",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Audio (5 recordings; 6 messages can be spoken: labels, hints, options, titles):",
        ))
        .stdout(
            predicate::str::is_match(r"(?m)^  locale\s+recorded\s+fallback\s+default\s+none$")
                .expect("regex"),
        )
        .stdout(predicate::str::is_match(r"(?m)^  en\s+3/6\s+0\s+0\s+3$").expect("regex"))
        .stdout(predicate::str::is_match(r"(?m)^  fa\s+1/6\s+0\s+2\s+3$").expect("regex"))
        .stdout(predicate::str::is_match(r"(?m)^  prs\s+1/6\s+1\s+1\s+3$").expect("regex"))
        .stdout(predicate::str::contains(
            "prs: 1 recording(s) played from a fallback: visits (fa)",
        ));
    heard()
        .args(["questionnaire", "check", "../questionnaires/post-encounter"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\nAudio: none recorded ("));
}

#[test]
fn check_names_a_recording_with_the_wrong_content() {
    heard()
        .args(["questionnaire", "check", "../core/engine/tests/broken/bad_audio"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "../core/engine/tests/broken/bad_audio/locales/en/audio/age.mp3: the content is not mp3 audio (its first bytes match none of the accepted formats)",
        ));
}

#[test]
fn check_lists_every_problem_with_file_and_line_and_fails() {
    heard()
        .args(["questionnaire", "check", "../core/engine/tests/broken/several_problems"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "../core/engine/tests/broken/several_problems/questionnaire.toml:15: item \"q2\": min (5) is greater than max (1)",
        ))
        .stderr(predicate::str::contains("questionnaire.toml:22: item \"q2\": id is used twice (first on line 15)"))
        .stderr(predicate::str::contains("is not usable: 4 problems found."));
}

#[test]
fn check_names_a_missing_folder() {
    heard()
        .args(["questionnaire", "check", "no/such/dir"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no/such/dir/questionnaire.toml: cannot read the questionnaire: file not found",
        ));
}

#[test]
fn preview_prints_the_survey_as_an_arabic_reader_sees_it() {
    let output = heard()
        .args([
            "questionnaire",
            "preview",
            "../questionnaires/post-encounter",
            "--locale",
            "ar",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("ar · العربية · right-to-left"))
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).expect("utf-8");
    assert!(
        !text.contains('\u{2068}'),
        "terminal output has no bidi isolation marks"
    );
    assert!(text.contains("(shown when: ${language_needed} = 'yes')"));
    assert!(
        !text.contains("[en]"),
        "nothing falls back to English in Arabic"
    );
    let arabic_lines = text
        .lines()
        .filter(|l| l.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        .count();
    assert!(arabic_lines > 60, "only {arabic_lines} Arabic lines");
}

#[test]
fn preview_marks_text_that_falls_back_to_another_language() {
    heard()
        .args([
            "questionnaire",
            "preview",
            "../questionnaires/post-encounter",
            "--locale",
            "prs",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("[fa]"))
        .stdout(predicate::str::contains("prs · دری · right-to-left"));
}

#[test]
fn preview_of_an_unavailable_language_says_what_it_shows_instead() {
    heard()
        .args(["questionnaire", "preview", "../questionnaires/listening-session", "--locale", "de"])
        .assert()
        .success()
        .stderr(predicate::str::contains("note: de is not available; showing en (available: ar, en, es, fa, fr, prs, ps, so, ti, uk)"));
}
