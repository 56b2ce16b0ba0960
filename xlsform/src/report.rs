//! The import report: every problem and note, each with the sheet, row and
//! column it comes from, as a person sees them in the spreadsheet.

use std::fmt;

/// How much an issue matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The form itself is broken (ODK would refuse it too): always fatal.
    Error,
    /// Valid XLSForm that Heard cannot represent: fatal unless
    /// `--allow-partial`, which leaves the affected part out.
    Unsupported,
    /// Imported, but differently or without something cosmetic; said once so
    /// that nothing changes silently.
    Note,
}

/// Where in the workbook an issue is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Location {
    /// The sheet's name as written in the workbook (`survey`, `SURVEY`, …).
    pub sheet: String,
    /// 1-based spreadsheet rows (several when a note is the same on each).
    pub rows: Vec<usize>,
    /// The column header as written (`label::English (en)`).
    pub column: Option<String>,
}

impl Location {
    /// One cell (or one row, without a column).
    pub fn cell(sheet: &str, row: usize, column: Option<&str>) -> Location {
        Location {
            sheet: sheet.to_string(),
            rows: vec![row],
            column: column.map(str::to_string),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} sheet", self.sheet)?;
        match self.rows.as_slice() {
            [] => {}
            [row] => write!(f, ", row {row}")?,
            rows => {
                let list: Vec<String> = rows.iter().map(ToString::to_string).collect();
                write!(f, ", rows {}", list.join(", "))?;
            }
        }
        if let Some(column) = &self.column {
            write!(f, ", column \"{column}\"")?;
        }
        Ok(())
    }
}

/// One problem or note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// How much it matters.
    pub severity: Severity,
    /// Where it is, when it is somewhere in particular.
    pub location: Option<Location>,
    /// What is wrong or different, and why.
    pub message: String,
    /// With `--allow-partial`: what is left out because of it.
    pub left_out: Option<String>,
}

impl Issue {
    /// The issue as one line, prefixed with the form's file name.
    pub fn line(&self, file: &str) -> String {
        match &self.location {
            Some(location) => format!("{file}: {location}: {}", self.message),
            None => format!("{file}: {}", self.message),
        }
    }
}

/// Every issue of one import, in the order found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The form's file name, as the user named it (used as a prefix).
    pub file: String,
    /// The issues.
    pub issues: Vec<Issue>,
}

impl Report {
    /// An empty report for `file`.
    pub fn new(file: impl Into<String>) -> Report {
        Report {
            file: file.into(),
            issues: Vec::new(),
        }
    }

    /// Adds an issue unless the same one is already there.
    pub fn push(&mut self, issue: Issue) {
        if !self.issues.contains(&issue) {
            self.issues.push(issue);
        }
    }

    /// A form error at `location`.
    pub fn error(&mut self, location: Option<Location>, message: impl Into<String>) {
        self.push(Issue {
            severity: Severity::Error,
            location,
            message: message.into(),
            left_out: None,
        });
    }

    /// Something Heard cannot represent; `left_out` says what
    /// `--allow-partial` drops.
    pub fn unsupported(
        &mut self,
        location: Option<Location>,
        message: impl Into<String>,
        left_out: impl Into<String>,
    ) {
        self.push(Issue {
            severity: Severity::Unsupported,
            location,
            message: message.into(),
            left_out: Some(left_out.into()),
        });
    }

    /// A note. Notes with the same sheet, column and message are merged
    /// into one that lists every row.
    pub fn note(&mut self, location: Option<Location>, message: impl Into<String>) {
        let message = message.into();
        if let Some(loc) = &location
            && let Some(existing) = self.issues.iter_mut().find(|i| {
                i.severity == Severity::Note
                    && i.message == message
                    && i.location.as_ref().is_some_and(|l| {
                        l.sheet == loc.sheet && l.column == loc.column && !l.rows.is_empty()
                    })
            })
            && let Some(existing_loc) = existing.location.as_mut()
        {
            for row in &loc.rows {
                if !existing_loc.rows.contains(row) {
                    existing_loc.rows.push(*row);
                }
            }
            existing_loc.rows.sort_unstable();
            return;
        }
        self.push(Issue {
            severity: Severity::Note,
            location,
            message,
            left_out: None,
        });
    }

    /// Issues of one severity.
    pub fn of(&self, severity: Severity) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(move |i| i.severity == severity)
    }

    /// How many issues of `severity` there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.of(severity).count()
    }

    /// Sorts issues by severity, then sheet order (survey, choices,
    /// settings, others), then row, keeping the order found otherwise.
    pub fn sort(&mut self) {
        fn sheet_rank(sheet: &str) -> usize {
            match sheet.to_ascii_lowercase().as_str() {
                "survey" => 0,
                "choices" => 1,
                "settings" => 2,
                _ => 3,
            }
        }
        self.issues.sort_by_key(|i| {
            (
                i.severity,
                i.location.is_some(),
                i.location.as_ref().map(|l| sheet_rank(&l.sheet)),
                i.location.as_ref().and_then(|l| l.rows.first().copied()),
            )
        });
    }

    /// The report as Markdown, for `IMPORT-REPORT.md`.
    pub fn to_markdown(&self, allow_partial: bool) -> String {
        let mut out = String::new();
        out.push_str("# Import report\n\n");
        out.push_str(&format!(
            "Imported from `{}` by `heard questionnaire import`{}.\n",
            self.file,
            if allow_partial {
                " with `--allow-partial`"
            } else {
                ""
            }
        ));
        out.push_str(
            "Rows are spreadsheet rows as they appear in the workbook; columns are its headers.\n",
        );
        let sections = [
            (
                Severity::Unsupported,
                "Left out: not supported by Heard",
                "Each of these was dropped from the import; the reason says what Heard would need.",
            ),
            (
                Severity::Note,
                "Notes",
                "Imported, but differently from the XLSForm, or without something that only changes how it looks.",
            ),
        ];
        for (severity, title, intro) in sections {
            let issues: Vec<&Issue> = self.of(severity).collect();
            if issues.is_empty() {
                continue;
            }
            out.push_str(&format!("\n## {title}\n\n{intro}\n\n"));
            for issue in issues {
                let place = issue
                    .location
                    .as_ref()
                    .map_or_else(|| "form".to_string(), ToString::to_string);
                out.push_str(&format!("- **{place}**: {}", issue.message));
                if let Some(left) = &issue.left_out {
                    out.push_str(&format!(" *Left out: {left}.*"));
                }
                out.push('\n');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_file_sheet_row_and_column() {
        let mut report = Report::new("form.xlsx");
        report.unsupported(
            Some(Location::cell("survey", 7, Some("constraint"))),
            "regex() is not supported by Heard",
            "the constraint",
        );
        report.error(Some(Location::cell("settings", 2, None)), "bad");
        report.error(None, "no survey sheet");
        let lines: Vec<String> = report.issues.iter().map(|i| i.line("form.xlsx")).collect();
        assert_eq!(
            lines,
            [
                "form.xlsx: survey sheet, row 7, column \"constraint\": regex() is not supported by Heard",
                "form.xlsx: settings sheet, row 2: bad",
                "form.xlsx: no survey sheet",
            ]
        );
    }

    #[test]
    fn equal_notes_merge_their_rows() {
        let mut report = Report::new("f.xlsx");
        for row in [9, 3, 9, 5] {
            report.note(
                Some(Location::cell("survey", row, Some("appearance"))),
                "ignored",
            );
        }
        report.note(Some(Location::cell("survey", 4, Some("hint"))), "ignored");
        assert_eq!(report.issues.len(), 2);
        assert_eq!(
            report.issues[0].line("f.xlsx"),
            "f.xlsx: survey sheet, rows 3, 5, 9, column \"appearance\": ignored"
        );
    }

    #[test]
    fn markdown_lists_left_out_parts_and_notes() {
        let mut report = Report::new("f.xlsx");
        report.note(None, "a note");
        report.unsupported(
            Some(Location::cell("survey", 4, Some("type"))),
            "geopoint is not supported",
            "row 4",
        );
        let md = report.to_markdown(true);
        assert!(md.contains("with `--allow-partial`"), "{md}");
        assert!(
            md.contains(
                "- **survey sheet, row 4, column \"type\"**: geopoint is not supported *Left out: row 4.*"
            ),
            "{md}"
        );
        assert!(md.contains("- **form**: a note"), "{md}");
    }
}
