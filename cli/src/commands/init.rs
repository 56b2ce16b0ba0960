//! `heard questionnaire init NAME DIR`: a shipped questionnaire written out
//! from the binary as a starting point.

use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// Writes the shipped questionnaire `name` into `dir`.
pub fn run(name: &str, dir: &Path) -> Result<ExitCode> {
    let files = heard_cli::shipped::write(name, dir)?;
    let q = heard_engine::Questionnaire::load(dir)?;
    let mut text = String::new();
    outln!(
        text,
        "Wrote the {name} questionnaire (version {}, {} languages, {files} files) to {}.",
        q.version,
        q.locales().len(),
        dir.display()
    );
    outln!(
        text,
        "Adapt it, check it with heard questionnaire check {dir}, and publish it with heard questionnaire publish {dir}. After it is published, raise `version` in questionnaire.toml for every change.",
        dir = dir.display()
    );
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}
