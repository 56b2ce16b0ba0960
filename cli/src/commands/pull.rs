//! `heard pull`, `heard pull --dry-run`, `heard pull --recheck-set-aside`.

use anyhow::Result;
use heard_cli::org::Org;
use heard_cli::pull::{
    DryRun, ExportNotes, Keys, PullOptions, PullReport, PullState, PurgeRefused, Recheck, SetAside,
    Summary, dry_run, pull, recheck_set_aside,
};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use super::{Target, emit};

/// What `heard pull` was asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Pull, and purge when asked.
    Pull {
        /// `--purge`.
        purge: bool,
    },
    /// Only say what a pull would do.
    DryRun {
        /// `--purge`.
        purge: bool,
    },
    /// Check the set-aside envelopes again.
    RecheckSetAside,
}

/// Pulls, decrypts and exports (or, by `mode`, only looks, or rechecks).
pub async fn run(
    org_dir: &Path,
    target: Target,
    identity: &Path,
    out: &Path,
    locale: Option<&str>,
    mode: Mode,
) -> Result<ExitCode> {
    let identities = heard_cli::keys::read_identities(identity)?;
    let org = Org::open(org_dir)?;
    let keys = Keys {
        identities,
        groups: org.groups(),
        rehearsal: org.rehearsal_groups(),
    };
    if mode == Mode::RecheckSetAside {
        return recheck(out, &keys, &org, locale);
    }
    let admin = target.admin(Some(&org))?;
    let purge = matches!(
        mode,
        Mode::Pull { purge: true } | Mode::DryRun { purge: true }
    );
    let options = PullOptions {
        out,
        identity_path: identity,
        keys,
        org: Some(&org),
        purge,
        locale,
        page_size: 500,
        progress: std::io::stderr().is_terminal(),
    };
    if let Mode::DryRun { .. } = mode {
        let found = dry_run(&admin, &options).await?;
        emit(&dry_run_text(&found, admin.server(), out, purge))?;
        return Ok(ExitCode::SUCCESS);
    }
    // Every page is kept whole or not at all, so stopping at any moment
    // is safe; the person is told so rather than left guessing.
    let report = tokio::select! {
        report = pull(&admin, options) => report?,
        _ = tokio::signal::ctrl_c() => {
            eprintln!(
                "Stopped. Everything pulled before this moment is kept in {}. Running the same heard pull again is safe: it goes on where this one stopped, and nothing is kept twice.",
                out.display()
            );
            return Ok(ExitCode::from(130));
        }
    };
    emit(&pull_text(&report, admin.server(), out, locale, purge))?;
    if let Some(refused) = &report.purge_refused {
        eprintln!("error: {}", refusal_text(refused));
        return Ok(ExitCode::FAILURE);
    }
    if export_failed(&report.export_failed) {
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// What one pull did, and what the folder holds now.
fn pull_text(
    report: &PullReport,
    server: &str,
    out: &Path,
    locale: Option<&str>,
    purge: bool,
) -> String {
    let mut text = String::new();
    let rehearsal = if report.rehearsal > 0 {
        format!(", {} rehearsal sample(s)", report.rehearsal)
    } else {
        String::new()
    };
    outln!(
        text,
        "Pulled {} new envelope(s) from {server}: {} decrypted and verified{rehearsal}, {} set aside.",
        report.pulled,
        report.exported,
        report.set_aside
    );
    if purge {
        outln!(
            text,
            "Deleted {} envelope(s) from the server.",
            report.purged
        );
        if report.set_aside_left > 0 {
            outln!(
                text,
                "{} set-aside envelope(s) stay on the server: a purge deletes only what was decrypted and verified here.",
                report.set_aside_left
            );
        }
    }
    if report.never_pulled > 0 {
        outln!(
            text,
            "Warning: the server lists {} envelope(s) older than this folder's position that were never pulled into it (was the server's database restored or replaced?). They were left on the server; pull into a new folder to get them.",
            report.never_pulled
        );
    }
    holdings(&mut text, &report.summary, out, locale, &notes_of(report));
    text
}

fn notes_of(report: &PullReport) -> ExportNotes {
    ExportNotes {
        jsonl_only: report.jsonl_only.clone(),
        labels_in: report.labels_in.clone(),
        failed: report.export_failed.clone(),
    }
}

/// What the pull folder holds, or that it holds nothing yet.
fn holdings(
    text: &mut String,
    summary: &Summary,
    out: &Path,
    locale: Option<&str>,
    notes: &ExportNotes,
) {
    let aside = summary.set_aside_total();
    if summary.exported.is_empty() && aside == 0 && summary.rehearsal.is_empty() {
        outln!(
            text,
            "Nothing in {} yet: the server held no envelopes for it. Devices send their submissions when they sync; run heard pull again later.",
            out.display()
        );
        return;
    }
    outln!(text, "In {} so far:", out.display());
    for (version, n) in &summary.exported {
        outln!(
            text,
            "  {version}: {n} submission(s) in {}",
            out.join(version).display()
        );
    }
    for (version, used) in &notes.labels_in {
        outln!(
            text,
            "  {version}: labels are in {used}, as the questionnaire is not written in {}",
            locale.unwrap_or_default()
        );
    }
    for version in &notes.jsonl_only {
        outln!(
            text,
            "  {version}: JSONL only; this organization folder has no copy of that questionnaire version, so there is no CSV or XLSX"
        );
    }
    let samples: u64 = summary.rehearsal.values().sum();
    if samples > 0 {
        outln!(
            text,
            "  rehearsal: {samples} sample submission(s) from heard rehearse in {}, kept apart and never reported",
            out.join(heard_cli::pull::REHEARSAL_DIR).display()
        );
    }
    if aside > 0 {
        outln!(
            text,
            "  set aside: {aside} envelope(s), listed in {} with the reason, never exported:",
            out.join("set-aside/set-aside.jsonl").display()
        );
        reasons(text, &summary.set_aside, "    ");
    }
}

fn reasons(text: &mut String, counts: &BTreeMap<SetAside, u64>, indent: &str) {
    for reason in SetAside::ALL {
        if let Some(n) = counts.get(&reason) {
            outln!(text, "{indent}{}: {n}", reason.name());
        }
    }
}

/// Why the purge stopped, and what to do.
fn refusal_text(refused: &PurgeRefused) -> String {
    let aside: u64 = refused.set_aside.values().sum();
    let mut why: Vec<String> = Vec::new();
    for reason in SetAside::ALL {
        if let Some(n) = refused.set_aside.get(&reason) {
            why.push(format!("{}: {n}", reason.name()));
        }
    }
    let hint = if refused.set_aside.contains_key(&SetAside::UnknownGroup)
        || refused.set_aside.contains_key(&SetAside::BadSignature)
    {
        " Envelopes signed by groups this organization folder does not know usually mean --org names another folder than the one the devices were enrolled from (a new `heard org init` makes an organization no device belongs to)."
    } else {
        ""
    };
    format!(
        "the purge was stopped: {aside} of the {} envelopes in one page were set aside ({}). Nothing set aside was deleted from the server, and everything pulled is kept in the folder.{hint} Fix the organization folder or identity, then run heard pull --recheck-set-aside with the same --out, and purge again.",
        refused.page,
        why.join(", ")
    )
}

fn export_failed(failed: &[(String, String)]) -> bool {
    for (version, why) in failed {
        eprintln!(
            "error: {version}: the CSV or XLSX could not be written ({why}); its submissions are safe in submissions.jsonl"
        );
    }
    !failed.is_empty()
}

/// What `--dry-run` found.
fn dry_run_text(found: &DryRun, server: &str, out: &Path, purge: bool) -> String {
    let mut text = String::new();
    let aside: u64 = found.set_aside.values().sum();
    outln!(
        text,
        "Dry run: nothing was written to {} and nothing deleted from {server}.",
        out.display()
    );
    outln!(
        text,
        "A pull now would get {} new envelope(s): {} decrypted and verified, {aside} set aside.",
        found.new,
        found.would_keep
    );
    reasons(&mut text, &found.set_aside, "  ");
    if purge {
        match &found.purge_refused {
            Some(refused) => outln!(text, "With --purge: {}", refusal_text(refused)),
            None => outln!(
                text,
                "With --purge, {} envelope(s) would be deleted from the server (only those decrypted and verified here); set-aside ones would stay.",
                found.would_purge
            ),
        }
    }
    text
}

/// `heard pull --recheck-set-aside`.
fn recheck(out: &Path, keys: &Keys, org: &Org, locale: Option<&str>) -> Result<ExitCode> {
    let server = PullState::load(out)?.server;
    let (found, notes): (Recheck, ExportNotes) =
        recheck_set_aside(out, &server, keys, Some(org), locale)?;
    let mut text = String::new();
    let still: u64 = found.still.values().sum();
    outln!(
        text,
        "Checked {} set-aside envelope(s) again: {} now decrypt and verify and were added to the exports; {still} are still set aside.",
        found.rechecked,
        found.recovered.len()
    );
    reasons(&mut text, &found.still, "  ");
    if found.missing > 0 {
        outln!(
            text,
            "{} set-aside envelope(s) have no encrypted file left in {}; they cannot be checked.",
            found.missing,
            out.join("set-aside").display()
        );
    }
    let summary = PullState::load(out)?.summary;
    holdings(&mut text, &summary, out, locale, &notes);
    emit(&text)?;
    if export_failed(&notes.failed) {
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
