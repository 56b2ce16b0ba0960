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

use crate::admin::Admin;
use crate::error::{Error, IoContext, Result};
use crate::export::{self, Layout};
use crate::files::write_atomic;
use crate::org::Org;
use heard_core::submission::Submission;
use heard_protocol::signing::PublicKey;
use heard_protocol::{EnvelopeLimits, ExportItem, check_envelope};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The state and summary file in the output folder.
pub const STATE_FILE: &str = "pull.json";
/// Where set-aside envelopes go.
pub const SET_ASIDE_DIR: &str = "set-aside";
const SET_ASIDE_LIST: &str = "set-aside/set-aside.jsonl";
/// The ids of kept submissions, 16 bytes each, to recognise replays.
const KEPT_IDS: &str = "kept-ids.bin";
/// Locked while a pull writes into the folder.
const LOCK_FILE: &str = ".pull.lock";

/// Why an envelope was not exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetAside {
    /// Not a well-formed age file, or it failed to decrypt part-way.
    Damaged,
    /// Sealed to another key than the steward's.
    NotForThisKey,
    /// Decrypted, but not a Heard submission.
    NotASubmission,
    /// Its content names another id or questionnaire than its routing data.
    Mismatch,
    /// No enrollment-group signature inside.
    Unsigned,
    /// Signed by a group this organization never created.
    UnknownGroup,
    /// A signature that does not verify.
    BadSignature,
    /// Signed by a group that was revoked.
    RevokedGroup,
    /// A submission id already kept here (a replay).
    Duplicate,
}

impl SetAside {
    /// Every reason, in report order.
    pub const ALL: [SetAside; 9] = [
        SetAside::Damaged,
        SetAside::NotForThisKey,
        SetAside::NotASubmission,
        SetAside::Mismatch,
        SetAside::Unsigned,
        SetAside::UnknownGroup,
        SetAside::BadSignature,
        SetAside::RevokedGroup,
        SetAside::Duplicate,
    ];

    /// The reason's name, as in `pull.json`.
    pub fn name(self) -> &'static str {
        match self {
            SetAside::Damaged => "damaged",
            SetAside::NotForThisKey => "not-for-this-key",
            SetAside::NotASubmission => "not-a-submission",
            SetAside::Mismatch => "mismatch",
            SetAside::Unsigned => "unsigned",
            SetAside::UnknownGroup => "unknown-group",
            SetAside::BadSignature => "bad-signature",
            SetAside::RevokedGroup => "revoked-group",
            SetAside::Duplicate => "duplicate",
        }
    }

    /// Whether it failed to decrypt (as opposed to failing to verify).
    pub fn is_decryption_failure(self) -> bool {
        matches!(self, SetAside::Damaged | SetAside::NotForThisKey)
    }
}

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
}

impl Summary {
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
                "{e} (the pull state is damaged: restore it or pull into a new folder)"
            ),
        })
    }

    fn save(&self, out: &Path) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).unwrap_or_default();
        write_atomic(&out.join(STATE_FILE), &json, false)
    }
}

/// What verifies an envelope's content.
pub struct Keys {
    /// The steward's age identities.
    pub identities: Vec<age::x25519::Identity>,
    /// Each enrollment group's public key and whether it was revoked.
    pub groups: BTreeMap<String, (Option<PublicKey>, bool)>,
}

/// The outcome for one envelope.
pub enum Outcome {
    /// Decrypted and verified: the submission's canonical JSON.
    Kept {
        /// Its folder key, `questionnaire-vN`.
        version: String,
        /// Its enrollment group.
        group: String,
        /// The JSON line.
        json: Vec<u8>,
    },
    /// Set aside, with a detail for the list.
    SetAside(SetAside, String),
}

/// Decrypts and checks one envelope.
pub fn classify(item: &ExportItem, keys: &Keys, limits: &EnvelopeLimits) -> Outcome {
    if let Err(e) = check_envelope(&item.envelope, limits) {
        return Outcome::SetAside(SetAside::Damaged, e.to_string());
    }
    // The id names folders here: anything else is refused before decrypting.
    if !heard_protocol::valid_questionnaire_id(&item.questionnaire_id) {
        return Outcome::SetAside(
            SetAside::NotASubmission,
            format!(
                "not a questionnaire id: {:?}",
                item.questionnaire_id.chars().take(100).collect::<String>()
            ),
        );
    }
    let plaintext = match decrypt(&item.envelope, &keys.identities) {
        Ok(p) => p,
        Err(age::DecryptError::NoMatchingKeys) => {
            return Outcome::SetAside(SetAside::NotForThisKey, "sealed to another key".into());
        }
        Err(e) => return Outcome::SetAside(SetAside::Damaged, e.to_string()),
    };
    let submission: Submission = match serde_json::from_slice(&plaintext) {
        Ok(s) => s,
        Err(e) => return Outcome::SetAside(SetAside::NotASubmission, e.to_string()),
    };
    if submission.submission_id != item.submission_id
        || submission.questionnaire.id != item.questionnaire_id
        || submission.questionnaire.version != item.questionnaire_version
    {
        return Outcome::SetAside(
            SetAside::Mismatch,
            format!(
                "the server lists it as {} ({} v{}), the sealed content says {} ({} v{})",
                item.submission_id,
                item.questionnaire_id,
                item.questionnaire_version,
                submission.submission_id,
                submission.questionnaire.id,
                submission.questionnaire.version
            ),
        );
    }
    let Some(signature) = &submission.group else {
        return Outcome::SetAside(SetAside::Unsigned, "no enrollment-group signature".into());
    };
    let group = signature.group.clone();
    let Some((key, revoked)) = keys.groups.get(&group) else {
        return Outcome::SetAside(SetAside::UnknownGroup, format!("group {group:?}"));
    };
    if !key.as_ref().is_some_and(|k| submission.verify_group(k)) {
        return Outcome::SetAside(SetAside::BadSignature, format!("group {group:?}"));
    }
    if *revoked {
        return Outcome::SetAside(SetAside::RevokedGroup, format!("group {group:?}"));
    }
    let mut json = submission.to_canonical_json();
    json.push(b'\n');
    Outcome::Kept {
        version: format!("{}-v{}", item.questionnaire_id, item.questionnaire_version),
        group,
        json,
    }
}

fn decrypt(
    envelope: &[u8],
    identities: &[age::x25519::Identity],
) -> Result<Vec<u8>, age::DecryptError> {
    use std::io::Read;
    let decryptor = age::Decryptor::new_buffered(envelope)?;
    let mut reader = decryptor.decrypt(identities.iter().map(|i| i as &dyn age::Identity))?;
    let mut plaintext = Vec::with_capacity(envelope.len());
    reader.read_to_end(&mut plaintext)?;
    Ok(plaintext)
}

/// Classifies a page of envelopes on every core.
pub fn classify_all(items: &[ExportItem], keys: &Keys, limits: &EnvelopeLimits) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|item| classify(item, keys, limits))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Appends pages to an output folder and keeps its state.
pub struct Sink {
    out: PathBuf,
    /// Ids of submissions kept here (for replays).
    kept: std::collections::HashSet<u128>,
    /// Ids of every envelope pulled here, kept or set aside (for purges).
    pulled: std::collections::HashSet<u128>,
    /// Held while the sink is open: one pull per folder at a time.
    _lock: std::fs::File,
    /// The state, saved after every page.
    pub state: PullState,
    /// Versions that received submissions in this run.
    pub touched: std::collections::BTreeSet<String>,
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
        if lock.try_lock().is_err() {
            return Err(Error::Usage(format!(
                "another heard pull is writing into {}; wait until it ends",
                out.display()
            )));
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
                            "is missing, but {} holds pulled data. Nothing was changed: restore pull.json from a backup, or pull into a new folder.",
                            path.display()
                        ),
                    });
                }
            }
            PullState::default()
        };
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
                        "holds {actual} bytes but pull.json recorded {length}: it was damaged or replaced. Nothing was changed: restore it from a backup, or pull into a new folder."
                    ),
                });
            }
        }
        // Cut every appended file back to its length at the last saved
        // page; one that page created but never recorded goes back to empty.
        for path in &files {
            let relative = path
                .strip_prefix(out)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            let length = state.files.get(&relative).copied().unwrap_or(0);
            if std::fs::metadata(path).at(path)?.len() > length {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .at(path)?;
                file.set_len(length)
                    .and_then(|()| file.sync_all())
                    .at(path)?;
            }
        }
        let ids_path = out.join(KEPT_IDS);
        let kept: std::collections::HashSet<u128> = if ids_path.exists() {
            std::fs::read(&ids_path)
                .at(&ids_path)?
                .chunks_exact(16)
                .map(|c| u128::from_be_bytes(c.try_into().unwrap_or([0; 16])))
                .collect()
        } else {
            Default::default()
        };
        let mut pulled = kept.clone();
        let list = out.join(SET_ASIDE_LIST);
        if list.exists() {
            let text = std::fs::read_to_string(&list).at(&list)?;
            for line in text.lines() {
                if let Some(id) = serde_json::from_str::<serde_json::Value>(line)
                    .ok()
                    .and_then(|v| id_bits(v["submission_id"].as_str()?))
                {
                    pulled.insert(id);
                }
            }
        }
        Ok(Sink {
            out: out.to_path_buf(),
            kept,
            pulled,
            _lock: lock,
            state,
            touched: Default::default(),
        })
    }

    /// Whether the envelope `submission_id` was pulled into this folder.
    pub fn holds(&self, submission_id: &str) -> bool {
        id_bits(submission_id).is_some_and(|id| self.pulled.contains(&id))
    }

    /// Whether one of `recipients` opened envelopes here before.
    fn opened_before(&self, recipients: &[String]) -> bool {
        recipients
            .iter()
            .any(|r| self.state.opened_with.contains(r))
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
    ) -> Result<()> {
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
        // pull.json exists before any data does, so that a folder with data
        // but no pull.json is recognised as damaged, never as new.
        if !self.out.join(STATE_FILE).exists() {
            self.state.save(&self.out)?;
        }
        let mut appends: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (item, outcome) in items.iter().zip(outcomes) {
            self.state.summary.pulled += 1;
            if let Some(id) = id_bits(&item.submission_id) {
                self.pulled.insert(id);
            }
            // Kept content carries the item's id (checked in classify).
            let outcome = match (outcome, id_bits(&item.submission_id)) {
                (Outcome::Kept { .. }, Some(id)) if self.kept.contains(&id) => Outcome::SetAside(
                    SetAside::Duplicate,
                    "a submission with this id was already kept".into(),
                ),
                (outcome, _) => outcome,
            };
            match outcome {
                Outcome::Kept {
                    version,
                    group,
                    json,
                } => {
                    if let Some(id) = id_bits(&item.submission_id) {
                        self.kept.insert(id);
                        appends
                            .entry(KEPT_IDS.to_string())
                            .or_default()
                            .extend_from_slice(&id.to_be_bytes());
                    }
                    appends
                        .entry(format!("{version}/{}", export::JSONL))
                        .or_default()
                        .extend_from_slice(&json);
                    *self
                        .state
                        .summary
                        .exported
                        .entry(version.clone())
                        .or_default() += 1;
                    *self.state.summary.by_group.entry(group).or_default() += 1;
                    self.touched.insert(version);
                }
                Outcome::SetAside(reason, detail) => {
                    let file = format!("{SET_ASIDE_DIR}/{}.age", item.submission_id);
                    let path = self.out.join(&file);
                    // Only a well-formed id names a file: the server checks
                    // ids, but a hostile one must not write elsewhere.
                    if heard_protocol::valid_submission_id(&item.submission_id) {
                        let mut file = crate::files::create_private(&path)?;
                        file.write_all(&item.envelope)
                            .and_then(|()| file.sync_all())
                            .at(&path)?;
                    }
                    let line = serde_json::json!({
                        "submission_id": item.submission_id,
                        "questionnaire_id": item.questionnaire_id,
                        "questionnaire_version": item.questionnaire_version,
                        "reason": reason,
                        "detail": detail,
                    });
                    let list = appends.entry(SET_ASIDE_LIST.to_string()).or_default();
                    list.extend_from_slice(line.to_string().as_bytes());
                    list.push(b'\n');
                    *self.state.summary.set_aside.entry(reason).or_default() += 1;
                }
            }
        }
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
        if let Some(last) = items.last() {
            self.state.after = last.seq;
        }
        self.state.save(&self.out)
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
        let root = self.out.join(".questionnaires").join("pull");
        for version in self.state.summary.exported.keys() {
            let dir = self.out.join(version);
            if !dir.join(export::JSONL).exists() {
                continue;
            }
            match load_questionnaire(org, version, &root)? {
                Some(q) => {
                    let layout = Layout::new(&q, locale);
                    if locale.is_some_and(|l| l != layout.locale()) {
                        other_language.push((version.clone(), layout.locale().to_string()));
                    }
                    export::write_exports(&dir, &layout)?;
                }
                None => unknown.push(version.clone()),
            }
        }
        Ok(ExportNotes {
            jsonl_only: unknown,
            labels_in: other_language,
        })
    }
}

/// What [`Sink::export`] could not do as asked.
#[derive(Debug, Clone, Default)]
pub struct ExportNotes {
    /// Versions exported as JSONL only (questionnaire unknown here).
    pub jsonl_only: Vec<String>,
    /// Versions whose labels are in another language than asked for.
    pub labels_in: Vec<(String, String)>,
}

/// A submission id's 128 bits.
fn id_bits(id: &str) -> Option<u128> {
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
    Ok(files)
}

/// Loads questionnaire `id-vN` from the organization's packed bundles.
pub fn load_questionnaire(
    org: Option<&Org>,
    version_key: &str,
    scratch: &Path,
) -> Result<Option<Arc<heard_core::Questionnaire>>> {
    let Some(org) = org else { return Ok(None) };
    if !heard_protocol::valid_questionnaire_id(
        version_key.rsplit_once("-v").map_or("", |(id, _)| id),
    ) {
        return Ok(None);
    }
    let Some((id, version)) = version_key
        .rsplit_once("-v")
        .and_then(|(id, v)| Some((id, v.parse::<u32>().ok()?)))
    else {
        return Ok(None);
    };
    let Some(bundle) = org.bundle(id, version)? else {
        return Ok(None);
    };
    let dir = heard_core::bundle::unpack(&bundle, scratch)?;
    Ok(Some(Arc::new(heard_core::Questionnaire::load(&dir)?)))
}

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
    } = sink.export(options.org, options.locale)?;
    let summary = sink.state.summary.clone();
    Ok(PullReport {
        pulled: summary.pulled - before.pulled,
        exported: summary.exported_total() - before.exported_total(),
        set_aside: summary.set_aside_total() - before.set_aside_total(),
        purged,
        jsonl_only,
        labels_in,
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
        let done = behind.len() < page.items.len() || page.next_after.is_none();
        after = page.items.last().map_or(after, |i| i.seq);
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
    use heard_core::submission::{GroupSignature, QuestionnaireRef};
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

    #[test]
    fn a_replayed_submission_is_set_aside_not_counted_twice() {
        let dir = tempfile::tempdir().expect("dir");
        let identity = age::x25519::Identity::generate();
        let group = SecretKey::generate();
        let keys = Keys {
            identities: vec![identity.clone()],
            groups: [("north".to_string(), (Some(group.public()), false))].into(),
        };
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
        // A first page saves pull.json before it appends anything.
        let sink = Sink::open(dir.path(), "http://127.0.0.1:1").expect("first open");
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
        let identity = age::x25519::Identity::generate();
        let group = SecretKey::generate();
        let keys = Keys {
            identities: vec![identity.clone()],
            groups: [("north".to_string(), (Some(group.public()), false))].into(),
        };
        let mut hostile = item(1, &identity, &group);
        hostile.questionnaire_id = "../../etc".into();
        let outcome = classify(&hostile, &keys, &EnvelopeLimits::default());
        assert!(matches!(
            outcome,
            Outcome::SetAside(SetAside::NotASubmission, _)
        ));
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
