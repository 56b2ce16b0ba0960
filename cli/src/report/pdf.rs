//! `heard report --pdf FILE`: the report printed to PDF by headless
//! Chromium (Debian package `chromium`), from the print variant of the
//! HTML (every `<details>` open; the print stylesheet keeps tables and
//! charts whole where it can). The page is written to a private temporary
//! folder, Chromium prints it there, and the PDF is then moved into place
//! atomically and owner-only, so a failure leaves no half-written file.
//! [`render`] does the same for other pages (the enrollment sheet's PNG).

use super::{Options, Prepared};
use crate::error::{Error, IoContext, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The environment variable naming the browser, when it is not on `PATH`
/// as `chromium` or `chromium-browser`.
pub const BROWSER_VAR: &str = "HEARD_CHROMIUM";

/// How long Chromium may take to print.
const TIMEOUT: Duration = Duration::from_secs(120);

/// Prints `prepared` to the PDF `out`.
pub fn write(prepared: &Prepared, options: &Options, org: Option<&str>, out: &Path) -> Result<()> {
    let html = super::html::render_print(prepared, options, org);
    print(&html, out)
}

/// Prints the HTML page `html` to the PDF `out` with headless Chromium.
pub fn print(html: &str, out: &Path) -> Result<()> {
    let bytes = render(html, out, &Render::Pdf, pdf_error)?;
    if !bytes.starts_with(b"%PDF") {
        return Err(pdf_error(out, "Chromium's output is not a PDF".into()));
    }
    crate::files::write_atomic(out, &bytes, true)
}

/// What headless Chromium makes of a page.
pub(crate) enum Render {
    /// A PDF, as printed.
    Pdf,
    /// A screenshot of a window `width` × `height` CSS pixels, at `scale`
    /// device pixels per CSS pixel.
    Png {
        /// Window width, CSS pixels.
        width: u32,
        /// Window height, CSS pixels.
        height: u32,
        /// Device pixels per CSS pixel.
        scale: u32,
    },
}

/// Renders `html` with headless Chromium in a private temporary folder and
/// returns what it wrote; every failure is reported through `fail` about
/// the file `out` the person asked for.
pub(crate) fn render(
    html: &str,
    out: &Path,
    how: &Render,
    fail: fn(&Path, String) -> Error,
) -> Result<Vec<u8>> {
    let browser = browser(out)?;
    let work = TempDir::new()?;
    let page = work.path.join("page.html");
    let (result, kind) = match how {
        Render::Pdf => (work.path.join("page.pdf"), "PDF"),
        Render::Png { .. } => (work.path.join("page.png"), "image"),
    };
    crate::files::write_atomic(&page, html.as_bytes(), true)?;
    let mut args = Vec::new();
    match how {
        Render::Pdf => {
            args.push("--no-pdf-header-footer".to_string());
            args.push(format!("--print-to-pdf={}", result.display()));
        }
        Render::Png {
            width,
            height,
            scale,
        } => {
            args.push("--hide-scrollbars".to_string());
            args.push(format!("--force-device-scale-factor={scale}"));
            args.push(format!("--window-size={width},{height}"));
            args.push(format!("--screenshot={}", result.display()));
        }
    }
    run(&browser, &work.path, &page, &args, out, fail)?;
    std::fs::read(&result).map_err(|e| fail(out, format!("Chromium wrote no {kind} ({e})")))
}

/// One A4 page as an image: 96 CSS pixels per inch (794 × 1123), rendered
/// at twice that (192 dpi), sharp enough to print.
const A4_PNG: Render = Render::Png {
    width: 794,
    height: 1123,
    scale: 2,
};

/// Renders `html`, laid out as one A4 page, as a PNG for the file `out`
/// (the enrollment sheet, the link poster), refusing anything Chromium
/// wrote that is not one.
pub(crate) fn a4_png(html: &str, out: &Path) -> Result<Vec<u8>> {
    let bytes = render(html, out, &A4_PNG, png_error)?;
    if !bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(png_error(out, "Chromium's output is not a PNG".into()));
    }
    Ok(bytes)
}

fn png_error(out: &Path, reason: String) -> Error {
    Error::Usage(format!(
        "cannot write the image {}: {reason}",
        out.display()
    ))
}

fn pdf_error(out: &Path, reason: String) -> Error {
    Error::Pdf {
        path: out.to_path_buf(),
        reason,
    }
}

/// The browser: `$HEARD_CHROMIUM`, else `chromium` or `chromium-browser`
/// on `PATH` (for the file `out`, named in the error when there is none).
pub(crate) fn browser(out: &Path) -> Result<PathBuf> {
    if let Some(path) = std::env::var_os(BROWSER_VAR).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(Error::BrowserMissing {
                path: out.to_path_buf(),
                looked: format!("{BROWSER_VAR}={}", path.display()),
            })
        };
    }
    let names = ["chromium", "chromium-browser"];
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
        .ok_or_else(|| Error::BrowserMissing {
            path: out.to_path_buf(),
            looked: "chromium and chromium-browser on PATH".into(),
        })
}

/// Runs Chromium on `page` with the output arguments `args`, within
/// [`TIMEOUT`].
fn run(
    browser: &Path,
    work: &Path,
    page: &Path,
    args: &[String],
    out: &Path,
    fail: fn(&Path, String) -> Error,
) -> Result<()> {
    let log = work.join("chromium.log");
    let log_file = std::fs::File::create(&log).at(&log)?;
    let stderr = log_file.try_clone().at(&log)?;
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-extensions",
            "--no-first-run",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.join("profile").display()
        ))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(log_file)
        .stderr(stderr)
        .spawn()
        .map_err(|e| fail(out, format!("cannot start {} ({e})", browser.display())))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().at(browser)? {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(fail(
                out,
                format!("Chromium did not finish within {} s", TIMEOUT.as_secs()),
            ));
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    if !status.success() {
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        let last = said
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return Err(fail(
            out,
            format!("{} exited with {status}: {last}", browser.display()),
        ));
    }
    Ok(())
}

/// A private temporary folder (0700), removed when dropped.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new() -> Result<TempDir> {
        let name = format!(
            "heard-pdf-{}",
            crate::files::random_token().get(..16).unwrap_or("0")
        );
        let path = std::env::temp_dir().join(name);
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&path).at(&path)?;
        Ok(TempDir { path })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
