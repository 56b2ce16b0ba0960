//! `heard pull`: download the envelopes the server received since the last
//! pull, decrypt them here with the steward's key, verify the enrollment
//! group's signature inside each, and append them to the output folder.
//!
//! Nothing is dropped silently: an envelope that is damaged, sealed to
//! another key, unsigned, signed by an unknown or revoked group, or whose
//! content contradicts its routing metadata is kept (still encrypted) under
//! `set-aside/`, listed with its reason, and counted in the summary the
//! report shows.
//!
//! Pulls resume: after each page the appended files are synced and the
//! cursor and each file's length are saved atomically in `pull.json`. A
//! pull that was interrupted first cuts the files back to the saved lengths,
//! so a page is never half-kept or kept twice.

mod classify;
pub(crate) mod sink;

pub use classify::{Keys, Outcome, SetAside, classify, classify_all};
pub use sink::{
    ExportNotes, PageKept, PullState, REHEARSAL_DIR, Recheck, SET_ASIDE_DIR, STATE_FILE,
    SetAsideEntry, Sink, Summary, load_questionnaire, parse_version_key, version_key,
};

use crate::admin::Admin;
use crate::error::Result;
use crate::org::Org;
use heard_protocol::{EnvelopeLimits, ExportItem};
use std::path::Path;

/// How `heard pull` runs.
pub struct PullOptions<'a> {
    /// The output folder.
    pub out: &'a Path,
    /// The identity file (for messages).
    pub identity_path: &'a Path,
    /// Keys to decrypt and verify with.
    pub keys: Keys,
    /// The organization (for questionnaire definitions).
    pub org: Option<&'a Org>,
    /// Delete pulled envelopes from the server once kept here (only those
    /// decrypted and verified; set-aside ones always stay).
    pub purge: bool,
    /// Label language of the exports.
    pub locale: Option<&'a str>,
    /// Envelopes per request.
    pub page_size: u32,
    /// Show a progress bar on the terminal.
    pub progress: bool,
}

/// What one run of `heard pull` did.
#[derive(Debug, Clone, Default)]
pub struct PullReport {
    /// Envelopes pulled in this run.
    pub pulled: u64,
    /// Of which exported.
    pub exported: u64,
    /// Of which set aside.
    pub set_aside: u64,
    /// Of which rehearsal samples (kept apart, never reported).
    pub rehearsal: u64,
    /// Purged from the server in this run.
    pub purged: u64,
    /// Versions exported as JSONL only (questionnaire unknown here).
    pub jsonl_only: Vec<String>,
    /// Versions whose labels are in another language than asked for.
    pub labels_in: Vec<(String, String)>,
    /// Versions whose CSV or XLSX could not be written, and why.
    pub export_failed: Vec<(String, String)>,
    /// Envelopes the server lists before the cursor that were never pulled
    /// here (seen while purging); they stay on the server.
    pub never_pulled: u64,
    /// With `--purge`: set-aside envelopes left on the server (a purge
    /// never deletes one).
    pub set_aside_left: u64,
    /// Why the purge stopped, when a page was mostly set aside.
    pub purge_refused: Option<PurgeRefused>,
    /// Everything pulled into this folder so far.
    pub summary: Summary,
}

/// A purge stopped because most of a page was set aside: the sign of a
/// wrong organization folder or identity, not of bad envelopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeRefused {
    /// Envelopes in the page.
    pub page: u64,
    /// Of which set aside, by reason.
    pub set_aside: std::collections::BTreeMap<SetAside, u64>,
}

impl PurgeRefused {
    /// Whether a page's outcome should stop the purge: more than half of
    /// it set aside.
    fn of(page: u64, kept: &PageKept) -> Option<PurgeRefused> {
        (kept.set_aside_total() * 2 > page).then(|| PurgeRefused {
            page,
            set_aside: kept.set_aside.clone(),
        })
    }
}

/// Pulls every new envelope from the server into `options.out`.
pub async fn pull(admin: &Admin, options: PullOptions<'_>) -> Result<PullReport> {
    let mut sink = Sink::open(options.out, admin.server())?;
    let before = sink.state.summary.clone();
    let limits = EnvelopeLimits::default();
    let bar = if options.progress {
        progress_bar(admin, &sink.state.summary).await
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut purged = 0;
    let mut never_pulled = 0;
    let mut set_aside_left = 0;
    let mut purge_refused = None;
    if options.purge {
        let earlier = purge_earlier(admin, &mut sink).await?;
        purged += earlier.purged;
        never_pulled = earlier.never_pulled;
        set_aside_left = earlier.set_aside;
    }
    loop {
        let page = admin
            .export_page(sink.state.after, options.page_size)
            .await?;
        if page.items.is_empty() {
            break;
        }
        // Positions only go forward: a server that hands out old ones again
        // (or loops) is stopped before anything of the page is kept.
        let mut last = sink.state.after;
        for item in &page.items {
            if item.seq <= last {
                return Err(crate::Error::Usage(format!(
                    "the server at {} listed envelope {} at position {}, at or before {last}: its log went back (database restored or replaced?). Nothing of this page was kept; pull into a new folder to start over.",
                    admin.server(),
                    item.submission_id,
                    item.seq
                )));
            }
            last = item.seq;
        }
        let outcomes = classify_all(&page.items, &options.keys, &limits);
        let kept = sink.keep(&page.items, outcomes, &options.keys, options.identity_path)?;
        bar.inc(page.items.len() as u64);
        if bar.length().is_some_and(|len| bar.position() > len) {
            bar.set_length(bar.position());
        }
        set_aside_left += kept.set_aside_total();
        if options.purge && purge_refused.is_none() {
            purge_refused = PurgeRefused::of(page.items.len() as u64, &kept);
        }
        if options.purge && purge_refused.is_none() {
            sink.state.pending_purge.extend(kept.kept);
            purged += purge_pending(admin, &mut sink, true).await?;
        }
        if page.next_after.is_none() {
            break;
        }
    }
    bar.finish_and_clear();
    // Even an empty first pull records its server and position, so the
    // folder is a pull folder that report and the next pull recognise.
    sink.save()?;
    let ExportNotes {
        jsonl_only,
        labels_in,
        failed,
    } = sink.export(options.org, options.locale)?;
    let summary = sink.state.summary.clone();
    Ok(PullReport {
        pulled: summary.pulled - before.pulled,
        exported: summary.exported_total() - before.exported_total(),
        set_aside: summary.set_aside_total() - before.set_aside_total(),
        rehearsal: summary.rehearsal.values().sum::<u64>() - before.rehearsal.values().sum::<u64>(),
        purged,
        jsonl_only,
        labels_in,
        export_failed: failed,
        never_pulled,
        set_aside_left,
        purge_refused,
        summary,
    })
}

/// A progress bar with a total and an ETA. The total is an estimate: the
/// envelopes the server holds, less those this folder pulled and did not
/// purge (exact when one folder pulls from the server). Without the
/// server's status, a spinner.
async fn progress_bar(admin: &Admin, summary: &Summary) -> indicatif::ProgressBar {
    let style = |template: &str| {
        indicatif::ProgressStyle::with_template(template)
            .map(|s| {
                s.with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}/s", state.per_sec());
                    },
                )
            })
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
    };
    match admin.status().await {
        Ok(status) => {
            let held_here = summary.pulled.saturating_sub(summary.purged);
            let total = status.waiting_total.saturating_sub(held_here);
            let bar = indicatif::ProgressBar::new(total);
            bar.set_style(style(
                "{bar:30} {pos}/{len} envelopes pulled and decrypted ({rate}, about {eta} left)",
            ));
            bar
        }
        Err(_) => {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(style(
                "{spinner} {pos} envelopes pulled and decrypted ({rate})",
            ));
            bar
        }
    }
}

/// Purges the submissions earlier pulls into this folder kept (decrypted
/// and verified), so `--purge` leaves the server holding only what is not
/// safely here. Set-aside envelopes stay on the server: once the folder or
/// key is fixed they may still be read. Envelopes the server lists at or
/// before the cursor that this folder never pulled (a server database
/// restored or replaced) are left alone and counted.
async fn purge_earlier(admin: &Admin, sink: &mut Sink) -> Result<Earlier> {
    let mut after = 0;
    let mut never_pulled = 0;
    let mut set_aside = 0;
    loop {
        let page = admin.export_page(after, 500).await?;
        let behind: Vec<&ExportItem> = page
            .items
            .iter()
            .filter(|i| i.seq <= sink.state.after)
            .collect();
        let held: Vec<&ExportItem> = behind
            .iter()
            .copied()
            .filter(|i| sink.kept(&i.submission_id))
            .collect();
        for item in &behind {
            if sink.kept(&item.submission_id) {
                continue;
            }
            if sink.pulled(&item.submission_id) {
                set_aside += 1;
            } else {
                never_pulled += 1;
            }
        }
        let next = page.items.last().map_or(after, |i| i.seq);
        let done = behind.len() < page.items.len() || page.next_after.is_none() || next <= after;
        after = next;
        sink.state
            .pending_purge
            .extend(held.iter().map(|i| i.submission_id.clone()));
        if done {
            return Ok(Earlier {
                purged: purge_pending(admin, sink, true).await?,
                never_pulled,
                set_aside,
            });
        }
    }
}

/// What [`purge_earlier`] did.
struct Earlier {
    purged: u64,
    never_pulled: u64,
    /// Set-aside envelopes it left on the server.
    set_aside: u64,
}

async fn purge_pending(admin: &Admin, sink: &mut Sink, purge: bool) -> Result<u64> {
    if !purge || sink.state.pending_purge.is_empty() {
        return Ok(0);
    }
    // Only what this folder kept may go: a `pull.json` from before set-aside
    // envelopes were spared may still list some as pending.
    let before = sink.state.pending_purge.len();
    let pending = std::mem::take(&mut sink.state.pending_purge);
    sink.state.pending_purge = pending.into_iter().filter(|id| sink.kept(id)).collect();
    if sink.state.pending_purge.len() != before {
        sink.save()?;
    }
    let mut purged = 0;
    while !sink.state.pending_purge.is_empty() {
        let take = sink.state.pending_purge.len().min(1000);
        let ids: Vec<String> = sink.state.pending_purge[..take].to_vec();
        let n = admin.purge(ids).await?;
        purged += n;
        sink.state.pending_purge.drain(..take);
        sink.state.summary.purged += n;
        sink.save()?;
    }
    Ok(purged)
}

/// What `heard pull --dry-run` found: what a pull would keep, set aside
/// and purge. Nothing was written and nothing deleted.
#[derive(Debug, Clone, Default)]
pub struct DryRun {
    /// New envelopes on the server after this folder's position.
    pub new: u64,
    /// Of which would be decrypted, verified and kept.
    pub would_keep: u64,
    /// Of which would be set aside, by reason.
    pub set_aside: std::collections::BTreeMap<SetAside, u64>,
    /// With `--purge`: envelopes that would be deleted from the server
    /// (already kept here, and the new ones that would be kept).
    pub would_purge: u64,
    /// With `--purge`: the page whose outcome would stop the purge.
    pub purge_refused: Option<PurgeRefused>,
}

/// Reads the server's new envelopes and classifies them as a pull would,
/// without writing into `options.out` or deleting anything.
pub async fn dry_run(admin: &Admin, options: &PullOptions<'_>) -> Result<DryRun> {
    let peek = Sink::peek(options.out)?;
    if !peek.state.server.is_empty() && peek.state.server != admin.server() {
        return Err(crate::Error::Usage(format!(
            "{} holds a pull from {}, not {}; use another --out folder for another server",
            options.out.display(),
            peek.state.server,
            admin.server()
        )));
    }
    let limits = EnvelopeLimits::default();
    let mut result = DryRun::default();
    let mut after = 0;
    let mut seen = std::collections::HashSet::new();
    let recipients: Vec<String> = options
        .keys
        .identities
        .iter()
        .map(|i| i.to_public().to_string())
        .collect();
    let mut opened_before = recipients
        .iter()
        .any(|r| peek.state.opened_with.contains(r));
    // What earlier pulls kept, behind the folder's position, as
    // `purge_earlier` finds it.
    if options.purge {
        loop {
            let page = admin.export_page(after, 500).await?;
            let Some(last) = page.items.last() else { break };
            if last.seq <= after {
                break;
            }
            after = last.seq;
            let behind: Vec<&ExportItem> = page
                .items
                .iter()
                .filter(|i| i.seq <= peek.state.after)
                .collect();
            result.would_purge += behind
                .iter()
                .filter(|i| peek.kept(&i.submission_id))
                .count() as u64;
            if behind.len() < page.items.len() || page.next_after.is_none() {
                break;
            }
        }
    }
    // New pages exactly as a pull fetches them, so the rule that stops a
    // purge sees the same pages.
    after = peek.state.after;
    loop {
        let page = admin.export_page(after, options.page_size).await?;
        let Some(last) = page.items.last() else { break };
        if last.seq <= after {
            break;
        }
        after = last.seq;
        let new = page.items;
        {
            let outcomes = classify_all(&new, &options.keys, &limits);
            let opened = outcomes
                .iter()
                .filter(|o| !matches!(o, Outcome::SetAside(r, _) if r.is_decryption_failure()))
                .count();
            if opened == 0
                && !opened_before
                && outcomes
                    .iter()
                    .any(|o| matches!(o, Outcome::SetAside(SetAside::NotForThisKey, _)))
            {
                return Err(crate::Error::WrongIdentity {
                    path: options.identity_path.to_path_buf(),
                });
            }
            opened_before |= opened > 0;
            let mut kept = PageKept::default();
            for (item, outcome) in new.iter().zip(outcomes) {
                result.new += 1;
                let replay =
                    peek.pulled(&item.submission_id) || !seen.insert(item.submission_id.clone());
                match outcome {
                    Outcome::Kept { .. } if !replay => kept.kept.push(item.submission_id.clone()),
                    Outcome::Kept { .. } => {
                        *kept.set_aside.entry(SetAside::Duplicate).or_default() += 1
                    }
                    Outcome::SetAside(reason, _) => *kept.set_aside.entry(reason).or_default() += 1,
                }
            }
            result.would_keep += kept.kept.len() as u64;
            for (reason, n) in &kept.set_aside {
                *result.set_aside.entry(*reason).or_default() += n;
            }
            if options.purge && result.purge_refused.is_none() {
                result.purge_refused = PurgeRefused::of(new.len() as u64, &kept);
                if result.purge_refused.is_none() {
                    result.would_purge += kept.kept.len() as u64;
                }
            }
        }
        if page.next_after.is_none() {
            break;
        }
    }
    Ok(result)
}

/// Checks again the envelopes set aside in `out` with `keys` (after the
/// organization folder or identity was fixed), moves those that now pass
/// into the exports, and rebuilds the exports.
pub fn recheck_set_aside(
    out: &Path,
    server: &str,
    keys: &Keys,
    org: Option<&Org>,
    locale: Option<&str>,
) -> Result<(Recheck, ExportNotes)> {
    if !out.join(STATE_FILE).exists() {
        return Err(crate::Error::Usage(format!(
            "{} holds no pull (no {STATE_FILE}); run heard pull first",
            out.display()
        )));
    }
    let mut sink = Sink::open(out, server)?;
    let recheck = sink.recheck_set_aside(keys)?;
    let notes = sink.export(org, locale)?;
    Ok((recheck, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_engine::submission::{GroupSignature, QuestionnaireRef, Submission};
    use heard_protocol::signing::SecretKey;

    fn item(seq: i64, identity: &age::x25519::Identity, group: &SecretKey) -> ExportItem {
        let mut s = Submission {
            schema: 1,
            submission_id: "ab".repeat(16),
            questionnaire: QuestionnaireRef {
                id: "post-encounter".into(),
                version: 1,
            },
            kind: "survey".into(),
            locale: "en".into(),
            submitted_on: "2026-11-23".into(),
            answers: Default::default(),
            group: None,
        };
        s.group = Some(GroupSignature {
            group: "north".into(),
            signature: group.sign(&s.signed_bytes()),
        });
        let plain = heard_engine::seal::pad(s.to_canonical_json(), 1024);
        ExportItem {
            seq,
            submission_id: s.submission_id,
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: heard_engine::seal::seal(&plain, &[identity.to_public()]).expect("seal"),
        }
    }

    /// A steward's identity, the "north" group's key, and the keys that
    /// verify with them.
    fn steward() -> (age::x25519::Identity, SecretKey, Keys) {
        let identity = age::x25519::Identity::generate();
        let group = SecretKey::generate();
        let keys = Keys {
            identities: vec![identity.clone()],
            groups: [("north".to_string(), (Some(group.public()), false))].into(),
            rehearsal: Default::default(),
        };
        (identity, group, keys)
    }

    #[test]
    fn a_replayed_submission_is_set_aside_not_counted_twice() {
        let dir = tempfile::tempdir().expect("dir");
        let (identity, group, keys) = steward();
        let limits = EnvelopeLimits::default();
        let key = Path::new("steward.key");
        let first = [item(1, &identity, &group)];
        let mut sink = Sink::open(dir.path(), "http://127.0.0.1:1").expect("sink");
        sink.keep(&first, classify_all(&first, &keys, &limits), &keys, key)
            .expect("keep");
        // A second pull into the same folder waits its turn.
        assert!(Sink::open(dir.path(), "http://127.0.0.1:1").is_err());
        drop(sink);
        // The same envelope again, later in the log, even after reopening.
        let mut sink = Sink::open(dir.path(), "http://127.0.0.1:1").expect("reopen");
        let again = [item(2, &identity, &group)];
        sink.keep(&again, classify_all(&again, &keys, &limits), &keys, key)
            .expect("keep");
        assert_eq!(sink.state.summary.exported_total(), 1);
        assert_eq!(sink.state.summary.set_aside[&SetAside::Duplicate], 1);
        let jsonl = std::fs::read_to_string(dir.path().join("post-encounter-v1/submissions.jsonl"))
            .expect("jsonl");
        assert_eq!(jsonl.lines().count(), 1);
    }

    #[test]
    fn a_file_an_interrupted_first_page_created_is_emptied() {
        let dir = tempfile::tempdir().expect("dir");
        // A first page marks itself under way before it appends anything.
        let mut sink = Sink::open(dir.path(), "http://127.0.0.1:1").expect("first open");
        sink.state.appending = true;
        sink.save().expect("save");
        drop(sink);
        std::fs::create_dir_all(dir.path().join("post-encounter-v1")).expect("dir");
        let orphan = dir.path().join("post-encounter-v1/submissions.jsonl");
        std::fs::write(&orphan, "{\"half a line").expect("write");
        Sink::open(dir.path(), "http://127.0.0.1:1").expect("sink");
        assert_eq!(std::fs::read(&orphan).expect("read").len(), 0);
    }

    #[test]
    fn a_questionnaire_id_that_would_name_another_folder_is_set_aside() {
        let (identity, group, keys) = steward();
        let mut hostile = item(1, &identity, &group);
        hostile.questionnaire_id = "../../etc".into();
        let outcome = classify(&hostile, &keys, &EnvelopeLimits::default());
        assert!(matches!(
            outcome,
            Outcome::SetAside(SetAside::NotASubmission, _)
        ));
    }

    #[test]
    fn an_older_state_file_never_cuts_later_pages() {
        let dir = tempfile::tempdir().expect("dir");
        let (identity, group, keys) = steward();
        let mut sink = Sink::open(dir.path(), "http://127.0.0.1:1").expect("sink");
        sink.save().expect("save");
        let before = std::fs::read(dir.path().join("pull.json")).expect("state");
        let page = [item(1, &identity, &group)];
        let outcomes = classify_all(&page, &keys, &EnvelopeLimits::default());
        sink.keep(&page, outcomes, &keys, Path::new("k"))
            .expect("keep");
        drop(sink);
        // pull.json restored from a copy older than the data.
        std::fs::write(dir.path().join("pull.json"), before).expect("restore");
        let jsonl = dir.path().join("post-encounter-v1/submissions.jsonl");
        let kept = std::fs::read(&jsonl).expect("jsonl");
        let err = Sink::open(dir.path(), "http://127.0.0.1:1")
            .err()
            .expect("refused");
        assert!(err.to_string().contains("older than the data"), "{err}");
        assert_eq!(std::fs::read(&jsonl).expect("jsonl"), kept, "nothing cut");
    }

    #[test]
    fn version_keys_round_trip_and_refuse_ids_that_name_other_folders() {
        let key = version_key("post-encounter", 3);
        assert_eq!(key, "post-encounter-v3");
        assert_eq!(parse_version_key(&key), Some(("post-encounter", 3)));
        assert_eq!(parse_version_key("../x-v1"), None);
        assert_eq!(parse_version_key("survey-vX"), None);
    }

    #[test]
    fn pulled_data_without_its_state_file_is_never_cut() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir_all(dir.path().join("post-encounter-v1")).expect("dir");
        let data = dir.path().join("post-encounter-v1/submissions.jsonl");
        std::fs::write(&data, "{\"schema\":1}\n").expect("write");
        let err = Sink::open(dir.path(), "http://127.0.0.1:1")
            .err()
            .expect("refused");
        assert!(err.to_string().contains("pull.json: is missing"), "{err}");
        assert_eq!(std::fs::read(&data).expect("read").len(), 13);
        // A file shorter than recorded is refused too, untouched.
        std::fs::remove_file(&data).expect("rm");
        let mut sink = Sink::open(dir.path(), "http://127.0.0.1:1").expect("fresh");
        sink.state
            .files
            .insert("post-encounter-v1/submissions.jsonl".into(), 100);
        sink.save().expect("save");
        drop(sink);
        std::fs::write(&data, "short").expect("write");
        let err = Sink::open(dir.path(), "http://127.0.0.1:1")
            .err()
            .expect("refused");
        assert!(err.to_string().contains("recorded 100"), "{err}");
        assert_eq!(std::fs::read(&data).expect("read"), b"short");
    }
}
