//! The poster of a public survey link: one A4 page with the QR code, the
//! organization's name, its six fingerprint words, and one line in each of
//! the questionnaire's languages saying what the survey is and that it is
//! anonymous.
//!
//! The poster is drawn once as HTML (each line with its own `lang` and
//! `dir`, so Chromium shapes Arabic, Ge'ez and the rest and lays right-to-
//! left lines out from the right); the PNG and PDF are Chromium's renderings
//! of it. The SVG is drawn separately, for print shops that want vectors,
//! with the same lines and each right-to-left line anchored at the right.

use crate::error::Result;
use crate::files::escape_html;
use std::path::{Path, PathBuf};

/// A4, in millimetres, and the margin.
const PAGE_W: f64 = 210.0;
const PAGE_H: f64 = 297.0;
const MARGIN: f64 = 16.0;
/// The QR code's side, quiet zone included.
const QR: f64 = 105.0;
/// Fonts that cover the shipped scripts (Latin, Arabic, Ethiopic, Cyrillic).
const FONTS: &str =
    "Noto Sans, Noto Naskh Arabic, Noto Sans Arabic, Noto Sans Ethiopic, DejaVu Sans, sans-serif";

/// The fonts the HTML poster carries for the scripts a steward's machine
/// often lacks (Tigrinya's Ge'ez above all: without it Chromium draws
/// boxes): the apps' own Noto fonts (SIL Open Font License), each limited
/// to its script's ranges so Latin and Cyrillic keep the system's.
const EMBEDDED_FONTS: [(&str, &str, &[u8]); 2] = [
    (
        "Heard Ethiopic",
        "U+1200-139F, U+2D80-2DDF, U+AB00-AB2F",
        include_bytes!(
            "../../../android/screens/src/main/resources/fonts/NotoSansEthiopic-Regular.ttf"
        ),
    ),
    (
        "Heard Naskh",
        "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF",
        include_bytes!(
            "../../../android/screens/src/main/resources/fonts/NotoNaskhArabic-Regular.ttf"
        ),
    ),
];

/// The `@font-face` rules of [`EMBEDDED_FONTS`], as data URLs (the page
/// makes no request).
fn font_faces() -> String {
    use base64::Engine;
    EMBEDDED_FONTS
        .iter()
        .map(|(family, range, bytes)| {
            format!(
                "@font-face{{font-family:\"{family}\";src:url(data:font/ttf;base64,{}) format(\"truetype\");unicode-range:{range}}}",
                base64::engine::general_purpose::STANDARD.encode(bytes)
            )
        })
        .collect()
}

/// One line of the poster, in one language.
pub struct Line {
    /// Its BCP 47 tag.
    pub locale: String,
    /// Whether the language is written right to left.
    pub rtl: bool,
    /// The sentence.
    pub text: String,
}

/// What the poster says.
pub struct Poster<'a> {
    /// The organization's name.
    pub org_name: &'a str,
    /// The organization key's six fingerprint words.
    pub words: &'a [String],
    /// The link's URL, the QR code's text.
    pub url: &'a str,
    /// One line per language.
    pub lines: &'a [Line],
}

/// The poster's three files, beside each other.
pub struct PosterFiles {
    /// `link-GROUP-poster.svg`.
    pub svg: PathBuf,
    /// `link-GROUP-poster.png`.
    pub png: PathBuf,
    /// `link-GROUP-poster.pdf`.
    pub pdf: PathBuf,
}

impl PosterFiles {
    /// The poster files for `group` in the folder `out`.
    pub fn new(out: &Path, group: &str) -> PosterFiles {
        let file = |ext: &str| out.join(format!("link-{group}-poster.{ext}"));
        PosterFiles {
            svg: file("svg"),
            png: file("png"),
            pdf: file("pdf"),
        }
    }

    /// Writes all three; the PDF and PNG are one HTML page rendered twice.
    pub fn write(&self, poster: &Poster<'_>) -> Result<()> {
        crate::files::write_atomic(&self.svg, svg(poster)?.as_bytes(), false)?;
        let page = html(poster)?;
        crate::report::pdf::print(&page, &self.pdf)?;
        let bytes = crate::report::pdf::a4_png(&page, &self.png)?;
        crate::files::write_atomic(&self.png, &bytes, false)
    }
}

/// The QR code as an SVG path at (`x`, `y`), `QR` millimetres wide.
fn code_svg(url: &str, x: f64, y: f64) -> Result<String> {
    let code = crate::qr::encode(url)?;
    let side = (code.width() + 2 * crate::qr::QUIET) as f64;
    let module = QR / side;
    let quiet = crate::qr::QUIET as f64 * module;
    Ok(format!(
        "<rect x=\"{x:.3}\" y=\"{y:.3}\" width=\"{QR}\" height=\"{QR}\" fill=\"#fff\"/>\n<path fill=\"#000\" shape-rendering=\"crispEdges\" d=\"{}\"/>\n",
        crate::qr::svg_path(&code, x + quiet, y + quiet, module)
    ))
}

/// The poster as an HTML page of exactly one A4 page, for Chromium.
pub fn html(poster: &Poster<'_>) -> Result<String> {
    let code = code_svg(poster.url, 0.0, 0.0)?;
    let lines: String = poster
        .lines
        .iter()
        .map(|l| {
            format!(
                "<p lang=\"{}\" dir=\"{}\">{}</p>\n",
                escape_html(&l.locale),
                if l.rtl { "rtl" } else { "ltr" },
                escape_html(&l.text)
            )
        })
        .collect();
    let words = poster
        .words
        .iter()
        .map(|w| format!("<span>{}</span>", escape_html(w)))
        .collect::<Vec<_>>()
        .join(" ");
    // Many languages on one page: the lines shrink together to fit.
    let size = match poster.lines.len() {
        0..=5 => 4.6,
        6..=8 => 3.9,
        _ => 3.3,
    };
    Ok(format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{org}</title>\n<style>{faces}@page{{size:{PAGE_W}mm {PAGE_H}mm;margin:0}}html,body{{margin:0;padding:0;background:#fff;color:#000;font-family:\"Heard Ethiopic\",\"Heard Naskh\",{FONTS}}}body{{width:{PAGE_W}mm;height:{h}mm;overflow:hidden;box-sizing:border-box;padding:{MARGIN}mm}}h1{{font-size:9mm;margin:0 0 3mm}}svg{{display:block;margin:0 auto;width:{QR}mm;height:{QR}mm}}p{{font-size:{size}mm;line-height:1.35;margin:0 0 1.6mm}}.words{{font-size:3.6mm;margin:3mm 0 4mm;text-align:center}}.words span{{border:0.3mm solid #000;border-radius:1mm;padding:0.6mm 2mm;margin:0 0.8mm;font-weight:bold;display:inline-block}}</style></head>\n<body>\n<h1 dir=\"auto\">{org}</h1>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {QR} {QR}\">{code}</svg>\n<div class=\"words\" lang=\"en\">{words}</div>\n{lines}</body></html>\n",
        org = escape_html(poster.org_name),
        h = PAGE_H - 0.5,
        faces = font_faces(),
    ))
}

/// The poster as a standalone SVG document.
pub fn svg(poster: &Poster<'_>) -> Result<String> {
    let mut body = String::new();
    let mut y = MARGIN + 9.0;
    body.push_str(&format!(
        "<text x=\"{MARGIN}\" y=\"{y}\" font-size=\"9\" font-weight=\"bold\">{}</text>\n",
        escape_html(poster.org_name)
    ));
    y += 5.0;
    body.push_str(&code_svg(poster.url, (PAGE_W - QR) / 2.0, y)?);
    y += QR + 8.0;
    body.push_str(&format!(
        "<text x=\"{}\" y=\"{y}\" font-size=\"4.5\" font-weight=\"bold\" text-anchor=\"middle\">{}</text>\n",
        PAGE_W / 2.0,
        escape_html(&poster.words.join("  ·  "))
    ));
    y += 9.0;
    let size = 4.0;
    // Average advance as a share of the size, on the wide side.
    let per_line = ((PAGE_W - 2.0 * MARGIN) / (size * 0.55)) as usize;
    for line in poster.lines {
        let (x, anchor) = if line.rtl {
            (PAGE_W - MARGIN, "end")
        } else {
            (MARGIN, "start")
        };
        // Fluent's isolation marks around the title: SVG viewers that do
        // not know them draw boxes, and `direction` already orders the line.
        let plain: String = line
            .text
            .chars()
            .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
            .collect();
        for piece in wrap(&plain, per_line) {
            body.push_str(&format!(
                "<text x=\"{x}\" y=\"{y:.2}\" font-size=\"{size}\" xml:lang=\"{}\" direction=\"{}\" text-anchor=\"{anchor}\">{}</text>\n",
                escape_html(&line.locale),
                if line.rtl { "rtl" } else { "ltr" },
                escape_html(&piece)
            ));
            y += size * 1.35;
        }
        y += 1.5;
    }
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PAGE_W}mm\" height=\"{PAGE_H}mm\" viewBox=\"0 0 {PAGE_W} {PAGE_H}\" font-family=\"{FONTS}\" fill=\"#000\">\n<rect width=\"{PAGE_W}\" height=\"{PAGE_H}\" fill=\"#fff\"/>\n{body}</svg>\n"
    ))
}

/// `text` in lines of at most `width` characters, broken at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn poster_lines() -> Vec<Line> {
        vec![
            Line {
                locale: "en".into(),
                rtl: false,
                text: "Scan to answer. It is anonymous.".into(),
            },
            Line {
                locale: "ar".into(),
                rtl: true,
                text: "امسح الرمز للإجابة.".into(),
            },
        ]
    }

    #[test]
    fn each_line_keeps_its_language_and_direction() {
        let lines = poster_lines();
        let words: Vec<String> = ["alpha", "bravo"].map(String::from).to_vec();
        let p = Poster {
            org_name: "Refugee <Legal> Aid",
            words: &words,
            url: "https://heard.example.org/s/0123/#k=x",
            lines: &lines,
        };
        let page = html(&p).expect("html");
        assert!(
            page.contains("<p lang=\"ar\" dir=\"rtl\">امسح الرمز للإجابة.</p>"),
            "{page}"
        );
        assert!(
            page.contains("<p lang=\"en\" dir=\"ltr\">Scan to answer."),
            "{page}"
        );
        assert!(page.contains("Refugee &lt;Legal&gt; Aid"), "{page}");
        let vector = svg(&p).expect("svg");
        assert!(
            vector.contains("direction=\"rtl\" text-anchor=\"end\""),
            "{vector}"
        );
        assert!(vector.contains("<path fill=\"#000\""), "{vector}");
    }

    #[test]
    fn long_lines_wrap_at_spaces() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
    }
}
