//! `heard status`: what is going on, in counts: envelopes waiting on the
//! server per questionnaire, devices and active enrollment codes per group,
//! what is published, and (with `--out DIR`) the last pull into DIR.

use anyhow::Result;
use heard_cli::pull::{PullState, STATE_FILE};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::emit;
use super::enroll::{columns, table, wrap};

const WIDTH: usize = heard_cli::qr::TERMINAL_COLUMNS;

/// `heard status`'s options.
#[derive(clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    server: crate::ServerArgs,
    /// A pull folder (from heard pull): also show its last pull.
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// Prints the server's counts and the pull folder's last pull.
pub async fn run(args: StatusArgs) -> Result<ExitCode> {
    let (org_dir, target) = args.server.into_parts();
    let org = if org_dir.join("org.toml").exists() {
        Some(heard_cli::org::Org::open(&org_dir)?)
    } else {
        None
    };
    // The pull folder is read first: a damaged pull.json is said before
    // the server is asked anything.
    let pulled = match &args.out {
        Some(dir) => Some(last_pull(dir)?),
        None => None,
    };
    let admin = target.admin(org.as_ref())?;
    let status = admin.status().await.map_err(|e| match e {
        heard_cli::Error::Refused { status: 404, .. } => anyhow::anyhow!(
            "the server at {} does not tell its status (no /v1/admin/status): it is older than this heard. Upgrade heard-server there.",
            admin.server()
        ),
        other => other.into(),
    })?;
    let codes = admin.enrollment_codes().await?;
    let mut out = String::new();
    outln!(
        out,
        "Server {} (heard-server {}, {})",
        admin.server(),
        status.server_version,
        status.database
    );
    outln!(out);

    // Envelopes.
    let oldest = status
        .oldest_waiting_on
        .as_deref()
        .map_or_else(String::new, |d| format!(", the oldest from {d}"));
    outln!(
        out,
        "{}",
        wrap(
            &format!(
                "Envelopes on the server: {} waiting{oldest}. They stay until purged (heard pull --purge), pulled or not.",
                status.waiting_total
            ),
            WIDTH
        )
    );
    if !status.waiting.is_empty() {
        let rows: Vec<[String; 2]> = status
            .waiting
            .iter()
            .map(|w| [format!("  {}", w.questionnaire_id), w.envelopes.to_string()])
            .collect();
        out.push_str(&table(
            &["  questionnaire".into(), "envelopes".into()],
            &rows,
            &[false, true],
        ));
    }
    outln!(out, "Purged so far: {}", status.purged_total);
    outln!(out);

    // Devices and codes, per group: a group may have codes and no device
    // yet, or devices and no code left.
    let mut groups: BTreeMap<&str, (u64, u64, u64)> = BTreeMap::new();
    for g in &status.groups {
        let entry = groups.entry(g.group.as_str()).or_default();
        entry.0 += g.active;
        entry.1 += g.revoked;
    }
    for c in &codes {
        groups.entry(c.group.as_str()).or_default().2 += 1;
    }
    let active: u64 = status.groups.iter().map(|g| g.active).sum();
    let revoked: u64 = status.groups.iter().map(|g| g.revoked).sum();
    outln!(
        out,
        "Devices: {active} active, {revoked} revoked. Active enrollment codes: {}.",
        status.active_codes
    );
    if !groups.is_empty() {
        let rows: Vec<[String; 4]> = groups
            .iter()
            .map(|(group, (a, r, c))| {
                [
                    format!("  {group}"),
                    a.to_string(),
                    r.to_string(),
                    c.to_string(),
                ]
            })
            .collect();
        out.push_str(&table(
            &[
                "  group".into(),
                "active".into(),
                "revoked".into(),
                "codes".into(),
            ],
            &rows,
            &[false, true, true, true],
        ));
    }
    outln!(out);

    // Published questionnaires.
    if status.published.is_empty() {
        outln!(
            out,
            "Published: nothing yet (heard questionnaire publish DIR)."
        );
    } else {
        outln!(out, "Published:");
        let rows: Vec<[String; 2]> = status
            .published
            .iter()
            .map(|p| {
                [
                    format!("  {}", p.questionnaire_id),
                    format!("version {}", p.version),
                ]
            })
            .collect();
        out.push_str(&columns(&rows, &[false, false]));
    }

    if let (Some(dir), Some(pulled)) = (&args.out, pulled) {
        outln!(out);
        out.push_str(&describe_pull(dir, pulled, admin.server()));
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The last pull into a folder: its state and the day it was saved.
struct LastPull {
    state: PullState,
    /// The UTC day `pull.json` was last written (it records no time).
    day: Option<String>,
}

fn last_pull(dir: &Path) -> Result<Option<LastPull>> {
    let path = dir.join(STATE_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let state = PullState::load(dir)?;
    // pull.json keeps no time of its own; its modification time is when
    // the last page was saved. Only the day is shown, as the server does.
    let day = std::fs::metadata(&path)
        .and_then(|m| m.modified())
        .ok()
        .map(|t| {
            chrono::DateTime::<chrono::Utc>::from(t)
                .format("%Y-%m-%d")
                .to_string()
        });
    Ok(Some(LastPull { state, day }))
}

fn describe_pull(dir: &Path, pulled: Option<LastPull>, server: &str) -> String {
    let mut out = String::new();
    let Some(LastPull { state, day }) = pulled else {
        outln!(
            out,
            "{}",
            wrap(
                &format!(
                    "Last pull into {}: none yet (no {STATE_FILE} there).",
                    dir.display()
                ),
                WIDTH
            )
        );
        return out;
    };
    let day = day.map_or_else(|| "day unknown".to_string(), |d| format!("{d} UTC"));
    outln!(
        out,
        "{}",
        wrap(&format!("Last pull into {}: {day}", dir.display()), WIDTH)
    );
    let summary = &state.summary;
    let rows = [
        [
            "  kept (decrypted and verified)".to_string(),
            summary.exported_total().to_string(),
        ],
        [
            "  set aside".to_string(),
            summary.set_aside_total().to_string(),
        ],
        [
            "  purged from the server".to_string(),
            summary.purged.to_string(),
        ],
        [
            "  position on the server".to_string(),
            state.after.to_string(),
        ],
    ];
    out.push_str(&columns(&rows, &[false, true]));
    if !state.server.is_empty()
        && !state
            .server
            .trim_end_matches('/')
            .eq_ignore_ascii_case(server.trim_end_matches('/'))
    {
        outln!(
            out,
            "{}",
            wrap(
                &format!(
                    "That folder was pulled from {}, not from {server}.",
                    state.server
                ),
                WIDTH
            )
        );
    }
    if !state.pending_purge.is_empty() {
        outln!(
            out,
            "{}",
            wrap(
                &format!(
                    "{} envelope(s) kept there are still to be purged from the server: the next heard pull --purge does it.",
                    state.pending_purge.len()
                ),
                WIDTH
            )
        );
    }
    out
}
