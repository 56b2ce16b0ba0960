//! The pull folder: appending pages durably, the state in `pull.json`,
//! cutting back after an interruption, refusing what a crash cannot
//! explain, and rebuilding the exports.

use super::classify::{Keys, Outcome, SetAside};
use crate::error::{Error, IoContext, Result};
use crate::export::{self, Layout};
use crate::files::write_atomic;
use crate::org::Org;
use heard_protocol::ExportItem;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The state and summary file in the output folder.
pub const STATE_FILE: &str = "pull.json";
/// Where set-aside envelopes go.
pub const SET_ASIDE_DIR: &str = "set-aside";
/// Where rehearsal samples go, one folder per version as at the top.
pub const REHEARSAL_DIR: &str = "rehearsal";
const SET_ASIDE_LIST: &str = "set-aside/set-aside.jsonl";
/// The ids of kept submissions, 16 bytes each, to recognise replays.
const KEPT_IDS: &str = "kept-ids.bin";
/// Locked while a pull writes into the folder.
const LOCK_FILE: &str = ".pull.lock";

/// What every pull so far brought, kept in `pull.json` for the report.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Envelopes pulled, in total.
    pub pulled: u64,
    /// Submissions decrypted and verified, by `questionnaire-vN`.
    pub exported: BTreeMap<String, u64>,
    /// Verified submissions by enrollment group.
    pub by_group: BTreeMap<String, u64>,
    /// Envelopes set aside, by reason.
    pub set_aside: BTreeMap<SetAside, u64>,
    /// Envelopes deleted from the server after pulling.
    pub purged: u64,
    /// Rehearsal samples (`heard rehearse`) kept apart under
    /// `rehearsal/`, by `questionnaire-vN`; never reported.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rehearsal: BTreeMap<String, u64>,
}

impl Summary {
    /// Appends one kept submission to its JSONL (a rehearsal sample to its
    /// own folder) and counts it.
    fn count_kept(
        &mut self,
        appends: &mut BTreeMap<String, Vec<u8>>,
        submission_id: &str,
        version: String,
        group: String,
        json: &[u8],
        keys: &Keys,
    ) {
        let rehearsal = keys.rehearsal.contains(&group);
        let folder = if rehearsal {
            format!("{REHEARSAL_DIR}/{version}")
        } else {
            version.clone()
        };
        appends
            .entry(format!("{folder}/{}", export::JSONL))
            .or_default()
            .extend_from_slice(json);
        if rehearsal {
            // The rehearsal folder is a pull folder of its own (ids, state),
            // so `heard report` can be tried on it without touching the
            // real figures or their privacy ledger.
            if let Some(id) = id_bits(submission_id) {
                appends
                    .entry(format!("{REHEARSAL_DIR}/{KEPT_IDS}"))
                    .or_default()
                    .extend_from_slice(&id.to_be_bytes());
            }
            *self.rehearsal.entry(version).or_default() += 1;
        } else {
            *self.exported.entry(version).or_default() += 1;
            *self.by_group.entry(group).or_default() += 1;
        }
    }

    /// Submissions exported, all questionnaires together.
    pub fn exported_total(&self) -> u64 {
        self.exported.values().sum()
    }

    /// Envelopes set aside, all reasons together.
    pub fn set_aside_total(&self) -> u64 {
        self.set_aside.values().sum()
    }
}

/// `pull.json`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PullState {
    /// The server pulled from; another server needs another folder.
    pub server: String,
    /// The cursor: the last envelope kept.
    pub after: i64,
    /// Length of each appended file at the last saved page.
    pub files: BTreeMap<String, u64>,
    /// Envelopes kept here whose purge from the server has not succeeded yet.
    #[serde(default)]
    pub pending_purge: Vec<String>,
    /// What was pulled.
    pub summary: Summary,
    /// Public keys of identities that opened envelopes here.
    #[serde(default)]
    pub opened_with: std::collections::BTreeSet<String>,
    /// Set while a page is being appended: only then may files be longer
    /// than recorded (a crash mid-page), and only then are they cut back.
    #[serde(default)]
    pub appending: bool,
    /// Set in `rehearsal/pull.json`: the folder holds `heard rehearse`'s
    /// samples, not answers of real people (reports say so).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rehearsal: bool,
}

impl PullState {
    /// Reads `out/pull.json`, or a fresh state when there is none.
    pub fn load(out: &Path) -> Result<PullState> {
        let path = out.join(STATE_FILE);
        if !path.exists() {
            return Ok(PullState::default());
        }
        let text = std::fs::read_to_string(&path).at(&path)?;
        serde_json::from_str(&text).map_err(|e| Error::AtLine {
            path,
            line: e.line(),
            message: format!(
                "{e} (the pull state is damaged; nothing was changed: pull into a new folder and keep this one as it is)"
            ),
        })
    }

    fn save(&self, out: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).unwrap_or_default();
        write_atomic(&out.join(STATE_FILE), &json, false)?;
        if self.summary.rehearsal.is_empty() || self.appending {
            return Ok(());
        }
        let sub = self.rehearsal_state();
        let json = serde_json::to_vec_pretty(&sub).unwrap_or_default();
        write_atomic(&out.join(REHEARSAL_DIR).join(STATE_FILE), &json, false)
    }

    /// The state of `rehearsal/` as a pull folder of its own, derived from
    /// this one (which alone is authoritative for resuming).
    fn rehearsal_state(&self) -> PullState {
        let prefix = format!("{REHEARSAL_DIR}/");
        let total: u64 = self.summary.rehearsal.values().sum();
        PullState {
            server: self.server.clone(),
            after: self.after,
            files: self
                .files
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix(&prefix)?.to_string(), *v)))
                .collect(),
            pending_purge: Vec::new(),
            summary: Summary {
                pulled: total,
                exported: self.summary.rehearsal.clone(),
                by_group: [(crate::org::REHEARSAL_GROUP.to_string(), total)].into(),
                ..Summary::default()
            },
            opened_with: self.opened_with.clone(),
            appending: false,
            rehearsal: true,
        }
    }
}

/// Appends pages to an output folder and keeps its state.
pub struct Sink {
    out: PathBuf,
    /// Ids of every envelope pulled here, kept or set aside (for replays):
    /// 16 bytes each, the one thing that grows with a pull.
    pulled: std::collections::HashSet<u128>,
    /// Ids of the submissions kept here (decrypted and verified): the only
    /// ones a purge may delete from the server.
    kept: std::collections::HashSet<u128>,
    /// Held while the sink is open: one pull per folder at a time.
    _lock: std::fs::File,
    /// The state, saved after every page.
    pub state: PullState,
}

impl Sink {
    /// Opens (or creates) the output folder for `server`, cutting files back
    /// to the last saved page. Refuses when another pull is writing into it,
    /// or when its files and `pull.json` disagree in a way a crash cannot
    /// explain (then nothing is changed).
    pub fn open(out: &Path, server: &str) -> Result<Sink> {
        let new = !out.exists();
        std::fs::create_dir_all(out.join(SET_ASIDE_DIR)).at(out)?;
        // Decrypted answers: readable by the steward's account only.
        if new {
            crate::files::restrict(out)?;
        }
        let lock_path = out.join(LOCK_FILE);
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .at(&lock_path)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::Usage(format!(
                    "another heard pull is writing into {}; wait until it ends",
                    out.display()
                )));
            }
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(Error::Io {
                    path: lock_path,
                    source,
                });
            }
        }
        let state_path = out.join(STATE_FILE);
        let files = appended_files(out)?;
        let mut state = if state_path.exists() {
            PullState::load(out)?
        } else {
            for path in &files {
                if std::fs::metadata(path).at(path)?.len() > 0 {
                    return Err(Error::BadFile {
                        path: state_path,
                        message: format!(
                            "is missing, but {} holds pulled data. Nothing was changed: pull into a new folder and keep this one as it is.",
                            path.display()
                        ),
                    });
                }
            }
            PullState::default()
        };
        // The rehearsal part of a pull folder is written by the pull into
        // its parent, never pulled into by itself.
        if state.rehearsal {
            return Err(Error::Usage(format!(
                "{} holds the rehearsal samples of the pull folder above it: pull into that folder (its parent), never into this one; nothing was changed",
                out.display()
            )));
        }
        if state.server.is_empty() {
            state.server = server.to_string();
        } else if state.server != server {
            return Err(Error::Usage(format!(
                "{} holds a pull from {}, not {server}; use another --out folder for another server",
                out.display(),
                state.server
            )));
        }
        // A file shorter than recorded (or gone) was damaged after the
        // fact: refuse before touching anything.
        for (relative, &length) in &state.files {
            let path = out.join(relative);
            let actual = std::fs::metadata(&path).map_or(0, |m| m.len());
            if actual < length {
                return Err(Error::BadFile {
                    path,
                    message: format!(
                        "holds {actual} bytes but pull.json recorded {length}: it was damaged or replaced. Nothing was changed: pull into a new folder and keep this one as it is."
                    ),
                });
            }
        }
        // A page interrupted mid-way is cut back to the last saved page (a
        // file it created but never recorded goes back to empty). Outside
        // a page, more data than recorded means pull.json is older than the
        // data (restored from a copy): cutting would lose pages, so refuse.
        let mut longer = Vec::new();
        for path in &files {
            let relative = path
                .strip_prefix(out)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let length = state.files.get(&relative).copied().unwrap_or(0);
            if std::fs::metadata(path).at(path)?.len() > length {
                longer.push((path.clone(), length));
            }
        }
        if !state.appending
            && let Some((path, length)) = longer.first()
        {
            return Err(Error::BadFile {
                path: path.clone(),
                message: format!(
                    "holds more than the {length} bytes pull.json records, so pull.json is older than the data. Nothing was changed: pull into a new folder and keep this one as it is."
                ),
            });
        }
        for (path, length) in &longer {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .at(path)?;
            file.set_len(*length)
                .and_then(|()| file.sync_all())
                .at(path)?;
        }
        if state.appending {
            state.appending = false;
            state.save(out)?;
        }
        let kept = kept_ids(out)?;
        let mut pulled = kept.clone();
        pulled.extend(
            set_aside_entries(out)?
                .iter()
                .filter_map(|e| id_bits(&e.submission_id)),
        );
        Ok(Sink {
            out: out.to_path_buf(),
            pulled,
            kept,
            _lock: lock,
            state,
        })
    }

    /// The output folder.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Whether the envelope `submission_id` was pulled into this folder,
    /// kept or set aside.
    pub fn pulled(&self, submission_id: &str) -> bool {
        id_bits(submission_id).is_some_and(|id| self.pulled.contains(&id))
    }

    /// Whether the submission `submission_id` was decrypted, verified and
    /// kept in this folder (so deleting it from the server loses nothing).
    pub fn kept(&self, submission_id: &str) -> bool {
        id_bits(submission_id).is_some_and(|id| self.kept.contains(&id))
    }

    /// Whether one of `recipients` opened envelopes here before.
    fn opened_before(&self, recipients: &[String]) -> bool {
        recipients
            .iter()
            .any(|r| self.state.opened_with.contains(r))
    }

    /// Reads what a pull into `out` would start from, writing nothing
    /// (for `heard pull --dry-run`): the state and the ids kept and pulled.
    pub fn peek(out: &Path) -> Result<Peek> {
        let state = PullState::load(out)?;
        let kept = if out.exists() {
            kept_ids(out)?
        } else {
            Default::default()
        };
        let mut pulled = kept.clone();
        if out.exists() {
            pulled.extend(
                set_aside_entries(out)?
                    .iter()
                    .filter_map(|e| id_bits(&e.submission_id)),
            );
        }
        Ok(Peek {
            state,
            kept,
            pulled,
        })
    }

    /// Keeps one page: appends the kept submissions, stores set-aside
    /// envelopes, then saves the cursor. Refuses the page (writing nothing)
    /// when the keys open none of it and never opened anything here.
    pub fn keep(
        &mut self,
        items: &[ExportItem],
        outcomes: Vec<Outcome>,
        keys: &Keys,
        identity_path: &Path,
    ) -> Result<PageKept> {
        let recipients: Vec<String> = keys
            .identities
            .iter()
            .map(|i| i.to_public().to_string())
            .collect();
        let opened = outcomes
            .iter()
            .filter(|o| !matches!(o, Outcome::SetAside(r, _) if r.is_decryption_failure()))
            .count();
        let foreign = outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::SetAside(SetAside::NotForThisKey, _)))
            .count();
        // A key that opens nothing and never opened anything here is the
        // wrong file, not a page of foreign envelopes: stop before keeping.
        if opened == 0 && foreign > 0 && !self.opened_before(&recipients) {
            return Err(Error::WrongIdentity {
                path: identity_path.to_path_buf(),
            });
        }
        if opened > 0 {
            self.state.opened_with.extend(recipients);
        }
        // Mark the page as under way before any byte of it is written (so
        // pull.json also exists before any data does).
        self.state.appending = true;
        self.state.save(&self.out)?;
        self.state.appending = false;
        let mut appends: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        let mut page = PageKept::default();
        for (item, outcome) in items.iter().zip(outcomes) {
            self.state.summary.pulled += 1;
            // An id pulled here before (kept or set aside) is a replay.
            let outcome = match id_bits(&item.submission_id) {
                Some(id) if !self.pulled.insert(id) => Outcome::SetAside(
                    SetAside::Duplicate,
                    "an envelope with this id was already pulled into this folder".into(),
                ),
                // Only a well-formed id can be recorded as kept (and so be
                // purged, or read by the report): anything else is set aside.
                None => Outcome::SetAside(
                    SetAside::NotASubmission,
                    "not a well-formed submission id".into(),
                ),
                Some(_) => outcome,
            };
            match outcome {
                Outcome::Kept {
                    version,
                    group,
                    json,
                } => {
                    if self.keep_submission(
                        &mut appends,
                        &item.submission_id,
                        version,
                        group,
                        &json,
                        keys,
                    ) {
                        page.kept.push(item.submission_id.clone());
                    }
                }
                Outcome::SetAside(reason, detail) => {
                    let file = format!("{SET_ASIDE_DIR}/{}.age", item.submission_id);
                    let path = self.out.join(&file);
                    // Only a well-formed id names a file: the server checks
                    // ids, but a hostile one must not write elsewhere.
                    if heard_protocol::valid_submission_id(&item.submission_id) {
                        // A replay never overwrites the envelope kept first.
                        let path = if path.exists() {
                            self.out.join(format!(
                                "{SET_ASIDE_DIR}/{}-{}.age",
                                item.submission_id, item.seq
                            ))
                        } else {
                            path
                        };
                        let mut file = crate::files::create_private(&path)?;
                        file.write_all(&item.envelope)
                            .and_then(|()| file.sync_all())
                            .at(&path)?;
                    }
                    let entry = SetAsideEntry {
                        submission_id: item.submission_id.clone(),
                        questionnaire_id: item.questionnaire_id.clone(),
                        questionnaire_version: item.questionnaire_version,
                        reason,
                        detail,
                        recovered: false,
                    };
                    append_line(&mut appends, &entry);
                    *self.state.summary.set_aside.entry(reason).or_default() += 1;
                    *page.set_aside.entry(reason).or_default() += 1;
                }
            }
        }
        self.append_all(appends)?;
        if let Some(last) = items.last() {
            self.state.after = last.seq;
        }
        self.state.save(&self.out)?;
        Ok(page)
    }

    /// Keeps one decrypted and verified submission: its id among the kept
    /// ones (what a purge may delete) and its line in its JSONL. Returns
    /// false, keeping nothing, for an id that is not well formed.
    fn keep_submission(
        &mut self,
        appends: &mut BTreeMap<String, Vec<u8>>,
        submission_id: &str,
        version: String,
        group: String,
        json: &[u8],
        keys: &Keys,
    ) -> bool {
        let Some(id) = id_bits(submission_id) else {
            return false;
        };
        appends
            .entry(KEPT_IDS.to_string())
            .or_default()
            .extend_from_slice(&id.to_be_bytes());
        self.kept.insert(id);
        self.state
            .summary
            .count_kept(appends, submission_id, version, group, json, keys);
        true
    }

    /// Appends bytes to files of the folder, syncs them and their folders,
    /// and records each file's new length (saved with the next state).
    fn append_all(&mut self, appends: BTreeMap<String, Vec<u8>>) -> Result<()> {
        let mut folders =
            std::collections::BTreeSet::from([self.out.clone(), self.out.join(SET_ASIDE_DIR)]);
        for (relative, bytes) in appends {
            let path = self.out.join(&relative);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).at(parent)?;
                folders.insert(parent.to_path_buf());
            }
            let mut file = crate::files::append_private(&path)?;
            file.write_all(&bytes)
                .and_then(|()| file.sync_data())
                .at(&path)?;
            let length = file.metadata().at(&path)?.len();
            self.state.files.insert(relative, length);
        }
        // New files and folders must survive a power cut before the cursor
        // moves past them (and before anything is purged).
        for folder in &folders {
            crate::files::sync_dir(folder)?;
        }
        Ok(())
    }

    /// Decrypts and verifies again every envelope set aside here (replays
    /// excepted) with `keys`, after the organization folder or identity
    /// was fixed: those that now pass join the exports, the others stay
    /// set aside. Appends only, with the same crash protocol as a page.
    pub fn recheck_set_aside(&mut self, keys: &Keys) -> Result<Recheck> {
        let limits = heard_protocol::EnvelopeLimits::default();
        let entries = set_aside_entries(&self.out)?;
        let recovered: std::collections::HashSet<&str> = entries
            .iter()
            .filter(|e| e.recovered)
            .map(|e| e.submission_id.as_str())
            .collect();
        let mut result = Recheck::default();
        let mut items = Vec::new();
        let mut reasons = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for entry in &entries {
            if entry.recovered
                || entry.reason == SetAside::Duplicate
                || recovered.contains(entry.submission_id.as_str())
                || !heard_protocol::valid_submission_id(&entry.submission_id)
                || self.kept(&entry.submission_id)
                || !seen.insert(entry.submission_id.as_str())
            {
                continue;
            }
            let path = self
                .out
                .join(SET_ASIDE_DIR)
                .join(format!("{}.age", entry.submission_id));
            let envelope = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    result.missing += 1;
                    continue;
                }
                Err(source) => return Err(Error::Io { path, source }),
            };
            items.push(ExportItem {
                seq: 0,
                submission_id: entry.submission_id.clone(),
                questionnaire_id: entry.questionnaire_id.clone(),
                questionnaire_version: entry.questionnaire_version,
                envelope,
            });
            reasons.push((entry.reason, entry.detail.clone()));
        }
        result.rechecked = items.len() as u64;
        if items.is_empty() {
            return Ok(result);
        }
        let outcomes = super::classify::classify_all(&items, keys, &limits);
        self.state.appending = true;
        self.state.save(&self.out)?;
        self.state.appending = false;
        let mut appends: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for ((item, outcome), (reason, detail)) in items.iter().zip(outcomes).zip(reasons) {
            match outcome {
                Outcome::Kept {
                    version,
                    group,
                    json,
                } => {
                    if !self.keep_submission(
                        &mut appends,
                        &item.submission_id,
                        version,
                        group,
                        &json,
                        keys,
                    ) {
                        continue;
                    }
                    append_line(
                        &mut appends,
                        &SetAsideEntry {
                            submission_id: item.submission_id.clone(),
                            questionnaire_id: item.questionnaire_id.clone(),
                            questionnaire_version: item.questionnaire_version,
                            reason,
                            detail,
                            recovered: true,
                        },
                    );
                    let summary = &mut self.state.summary;
                    if let Some(n) = summary.set_aside.get_mut(&reason) {
                        *n = n.saturating_sub(1);
                        if *n == 0 {
                            summary.set_aside.remove(&reason);
                        }
                    }
                    result.recovered.push(item.submission_id.clone());
                }
                Outcome::SetAside(still, _) => {
                    *result.still.entry(still).or_default() += 1;
                }
            }
        }
        self.append_all(appends)?;
        self.state.save(&self.out)?;
        // The envelopes are now decrypted in the exports; their encrypted
        // copies go only once the state says so (a crash leaves a harmless
        // extra file).
        for id in &result.recovered {
            let path = self.out.join(SET_ASIDE_DIR).join(format!("{id}.age"));
            std::fs::remove_file(&path).at(&path)?;
        }
        Ok(result)
    }

    /// Saves the state (after a purge).
    pub fn save(&self) -> Result<()> {
        self.state.save(&self.out)
    }

    /// Writes CSV and XLSX for every version folder with submissions, with
    /// labels in `locale`; returns the versions whose questionnaire is not
    /// known here (JSONL only), and those whose labels are in another
    /// language than asked for (with that language).
    pub fn export(&self, org: Option<&Org>, locale: Option<&str>) -> Result<ExportNotes> {
        let mut unknown = Vec::new();
        let mut other_language = Vec::new();
        let mut failed = Vec::new();
        let root = self.out.join(".questionnaires").join("pull");
        let folders = self
            .state
            .summary
            .exported
            .keys()
            .map(|v| (v, self.out.join(v)))
            .chain(
                self.state
                    .summary
                    .rehearsal
                    .keys()
                    .map(|v| (v, self.out.join(REHEARSAL_DIR).join(v))),
            );
        for (version, dir) in folders {
            if !dir.join(export::JSONL).exists() {
                continue;
            }
            // One version's export failing (its JSONL is safe) must not
            // stop the others or hide the pull's summary.
            match load_questionnaire(org, version, &root) {
                Ok(Some(q)) => {
                    let layout = Layout::new(&q, locale);
                    if locale.is_some_and(|l| l != layout.locale()) {
                        other_language.push((version.clone(), layout.locale().to_string()));
                    }
                    if let Err(e) = export::write_exports(&dir, &layout) {
                        failed.push((version.clone(), e.to_string()));
                    }
                }
                Ok(None) => unknown.push(version.clone()),
                Err(e) => failed.push((version.clone(), e.to_string())),
            }
        }
        // A version with both real and rehearsal submissions is noted once.
        unknown.sort();
        unknown.dedup();
        failed.sort();
        failed.dedup();
        other_language.sort();
        other_language.dedup();
        Ok(ExportNotes {
            jsonl_only: unknown,
            labels_in: other_language,
            failed,
        })
    }
}

/// A pull folder as [`Sink::peek`] read it.
pub struct Peek {
    /// `pull.json` (a fresh one when there is none).
    pub state: PullState,
    /// Ids of the submissions kept.
    pub kept: std::collections::HashSet<u128>,
    /// Ids of every envelope pulled, kept or set aside.
    pub pulled: std::collections::HashSet<u128>,
}

impl Peek {
    /// Whether `submission_id` was kept here.
    pub fn kept(&self, submission_id: &str) -> bool {
        id_bits(submission_id).is_some_and(|id| self.kept.contains(&id))
    }

    /// Whether `submission_id` was pulled here, kept or set aside.
    pub fn pulled(&self, submission_id: &str) -> bool {
        id_bits(submission_id).is_some_and(|id| self.pulled.contains(&id))
    }
}

/// What [`Sink::recheck_set_aside`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recheck {
    /// Envelopes checked again.
    pub rechecked: u64,
    /// Ids of those that now decrypt and verify, kept in the exports.
    pub recovered: Vec<String>,
    /// Those still set aside, by their reason now.
    pub still: BTreeMap<SetAside, u64>,
    /// Set-aside entries whose encrypted file is gone (nothing to check).
    pub missing: u64,
}

/// Appends one line to the set-aside list.
fn append_line(appends: &mut BTreeMap<String, Vec<u8>>, entry: &SetAsideEntry) {
    let list = appends.entry(SET_ASIDE_LIST.to_string()).or_default();
    list.extend_from_slice(serde_json::to_string(entry).unwrap_or_default().as_bytes());
    list.push(b'\n');
}

/// What [`Sink::keep`] did with one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageKept {
    /// Ids of the submissions kept (decrypted and verified).
    pub kept: Vec<String>,
    /// Envelopes set aside, by reason.
    pub set_aside: BTreeMap<SetAside, u64>,
}

impl PageKept {
    /// Envelopes set aside, all reasons together.
    pub fn set_aside_total(&self) -> u64 {
        self.set_aside.values().sum()
    }
}

/// One line of `set-aside/set-aside.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAsideEntry {
    /// The envelope's submission id, as the server listed it.
    pub submission_id: String,
    /// Its questionnaire id, as the server listed it.
    #[serde(default)]
    pub questionnaire_id: String,
    /// Its questionnaire version, as the server listed it.
    #[serde(default)]
    pub questionnaire_version: u32,
    /// Why it was set aside.
    pub reason: SetAside,
    /// What exactly was wrong.
    #[serde(default)]
    pub detail: String,
    /// Set when a later `heard pull --recheck-set-aside` decrypted and
    /// verified it (the line is appended, never rewritten, so a crash
    /// cannot lose the list).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
}

/// The lines of `out/set-aside/set-aside.jsonl`, in order (a line a
/// crash cut short is skipped: the next open cuts it back).
pub(crate) fn set_aside_entries(out: &Path) -> Result<Vec<SetAsideEntry>> {
    let list = out.join(SET_ASIDE_LIST);
    if !list.exists() {
        return Ok(Vec::new());
    }
    let text = std::fs::read_to_string(&list).at(&list)?;
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect())
}

/// What [`Sink::export`] could not do as asked.
#[derive(Debug, Clone, Default)]
pub struct ExportNotes {
    /// Versions exported as JSONL only (questionnaire unknown here).
    pub jsonl_only: Vec<String>,
    /// Versions whose labels are in another language than asked for.
    pub labels_in: Vec<(String, String)>,
    /// Versions whose CSV or XLSX could not be written, and why.
    pub failed: Vec<(String, String)>,
}

/// The folder (and summary key) of a questionnaire version: `id-vN`.
pub fn version_key(questionnaire_id: &str, version: u32) -> String {
    format!("{questionnaire_id}-v{version}")
}

/// The questionnaire id and version of a [`version_key`], when the id is
/// well formed (it names folders).
pub fn parse_version_key(key: &str) -> Option<(&str, u32)> {
    let (id, version) = key.rsplit_once("-v")?;
    if !heard_protocol::valid_questionnaire_id(id) {
        return None;
    }
    Some((id, version.parse().ok()?))
}

/// A submission id's 128 bits.
/// The ids of the submissions kept in pull folder `out` (`kept-ids.bin`).
pub(crate) fn kept_ids(out: &Path) -> Result<std::collections::HashSet<u128>> {
    let path = out.join(KEPT_IDS);
    if !path.exists() {
        return Ok(Default::default());
    }
    Ok(std::fs::read(&path)
        .at(&path)?
        .chunks_exact(16)
        .map(|c| u128::from_be_bytes(c.try_into().unwrap_or([0; 16])))
        .collect())
}

/// A submission id as the 128 bits `kept-ids.bin` holds; `None` when it is
/// not a well-formed id.
pub(crate) fn id_bits(id: &str) -> Option<u128> {
    heard_protocol::valid_submission_id(id)
        .then(|| u128::from_str_radix(id, 16).ok())
        .flatten()
}

/// Every file pulls append to: each version's JSONL, the set-aside list
/// and the kept ids.
fn appended_files(out: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for candidate in [out.join(SET_ASIDE_LIST), out.join(KEPT_IDS)] {
        if candidate.is_file() {
            files.push(candidate);
        }
    }
    for entry in std::fs::read_dir(out).at(out)?.flatten() {
        let jsonl = entry.path().join(export::JSONL);
        if jsonl.is_file() {
            files.push(jsonl);
        }
    }
    let rehearsal = out.join(REHEARSAL_DIR);
    if rehearsal.join(KEPT_IDS).is_file() {
        files.push(rehearsal.join(KEPT_IDS));
    }
    if rehearsal.is_dir() {
        for entry in std::fs::read_dir(&rehearsal).at(&rehearsal)?.flatten() {
            let jsonl = entry.path().join(export::JSONL);
            if jsonl.is_file() {
                files.push(jsonl);
            }
        }
    }
    Ok(files)
}

/// Loads questionnaire `id-vN` from the organization's packed bundles.
pub fn load_questionnaire(
    org: Option<&Org>,
    version_key: &str,
    scratch: &Path,
) -> Result<Option<Arc<heard_engine::Questionnaire>>> {
    let Some(org) = org else { return Ok(None) };
    let Some((id, version)) = parse_version_key(version_key) else {
        return Ok(None);
    };
    let Some(bundle) = org.bundle(id, version)? else {
        return Ok(None);
    };
    let dir = heard_engine::bundle::unpack(&bundle, scratch)?;
    Ok(Some(Arc::new(heard_engine::Questionnaire::load(&dir)?)))
}
