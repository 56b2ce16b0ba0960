//! The encrypted offline store: drafts and listening sessions encrypted to
//! the device key, sealed submissions queued in an outbox, all in one SQLite
//! file (WAL, `secure_delete`), one transaction per operation.
//!
//! Only routing data is in clear: ids, questionnaire id and version, kind,
//! status, an expiry rounded to the hour and the day a submission was queued.

use crate::error::{Error, Result};
use crate::secret::{DEVICE_IDENTITY, DEVICE_TOKEN, GROUP_KEY, SecretStore};
use age::secrecy::ExposeSecret;
use age::x25519;
use heard_engine::Answer;
use heard_engine::seal;
use heard_engine::submission::{self, DateGranularity, Submission};
use heard_engine::{Cursor, Response};
use heard_engine::{Questionnaire, QuestionnaireKind};
use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The schema this code writes. A store with a higher `user_version` was
/// written by a newer app and is refused rather than damaged.
pub const SCHEMA_VERSION: i64 = 4;

const MIGRATIONS: [&str; 4] = [
    r#"
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('survey', 'listening-session')),
    -- Unix seconds rounded up to the hour; NULL: never (sessions in progress).
    expires_at INTEGER,
    payload BLOB NOT NULL
);
CREATE TABLE outbox (
    submission_id TEXT PRIMARY KEY,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in-flight', 'rejected')),
    reason TEXT,
    queued_on TEXT NOT NULL,
    envelope BLOB NOT NULL
);
CREATE INDEX outbox_by_status ON outbox (status);
CREATE TABLE recipients (
    questionnaire_id TEXT PRIMARY KEY,
    recipients TEXT NOT NULL
);
"#,
    r#"
-- The organization this device is enrolled with: its pinned signing key and
-- its latest signed config (server, recipients). One row.
CREATE TABLE enrollment (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    org_key TEXT NOT NULL,
    grp TEXT NOT NULL,
    config_payload TEXT NOT NULL,
    config_signature TEXT NOT NULL,
    serial INTEGER NOT NULL
);
"#,
    r#"
-- Questionnaire bundles, verified against the pinned organization key.
CREATE TABLE bundles (
    questionnaire_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    signature TEXT NOT NULL
);
"#,
    r#"
-- What the outbox screen tells of past syncs: times and counts only, never
-- which submission went when. One row.
CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_attempt_at INTEGER NOT NULL,
    last_outcome TEXT NOT NULL,
    last_success_at INTEGER,
    sent_day TEXT NOT NULL,
    sent_count INTEGER NOT NULL
);
"#,
];

/// Settings of a store.
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// How long an untouched survey draft is kept (listening sessions in
    /// progress are exempt).
    pub draft_ttl: Duration,
    /// How precisely the submission date is kept.
    pub granularity: DateGranularity,
    /// Plaintext is padded to a multiple of this many bytes.
    pub pad_bucket: usize,
    /// Dates submissions with this day instead of the device's clock. For
    /// simulations (`heard demo` spreads its surveys over months) and
    /// replays; the apps leave it `None`.
    pub today: Option<chrono::NaiveDate>,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            draft_ttl: Duration::from_secs(72 * 3600),
            granularity: DateGranularity::Day,
            pad_bucket: seal::PAD_BUCKET,
            today: None,
        }
    }
}

/// The last sync as the store noted it (see [`Store::record_sync`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncLog {
    /// When the last sync ran (Unix seconds).
    pub last_attempt_at: i64,
    /// How it ended (a short code).
    pub last_outcome: String,
    /// When a sync last reached the server and finished (Unix seconds).
    pub last_success_at: Option<i64>,
    /// Submissions the server took today.
    pub sent_today: u64,
}

/// A draft's routing data (its content stays encrypted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftInfo {
    /// Draft id.
    pub id: String,
    /// Questionnaire id.
    pub questionnaire_id: String,
    /// Questionnaire version it was started on.
    pub questionnaire_version: u32,
    /// Survey or listening session.
    pub kind: QuestionnaireKind,
    /// When it will be deleted, Unix seconds; `None` for sessions in progress.
    pub expires_at: Option<i64>,
}

/// A sealed submission waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// Random submission id.
    pub submission_id: String,
    /// Questionnaire id.
    pub questionnaire_id: String,
    /// Questionnaire version.
    pub questionnaire_version: u32,
    /// The age file.
    pub envelope: Vec<u8>,
}

impl From<OutboxItem> for heard_protocol::UploadItem {
    fn from(item: OutboxItem) -> Self {
        heard_protocol::UploadItem {
            submission_id: item.submission_id,
            questionnaire_id: item.questionnaire_id,
            questionnaire_version: item.questionnaire_version,
            envelope: item.envelope,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct DraftPayload {
    locale: String,
    screen: Option<usize>,
    answers: BTreeMap<String, Answer>,
}

/// The organization a device is enrolled with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrollment {
    /// The pinned signing key.
    pub org_key: String,
    /// The device's enrollment group.
    pub group: String,
    /// The latest verified config.
    pub config: heard_protocol::signing::OrgConfig,
}

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    device: x25519::Identity,
    group_key: Option<heard_protocol::signing::SecretKey>,
    config: StoreConfig,
    lost_drafts: usize,
}

fn now_secs(now: SystemTime) -> i64 {
    now.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Creates the database file readable by its owner only, before SQLite
/// does (SQLite gives its `-wal` and `-shm` the same mode), so another
/// account on a shared computer cannot copy even the sealed outbox.
fn create_owner_only(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::Io {
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

/// The person's calendar day at `at`, as the sync log keeps it.
fn local_day(at: SystemTime) -> String {
    chrono::DateTime::<chrono::Local>::from(at)
        .date_naive()
        .to_string()
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// The database file and its WAL and shared-memory companions.
fn database_files(path: &Path) -> [PathBuf; 3] {
    [
        path.to_path_buf(),
        sidecar(path, "-wal"),
        sidecar(path, "-shm"),
    ]
}

/// Maps SQLite failures to errors a person can act on.
fn sql(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => Error::StorageFull,
        Some(ErrorCode::ReadOnly) => Error::ReadOnly(path.to_path_buf()),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Error::Corrupted {
            path: path.to_path_buf(),
            moved_to: None,
        },
        _ => Error::Storage(e),
    }
}

/// Refuses a (signed) bundle that is not complete: its files and recordings
/// ([`heard_engine::bundle::check`]), then its questionnaire, loaded from
/// memory ([`heard_engine::bundle::open`]). The refusal names the
/// questionnaire and version.
fn verify_bundle(bundle: &heard_protocol::signing::Bundle) -> Result<()> {
    let refused = |e: heard_engine::Error| {
        let reason = match e {
            heard_engine::Error::Bundle(reason) => reason,
            e => e.to_string(),
        };
        Error::Bundle(format!(
            "\"{}\" version {}: {reason}",
            bundle.questionnaire_id, bundle.version
        ))
    };
    heard_engine::bundle::check(bundle).map_err(refused)?;
    heard_engine::bundle::open(bundle).map_err(refused)?;
    Ok(())
}

fn secret_error(e: crate::secret::SecretError) -> Error {
    Error::KeyStore(e.message)
}

impl Store {
    /// Opens (or creates) the store at `path`, with the device key from
    /// `secrets`, and deletes expired drafts. A damaged database is moved
    /// aside, never overwritten, and the error says where it went; the next
    /// open starts clean.
    pub fn open(
        path: impl AsRef<Path>,
        secrets: &dyn SecretStore,
        config: StoreConfig,
    ) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        finish_interrupted_wipe(&path)?;
        let conn = match Self::connect(&path) {
            Ok(conn) => conn,
            Err(Error::Corrupted { .. }) => return Err(move_aside(&path)),
            Err(e) => return Err(e),
        };
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql(&path))?;
        if version > SCHEMA_VERSION {
            return Err(Error::NewerSchema {
                path,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        for (i, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = conn.unchecked_transaction().map_err(sql(&path))?;
            tx.execute_batch(migration).map_err(sql(&path))?;
            tx.pragma_update(None, "user_version", i as i64 + 1)
                .map_err(sql(&path))?;
            tx.commit().map_err(sql(&path))?;
        }
        let (device, fresh_key) = match secrets
            .load(DEVICE_IDENTITY.to_string())
            .map_err(secret_error)?
        {
            Some(bytes) => {
                let text = String::from_utf8(bytes)
                    .map_err(|_| Error::KeyStore("the stored device key is not text".into()))?;
                let identity = x25519::Identity::from_str(text.trim()).map_err(|e| {
                    Error::KeyStore(format!("the stored device key is invalid: {e}"))
                })?;
                (identity, false)
            }
            None => {
                let identity = x25519::Identity::generate();
                let text = identity.to_string();
                secrets
                    .save(
                        DEVICE_IDENTITY.to_string(),
                        text.expose_secret().as_bytes().to_vec(),
                    )
                    .map_err(secret_error)?;
                (identity, true)
            }
        };
        let group_key = match secrets.load(GROUP_KEY.to_string()).map_err(secret_error)? {
            Some(bytes) => Some(
                heard_protocol::signing::SecretKey::from_base64(&String::from_utf8_lossy(&bytes))
                    .map_err(|e| Error::KeyStore(format!("the stored group key is invalid: {e}")))?,
            ),
            None => None,
        };
        let mut store = Store {
            conn,
            path,
            device,
            group_key,
            config,
            lost_drafts: 0,
        };
        // A draft abandoned while the app was closed goes as soon as it opens.
        store.expire_drafts()?;
        if fresh_key {
            // Drafts sealed to a key the platform no longer has can never be
            // read again; the outbox is sealed to the organization and stays.
            store.lost_drafts = store.write(|tx| tx.execute("DELETE FROM drafts", []))?;
            if store.lost_drafts > 0 {
                store.checkpoint()?;
            }
        }
        Ok(store)
    }

    fn connect(path: &Path) -> Result<Connection> {
        create_owner_only(path)?;
        let conn = Connection::open(path).map_err(sql(path))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(sql(path))?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(sql(path))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Unsupported {
                path: path.to_path_buf(),
                reason: format!("it cannot use write-ahead logging (got {mode})"),
            });
        }
        conn.execute_batch(
            "PRAGMA secure_delete = ON; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )
        .map_err(sql(path))?;
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(sql(path))?;
        if check != "ok" {
            return Err(Error::Corrupted {
                path: path.to_path_buf(),
                moved_to: None,
            });
        }
        Ok(conn)
    }

    /// Runs `f` in one immediate transaction: all of it or nothing.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql(&path))?;
        let value = f(&tx).map_err(sql(&path))?;
        tx.commit().map_err(sql(&path))?;
        Ok(value)
    }

    /// Copies the WAL into the database and truncates it, so frames holding
    /// deleted content do not linger in `-wal` (`secure_delete` only scrubs
    /// the main file).
    fn checkpoint(&mut self) -> Result<()> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
            .map_err(sql(&self.path))?;
        if busy != 0 {
            return Err(Error::Unsupported {
                path: self.path.clone(),
                reason:
                    "the write-ahead log could not be checkpointed (another connection is reading)"
                        .into(),
            });
        }
        Ok(())
    }

    /// Changes the date submissions are dated with (see [`StoreConfig::today`]).
    pub fn set_today(&mut self, today: Option<chrono::NaiveDate>) {
        self.config.today = today;
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many drafts were deleted on open because the device key was gone.
    pub fn lost_drafts(&self) -> usize {
        self.lost_drafts
    }

    /// The public half of the device key (drafts are encrypted to it).
    pub fn device_recipient(&self) -> String {
        self.device.to_public().to_string()
    }

    // ----- drafts -------------------------------------------------------------

    fn encrypt_draft(&self, r: &Response) -> Result<Vec<u8>> {
        let payload = DraftPayload {
            locale: r.locale().to_string(),
            screen: match r.cursor() {
                Cursor::Screen(s) => Some(s),
                Cursor::End => None,
            },
            answers: r.draft_answers(),
        };
        let json = serde_json::to_vec(&payload).map_err(|e| Error::Damaged {
            what: "a draft being saved".into(),
            reason: e.to_string(),
        })?;
        Ok(seal::seal(
            &zeroize::Zeroizing::new(seal::pad(json, self.config.pad_bucket)),
            &[self.device.to_public()],
        )?)
    }

    fn expiry(&self, kind: QuestionnaireKind, now: SystemTime) -> Option<i64> {
        (kind == QuestionnaireKind::Survey).then(|| {
            let t = now_secs(now) + self.config.draft_ttl.as_secs() as i64;
            // Rounded up to the hour: the clear-text column says little about when it was touched.
            (t + 3599) / 3600 * 3600
        })
    }

    /// Saves a response as draft `id` (created or replaced), encrypted to the
    /// device key. Saving again pushes its expiry back.
    pub fn save_draft(&mut self, id: &str, r: &Response) -> Result<()> {
        if r.consent_declined() {
            return self.discard_draft(id);
        }
        let q = r.questionnaire();
        let payload = self.encrypt_draft(r)?;
        let expires = self.expiry(q.kind, SystemTime::now());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO drafts (id, questionnaire_id, questionnaire_version, kind, expires_at, payload)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, payload = excluded.payload",
                params![id, q.id, q.version, q.kind.name(), expires, payload],
            )
        })?;
        Ok(())
    }

    /// Starts a new draft for `r` and returns its id.
    pub fn create_draft(&mut self, r: &Response) -> Result<String> {
        let id = submission::random_id();
        self.save_draft(&id, r)?;
        Ok(id)
    }

    /// Every draft's routing data, oldest first.
    pub fn drafts(&self) -> Result<Vec<DraftInfo>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, questionnaire_id, questionnaire_version, kind, expires_at FROM drafts ORDER BY rowid")
            .map_err(sql(&self.path))?;
        let rows = stmt
            .query_map([], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get::<_, String>(3)?,
                    row.get(4)?,
                ))
            })
            .map_err(sql(&self.path))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql(&self.path))?;
        rows.into_iter()
            .map(
                |(id, questionnaire_id, questionnaire_version, kind, expires_at)| {
                    let Some(kind) = QuestionnaireKind::from_name(&kind) else {
                        return Err(Error::Damaged {
                            what: format!("draft {id}"),
                            reason: format!(
                                "its kind {kind:?} is not one this version of Heard knows"
                            ),
                        });
                    };
                    Ok(DraftInfo {
                        id,
                        questionnaire_id,
                        questionnaire_version,
                        kind,
                        expires_at,
                    })
                },
            )
            .collect()
    }

    /// Decrypts draft `id` and rebuilds its response on `q` (which may be a
    /// newer version). Also returns the ids of answers that no longer fit.
    pub fn load_draft(&self, id: &str, q: Arc<Questionnaire>) -> Result<(Response, Vec<String>)> {
        let row: Option<(String, Vec<u8>)> = self
            .conn
            .query_row(
                "SELECT questionnaire_id, payload FROM drafts WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql(&self.path))?;
        let (qid, payload) = row.ok_or_else(|| Error::UnknownDraft(id.to_string()))?;
        if qid != q.id {
            return Err(Error::WrongQuestionnaire {
                draft: id.to_string(),
                expected: qid,
                given: q.id.clone(),
            });
        }
        let plain = zeroize::Zeroizing::new(seal::open(&payload, &self.device)?);
        let payload: DraftPayload = serde_json::from_slice(&plain).map_err(|e| Error::Damaged {
            what: format!("draft {id}"),
            reason: e.to_string(),
        })?;
        let cursor = payload.screen.map_or(Cursor::End, Cursor::Screen);
        Ok(Response::restore(
            q,
            &[payload.locale.as_str()],
            payload.answers,
            cursor,
        ))
    }

    /// Deletes draft `id` securely.
    pub fn discard_draft(&mut self, id: &str) -> Result<()> {
        self.write(|tx| tx.execute("DELETE FROM drafts WHERE id = ?1", [id]))?;
        self.checkpoint()
    }

    /// Deletes survey drafts whose time is up (listening sessions in
    /// progress are kept until closed). Returns how many went.
    pub fn expire_drafts(&mut self) -> Result<usize> {
        self.expire_drafts_at(SystemTime::now())
    }

    /// [`Store::expire_drafts`] as if it were `now`.
    pub fn expire_drafts_at(&mut self, now: SystemTime) -> Result<usize> {
        let now = now_secs(now);
        let gone = self.write(|tx| {
            tx.execute(
                "DELETE FROM drafts WHERE expires_at IS NOT NULL AND expires_at <= ?1",
                [now],
            )
        })?;
        if gone > 0 {
            self.checkpoint()?;
        }
        Ok(gone)
    }

    // ----- recipients ---------------------------------------------------------

    /// Sets the organization's age recipients for `questionnaire_id` (`*`:
    /// every questionnaire without its own). New submissions use them; those
    /// already sealed keep the recipients they were sealed to.
    pub fn set_recipients(&mut self, questionnaire_id: &str, recipients: &[String]) -> Result<()> {
        if recipients.is_empty() {
            return Err(Error::NoRecipients(questionnaire_id.to_string()));
        }
        for r in recipients {
            seal::parse_recipient(r)?;
        }
        let joined = recipients
            .iter()
            .map(|r| r.trim())
            .collect::<Vec<_>>()
            .join("\n");
        self.write(|tx| {
            tx.execute(
                "INSERT INTO recipients (questionnaire_id, recipients) VALUES (?1, ?2)
                 ON CONFLICT (questionnaire_id) DO UPDATE SET recipients = excluded.recipients",
                params![questionnaire_id, joined],
            )
        })?;
        Ok(())
    }

    /// The recipients new submissions to `questionnaire_id` are sealed to.
    pub fn recipients(&self, questionnaire_id: &str) -> Result<Vec<x25519::Recipient>> {
        let text: Option<String> = self
            .conn
            .query_row(
                "SELECT recipients FROM recipients WHERE questionnaire_id IN (?1, '*')
                 ORDER BY questionnaire_id = '*' LIMIT 1",
                [questionnaire_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql(&self.path))?;
        let text = text.ok_or_else(|| Error::NoRecipients(questionnaire_id.to_string()))?;
        text.lines()
            .map(|line| seal::parse_recipient(line).map_err(Error::from))
            .collect()
    }

    // ----- enrollment -----------------------------------------------------------

    /// The organization this device is enrolled with, if any.
    pub fn enrollment(&self) -> Result<Option<Enrollment>> {
        let row: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT org_key, grp, config_payload FROM enrollment WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(sql(&self.path))?;
        let Some((org_key, group, payload)) = row else {
            return Ok(None);
        };
        let config = serde_json::from_str(&payload).map_err(|e| Error::Damaged {
            what: "the stored organization config".into(),
            reason: e.to_string(),
        })?;
        Ok(Some(Enrollment {
            org_key,
            group,
            config,
        }))
    }

    /// Records an enrollment: pins the organization's key, keeps the group
    /// key in the platform key store, and applies the signed config.
    ///
    /// All or nothing: everything is checked before anything is written,
    /// the enrollment and its config are recorded in one transaction, and
    /// if that fails the key store is put back as it was. A refused
    /// enrollment leaves the device exactly as enrolled (or not) as before.
    pub fn enroll(
        &mut self,
        org_key: &str,
        group: &str,
        group_key: &str,
        config: &heard_protocol::signing::Signed,
        secrets: &dyn SecretStore,
    ) -> Result<heard_protocol::signing::OrgConfig> {
        self.enroll_with_token(org_key, group, group_key, config, None, secrets)
    }

    /// [`Store::enroll`], also keeping the device's server `token` in the
    /// platform key store, under the same all-or-nothing rule.
    pub(crate) fn enroll_with_token(
        &mut self,
        org_key: &str,
        group: &str,
        group_key: &str,
        config: &heard_protocol::signing::Signed,
        token: Option<&str>,
        secrets: &dyn SecretStore,
    ) -> Result<heard_protocol::signing::OrgConfig> {
        let (verified, group_secret) = check_enrollment(org_key, group_key, config)?;
        let mut written = SecretsBefore::new(secrets);
        let mut to_write = vec![(GROUP_KEY, group_key.as_bytes())];
        if let Some(token) = token {
            to_write.push((DEVICE_TOKEN, token.as_bytes()));
        }
        for (name, value) in to_write {
            if let Err(e) = written.save(name, value) {
                written.restore();
                return Err(e);
            }
        }
        let joined = verified.recipients.join("\n");
        let recorded = self.write(|tx| {
            tx.execute("DELETE FROM enrollment", [])?;
            tx.execute(
                "INSERT INTO enrollment (id, org_key, grp, config_payload, config_signature, serial) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![org_key, group, config.payload, config.signature, verified.serial as i64],
            )?;
            tx.execute(
                "INSERT INTO recipients (questionnaire_id, recipients) VALUES ('*', ?1)
                 ON CONFLICT (questionnaire_id) DO UPDATE SET recipients = excluded.recipients",
                [&joined],
            )
        });
        if let Err(e) = recorded {
            written.restore();
            return Err(e);
        }
        self.group_key = Some(group_secret);
        Ok(verified)
    }

    /// Applies a newer organization config, after checking that the pinned
    /// organization key signed it and that it is not older than the current
    /// one: a server cannot re-point submissions or roll a config back.
    pub fn apply_config(
        &mut self,
        signed: &heard_protocol::signing::Signed,
    ) -> Result<heard_protocol::signing::OrgConfig> {
        let (org_key, serial): (String, i64) = self
            .conn
            .query_row(
                "SELECT org_key, serial FROM enrollment WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql(&self.path))?
            .ok_or_else(|| {
                Error::Enrollment("this device is not enrolled with an organization".into())
            })?;
        let key = heard_protocol::signing::PublicKey::from_base64(&org_key)
            .map_err(|e| Error::Enrollment(e.to_string()))?;
        let config: heard_protocol::signing::OrgConfig = signed
            .verify(&key, "organization config")
            .map_err(|e| Error::Enrollment(format!("organization config refused: {e}")))?;
        if (config.serial as i64) <= serial {
            return Err(Error::Enrollment(format!(
                "organization config refused: serial {} is not newer than the current {serial}",
                config.serial
            )));
        }
        check_config(&config)?;
        let joined = config.recipients.join("\n");
        self.write(|tx| {
            tx.execute(
                "UPDATE enrollment SET config_payload = ?1, config_signature = ?2, serial = ?3 WHERE id = 1",
                params![signed.payload, signed.signature, config.serial as i64],
            )?;
            tx.execute(
                "INSERT INTO recipients (questionnaire_id, recipients) VALUES ('*', ?1)
                 ON CONFLICT (questionnaire_id) DO UPDATE SET recipients = excluded.recipients",
                [&joined],
            )
        })?;
        Ok(config)
    }

    /// Installs a questionnaire bundle after checking that the pinned
    /// organization key signed it, that it is not older than the installed
    /// one (no rollback to a withdrawn question), and that it is complete:
    /// only questionnaire files, recordings of an accepted type within the
    /// size caps ([`heard_engine::bundle::check`]), and a questionnaire that
    /// loads, the one its header names ([`heard_engine::bundle::open`]). A
    /// refused bundle leaves the installed one in place. Returns whether
    /// anything changed.
    pub fn install_bundle(&mut self, signed: &heard_protocol::signing::Signed) -> Result<bool> {
        let enrollment = self.enrollment()?.ok_or_else(|| {
            Error::Bundle("this device is not enrolled with an organization".into())
        })?;
        let key = heard_protocol::signing::PublicKey::from_base64(&enrollment.org_key)
            .map_err(|e| Error::Bundle(e.to_string()))?;
        let bundle: heard_protocol::signing::Bundle = signed
            .verify(&key, "questionnaire bundle")
            .map_err(|e| Error::Bundle(e.to_string()))?;
        let installed: Option<(u32, String)> = self
            .conn
            .query_row(
                "SELECT version, payload FROM bundles WHERE questionnaire_id = ?1",
                [&bundle.questionnaire_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(sql(&self.path))?;
        match installed {
            Some((v, payload)) if v == bundle.version && payload == signed.payload => {
                return Ok(false);
            }
            Some((v, _)) if v >= bundle.version => {
                return Err(Error::Bundle(format!(
                    "\"{}\" version {} is not newer than the installed version {v}",
                    bundle.questionnaire_id, bundle.version
                )));
            }
            _ => {}
        }
        verify_bundle(&bundle)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO bundles (questionnaire_id, version, payload, signature) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (questionnaire_id) DO UPDATE SET version = excluded.version, payload = excluded.payload, signature = excluded.signature",
                params![bundle.questionnaire_id, bundle.version, signed.payload, signed.signature],
            )
        })?;
        Ok(true)
    }

    /// The installed questionnaire bundles (each verified when installed).
    pub fn bundles(&self) -> Result<Vec<heard_protocol::signing::Bundle>> {
        let mut stmt = self
            .conn
            .prepare("SELECT payload FROM bundles ORDER BY questionnaire_id")
            .map_err(sql(&self.path))?;
        let payloads = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .map_err(sql(&self.path))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql(&self.path))?;
        payloads
            .iter()
            .map(|p| {
                serde_json::from_str(p).map_err(|e| Error::Damaged {
                    what: "a stored bundle".into(),
                    reason: e.to_string(),
                })
            })
            .collect()
    }

    // ----- submitting -----------------------------------------------------------

    /// Seals a complete response and queues it: canonical JSON → padded →
    /// age-encrypted to the organization's recipients → outbox row, and draft
    /// `draft_id` deleted, in one transaction. Afterwards the device holds no
    /// readable copy. Returns the submission id.
    pub fn submit(&mut self, draft_id: &str, r: &Response) -> Result<String> {
        let today = self.config.today.unwrap_or_else(heard_engine::date::today);
        let submission = Submission::from_response(r, today, self.config.granularity)?;
        let q = r.questionnaire();
        let recipients = self.recipients(&q.id)?;
        let submission = match (&self.group_key, self.enrollment()?) {
            (Some(key), Some(enrollment)) => submission.signed_by_group(enrollment.group, key),
            _ => submission,
        };
        let envelope = submission.seal(&recipients, self.config.pad_bucket)?;
        let queued_on = submission::coarse_date(heard_engine::date::today(), DateGranularity::Day);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO outbox (submission_id, questionnaire_id, questionnaire_version, kind, queued_on, envelope)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![submission.submission_id, q.id, q.version, q.kind.name(), queued_on, envelope],
            )?;
            tx.execute("DELETE FROM drafts WHERE id = ?1", [draft_id])
        })?;
        self.checkpoint()?;
        Ok(submission.submission_id)
    }

    // ----- outbox -----------------------------------------------------------------

    /// How many sealed submissions wait to be sent.
    pub fn outbox_len(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row(
                "SELECT count(*) FROM outbox WHERE status = 'pending'",
                [],
                |r| r.get(0),
            )
            .map_err(sql(&self.path))?;
        Ok(n.max(0) as u64)
    }

    /// The next `limit` submissions to send, oldest first.
    pub fn outbox_batch(&self, limit: usize) -> Result<Vec<OutboxItem>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT submission_id, questionnaire_id, questionnaire_version, envelope FROM outbox
                 WHERE status = 'pending' ORDER BY rowid LIMIT ?1",
            )
            .map_err(sql(&self.path))?;
        let rows = stmt
            .query_map([limit as i64], |row| {
                Ok(OutboxItem {
                    submission_id: row.get(0)?,
                    questionnaire_id: row.get(1)?,
                    questionnaire_version: row.get(2)?,
                    envelope: row.get(3)?,
                })
            })
            .map_err(sql(&self.path))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql(&self.path))
    }

    /// Marks a submission the server refused for good: it stays on the
    /// device, visible with its reason, and is not sent again.
    pub fn mark_rejected(&mut self, submission_id: &str, reason: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE outbox SET status = 'rejected', reason = ?2 WHERE submission_id = ?1",
                params![submission_id, reason],
            )
        })?;
        Ok(())
    }

    /// Submissions the server refused, with its reasons.
    pub fn rejected(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT submission_id, coalesce(reason, '') FROM outbox WHERE status = 'rejected' ORDER BY rowid")
            .map_err(sql(&self.path))?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(sql(&self.path))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql(&self.path))
    }

    /// Removes submissions the server has acknowledged. Returns how many.
    pub fn acknowledge(&mut self, submission_ids: &[String]) -> Result<usize> {
        let gone = self.write(|tx| {
            let mut stmt = tx.prepare("DELETE FROM outbox WHERE submission_id = ?1")?;
            let mut n = 0;
            for id in submission_ids {
                n += stmt.execute([id])?;
            }
            Ok(n)
        })?;
        self.checkpoint()?;
        Ok(gone)
    }

    // ----- sync log -------------------------------------------------------------

    /// Notes one sync: when it ran, how it ended (`outcome`, a short code
    /// such as `done` or `retry-later`), whether the server was reached and
    /// answered, and how many submissions it took (added to today's count,
    /// which starts again each day).
    pub fn record_sync(
        &mut self,
        at: SystemTime,
        outcome: &str,
        succeeded: bool,
        sent: u64,
    ) -> Result<()> {
        let today = local_day(at);
        let at = now_secs(at);
        let sent = i64::try_from(sent).unwrap_or(i64::MAX);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO sync_log (id, last_attempt_at, last_outcome, last_success_at, sent_day, sent_count)
                 VALUES (1, ?1, ?2, CASE WHEN ?3 THEN ?1 END, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET
                    last_attempt_at = excluded.last_attempt_at,
                    last_outcome = excluded.last_outcome,
                    last_success_at = CASE WHEN ?3 THEN excluded.last_attempt_at ELSE sync_log.last_success_at END,
                    sent_count = CASE WHEN sync_log.sent_day = excluded.sent_day
                                      THEN sync_log.sent_count + excluded.sent_count
                                      ELSE excluded.sent_count END,
                    sent_day = excluded.sent_day",
                params![at, outcome, succeeded, today, sent],
            )
        })?;
        Ok(())
    }

    /// What [`Store::record_sync`] noted, with today's count (0 when the
    /// last sync that sent something was on an earlier day); `None` before
    /// the first sync.
    pub fn sync_log(&self) -> Result<Option<SyncLog>> {
        self.sync_log_at(SystemTime::now())
    }

    /// [`Store::sync_log`] as seen at `now`.
    pub fn sync_log_at(&self, now: SystemTime) -> Result<Option<SyncLog>> {
        let today = local_day(now);
        self.conn
            .query_row(
                "SELECT last_attempt_at, last_outcome, last_success_at,
                        CASE WHEN sent_day = ?1 THEN sent_count ELSE 0 END
                 FROM sync_log WHERE id = 1",
                [today],
                |r| {
                    Ok(SyncLog {
                        last_attempt_at: r.get(0)?,
                        last_outcome: r.get(1)?,
                        last_success_at: r.get(2)?,
                        sent_today: r.get::<_, i64>(3)?.max(0) as u64,
                    })
                },
            )
            .optional()
            .map_err(sql(&self.path))
    }

    // ----- safety ---------------------------------------------------------------

    /// Destroys everything: the device key first (so nothing left behind can
    /// be decrypted), then the database and its WAL and shared-memory files.
    /// An interrupted wipe is finished by the next [`Store::open`].
    pub fn panic_wipe(mut self, secrets: &dyn SecretStore) -> Result<()> {
        self.wipe(secrets)
    }

    /// Panic wipe through a shared handle (a sync may still hold one): the
    /// same sequence as [`Store::panic_wipe`], after which this store is
    /// closed and every call fails until the app opens a new one.
    pub fn wipe(&mut self, secrets: &dyn SecretStore) -> Result<()> {
        let path = self.path.clone();
        let marker = sidecar(&path, ".wiping");
        std::fs::write(&marker, b"wipe in progress").map_err(|e| Error::Io {
            path: marker.clone(),
            source: e,
        })?;
        for name in [DEVICE_IDENTITY, GROUP_KEY, DEVICE_TOKEN] {
            secrets.delete(name.to_string()).map_err(secret_error)?;
        }
        // Close the file: an in-memory connection takes its place, so a
        // call through a stale handle finds no tables instead of the data.
        let closed = Connection::open_in_memory().map_err(sql(&path))?;
        drop(std::mem::replace(&mut self.conn, closed));
        self.group_key = None;
        // The old identity is dropped (age zeroizes it) for one nobody holds.
        self.device = x25519::Identity::generate();
        remove_database(&path)?;
        std::fs::remove_file(&marker).map_err(|e| Error::Io {
            path: marker,
            source: e,
        })
    }

    /// Limits the database to `pages` pages, as a nearly full disk would.
    #[doc(hidden)]
    pub fn limit_pages_for_tests(&self, pages: u32) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .map_err(sql(&self.path))
    }

    /// Makes the connection read-only, as storage remounted read-only would.
    #[doc(hidden)]
    pub fn make_read_only_for_tests(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA query_only = ON")
            .map_err(sql(&self.path))
    }
}

/// Checks an enrollment before anything of it is written: the organization
/// key, its signature on the config, the group key, and the config's server
/// and recipients ([`check_config`]). Returns the config and the group key.
pub(crate) fn check_enrollment(
    org_key: &str,
    group_key: &str,
    config: &heard_protocol::signing::Signed,
) -> Result<(
    heard_protocol::signing::OrgConfig,
    heard_protocol::signing::SecretKey,
)> {
    let key = heard_protocol::signing::PublicKey::from_base64(org_key)
        .map_err(|e| Error::Enrollment(e.to_string()))?;
    let verified: heard_protocol::signing::OrgConfig =
        config
            .verify(&key, "organization config")
            .map_err(|e| Error::Enrollment(e.to_string()))?;
    let group_secret = heard_protocol::signing::SecretKey::from_base64(group_key)
        .map_err(|e| Error::Enrollment(format!("the group key: {e}")))?;
    check_config(&verified)?;
    Ok((verified, group_secret))
}

/// What a verified organization config must hold before a device takes it:
/// an `https` server (plain `http` only on loopback) and at least one valid
/// age recipient.
fn check_config(config: &heard_protocol::signing::OrgConfig) -> Result<()> {
    crate::server_url::check_server_url(&config.server)?;
    if config.recipients.is_empty() {
        return Err(Error::Enrollment(
            "organization config refused: it names no recipients".into(),
        ));
    }
    for r in &config.recipients {
        seal::parse_recipient(r)?;
    }
    Ok(())
}

/// Secrets an enrollment wrote, with what each held before, so that a
/// failed enrollment can put the key store back as it was.
struct SecretsBefore<'a> {
    secrets: &'a dyn SecretStore,
    before: Vec<(&'static str, Option<zeroize::Zeroizing<Vec<u8>>>)>,
}

impl<'a> SecretsBefore<'a> {
    fn new(secrets: &'a dyn SecretStore) -> SecretsBefore<'a> {
        SecretsBefore {
            secrets,
            before: Vec::new(),
        }
    }

    /// Saves `value` as `name`, remembering what was there.
    fn save(&mut self, name: &'static str, value: &[u8]) -> Result<()> {
        let old = self
            .secrets
            .load(name.to_string())
            .map_err(secret_error)?
            .map(zeroize::Zeroizing::new);
        // Remembered before saving: a save that fails halfway is undone too.
        self.before.push((name, old));
        self.secrets
            .save(name.to_string(), value.to_vec())
            .map_err(secret_error)
    }

    /// Puts back every secret saved, newest first (best effort: the error
    /// that made the enrollment fail is the one reported).
    fn restore(self) {
        for (name, old) in self.before.into_iter().rev() {
            let _ = match old {
                Some(value) => self.secrets.save(name.to_string(), value.to_vec()),
                None => self.secrets.delete(name.to_string()),
            };
        }
    }
}

fn remove_database(path: &Path) -> Result<()> {
    for file in database_files(path) {
        if let Ok(len) = std::fs::metadata(&file).map(|m| m.len()) {
            // Best effort on flash storage; the key is already gone.
            let _ = std::fs::write(&file, vec![0u8; len as usize]);
        }
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::Io {
                    path: file,
                    source: e,
                });
            }
        }
    }
    Ok(())
}

fn finish_interrupted_wipe(path: &Path) -> Result<()> {
    let marker = sidecar(path, ".wiping");
    if marker.exists() {
        remove_database(path)?;
        std::fs::remove_file(&marker).map_err(|e| Error::Io {
            path: marker,
            source: e,
        })?;
    }
    Ok(())
}

/// Moves a damaged database (and its companions) aside and says where.
fn move_aside(path: &Path) -> Error {
    let stamp = now_secs(SystemTime::now());
    let target = sidecar(path, &format!(".corrupt-{stamp}"));
    for (file, suffix) in database_files(path).iter().zip(["", "-wal", "-shm"]) {
        if file.exists() {
            let dest = sidecar(&target, suffix);
            if let Err(e) = std::fs::rename(file, &dest) {
                return Error::Io {
                    path: file.clone(),
                    source: e,
                };
            }
        }
    }
    Error::Corrupted {
        path: path.to_path_buf(),
        moved_to: Some(target),
    }
}
