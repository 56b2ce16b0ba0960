//! The embedded SQLite store: one connection behind a mutex, used from
//! blocking threads. The file and any folder created for it are readable by
//! the server's user only.

use super::{
    ConfigStored, Counts, Device, Inserted, NewLink, Publish, Redeemed, Store, StoreError,
    config_replaces, utc_day,
};
use crate::files;
use async_trait::async_trait;
use heard_protocol::{
    DeviceInfo, EnrollmentCodeInfo, ExportItem, LinkInfo, UploadItem, code_handle_of,
};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Schema migrations, in order; `PRAGMA user_version` counts those applied.
pub(crate) const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE enrollment_codes (
    code_hash BLOB PRIMARY KEY,
    remaining INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    grp TEXT NOT NULL
);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    token_hash BLOB NOT NULL UNIQUE,
    grp TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE questionnaires (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    bundle TEXT NOT NULL
);
CREATE TABLE submissions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id TEXT NOT NULL UNIQUE,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    received_hour INTEGER NOT NULL,
    envelope BLOB
);
"#,
    // The days a device enrolled and last synced (UTC dates, `YYYY-MM-DD`);
    // NULL for devices enrolled before.
    r#"
ALTER TABLE devices ADD COLUMN enrolled_on TEXT;
ALTER TABLE devices ADD COLUMN last_sync_on TEXT;
"#,
    // The organization's latest signed config (`heard org set`), one row:
    // devices fetch it and verify it against the key they pinned.
    r#"
CREATE TABLE org_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    serial INTEGER NOT NULL,
    signed TEXT NOT NULL
);
"#,
    // Public survey links (`heard link create`) are devices with a
    // questionnaire: NULL for an enrolled device.
    r#"
ALTER TABLE devices ADD COLUMN questionnaire_id TEXT;
ALTER TABLE devices ADD COLUMN expires_at INTEGER;
ALTER TABLE devices ADD COLUMN max_submissions INTEGER;
ALTER TABLE devices ADD COLUMN stored INTEGER NOT NULL DEFAULT 0;
"#,
    // Schema 5 changed how PostgreSQL hands out export positions (after
    // commit, so uploads from several processes need no lock); the one
    // connection here commits in position order already, so nothing
    // changes, and both backends count the same versions.
    "",
];

/// The columns [`link_of`] reads, after a query's first ones.
const LINK_COLUMNS: &str = "questionnaire_id, expires_at, max_submissions, stored";

/// The link columns of a row from `at` on (see [`LINK_COLUMNS`]).
fn link_of(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Option<LinkInfo>> {
    let questionnaire_id: Option<String> = r.get(at)?;
    Ok(match questionnaire_id {
        None => None,
        Some(questionnaire_id) => Some(LinkInfo {
            questionnaire_id,
            expires_at: r.get(at + 1)?,
            max_submissions: r.get(at + 2)?,
            stored: r.get::<_, i64>(at + 3)?.max(0) as u64,
        }),
    })
}

/// SQLite storage.
pub struct SqliteStore {
    conn: Arc<Mutex<Connection>>,
    path: PathBuf,
}

fn db(e: impl std::fmt::Display) -> StoreError {
    StoreError::Database(e.to_string())
}

/// Opens the file with the store's settings.
pub(crate) fn connect(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path).map_err(|e| {
        StoreError::Config(format!("cannot open the database {}: {e}", path.display()))
    })?;
    conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000;")
        .map_err(|e| StoreError::Config(format!("cannot use the database {}: {e}", path.display())))?;
    Ok(conn)
}

/// The schema version of a database, refusing one from a newer server.
pub(crate) fn schema_version(conn: &Connection, path: &Path) -> Result<usize, StoreError> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| {
            StoreError::Config(format!(
                "{} is not a heard-server database: {e}",
                path.display()
            ))
        })?;
    if version > MIGRATIONS.len() as i64 {
        return Err(StoreError::Config(format!(
            "{} was written by a newer heard-server (schema {version}, this one knows {}): upgrade the server",
            path.display(),
            MIGRATIONS.len()
        )));
    }
    Ok(version.max(0) as usize)
}

/// Applies the migrations the database lacks, each in its own transaction.
fn migrate(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let version = schema_version(conn, path)?;
    for (i, migration) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.unchecked_transaction().map_err(db)?;
        tx.execute_batch(migration).map_err(db)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)
            .map_err(db)?;
        tx.commit().map_err(db)?;
    }
    Ok(())
}

/// The status counts, read from one connection (also used by backups).
pub(crate) fn read_counts(c: &Connection, now: i64) -> rusqlite::Result<Counts> {
    let mut counts = Counts::default();
    let mut stmt = c.prepare(
        "SELECT questionnaire_id, count(*) FROM submissions WHERE envelope IS NOT NULL
         GROUP BY questionnaire_id ORDER BY questionnaire_id",
    )?;
    counts.waiting = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64)))?
        .collect::<rusqlite::Result<_>>()?;
    counts.oldest_waiting_hour = c.query_row(
        "SELECT min(received_hour) FROM submissions WHERE envelope IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    counts.purged = c
        .query_row(
            "SELECT count(*) FROM submissions WHERE envelope IS NULL",
            [],
            |r| r.get::<_, i64>(0),
        )?
        .max(0) as u64;
    let mut stmt = c.prepare(
        "SELECT grp, sum(revoked = 0), sum(revoked != 0) FROM devices GROUP BY grp ORDER BY grp",
    )?;
    counts.groups = stmt
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, i64>(1)?.max(0) as u64,
                r.get::<_, i64>(2)?.max(0) as u64,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    counts.active_codes = c
        .query_row(
            "SELECT count(*) FROM enrollment_codes WHERE remaining > 0 AND expires_at > ?1",
            [now],
            |r| r.get::<_, i64>(0),
        )?
        .max(0) as u64;
    let mut stmt = c.prepare("SELECT id, version FROM questionnaires ORDER BY id")?;
    counts.published = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // A backup from before the config table (checked before a restore
    // brings it up to date) has no config.
    let has_config: bool = c.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'org_config'",
        [],
        |r| r.get(0),
    )?;
    if has_config {
        counts.config_serial = c
            .query_row("SELECT serial FROM org_config WHERE id = 1", [], |r| {
                r.get::<_, i64>(0)
            })
            .optional()?
            .map(|n| n.max(0) as u64);
    }
    Ok(counts)
}

impl SqliteStore {
    /// Opens or creates the database at `path` (see [`SqliteStore::open_path`]).
    pub fn open(path: &str) -> Result<SqliteStore, StoreError> {
        SqliteStore::open_path(Path::new(path))
    }

    /// Opens or creates the database at `path`, applying migrations. A new
    /// file is created 0600, in folders created 0700; an existing file that
    /// others may read is used with a warning in the log.
    pub fn open_path(path: &Path) -> Result<SqliteStore, StoreError> {
        if path.exists() {
            if files::readable_by_others(path) {
                tracing::warn!(
                    path = %path.display(),
                    "the database file can be read by other users: chmod 600 it"
                );
            }
        } else {
            // Created here so that SQLite (which would use the umask) does
            // not; its -wal and -shm files copy these permissions.
            drop(files::create_private(path)?);
        }
        let conn = connect(path)?;
        migrate(&conn, path)?;
        Ok(SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
            path: path.to_path_buf(),
        })
    }

    async fn with<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn
                .lock()
                .map_err(|_| StoreError::Database("the database lock was poisoned".into()))?;
            f(&mut guard).map_err(db)
        })
        .await
        .map_err(db)?
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn describe(&self) -> String {
        format!("SQLite database {}", self.path.display())
    }

    fn kind(&self) -> &'static str {
        "sqlite"
    }

    async fn ping(&self) -> Result<(), StoreError> {
        // A file moved or deleted under the server keeps working through the
        // open handle, but nothing written there would be found again.
        if !self.path.exists() {
            return Err(StoreError::Unavailable(format!(
                "the database file {} is gone",
                self.path.display()
            )));
        }
        self.with(|c| c.query_row("SELECT count(*) FROM questionnaires", [], |_| Ok(())))
            .await
    }

    async fn counts(&self, now: i64) -> Result<Counts, StoreError> {
        self.with(move |c| read_counts(c, now)).await
    }

    async fn active_codes(&self, now: i64) -> Result<Vec<EnrollmentCodeInfo>, StoreError> {
        self.with(move |c| {
            let mut stmt = c.prepare(
                "SELECT code_hash, grp, remaining, expires_at FROM enrollment_codes
                 WHERE remaining > 0 AND expires_at > ?1 ORDER BY expires_at, grp",
            )?;
            let rows = stmt.query_map([now], |r| {
                Ok(EnrollmentCodeInfo {
                    handle: code_handle_of(&r.get::<_, Vec<u8>>(0)?),
                    group: r.get(1)?,
                    uses_left: r.get(2)?,
                    expires_at: r.get(3)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    async fn cancel_code(&self, handle: &[u8], now: i64) -> Result<Option<u32>, StoreError> {
        let handle = handle.to_vec();
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let prefix = "substr(code_hash, 1, length(?1)) = ?1";
            let known: i64 = tx.query_row(
                &format!("SELECT count(*) FROM enrollment_codes WHERE {prefix}"),
                [&handle],
                |r| r.get(0),
            )?;
            let live: i64 = tx.query_row(
                &format!(
                    "SELECT coalesce(sum(remaining), 0) FROM enrollment_codes
                     WHERE {prefix} AND remaining > 0 AND expires_at > ?2"
                ),
                params![handle, now],
                |r| r.get(0),
            )?;
            tx.execute(
                &format!("UPDATE enrollment_codes SET remaining = 0 WHERE {prefix}"),
                [&handle],
            )?;
            tx.commit()?;
            Ok((known > 0).then_some(live.clamp(0, i64::from(u32::MAX)) as u32))
        })
        .await
    }

    async fn touch_device(&self, device_id: &str, day: &str) -> Result<(), StoreError> {
        let (id, day) = (device_id.to_string(), day.to_string());
        self.with(move |c| {
            c.execute(
                "UPDATE devices SET last_sync_on = ?2 WHERE id = ?1",
                params![id, day],
            )
            .map(|_| ())
        })
        .await
    }

    async fn create_code(
        &self,
        code_hash: &[u8],
        uses: u32,
        expires_at: i64,
        group: &str,
    ) -> Result<(), StoreError> {
        let (hash, group) = (code_hash.to_vec(), group.to_string());
        self.with(move |c| {
            c.execute(
                "INSERT INTO enrollment_codes (code_hash, remaining, expires_at, grp) VALUES (?1, ?2, ?3, ?4)",
                params![hash, uses, expires_at, group],
            )
            .map(|_| ())
        })
        .await
    }

    async fn redeem_code(
        &self,
        code_hash: &[u8],
        device_id: &str,
        token_hash: &[u8],
        now: i64,
    ) -> Result<Redeemed, StoreError> {
        let (code, device, token, day) = (
            code_hash.to_vec(),
            device_id.to_string(),
            token_hash.to_vec(),
            utc_day(now),
        );
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let group: Option<String> = tx
                .query_row(
                    "UPDATE enrollment_codes SET remaining = remaining - 1
                     WHERE code_hash = ?1 AND remaining > 0 AND expires_at > ?2 RETURNING grp",
                    params![code, now],
                    |r| r.get(0),
                )
                .optional()?;
            let result = match group {
                Some(group) => {
                    tx.execute(
                        "INSERT INTO devices (id, token_hash, grp, enrolled_on) VALUES (?1, ?2, ?3, ?4)",
                        params![device, token, group, day],
                    )?;
                    Redeemed::Enrolled { group }
                }
                None => {
                    let known: bool = tx.query_row(
                        "SELECT count(*) > 0 FROM enrollment_codes WHERE code_hash = ?1",
                        [&code],
                        |r| r.get(0),
                    )?;
                    if known {
                        Redeemed::Exhausted
                    } else {
                        Redeemed::Unknown
                    }
                }
            };
            tx.commit()?;
            Ok(result)
        })
        .await
    }

    async fn device_by_token(&self, token_hash: &[u8]) -> Result<Option<Device>, StoreError> {
        let token = token_hash.to_vec();
        self.with(move |c| {
            c.query_row(
                &format!(
                    "SELECT id, grp, revoked, last_sync_on, {LINK_COLUMNS} FROM devices WHERE token_hash = ?1"
                ),
                [token],
                |r| {
                    Ok(Device {
                        id: r.get(0)?,
                        group: r.get(1)?,
                        revoked: r.get(2)?,
                        last_sync_on: r.get(3)?,
                        link: link_of(r, 4)?,
                    })
                },
            )
            .optional()
        })
        .await
    }

    async fn devices(&self) -> Result<Vec<DeviceInfo>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare(&format!(
                "SELECT id, grp, revoked, enrolled_on, last_sync_on, {LINK_COLUMNS} FROM devices ORDER BY rowid"
            ))?;
            let rows = stmt.query_map([], |r| {
                Ok(DeviceInfo {
                    device_id: r.get(0)?,
                    group: r.get(1)?,
                    revoked: r.get(2)?,
                    enrolled_on: r.get(3)?,
                    last_sync_on: r.get(4)?,
                    link: link_of(r, 5)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    async fn revoke_device(&self, device_id: &str) -> Result<bool, StoreError> {
        let id = device_id.to_string();
        self.with(move |c| Ok(c.execute("UPDATE devices SET revoked = 1 WHERE id = ?1", [id])? > 0))
            .await
    }

    async fn create_link(&self, link: &NewLink, now: i64) -> Result<(), StoreError> {
        let (link, day) = (link.clone(), utc_day(now));
        self.with(move |c| {
            c.execute(
                "INSERT INTO devices (id, token_hash, grp, enrolled_on, questionnaire_id, expires_at, max_submissions)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    link.id,
                    link.token_hash.to_vec(),
                    link.group,
                    day,
                    link.limits.questionnaire_id,
                    link.limits.expires_at,
                    link.limits.max_submissions
                ],
            )
            .map(|_| ())
        })
        .await
    }

    async fn count_link_stored(&self, link_id: &str, n: u64) -> Result<(), StoreError> {
        let (id, n) = (link_id.to_string(), i64::try_from(n).unwrap_or(i64::MAX));
        self.with(move |c| {
            c.execute(
                "UPDATE devices SET stored = stored + ?2 WHERE id = ?1",
                params![id, n],
            )
            .map(|_| ())
        })
        .await
    }

    async fn insert_submissions(
        &self,
        items: &[UploadItem],
        received_hour: i64,
    ) -> Result<Vec<Inserted>, StoreError> {
        let items = items.to_vec();
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut out = Vec::with_capacity(items.len());
            {
                let mut stmt = tx.prepare(
                    "INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope)
                     VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (submission_id) DO NOTHING",
                )?;
                for item in &items {
                    let n = stmt.execute(params![item.submission_id, item.questionnaire_id, item.questionnaire_version, received_hour, item.envelope])?;
                    out.push(if n == 1 { Inserted::Stored } else { Inserted::Duplicate });
                }
            }
            tx.commit()?;
            Ok(out)
        })
        .await
    }

    async fn export(&self, after: i64, limit: u32) -> Result<Vec<ExportItem>, StoreError> {
        self.with(move |c| {
            let mut stmt = c.prepare(
                "SELECT seq, submission_id, questionnaire_id, questionnaire_version, envelope FROM submissions
                 WHERE seq > ?1 AND envelope IS NOT NULL ORDER BY seq LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![after, limit], |r| {
                Ok(ExportItem {
                    seq: r.get(0)?,
                    submission_id: r.get(1)?,
                    questionnaire_id: r.get(2)?,
                    questionnaire_version: r.get(3)?,
                    envelope: r.get(4)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    async fn purge(&self, submission_ids: &[String]) -> Result<u64, StoreError> {
        let ids = submission_ids.to_vec();
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut n = 0;
            {
                let mut stmt = tx.prepare("UPDATE submissions SET envelope = NULL WHERE submission_id = ?1 AND envelope IS NOT NULL")?;
                for id in &ids {
                    n += stmt.execute([id])? as u64;
                }
            }
            tx.commit()?;
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(n)
        })
        .await
    }

    async fn stored(&self) -> Result<u64, StoreError> {
        self.with(|c| {
            c.query_row(
                "SELECT count(*) FROM submissions WHERE envelope IS NOT NULL",
                [],
                |r| r.get::<_, i64>(0),
            )
        })
        .await
        .map(|n| n.max(0) as u64)
    }

    async fn publish(
        &self,
        questionnaire_id: &str,
        version: u32,
        bundle: &str,
    ) -> Result<Publish, StoreError> {
        let (id, text) = (questionnaire_id.to_string(), bundle.to_string());
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let current: Option<(u32, String)> = tx
                .query_row("SELECT version, bundle FROM questionnaires WHERE id = ?1", [&id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            let result = match current {
                Some((v, b)) if v > version || (v == version && b != text) => Publish::NotNewer { current: v },
                _ => {
                    tx.execute(
                        "INSERT INTO questionnaires (id, version, bundle) VALUES (?1, ?2, ?3)
                         ON CONFLICT (id) DO UPDATE SET version = excluded.version, bundle = excluded.bundle",
                        params![id, version, text],
                    )?;
                    Publish::Published
                }
            };
            tx.commit()?;
            Ok(result)
        })
        .await
    }

    async fn published_ids(&self) -> Result<Vec<String>, StoreError> {
        self.with(|c| {
            let mut stmt = c.prepare("SELECT id FROM questionnaires")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect()
        })
        .await
    }

    async fn bundle(&self, questionnaire_id: &str) -> Result<Option<String>, StoreError> {
        let id = questionnaire_id.to_string();
        self.with(move |c| {
            c.query_row(
                "SELECT bundle FROM questionnaires WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()
        })
        .await
    }

    async fn questionnaires(&self) -> Result<Vec<(String, u32, String)>, StoreError> {
        self.with(|c| {
            let mut stmt =
                c.prepare("SELECT id, version, bundle FROM questionnaires ORDER BY id")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect()
        })
        .await
    }

    async fn purge_received_before(&self, hour: i64) -> Result<u64, StoreError> {
        self.with(move |c| {
            let n = c.execute("UPDATE submissions SET envelope = NULL WHERE received_hour < ?1 AND envelope IS NOT NULL", [hour])? as u64;
            if n > 0 {
                c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            }
            Ok(n)
        })
        .await
    }

    async fn revoke_group(&self, group: &str) -> Result<u64, StoreError> {
        let group = group.to_string();
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let n = tx.execute(
                "UPDATE devices SET revoked = 1 WHERE grp = ?1 AND revoked = 0",
                [&group],
            )? as u64;
            tx.execute(
                "UPDATE enrollment_codes SET remaining = 0 WHERE grp = ?1",
                [&group],
            )?;
            tx.commit()?;
            Ok(n)
        })
        .await
    }

    async fn put_config(&self, serial: u64, signed: &str) -> Result<ConfigStored, StoreError> {
        let serial = i64::try_from(serial)
            .map_err(|_| StoreError::Database("config serial out of range".into()))?;
        let text = signed.to_string();
        self.with(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let current: Option<(i64, String)> = tx
                .query_row("SELECT serial, signed FROM org_config WHERE id = 1", [], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let result = config_replaces(
                current
                    .as_ref()
                    .map(|(n, t)| ((*n).max(0) as u64, t.as_str())),
                serial as u64,
                &text,
            );
            if result == ConfigStored::Stored {
                tx.execute(
                    "INSERT INTO org_config (id, serial, signed) VALUES (1, ?1, ?2)
                     ON CONFLICT (id) DO UPDATE SET serial = excluded.serial, signed = excluded.signed",
                    params![serial, text],
                )?;
            }
            tx.commit()?;
            Ok(result)
        })
        .await
    }

    async fn config(&self) -> Result<Option<(u64, String)>, StoreError> {
        self.with(|c| {
            c.query_row(
                "SELECT serial, signed FROM org_config WHERE id = 1",
                [],
                |r| Ok((r.get::<_, i64>(0)?.max(0) as u64, r.get(1)?)),
            )
            .optional()
        })
        .await
    }
}
