//! `heard report --easy-read FILE`: a short summary page in plain words,
//! in the report's language and direction: short sentences, large type,
//! one idea per line. For each question it gives the main finding ("Most
//! people said: …") from the published shares only, and says in plain
//! words how the numbers protect people. Like the report it is one
//! self-contained HTML file under the same strict Content-Security-Policy.

use super::html::layout::{self, QuestionLayout, RowKind, percent};
use super::html::{Page, head};
use super::tables::{Cell, Slice, Subject, Tables};
use super::{Options, Prepared};
use crate::error::Result;
use crate::files::escape_html as esc;
use fluent_bundle::FluentArgs;
use std::fmt::Write;
use std::path::Path;

const STYLE: &str = r#"
:root { --ink:#1d2433; --muted:#4f586b; --accent:#2f6f8f; --line:#c9d0db; }
* { box-sizing: border-box; }
html { font-size: 22px; }
body { font: 1rem/1.6 system-ui, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans Ethiopic", sans-serif; color: var(--ink); background: #fff; margin: 0; }
main { max-width: 40rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.5rem 0 .75rem; padding-top: 1rem; border-top: 2px solid var(--line); }
h3 { font-size: 1.15rem; line-height: 1.4; margin: 1.75rem 0 .5rem; }
p { margin: 0 0 .6rem; }
p.finding { font-weight: 700; }
.safe { border-inline-start: 6px solid var(--accent); padding-inline-start: 1rem; margin: 2rem 0; }
.safe h2 { border-top: none; padding-top: 0; margin-top: 0; }
@media print { html { font-size: 16pt; } h2, h3 { break-after: avoid; } }
"#;

/// The easy-read page of `prepared`.
pub fn render(prepared: &Prepared, options: &Options, org: Option<&str>) -> String {
    let page = Page::new(options, prepared.protection.k, false);
    let s = &page.s;
    let mut h = head(s, &s.get("easy-title"), STYLE);
    let mut a = FluentArgs::new();
    // A date never breaks across lines (non-breaking hyphens).
    a.set("date", options.today.replace('-', "\u{2011}"));
    let made = match org {
        Some(org) => {
            a.set("org", org.to_string());
            s.get_with("easy-made-by", &a)
        }
        None => s.get_with("easy-made", &a),
    };
    let _ = write!(
        h,
        "<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n",
        esc(&s.get("easy-title")),
        esc(&s.get("easy-intro")),
        esc(&made)
    );
    safety(&mut h, &page);
    for (survey, st) in prepared.pulled.surveys.iter().zip(&prepared.tables) {
        let (view, title) = layout::survey_view(survey, s);
        let _ = writeln!(h, "<h2>{}</h2>", esc(&title));
        let t = &st.tables;
        people(&mut h, &page, t.shown(Subject::Respondents, Slice::All));
        for q in layout::questions(t, &view, s) {
            finding(&mut h, &page, t, &q);
        }
    }
    for sessions in &prepared.pulled.sessions {
        sessions_summary(&mut h, &page, sessions);
    }
    let _ = writeln!(h, "<p>{}</p>", esc(&s.get("easy-full-report")));
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// How the numbers protect people, in plain words.
fn safety(h: &mut String, page: &Page) {
    let s = &page.s;
    let mut a = FluentArgs::new();
    a.set("k", page.k);
    let _ = writeln!(
        h,
        "<section class=\"safe\"><h2>{}</h2><p>{}</p><p>{}</p><p>{}</p></section>",
        esc(&s.get("easy-safe-title")),
        esc(&s.get("easy-safe-changed")),
        esc(&s.get("easy-safe-add-up")),
        esc(&s.get_with("easy-safe-few", &a))
    );
}

/// How many people answered, or "fewer than k".
fn people(h: &mut String, page: &Page, respondents: Option<u64>) {
    let s = &page.s;
    let mut a = FluentArgs::new();
    let text = match respondents {
        Some(n) => {
            a.set("count", n);
            s.get_with("easy-people", &a)
        }
        None => {
            a.set("k", page.k);
            s.get_with("easy-people-few", &a)
        }
    };
    let _ = writeln!(h, "<p>{}</p>", esc(&text));
}

/// The answer with the largest published share among those given (not
/// "No answer"), with that share (of those asked, for a question shown to
/// some people only), or `None` when no share is published.
pub fn main_answer(t: &Tables, q: &QuestionLayout) -> Option<(usize, u64)> {
    let whole = t.shown(q.whole, Slice::All);
    q.rows
        .iter()
        .enumerate()
        .filter(|(_, row)| row.kind == RowKind::Answer)
        .filter_map(|(option, row)| {
            let share = percent(t.shown(row.subject, Slice::All), whole)?;
            Some((option, share))
        })
        .fold(
            None,
            |best: Option<(usize, u64)>, (option, share)| match best {
                Some((_, top)) if top >= share => best,
                _ => Some((option, share)),
            },
        )
}

/// For a question shown to some people only: how many were asked it and
/// how many were not, in plain words (a withheld figure is left out).
fn asked(h: &mut String, page: &Page, t: &Tables, q: &QuestionLayout) {
    let Some(not_asked) = q.not_asked() else {
        return;
    };
    let s = &page.s;
    for (subject, id) in [
        (q.whole, "easy-asked"),
        (not_asked.subject, "easy-not-asked"),
    ] {
        let mut a = FluentArgs::new();
        let text = match t.cell(subject, Slice::All) {
            Cell::Shown(n) => {
                a.set("count", n);
                s.get_with(id, &a)
            }
            Cell::Few => {
                a.set("k", page.k);
                s.get_with(&format!("{id}-few"), &a)
            }
            Cell::Withheld => continue,
        };
        let _ = writeln!(h, "<p>{}</p>", esc(&text));
    }
}

/// One question's main finding.
fn finding(h: &mut String, page: &Page, t: &Tables, q: &QuestionLayout) {
    let s = &page.s;
    let _ = writeln!(h, "<h3>{}</h3>", esc(&q.label.text));
    asked(h, page, t, q);
    let Some((option, share)) = main_answer(t, q) else {
        let _ = writeln!(h, "<p>{}</p>", esc(&s.get("easy-no-finding")));
        return;
    };
    let mut a = FluentArgs::new();
    a.set("answer", q.rows[option].label.clone());
    a.set("percent", share);
    // "Most people" only when more than half did.
    let id = if share > 50 {
        "easy-most-said"
    } else {
        "easy-top-answer"
    };
    // Out of every 100 people asked, when not everyone was.
    let share_id = if q.not_asked().is_some() {
        "easy-share-asked"
    } else {
        "easy-share"
    };
    let _ = writeln!(
        h,
        "<p class=\"finding\">{}</p>\n<p>{}</p>",
        esc(&s.get_with(id, &a)),
        esc(&s.get_with(share_id, &a))
    );
}

/// The listening sessions: how many, and the theme raised most.
fn sessions_summary(h: &mut String, page: &Page, sessions: &super::data::Sessions) {
    let s = &page.s;
    let view = heard_engine::Response::new(sessions.questionnaire.clone(), &[s.locale()]);
    let mut a = FluentArgs::new();
    a.set("count", sessions.sessions.len());
    let _ = writeln!(
        h,
        "<h2>{}</h2>\n<p>{}</p>",
        esc(&s.get("report-listening-sessions")),
        esc(&s.get_with("easy-sessions", &a))
    );
    let counts = layout::theme_counts(sessions, &view);
    let top = counts
        .iter()
        .fold(None, |best: Option<&(String, u64)>, c| match best {
            Some(b) if b.1 >= c.1 => best,
            _ => Some(c),
        });
    if let Some((theme, _)) = top {
        let mut t = FluentArgs::new();
        t.set("theme", theme.clone());
        let _ = writeln!(h, "<p>{}</p>", esc(&s.get_with("easy-top-theme", &t)));
    }
}

/// Writes the easy-read page of `prepared` to `out`, atomically and
/// owner-only.
pub fn write(prepared: &Prepared, options: &Options, org: Option<&str>, out: &Path) -> Result<()> {
    let html = render(prepared, options, org);
    crate::files::write_atomic(out, html.as_bytes(), true)
}
