//! `heard pull`.

use anyhow::Result;
use heard_cli::org::Org;
use heard_cli::pull::{Keys, PullOptions, SetAside, pull};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use super::{Target, emit};

/// Pulls, decrypts and exports.
pub async fn run(
    org_dir: &Path,
    target: Target,
    identity: &Path,
    out: &Path,
    locale: Option<&str>,
    purge: bool,
) -> Result<ExitCode> {
    let identities = heard_cli::keys::read_identities(identity)?;
    let org = Org::open(org_dir)?;
    let admin = target.admin(Some(&org))?;
    let report = pull(
        &admin,
        PullOptions {
            out,
            identity_path: identity,
            keys: Keys {
                identities,
                groups: org.groups(),
            },
            org: Some(&org),
            purge,
            locale,
            page_size: 500,
            progress: std::io::stderr().is_terminal(),
        },
    )
    .await?;
    let mut text = String::new();
    outln!(
        text,
        "Pulled {} new envelope(s) from {}: {} decrypted and verified, {} set aside.",
        report.pulled,
        admin.server(),
        report.exported,
        report.set_aside
    );
    if purge {
        outln!(
            text,
            "Deleted {} envelope(s) from the server.",
            report.purged
        );
    }
    if report.never_pulled > 0 {
        outln!(
            text,
            "Warning: the server lists {} envelope(s) older than this folder's position that were never pulled into it (was the server's database restored or replaced?). They were left on the server; pull into a new folder to get them.",
            report.never_pulled
        );
    }
    outln!(text, "In {} so far:", out.display());
    for (version, n) in &report.summary.exported {
        outln!(
            text,
            "  {version}: {n} submission(s) in {}",
            out.join(version).display()
        );
    }
    for (version, used) in &report.labels_in {
        outln!(
            text,
            "  {version}: labels are in {used}, as the questionnaire is not written in {}",
            locale.unwrap_or_default()
        );
    }
    for version in &report.jsonl_only {
        outln!(
            text,
            "  {version}: JSONL only; this organization folder has no copy of that questionnaire version, so there is no CSV or XLSX"
        );
    }
    let aside = report.summary.set_aside_total();
    if aside > 0 {
        outln!(
            text,
            "  set aside: {aside} envelope(s), listed in {} with the reason, never exported:",
            out.join("set-aside/set-aside.jsonl").display()
        );
        for reason in SetAside::ALL {
            if let Some(n) = report.summary.set_aside.get(&reason) {
                outln!(text, "    {}: {n}", reason.name());
            }
        }
    }
    emit(&text)?;
    if !report.export_failed.is_empty() {
        for (version, why) in &report.export_failed {
            eprintln!(
                "error: {version}: the CSV or XLSX could not be written ({why}); its submissions are safe in submissions.jsonl"
            );
        }
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
