//! `cargo xtask web [--out DIR]`: builds the web survey page (issue 14) as
//! a folder of static files to serve: heard-web compiled to WebAssembly
//! (release, `opt-level = "z"` and LTO given on the command line, so the
//! workspace profile stays as it is), its JavaScript glue from
//! `wasm-bindgen --target web`, and the page itself from `web/page/`
//! (HTML, the ES module, CSS, the service worker). Prints the gzipped
//! sizes of what a phone downloads, ending with `web_bundle_size: N KB`.
//! With `--server`, then builds `heard-server` (release) with that page
//! built in (`HEARD_WEB_PAGE_DIR`, read by `server/build.rs`), so one binary
//! serves the API and the page.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use crate::wasm::{TARGET, ensure_target, wasm_bindgen};

/// The options of `cargo xtask web`.
#[derive(clap::Args)]
pub struct Args {
    /// The folder to write the page to (default: target/web). Files the
    /// build writes are replaced; others are left alone.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Then build heard-server (release) with this page built in.
    #[arg(long)]
    server: bool,
}

/// Builds the page into `args.out` (default `target/web`).
pub fn run(root: &Path, args: &Args) -> Result<ExitCode> {
    let target = crate::bindings::target_dir(root);
    let out = match &args.out {
        Some(dir) if dir.is_absolute() => dir.clone(),
        Some(dir) => std::env::current_dir()
            .context("the current folder")?
            .join(dir),
        None => target.join("web"),
    };
    build(root, &out)?;
    if args.server {
        build_server_with(root, &out, "release")?;
        println!(
            "heard-server with the page built in: {}",
            target.join("release/heard-server").display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Builds the page into `out` and prints its sizes.
pub fn build(root: &Path, out: &Path) -> Result<()> {
    let target = crate::bindings::target_dir(root);
    let out = out.to_path_buf();
    ensure_target()?;
    let bindgen = wasm_bindgen(root)?;

    println!(
        "==> cargo build -p heard-web (release, opt-level z, LTO, one codegen unit, panic=abort) for {TARGET}"
    );
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--locked",
            "--release",
            "-p",
            "heard-web",
            "--target",
            TARGET,
            "--config",
            "profile.release.opt-level=\"z\"",
            "--config",
            "profile.release.lto=true",
            // One codegen unit lets LTO see the whole module: smaller wasm.
            "--config",
            "profile.release.codegen-units=1",
            // A panic in the page cannot be caught anyway: no unwinding tables.
            "--config",
            "profile.release.panic=\"abort\"",
        ])
        .current_dir(root)
        .status()
        .context("starting cargo build for heard-web")?;
    if !status.success() {
        bail!("cargo build -p heard-web --target {TARGET} failed ({status})");
    }
    let wasm = target.join(TARGET).join("release/heard_web.wasm");

    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    println!("==> wasm-bindgen --target web into {}", out.display());
    let status = Command::new(&bindgen)
        .args(["--target", "web", "--remove-name-section", "--out-dir"])
        .arg(&out)
        .arg(&wasm)
        .status()
        .with_context(|| format!("starting {}", bindgen.display()))?;
    if !status.success() {
        bail!("wasm-bindgen failed ({status})");
    }

    let page = root.join("web/page");
    let mut copied = Vec::new();
    for entry in std::fs::read_dir(&page).with_context(|| format!("reading {}", page.display()))? {
        let entry = entry?;
        if entry.file_type()?.is_file() {
            std::fs::copy(entry.path(), out.join(entry.file_name()))
                .with_context(|| format!("copying {}", entry.path().display()))?;
            copied.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    copied.sort();
    println!("==> copied web/page/: {}", copied.join(", "));
    minify(root, &out)?;
    let build = stamp(&out)?;
    println!("==> integrity digests and build {build} written in");

    // What a phone downloads: the wasm, every script and every stylesheet.
    let mut files: Vec<PathBuf> = std::fs::read_dir(&out)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("wasm" | "js" | "css")
            )
        })
        .collect();
    files.sort();
    let mut total = 0;
    for file in &files {
        let raw = std::fs::metadata(file)?.len();
        let gz = gzipped(file)?;
        total += gz;
        println!(
            "{:<24} {raw:>9} bytes, {gz:>8} gzipped",
            file.file_name().unwrap_or_default().to_string_lossy()
        );
    }
    println!("web_bundle_size: {} KB", total.div_ceil(1024));
    println!("The page is in {}", out.display());
    Ok(())
}

/// Builds heard-server (`profile`: `release` or `dev`) with the page in
/// `page` built in.
pub fn build_server_with(root: &Path, page: &Path, profile: &str) -> Result<()> {
    println!(
        "==> cargo build -p heard-server ({profile}) with the page in {} built in",
        page.display()
    );
    let status = Command::new(env!("CARGO"))
        .args([
            "build",
            "--locked",
            "--profile",
            profile,
            "-p",
            "heard-server",
            "--bin",
            "heard-server",
        ])
        .env("HEARD_WEB_PAGE_DIR", page)
        .current_dir(root)
        .status()
        .context("starting cargo build for heard-server")?;
    if !status.success() {
        bail!("cargo build -p heard-server with the page built in failed ({status})");
    }
    Ok(())
}

/// The scripts and the style sheet of the built page, minified in place
/// before their digests are taken.
const MINIFIED: [&str; 5] = ["app.js", "upload.js", "sw.js", "heard_web.js", "style.css"];

/// Minifies [`MINIFIED`] in `out` with esbuild (npm, pinned in
/// `web/package-lock.json`, installed with `npm ci` when missing): a third
/// less to download, the same code. The readable sources stay in
/// `web/page/` and wasm-bindgen's output.
fn minify(root: &Path, out: &Path) -> Result<()> {
    let web = root.join("web");
    let esbuild = web.join("node_modules/.bin/esbuild");
    if !esbuild.exists() {
        if !crate::present("npm") {
            bail!(
                "the web page is minified with esbuild from npm: install Node.js and npm (Debian packages nodejs, npm), then run cargo xtask web again"
            );
        }
        println!("==> npm ci in web/ (esbuild)");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&web)
            .status()
            .context("starting npm ci in web/")?;
        if !status.success() {
            bail!("npm ci in web/ failed ({status}): see its output above");
        }
    }
    println!("==> esbuild --minify: {}", MINIFIED.join(", "));
    for name in MINIFIED {
        let file = out.join(name);
        let status = Command::new(&esbuild)
            .arg(&file)
            .args(["--minify", "--log-level=warning", "--allow-overwrite"])
            .arg(format!("--outfile={}", file.display()))
            .status()
            .with_context(|| format!("starting {}", esbuild.display()))?;
        if !status.success() {
            bail!("esbuild could not minify {} ({status})", file.display());
        }
    }
    Ok(())
}

/// `sha384-…` of a file, as Subresource Integrity writes it.
fn integrity(file: &Path) -> Result<String> {
    use base64::Engine;
    use sha2::Digest;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    Ok(format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&bytes))
    ))
}

/// Replaces `placeholder` in `out/name` with `value`, refusing a file that
/// lacks it (a page would then load unchecked code).
fn fill(out: &Path, name: &str, placeholder: &str, value: &str) -> Result<()> {
    let path = out.join(name);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    if !text.contains(placeholder) {
        bail!("{} has no {placeholder} to fill in", path.display());
    }
    std::fs::write(&path, text.replace(placeholder, value))
        .with_context(|| format!("writing {}", path.display()))
}

/// Writes the digests into the built page, innermost first: the engine's
/// into app.js, the scripts' and the style's into index.html, then a stamp
/// of everything into sw.js, whose cache is named after it (so a new build
/// replaces the old one in residents' browsers). Returns the stamp.
fn stamp(out: &Path) -> Result<String> {
    use sha2::Digest;
    fill(
        out,
        "app.js",
        "__SRI_heard_web_bg.wasm__",
        &integrity(&out.join("heard_web_bg.wasm"))?,
    )?;
    for name in ["app.js", "upload.js", "style.css"] {
        fill(
            out,
            "index.html",
            &format!("__SRI_{name}__"),
            &integrity(&out.join(name))?,
        )?;
    }
    let mut all = sha2::Sha256::new();
    for name in [
        "index.html",
        "app.js",
        "upload.js",
        "style.css",
        "heard_web.js",
        "heard_web_bg.wasm",
    ] {
        let path = out.join(name);
        all.update(std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?);
    }
    let build: String = all.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    fill(out, "sw.js", "__BUILD__", &build)?;
    Ok(build)
}

/// The size of `file` after `gzip -9`.
fn gzipped(file: &Path) -> Result<u64> {
    let output = Command::new("gzip")
        .args(["-9", "-c", "-n"])
        .arg(file)
        .output()
        .context("starting gzip (the Debian package gzip) to measure the page")?;
    if !output.status.success() {
        bail!("gzip -9 {} failed ({})", file.display(), output.status);
    }
    Ok(output.stdout.len() as u64)
}
