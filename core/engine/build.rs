//! Embeds the app UI strings (`locales/<bcp47>/app.ftl`, without their
//! comments), the report strings
//! (`report.ftl`) and the language
//! registry (`locales/languages.toml`, turned into JSON here, so the core
//! needs no TOML parser to read it) into the core, so every platform shows
//! the same translations from one source.
//!
//! Without the `shell-strings` feature (the web survey), the messages of
//! the native apps' own screens ([`SHELL_ONLY`]) are left out: the page
//! never shows them, and they would be a sixth of its download.

use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest)
        .join("../../locales")
        .canonicalize()
        .expect("the repository's locales/ directory exists");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut tags: Vec<String> = fs::read_dir(&locales)
        .expect("locales/ is readable")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("app.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();

    let languages = locales.join("languages.toml");
    println!("cargo:rerun-if-changed={}", languages.display());
    let out_dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    let registry: toml::Table = toml::from_str(
        &fs::read_to_string(&languages).expect("locales/languages.toml is readable"),
    )
    .unwrap_or_else(|e| panic!("locales/languages.toml is not valid TOML: {e}"));
    let languages_json = out_dir.join("languages.json");
    fs::write(
        &languages_json,
        serde_json::to_string(&registry).expect("a TOML table is JSON"),
    )
    .expect("OUT_DIR is writable");
    let shell_strings = env::var_os("CARGO_FEATURE_SHELL_STRINGS").is_some();
    let mut lines = vec![
        "/// The language registry, `locales/languages.toml`, as JSON.".to_string(),
        format!(
            "pub(crate) const LANGUAGES_JSON: &str = include_str!({:?});",
            languages_json.display().to_string()
        ),
        "/// Every `locales/<tag>/app.ftl`, by tag.".to_string(),
        "pub(crate) const APP_FTL: &[(&str, &str)] = &[".to_string(),
    ];
    for tag in &tags {
        let file = locales.join(tag).join("app.ftl");
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).expect("app.ftl is readable UTF-8");
        let copy = out_dir.join(format!("app-{tag}.ftl"));
        let text = without_comments(&text);
        let text = if shell_strings {
            text
        } else {
            without_shell_messages(&text)
        };
        fs::write(&copy, text).expect("OUT_DIR is writable");
        lines.push(format!(
            "    ({tag:?}, include_str!({:?})),",
            copy.display().to_string()
        ));
    }
    lines.push("];".to_string());
    lines.push("/// Every `locales/<tag>/report.ftl`, by tag.".to_string());
    lines.push("pub(crate) const REPORT_FTL: &[(&str, &str)] = &[".to_string());
    for tag in &tags {
        let file = locales.join(tag).join("report.ftl");
        if file.is_file() {
            println!("cargo:rerun-if-changed={}", file.display());
            lines.push(format!(
                "    ({tag:?}, include_str!({:?})),",
                file.display().to_string()
            ));
        }
    }
    lines.push("];".to_string());
    let dest = out_dir.join("embedded_locales.rs");
    fs::write(dest, lines.join("\n") + "\n").expect("OUT_DIR is writable");
}

/// `text` (a Fluent file) with every comment line (`#` in the first
/// column) left empty. Fluent ignores comments at run time, so the
/// messages are the same, and the line numbers of any error too; the notes
/// to translators (a tenth of the files) are not shipped in every binary
/// and the web survey's WebAssembly.
fn without_comments(text: &str) -> String {
    text.split_inclusive('\n')
        .map(|line| {
            if line.starts_with('#') {
                if line.ends_with('\n') { "\n" } else { "" }
            } else {
                line
            }
        })
        .collect()
}

/// The id prefixes of the messages only the native apps' own screens show
/// (settings, outbox, enrollment, app lock, kiosk, quick delete, holdings,
/// the home and questionnaire lists, listening-session close, notices,
/// relative times, the poster invitation). Everything else, the survey
/// engine's words and the web page's (`web-`), stays in every build.
const SHELL_ONLY: [&str; 14] = [
    "settings-",
    "outbox-",
    "enroll-",
    "sync-",
    "lock-",
    "kiosk-",
    "wipe-",
    "holdings-",
    "session-",
    "home-",
    "questionnaires-",
    "notice-",
    "time-",
    "poster-",
];

/// `text` (a Fluent file without comments) with the messages of
/// [`SHELL_ONLY`] left as empty lines, so line numbers stay as they are.
/// A message runs from its `id =` line to the next line that starts in the
/// first column.
fn without_shell_messages(text: &str) -> String {
    let mut dropping = false;
    text.split_inclusive('\n')
        .map(|line| {
            if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
                dropping = SHELL_ONLY.iter().any(|p| line.starts_with(p));
            }
            if dropping {
                if line.ends_with('\n') { "\n" } else { "" }
            } else {
                line
            }
        })
        .collect()
}
