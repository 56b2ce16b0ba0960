//! `heard questionnaire import FORM.xlsx --out DIR`: an XLSForm (ODK,
//! KoboToolbox) becomes a Heard questionnaire folder, or nothing is written
//! and every problem is listed with its sheet, row and column.

use anyhow::{Result, bail};
use heard_xlsform::{ImportError, ImportOptions, Severity, import};
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// Parses `--lang NAME=CODE`.
pub fn parse_lang(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((name, code)) if !name.trim().is_empty() && !code.trim().is_empty() => {
            Ok((name.trim().to_string(), code.trim().to_string()))
        }
        _ => Err(format!(
            "expected NAME=CODE, such as \"Dari=prs\", not \"{value}\""
        )),
    }
}

/// Imports `form` into `out`.
pub fn run(form: &Path, out: &Path, options: &ImportOptions) -> Result<ExitCode> {
    let imported = match import(form, out, options) {
        Ok(imported) => imported,
        Err(e @ (ImportError::Refused { .. } | ImportError::Unreadable { .. })) => {
            eprintln!("{e}");
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => bail!(e),
    };
    let q = &imported.questionnaire;
    let report = &imported.report;
    let (questions, screens) = heard_xlsform::counts(q);
    let mut locales: Vec<String> = q.locales().iter().map(|l| l.to_string()).collect();
    locales.sort_by_key(|l| (*l != q.default_locale, l.clone()));
    let mut out_text = String::new();
    outln!(
        out_text,
        "Imported {} into {}",
        form.display(),
        imported.dir.display()
    );
    outln!(
        out_text,
        "  {} — version {}: {questions} question{} on {screens} screen{}; languages: {}",
        q.id,
        q.version,
        if questions == 1 { "" } else { "s" },
        if screens == 1 { "" } else { "s" },
        locales
            .iter()
            .map(|l| if *l == q.default_locale {
                format!("{l} (default)")
            } else {
                l.clone()
            })
            .collect::<Vec<_>>()
            .join(", ")
    );
    let sections = [
        (
            Severity::Unsupported,
            "Left out (not supported by Heard; --allow-partial):",
        ),
        (Severity::Note, "Notes:"),
    ];
    for (severity, title) in sections {
        let issues: Vec<_> = report.of(severity).collect();
        if issues.is_empty() {
            continue;
        }
        outln!(out_text, "\n{title}");
        for issue in issues {
            let mut line = issue.line(&report.file);
            if let Some(left) = &issue.left_out {
                line.push_str(&format!(" [left out: {left}]"));
            }
            outln!(out_text, "  {line}");
        }
    }
    outln!(out_text);
    if let Some(file) = &imported.report_file {
        outln!(out_text, "The report is in {}.", file.display());
    }
    outln!(
        out_text,
        "Heard loads it. See it as a respondent would: heard questionnaire preview {}",
        imported.dir.display()
    );
    emit(&out_text)?;
    Ok(ExitCode::SUCCESS)
}
