//! The import as a whole: read, convert, plan, write into a scratch folder,
//! load with Heard's own loader, and only then move the result into place.
//! Whatever Heard's loader refuses is traced back to its spreadsheet cell.

use crate::convert::{self, Findings, Options};
use crate::error::ImportError;
use crate::model::{Drop, Field, Form};
use crate::plan::{self, Origin};
use crate::report::{Report, Severity};
use crate::write::{self, Output};
use heard_engine::{ItemKind, Questionnaire};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Leave out what Heard does not support instead of refusing.
    pub allow_partial: bool,
    /// Replace `out` when it holds an earlier import.
    pub force: bool,
    /// `--lang NAME=CODE` pairs for languages given without a code.
    pub languages: Vec<(String, String)>,
    /// The form's default language (a code, or a language as written in
    /// the headers), when the settings sheet does not say.
    pub default_language: Option<String>,
    /// The questionnaire version, overriding the settings sheet.
    pub version: Option<u32>,
}

/// A finished import.
#[derive(Debug)]
pub struct Imported {
    /// The folder written.
    pub dir: PathBuf,
    /// The questionnaire, as Heard loaded it.
    pub questionnaire: Questionnaire,
    /// Everything left out or changed.
    pub report: Report,
    /// `IMPORT-REPORT.md`, when the report is not empty.
    pub report_file: Option<PathBuf>,
}

/// How many times Heard's loader may refuse the output before the importer
/// gives up (each refusal leaves out at least one more row).
const MAX_ROUNDS: usize = 200;

/// Imports the XLSForm at `form` into the questionnaire folder `out`.
pub fn import(form: &Path, out: &Path, options: &ImportOptions) -> Result<Imported, ImportError> {
    let file = form.display().to_string();
    check_out(out, options.force)?;
    let book = crate::read::read(form).map_err(|message| ImportError::Unreadable {
        file: file.clone(),
        message,
    })?;
    let stem = form
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("imported-form");
    let mut findings = Findings {
        report: Report::new(file.clone()),
        drops: Default::default(),
    };
    let convert_options = Options {
        languages: options.languages.clone(),
        default_language: options.default_language.clone(),
        version: options.version,
    };
    let converted = convert::convert(&book, stem, &convert_options, &mut findings);
    let refused = |mut findings: Findings| {
        findings.report.sort();
        ImportError::Refused {
            report: findings.report,
            allow_partial: options.allow_partial,
        }
    };
    let Some(model) = converted else {
        return Err(refused(findings));
    };
    plan::check_references(&model, &mut findings);
    if findings.report.count(Severity::Error) > 0 {
        return Err(refused(findings));
    }
    let scratch = tempfile::tempdir().map_err(|e| ImportError::Output {
        path: std::env::temp_dir(),
        message: format!("cannot create a scratch folder: {e}"),
    })?;
    let mut round = 0;
    let (output, questionnaire) = loop {
        round += 1;
        let Some(planned) = plan::plan(&model, &mut findings) else {
            return Err(refused(findings));
        };
        if planned.items.is_empty() {
            findings.error(
                None,
                "nothing is left to import: every question of the form is unsupported or left out (see above)",
            );
            return Err(refused(findings));
        }
        let output = write::render(&model, &planned, &file);
        let dir = scratch.path().join(format!("round-{round}"));
        write_files(&dir, &output, None)?;
        match Questionnaire::load(&dir) {
            Ok(q) => break (output, q),
            Err(e) => {
                let added = trace(&e, &dir, &output, &model, &mut findings);
                if !added || round >= MAX_ROUNDS {
                    return Err(ImportError::Internal {
                        file,
                        diagnostics: e.to_string(),
                    });
                }
            }
        }
    };
    if findings.report.count(Severity::Error) > 0
        || (findings.report.count(Severity::Unsupported) > 0 && !options.allow_partial)
    {
        return Err(refused(findings));
    }
    findings.report.sort();
    let markdown = (!findings.report.issues.is_empty())
        .then(|| findings.report.to_markdown(options.allow_partial));
    place(out, &output, markdown.as_deref(), options.force)?;
    let report_file = markdown.map(|_| out.join("IMPORT-REPORT.md"));
    // The questionnaire was loaded from the scratch folder; load the placed
    // one so that its paths are the real ones.
    let questionnaire = Questionnaire::load(out).unwrap_or(questionnaire);
    Ok(Imported {
        dir: out.to_path_buf(),
        questionnaire,
        report: findings.report,
        report_file,
    })
}

/// What `--allow-partial` leaves out for a drop, in words.
fn left_out(drop: Drop, model: &Form) -> String {
    match drop {
        Drop::Row(row) => model.walk().iter().find(|(i, _)| i.row == row).map_or_else(
            || format!("row {row}"),
            |(i, _)| format!("the row \"{}\"", i.name),
        ),
        Drop::Field(_, Field::Constraint) => "the constraint (answers are not checked)".into(),
        Drop::Field(_, Field::Required) => {
            "the required condition (the question is optional)".into()
        }
    }
}

/// Maps Heard's diagnostics back to cells; returns whether anything new was
/// left out (otherwise the failure is the importer's).
fn trace(
    error: &heard_engine::LoadError,
    dir: &Path,
    output: &Output,
    model: &Form,
    findings: &mut Findings,
) -> bool {
    let mut files: HashMap<PathBuf, &write::Text> = HashMap::new();
    files.insert(dir.join("questionnaire.toml"), &output.toml);
    for (locale, text) in &output.ftl {
        files.insert(
            dir.join("locales").join(locale).join(&output.ftl_name),
            text,
        );
    }
    let mut added = false;
    for d in &error.diagnostics {
        let origin: Option<&Origin> = files
            .get(&d.file)
            .and_then(|text| d.line.and_then(|l| text.origins.get(&l)));
        let Some(Origin {
            location,
            drop: Some(drop),
        }) = origin
        else {
            return false;
        };
        let message = strip_field(&d.message);
        if findings.drops.contains(drop) {
            continue;
        }
        findings.unsupported(
            Some(location.clone()),
            format!("Heard cannot use this: {message}"),
            left_out(*drop, model),
            Some(*drop),
        );
        added = true;
    }
    added
}

/// `relevant: cannot compare …` → `cannot compare …` (the column is named
/// in the location already).
fn strip_field(message: &str) -> &str {
    for field in ["relevant: ", "constraint: ", "calculate: ", "required: "] {
        if let Some(rest) = message.strip_prefix(field) {
            return rest;
        }
    }
    message
}

fn io_error(path: &Path, what: &str, e: &std::io::Error) -> ImportError {
    ImportError::Output {
        path: path.to_path_buf(),
        message: format!("cannot {what}: {e}"),
    }
}

fn write_files(dir: &Path, output: &Output, report: Option<&str>) -> Result<(), ImportError> {
    std::fs::create_dir_all(dir).map_err(|e| io_error(dir, "create the folder", &e))?;
    let toml = dir.join("questionnaire.toml");
    std::fs::write(&toml, &output.toml.text).map_err(|e| io_error(&toml, "write", &e))?;
    for (locale, text) in &output.ftl {
        let folder = dir.join("locales").join(locale);
        std::fs::create_dir_all(&folder).map_err(|e| io_error(&folder, "create the folder", &e))?;
        let path = folder.join(&output.ftl_name);
        std::fs::write(&path, &text.text).map_err(|e| io_error(&path, "write", &e))?;
    }
    if let Some(report) = report {
        let path = dir.join("IMPORT-REPORT.md");
        std::fs::write(&path, report).map_err(|e| io_error(&path, "write", &e))?;
    }
    Ok(())
}

/// Refuses an output folder that holds something other than an earlier
/// import (which `--force` may replace).
fn check_out(out: &Path, force: bool) -> Result<(), ImportError> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        return Err(ImportError::Output {
            path: out.to_path_buf(),
            message: "is a file: give a folder for the questionnaire".into(),
        });
    }
    let empty = std::fs::read_dir(out)
        .map_err(|e| io_error(out, "read the folder", &e))?
        .next()
        .is_none();
    if empty {
        return Ok(());
    }
    if !force {
        return Err(ImportError::Output {
            path: out.to_path_buf(),
            message: "already exists and is not empty: choose a new folder, or pass --force to replace an earlier import".into(),
        });
    }
    if !out.join("questionnaire.toml").exists() {
        return Err(ImportError::Output {
            path: out.to_path_buf(),
            message: "holds no questionnaire.toml, so it is not an earlier import: --force replaces only a questionnaire folder".into(),
        });
    }
    Ok(())
}

/// Writes the files into a staging folder beside `out` and renames it into
/// place, so that `out` is either complete or untouched.
fn place(
    out: &Path,
    output: &Output,
    report: Option<&str>,
    force: bool,
) -> Result<(), ImportError> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).map_err(|e| io_error(&parent, "create the folder", &e))?;
    let staging = tempfile::Builder::new()
        .prefix(".heard-import-")
        .tempdir_in(&parent)
        .map_err(|e| io_error(&parent, "create a staging folder", &e))?;
    write_files(staging.path(), output, report)?;
    let mut old = None;
    if out.exists() {
        // Checked before: an empty folder, or an earlier import with --force.
        let empty = std::fs::read_dir(out)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if empty {
            std::fs::remove_dir(out).map_err(|e| io_error(out, "replace the empty folder", &e))?;
        } else if force {
            let aside = tempfile::Builder::new()
                .prefix(".heard-replaced-")
                .tempdir_in(&parent)
                .map_err(|e| io_error(&parent, "create a staging folder", &e))?;
            let target = aside.path().join("old");
            std::fs::rename(out, &target)
                .map_err(|e| io_error(out, "move the earlier import aside", &e))?;
            old = Some(aside);
        }
    }
    let staged = staging.keep();
    if let Err(e) = std::fs::rename(&staged, out) {
        let _ = std::fs::remove_dir_all(&staged);
        if let Some(aside) = &old {
            let _ = std::fs::rename(aside.path().join("old"), out);
        }
        return Err(io_error(out, "move the questionnaire into place", &e));
    }
    drop(old);
    Ok(())
}

/// Counts for a summary line: (questions, screens).
pub fn counts(q: &Questionnaire) -> (usize, usize) {
    let questions = q
        .items
        .iter()
        .filter(|i| i.kind.takes_answer() && i.kind != ItemKind::Page)
        .count();
    (questions, q.screens.len())
}
