//! The report's charts, as inline SVG drawn from visible figures only: a
//! hidden figure draws no bar (and a single choice's hidden remainder is
//! one grey segment, the table's "total minus shown").

use super::strings::Strings;
use super::tables::{Slice, Subject, Tables};
use crate::files::escape_html as esc;
use fluent_bundle::FluentArgs;
use std::fmt::Write;

/// Horizontal bars: each option's share of all respondents.
pub(super) fn bar_chart(
    h: &mut String,
    s: &Strings,
    t: &Tables,
    qi: usize,
    rows: &[String],
    question: &str,
) {
    let whole = t.shown(Subject::Respondents, Slice::All);
    let (row_h, label_w, bar_w) = (26, 340, 360);
    let height = rows.len() * row_h + 8;
    let mut a = FluentArgs::new();
    a.set("question", question.to_string());
    let rtl = s.direction() == heard_core::Direction::Rtl;
    let _ = write!(
        h,
        "<svg class=\"chart bars\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {} {height}\" width=\"{}\" height=\"{height}\" direction=\"{}\">",
        esc(&s.get_with("report-chart-alt", &a)),
        label_w + bar_w + 80,
        label_w + bar_w + 80,
        s.direction().as_str()
    );
    for (option, label) in rows.iter().enumerate() {
        let y = option * row_h + 4;
        let value = t.shown(
            Subject::Chose {
                question: qi,
                option,
            },
            Slice::All,
        );
        let share = match (value, whole) {
            (Some(v), Some(w)) if w > 0 => v as f64 / w as f64,
            _ => 0.0,
        };
        let width = (share * bar_w as f64).round() as usize;
        let short = shorten(label, 46);
        let (label_x, anchor, bar_x) = if rtl {
            // In right-to-left text, "start" is the right edge.
            (bar_w + 80 + label_w - 6, "start", bar_w + 80 - width)
        } else {
            (label_w - 6, "end", label_w)
        };
        let _ = write!(
            h,
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
            y + 17,
            esc(&short)
        );
        if value.is_some() {
            let _ = write!(
                h,
                "<rect x=\"{bar_x}\" y=\"{y}\" width=\"{width}\" height=\"{}\" fill=\"#2f6f8f\" rx=\"3\"></rect>",
                row_h - 6
            );
        }
        let value_x = if rtl {
            bar_x.saturating_sub(6)
        } else {
            label_w + width + 6
        };
        let _ = write!(
            h,
            "<text x=\"{value_x}\" y=\"{}\" text-anchor=\"start\">{}</text>",
            y + 17,
            esc(&percent(s, value, whole))
        );
    }
    h.push_str("</svg>\n");
}

const PALETTE: [&str; 10] = [
    "#2f6f8f", "#c0733a", "#5a9e6f", "#8a5fa8", "#d1a531", "#4f86c6", "#b5525c", "#6d7f8f",
    "#9bb55a", "#3e9e9b",
];

/// One 100% bar per period: how the answers shifted over time. What is
/// hidden shows as one grey segment (the table's "total minus shown").
pub(super) fn stacked_chart(
    h: &mut String,
    s: &Strings,
    t: &Tables,
    qi: usize,
    rows: &[String],
    slices: &[(Slice, String)],
) {
    let (label_w, bar_w, row_h) = (150, 520, 24);
    let legend_rows = rows.len().div_ceil(3);
    let height = slices.len() * row_h + legend_rows * 20 + 16;
    let _ = write!(
        h,
        "<svg class=\"chart trend\" direction=\"ltr\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {w} {height}\" width=\"{w}\" height=\"{height}\">",
        esc(&s.get("report-trend")),
        w = label_w + bar_w + 10
    );
    for (i, (slice, label)) in slices.iter().enumerate() {
        let y = i * row_h + 4;
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            label_w - 6,
            y + 15,
            esc(&shorten(label, 20))
        );
        let Some(total) = t.shown(Subject::Respondents, *slice).filter(|&n| n > 0) else {
            continue;
        };
        let mut x = label_w as f64;
        let mut shown = 0;
        for option in 0..rows.len() {
            if let Some(v) = t.shown(
                Subject::Chose {
                    question: qi,
                    option,
                },
                *slice,
            ) {
                let w = v as f64 / total as f64 * bar_w as f64;
                let _ = write!(
                    h,
                    "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{}\"></rect>",
                    row_h - 6,
                    PALETTE[option % PALETTE.len()]
                );
                x += w;
                shown += v;
            }
        }
        if !t.questions[qi].multiple && shown < total {
            let w = (total - shown) as f64 / total as f64 * bar_w as f64;
            let _ = write!(
                h,
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"#d9dee7\"><title>{}</title></rect>",
                row_h - 6,
                esc(&s.get("report-hidden"))
            );
        }
    }
    let legend_y = slices.len() * row_h + 12;
    for (option, label) in rows.iter().enumerate() {
        let (col, line) = (option % 3, option / 3);
        let x = label_w + col * 175;
        let y = legend_y + line * 20;
        let _ = write!(
            h,
            "<rect x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{}\"></rect><text x=\"{}\" y=\"{}\">{}</text>",
            PALETTE[option % PALETTE.len()],
            x + 16,
            y + 11,
            esc(&shorten(label, 22))
        );
    }
    h.push_str("</svg>\n");
}

/// Columns: respondents per period.
pub(super) fn column_chart(h: &mut String, s: &Strings, t: &Tables, periods: &[(Slice, String)]) {
    let values: Vec<Option<u64>> = periods
        .iter()
        .map(|(slice, _)| t.shown(Subject::Respondents, *slice))
        .collect();
    let max = values.iter().flatten().copied().max().unwrap_or(0).max(1);
    let longest = periods
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(0);
    let (col_w, chart_h) = ((longest * 8 + 12).max(56), 160);
    let width = periods.len() * col_w + 20;
    let _ = write!(
        h,
        "<svg class=\"chart columns\" direction=\"ltr\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {width} {}\" width=\"{width}\" height=\"{}\">",
        esc(&s.get("report-respondents")),
        chart_h + 40,
        chart_h + 40
    );
    for (i, ((_, label), value)) in periods.iter().zip(&values).enumerate() {
        let x = 10 + i * col_w;
        if let Some(v) = value {
            let bar = (*v as f64 / max as f64 * chart_h as f64).round() as usize;
            let _ = write!(
                h,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{bar}\" fill=\"#c0733a\" rx=\"3\"></rect><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + 6,
                chart_h - bar + 16,
                col_w - 12,
                x + col_w / 2,
                chart_h - bar + 12,
                s.number(*v)
            );
        }
        let _ = write!(
            h,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            x + col_w / 2,
            chart_h + 34,
            esc(label)
        );
    }
    h.push_str("</svg>\n");
}

/// At most `max` characters, with an ellipsis when cut.
pub(super) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut short: String = text.chars().take(max - 1).collect();
    short.push('…');
    short
}

/// A share as a whole percentage, hidden when either figure is.
pub(super) fn percent(s: &Strings, part: Option<u64>, whole: Option<u64>) -> String {
    match (part, whole) {
        (Some(p), Some(w)) if w > 0 => format!("{}%", s.number((p * 100 + w / 2) / w)),
        _ => esc(&s.get("report-hidden-mark")),
    }
}
