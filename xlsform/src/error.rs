//! Why an import did not happen.

use crate::report::{Report, Severity};
use std::path::PathBuf;

/// Everything that stops an import. Nothing is written in any of these cases.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file is not a readable workbook.
    #[error("{file}: {message}")]
    Unreadable {
        /// The form's path as given.
        file: String,
        /// Why.
        message: String,
    },
    /// The form has errors, or parts Heard does not support (without
    /// `--allow-partial`): every one is in the report.
    #[error("{}", refusal(.report, *.allow_partial))]
    Refused {
        /// Every issue found.
        report: Report,
        /// Whether `--allow-partial` was given.
        allow_partial: bool,
    },
    /// The output folder cannot be used or written.
    #[error("{}: {message}", .path.display())]
    Output {
        /// The folder or file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The generated questionnaire does not load in Heard for a reason that
    /// cannot be traced to a cell: a bug in the importer.
    #[error(
        "{file}: the imported questionnaire does not load in Heard (this is a bug in the importer; please report it with the form):\n{diagnostics}"
    )]
    Internal {
        /// The form's path as given.
        file: String,
        /// Heard's diagnostics.
        diagnostics: String,
    },
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The problems, one per line, then what to do.
fn refusal(report: &Report, allow_partial: bool) -> String {
    let mut out = String::new();
    let errors = report.count(Severity::Error);
    let unsupported = report.count(Severity::Unsupported);
    for severity in [Severity::Error, Severity::Unsupported] {
        for issue in report.of(severity) {
            out.push_str(&issue.line(&report.file));
            out.push('\n');
        }
    }
    out.push('\n');
    if errors > 0 {
        out.push_str(&format!(
            "{} cannot be imported: {} in the form",
            report.file,
            plural(errors, "error", "errors")
        ));
        if unsupported > 0 {
            out.push_str(&format!(
                ", and {} Heard does not support",
                plural(unsupported, "part", "parts")
            ));
        }
        out.push_str(
            ". Nothing was written.\nFix the errors in the spreadsheet and import it again",
        );
        if unsupported > 0 && !allow_partial {
            out.push_str(" (--allow-partial can leave out the unsupported parts, but not errors)");
        }
        out.push('.');
    } else {
        out.push_str(&format!(
            "{} was not imported: {} not supported by Heard. Nothing was written.\nTo import the rest, run the import again with --allow-partial: the parts above are then left out and listed in IMPORT-REPORT.md.",
            report.file,
            plural(unsupported, "part of it is", "parts of it are")
        ));
    }
    let notes = report.count(Severity::Note);
    if notes > 0 {
        out.push_str(&format!(
            "\n(The import also has {}, shown once it succeeds.)",
            plural(notes, "note", "notes")
        ));
    }
    out
}
