//! Exports of decrypted submissions, per questionnaire version: CSV and
//! XLSX with one column per question (choice codes beside their labels in
//! one language; a multiple choice also as one 0/1 column per option; a
//! tally as one column per bracket), from the JSONL the pull appends to.
//! Each file is written by streaming the JSONL once, so memory stays flat
//! however many submissions there are, and replaces the old file only when
//! complete. Every text cell is neutralised against formula injection.

use crate::error::{Error, IoContext, Result};
use crate::files::neutralise_formula;
use heard_engine::l10n::strip_isolation;
use heard_engine::submission::Submission;
use heard_engine::{Answer, ItemKind, Questionnaire, Response};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::Arc;

/// The decrypted submissions file of one questionnaire version.
pub const JSONL: &str = "submissions.jsonl";
/// The CSV export.
pub const CSV: &str = "submissions.csv";
/// The spreadsheet export.
pub const XLSX: &str = "submissions.xlsx";

/// What one column shows.
#[derive(Debug, Clone)]
enum Column {
    SubmissionId,
    SubmittedOn,
    Locale,
    Group,
    /// The answer's value (a choice's code; a multiple choice's codes).
    Value(String),
    /// A choice's label.
    Label(String, Vec<(String, String)>),
    /// 1 when the option was chosen, 0 when not.
    Option(String, String),
    /// One tally bracket's count.
    Bracket(String, String),
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing (not answered, not shown).
    Empty,
    /// A number.
    Number(f64),
    /// Text, written neutralised.
    Text(String),
}

/// The columns of one questionnaire version's export.
pub struct Layout {
    locale: String,
    headers: Vec<String>,
    columns: Vec<Column>,
}

impl Layout {
    /// Columns for `q`, with choice labels in `locale` (or the
    /// questionnaire's default).
    pub fn new(q: &Arc<Questionnaire>, locale: Option<&str>) -> Layout {
        let locale = locale.unwrap_or(&q.default_locale);
        let view = Response::new(q.clone(), &[locale]);
        let mut headers = vec![
            "submission_id".to_string(),
            "submitted_on".into(),
            "locale".into(),
            "group".into(),
        ];
        let mut columns = vec![
            Column::SubmissionId,
            Column::SubmittedOn,
            Column::Locale,
            Column::Group,
        ];
        for item in q.questions() {
            let id = item.id.clone();
            let choices: Vec<(String, String)> = view
                .item_view(&id)
                .map(|v| {
                    v.choices
                        .into_iter()
                        .map(|c| (c.code, strip_isolation(&c.label.text)))
                        .collect()
                })
                .unwrap_or_default();
            match item.kind {
                ItemKind::Multiple => {
                    headers.push(id.clone());
                    columns.push(Column::Value(id.clone()));
                    headers.push(format!("{id}:label"));
                    columns.push(Column::Label(id.clone(), choices.clone()));
                    for (code, _) in &choices {
                        headers.push(format!("{id}/{code}"));
                        columns.push(Column::Option(id.clone(), code.clone()));
                    }
                }
                ItemKind::Tally => {
                    for (code, _) in &choices {
                        headers.push(format!("{id}/{code}"));
                        columns.push(Column::Bracket(id.clone(), code.clone()));
                    }
                }
                ItemKind::Single | ItemKind::YesNo | ItemKind::Scale => {
                    headers.push(id.clone());
                    columns.push(Column::Value(id.clone()));
                    headers.push(format!("{id}:label"));
                    columns.push(Column::Label(id.clone(), choices));
                }
                _ => {
                    headers.push(id.clone());
                    columns.push(Column::Value(id.clone()));
                }
            }
        }
        Layout {
            locale: view.locale().to_string(),
            headers,
            columns,
        }
    }

    /// The language the labels are in (the one asked for, a fallback of
    /// it, or the questionnaire's default).
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The header row.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// One submission's row.
    pub fn row(&self, s: &Submission) -> Vec<Cell> {
        self.columns
            .iter()
            .map(|c| match c {
                Column::SubmissionId => Cell::Text(s.submission_id.clone()),
                Column::SubmittedOn => Cell::Text(s.submitted_on.clone()),
                Column::Locale => Cell::Text(s.locale.clone()),
                Column::Group => s
                    .group
                    .as_ref()
                    .map_or(Cell::Empty, |g| Cell::Text(g.group.clone())),
                Column::Value(id) => s.answers.get(id).map_or(Cell::Empty, value_cell),
                Column::Label(id, choices) => {
                    let label = |code: &String| {
                        choices
                            .iter()
                            .find(|(c, _)| c == code)
                            .map(|(_, label)| label.clone())
                    };
                    match s.answers.get(id) {
                        Some(Answer::Choice(code)) => label(code).map_or(Cell::Empty, Cell::Text),
                        Some(Answer::Choices(codes)) => Cell::Text(
                            codes
                                .iter()
                                .filter_map(label)
                                .collect::<Vec<_>>()
                                .join("; "),
                        ),
                        _ => Cell::Empty,
                    }
                }
                Column::Option(id, code) => match s.answers.get(id) {
                    Some(Answer::Choices(codes)) => {
                        Cell::Number(if codes.contains(code) { 1.0 } else { 0.0 })
                    }
                    _ => Cell::Empty,
                },
                Column::Bracket(id, code) => match s.answers.get(id) {
                    Some(Answer::Tally(counts)) => {
                        Cell::Number(f64::from(counts.get(code).copied().unwrap_or(0)))
                    }
                    _ => Cell::Empty,
                },
            })
            .collect()
    }
}

fn value_cell(answer: &Answer) -> Cell {
    match answer {
        Answer::Text(t) | Answer::Choice(t) | Answer::Date(t) => Cell::Text(t.clone()),
        Answer::Integer(n) => Cell::Number(*n as f64),
        Answer::Decimal(x) => Cell::Number(*x),
        Answer::Choices(codes) => Cell::Text(codes.join(" ")),
        Answer::Consent(yes) => Cell::Text(if *yes { "accept" } else { "decline" }.into()),
        Answer::Tally(counts) => Cell::Text(
            counts
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        Answer::Entries(entries) => Cell::Text(entries.join("\n")),
        Answer::Actions(actions) => Cell::Text(
            actions
                .iter()
                .map(|a| match &a.due {
                    Some(due) => format!("{} ({}, by {due})", a.what, a.who),
                    None => format!("{} ({})", a.what, a.who),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        Answer::Declined => Cell::Text("declined".into()),
    }
}

/// Reads the submissions of a JSONL file one at a time.
pub fn read_jsonl(path: &Path) -> Result<impl Iterator<Item = Result<Submission>>> {
    let file = std::fs::File::open(path).at(path)?;
    let path = path.to_path_buf();
    Ok(BufReader::new(file)
        .lines()
        .enumerate()
        .filter(|(_, line)| line.as_ref().map_or(true, |l| !l.trim().is_empty()))
        .map(move |(n, line)| {
            let line = line.at(&path)?;
            serde_json::from_str(&line).map_err(|e| Error::AtLine {
                path: path.clone(),
                line: n + 1,
                message: format!("not a submission: {e}"),
            })
        }))
}

/// The largest number of data rows an XLSX sheet holds (after the header).
pub const XLSX_MAX_ROWS: u64 = 1_048_575;

/// Longest text an XLSX cell holds (UTF-16 units); longer answers are cut
/// there with a marker (the CSV and JSONL keep them whole).
const XLSX_MAX_CELL: usize = 32_767;

/// `text` cut to fit an XLSX cell.
fn fit_cell(text: &str) -> std::borrow::Cow<'_, str> {
    const MARKER: &str = " [cut: see the CSV]";
    if text.encode_utf16().count() <= XLSX_MAX_CELL {
        return text.into();
    }
    let budget = XLSX_MAX_CELL - MARKER.len();
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        used += c.len_utf16();
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push_str(MARKER);
    out.into()
}

/// Writes `dir/submissions.csv` and `dir/submissions.xlsx` from
/// `dir/submissions.jsonl` (both readable by the owner only); returns how
/// many rows the CSV holds. Past [`XLSX_MAX_ROWS`] the spreadsheet is not
/// written (an older one is removed) and the CSV still is.
pub fn write_exports(dir: &Path, layout: &Layout) -> Result<u64> {
    let jsonl = dir.join(JSONL);
    let csv_path = dir.join(CSV);
    let csv_tmp = crate::files::partial_path(&csv_path);
    let xlsx_path = dir.join(XLSX);

    let xlsx_error = |e: rust_xlsxwriter::XlsxError| Error::Xlsx {
        path: xlsx_path.clone(),
        reason: e.to_string(),
    };

    let file = crate::files::create_private(&csv_tmp).map_err(|e| e.about(&csv_path))?;
    let mut csv = csv::Writer::from_writer(std::io::BufWriter::new(file));
    let csv_error = |e: csv::Error| Error::BadFile {
        path: csv_path.clone(),
        message: format!("cannot write: {e}"),
    };
    csv.write_record(layout.headers()).map_err(csv_error)?;

    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook
        .add_worksheet_with_constant_memory()
        .map_err(xlsx_error)?;
    sheet.set_name("submissions").map_err(xlsx_error)?;
    for (c, header) in layout.headers().iter().enumerate() {
        sheet
            .write_string(0, c as u16, header.as_str())
            .map_err(xlsx_error)?;
    }

    let mut rows: u64 = 0;
    let mut record: Vec<String> = Vec::with_capacity(layout.headers().len());
    for submission in read_jsonl(&jsonl)? {
        let submission = submission?;
        let cells = layout.row(&submission);
        rows += 1;
        let r = (rows <= XLSX_MAX_ROWS).then_some(rows as u32);
        record.clear();
        for (c, cell) in cells.iter().enumerate() {
            match cell {
                Cell::Empty => record.push(String::new()),
                Cell::Number(x) => {
                    record.push(x.to_string());
                    if let Some(r) = r {
                        sheet.write_number(r, c as u16, *x).map_err(xlsx_error)?;
                    }
                }
                Cell::Text(t) => {
                    let safe = neutralise_formula(t);
                    if let Some(r) = r {
                        sheet
                            .write_string(r, c as u16, fit_cell(&safe).as_ref())
                            .map_err(xlsx_error)?;
                    }
                    record.push(safe.into_owned());
                }
            }
        }
        csv.write_record(&record).map_err(csv_error)?;
    }
    let writer = csv.into_inner().map_err(|e| Error::BadFile {
        path: csv_path.clone(),
        message: format!("cannot write: {e}"),
    })?;
    writer
        .into_inner()
        .map_err(|e| e.into_error())
        .and_then(|f| f.sync_all())
        .at(&csv_path)?;
    std::fs::rename(&csv_tmp, &csv_path).at(&csv_path)?;
    if rows <= XLSX_MAX_ROWS {
        // Created owner-only and empty first: saving into an existing file
        // keeps its mode, so no byte is ever readable by others. Written
        // from the worksheet's temporary file, so memory stays flat.
        let xlsx_tmp = crate::files::partial_path(&xlsx_path);
        drop(crate::files::create_private(&xlsx_tmp).map_err(|e| e.about(&xlsx_path))?);
        workbook.save(&xlsx_tmp).map_err(xlsx_error)?;
        std::fs::File::open(&xlsx_tmp)
            .and_then(|f| f.sync_all())
            .at(&xlsx_path)?;
        std::fs::rename(&xlsx_tmp, &xlsx_path).at(&xlsx_path)?;
    } else if xlsx_path.exists() {
        // A spreadsheet missing the newest rows would mislead.
        std::fs::remove_file(&xlsx_path).at(&xlsx_path)?;
    }
    crate::files::sync_dir(dir)?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    #[test]
    fn answers_too_long_for_a_spreadsheet_cell_are_cut_with_a_marker() {
        let long = "🙂".repeat(17_000);
        let cut = super::fit_cell(&long);
        assert!(cut.encode_utf16().count() <= super::XLSX_MAX_CELL);
        assert!(cut.ends_with("[cut: see the CSV]"));
        assert_eq!(super::fit_cell("short"), "short");
    }
}
