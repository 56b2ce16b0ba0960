//! `heard questionnaire import`, as an organization runs it on a form from
//! KoboToolbox or ODK: the result passes `heard questionnaire check`, and a
//! refusal names every problem's sheet, row and column.

#[path = "../../xlsform/tests/corpus/mod.rs"]
mod corpus;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn heard() -> Command {
    Command::cargo_bin("heard").expect("the heard binary is built")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn an_imported_form_passes_check_in_all_its_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "trilingual", &corpus::trilingual());
    let out = dir.path().join("feedback");
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&out)])
        .assert()
        .success()
        .stderr("")
        .stdout(format!(
            "Imported {} into {}\n  trilingual — version 1: 2 questions on 2 screens; languages: en (default), ar, fr\n\nNotes:\n  {}: settings sheet, row 2, column \"form_title\": the settings sheet gives the title in one language (XLSForm has no translated titles): translate questionnaire-title in each locale's .ftl file\n\nThe report is in {}.\nHeard loads it. See it as a respondent would: heard questionnaire preview {}\n",
            form.display(),
            out.display(),
            form.display(),
            out.join("IMPORT-REPORT.md").display(),
            out.display()
        ));
    heard()
        .args(["questionnaire", "check", path(&out)])
        .assert()
        .success()
        .stdout(predicate::str::contains("trilingual — version 1 (survey)"))
        .stdout(predicate::str::is_match(r"ar\s+العربية\s+rtl\s+6/7\s+0\s+1").expect("regex"))
        .stdout(predicate::str::is_match(r"fr\s+français\s+ltr\s+6/7\s+0\s+1").expect("regex"))
        .stdout(predicate::str::contains(
            "ar: 1 message(s) shown in en: questionnaire-title",
        ))
        .stdout(predicate::str::contains("is valid."));
    heard()
        .args(["questionnaire", "preview", path(&out), "--locale", "ar"])
        .assert()
        .success()
        .stdout(predicate::str::contains("هل عوملت بإنصاف؟"));
}

#[test]
fn unsupported_parts_are_refused_with_their_cells_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "partial", &corpus::needs_partial());
    let out = dir.path().join("partial");
    let f = form.display().to_string();
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&out)])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(format!(
            "{f}: survey sheet, row 3, column \"type\": geopoint is not supported: Heard does not collect locations: a location can identify the person answering\n"
        )))
        .stderr(predicate::str::contains(format!(
            "{f}: survey sheet, row 5, column \"constraint\": regex() is not supported by Heard ("
        )))
        .stderr(predicate::str::ends_with(format!(
            "{f} was not imported: 12 parts of it are not supported by Heard. Nothing was written.\nTo import the rest, run the import again with --allow-partial: the parts above are then left out and listed in IMPORT-REPORT.md.\n"
        )));
    assert!(!out.exists());

    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&out), "--allow-partial"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\nLeft out (not supported by Heard; --allow-partial):\n"))
        .stdout(predicate::str::contains(format!(
            "  {f}: survey sheet, row 9, column \"type\": repeats are not supported by Heard (it asks each question once): the repeat and everything in it are left out [left out: the repeat \"person\" and every row in it]\n"
        )))
        .stdout(predicate::str::contains(format!(
            "The report is in {}.",
            out.join("IMPORT-REPORT.md").display()
        )));
    let report = std::fs::read_to_string(out.join("IMPORT-REPORT.md")).expect("report");
    assert!(
        report.contains("## Left out: not supported by Heard"),
        "{report}"
    );
    heard()
        .args(["questionnaire", "check", path(&out)])
        .assert()
        .success()
        .stdout(predicate::str::contains("partial — version 2 (survey)"));
}

#[test]
fn form_errors_are_listed_and_fail_even_with_allow_partial() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "broken", &corpus::several_errors());
    let f = form.display().to_string();
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&dir.path().join("x")), "--allow-partial"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{f}: survey sheet, row 2, column \"type\": unknown type \"integr\" (see docs/XLSFORM.md for the types Heard imports)\n{f}: survey sheet, row 3, column \"relevant\": ${{nosuch}} refers to no question of this form\n"
        )))
        .stderr(predicate::str::contains(format!(
            "{f} cannot be imported: 7 errors in the form. Nothing was written.\nFix the errors in the spreadsheet and import it again.\n"
        )));
}

#[test]
fn languages_are_named_on_the_command_line_when_the_form_does_not_say() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "kurdish", &corpus::language_without_code());
    let out = dir.path().join("kurdish");
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&out)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "survey sheet, row 1, column \"label::Kurdish\": which language is \"Kurdish\"? \"Kurdish\" could be ckb (Central Kurdish, Sorani) or kmr (Northern Kurdish, Kurmanji): Heard does not guess: add its code to the header, as in label::Kurdish (ckb), or name it with --lang \"Kurdish=ckb\"",
        ))
        .stderr(predicate::str::contains("--lang \"Hazaragi=<code>\""));
    heard()
        .args([
            "questionnaire",
            "import",
            path(&form),
            "--out",
            path(&out),
            "--lang",
            "Kurdish=kmr",
            "--lang",
            "Hazaragi=haz",
            "--default-language",
            "en",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "languages: en (default), haz, kmr",
        ));
    heard()
        .args(["questionnaire", "check", path(&out)])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "haz: not in the language registry",
        ));
}

#[test]
fn plain_label_columns_take_the_default_language_from_the_command_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "quartier", &corpus::plain_labels());
    let out = dir.path().join("quartier");
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&out)])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "pass --default-language <code> (for example --default-language en)",
        ));
    heard()
        .args([
            "questionnaire",
            "import",
            path(&form),
            "--out",
            path(&out),
            "--default-language",
            "fr",
            "--form-version",
            "7",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "quartier — version 7: 2 questions on 2 screens; languages: fr (default)",
        ));
    heard()
        .args(["questionnaire", "preview", path(&out)])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Connaissez-vous l'agent de quartier ?",
        ));
}

#[test]
fn csv_forms_import_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::csv_file(dir.path(), "reported", &corpus::csv_bilingual());
    let out = dir.path().join("reported");
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&out)])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "csv-form — version 4: 2 questions on 2 screens; languages: en (default), ar",
        ));
    heard()
        .args(["questionnaire", "check", path(&out)])
        .assert()
        .success();
}

#[test]
fn bad_arguments_and_occupied_folders_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let form = corpus::xlsx(dir.path(), "basic", &corpus::contact_basic());
    heard()
        .args(["questionnaire", "import", path(&form), "--out", "x", "--lang", "Dari"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid value 'Dari' for '--lang <NAME=CODE>': expected NAME=CODE, such as \"Dari=prs\", not \"Dari\"",
        ));
    heard()
        .args([
            "questionnaire",
            "import",
            path(&form),
            "--out",
            "x",
            "--form-version",
            "0",
        ])
        .assert()
        .code(2);
    let taken = dir.path().join("taken");
    std::fs::create_dir(&taken).expect("mkdir");
    std::fs::write(taken.join("keep.txt"), "mine").expect("write");
    heard()
        .args(["questionnaire", "import", path(&form), "--out", path(&taken)])
        .assert()
        .code(1)
        .stderr(format!(
            "error: {}: already exists and is not empty: choose a new folder, or pass --force to replace an earlier import\n",
            taken.display()
        ));
    assert_eq!(
        std::fs::read_to_string(taken.join("keep.txt")).expect("kept"),
        "mine"
    );
    heard()
        .args([
            "questionnaire",
            "import",
            path(&dir.path().join("missing.xlsx")),
            "--out",
            path(&dir.path().join("y")),
        ])
        .assert()
        .code(1)
        .stderr(format!(
            "{}: cannot open it: No such file or directory (os error 2)\n",
            dir.path().join("missing.xlsx").display()
        ));
}
