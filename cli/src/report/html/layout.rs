//! What every output of a report lists, in the same order and with the
//! same labels: the breakdowns of a survey and their columns, the questions
//! and their rows, and how a published figure reads. The HTML report, its
//! PDF, the CSV and the easy-read page all take their tables from here, so
//! that they can only ever show the same figures.

use crate::report::data::{Sessions, Survey};
use crate::report::strings::Strings;
use crate::report::tables::{Cell, Slice, Subject, Tables};
use crate::report::{AttendanceTable, Options, SurveyTables};
use fluent_bundle::FluentArgs;
use heard_engine::l10n::Text;

/// One breakdown of a survey's figures: a set of columns that add up to
/// the whole.
pub struct Breakdown {
    /// Its machine name: `language`, `period`, `group` or `comparison`.
    pub key: &'static str,
    /// Its heading in the report's language ("By survey language").
    pub heading: String,
    /// Each column's slice and label.
    pub columns: Vec<(Slice, String)>,
}

/// The language, period and enrollment-group breakdowns of a survey, in
/// the report's order.
pub fn breakdowns(st: &SurveyTables, s: &Strings, options: &Options) -> Vec<Breakdown> {
    let dims = &st.tables.dims;
    let labelled = |slice: fn(usize) -> Slice, n: usize, labels: &[String]| {
        (0..n)
            .map(|c| (slice(c), labels.get(c).cloned().unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    let mut period = FluentArgs::new();
    period.set("period", options.period_name());
    vec![
        Breakdown {
            key: "language",
            heading: s.get("report-by-language"),
            columns: labelled(Slice::Language, dims.languages, &st.language_labels),
        },
        Breakdown {
            key: "period",
            heading: s.get_with("report-by-period", &period),
            columns: labelled(Slice::Period, dims.periods, &st.period_labels),
        },
        Breakdown {
            key: "group",
            heading: s.get("report-by-group-breakdown"),
            columns: labelled(Slice::Group, dims.groups, &st.group_labels),
        },
    ]
}

/// The before/after breakdown, when the report compares at a date.
pub fn comparison(st: &SurveyTables, s: &Strings) -> Option<Breakdown> {
    st.tables.dims.cut?;
    let date = st.cut_label.as_ref()?;
    let mut d = FluentArgs::new();
    d.set("date", date.clone());
    Some(Breakdown {
        key: "comparison",
        heading: s.get_with("report-comparison", &d),
        columns: vec![
            (Slice::Half(0), s.get("report-before")),
            (Slice::Half(1), s.get_with("report-after", &d)),
        ],
    })
}

/// What a row of a question's table counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// Those who gave this answer.
    Answer,
    /// Those asked who gave no answer or declined.
    NoAnswer,
    /// Those asked (a question shown to some people only).
    Asked,
    /// Those never asked: the question did not apply to them.
    NotAsked,
}

impl RowKind {
    /// The row's `kind` in the CSV and its `data-kind` in the HTML.
    pub fn key(self) -> &'static str {
        match self {
            RowKind::Answer | RowKind::NoAnswer => "answer",
            RowKind::Asked => "asked",
            RowKind::NotAsked => "not_asked",
        }
    }
}

/// One row of a question's table.
pub struct Row {
    /// The answer's code; empty for "No answer or prefer not to say" and
    /// for the asked and not-asked rows.
    pub code: String,
    /// What the reader sees.
    pub label: String,
    /// The figure it shows in each column.
    pub subject: Subject,
    /// What it counts.
    pub kind: RowKind,
}

/// A counted question with its rows, in questionnaire order.
pub struct QuestionLayout {
    /// Its index in the survey's tables.
    pub index: usize,
    /// The item id.
    pub id: String,
    /// The question as the reader sees it.
    pub label: Text,
    /// Several answers may be chosen.
    pub multiple: bool,
    /// What its shares are of: those asked (a question shown to some
    /// people only), or every respondent.
    pub whole: Subject,
    /// The rows that are shares of `whole`: every answer, then "No
    /// answer" for a single choice.
    pub rows: Vec<Row>,
    /// For a question shown to some people only: the "asked" and "not
    /// asked" rows, which its tables add after `rows`.
    pub asking: Vec<Row>,
}

impl QuestionLayout {
    /// Every row of its tables: the shares' rows, then asked and not asked.
    pub fn table_rows(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().chain(&self.asking)
    }

    /// The "not asked" row, for a question shown to some people only.
    pub fn not_asked(&self) -> Option<&Row> {
        self.asking.iter().find(|r| r.kind == RowKind::NotAsked)
    }
}

/// The questionnaire's texts in the report's language, and its title.
pub fn survey_view(survey: &Survey, s: &Strings) -> (heard_engine::Response, String) {
    let view = heard_engine::Response::new(survey.questionnaire.clone(), &[s.locale()]);
    let title = view.title().text;
    (view, title)
}

/// The questions the tables count, with their labels; a question the
/// latest questionnaire no longer has is left out.
pub fn questions(t: &Tables, view: &heard_engine::Response, s: &Strings) -> Vec<QuestionLayout> {
    t.questions
        .iter()
        .enumerate()
        .filter_map(|(index, question)| {
            let item = view.item_view(&question.id)?;
            Some(QuestionLayout {
                index,
                id: question.id.clone(),
                label: item.label.clone(),
                multiple: question.multiple,
                whole: t.denominator(index),
                rows: share_rows(t, index, &item, s),
                asking: asking_rows(t, index, s),
            })
        })
        .collect()
}

/// A question's answers, then "No answer" for a single choice (of those
/// asked, for a question shown to some people only).
fn share_rows(t: &Tables, question: usize, item: &heard_engine::ItemView, s: &Strings) -> Vec<Row> {
    let q = &t.questions[question];
    let mut rows: Vec<Row> = q
        .codes
        .iter()
        .enumerate()
        .map(|(option, code)| Row {
            code: code.clone(),
            label: choice_label(item, code),
            subject: Subject::Chose { question, option },
            kind: RowKind::Answer,
        })
        .collect();
    if !q.multiple {
        let subject = if t.is_conditional(question) {
            Subject::Unanswered { question }
        } else {
            Subject::Chose {
                question,
                option: q.codes.len(),
            }
        };
        rows.push(Row {
            code: String::new(),
            label: s.get("report-no-answer"),
            subject,
            kind: RowKind::NoAnswer,
        });
    }
    rows
}

/// The asked and not-asked rows of a question shown to some people only.
fn asking_rows(t: &Tables, question: usize, s: &Strings) -> Vec<Row> {
    if !t.is_conditional(question) {
        return Vec::new();
    }
    [
        (Subject::Asked { question }, RowKind::Asked, "report-asked"),
        (
            Subject::NotAsked { question },
            RowKind::NotAsked,
            "report-not-asked",
        ),
    ]
    .into_iter()
    .map(|(subject, kind, label)| Row {
        code: String::new(),
        label: s.get(label),
        subject,
        kind,
    })
    .collect()
}

/// The label of choice `code` of `item`, or the code itself when the
/// questionnaire no longer has it.
fn choice_label(item: &heard_engine::ItemView, code: &str) -> String {
    item.choices
        .iter()
        .find(|c| c.code == code)
        .map_or_else(|| code.to_string(), |c| c.label.text.clone())
}

/// "fewer than k" in the report's language and digits: what every hidden
/// figure reads as.
pub fn fewer_than(s: &Strings, k: u64) -> String {
    let mut a = FluentArgs::new();
    a.set("k", k);
    s.get_with("report-fewer-than", &a)
}

/// A published share as a whole percentage (rounded half up), or `None`
/// when either figure is hidden or the whole is 0.
pub fn percent(part: Option<u64>, whole: Option<u64>) -> Option<u64> {
    match (part, whole) {
        (Some(p), Some(w)) if w > 0 => Some((p * 100 + w / 2) / w),
        _ => None,
    }
}

/// Each theme raised in the listening sessions with the number of
/// sessions that raised it (themes no session raised are left out), in
/// the questionnaire's order.
pub fn theme_counts(sessions: &Sessions, view: &heard_engine::Response) -> Vec<(String, u64)> {
    let Some(item) = sessions
        .questionnaire
        .items
        .iter()
        .find(|i| i.choice_list.as_deref() == Some("theme"))
    else {
        return Vec::new();
    };
    let choices = view
        .item_view(&item.id)
        .map(|v| v.choices)
        .unwrap_or_default();
    choices
        .iter()
        .map(|c| {
            let n = sessions
                .sessions
                .iter()
                .filter(|x| x.themes.contains(&c.code))
                .count() as u64;
            (c.label.text.clone(), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// One attendance row: the choice's code, its label and how its
/// published count reads.
pub struct AttendanceRow {
    /// The choice code.
    pub code: String,
    /// Its label.
    pub label: String,
    /// Its published count, "fewer than k" or withheld.
    pub cell: Cell,
}

/// A tally question's label and rows, or `None` when the questionnaire no
/// longer has it.
pub fn attendance(
    table: &AttendanceTable,
    view: &heard_engine::Response,
) -> Option<(String, Vec<AttendanceRow>)> {
    let item = view.item_view(&table.item)?;
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, (code, _))| AttendanceRow {
            code: code.clone(),
            label: choice_label(&item, code),
            cell: table.row_cell(i),
        })
        .collect();
    Some((item.label.text, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_round_half_up_and_hide_with_their_figures() {
        assert_eq!(percent(Some(1), Some(3)), Some(33));
        assert_eq!(percent(Some(1), Some(2)), Some(50));
        assert_eq!(percent(Some(1), Some(8)), Some(13));
        assert_eq!(percent(None, Some(8)), None);
        assert_eq!(percent(Some(1), None), None);
        assert_eq!(percent(Some(0), Some(0)), None);
    }

    #[test]
    fn a_hidden_figure_reads_fewer_than_k_in_the_report_language() {
        let en = Strings::new(Some("en"));
        assert!(fewer_than(&en, 5).contains("fewer than"));
        assert!(fewer_than(&en, 5).contains('5'));
        let fa = Strings::new(Some("fa"));
        assert!(fewer_than(&fa, 5).contains('۵'), "{}", fewer_than(&fa, 5));
    }
}
