//! The report as one self-contained HTML file: inline CSS and SVG charts,
//! no script, no external resource, and a Content-Security-Policy that
//! would block any that slipped in. Every answer and label is escaped.

use super::charts::{bar_chart, column_chart, shorten, stacked_chart};
use super::data::{Pulled, Sessions, Survey};
use super::strings::Strings;
use super::tables::{Slice, Subject, Tables};
use super::{Options, Prepared, SessionTables, SurveyTables};
use crate::files::escape_html as esc;
use crate::pull::SetAside;
use fluent_bundle::FluentArgs;
use std::fmt::Write;

const STYLE: &str = r#"
:root { --ink:#1d2433; --muted:#5b6478; --accent:#2f6f8f; --accent2:#c0733a; --line:#d9dee7; --bg:#f6f7f9; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic", sans-serif; color: var(--ink); background: var(--bg); margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
header p { margin: .2rem 0; color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; margin: 1.25rem 0; }
h2 { margin-top: 0; font-size: 1.4rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.card { flex: 1 1 10rem; border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
.card b { display: block; font-size: 1.8rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .7rem; text-align: start; }
td.n, th.n { text-align: end; }
td.hidden { color: var(--muted); }
details { margin: .25rem 0 .75rem; }
summary { cursor: pointer; color: var(--accent); }
.note { color: var(--muted); font-size: .92rem; }
.privacy { border-inline-start: 4px solid var(--accent); }
svg.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
svg.chart text { font: 13px system-ui, sans-serif; fill: var(--ink); }
ul.texts li { margin: .3rem 0; white-space: pre-wrap; }
"#;

/// Renders the whole report.
pub fn render(prepared: &Prepared, options: &Options, org: Option<&str>) -> String {
    let pulled = &prepared.pulled;
    let s = Strings::new(options.locale.as_deref());
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        esc(s.locale()),
        s.direction().as_str(),
        esc(&s.get("report-title"))
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
    h.push_str("</header>\n");

    let mut a = FluentArgs::new();
    a.set("k", options.k);
    let _ = writeln!(
        h,
        "<section class=\"privacy\"><h2>{}</h2><p>{}</p><p class=\"note\">{}</p></section>",
        esc(&s.get("report-privacy-title")),
        esc(&s.get_with("report-privacy", &a)),
        esc(&s.get(if options.include_sensitive {
            "report-sensitive-included"
        } else {
            "report-sensitive-excluded"
        }))
    );

    for (survey, t) in pulled.surveys.iter().zip(&prepared.tables) {
        survey_section(&mut h, &s, survey, t, options);
    }
    for (sessions, t) in pulled.sessions.iter().zip(&prepared.sessions) {
        sessions_section(&mut h, &s, sessions, t, options);
    }
    data_quality(&mut h, &s, pulled, options.k);
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

fn cell(s: &Strings, value: Option<u64>) -> String {
    match value {
        Some(v) => format!("<td class=\"n\">{}</td>", s.number(v)),
        None => format!(
            "<td class=\"n hidden\" title=\"{}\">{}</td>",
            esc(&s.get("report-hidden")),
            esc(&s.get("report-hidden-mark"))
        ),
    }
}

fn title(survey: &Survey, s: &Strings) -> (heard_core::Response, String) {
    let view = heard_core::Response::new(survey.questionnaire.clone(), &[s.locale()]);
    let title = view.title().text;
    (view, title)
}

fn survey_section(
    h: &mut String,
    s: &Strings,
    survey: &Survey,
    st: &SurveyTables,
    options: &Options,
) {
    let (view, name) = title(survey, s);
    let t = &st.tables;
    let _ = writeln!(h, "<section><h2>{}</h2>", esc(&name));
    let respondents = t.shown(Subject::Respondents, Slice::All);
    let _ = writeln!(
        h,
        "<div class=\"cards\"><div class=\"card\"><b>{}</b>{}</div></div>",
        respondents.map_or_else(|| esc(&s.get("report-hidden-mark")), |v| s.number(v)),
        esc(&s.get("report-respondents"))
    );
    // Respondents by language and by period.
    let languages: Vec<(Slice, String)> = (0..t.dims.languages)
        .map(|c| (Slice::Language(c), st.language_labels[c].clone()))
        .collect();
    let periods: Vec<(Slice, String)> = (0..t.dims.periods)
        .map(|c| (Slice::Period(c), st.period_labels[c].clone()))
        .collect();
    let groups: Vec<(Slice, String)> = (0..t.dims.groups)
        .map(|c| (Slice::Group(c), st.group_labels[c].clone()))
        .collect();
    let _ = write!(h, "<h3>{}</h3>", esc(&s.get("report-by-language")));
    respondents_table(h, s, t, &languages);
    let mut a = FluentArgs::new();
    a.set("period", options.period_name());
    let _ = write!(h, "<h3>{}</h3>", esc(&s.get_with("report-by-period", &a)));
    column_chart(h, s, t, &periods);
    respondents_table(h, s, t, &periods);
    let _ = write!(h, "<h3>{}</h3>", esc(&s.get("report-by-group-breakdown")));
    respondents_table(h, s, t, &groups);

    let _ = writeln!(h, "<h3>{}</h3>", esc(&s.get("report-questions")));
    for (qi, question) in t.questions.iter().enumerate() {
        let Some(item) = view.item_view(&question.id) else {
            continue;
        };
        let mut rows: Vec<String> = item.choices.iter().map(|c| c.label.text.clone()).collect();
        if !question.multiple {
            rows.push(s.get("report-no-answer"));
        }
        let _ = writeln!(h, "<h3>{}</h3>", esc(&item.label.text));
        bar_chart(h, s, t, qi, &rows, &item.label.text);
        if t.dims.periods > 1 && !question.multiple {
            stacked_chart(h, s, t, qi, &rows, &periods);
        }
        for (heading, slices) in [
            (s.get("report-by-language"), &languages),
            (s.get_with("report-by-period", &a), &periods),
            (s.get("report-by-group-breakdown"), &groups),
        ] {
            let _ = write!(h, "<details><summary>{}</summary>", esc(&heading));
            answer_table(h, s, t, qi, &rows, slices);
            h.push_str("</details>\n");
        }
        if let (Some(_), Some(date)) = (t.dims.cut, &st.cut_label) {
            let mut d = FluentArgs::new();
            d.set("date", date.clone());
            let halves = vec![
                (Slice::Half(0), s.get("report-before")),
                (Slice::Half(1), s.get_with("report-after", &d)),
            ];
            let _ = write!(
                h,
                "<details open><summary>{}</summary>",
                esc(&s.get_with("report-comparison", &d))
            );
            answer_table(h, s, t, qi, &rows, &halves);
            h.push_str("</details>\n");
        }
    }
    // Written answers only where the protected figures allow (see
    // `SurveyTables::texts_shown`), in an order that says nothing of arrival.
    let texts: Vec<(&String, Vec<&String>)> = survey
        .texts
        .iter()
        .filter_map(|(id, list)| {
            let shown = *st.texts_shown.get(id)?;
            let mut order = shuffled(list);
            order.truncate(shown);
            Some((id, order))
        })
        .collect();
    if !texts.is_empty() {
        let _ = write!(h, "<h3>{}</h3>", esc(&s.get("report-free-text")));
        for (id, texts) in &texts {
            let label = view
                .item_view(id)
                .map_or_else(|| id.to_string(), |v| v.label.text);
            let _ = write!(h, "<h4>{}</h4><ul class=\"texts\">", esc(&label));
            for text in texts {
                let _ = write!(h, "<li>{}</li>", esc(text));
            }
            h.push_str("</ul>\n");
        }
    }
    h.push_str("</section>\n");
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

fn respondents_table(h: &mut String, s: &Strings, t: &Tables, slices: &[(Slice, String)]) {
    h.push_str("<table><tr><th></th>");
    for (_, label) in slices {
        let _ = write!(h, "<th class=\"n\">{}</th>", esc(label));
    }
    let _ = write!(
        h,
        "<th class=\"n\">{}</th></tr><tr><th>{}</th>",
        esc(&s.get("report-all")),
        esc(&s.get("report-respondents"))
    );
    for (slice, _) in slices {
        h.push_str(&cell(s, t.shown(Subject::Respondents, *slice)));
    }
    h.push_str(&cell(s, t.shown(Subject::Respondents, Slice::All)));
    h.push_str("</tr></table>\n");
}

fn answer_table(
    h: &mut String,
    s: &Strings,
    t: &Tables,
    qi: usize,
    rows: &[String],
    slices: &[(Slice, String)],
) {
    let _ = write!(h, "<table><tr><th>{}</th>", esc(&s.get("report-option")));
    for (_, label) in slices {
        let _ = write!(h, "<th class=\"n\">{}</th>", esc(label));
    }
    let _ = write!(h, "<th class=\"n\">{}</th></tr>", esc(&s.get("report-all")));
    for (option, label) in rows.iter().enumerate() {
        let subject = Subject::Chose {
            question: qi,
            option,
        };
        let _ = write!(h, "<tr><th>{}</th>", esc(label));
        for (slice, _) in slices {
            h.push_str(&cell(s, t.shown(subject, *slice)));
        }
        h.push_str(&cell(s, t.shown(subject, Slice::All)));
        h.push_str("</tr>");
    }
    let _ = write!(h, "<tr><th>{}</th>", esc(&s.get("report-respondents")));
    for (slice, _) in slices {
        h.push_str(&cell(s, t.shown(Subject::Respondents, *slice)));
    }
    h.push_str(&cell(s, t.shown(Subject::Respondents, Slice::All)));
    h.push_str("</tr></table>\n");
}

fn sessions_section(
    h: &mut String,
    s: &Strings,
    sessions: &Sessions,
    tables: &SessionTables,
    options: &Options,
) {
    let view = heard_core::Response::new(sessions.questionnaire.clone(), &[s.locale()]);
    let n = sessions.sessions.len() as u64;
    let mut a = FluentArgs::new();
    a.set("count", n);
    let _ = writeln!(
        h,
        "<section><h2>{}</h2><p>{}</p>",
        esc(&s.get("report-listening-sessions")),
        esc(&s.get_with("report-sessions-count", &a))
    );
    // Themes: sessions raising each, as bars.
    let q = &sessions.questionnaire;
    if let Some(item) = q
        .items
        .iter()
        .find(|i| i.choice_list.as_deref() == Some("theme"))
    {
        let choices = view
            .item_view(&item.id)
            .map(|v| v.choices)
            .unwrap_or_default();
        let counts: Vec<(String, u64)> = choices
            .iter()
            .map(|c| {
                (
                    c.label.text.clone(),
                    sessions
                        .sessions
                        .iter()
                        .filter(|x| x.themes.contains(&c.code))
                        .count() as u64,
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        let _ = write!(h, "<h3>{}</h3>", esc(&s.get("report-themes")));
        let max = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1);
        let height = counts.len() * 26 + 8;
        let _ = write!(
            h,
            "<svg class=\"chart themes\" direction=\"ltr\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 720 {height}\" width=\"720\" height=\"{height}\">",
            esc(&s.get("report-themes"))
        );
        for (i, (label, count)) in counts.iter().enumerate() {
            let y = i * 26 + 4;
            let w = (*count as f64 / max as f64 * 380.0).round() as usize;
            let short = shorten(label, 40);
            let _ = write!(
                h,
                "<text x=\"254\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"260\" y=\"{y}\" width=\"{w}\" height=\"20\" fill=\"#2f6f8f\" rx=\"3\"></rect><text x=\"{}\" y=\"{}\">{}</text>",
                y + 17,
                esc(&short),
                266 + w,
                y + 17,
                s.number(*count)
            );
        }
        h.push_str("</svg>\n");
    }
    // Attendance: people, protected like any count of people.
    for table in &tables.attendance {
        let Some(v) = view.item_view(&table.item) else {
            continue;
        };
        let _ = write!(
            h,
            "<h3>{} — {}</h3><table>",
            esc(&s.get("report-attendance")),
            esc(&v.label.text)
        );
        for (code, value) in &table.rows {
            let label = v
                .choices
                .iter()
                .find(|c| &c.code == code)
                .map_or_else(|| code.clone(), |c| c.label.text.clone());
            let _ = write!(h, "<tr><th>{}</th>{}</tr>", esc(&label), cell(s, *value));
        }
        let _ = writeln!(
            h,
            "<tr><th>{}</th>{}</tr></table>",
            esc(&s.get("report-all")),
            cell(s, table.total)
        );
    }
    let actions: Vec<_> = sessions.sessions.iter().flat_map(|x| &x.actions).collect();
    if !actions.is_empty() {
        let _ = write!(
            h,
            "<h3>{}</h3><table><tr><th></th><th>{}</th><th>{}</th></tr>",
            esc(&s.get("report-actions")),
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
        h.push_str("</table>\n");
    }
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

/// A count as a range: "fewer than k", then k to 10k−1, 10k to 100k−1, …
fn band(s: &Strings, n: u64, k: u64) -> String {
    if n == 0 {
        return s.number(0);
    }
    if n < k {
        let mut a = FluentArgs::new();
        a.set("k", s.number(k));
        return esc(&s.get_with("report-fewer-than", &a));
    }
    let mut low = k;
    while n >= low.saturating_mul(10) && low < u64::MAX / 10 {
        low *= 10;
    }
    format!("{}–{}", s.number(low), s.number(low * 10 - 1))
}

fn data_quality(h: &mut String, s: &Strings, pulled: &Pulled, k: u64) {
    let summary = &pulled.state.summary;
    let _ = write!(
        h,
        "<section class=\"quality\"><h2>{}</h2><h3>{}</h3><table><tr><th>{}</th><th class=\"n\">{}</th></tr>",
        esc(&s.get("report-data-quality")),
        esc(&s.get("report-by-group")),
        esc(&s.get("report-group")),
        esc(&s.get("report-submissions"))
    );
    // Floods show as large counts. Groups below k are pooled as in the
    // survey tables, and counts are given as ranges, never exactly: they
    // cover every questionnaire and undated submissions, so exact ones
    // could be subtracted from the survey tables.
    let names: Vec<&String> = summary.by_group.keys().collect();
    let counts: Vec<u64> = summary.by_group.values().copied().collect();
    let pooling = super::pool::categories(&counts, k);
    for (c, members) in pooling.columns.iter().enumerate() {
        let n: u64 = members.iter().map(|&m| counts[m]).sum();
        let name = if pooling.pooled_other && c + 1 == pooling.columns.len() {
            s.get("report-other-groups")
        } else {
            members
                .iter()
                .map(|&m| names[m].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let shown = band(s, n, k);
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"n\">{shown}</td></tr>",
            esc(&name)
        );
    }
    let undated: u64 = pulled.surveys.iter().map(|x| x.undated).sum();
    if undated > 0 {
        let shown = band(s, undated, k);
        let _ = write!(
            h,
            "</table><table><tr><td>{}</td><td class=\"n\">{shown}</td></tr>",
            esc(&s.get("report-undated"))
        );
    }
    h.push_str("</table>\n");
    let _ = write!(h, "<h3>{}</h3>", esc(&s.get("report-set-aside")));
    if summary.set_aside_total() == 0 {
        let _ = write!(h, "<p>{}</p>", esc(&s.get("report-set-aside-none")));
    } else {
        let decrypt: u64 = summary
            .set_aside
            .iter()
            .filter(|(r, _)| r.is_decryption_failure())
            .map(|(_, n)| n)
            .sum();
        let verify = summary.set_aside_total() - decrypt;
        let _ = write!(
            h,
            "<div class=\"cards\"><div class=\"card set-aside-decrypt\"><b>{}</b>{}</div><div class=\"card set-aside-verify\"><b>{}</b>{}</div></div><table>",
            s.number(decrypt),
            esc(&s.get("report-failed-decrypt")),
            s.number(verify),
            esc(&s.get("report-failed-verify"))
        );
        for reason in SetAside::ALL {
            if let Some(n) = summary.set_aside.get(&reason) {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td class=\"n\">{}</td></tr>",
                    esc(&s.get(&format!("report-reason-{}", reason.name()))),
                    s.number(*n)
                );
            }
        }
        h.push_str("</table>\n");
    }
    h.push_str("</section>\n");
}
