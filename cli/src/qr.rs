//! Enrollment QR codes: for the terminal (half-block characters, two
//! modules per character cell), as SVG and as PNG to print.

use crate::error::{Error, Result};
use qrcode::{Color, EcLevel, QrCode};
use std::path::Path;

/// Pixels per module in the PNG; big enough to scan from paper.
const PNG_SCALE: u32 = 8;
/// Quiet zone around the code, in modules (the standard asks for 4).
const QUIET: u32 = 4;

/// A QR code for `text`, with medium error correction (a printed code
/// survives a crease).
pub fn encode(text: &str) -> Result<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|e| {
        Error::Usage(format!(
            "the enrollment payload does not fit a QR code: {e}"
        ))
    })
}

/// The code drawn with Unicode half blocks, dark on light.
pub fn to_terminal(code: &QrCode) -> String {
    code.render::<qrcode::render::unicode::Dense1x2>()
        .dark_color(qrcode::render::unicode::Dense1x2::Light)
        .light_color(qrcode::render::unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build()
}

/// The code as an SVG document.
pub fn to_svg(code: &QrCode) -> String {
    code.render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(320, 320)
        .quiet_zone(true)
        .build()
}

/// Writes the code as a black-and-white PNG.
pub fn write_png(code: &QrCode, path: &Path) -> Result<()> {
    let width = code.width() as u32;
    let side = (width + 2 * QUIET) * PNG_SCALE;
    let colors = code.to_colors();
    let mut pixels = vec![255u8; (side * side) as usize];
    for y in 0..width {
        for x in 0..width {
            if colors[(y * width + x) as usize] == Color::Dark {
                for dy in 0..PNG_SCALE {
                    let row = (y + QUIET) * PNG_SCALE + dy;
                    let start = (row * side + (x + QUIET) * PNG_SCALE) as usize;
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
        assert_eq!(at(QUIET * PNG_SCALE, QUIET * PNG_SCALE), 0);
        assert!(to_svg(&code).starts_with("<?xml"));
        assert!(to_terminal(&code).contains('█'));
    }
}
