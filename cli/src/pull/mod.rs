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
    ExportNotes, PullState, SET_ASIDE_DIR, STATE_FILE, Sink, Summary, load_questionnaire,
    parse_version_key, version_key,
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
    /// Delete pulled envelopes from the server once kept here.
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
    /// Everything pulled into this folder so far.
    pub summary: Summary,
}

/// Pulls every new envelope from the server into `options.out`.
pub async fn pull(admin: &Admin, options: PullOptions<'_>) -> Result<PullReport> {
    let mut sink = Sink::open(options.out, admin.server())?;
    let before = sink.state.summary.clone();
    let limits = EnvelopeLimits::default();
    let bar = if options.progress {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} envelopes pulled and decrypted ({per_sec}) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut purged = 0;
    let mut never_pulled = 0;
    if options.purge {
        let (n, unknown) = purge_earlier(admin, &mut sink).await?;
        purged += n;
        never_pulled = unknown;
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
        sink.keep(&page.items, outcomes, &options.keys, options.identity_path)?;
        bar.inc(page.items.len() as u64);
        if options.purge {
            sink.state
                .pending_purge
                .extend(page.items.iter().map(|i| i.submission_id.clone()));
            purged += purge_pending(admin, &mut sink, true).await?;
        }
        if page.next_after.is_none() {
            break;
        }
    }
    bar.finish_and_clear();
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
        purged,
        jsonl_only,
        labels_in,
        export_failed: failed,
        never_pulled,
        summary,
    })
}

/// Purges what earlier pulls into this folder hold (kept or set aside),
/// so `--purge` leaves the server holding only what is not here. Envelopes
/// the server lists at or before the cursor that this folder never pulled
/// (a server database restored or replaced) are left alone and counted.
async fn purge_earlier(admin: &Admin, sink: &mut Sink) -> Result<(u64, u64)> {
    let mut after = 0;
    let mut never_pulled = 0;
    loop {
        let page = admin.export_page(after, 500).await?;
        let behind: Vec<&ExportItem> = page
            .items
            .iter()
            .filter(|i| i.seq <= sink.state.after)
            .collect();
        let (held, unknown): (Vec<&ExportItem>, Vec<&ExportItem>) =
            behind.iter().partition(|i| sink.holds(&i.submission_id));
        never_pulled += unknown.len() as u64;
        let next = page.items.last().map_or(after, |i| i.seq);
        let done = behind.len() < page.items.len() || page.next_after.is_none() || next <= after;
        after = next;
        sink.state
            .pending_purge
            .extend(held.iter().map(|i| i.submission_id.clone()));
        if done {
            return Ok((purge_pending(admin, sink, true).await?, never_pulled));
        }
    }
}

async fn purge_pending(admin: &Admin, sink: &mut Sink, purge: bool) -> Result<u64> {
    if !purge || sink.state.pending_purge.is_empty() {
        return Ok(0);
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

#[cfg(test)]
mod tests {
    use super::*;
    use heard_core::submission::{GroupSignature, QuestionnaireRef, Submission};
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
        let plain = heard_core::seal::pad(s.to_canonical_json(), 1024);
        ExportItem {
            seq,
            submission_id: s.submission_id,
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: heard_core::seal::seal(&plain, &[identity.to_public()]).expect("seal"),
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
