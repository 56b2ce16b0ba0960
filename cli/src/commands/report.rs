//! `heard report`.

use anyhow::{Context, Result};
use heard_cli::org::Org;
use heard_cli::report::{Options, data::Period};
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// Writes the report.
#[allow(clippy::too_many_arguments)]
pub fn run(
    dir: &Path,
    out: &Path,
    k: u64,
    locale: Option<&str>,
    period: &str,
    compare_at: Option<&str>,
    include_sensitive: bool,
    org_dir: &Path,
) -> Result<ExitCode> {
    let compare_at = compare_at
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("--compare-at {d:?}: expected a date such as 2026-09-01"))
        })
        .transpose()?;
    let org = if org_dir.exists() {
        Some(Org::open(org_dir)?)
    } else {
        None
    };
    let options = Options {
        k,
        locale: locale.map(str::to_string),
        period: if period == "week" {
            Period::Week
        } else {
            Period::Month
        },
        compare_at,
        include_sensitive,
        today: chrono::Utc::now().format("%Y-%m-%d").to_string(),
    };
    let written = heard_cli::report::write(dir, org.as_ref(), &options, out)?;
    let mut text = String::new();
    outln!(
        text,
        "Wrote {}: {} survey(s) with {} respondent(s), {} listening session(s); {} figure(s) hidden to protect small groups (k = {k}).",
        out.display(),
        written.surveys,
        written.respondents,
        written.sessions,
        written.hidden
    );
    if org.is_none() {
        outln!(
            text,
            "No organization folder at {}: without the questionnaires it signed, the report holds only its data-quality section. Pass --org.",
            org_dir.display()
        );
    }
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}
