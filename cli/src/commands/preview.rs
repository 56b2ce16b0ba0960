//! `heard questionnaire preview DIR --locale L`: the questionnaire as a
//! respondent reads it, every screen in order, in one language.

use anyhow::Result;
use heard_engine::ItemView;
use heard_engine::l10n::{Text, strip_isolation};
use heard_engine::{Direction, ItemKind, Questionnaire, Response};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use super::emit;

/// Plain text for a terminal: no bidi marks (terminals draw them), and a
/// `[xx]` tag where the text fell back to another language.
fn plain(t: &Text) -> String {
    let s = strip_isolation(&t.text);
    if t.fallback {
        format!("{s} [{}]", t.locale)
    } else {
        s
    }
}

/// Prints every screen of the questionnaire in `dir` in `locale`.
pub fn run(dir: &Path, locale: Option<&str>) -> Result<ExitCode> {
    let q = match Questionnaire::load(dir) {
        Ok(q) => Arc::new(q),
        Err(e) => {
            eprintln!(
                "{e}\n\n{} has problems: run `heard questionnaire check {}` for details.",
                dir.display(),
                dir.display()
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut out = String::new();
    let wanted = locale.unwrap_or(&q.default_locale).to_string();
    let r = Response::new(Arc::clone(&q), &[wanted.as_str()]);
    if r.locale() != wanted {
        eprintln!(
            "note: {wanted} is not available; showing {} (available: {})",
            r.locale(),
            q.locales().join(", ")
        );
    }
    let direction = match r.direction() {
        Direction::Rtl => "right-to-left",
        Direction::Ltr => "left-to-right",
    };
    outln!(out, "{}", plain(&r.title()));
    outln!(
        out,
        "{} · {} · {direction}",
        r.locale(),
        q.languages.name(r.locale())
    );
    outln!(
        out,
        "(* = required. Text marked [xx] is not translated yet and is shown in language xx.)"
    );
    for (n, &screen_item) in q.screens.iter().enumerate() {
        let item = &q.items[screen_item];
        outln!(out, "\n── {} {}", n + 1, "─".repeat(50));
        let children = if item.kind == ItemKind::Page {
            if let Some(page) = r.item_view(&item.id) {
                outln!(out, "{}", plain(&page.label));
                if let Some(h) = &page.hint {
                    outln!(out, "  {}", plain(h));
                }
            }
            if let Some(cond) = &item.relevant {
                outln!(out, "  (page shown when: {})", cond.source);
            }
            item.children.clone()
        } else {
            vec![screen_item]
        };
        for child in children {
            let child = &q.items[child];
            if child.kind == ItemKind::Calculate {
                continue;
            }
            if let Some(view) = r.item_view(&child.id) {
                print_item(&mut out, &q, &view);
            }
        }
    }
    outln!(out, "\n── {}", "─".repeat(52));
    outln!(
        out,
        "{}  |  {}",
        plain(&r.ui_text("nav-review")),
        plain(&r.ui_text("nav-submit"))
    );
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn print_item(out: &mut String, q: &Questionnaire, v: &ItemView) {
    outln!(out);
    let required = if v.required { " *" } else { "" };
    outln!(out, "  {}{required}", plain(&v.label));
    if let Some(h) = &v.hint {
        outln!(out, "    {}", plain(h));
    }
    if let Some(cond) = q.item(&v.id).and_then(|i| i.relevant.as_ref()) {
        outln!(out, "    (shown when: {})", cond.source);
    }
    if let Some(i) = &v.instructions {
        outln!(out, "    {}", plain(i));
    }
    let marker = match v.kind {
        ItemKind::Multiple => "[ ]",
        ItemKind::Tally => " # ",
        _ => "( )",
    };
    for (n, c) in v.choices.iter().enumerate() {
        outln!(out, "    {marker} {}. {}", n + 1, plain(&c.label));
    }
    if let Some(d) = &v.decline {
        outln!(out, "    {marker} {}", plain(d));
    }
    if let Some(w) = &v.sensitive_warning {
        outln!(out, "    ! {}", plain(w));
    }
}
