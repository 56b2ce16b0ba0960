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
use super::tables::{Slice, Subject, Tables};
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
        self.s.direction() == heard_core::Direction::Rtl
    }

    /// A published figure in the report's digits, or "fewer than k".
    pub fn figure(&self, value: Option<u64>) -> String {
        value.map_or_else(|| self.fewer.clone(), |v| self.s.number(v))
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
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{style}</style>\n</head>\n<body>\n<main>\n",
        esc(s.locale()),
        s.direction().as_str(),
        esc(title)
    )
}

fn render_page(prepared: &Prepared, options: &Options, org: Option<&str>, print: bool) -> String {
    let pulled = &prepared.pulled;
    let page = Page::new(options, prepared.protection.k, print);
    let s = &page.s;
    let mut h = head(s, &s.get("report-title"), STYLE);
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

/// A table cell for a published figure.
/// The cell of figure (`subject`, `slice`) of `t`: its value, "fewer than
/// k", or "withheld".
fn figure_cell(page: &Page, t: &Tables, subject: Subject, slice: Slice) -> String {
    if t.withheld(subject, slice) {
        return format!("<td class=\"n few withheld\">{}</td>", esc(&page.withheld));
    }
    cell(page, t.shown(subject, slice))
}

fn cell(page: &Page, value: Option<u64>) -> String {
    match value {
        Some(v) => format!("<td class=\"n\">{}</td>", page.s.number(v)),
        None => format!("<td class=\"n few\">{}</td>", esc(&page.fewer)),
    }
}

/// The line under a table saying how many of its figures read "fewer
/// than k" (nothing when none do).
fn hidden_line(h: &mut String, page: &Page, values: &[Option<u64>]) {
    let hidden = values.iter().filter(|v| v.is_none()).count();
    if hidden == 0 {
        return;
    }
    let mut a = FluentArgs::new();
    a.set("hidden", hidden);
    a.set("total", values.len());
    a.set("k", page.k);
    let _ = writeln!(
        h,
        "<p class=\"note\">{}</p>",
        esc(&page.s.get_with("report-table-hidden", &a))
    );
}

/// A question label as a heading's content, marked with its own language
/// when it fell back to another one.
fn label_html(page: &Page, label: &heard_core::l10n::Text) -> String {
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
        esc(&page.figure(t.shown(Subject::Respondents, Slice::All))),
        esc(&s.get("report-respondents"))
    );
    let breakdowns = layout::breakdowns(st, s, options);
    for b in &breakdowns {
        let _ = write!(h, "<h3>{}</h3>", esc(&b.heading));
        if b.key == "period" {
            column_chart(h, page, t, &b.columns);
        }
        respondents_table(h, page, t, id, b);
    }
    let _ = writeln!(h, "<h3>{}</h3>", esc(&s.get("report-questions")));
    let comparison = layout::comparison(st, s);
    for q in layout::questions(t, &view, s) {
        let _ = writeln!(h, "<h4>{}</h4>", label_html(page, &q.label));
        bar_chart(h, page, t, &q);
        if t.dims.periods > 1 && !q.multiple {
            stacked_chart(h, page, t, &q, &breakdowns[1].columns);
        }
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
    view: &heard_core::Response,
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
    let values: Vec<Option<u64>> = b
        .columns
        .iter()
        .map(|(slice, _)| *slice)
        .chain([Slice::All])
        .map(|slice| t.shown(Subject::Respondents, slice))
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
    for (option, row) in q.rows.iter().enumerate() {
        let _ = write!(
            h,
            "<tr data-kind=\"answer\" data-answer=\"{}\"><th scope=\"row\">{}</th>",
            esc(&row.code),
            esc(&row.label)
        );
        for &slice in &slices {
            let v = t.shown(q.subject(option), slice);
            h.push_str(&figure_cell(page, t, q.subject(option), slice));
            values.push(v);
        }
        h.push_str("</tr>");
    }
    let _ = write!(
        h,
        "<tr data-kind=\"respondents\" data-answer=\"\"><th scope=\"row\">{}</th>",
        esc(&s.get("report-respondents"))
    );
    for &slice in &slices {
        let v = t.shown(Subject::Respondents, slice);
        h.push_str(&figure_cell(page, t, Subject::Respondents, slice));
        values.push(v);
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
    let view = heard_core::Response::new(sessions.questionnaire.clone(), &[s.locale()]);
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
    view: &heard_core::Response,
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
                cell(page, row.value)
            );
            values.push(row.value);
        }
        let _ = writeln!(
            h,
            "<tr data-kind=\"attendance\" data-answer=\"\"><th scope=\"row\">{}</th>{}</tr></tbody></table>",
            esc(&s.get("report-all")),
            cell(page, table.total)
        );
        values.push(table.total);
        hidden_line(h, page, &values);
    }
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
    group_rows(h, page, prepared);
    h.push_str("</tbody></table>\n");
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

/// Survey respondents per enrollment group, from the adjusted counts.
/// Floods show as large counts. Groups are pooled as in the survey tables,
/// and counts are given as ranges.
fn group_rows(h: &mut String, page: &Page, prepared: &Prepared) {
    let names: Vec<&String> = prepared.quality_groups.iter().map(|(g, _)| g).collect();
    let counts: Vec<u64> = prepared.quality_groups.iter().map(|(_, n)| *n).collect();
    let threshold = super::protect::pool_threshold(page.k, prepared.protection.sigma);
    let pooling = super::pool::categories(&counts, threshold, super::pool::Counts::Noisy);
    for (c, members) in pooling.columns.iter().enumerate() {
        let n: u64 = members.iter().map(|&m| counts[m]).sum();
        let name = if pooling.pooled_other && c + 1 == pooling.columns.len() {
            page.s.get("report-other-groups")
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
