//! The printable enrollment sheet: one A4 page with the QR code, the
//! organization's name, the group, the expiry, the six fingerprint words
//! and short instructions for whoever enrolls a device.
//!
//! The sheet is drawn once, as SVG (millimetres, fonts of the system
//! viewing it). The PNG and the PDF are that same SVG rendered by headless
//! Chromium, the browser `heard report --pdf` prints with: it shapes every
//! script an organization's name may be written in, which no bitmap font
//! here could. Every file holds the code and the group's secret key, so
//! each is written owner-only.

use crate::error::Result;
use crate::files::escape_html;
use std::path::{Path, PathBuf};

/// A4, in millimetres.
const PAGE_W: f64 = 210.0;
const PAGE_H: f64 = 297.0;
/// Left and right margin.
const MARGIN: f64 = 20.0;
/// The widest text line.
const TEXT_W: f64 = PAGE_W - 2.0 * MARGIN;
/// The QR code's side (quiet zone included) when the page has room; it
/// shrinks for a long name, never below [`QR_MIN`].
const QR_MAX: f64 = 110.0;
const QR_MIN: f64 = 70.0;
/// Average advance of a character as a share of the font size, on the
/// wide side (DejaVu Sans), so wrapped lines never run off the page.
const CHAR_W: f64 = 0.6;

const FONTS: &str = "DejaVu Sans, Noto Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/// What the sheet says.
pub struct Sheet<'a> {
    /// The organization's name, as the device shows it.
    pub org_name: &'a str,
    /// The enrollment group.
    pub group: &'a str,
    /// The organization key's six fingerprint words.
    pub words: &'a [String],
    /// When the code expires, Unix seconds.
    pub expires_at: i64,
    /// How many devices may still enroll with it.
    pub uses_left: u32,
    /// The code's handle, to cancel it.
    pub handle: &'a str,
    /// The QR code's text.
    pub payload: &'a str,
}

/// The sheet's three files, beside each other.
pub struct SheetFiles {
    /// `enroll-GROUP-sheet.svg`.
    pub svg: PathBuf,
    /// `enroll-GROUP-sheet.png`.
    pub png: PathBuf,
    /// `enroll-GROUP-sheet.pdf`.
    pub pdf: PathBuf,
}

impl SheetFiles {
    /// The sheet files for `group` in the folder `out`.
    pub fn new(out: &Path, group: &str) -> SheetFiles {
        let file = |ext: &str| out.join(format!("enroll-{group}-sheet.{ext}"));
        SheetFiles {
            svg: file("svg"),
            png: file("png"),
            pdf: file("pdf"),
        }
    }
}

/// The sheet as a standalone SVG document.
pub fn svg(sheet: &Sheet<'_>) -> Result<String> {
    let code = crate::qr::encode(sheet.payload)?;
    // Lay the page out once without the code to see how much room is
    // left, then give the code as much of it as it may have.
    let (_, used) = layout(sheet, &code, 0.0);
    let room = PAGE_H - 12.0 - used;
    let (body, _) = layout(sheet, &code, room.clamp(QR_MIN, QR_MAX));
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PAGE_W}mm\" height=\"{PAGE_H}mm\" viewBox=\"0 0 {PAGE_W} {PAGE_H}\" font-family=\"{FONTS}\" fill=\"#000\">\n<rect width=\"{PAGE_W}\" height=\"{PAGE_H}\" fill=\"#fff\"/>\n{body}</svg>\n"
    ))
}

/// The sheet as an HTML page of exactly one A4 page, for Chromium.
pub fn html(sheet: &Sheet<'_>) -> Result<String> {
    let svg = svg(sheet)?;
    let svg = svg
        .split_once("?>\n")
        .map_or(svg.as_str(), |(_, rest)| rest);
    Ok(format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Enroll a device: {}</title>\n<style>@page{{size:{PAGE_W}mm {PAGE_H}mm;margin:0}}html,body{{margin:0;padding:0;overflow:hidden;background:#fff}}svg{{display:block;width:{PAGE_W}mm;height:{}mm}}</style></head>\n<body>\n{svg}</body></html>\n",
        escape_html(sheet.org_name),
        // A hair under the page, so rounding never spills a second, empty page.
        PAGE_H - 0.5
    ))
}

/// Writes the SVG sheet.
pub fn write_svg(sheet: &Sheet<'_>, path: &Path) -> Result<()> {
    crate::files::write_atomic(path, svg(sheet)?.as_bytes(), true)
}

/// Writes the PDF sheet, printed by headless Chromium.
pub fn write_pdf(sheet: &Sheet<'_>, path: &Path) -> Result<()> {
    crate::report::pdf::print(&html(sheet)?, path)
}

/// Writes the PNG sheet (192 dpi), rendered by headless Chromium.
pub fn write_png(sheet: &Sheet<'_>, path: &Path) -> Result<()> {
    let bytes = crate::report::pdf::a4_png(&html(sheet)?, path)?;
    crate::files::write_atomic(path, &bytes, true)
}

/// Lays the page out with the code `qr` millimetres wide (0: none);
/// returns the SVG elements and how far down the page they reach.
fn layout(sheet: &Sheet<'_>, code: &qrcode::QrCode, qr: f64) -> (String, f64) {
    let mut out = String::new();
    let mut y = 20.0;
    text(&mut out, MARGIN, y, 4.2, "bold", "HEARD · ENROLL A DEVICE");
    y += 11.0;
    for line in wrap(sheet.org_name, 9.0, TEXT_W, 3) {
        text(&mut out, MARGIN, y, 9.0, "bold", &line);
        y += 10.0;
    }
    for line in wrap(&format!("Group: {}", sheet.group), 5.5, TEXT_W, 2) {
        text(&mut out, MARGIN, y, 5.5, "bold", &line);
        y += 6.5;
    }
    let until = super::utc_minute(sheet.expires_at);
    let uses = match sheet.uses_left {
        1 => "one device".to_string(),
        n => format!("up to {n} devices"),
    };
    for line in wrap(&format!("Enrolls {uses} until {until}."), 4.5, TEXT_W, 2) {
        text(&mut out, MARGIN, y, 4.5, "normal", &line);
        y += 5.8;
    }
    // The code, centred, on white with its quiet zone.
    y += 1.0;
    if qr > 0.0 {
        let side = (code.width() + 2 * crate::qr::QUIET) as f64;
        let module = qr / side;
        let x = (PAGE_W - qr) / 2.0;
        let quiet = crate::qr::QUIET as f64 * module;
        out.push_str(&format!(
            "<rect x=\"{x:.3}\" y=\"{y:.3}\" width=\"{qr:.3}\" height=\"{qr:.3}\" fill=\"#fff\"/>\n<path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"{}\"/>\n",
            crate::qr::svg_path(code, x + quiet, y + quiet, module)
        ));
        y += qr;
    }
    y += 7.0;
    text(
        &mut out,
        MARGIN,
        y,
        4.5,
        "bold",
        "The device must show these six words:",
    );
    y += 3.0;
    let gap = 4.0;
    let box_w = (TEXT_W - 2.0 * gap) / 3.0;
    let box_h = 11.0;
    for row in sheet.words.chunks(3) {
        for (i, word) in row.iter().enumerate() {
            let x = MARGIN + i as f64 * (box_w + gap);
            out.push_str(&format!(
                "<rect x=\"{x:.3}\" y=\"{y:.3}\" width=\"{box_w:.3}\" height=\"{box_h}\" rx=\"1.5\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.5\"/>\n<text x=\"{:.3}\" y=\"{:.3}\" font-size=\"6.5\" font-weight=\"bold\" text-anchor=\"middle\">{}</text>\n",
                x + box_w / 2.0,
                y + box_h / 2.0 + 2.3,
                escape_html(word)
            ));
        }
        y += box_h + 2.5;
    }
    y += 6.0;
    text(&mut out, MARGIN, y, 5.0, "bold", "To enroll a device");
    y += 6.5;
    let steps = [
        "Open Heard on the device and choose Enroll.".to_string(),
        "Scan this code.".to_string(),
        format!(
            "Check that the six words on the screen are the words above. If they differ, do not accept: this sheet is not from {}.",
            sheet.org_name
        ),
        "Accept. Hand the device back only once Heard says it is enrolled.".to_string(),
    ];
    for (n, step) in steps.iter().enumerate() {
        text(&mut out, MARGIN, y, 4.2, "bold", &format!("{}.", n + 1));
        for line in wrap(step, 4.2, TEXT_W - 7.0, 4) {
            text(&mut out, MARGIN + 7.0, y, 4.2, "normal", &line);
            y += 5.4;
        }
        y += 0.8;
    }
    y += 2.5;
    let warning = format!(
        "This sheet enrolls devices until {until}: keep it out of sight, and destroy it once the devices are enrolled. It holds the group's signing key even after that date: shred it, do not just throw it away."
    );
    let lines = wrap(&warning, 4.2, TEXT_W - 8.0, 4);
    let box_h = 5.4 * lines.len() as f64 + 4.0;
    out.push_str(&format!(
        "<rect x=\"{MARGIN}\" y=\"{y:.3}\" width=\"{TEXT_W}\" height=\"{box_h:.3}\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.8\"/>\n"
    ));
    let mut line_y = y + 6.0;
    for line in &lines {
        text(&mut out, MARGIN + 4.0, line_y, 4.2, "bold", line);
        line_y += 5.4;
    }
    y += box_h + 6.0;
    text(
        &mut out,
        MARGIN,
        y,
        3.2,
        "normal",
        &format!(
            "Code {}. To stop it early: heard enroll cancel {}",
            sheet.handle, sheet.handle
        ),
    );
    (out, y)
}

/// One line of text.
fn text(out: &mut String, x: f64, y: f64, size: f64, weight: &str, line: &str) {
    out.push_str(&format!(
        "<text x=\"{x:.3}\" y=\"{y:.3}\" font-size=\"{size}\" font-weight=\"{weight}\">{}</text>\n",
        escape_html(line)
    ));
}

/// `text` broken at spaces into lines that fit `width` millimetres at
/// `size`, at most `max` lines (the last one cut with an ellipsis).
fn wrap(text: &str, size: f64, width: f64, max: usize) -> Vec<String> {
    let per_line = ((width / (size * CHAR_W)) as usize).max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        // A word longer than a line is cut: a page cannot scroll.
        while word.chars().count() > per_line {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(per_line).collect();
            word = word.chars().skip(per_line).collect();
            lines.push(head);
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > per_line && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(per_line.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> Vec<String> {
        ["acid", "acorn", "actor", "adult", "alarm", "album"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn the_sheet_names_the_organization_group_words_and_expiry() {
        let words = words();
        let payload = format!("heard1:{}", "x".repeat(660));
        let sheet = Sheet {
            org_name: "Aide <aux> Réfugiés & Co",
            group: "north-district",
            words: &words,
            expires_at: 1_735_732_800,
            uses_left: 5,
            handle: "0123456789abcdef",
            payload: &payload,
        };
        let svg = svg(&sheet).expect("svg");
        assert!(svg.starts_with("<?xml"));
        assert!(
            svg.contains("Aide &lt;aux&gt; Réfugiés &amp; Co"),
            "escaped"
        );
        assert!(svg.contains("Group: north-district"));
        assert!(svg.contains("until 2025-01-01 12:00 UTC"));
        assert!(svg.contains("up to 5 devices"));
        for w in &words {
            assert!(svg.contains(&format!(">{w}</text>")), "{w}");
        }
        assert!(svg.contains("heard enroll cancel 0123456789abcdef"));
        assert!(svg.contains("destroy it"));
        // Everything stays on the page.
        let (_, bottom) = layout(&sheet, &crate::qr::encode(&payload).expect("qr"), QR_MAX);
        assert!(bottom < PAGE_H - 5.0, "{bottom}");
        let html = html(&sheet).expect("html");
        assert!(html.contains("<svg") && !html.contains("<?xml"));
    }

    #[test]
    fn long_text_wraps_within_the_line_and_is_cut_after_the_last() {
        let lines = wrap("a b c d e f g h i j k l m n o p", 10.0, 60.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
        assert!(lines[1].ends_with('…'));
        let long = wrap(&"w".repeat(25), 10.0, 60.0, 5);
        assert_eq!(long, ["w".repeat(10), "w".repeat(10), "w".repeat(5)]);
    }
}
