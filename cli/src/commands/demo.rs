//! `heard demo`: the whole flow, offline, in one process.

use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

use super::emit;

/// Runs the demo and says what happened in plain words.
pub async fn run(out: Option<PathBuf>) -> Result<ExitCode> {
    let out = out.unwrap_or_else(|| {
        PathBuf::from(format!(
            "heard-demo-{}",
            chrono::Utc::now().format("%Y%m%d-%H%M%S")
        ))
    });
    let today = chrono::Utc::now().date_naive();
    let mut step = 0;
    let result = heard_cli::demo::run(&out, today, &mut |line| {
        step += 1;
        let _ = emit(&format!("{step}. {line}\n"));
    })
    .await?;
    let mut text = String::new();
    outln!(text);
    outln!(text, "Everything is in {}:", result.out.display());
    outln!(
        text,
        "  steward.key          the organization's decryption key (keep it secret)"
    );
    outln!(
        text,
        "  heard-org/           the organization folder: signing key, groups, signed questionnaires"
    );
    outln!(
        text,
        "  server/              the server's database: sealed envelopes only"
    );
    outln!(
        text,
        "  device/              the kiosk's store and key store: sealed envelopes and encrypted drafts only"
    );
    outln!(
        text,
        "  pull/                decrypted exports per questionnaire (CSV, JSONL, XLSX) and pull.json"
    );
    for report in &result.reports {
        outln!(
            text,
            "  {:<20} open it in a browser",
            report
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        );
    }
    let leaked: Vec<_> = result
        .plaintext_check
        .iter()
        .filter(|(_, hit)| *hit)
        .collect();
    outln!(text);
    if leaked.is_empty() {
        outln!(
            text,
            "Checked {} database files of the device and the server for the phrase \"{}\" written in one survey: not found in any. Try it: grep -r \"HEARD-DEMO-CANARY\" {} finds it only in pull/.",
            result.plaintext_check.len(),
            heard_cli::demo::CANARY,
            result.out.display()
        );
    } else {
        for (path, _) in &leaked {
            outln!(
                text,
                "PLAINTEXT FOUND in {}: this is a bug, please report it.",
                path.display()
            );
        }
        emit(&text)?;
        return Ok(ExitCode::FAILURE);
    }
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}
