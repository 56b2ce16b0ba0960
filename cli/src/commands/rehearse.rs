//! `heard rehearse`: sample submissions through a simulated device, to try
//! pull, report and purge before the first phone is enrolled.

use anyhow::Result;
use heard_cli::org::{Org, REHEARSAL_GROUP};
use std::path::Path;
use std::process::ExitCode;

use super::{Target, emit};

/// Sends the samples and says what to try next.
pub async fn run(org_dir: &Path, target: Target, surveys: usize) -> Result<ExitCode> {
    let mut org = Org::open(org_dir)?;
    let admin = target.admin(Some(&org))?;
    let done = heard_cli::rehearse::run(&mut org, &admin, surveys).await?;
    let mut text = String::new();
    let sent: Vec<String> = done
        .sent
        .iter()
        .map(|(id, n)| format!("{n} of {id}"))
        .collect();
    outln!(
        text,
        "Sent sample submissions to {} through a simulated device in the enrollment group \"{REHEARSAL_GROUP}\": {} ({} stored). The device was revoked afterwards ({}).",
        admin.server(),
        sent.join(", "),
        done.uploaded,
        done.device_id
    );
    outln!(
        text,
        "They are sealed and signed exactly as a phone's. heard pull keeps them apart, in rehearsal/ of the pull folder (a pull folder of its own, with its own privacy ledger); reports of the pull folder never count them; heard pull --purge deletes them from the server. Try now:"
    );
    outln!(
        text,
        "  heard pull --identity steward.key --out rehearsal-pull"
    );
    outln!(
        text,
        "  heard report rehearsal-pull/rehearsal --out rehearsal-report.html"
    );
    outln!(
        text,
        "  heard pull --identity steward.key --out rehearsal-pull --purge"
    );
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}
