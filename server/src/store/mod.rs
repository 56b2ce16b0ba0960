//! Storage behind one trait, with an SQLite (embedded, the default) and a
//! PostgreSQL implementation. The server holds no state of its own beyond
//! counters and rate limits, so several processes can share one PostgreSQL.

use async_trait::async_trait;
use heard_protocol::{DeviceInfo, EnrollmentCodeInfo, ExportItem, LinkInfo, UploadItem};
use std::sync::Arc;

mod pg_error;
mod pg_tls;
pub mod pg_url;
pub mod postgres;
pub mod sqlite;

/// A storage failure.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no.
    #[error("database error: {0}")]
    Database(String),
    /// The `--db` value is not usable.
    #[error("{0}")]
    Config(String),
    /// The database does not answer: down, unreachable, or refusing us.
    #[error("{0}")]
    Unavailable(String),
    /// A file could not be created, read or written.
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    /// An operation refused to go ahead; the message says what to do.
    #[error("{0}")]
    Refused(String),
}

/// The UTC day of a Unix time, `YYYY-MM-DD`: what the server keeps of when
/// a device enrolled or synced (never the time of day).
pub fn utc_day(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .unwrap_or_default()
        .format("%Y-%m-%d")
        .to_string()
}

/// Counts behind `GET /v1/admin/status`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Envelopes held (not purged), per questionnaire id, by id.
    pub waiting: Vec<(String, u64)>,
    /// Hour (Unix seconds) the oldest held envelope arrived.
    pub oldest_waiting_hour: Option<i64>,
    /// Envelopes purged (tombstones).
    pub purged: u64,
    /// Per enrollment group, by group: (group, active, revoked).
    pub groups: Vec<(String, u64, u64)>,
    /// Codes with uses left that have not expired.
    pub active_codes: u64,
    /// Published questionnaires: id and version, by id.
    pub published: Vec<(String, u32)>,
    /// The serial of the stored organization config, if one was published.
    pub config_serial: Option<u64>,
}

/// Result of redeeming an enrollment code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Redeemed {
    /// The device was enrolled into this group.
    Enrolled {
        /// Its enrollment group.
        group: String,
    },
    /// No such code.
    Unknown,
    /// The code expired or was used up.
    Exhausted,
}

/// An enrolled device, found by its token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// Its id.
    pub id: String,
    /// Its enrollment group.
    pub group: String,
    /// Whether the organization revoked it.
    pub revoked: bool,
    /// The UTC day it last synced, `YYYY-MM-DD`.
    pub last_sync_on: Option<String>,
    /// Set when it is a public survey link rather than an enrolled device.
    pub link: Option<LinkInfo>,
}

/// A public survey link to create: a device row anyone with the poster
/// submits through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLink {
    /// Its id (its URL path).
    pub id: String,
    /// SHA-256 of its bearer token.
    pub token_hash: [u8; 32],
    /// The enrollment group whose key signs its submissions.
    pub group: String,
    /// What it accepts.
    pub limits: LinkInfo,
}

/// Whether an upload was new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    /// Stored now.
    Stored,
    /// Already there (or purged, leaving a tombstone).
    Duplicate,
}

/// Result of publishing a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Publish {
    /// Stored (new, newer, or the same bundle again).
    Published,
    /// A different bundle with a version not above the published one.
    NotNewer {
        /// The version already published.
        current: u32,
    },
}

/// Result of storing the organization's signed config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigStored {
    /// Stored (the first, a higher serial, or the same text again).
    Stored,
    /// A config whose serial is below the stored one, or equal to it with
    /// other text: devices would refuse it, and replacing the stored one
    /// would hide the newer config from devices that lack it.
    NotNewer {
        /// The serial already stored.
        current: u64,
    },
}

/// What the server stores. Every method is one transaction; uniqueness is
/// enforced by the database, never by check-then-insert.
#[async_trait]
pub trait Store: Send + Sync {
    /// The database in words for the log: "SQLite database PATH", or
    /// "PostgreSQL database NAME on HOST:PORT …" (never a password).
    fn describe(&self) -> String;
    /// `sqlite` or `postgres`.
    fn kind(&self) -> &'static str;
    /// Checks that the database answers (for `/readyz`).
    async fn ping(&self) -> Result<(), StoreError>;
    /// Counts for the organization's status page.
    async fn counts(&self, now: i64) -> Result<Counts, StoreError>;
    /// Enrollment codes that can still enroll a device at `now`, soonest to
    /// expire first.
    async fn active_codes(&self, now: i64) -> Result<Vec<EnrollmentCodeInfo>, StoreError>;
    /// Takes every remaining use of the codes whose hash starts with
    /// `handle`; `None` if there is no such code, else how many uses were
    /// still valid at `now`.
    async fn cancel_code(&self, handle: &[u8], now: i64) -> Result<Option<u32>, StoreError>;
    /// Records the UTC day a device synced.
    async fn touch_device(&self, device_id: &str, day: &str) -> Result<(), StoreError>;
    /// Records an enrollment code by its hash.
    async fn create_code(
        &self,
        code_hash: &[u8],
        uses: u32,
        expires_at: i64,
        group: &str,
    ) -> Result<(), StoreError>;
    /// Atomically takes one use of a code and enrolls a device with it
    /// (recording the UTC day of `now`).
    async fn redeem_code(
        &self,
        code_hash: &[u8],
        device_id: &str,
        token_hash: &[u8],
        now: i64,
    ) -> Result<Redeemed, StoreError>;
    /// The device holding this token.
    async fn device_by_token(&self, token_hash: &[u8]) -> Result<Option<Device>, StoreError>;
    /// Every enrolled device.
    async fn devices(&self) -> Result<Vec<DeviceInfo>, StoreError>;
    /// Revokes every device of an enrollment group and exhausts its codes;
    /// returns how many devices were revoked.
    async fn revoke_group(&self, group: &str) -> Result<u64, StoreError>;
    /// Revokes a device (or a link); `false` if there is no such device.
    async fn revoke_device(&self, device_id: &str) -> Result<bool, StoreError>;
    /// Records a public survey link, enrolled on the UTC day of `now`.
    async fn create_link(&self, link: &NewLink, now: i64) -> Result<(), StoreError>;
    /// Adds `n` to what a link has stored (counted against its cap).
    async fn count_link_stored(&self, link_id: &str, n: u64) -> Result<(), StoreError>;
    /// Stores each envelope unless its submission id is known, all in one
    /// transaction. Export positions (`seq`) become visible in increasing
    /// order, so an export cursor never skips a row that commits late:
    /// SQLite's one connection commits in position order; PostgreSQL hands
    /// out positions only after the upload committed (at export), so
    /// uploads from several processes need no lock.
    async fn insert_submissions(
        &self,
        items: &[UploadItem],
        received_hour: i64,
    ) -> Result<Vec<Inserted>, StoreError>;
    /// Envelopes after `after`, oldest first (purged ones are skipped). A
    /// page shorter than `limit` holds every envelope committed before it.
    async fn export(&self, after: i64, limit: u32) -> Result<Vec<ExportItem>, StoreError>;
    /// Deletes envelopes, keeping their ids as tombstones.
    async fn purge(&self, submission_ids: &[String]) -> Result<u64, StoreError>;
    /// How many envelopes are stored (not purged).
    async fn stored(&self) -> Result<u64, StoreError>;
    /// Deletes envelopes received before `hour` (Unix seconds), keeping
    /// tombstones. Returns how many.
    async fn purge_received_before(&self, hour: i64) -> Result<u64, StoreError>;
    /// Publishes a signed bundle (JSON text) unless a version as new exists.
    async fn publish(
        &self,
        questionnaire_id: &str,
        version: u32,
        bundle: &str,
    ) -> Result<Publish, StoreError>;
    /// The ids of every published questionnaire (checked on each upload, so
    /// the bundles themselves are not read).
    async fn published_ids(&self) -> Result<Vec<String>, StoreError>;
    /// The published bundle text of one questionnaire.
    async fn bundle(&self, questionnaire_id: &str) -> Result<Option<String>, StoreError>;
    /// Every published questionnaire: id, version, bundle text.
    async fn questionnaires(&self) -> Result<Vec<(String, u32, String)>, StoreError>;
    /// Stores the organization's signed config (JSON text of a `Signed`)
    /// unless the stored one has a higher serial, or the same serial with
    /// other text. The server cannot check the signature; devices do.
    async fn put_config(&self, serial: u64, signed: &str) -> Result<ConfigStored, StoreError>;
    /// The stored organization config: its serial and signed text.
    async fn config(&self) -> Result<Option<(u64, String)>, StoreError>;
}

/// Whether a config with `serial` and `text` may replace the stored one.
pub(crate) fn config_replaces(
    current: Option<(u64, &str)>,
    serial: u64,
    text: &str,
) -> ConfigStored {
    match current {
        Some((c, stored)) if c > serial || (c == serial && stored != text) => {
            ConfigStored::NotNewer { current: c }
        }
        _ => ConfigStored::Stored,
    }
}

/// What `--db` names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL URL.
    Postgres(String),
}

impl Location {
    /// Reads `sqlite:PATH` or `postgres://…`.
    pub fn parse(db: &str) -> Result<Location, StoreError> {
        if let Some(path) = db.strip_prefix("sqlite:") {
            Ok(Location::Sqlite(path.into()))
        } else if db.starts_with("postgres://") || db.starts_with("postgresql://") {
            Ok(Location::Postgres(db.to_string()))
        } else {
            Err(StoreError::Config(format!(
                "--db {:?} is not understood: use sqlite:PATH (embedded) or postgres://USER@HOST:PORT/DATABASE",
                pg_url::redact(db)
            )))
        }
    }
}

/// Opens the store named by `--db`: `sqlite:PATH` or `postgres://…`.
pub async fn open(db: &str) -> Result<Arc<dyn Store>, StoreError> {
    match Location::parse(db)? {
        Location::Sqlite(path) => Ok(Arc::new(sqlite::SqliteStore::open_path(&path)?)),
        Location::Postgres(url) => Ok(Arc::new(postgres::PostgresStore::connect(&url).await?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_utc_dates() {
        assert_eq!(utc_day(0), "1970-01-01");
        assert_eq!(utc_day(1_700_000_000), "2023-11-14");
        assert_eq!(utc_day(1_700_006_399), "2023-11-14");
        assert_eq!(utc_day(1_700_006_400), "2023-11-15");
    }
}
