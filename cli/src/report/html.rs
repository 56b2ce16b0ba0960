//! The report as one self-contained HTML file: inline CSS and SVG charts,
//! no script, no external resource, and a Content-Security-Policy that
//! would block any that slipped in. Every answer and label is escaped.
//!
//! Made to meet WCAG 2.2 AA: the page's language and direction on
//! `<html>`, headings in order, every table captioned with its header
//! cells scoped, every chart an image whose text alternative lists the
//! figures it draws, hidden figures spelled out ("fewer than 5") rather
//! than marked, and colours that pass their contrast ratios. A print
//! variant ([`render_print`]) opens every `<details>`, for the PDF.

pub mod layout;

use super::charts::{bar_chart, column_chart, stacked_chart, theme_chart};
use super::data::{Pulled, Sessions, Survey};
use super::strings::Strings;
use super::tables::{Cell, Slice, Subject, Tables};
use super::{Options, Prepared, SessionTables, SurveyTables};
use crate::files::escape_html as esc;
use crate::pull::SetAside;
use fluent_bundle::FluentArgs;
use layout::{Breakdown, QuestionLayout};
use std::fmt::Write;

const STYLE: &str = r#"
:root { --ink:#1d2433; --muted:#4f586b; --accent:#2f6f8f; --line:#c9d0db; --bg:#f6f7f9; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Ethiopic", sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
header p { margin: .2rem 0; color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; margin: 1.25rem 0; }
h2 { margin-top: 0; font-size: 1.4rem; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.card { flex: 1 1 10rem; border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
.card b { display: block; font-size: 1.8rem; }
table { border-collapse: collapse; margin: .5rem 0 .25rem; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding: .25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .7rem; text-align: start; }
thead th { border-bottom: 2px solid var(--ink); }
td.n, th.n { text-align: end; }
td.few { color: var(--muted); font-style: italic; white-space: nowrap; }
details { margin: .25rem 0 .75rem; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
.note { color: var(--muted); font-size: .92rem; margin: .25rem 0 1rem; }
.privacy { border-inline-start: 4px solid var(--accent); }
figure.chart { margin: .5rem 0; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart text { font: 13px system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif; fill: var(--ink); }
svg.chart text.on-bar { fill: #fff; font-size: 11px; font-weight: 700; }
ul.texts li { margin: .3rem 0; white-space: pre-wrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@page { margin: 16mm 14mm; }
@media print {
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  section { border: none; border-radius: 0; padding: 0; margin: 0 0 1.5rem; box-shadow: none; }
  .privacy { border-inline-start: 3px solid var(--accent); padding-inline-start: .75rem; }
  .card { box-shadow: none; }
  table, figure, .cards, .note { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3, h4, caption, summary { break-after: avoid; page-break-after: avoid; }
  summary { color: var(--ink); list-style: none; cursor: auto; }
  summary::-webkit-details-marker { display: none; }
}
"#;

/// What one rendering needs besides the figures: the report's words, its
/// threshold, the text of a hidden figure, and whether it is for print.
pub struct Page {
    /// The report's strings.
    pub s: Strings,
    /// The threshold.
    pub k: u64,
    /// "fewer than k", what a hidden figure below k reads as.
    pub fewer: String,
    /// What a figure withheld to protect another reads as.
    pub withheld: String,
    /// Rendering for print (PDF): every `<details>` open.
    pub print: bool,
}

impl Page {
    /// The page for `options`' language and `k`.
    pub fn new(options: &Options, k: u64, print: bool) -> Page {
        let s = Strings::new(options.locale.as_deref());
        let fewer = layout::fewer_than(&s, k);
        let withheld = s.get("report-withheld");
        Page {
            s,
            k,
            fewer,
            withheld,
            print,
        }
    }

    /// Whether the report reads right to left.
    pub fn rtl(&self) -> bool {
        self.s.direction() == heard_engine::Direction::Rtl
    }

    /// How a figure reads: its value in the report's digits, "fewer than
    /// k", or "withheld".
    pub fn cell(&self, cell: Cell) -> String {
        match cell {
            Cell::Shown(v) => self.s.number(v),
            Cell::Few => self.fewer.clone(),
            Cell::Withheld => self.withheld.clone(),
        }
    }

    /// `<details>`, open for print.
    fn details(&self, open: bool) -> &'static str {
        if open || self.print {
            "<details open>"
        } else {
            "<details>"
        }
    }
}

/// Writes the report to `out`, owner-only until the steward decides to
/// share it, like every output.
pub fn write(
    prepared: &Prepared,
    options: &Options,
    org: Option<&str>,
    out: &std::path::Path,
) -> crate::Result<()> {
    let html = render(prepared, options, org);
    crate::files::write_atomic(out, html.as_bytes(), true)
}

/// Renders the whole report, for the screen.
pub fn render(prepared: &Prepared, options: &Options, org: Option<&str>) -> String {
    render_page(prepared, options, org, false)
}

/// Renders the whole report for print: the same page with every
/// `<details>` open (closed ones do not print).
pub fn render_print(prepared: &Prepared, options: &Options, org: Option<&str>) -> String {
    render_page(prepared, options, org, true)
}

/// The `<!DOCTYPE>`, `<html lang dir>` and `<head>` every page of the
/// report starts with, with its strict Content-Security-Policy.
pub fn head(s: &Strings, title: &str, style: &str) -> String {
    head_with(s, title, style, "")
}

/// [`head`] with more `<meta>` elements (`meta`, already HTML).
fn head_with(s: &Strings, title: &str, style: &str, meta: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{meta}<title>{}</title>\n<style>{style}</style>\n</head>\n<body>\n<main>\n",
        esc(s.locale()),
        s.direction().as_str(),
        esc(title)
    )
}

fn render_page(prepared: &Prepared, options: &Options, org: Option<&str>, print: bool) -> String {
    let pulled = &prepared.pulled;
    let page = Page::new(options, prepared.protection.k, print);
    let s = &page.s;
    // What the report covers, from published figures only, for a later
    // run to tell whether it would replace this one with less.
    let mut h = head_with(
        s,
        &s.get("report-title"),
        STYLE,
        &prepared.coverage().meta(),
    );
    // No grand total: it would let a reader subtract what tables hide.
    let mut args = FluentArgs::new();
    args.set("date", options.today.clone());
    let _ = write!(
        h,
        "<header><h1>{}</h1><p>{}</p>",
        esc(&s.get("report-title")),
        esc(&s.get_with("report-generated", &args))
    );
    if let Some(org) = org {
        let mut a = FluentArgs::new();
        a.set("org", org.to_string());
        let _ = write!(h, "<p>{}</p>", esc(&s.get_with("report-org", &a)));
    }
    // Samples from `heard rehearse` must never pass for real answers.
    if pulled.state.rehearsal {
        let _ = write!(
            h,
            "<p role=\"note\"><strong>{}</strong></p>",
            esc(&s.get("report-rehearsal"))
        );
    }
    h.push_str("</header>\n");
    privacy(&mut h, &page, prepared, options);
    for (survey, t) in pulled.surveys.iter().zip(&prepared.tables) {
        survey_section(&mut h, &page, survey, t, options);
    }
    for (sessions, t) in pulled.sessions.iter().zip(&prepared.sessions) {
        sessions_section(&mut h, &page, sessions, t, options);
    }
    data_quality(&mut h, &page, prepared);
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// The box saying how the figures were protected, and what it cost.
fn privacy(h: &mut String, page: &Page, prepared: &Prepared, options: &Options) {
    let s = &page.s;
    let p = &prepared.protection;
    let mut a = FluentArgs::new();
    a.set("k", p.k);
    a.set("typical", p.typical);
    let mut budget = FluentArgs::new();
    budget.set("spent", s.decimal(p.spent));
    budget.set("budget", s.decimal(p.budget));
    let _ = writeln!(
        h,
        "<section class=\"privacy\"><h2>{}</h2><p>{}</p><p class=\"note\">{}</p><p class=\"note budget\">{}</p></section>",
        esc(&s.get("report-privacy-title")),
        esc(&s.get_with("report-privacy", &a)),
        esc(&s.get(if options.include_sensitive {
            "report-sensitive-included"
        } else {
            "report-sensitive-excluded"
        })),
        esc(&s.get_with("report-budget", &budget))
    );
}

/// The cell of figure (`subject`, `slice`) of `t`: its value, "fewer than
/// k", or "withheld".
fn figure_cell(page: &Page, t: &Tables, subject: Subject, slice: Slice) -> String {
    cell_html(page, t.cell(subject, slice))
}

/// A table cell for a figure as it reads.
fn cell_html(page: &Page, cell: Cell) -> String {
    match cell {
        Cell::Shown(v) => format!("<td class=\"n\">{}</td>", page.s.number(v)),
        Cell::Few => format!("<td class=\"n few\">{}</td>", esc(&page.fewer)),
        Cell::Withheld => format!("<td class=\"n few withheld\">{}</td>", esc(&page.withheld)),
    }
}

/// The line under a table saying how many of its figures are hidden, out
/// of how many, and how each kind of mark reads (nothing when none is).
fn hidden_line(h: &mut String, page: &Page, values: &[Cell]) {
    let few = values.iter().filter(|&&c| c == Cell::Few).count();
    let withheld = values.iter().filter(|&&c| c == Cell::Withheld).count();
    if few + withheld == 0 {
        return;
    }
    let mut a = FluentArgs::new();
    a.set("hidden", few + withheld);
    a.set("few", few);
    a.set("withheld", withheld);
    a.set("total", values.len());
    a.set("k", page.k);
    let id = if withheld == 0 {
        "report-table-hidden"
    } else {
        "report-table-hidden-withheld"
    };
    let _ = writeln!(
        h,
        "<p class=\"note hidden-count\">{}</p>",
        esc(&page.s.get_with(id, &a))
    );
    marks_note(h, page, values);
}

/// Under a chart or table that shows a "withheld" mark: what it means,
/// where the reader meets it (it is not "fewer than k").
fn marks_note(h: &mut String, page: &Page, values: &[Cell]) {
    if !values.contains(&Cell::Withheld) {
        return;
    }
    let mut a = FluentArgs::new();
    a.set("k", page.k);
    let _ = writeln!(
        h,
        "<p class=\"note marks\">{}</p>",
        esc(&page.s.get_with("report-withheld-explained", &a))
    );
}

/// Under a question shown to some people only: how many were asked (what
/// its shares are of) and how many were not.
fn asked_line(h: &mut String, page: &Page, t: &Tables, q: &QuestionLayout) {
    let Some(not_asked) = q.not_asked() else {
        return;
    };
    let mut a = FluentArgs::new();
    a.set("asked", page.cell(t.cell(q.whole, Slice::All)));
    a.set("notasked", page.cell(t.cell(not_asked.subject, Slice::All)));
    let _ = writeln!(
        h,
        "<p class=\"note asked\">{}</p>",
        esc(&page.s.get_with("report-asked-note", &a))
    );
}

/// A question label as a heading's content, marked with its own language
/// when it fell back to another one.
fn label_html(page: &Page, label: &heard_engine::l10n::Text) -> String {
    if label.locale == page.s.locale() {
        esc(&label.text)
    } else {
        format!(
            "<span lang=\"{}\" dir=\"{}\">{}</span>",
            esc(&label.locale),
            label.direction.as_str(),
            esc(&label.text)
        )
    }
}

/// The `data-` attributes that tie a table to the CSV's columns.
fn table_open(survey: &str, question: &str, breakdown: &str, caption: &str) -> String {
    format!(
        "<table data-survey=\"{}\" data-question=\"{}\" data-breakdown=\"{}\"><caption>{}</caption>",
        esc(survey),
        esc(question),
        esc(breakdown),
        esc(caption)
    )
}

/// A header row: the row-header column's title (none: an empty corner
/// cell), then each column's label.
fn header_row(h: &mut String, first: &str, labels: impl IntoIterator<Item = String>) {
    if first.is_empty() {
        h.push_str("<thead><tr><td></td>");
    } else {
        let _ = write!(h, "<thead><tr><th scope=\"col\">{}</th>", esc(first));
    }
    for label in labels {
        let _ = write!(h, "<th scope=\"col\" class=\"n\">{}</th>", esc(&label));
    }
    h.push_str("</tr></thead>");
}

fn survey_section(
    h: &mut String,
    page: &Page,
    survey: &Survey,
    st: &SurveyTables,
    options: &Options,
) {
    let s = &page.s;
    let (view, name) = layout::survey_view(survey, s);
    let id = &survey.questionnaire.id;
    let t = &st.tables;
    let _ = writeln!(h, "<section><h2>{}</h2>", esc(&name));
    let _ = writeln!(
        h,
        "<div class=\"cards\"><div class=\"card\"><b>{}</b>{}</div></div>",
        esc(&page.cell(t.cell(Subject::Respondents, Slice::All))),
        esc(&s.get("report-respondents"))
    );
    let breakdowns = layout::breakdowns(st, s, options);
    for b in &breakdowns {
        let _ = write!(h, "<h3>{}</h3>", esc(&b.heading));
        if b.key == "period" {
            let shown = column_chart(h, page, t, &b.columns);
            marks_note(h, page, &shown);
        }
        respondents_table(h, page, t, id, b);
    }
    let _ = writeln!(h, "<h3>{}</h3>", esc(&s.get("report-questions")));
    let comparison = layout::comparison(st, s);
    for q in layout::questions(t, &view, s) {
        let _ = writeln!(h, "<h4>{}</h4>", label_html(page, &q.label));
        asked_line(h, page, t, &q);
        let mut shown = bar_chart(h, page, t, &q);
        if t.dims.periods > 1 && !q.multiple {
            shown.extend(stacked_chart(h, page, t, &q, &breakdowns[1].columns));
        }
        marks_note(h, page, &shown);
        for b in &breakdowns {
            let _ = write!(
                h,
                "{}<summary>{}</summary>",
                page.details(false),
                esc(&b.heading)
            );
            answer_table(h, page, t, id, &q, b);
            h.push_str("</details>\n");
        }
        if let Some(b) = &comparison {
            let _ = write!(
                h,
                "{}<summary>{}</summary>",
                page.details(true),
                esc(&b.heading)
            );
            answer_table(h, page, t, id, &q, b);
            h.push_str("</details>\n");
        }
    }
    free_text(h, page, survey, st, &view);
    h.push_str("</section>\n");
}

/// Written answers only where the protected figures allow (see
/// `SurveyTables::texts_shown`), in an order that says nothing of arrival.
fn free_text(
    h: &mut String,
    page: &Page,
    survey: &Survey,
    st: &SurveyTables,
    view: &heard_engine::Response,
) {
    let texts: Vec<(&String, Vec<&String>)> = survey
        .texts
        .iter()
        .filter(|(id, _)| st.texts_shown.contains(*id))
        .map(|(id, list)| (id, shuffled(list)))
        .collect();
    if texts.is_empty() {
        return;
    }
    let _ = write!(h, "<h3>{}</h3>", esc(&page.s.get("report-free-text")));
    for (id, texts) in &texts {
        let label = view
            .item_view(id)
            .map_or_else(|| esc(id), |v| label_html(page, &v.label));
        let _ = write!(h, "<h4>{label}</h4><ul class=\"texts\">");
        for text in texts {
            let _ = write!(h, "<li>{}</li>", esc(text));
        }
        h.push_str("</ul>\n");
    }
}

/// The texts in an order fixed by their content, not their arrival.
fn shuffled(texts: &[String]) -> Vec<&String> {
    use rand::SeedableRng;
    use rand::seq::SliceRandom;
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    texts.hash(&mut hasher);
    let mut order: Vec<&String> = texts.iter().collect();
    order.sort();
    order.shuffle(&mut rand::rngs::StdRng::seed_from_u64(hasher.finish()));
    order
}

/// Respondents in each column of a breakdown, and overall.
fn respondents_table(h: &mut String, page: &Page, t: &Tables, survey: &str, b: &Breakdown) {
    let s = &page.s;
    let respondents = s.get("report-respondents");
    h.push_str(&table_open(
        survey,
        "",
        b.key,
        &format!("{respondents} — {}", b.heading),
    ));
    let labels = b.columns.iter().map(|(_, l)| l.clone());
    header_row(h, "", labels.chain([s.get("report-all")]));
    let values: Vec<Cell> = b
        .columns
        .iter()
        .map(|(slice, _)| *slice)
        .chain([Slice::All])
        .map(|slice| t.cell(Subject::Respondents, slice))
        .collect();
    let _ = write!(
        h,
        "<tbody><tr data-kind=\"respondents\" data-answer=\"\"><th scope=\"row\">{}</th>",
        esc(&respondents)
    );
    for slice in b
        .columns
        .iter()
        .map(|(slice, _)| *slice)
        .chain([Slice::All])
    {
        h.push_str(&figure_cell(page, t, Subject::Respondents, slice));
    }
    h.push_str("</tr></tbody></table>\n");
    hidden_line(h, page, &values);
}

/// A question's answers in each column of a breakdown, with the
/// respondents of each column last.
fn answer_table(
    h: &mut String,
    page: &Page,
    t: &Tables,
    survey: &str,
    q: &QuestionLayout,
    b: &Breakdown,
) {
    let s = &page.s;
    h.push_str(&table_open(
        survey,
        &q.id,
        b.key,
        &format!("{} — {}", q.label.text, b.heading),
    ));
    let labels = b.columns.iter().map(|(_, l)| l.clone());
    header_row(
        h,
        &s.get("report-option"),
        labels.chain([s.get("report-all")]),
    );
    h.push_str("<tbody>");
    let slices: Vec<Slice> = b
        .columns
        .iter()
        .map(|(slice, _)| *slice)
        .chain([Slice::All])
        .collect();
    let mut values = Vec::new();
    for row in q.table_rows() {
        let _ = write!(
            h,
            "<tr data-kind=\"{}\" data-answer=\"{}\"><th scope=\"row\">{}</th>",
            row.kind.key(),
            esc(&row.code),
            esc(&row.label)
        );
        for &slice in &slices {
            values.push(t.cell(row.subject, slice));
            h.push_str(&figure_cell(page, t, row.subject, slice));
        }
        h.push_str("</tr>");
    }
    let _ = write!(
        h,
        "<tr data-kind=\"respondents\" data-answer=\"\"><th scope=\"row\">{}</th>",
        esc(&s.get("report-respondents"))
    );
    for &slice in &slices {
        values.push(t.cell(Subject::Respondents, slice));
        h.push_str(&figure_cell(page, t, Subject::Respondents, slice));
    }
    h.push_str("</tr></tbody></table>\n");
    hidden_line(h, page, &values);
}

fn sessions_section(
    h: &mut String,
    page: &Page,
    sessions: &Sessions,
    tables: &SessionTables,
    options: &Options,
) {
    let s = &page.s;
    let view = heard_engine::Response::new(sessions.questionnaire.clone(), &[s.locale()]);
    let mut a = FluentArgs::new();
    a.set("count", sessions.sessions.len());
    let _ = writeln!(
        h,
        "<section><h2>{}</h2><p>{}</p>",
        esc(&s.get("report-listening-sessions")),
        esc(&s.get_with("report-sessions-count", &a))
    );
    let counts = layout::theme_counts(sessions, &view);
    if !counts.is_empty() {
        let _ = write!(h, "<h3>{}</h3>", esc(&s.get("report-themes")));
        theme_chart(h, page, &counts);
    }
    attendance(h, page, sessions, tables, &view);
    actions(h, page, sessions);
    if options.include_sensitive {
        let quotes: Vec<_> = sessions.sessions.iter().flat_map(|x| &x.quotes).collect();
        if !quotes.is_empty() {
            let _ = write!(
                h,
                "<h3>{}</h3><ul class=\"texts\">",
                esc(&s.get("report-quotes"))
            );
            for q in quotes {
                let _ = write!(h, "<li>{}</li>", esc(q));
            }
            h.push_str("</ul>\n");
        }
    }
    h.push_str("</section>\n");
}

/// Attendance: people, protected like any count of people.
fn attendance(
    h: &mut String,
    page: &Page,
    sessions: &Sessions,
    tables: &SessionTables,
    view: &heard_engine::Response,
) {
    let s = &page.s;
    for table in &tables.attendance {
        let Some((label, rows)) = layout::attendance(table, view) else {
            continue;
        };
        let heading = format!("{} — {label}", s.get("report-attendance"));
        let _ = write!(h, "<h3>{}</h3>", esc(&heading));
        h.push_str(&table_open(
            &sessions.questionnaire.id,
            &table.item,
            "all",
            &heading,
        ));
        header_row(h, &s.get("report-option"), [s.get("report-all")]);
        h.push_str("<tbody>");
        let mut values = Vec::new();
        for row in &rows {
            let _ = write!(
                h,
                "<tr data-kind=\"attendance\" data-answer=\"{}\"><th scope=\"row\">{}</th>{}</tr>",
                esc(&row.code),
                esc(&row.label),
                cell_html(page, row.cell)
            );
            values.push(row.cell);
        }
        let _ = writeln!(
            h,
            "<tr data-kind=\"attendance\" data-answer=\"\"><th scope=\"row\">{}</th>{}</tr></tbody></table>",
            esc(&s.get("report-all")),
            cell_html(page, table.total_cell())
        );
        values.push(table.total_cell());
        hidden_line(h, page, &values);
    }
    tally_mismatch(h, page, tables, view);
}

/// When some sessions' tallies count different numbers of people: a
/// warning naming the tallies with their published totals and how far
/// apart those are (see [`super::protect::tally_mismatches`] for why the
/// exact tallies are never compared in print).
fn tally_mismatch(
    h: &mut String,
    page: &Page,
    tables: &SessionTables,
    view: &heard_engine::Response,
) {
    if tables.mismatched == 0 {
        return;
    }
    let s = &page.s;
    let totals: Vec<(String, Cell)> = tables
        .attendance
        .iter()
        .filter_map(|t| Some((layout::attendance(t, view)?.0, t.total_cell())))
        .collect();
    let listed: Vec<String> = totals
        .iter()
        .map(|(label, total)| format!("{label}: {}", page.cell(*total)))
        .collect();
    let shown: Vec<u64> = totals.iter().filter_map(|(_, t)| t.value()).collect();
    let mut a = FluentArgs::new();
    a.set("sessions", tables.mismatched);
    a.set("totals", listed.join("; "));
    let mut text = s.get_with("report-tally-mismatch", &a);
    if let (Some(low), Some(high), true) = (
        shown.iter().min(),
        shown.iter().max(),
        shown.len() == totals.len(),
    ) {
        let mut d = FluentArgs::new();
        d.set("difference", s.number(high - low));
        text = format!("{text} {}", s.get_with("report-tally-difference", &d));
    }
    let _ = writeln!(
        h,
        "<p class=\"note tally-mismatch\" role=\"note\"><strong>{}</strong> {}</p>",
        esc(&s.get("report-tally-mismatch-title")),
        esc(&text)
    );
}

/// The follow-up actions agreed in the sessions: what, who, by when.
fn actions(h: &mut String, page: &Page, sessions: &Sessions) {
    let s = &page.s;
    let actions: Vec<_> = sessions.sessions.iter().flat_map(|x| &x.actions).collect();
    if actions.is_empty() {
        return;
    }
    let title = s.get("report-actions");
    let _ = write!(
        h,
        "<h3>{}</h3><table><caption class=\"visually-hidden\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        esc(&title),
        esc(&title),
        esc(&s.get("report-action-what")),
        esc(&s.get("report-action-who")),
        esc(&s.get("report-action-due"))
    );
    for a in actions {
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&a.what),
            esc(&a.who),
            esc(a.due.as_deref().unwrap_or(""))
        );
    }
    h.push_str("</tbody></table>\n");
}

/// An adjusted count as a range: "fewer than k" (an adjusted 0 too: it
/// may still be someone), then k to 10k−1, 10k to 100k−1, …
fn band(page: &Page, n: u64) -> String {
    let (s, k) = (&page.s, page.k);
    if n < k {
        return page.fewer.clone();
    }
    let mut low = k;
    while n >= low.saturating_mul(10) && low < u64::MAX / 10 {
        low *= 10;
    }
    format!("{}–{}", s.number(low), s.number(low * 10 - 1))
}

fn data_quality(h: &mut String, page: &Page, prepared: &Prepared) {
    let pulled = &prepared.pulled;
    let s = &page.s;
    let by_group = s.get("report-by-group");
    let _ = write!(
        h,
        "<section class=\"quality\"><h2>{}</h2><h3>{}</h3><table><caption class=\"visually-hidden\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        esc(&s.get("report-data-quality")),
        esc(&by_group),
        esc(&by_group),
        esc(&s.get("report-group")),
        esc(&s.get("report-submissions"))
    );
    group_rows(
        h,
        page,
        prepared.protection.sigma,
        &prepared.quality_groups,
        &s.get("report-other-groups"),
    );
    h.push_str("</tbody></table>\n");
    link_rows(h, page, prepared);
    // Adjusted, and only from k up, like every count of people.
    let undated: u64 = prepared.tables.iter().filter_map(|t| t.undated).sum();
    if undated > 0 {
        let _ = write!(
            h,
            "<p class=\"undated\">{}: {}</p>",
            esc(&s.get("report-undated")),
            esc(&band(page, undated))
        );
    }
    set_aside(h, page, pulled);
    h.push_str("</section>\n");
}

/// Survey respondents per group, from the adjusted counts. Floods show as
/// large counts. Groups are pooled as in the survey tables (the small ones
/// into `other`), and counts are given as ranges, "fewer than k" below k.
fn group_rows(h: &mut String, page: &Page, sigma: f64, groups: &[(String, u64)], other: &str) {
    let names: Vec<&String> = groups.iter().map(|(g, _)| g).collect();
    let counts: Vec<u64> = groups.iter().map(|(_, n)| *n).collect();
    let threshold = super::protect::pool_threshold(page.k, sigma);
    let pooling = super::pool::categories(&counts, threshold, super::pool::Counts::Noisy);
    for (c, members) in pooling.columns.iter().enumerate() {
        let n: u64 = members.iter().map(|&m| counts[m]).sum();
        let name = if pooling.pooled_other && c + 1 == pooling.columns.len() {
            other.to_string()
        } else {
            members
                .iter()
                .map(|&m| names[m].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = write!(
            h,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>",
            esc(&name),
            esc(&band(page, n))
        );
    }
}

/// Survey respondents per public survey link, apart from the enrolled
/// devices: anyone holding a poster can submit through its link. Pooled
/// and given as ranges like the enrollment groups; left out when the
/// organization has no link.
fn link_rows(h: &mut String, page: &Page, prepared: &Prepared) {
    if prepared.quality_links.is_empty() {
        return;
    }
    let s = &page.s;
    let by_link = s.get("report-by-link");
    let _ = write!(
        h,
        "<h3>{}</h3><p class=\"links-note\">{}</p><table class=\"links\"><caption class=\"visually-hidden\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        esc(&by_link),
        esc(&s.get("report-by-link-note")),
        esc(&by_link),
        esc(&s.get("report-link")),
        esc(&s.get("report-submissions"))
    );
    group_rows(
        h,
        page,
        prepared.protection.sigma,
        &prepared.quality_links,
        &s.get("report-other-links"),
    );
    h.push_str("</tbody></table>\n");
}

/// Envelopes set aside, by kind and by reason (envelopes, not people).
fn set_aside(h: &mut String, page: &Page, pulled: &Pulled) {
    let s = &page.s;
    let summary = &pulled.state.summary;
    let title = s.get("report-set-aside");
    let _ = write!(h, "<h3>{}</h3>", esc(&title));
    if summary.set_aside_total() == 0 {
        let _ = write!(h, "<p>{}</p>", esc(&s.get("report-set-aside-none")));
        return;
    }
    let decrypt: u64 = summary
        .set_aside
        .iter()
        .filter(|(r, _)| r.is_decryption_failure())
        .map(|(_, n)| n)
        .sum();
    let verify = summary.set_aside_total() - decrypt;
    let _ = write!(
        h,
        "<div class=\"cards\"><div class=\"card set-aside-decrypt\"><b>{}</b>{}</div><div class=\"card set-aside-verify\"><b>{}</b>{}</div></div><table><caption class=\"visually-hidden\">{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        s.number(decrypt),
        esc(&s.get("report-failed-decrypt")),
        s.number(verify),
        esc(&s.get("report-failed-verify")),
        esc(&title),
        esc(&s.get("report-reason")),
        esc(&s.get("report-envelopes"))
    );
    for reason in SetAside::ALL {
        if let Some(n) = summary.set_aside.get(&reason) {
            let _ = write!(
                h,
                "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>",
                esc(&s.get(&format!("report-reason-{}", reason.name()))),
                s.number(*n)
            );
        }
    }
    h.push_str("</tbody></table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::AttendanceTable;
    use crate::report::html::layout::{Row, RowKind};
    use crate::report::tables::{Dimensions, Question, Record};

    /// One single choice (a, b) over two periods, 20 respondents, nothing
    /// hidden yet.
    fn tables() -> Tables {
        let question = Question {
            id: "q".into(),
            multiple: false,
            codes: vec!["a".into(), "b".into()],
        };
        let records: Vec<Record> = (0..20)
            .map(|i| Record {
                language: 0,
                period: i % 2,
                group: 0,
                chosen: vec![vec![i % 2]],
            })
            .collect();
        let dims = Dimensions {
            languages: 1,
            periods: 2,
            groups: 1,
            cut: None,
        };
        Tables::count(dims, vec![question], &records, 5)
    }

    /// Marks figure (`subject`, `slice`) "fewer than k" (`small`) or withheld.
    fn hide(t: &mut Tables, subject: Subject, slice: Slice, small: bool) {
        let i = t.figure(subject, slice).expect("figure");
        t.hidden[i] = true;
        t.small[i] = small;
    }

    fn layout(t: &Tables) -> QuestionLayout {
        let row = |option: usize, code: &str| Row {
            code: code.into(),
            label: code.to_uppercase(),
            subject: Subject::Chose {
                question: 0,
                option,
            },
            kind: if code.is_empty() {
                RowKind::NoAnswer
            } else {
                RowKind::Answer
            },
        };
        QuestionLayout {
            index: 0,
            id: "q".into(),
            label: heard_engine::l10n::Text {
                text: "Q".into(),
                locale: "en".into(),
                direction: heard_engine::Direction::Ltr,
                fallback: false,
            },
            multiple: false,
            whole: t.denominator(0),
            rows: vec![row(0, "a"), row(1, "b"), row(2, "")],
            asking: Vec::new(),
        }
    }

    fn page() -> Page {
        Page::new(&Options::new("2026-01-01"), 5, false)
    }

    fn plain(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn a_withheld_figure_is_counted_and_explained_apart_from_fewer_than_k() {
        let mut t = tables();
        let a = Subject::Chose {
            question: 0,
            option: 0,
        };
        hide(&mut t, a, Slice::Period(0), true);
        hide(&mut t, a, Slice::Period(1), false);
        let b = Breakdown {
            key: "period",
            heading: "By month".into(),
            columns: vec![
                (Slice::Period(0), "p0".into()),
                (Slice::Period(1), "p1".into()),
            ],
        };
        let mut h = String::new();
        answer_table(&mut h, &page(), &t, "s", &layout(&t), &b);
        let h = plain(&h);
        assert!(
            h.contains("<td class=\"n few withheld\">withheld</td>"),
            "{h}"
        );
        // 4 rows (a, b, no answer, respondents) × 3 columns.
        assert!(
            h.contains(
                "Hidden in this table: 2 of 12 figures (1 shown as “fewer than 5”, 1 shown as “withheld”)."
            ),
            "{h}"
        );
        assert!(
            h.contains("“withheld” marks a figure that is not shown although it is not small"),
            "{h}"
        );
    }

    #[test]
    fn a_table_hiding_only_small_figures_keeps_its_line() {
        let mut t = tables();
        let a = Subject::Chose {
            question: 0,
            option: 0,
        };
        hide(&mut t, a, Slice::Period(0), true);
        let mut h = String::new();
        hidden_line(
            &mut h,
            &page(),
            &[t.cell(a, Slice::Period(0)), t.cell(a, Slice::All)],
        );
        let h = plain(&h);
        assert!(
            h.contains("1 of 2 figures in this table is shown as “fewer than 5”."),
            "{h}"
        );
        assert!(!h.contains("withheld"), "{h}");
    }

    #[test]
    fn charts_say_withheld_where_a_figure_is_withheld_and_name_the_hatch_by_it() {
        let mut t = tables();
        let a = Subject::Chose {
            question: 0,
            option: 0,
        };
        hide(&mut t, a, Slice::All, false);
        hide(&mut t, a, Slice::Period(1), false);
        let q = layout(&t);
        let page = page();
        let mut h = String::new();
        let cells = bar_chart(&mut h, &page, &t, &q);
        assert!(cells.contains(&Cell::Withheld));
        let alt = plain(&h);
        assert!(alt.contains("A: withheld"), "{alt}");
        assert!(!alt.contains("fewer than"), "{alt}");
        let mut h = String::new();
        let periods = [
            (Slice::Period(0), "p0".to_string()),
            (Slice::Period(1), "p1".to_string()),
        ];
        stacked_chart(&mut h, &page, &t, &q, &periods);
        let chart = plain(&h);
        assert!(
            chart.contains("Withheld to protect another figure"),
            "{chart}"
        );
        assert!(chart.contains("data-hidden"), "the hatch is drawn: {chart}");
        assert!(!chart.contains("Shown as “fewer than"), "{chart}");
    }

    #[test]
    fn a_chart_that_hides_nothing_has_no_hatch_and_no_hidden_legend() {
        let t = tables();
        let q = layout(&t);
        let mut h = String::new();
        let periods = [
            (Slice::Period(0), "p0".to_string()),
            (Slice::Period(1), "p1".to_string()),
        ];
        stacked_chart(&mut h, &page(), &t, &q, &periods);
        assert!(!h.contains("data-hidden"), "{h}");
        assert!(!h.contains("fewer than"), "{h}");
    }

    fn session_view() -> (heard_engine::Response, Vec<AttendanceTable>) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../questionnaires/listening-session");
        let q = std::sync::Arc::new(heard_engine::Questionnaire::load(dir).expect("loads"));
        let table = |item: &str, total: Option<u64>| AttendanceTable {
            item: item.into(),
            rows: Vec::new(),
            total,
            withheld: Vec::new(),
            total_withheld: false,
        };
        (
            heard_engine::Response::new(q, &["en"]),
            vec![
                table("attendance_age", Some(17)),
                table("attendance_gender", Some(11)),
            ],
        )
    }

    #[test]
    fn disagreeing_tallies_are_named_with_their_published_totals_and_gap() {
        let (view, attendance) = session_view();
        let tables = SessionTables {
            attendance,
            mismatched: 1,
        };
        let mut h = String::new();
        tally_mismatch(&mut h, &page(), &tables, &view);
        let h = plain(&h);
        assert!(h.contains("The attendance tallies do not agree."), "{h}");
        assert!(h.contains("In one session"), "{h}");
        assert!(
            h.contains("Participants by age: 17; Participants by gender: 11"),
            "{h}"
        );
        assert!(h.contains("differ by 6"), "{h}");
        let agreeing = SessionTables {
            mismatched: 0,
            ..tables
        };
        let mut h = String::new();
        tally_mismatch(&mut h, &page(), &agreeing, &view);
        assert!(h.is_empty(), "{h}");
    }

    #[test]
    fn the_report_head_carries_its_coverage() {
        let s = Strings::new(Some("en"));
        let coverage = super::super::Coverage {
            surveys: 1,
            respondents: 40,
            sessions: 2,
        };
        let h = head_with(&s, "t", "", &coverage.meta());
        assert_eq!(super::super::Coverage::parse(&h), Some(coverage));
        assert!(h.find("heard-coverage") < h.find("</head>"));
    }
}
