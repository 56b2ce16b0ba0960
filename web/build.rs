//! The JSON form of the shipped post-encounter questionnaire, made the way
//! `heard questionnaire pack` makes `questionnaire.json` (a TOML table
//! written by serde_json), for the tests' in-memory bundle
//! (`tests/common`): the WebAssembly tests have no TOML parser, which is
//! the point of the JSON form.

use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let definition =
        Path::new(&manifest).join("../questionnaires/post-encounter/questionnaire.toml");
    println!("cargo:rerun-if-changed={}", definition.display());
    let text = fs::read_to_string(&definition).expect("the shipped questionnaire is readable");
    let table: toml::Table = toml::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", definition.display()));
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("post-encounter.json");
    fs::write(
        out,
        serde_json::to_string(&table).expect("a TOML table is JSON"),
    )
    .expect("OUT_DIR is writable");
}
