//! `heard report --csv FILE`: the report's published figures as one tidy
//! CSV, for open-data portals. Every row is a figure exactly as the HTML
//! report shows it (its protected value, never a raw count), one per line:
//!
//! `kind,survey,survey_title,question_id,question,answer_code,answer,breakdown,column,value,note`
//!
//! - `kind`: `respondents`, `answer` (respondents who gave an answer, or
//!   were asked and gave none), `asked` and `not_asked` (respondents who
//!   were, or were never, shown a question the questionnaire shows to some
//!   people only) or `attendance` (people at listening sessions);
//! - `survey`: the questionnaire id; `survey_title`, `question`, `answer`
//!   and `column` are in the report's language;
//! - `answer_code`: the answer's code; empty for "No answer", for `asked`
//!   and `not_asked`, and for an attendance total;
//! - `breakdown`: `all`, `language`, `period`, `group` or `comparison`;
//! - `value`: the published number (digits 0–9), empty when the figure is
//!   hidden; `note` is then `fewer_than_k`, or `withheld` for a figure
//!   withheld to protect another.
//!
//! Text cells are neutralised against formula injection (a leading
//! apostrophe before `=`, `+`, `-`, `@`, tab or carriage return).

use super::html::layout::{self, Breakdown, QuestionLayout};
use super::strings::Strings;
use super::tables::{Cell, Slice, Subject, Tables};
use super::{Options, Prepared};
use crate::error::{Error, Result};
use crate::files::neutralise_formula;
use heard_engine::l10n::strip_isolation;
use std::path::Path;

/// The header row.
pub const HEADERS: [&str; 11] = [
    "kind",
    "survey",
    "survey_title",
    "question_id",
    "question",
    "answer_code",
    "answer",
    "breakdown",
    "column",
    "value",
    "note",
];

/// The `note` of a figure shown as "fewer than k".
pub const FEWER_THAN_K: &str = "fewer_than_k";

/// The `note` of a figure withheld to protect another.
pub const WITHHELD: &str = "withheld";

/// One figure's row, before it is written.
struct Row<'a> {
    kind: &'a str,
    survey: &'a str,
    survey_title: &'a str,
    question_id: &'a str,
    question: &'a str,
    answer_code: &'a str,
    answer: &'a str,
    breakdown: &'a str,
    column: &'a str,
    cell: Cell,
}

impl Row<'_> {
    /// The cells, text neutralised and Fluent's isolation marks removed.
    fn cells(&self) -> Vec<String> {
        let text = |t: &str| neutralise_formula(&strip_isolation(t)).into_owned();
        vec![
            self.kind.to_string(),
            text(self.survey),
            text(self.survey_title),
            text(self.question_id),
            text(self.question),
            text(self.answer_code),
            text(self.answer),
            self.breakdown.to_string(),
            text(self.column),
            self.cell.value().map(|v| v.to_string()).unwrap_or_default(),
            match self.cell {
                Cell::Shown(_) => String::new(),
                Cell::Withheld => WITHHELD.to_string(),
                Cell::Few => FEWER_THAN_K.to_string(),
            },
        ]
    }
}

/// The CSV of `prepared`'s published figures, labelled in `options`'
/// language.
pub fn render(prepared: &Prepared, options: &Options) -> Result<Vec<u8>> {
    let s = Strings::new(options.locale.as_deref());
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (survey, st) in prepared.pulled.surveys.iter().zip(&prepared.tables) {
        let (view, title) = layout::survey_view(survey, &s);
        let t = &st.tables;
        let id = survey.questionnaire.id.as_str();
        let mut breakdowns = all_breakdown(&s);
        breakdowns.extend(layout::breakdowns(st, &s, options));
        breakdowns.extend(layout::comparison(st, &s));
        for b in &breakdowns {
            for (slice, column) in &b.columns {
                rows.push(
                    Row {
                        kind: "respondents",
                        survey: id,
                        survey_title: &title,
                        question_id: "",
                        question: "",
                        answer_code: "",
                        answer: &s.get("report-respondents"),
                        breakdown: b.key,
                        column,
                        cell: t.cell(Subject::Respondents, *slice),
                    }
                    .cells(),
                );
            }
        }
        for q in layout::questions(t, &view, &s) {
            question_rows(&mut rows, t, (id, &title), &q, &breakdowns);
        }
    }
    for (sessions, st) in prepared.pulled.sessions.iter().zip(&prepared.sessions) {
        let view = heard_engine::Response::new(sessions.questionnaire.clone(), &[s.locale()]);
        let title = view.title().text;
        let all = s.get("report-all");
        for table in &st.attendance {
            let Some((label, lines)) = layout::attendance(table, &view) else {
                continue;
            };
            let total = (String::new(), all.clone(), table.total_cell());
            for (code, answer, cell) in lines
                .into_iter()
                .map(|r| (r.code, r.label, r.cell))
                .chain([total])
            {
                rows.push(
                    Row {
                        kind: "attendance",
                        survey: &sessions.questionnaire.id,
                        survey_title: &title,
                        question_id: &table.item,
                        question: &label,
                        answer_code: &code,
                        answer: &answer,
                        breakdown: "all",
                        column: &all,
                        cell,
                    }
                    .cells(),
                );
            }
        }
    }
    to_bytes(&rows)
}

/// The "all respondents" breakdown: one column, everyone.
fn all_breakdown(s: &Strings) -> Vec<Breakdown> {
    vec![Breakdown {
        key: "all",
        heading: s.get("report-all"),
        columns: vec![(Slice::All, s.get("report-all"))],
    }]
}

/// Every answer of `q` in every column of every breakdown.
fn question_rows(
    rows: &mut Vec<Vec<String>>,
    t: &Tables,
    (survey, title): (&str, &str),
    q: &QuestionLayout,
    breakdowns: &[Breakdown],
) {
    for row in q.table_rows() {
        for b in breakdowns {
            for (slice, column) in &b.columns {
                rows.push(
                    Row {
                        kind: row.kind.key(),
                        survey,
                        survey_title: title,
                        question_id: &q.id,
                        question: &q.label.text,
                        answer_code: &row.code,
                        answer: &row.label,
                        breakdown: b.key,
                        column,
                        cell: t.cell(row.subject, *slice),
                    }
                    .cells(),
                );
            }
        }
    }
}

fn to_bytes(rows: &[Vec<String>]) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let failed = |e: &dyn std::fmt::Display| Error::Usage(format!("cannot build the CSV: {e}"));
    writer.write_record(HEADERS).map_err(|e| failed(&e))?;
    for row in rows {
        writer.write_record(row).map_err(|e| failed(&e))?;
    }
    writer.into_inner().map_err(|e| failed(&e))
}

/// Writes the CSV of `prepared` to `out`, atomically and owner-only.
pub fn write(prepared: &Prepared, options: &Options, out: &Path) -> Result<()> {
    let bytes = render(prepared, options)?;
    crate::files::write_atomic(out, &bytes, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cells_are_neutralised_and_hidden_figures_have_no_value() {
        let row = Row {
            kind: "answer",
            survey: "s",
            survey_title: "=cmd|' /C calc'!A0",
            question_id: "q",
            question: "+1",
            answer_code: "a",
            answer: "@x",
            breakdown: "all",
            column: "\u{2068}From 2026-09-01\u{2069}",
            cell: Cell::Few,
        };
        let cells = row.cells();
        assert_eq!(cells[2], "'=cmd|' /C calc'!A0");
        assert_eq!(cells[4], "'+1");
        assert_eq!(cells[6], "'@x");
        assert_eq!(cells[8], "From 2026-09-01");
        assert_eq!(cells[9], "");
        assert_eq!(cells[10], FEWER_THAN_K);
        let shown = Row {
            cell: Cell::Shown(12),
            ..row
        };
        assert_eq!(shown.cells()[9], "12");
        assert_eq!(shown.cells()[10], "");
        let withheld = Row {
            cell: Cell::Withheld,
            ..row
        };
        assert_eq!(withheld.cells()[9], "");
        assert_eq!(withheld.cells()[10], WITHHELD);
    }
}
