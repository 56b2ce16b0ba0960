//! Enrollment QR codes: for the terminal (half-block characters, two
//! modules per character cell), as SVG and as PNG to print.

use crate::error::{Error, Result};
use qrcode::{Color, EcLevel, QrCode};
use std::path::Path;

/// Pixels per module in the PNG; big enough to scan from paper.
const PNG_SCALE: u32 = 8;
/// Quiet zone around the code, in modules (the standard asks for 4).
pub const QUIET: usize = 4;
/// The widest terminal QR code printed, in columns: the width every
/// terminal has, so the code is never wrapped (a wrapped code does not scan).
pub const TERMINAL_COLUMNS: usize = 80;

/// A QR code for `text`, with medium error correction (a printed code
/// survives a crease).
pub fn encode(text: &str) -> Result<QrCode> {
    encode_at(text, EcLevel::M)
}

fn encode_at(text: &str, level: EcLevel) -> Result<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), level).map_err(|e| {
        Error::Usage(format!(
            "the enrollment payload does not fit a QR code: {e}"
        ))
    })
}

/// `text` as a QR code for the terminal, at most [`TERMINAL_COLUMNS`] wide,
/// or `None` when it cannot be that narrow (then the PNG is the way).
///
/// A screen does not crease, so the terminal code uses low error
/// correction, the smallest code for the text; the printed files keep
/// medium correction ([`encode`]). Each character cell holds one module
/// across and two down, which keeps the modules square on a terminal
/// whose cells are twice as tall as wide.
pub fn for_terminal(text: &str) -> Result<Option<String>> {
    let code = encode_at(text, EcLevel::L)?;
    if terminal_columns(&code) > TERMINAL_COLUMNS {
        return Ok(None);
    }
    Ok(Some(to_terminal(&code)))
}

/// How many columns [`to_terminal`] needs for `code`.
pub fn terminal_columns(code: &QrCode) -> usize {
    code.width() + 2 * QUIET
}

/// The code drawn with Unicode half blocks (`▀`, `▄`, `█`), two rows of
/// modules per line, with its quiet zone. Light modules are drawn and dark
/// ones left blank: on the usual dark terminal the code reads dark on light.
pub fn to_terminal(code: &QrCode) -> String {
    let width = code.width();
    let side = width + 2 * QUIET;
    let colors = code.to_colors();
    // Outside the code (the quiet zone) is light; past the last row, for
    // an odd number of rows, is the terminal itself, left blank.
    let light = |x: usize, y: usize| -> bool {
        if y >= side {
            return false;
        }
        if x < QUIET || y < QUIET || x >= QUIET + width || y >= QUIET + width {
            return true;
        }
        colors[(y - QUIET) * width + (x - QUIET)] == Color::Light
    };
    let mut out = String::with_capacity((side + 1) * side.div_ceil(2) * 3);
    for y in (0..side).step_by(2) {
        for x in 0..side {
            out.push(match (light(x, y), light(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
    }
    out
}

/// The code as an SVG document.
pub fn to_svg(code: &QrCode) -> String {
    code.render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(320, 320)
        .quiet_zone(true)
        .build()
}

/// The dark modules of `code` as one SVG path, each module a `module`-wide
/// square, the code's top-left corner (inside its quiet zone) at `(x, y)`.
/// Runs of dark modules in a row are one rectangle, which keeps the path
/// short and leaves no hairlines between modules when printed.
pub fn svg_path(code: &QrCode, x: f64, y: f64, module: f64) -> String {
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] != Color::Dark {
                col += 1;
                continue;
            }
            let start = col;
            while col < width && colors[row * width + col] == Color::Dark {
                col += 1;
            }
            let run = (col - start) as f64 * module;
            d.push_str(&format!(
                "M{:.3} {:.3}h{run:.3}v{module:.3}h-{run:.3}z",
                x + start as f64 * module,
                y + row as f64 * module,
            ));
        }
    }
    d
}

/// Writes the code as a black-and-white PNG.
pub fn write_png(code: &QrCode, path: &Path) -> Result<()> {
    let width = code.width() as u32;
    let quiet = QUIET as u32;
    let side = (width + 2 * quiet) * PNG_SCALE;
    let colors = code.to_colors();
    let mut pixels = vec![255u8; (side * side) as usize];
    for y in 0..width {
        for x in 0..width {
            if colors[(y * width + x) as usize] == Color::Dark {
                for dy in 0..PNG_SCALE {
                    let row = (y + quiet) * PNG_SCALE + dy;
                    let start = (row * side + (x + quiet) * PNG_SCALE) as usize;
                    pixels[start..start + PNG_SCALE as usize].fill(0);
                }
            }
        }
    }
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder
            .write_header()
            .map_err(|e| Error::Usage(format!("cannot encode the PNG: {e}")))?;
        writer
            .write_image_data(&pixels)
            .map_err(|e| Error::Usage(format!("cannot encode the PNG: {e}")))?;
    }
    // The code carries the group's signing key: owner-only, like the text.
    crate::files::write_atomic(path, &bytes, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_png_has_the_code_modules_with_a_quiet_zone() {
        let code = encode("heard1:example").expect("qr");
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("code.png");
        write_png(&code, &path).expect("png");
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(&path).expect("open"),
        ));
        let mut reader = decoder.read_info().expect("info");
        let mut buf = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut buf).expect("frame");
        let side = (code.width() as u32 + 8) * PNG_SCALE;
        assert_eq!((info.width, info.height), (side, side));
        // The top-left finder pattern's corner module is dark; the quiet zone is light.
        let at = |x: u32, y: u32| buf[(y * side + x) as usize];
        assert_eq!(at(0, 0), 255);
        let q = QUIET as u32;
        assert_eq!(at(q * PNG_SCALE, q * PNG_SCALE), 0);
        assert!(to_svg(&code).starts_with("<?xml"));
        assert!(to_terminal(&code).contains('█'));
    }

    #[test]
    fn the_terminal_code_is_two_rows_per_line_and_reads_back_module_by_module() {
        let code = encode_at("heard1:example", EcLevel::L).expect("qr");
        let text = to_terminal(&code);
        let side = code.width() + 2 * QUIET;
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), side.div_ceil(2));
        assert!(lines.iter().all(|l| l.chars().count() == side));
        // Decode the half blocks back into modules and compare.
        let colors = code.to_colors();
        for (i, line) in lines.iter().enumerate() {
            for (x, c) in line.chars().enumerate() {
                let (top, bottom) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    ' ' => (false, false),
                    other => panic!("unexpected {other:?}"),
                };
                for (y, light) in [(2 * i, top), (2 * i + 1, bottom)] {
                    if y >= side {
                        continue;
                    }
                    let inside = (QUIET..QUIET + code.width()).contains(&x)
                        && (QUIET..QUIET + code.width()).contains(&y);
                    let expected =
                        !inside || colors[(y - QUIET) * code.width() + x - QUIET] == Color::Light;
                    assert_eq!(light, expected, "module {x},{y}");
                }
            }
        }
    }

    #[test]
    fn a_code_too_wide_for_80_columns_is_not_drawn() {
        assert!(for_terminal("heard1:short").expect("qr").is_some());
        // An enrollment payload is about 680 characters: version 18 at
        // low correction, 89 modules, wider than 80 columns.
        let long = format!("heard1:{}", "a".repeat(680));
        assert!(for_terminal(&long).expect("qr").is_none());
        let code = encode_at(&long, EcLevel::L).expect("qr");
        assert!(terminal_columns(&code) > TERMINAL_COLUMNS);
        // The widest that fits: every line at most 80 columns.
        let fits = format!("heard1:{}", "a".repeat(400));
        let text = for_terminal(&fits).expect("qr").expect("fits");
        assert!(text.lines().all(|l| l.chars().count() <= TERMINAL_COLUMNS));
        let path = svg_path(&encode("x").expect("qr"), 0.0, 0.0, 1.0);
        assert!(path.starts_with("M0.000 0.000h7.000"), "{path}");
    }
}
