//! The importer on real forms written by others: the `.xlsx` test forms of
//! XLSForm/pyxform (BSD-2-Clause), kept outside the repository in
//! `../shared/xlsform-pyxform` (beside the clone, here and in CI). Each form
//! is imported as a user would: plainly first, then with
//! `--default-language en` if the importer asks which language plain label
//! columns are in, then with `--allow-partial` if it lists unsupported parts.
//! Each must end imported (and load in Heard) or refused with its sheet, row
//! and column named; none may panic. Without the folder the test fails,
//! saying what is missing.

use heard_engine::Questionnaire;
use heard_xlsform::{ImportError, ImportOptions, Report, Severity, import};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Imported with the flags given.
    Imported {
        default_language: bool,
        allow_partial: bool,
    },
    /// Refused; the first problem's location.
    Refused(String),
}

use Outcome::{Imported, Refused};

const fn imported(default_language: bool, allow_partial: bool) -> Outcome {
    Imported {
        default_language,
        allow_partial,
    }
}

/// What each form comes to. A form that is not listed must still import or
/// be refused with a cell named.
fn expected(name: &str) -> Option<Outcome> {
    let refused = |at: &str| Some(Refused(at.to_string()));
    match name {
        "bug_example_xls_ODKValidateWarnings.xlsx" => Some(imported(false, true)),
        "bug_example_xls_UCL_Biomass_Plot_Form.xlsx" => {
            refused("survey sheet, row 9, column \"relevant\"")
        }
        "bug_example_xls_bad_calc.xlsx" | "example_xls_bad_calc.xlsx" => {
            refused("survey sheet, row 2, column \"calculation\"")
        }
        "bug_example_xls_duplicate_columns.xlsx" => {
            refused("survey sheet, row 1, column \"label\"")
        }
        "bug_example_xls_xl_date_ambiguous.xlsx" => Some(imported(false, true)),
        "bug_example_xls_xl_date_ambiguous_v1.xlsx" => Some(imported(false, true)),
        "example_xls_attribute_columns_test.xlsx" => Some(imported(true, true)),
        "example_xls_case_insensitivity.xlsx" => Some(imported(false, true)),
        "example_xls_choice_filter_test.xlsx" => Some(imported(true, true)),
        "example_xls_extra_columns.xlsx" => Some(imported(true, false)),
        "example_xls_extra_sheet_names.xlsx" => Some(imported(true, false)),
        "example_xls_field-list.xlsx" => Some(imported(true, false)),
        "example_xls_flat_xlsform_test.xlsx" => Some(imported(true, true)),
        "example_xls_group.xlsx" => Some(imported(false, true)),
        "example_xls_include.xlsx" => Some(imported(false, true)),
        "example_xls_include_json.xlsx" => refused("survey sheet, row 2, column \"type\""),
        "example_xls_loop.xlsx" => Some(imported(false, true)),
        "example_xls_or_other.xlsx" => Some(imported(true, true)),
        "example_xls_pull_data.xlsx" => Some(imported(true, true)),
        "example_xls_specify_other.xlsx" => Some(imported(false, true)),
        "example_xls_survey_no_name.xlsx" => refused("Sheet1 sheet, row 1, column \"type\""),
        "example_xls_text_and_integer.xlsx" => Some(imported(false, false)),
        "example_xls_xlsform_spec_test.xlsx" => Some(imported(true, true)),
        "example_xls_yes_or_no_question.xlsx" => Some(imported(false, false)),
        _ => None,
    }
}

/// `../shared/xlsform-pyxform` beside the repository (or `HEARD_PYXFORM_DIR`).
fn forms_dir() -> PathBuf {
    match std::env::var_os("HEARD_PYXFORM_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/xlsform-pyxform"),
    }
}

fn asks_for_default_language(report: &Report) -> bool {
    report
        .of(Severity::Error)
        .all(|i| i.message.contains("pass --default-language"))
}

/// The first issue that names a cell (sheet, row and column).
fn first_cell(report: &Report) -> Option<String> {
    report
        .issues
        .iter()
        .filter(|i| i.severity != Severity::Note)
        .filter_map(|i| i.location.as_ref())
        .find(|l| !l.rows.is_empty() && l.column.is_some())
        .map(ToString::to_string)
}

/// Imports as a user would, adding flags as the importer asks for them.
fn import_like_a_user(form: &Path, work: &Path) -> Result<Outcome, String> {
    let mut options = ImportOptions::default();
    for attempt in 0..3 {
        let out = work.join(format!("attempt-{attempt}"));
        let result = std::panic::catch_unwind(|| import(form, &out, &options))
            .map_err(|_| "the importer panicked".to_string())?;
        match result {
            Ok(imported) => {
                Questionnaire::load(&out)
                    .map_err(|e| format!("imported but does not load: {e}"))?;
                assert_eq!(imported.dir, out);
                return Ok(Imported {
                    default_language: options.default_language.is_some(),
                    allow_partial: options.allow_partial,
                });
            }
            Err(ImportError::Refused { report, .. }) => {
                if out.exists() {
                    return Err("a refused import wrote its folder".into());
                }
                let errors = report.count(Severity::Error);
                if errors > 0
                    && asks_for_default_language(&report)
                    && options.default_language.is_none()
                {
                    options.default_language = Some("en".into());
                } else if errors == 0 && !options.allow_partial {
                    options.allow_partial = true;
                } else {
                    let cell = first_cell(&report).ok_or_else(|| {
                        format!(
                            "refused without naming a cell:\n{}",
                            report
                                .issues
                                .iter()
                                .map(|i| i.line("form"))
                                .collect::<Vec<_>>()
                                .join("\n")
                        )
                    })?;
                    for issue in report.of(Severity::Error) {
                        let named = issue.location.as_ref().is_some_and(|l| !l.rows.is_empty());
                        let summary = issue.message.starts_with("nothing is left to import");
                        if !named && !summary {
                            return Err(format!("an error without a row: {}", issue.line("form")));
                        }
                    }
                    return Ok(Refused(cell));
                }
            }
            Err(other) => return Err(format!("not a refusal with cells: {other}")),
        }
    }
    Err("still refused after adding --default-language and --allow-partial".into())
}

#[test]
fn every_pyxform_test_form_imports_or_is_refused_with_its_cell_named() {
    let dir = forms_dir();
    // A run without the forms fails: passing would claim forms were tried
    // that were not.
    assert!(
        dir.is_dir(),
        "the pyxform test forms are missing: {} is not a folder. Put the .xlsx test forms of XLSForm/pyxform in ../shared/xlsform-pyxform beside the repository, or point HEARD_PYXFORM_DIR at a folder holding them",
        dir.display()
    );
    let mut forms: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("readable folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "xlsx"))
        .collect();
    forms.sort();
    assert!(!forms.is_empty(), "{} holds no .xlsx forms", dir.display());
    let work = tempfile::tempdir().expect("tempdir");
    let mut failures = Vec::new();
    for (i, form) in forms.iter().enumerate() {
        let name = form
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        let outcome = import_like_a_user(form, &work.path().join(i.to_string()));
        println!("{name}: {outcome:?}");
        match (outcome, expected(&name)) {
            (Err(why), _) => failures.push(format!("{name}: {why}")),
            (Ok(got), Some(want)) if got != want => {
                failures.push(format!("{name}: expected {want:?}, got {got:?}"));
            }
            (Ok(_), _) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
