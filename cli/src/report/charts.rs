//! The report's charts, as inline SVG drawn from published figures only: a
//! figure shown as "fewer than k" draws no bar (and a single choice's
//! hidden remainder is one hatched segment, the table's "total minus
//! shown").
//!
//! Each chart is a `<figure>` whose SVG is an image named by its caption
//! and by a line listing every figure it draws, as published, so that a
//! screen reader reads the same figures the eye sees. Colours are never the
//! only carrier of meaning (segments are numbered like their legend) and
//! reach 3:1 against the white page. In a right-to-left report every chart
//! is mirrored: labels on the right, bars growing leftwards, periods
//! running from right to left.

use super::html::Page;
use super::html::layout::{QuestionLayout, percent};
use super::tables::{Cell, Slice, Subject, Tables};
use crate::files::escape_html as esc;
use fluent_bundle::FluentArgs;
use std::fmt::Write;

/// Bar fills: each at least 4.5:1 against white (so white numbers on
/// them are readable too), told apart by their numbers as well.
const PALETTE: [&str; 10] = [
    "#2f6f8f", "#a4561e", "#2e7d32", "#7b4fa0", "#8a6a00", "#1f5fb4", "#b03a48", "#55606b",
    "#5c7a13", "#00786f",
];

/// The fill of single bars and columns (5.5:1 against white).
const BAR: &str = "#2f6f8f";

/// The stroke of the hatched "not shown" segment (7:1 against white).
const HATCH: &str = "#595959";

/// An SVG drawing area that mirrors itself in right-to-left reports: x is
/// measured from the reading start, and text anchors keep their meaning
/// because the SVG carries the report's direction.
struct Canvas {
    width: usize,
    rtl: bool,
}

impl Canvas {
    fn new(page: &Page, width: usize) -> Canvas {
        Canvas {
            width,
            rtl: page.rtl(),
        }
    }

    /// The physical x of a point `x` from the reading start.
    fn x(&self, x: f64) -> f64 {
        if self.rtl { self.width as f64 - x } else { x }
    }

    /// A rectangle from `x` (from the reading start) `w` wide.
    fn rect(&self, h: &mut String, (x, y): (f64, usize), (w, height): (f64, usize), attrs: &str) {
        let left = if self.rtl {
            self.width as f64 - x - w
        } else {
            x
        };
        let _ = write!(
            h,
            "<rect x=\"{left:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{height}\" {attrs}></rect>"
        );
    }

    /// Text at `x` from the reading start; `anchor` is `start`, `middle`
    /// or `end` in reading order.
    fn text(&self, h: &mut String, (x, y): (f64, usize), anchor: &str, text: &str, attrs: &str) {
        let _ = write!(
            h,
            "<text x=\"{:.1}\" y=\"{y}\" text-anchor=\"{anchor}\"{attrs}>{}</text>",
            self.x(x),
            esc(text)
        );
    }
}

/// Opens a chart's figure and SVG, returning the figure's id (unique in
/// the page: where it starts).
fn open(h: &mut String, page: &Page, class: &str, (width, height): (usize, usize)) -> String {
    let id = format!("fig{}", h.len());
    let _ = write!(
        h,
        "<figure class=\"chart\"><svg class=\"chart {class}\" role=\"img\" aria-labelledby=\"{id}-c {id}-d\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" direction=\"{}\">",
        page.s.direction().as_str()
    );
    id
}

/// Closes the SVG and figure opened by [`open`] with its caption and its
/// text alternative: `items`, the figures it draws as published.
fn close(h: &mut String, id: &str, caption: &str, items: &[String]) {
    let _ = writeln!(
        h,
        "</svg><figcaption id=\"{id}-c\" class=\"visually-hidden\">{}</figcaption><p id=\"{id}-d\" hidden>{}</p></figure>",
        esc(caption),
        esc(&items.join("; "))
    );
}

/// One horizontal bar: its label, its length as a share of the longest
/// possible (none for a hidden figure), and the value printed beside it.
struct Bar {
    label: String,
    fraction: Option<f64>,
    value: String,
}

/// Horizontal bars with their labels and values.
fn hbars(h: &mut String, page: &Page, class: &str, caption: &str, bars: &[Bar]) {
    let (row_h, label_w, bar_w) = (26, 340, 360);
    let width = label_w + bar_w + 100;
    let height = bars.len() * row_h + 8;
    let canvas = Canvas::new(page, width);
    let id = open(h, page, class, (width, height));
    for (i, bar) in bars.iter().enumerate() {
        let y = i * row_h + 4;
        canvas.text(
            h,
            ((label_w - 6) as f64, y + 17),
            "end",
            &shorten(&bar.label, 46),
            "",
        );
        let w = bar
            .fraction
            .map_or(0.0, |f| f.clamp(0.0, 1.0) * bar_w as f64);
        if bar.fraction.is_some() {
            canvas.rect(
                h,
                (label_w as f64, y),
                (w, row_h - 6),
                &format!("fill=\"{BAR}\" rx=\"3\""),
            );
        }
        canvas.text(
            h,
            (label_w as f64 + w + 6.0, y + 17),
            "start",
            &bar.value,
            "",
        );
    }
    let items: Vec<String> = bars
        .iter()
        .map(|b| format!("{}: {}", b.label, b.value))
        .collect();
    close(h, &id, caption, &items);
}

/// Horizontal bars: each answer's share of those asked (everyone, for a
/// question asked of all), then, for a question shown to some people
/// only, how many were not asked, as a number without a bar (they are in
/// no share). Returns every cell the chart shows, for the note on marks.
pub(super) fn bar_chart(h: &mut String, page: &Page, t: &Tables, q: &QuestionLayout) -> Vec<Cell> {
    let whole = t.cell(q.whole, Slice::All);
    let mut cells = vec![whole];
    let mut bars: Vec<Bar> = q
        .rows
        .iter()
        .map(|row| {
            let value = t.cell(row.subject, Slice::All);
            cells.push(value);
            Bar {
                label: row.label.clone(),
                fraction: share(value, whole),
                value: percent_text(page, value, whole),
            }
        })
        .collect();
    if let Some(row) = q.not_asked() {
        let value = t.cell(row.subject, Slice::All);
        cells.push(value);
        bars.push(Bar {
            label: row.label.clone(),
            fraction: None,
            value: page.cell(value),
        });
    }
    let mut a = FluentArgs::new();
    a.set("question", q.label.text.clone());
    hbars(
        h,
        page,
        "bars",
        &page.s.get_with("report-chart-alt", &a),
        &bars,
    );
    cells
}

/// A bar's length: its published share of `whole` (0 when the whole is 0
/// or hidden but the part shown), or no bar when the part is hidden.
fn share(part: Cell, whole: Cell) -> Option<f64> {
    match (part.value(), whole.value()) {
        (Some(v), Some(w)) if w > 0 => Some(v as f64 / w as f64),
        (Some(_), _) => Some(0.0),
        _ => None,
    }
}

/// Horizontal bars: the number of listening sessions that raised each theme.
pub(super) fn theme_chart(h: &mut String, page: &Page, counts: &[(String, u64)]) {
    let max = counts.iter().map(|c| c.1).max().unwrap_or(1).max(1);
    let bars: Vec<Bar> = counts
        .iter()
        .map(|(label, n)| Bar {
            label: label.clone(),
            fraction: Some(*n as f64 / max as f64),
            value: page.s.number(*n),
        })
        .collect();
    hbars(h, page, "themes", &page.s.get("report-themes"), &bars);
}

/// One 100% bar per period: how the answers shifted over time, as shares
/// of those asked. Segments carry the number of their legend entry; what
/// a period hides shows as one hatched segment (the table's "total minus
/// shown"), named in the legend by what it hides ("fewer than k",
/// "withheld", or either). Returns every cell the chart draws.
pub(super) fn stacked_chart(
    h: &mut String,
    page: &Page,
    t: &Tables,
    q: &QuestionLayout,
    slices: &[(Slice, String)],
) -> Vec<Cell> {
    let (label_w, bar_w, row_h) = (150, 520, 24);
    let width = label_w + bar_w + 10;
    let cells: Vec<Cell> = slices
        .iter()
        .flat_map(|(slice, _)| q.rows.iter().map(|row| t.cell(row.subject, *slice)))
        .collect();
    let hidden = hidden_kinds(&cells);
    let legend_rows = (q.rows.len() + usize::from(hidden.is_some())).div_ceil(2);
    let height = slices.len() * row_h + legend_rows * 20 + 16;
    let canvas = Canvas::new(page, width);
    let hatch = format!("hatch{}", h.len());
    let caption = page.s.get("report-trend");
    let id = open(h, page, "trend", (width, height));
    let _ = write!(
        h,
        "<defs><pattern id=\"{hatch}\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"><rect width=\"6\" height=\"6\" fill=\"#fff\"></rect><path d=\"M0,6 L6,0\" stroke=\"{HATCH}\" stroke-width=\"1.5\"></path></pattern></defs>"
    );
    let mut items = Vec::new();
    for (i, (slice, label)) in slices.iter().enumerate() {
        let y = i * row_h + 4;
        canvas.text(
            h,
            ((label_w - 6) as f64, y + 15),
            "end",
            &shorten(label, 20),
            &format!(" class=\"period\" data-period=\"{i}\""),
        );
        let segments = period_segments(h, &canvas, page, t, q, *slice, (label_w, y), &hatch);
        items.push(format!("{label}: {}", segments.join(", ")));
    }
    let legend_at = (label_w, slices.len() * row_h + 12);
    legend(h, &canvas, page, q, legend_at, (&hatch, hidden));
    close(h, &id, &caption, &items);
    let mut all = cells;
    all.extend(slices.iter().map(|(slice, _)| t.cell(q.whole, *slice)));
    all
}

/// What a set of cells hides: `Some((fewer, withheld))` saying whether any
/// reads "fewer than k" and whether any is withheld; `None` when none is
/// hidden.
pub(super) fn hidden_kinds(cells: &[Cell]) -> Option<(bool, bool)> {
    let few = cells.contains(&Cell::Few);
    let withheld = cells.contains(&Cell::Withheld);
    (few || withheld).then_some((few, withheld))
}

/// The narrowest hatched segment: what a period hides stays visible even
/// when the adjusted figures shown already fill its bar.
const MIN_HATCH: f64 = 8.0;

/// Draws one period's segments from `(x, y)`, returning each answer's
/// published share in words. The shown answers fill the bar when the
/// period hides nothing; otherwise the hatched segment takes what the
/// total leaves (at least [`MIN_HATCH`]).
#[allow(clippy::too_many_arguments)]
fn period_segments(
    h: &mut String,
    canvas: &Canvas,
    page: &Page,
    t: &Tables,
    q: &QuestionLayout,
    slice: Slice,
    (x0, y): (usize, usize),
    hatch: &str,
) -> Vec<String> {
    let bar_w = 520.0;
    let whole = t.cell(q.whole, slice);
    let cells: Vec<Cell> = q
        .rows
        .iter()
        .map(|row| t.cell(row.subject, slice))
        .collect();
    let words: Vec<String> = q
        .rows
        .iter()
        .zip(&cells)
        .map(|(row, &value)| format!("{} {}", row.label, percent_text(page, value, whole)))
        .collect();
    let Some(total) = whole.value().filter(|&n| n > 0) else {
        return words;
    };
    let shown: u64 = cells.iter().filter_map(|c| c.value()).sum();
    let hides = hidden_kinds(&cells).is_some();
    // Adjusted figures need not add up to their total: scale to whichever
    // is larger, so that no segment runs past the bar.
    let scale = total.max(shown) as f64;
    let hatch_w = if hides {
        ((total.saturating_sub(shown)) as f64 / scale * bar_w).max(MIN_HATCH)
    } else {
        0.0
    };
    let parts_w = bar_w - hatch_w;
    let mut x = x0 as f64;
    for (option, cell) in cells.iter().enumerate() {
        let Some(v) = cell.value().filter(|_| shown > 0) else {
            continue;
        };
        let w = v as f64 / shown as f64 * parts_w;
        let fill = PALETTE[option % PALETTE.len()];
        canvas.rect(
            h,
            (x, y),
            (w, 18),
            &format!("fill=\"{fill}\" stroke=\"#fff\" stroke-width=\"1\" data-option=\"{option}\""),
        );
        if w >= 16.0 {
            canvas.text(
                h,
                (x + w / 2.0, y + 13),
                "middle",
                &page.s.number(option as u64 + 1),
                " class=\"on-bar\"",
            );
        }
        x += w;
    }
    if hides {
        canvas.rect(
            h,
            (x, y),
            (hatch_w, 18),
            &format!(
                "fill=\"url(#{hatch})\" stroke=\"{HATCH}\" stroke-width=\"1\" data-hidden=\"\""
            ),
        );
    }
    words
}

/// The legend: each answer's number, colour and label, then the hatch,
/// named by what it hides (`hidden`, see [`hidden_kinds`]), when anything
/// is.
fn legend(
    h: &mut String,
    canvas: &Canvas,
    page: &Page,
    q: &QuestionLayout,
    (x0, y0): (usize, usize),
    (hatch, hidden): (&str, Option<(bool, bool)>),
) {
    let entries = q.rows.len() + usize::from(hidden.is_some());
    for entry in 0..entries {
        let (col, line) = (entry % 2, entry / 2);
        let x = (x0 + col * 265) as f64;
        let y = y0 + line * 20;
        let (fill, label) = match (q.rows.get(entry), hidden) {
            (Some(row), _) => (
                PALETTE[entry % PALETTE.len()].to_string(),
                format!("{} {}", page.s.number(entry as u64 + 1), row.label),
            ),
            (None, Some(kinds)) => (format!("url(#{hatch})"), hidden_label(page, kinds)),
            (None, None) => continue,
        };
        canvas.rect(
            h,
            (x, y),
            (12.0, 12),
            &format!("fill=\"{fill}\" stroke=\"{HATCH}\" stroke-width=\"0.5\""),
        );
        canvas.text(h, (x + 16.0, y + 11), "start", &shorten(&label, 34), "");
    }
}

/// Columns: respondents per period, in reading order (the first period
/// at the right in a right-to-left report). Returns every cell it shows.
pub(super) fn column_chart(
    h: &mut String,
    page: &Page,
    t: &Tables,
    periods: &[(Slice, String)],
) -> Vec<Cell> {
    let values: Vec<Cell> = periods
        .iter()
        .map(|(slice, _)| t.cell(Subject::Respondents, *slice))
        .collect();
    let max = values
        .iter()
        .filter_map(|c| c.value())
        .max()
        .unwrap_or(0)
        .max(1);
    let longest = periods
        .iter()
        .map(|(_, l)| l.chars().count())
        .chain(values.iter().map(|&c| page.cell(c).chars().count()))
        .max()
        .unwrap_or(0);
    let (col_w, chart_h) = ((longest * 8 + 12).max(56), 160);
    let width = periods.len() * col_w + 20;
    let canvas = Canvas::new(page, width);
    let caption = page.s.get("report-respondents");
    let id = open(h, page, "columns", (width, chart_h + 40));
    let mut items = Vec::new();
    for (i, ((_, label), &value)) in periods.iter().zip(&values).enumerate() {
        let x = (10 + i * col_w) as f64;
        let middle = x + col_w as f64 / 2.0;
        let shown = page.cell(value);
        let bar = value.value().map_or(0, |v| {
            (v as f64 / max as f64 * chart_h as f64).round() as usize
        });
        if value.value().is_some() {
            canvas.rect(
                h,
                (x + 6.0, chart_h - bar + 16),
                ((col_w - 12) as f64, bar),
                &format!("fill=\"{BAR}\" rx=\"3\""),
            );
        }
        canvas.text(h, (middle, chart_h - bar + 12), "middle", &shown, "");
        canvas.text(
            h,
            (middle, chart_h + 34),
            "middle",
            label,
            &format!(" class=\"period\" data-period=\"{i}\""),
        );
        items.push(format!("{label}: {shown}"));
    }
    close(h, &id, &caption, &items);
    values
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

/// A share as a whole percentage in the report's digits; when the figure
/// (or else its whole) is hidden, what it reads as: "fewer than k" or
/// "withheld", never one for the other.
pub(super) fn percent_text(page: &Page, part: Cell, whole: Cell) -> String {
    match (percent(part.value(), whole.value()), part, whole) {
        (Some(p), _, _) => format!("{}%", page.s.number(p)),
        (None, Cell::Shown(_), Cell::Shown(0)) => format!("{}%", page.s.number(0)),
        (None, Cell::Shown(_), hidden) => page.cell(hidden),
        (None, hidden, _) => page.cell(hidden),
    }
}

/// The legend entry of the hatched segment, by what it hides.
fn hidden_label(page: &Page, (fewer, withheld): (bool, bool)) -> String {
    let mut a = FluentArgs::new();
    a.set("k", page.k);
    let id = match (fewer, withheld) {
        (true, false) => "report-chart-hidden",
        (false, true) => "report-chart-hidden-withheld",
        _ => "report-chart-hidden-either",
    };
    page.s.get_with(id, &a)
}
