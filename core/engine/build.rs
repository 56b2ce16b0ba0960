//! Embeds the app UI strings (`locales/<bcp47>/app.ftl`, without their
//! comments), the report strings
//! (`report.ftl`) and the language
//! registry (`locales/languages.toml`) into the core, so every platform shows
//! the same translations from one source.

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
    let mut lines = vec![
        "/// The language registry, `locales/languages.toml`.".to_string(),
        format!(
            "pub(crate) const LANGUAGES_TOML: &str = include_str!({:?});",
            languages.display().to_string()
        ),
        "/// Every `locales/<tag>/app.ftl`, by tag.".to_string(),
        "pub(crate) const APP_FTL: &[(&str, &str)] = &[".to_string(),
    ];
    let out_dir = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    for tag in &tags {
        let file = locales.join(tag).join("app.ftl");
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).expect("app.ftl is readable UTF-8");
        let copy = out_dir.join(format!("app-{tag}.ftl"));
        fs::write(&copy, without_comments(&text)).expect("OUT_DIR is writable");
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
