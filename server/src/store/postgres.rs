//! The PostgreSQL store, for more than one machine's worth of devices and
//! for several server processes sharing one database.

use super::pg_url::Target;
use super::{
    ConfigStored, Counts, Device, Inserted, NewLink, Publish, Redeemed, Store, StoreError,
    config_replaces, pg_error, pg_tls, utc_day,
};
use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use heard_protocol::{
    DeviceInfo, EnrollmentCodeInfo, ExportItem, LinkInfo, UploadItem, code_handle_of,
};

/// Schema migrations, in order; `heard_schema.version` counts those applied.
pub(crate) const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE enrollment_codes (
    code_hash BYTEA PRIMARY KEY,
    remaining INTEGER NOT NULL,
    expires_at BIGINT NOT NULL,
    grp TEXT NOT NULL
);
CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    token_hash BYTEA NOT NULL UNIQUE,
    grp TEXT NOT NULL,
    revoked BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE TABLE questionnaires (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    bundle TEXT NOT NULL
);
CREATE TABLE submissions (
    seq BIGSERIAL PRIMARY KEY,
    submission_id TEXT NOT NULL UNIQUE,
    questionnaire_id TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    received_hour BIGINT NOT NULL,
    envelope BYTEA
);
"#,
    // The days a device enrolled and last synced (UTC dates); NULL for
    // devices enrolled before.
    r#"
ALTER TABLE devices ADD COLUMN enrolled_on DATE, ADD COLUMN last_sync_on DATE;
"#,
    // The organization's latest signed config (`heard org set`), one row:
    // devices fetch it and verify it against the key they pinned.
    r#"
CREATE TABLE org_config (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    serial BIGINT NOT NULL,
    signed TEXT NOT NULL
);
"#,
    // Public survey links (`heard link create`) are devices with a
    // questionnaire: NULL for an enrolled device.
    r#"
ALTER TABLE devices ADD COLUMN questionnaire_id TEXT, ADD COLUMN expires_at BIGINT,
    ADD COLUMN max_submissions BIGINT, ADD COLUMN stored BIGINT NOT NULL DEFAULT 0;
"#,
    // Export positions are handed out after commit (see
    // `PostgresStore::number_waiting`): an upload inserts its rows with
    // `seq` NULL and takes no lock, and an export numbers the committed
    // rows still without one, oldest inserting transaction (`xid`) first.
    // Rows stored before keep theirs.
    r#"
ALTER TABLE submissions DROP CONSTRAINT submissions_pkey;
ALTER TABLE submissions ALTER COLUMN seq DROP DEFAULT, ALTER COLUMN seq DROP NOT NULL;
ALTER TABLE submissions ADD CONSTRAINT submissions_seq_key UNIQUE (seq);
ALTER TABLE submissions ADD COLUMN xid xid8;
ALTER TABLE submissions ALTER COLUMN xid SET DEFAULT pg_current_xact_id();
CREATE INDEX submissions_waiting ON submissions (xid, submission_id) WHERE seq IS NULL;
"#,
];

/// The columns [`link_of`] reads, after a query's first ones.
const LINK_COLUMNS: &str = "questionnaire_id, expires_at, max_submissions, stored";

/// The link columns of a row from `at` on (see [`LINK_COLUMNS`]).
fn link_of(r: &tokio_postgres::Row, at: usize) -> Option<LinkInfo> {
    let questionnaire_id: Option<String> = r.get(at);
    questionnaire_id.map(|questionnaire_id| LinkInfo {
        questionnaire_id,
        expires_at: r.get(at + 1),
        max_submissions: r
            .get::<_, Option<i64>>(at + 2)
            .map(|n| u32::try_from(n.max(0)).unwrap_or(u32::MAX)),
        stored: r.get::<_, i64>(at + 3).max(0) as u64,
    })
}

/// Serialises schema creation between processes starting at once.
const MIGRATION_LOCK: i64 = 0x0048_4541_5244;

// MIGRATION_LOCK + 2 serialised inserting transactions until schema 5.

/// Serialises the transactions that hand out export positions (see
/// [`PostgresStore::number_waiting`]), so they commit in position order.
const EXPORT_ORDER_LOCK: i64 = MIGRATION_LOCK + 4;

/// Serialises config updates, so the serial check and the write are one
/// step even while the table is still empty (no row to lock).
const CONFIG_LOCK: i64 = MIGRATION_LOCK + 3;

/// PostgreSQL storage over a connection pool.
pub struct PostgresStore {
    pool: Pool,
    target: Target,
}

impl PostgresStore {
    /// Connects to `url` and creates the schema if needed.
    pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        let target = Target::parse(url)?;
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match pg_tls::connector(&target)? {
            Some(tls) => Manager::from_config(target.config.clone(), tls, manager_config),
            None => {
                Manager::from_config(target.config.clone(), tokio_postgres::NoTls, manager_config)
            }
        };
        let pool = Pool::builder(manager)
            .max_size(16)
            .build()
            .map_err(|e| StoreError::Config(e.to_string()))?;
        let store = PostgresStore { pool, target };
        store.migrate().await?;
        Ok(store)
    }

    /// Applies the migrations the database lacks, under an advisory lock so
    /// that servers starting at once do not race.
    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(|e| self.err(&e))?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS heard_schema (version INTEGER NOT NULL)")
            .await
            .map_err(|e| self.err(&e))?;
        let version: i32 = tx
            .query_opt("SELECT version FROM heard_schema", &[])
            .await
            .map_err(|e| self.err(&e))?
            .map_or(0, |r| r.get(0));
        if version as usize > MIGRATIONS.len() {
            return Err(StoreError::Config(format!(
                "the database {} on {} was written by a newer heard-server (schema {version}, this one knows {}): upgrade the server",
                self.target.dbname(),
                self.target.server(),
                MIGRATIONS.len()
            )));
        }
        for migration in MIGRATIONS.iter().skip(version.max(0) as usize) {
            tx.batch_execute(migration)
                .await
                .map_err(|e| self.err(&e))?;
        }
        tx.execute("DELETE FROM heard_schema", &[])
            .await
            .map_err(|e| self.err(&e))?;
        tx.execute(
            "INSERT INTO heard_schema (version) VALUES ($1)",
            &[&(MIGRATIONS.len() as i32)],
        )
        .await
        .map_err(|e| self.err(&e))?;
        tx.commit().await.map_err(|e| self.err(&e))
    }

    /// A pooled connection (for the migration from SQLite, which writes
    /// every table itself).
    pub(crate) async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool
            .get()
            .await
            .map_err(|e| pg_error::from_pool(&self.target, &e))
    }

    /// A tokio-postgres error in words, naming the server and database.
    pub(crate) fn err(&self, e: &tokio_postgres::Error) -> StoreError {
        pg_error::describe(&self.target, e)
    }

    /// Where the database is.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// Hands out export positions (`seq`) to up to `limit` committed rows
    /// that have none yet, oldest inserting transaction first, and commits.
    ///
    /// Why a cursor never skips a row: a row gets its position only once it
    /// is visible, that is after its upload committed; positions come from
    /// one sequence, drawn under [`EXPORT_ORDER_LOCK`], which is held until
    /// the numbering transaction has committed and become visible. So each
    /// numbering commits positions above every position visible before it,
    /// every snapshot sees the numbered rows as a prefix of the order, and a
    /// row whose upload commits late is numbered later, after any position a
    /// pull has seen. Uploads take no lock at all; exports queue only here,
    /// and only while rows wait.
    ///
    /// (Numbering rows as they are inserted and exporting only those whose
    /// `xid` is below `pg_snapshot_xmin(pg_current_snapshot())` is not enough:
    /// an upload can take its transaction id before another, draw its
    /// positions after it, and commit while the other is still open; its rows
    /// are then exported above positions that commit later.)
    ///
    /// At most `limit` rows are numbered per call, so a page that comes back
    /// short holds every committed row, and an export after a long pause
    /// numbers page by page instead of in one huge transaction.
    async fn number_waiting(
        &self,
        client: &mut deadpool_postgres::Object,
        limit: u32,
    ) -> Result<(), StoreError> {
        let waiting = client
            .prepare_cached("SELECT 1 FROM submissions WHERE seq IS NULL LIMIT 1")
            .await
            .map_err(|e| self.err(&e))?;
        if client
            .query_opt(&waiting, &[])
            .await
            .map_err(|e| self.err(&e))?
            .is_none()
        {
            return Ok(());
        }
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&EXPORT_ORDER_LOCK])
            .await
            .map_err(|e| self.err(&e))?;
        // The statement's snapshot is taken after the lock is held, so it sees
        // every numbering committed before.
        tx.execute(
            "WITH w AS MATERIALIZED (
                 SELECT submission_id, nextval(pg_get_serial_sequence('submissions', 'seq')) AS seq
                 FROM (SELECT submission_id FROM submissions WHERE seq IS NULL
                       ORDER BY xid, submission_id LIMIT $1) oldest)
             UPDATE submissions s SET seq = w.seq FROM w
             WHERE s.submission_id = w.submission_id AND s.seq IS NULL",
            &[&i64::from(limit)],
        )
        .await
        .map_err(|e| self.err(&e))?;
        tx.commit().await.map_err(|e| self.err(&e))
    }
}

fn count(row: &tokio_postgres::Row, i: usize) -> u64 {
    row.get::<_, i64>(i).max(0) as u64
}

#[async_trait]
impl Store for PostgresStore {
    fn describe(&self) -> String {
        self.target.describe()
    }

    fn kind(&self) -> &'static str {
        "postgres"
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.client()
            .await?
            .simple_query("SELECT 1")
            .await
            .map(|_| ())
            .map_err(|e| self.err(&e))
    }

    async fn counts(&self, now: i64) -> Result<Counts, StoreError> {
        let mut client = self.client().await?;
        // One snapshot, so the figures agree with each other.
        let tx = client
            .build_transaction()
            .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .await
            .map_err(|e| self.err(&e))?;
        let waiting = tx
            .query(
                "SELECT questionnaire_id, count(*) FROM submissions WHERE envelope IS NOT NULL
                 GROUP BY questionnaire_id ORDER BY questionnaire_id",
                &[],
            )
            .await
            .map_err(|e| self.err(&e))?;
        let envelopes = tx
            .query_one(
                "SELECT min(received_hour) FILTER (WHERE envelope IS NOT NULL),
                        count(*) FILTER (WHERE envelope IS NULL)
                 FROM submissions",
                &[],
            )
            .await
            .map_err(|e| self.err(&e))?;
        let groups = tx
            .query(
                "SELECT grp, count(*) FILTER (WHERE NOT revoked), count(*) FILTER (WHERE revoked)
                 FROM devices GROUP BY grp ORDER BY grp",
                &[],
            )
            .await
            .map_err(|e| self.err(&e))?;
        let codes = tx
            .query_one(
                "SELECT count(*) FROM enrollment_codes WHERE remaining > 0 AND expires_at > $1",
                &[&now],
            )
            .await
            .map_err(|e| self.err(&e))?;
        let published = tx
            .query("SELECT id, version FROM questionnaires ORDER BY id", &[])
            .await
            .map_err(|e| self.err(&e))?;
        let config = tx
            .query_opt("SELECT serial FROM org_config WHERE id = 1", &[])
            .await
            .map_err(|e| self.err(&e))?;
        tx.commit().await.map_err(|e| self.err(&e))?;
        Ok(Counts {
            waiting: waiting.iter().map(|r| (r.get(0), count(r, 1))).collect(),
            oldest_waiting_hour: envelopes.get(0),
            purged: count(&envelopes, 1),
            groups: groups
                .iter()
                .map(|r| (r.get(0), count(r, 1), count(r, 2)))
                .collect(),
            active_codes: count(&codes, 0),
            published: published
                .iter()
                .map(|r| (r.get(0), r.get::<_, i32>(1).max(0) as u32))
                .collect(),
            config_serial: config.map(|r| count(&r, 0)),
        })
    }

    async fn active_codes(&self, now: i64) -> Result<Vec<EnrollmentCodeInfo>, StoreError> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT code_hash, grp, remaining, expires_at FROM enrollment_codes
                 WHERE remaining > 0 AND expires_at > $1 ORDER BY expires_at, grp",
                &[&now],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(rows
            .iter()
            .map(|r| EnrollmentCodeInfo {
                handle: code_handle_of(r.get::<_, &[u8]>(0)),
                group: r.get(1),
                uses_left: r.get::<_, i32>(2).max(0) as u32,
                expires_at: r.get(3),
            })
            .collect())
    }

    async fn cancel_code(&self, handle: &[u8], now: i64) -> Result<Option<u32>, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        let prefix = "substring(code_hash from 1 for length($1::bytea)) = $1::bytea";
        // FOR UPDATE: a redemption racing the cancel either commits first
        // (its use is gone) or waits and finds no use left.
        let rows = tx
            .query(
                &format!(
                    "SELECT remaining, expires_at FROM enrollment_codes WHERE {prefix} FOR UPDATE"
                ),
                &[&handle],
            )
            .await
            .map_err(|e| self.err(&e))?;
        if rows.is_empty() {
            return Ok(None);
        }
        let live: i64 = rows
            .iter()
            .filter(|r| r.get::<_, i64>(1) > now)
            .map(|r| i64::from(r.get::<_, i32>(0).max(0)))
            .sum();
        tx.execute(
            &format!("UPDATE enrollment_codes SET remaining = 0 WHERE {prefix}"),
            &[&handle],
        )
        .await
        .map_err(|e| self.err(&e))?;
        tx.commit().await.map_err(|e| self.err(&e))?;
        Ok(Some(live.clamp(0, i64::from(u32::MAX)) as u32))
    }

    async fn touch_device(&self, device_id: &str, day: &str) -> Result<(), StoreError> {
        self.client()
            .await?
            .execute(
                "UPDATE devices SET last_sync_on = CAST($2::text AS date) WHERE id = $1",
                &[&device_id, &day],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(())
    }

    async fn create_code(
        &self,
        code_hash: &[u8],
        uses: u32,
        expires_at: i64,
        group: &str,
    ) -> Result<(), StoreError> {
        let uses = i32::try_from(uses).map_err(|_| StoreError::Database("too many uses".into()))?;
        self.client()
            .await?
            .execute(
                "INSERT INTO enrollment_codes (code_hash, remaining, expires_at, grp) VALUES ($1, $2, $3, $4)",
                &[&code_hash, &uses, &expires_at, &group],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(())
    }

    async fn redeem_code(
        &self,
        code_hash: &[u8],
        device_id: &str,
        token_hash: &[u8],
        now: i64,
    ) -> Result<Redeemed, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        // The row lock taken by UPDATE makes concurrent redemptions queue:
        // a single-use code yields exactly one device.
        let row = tx
            .query_opt(
                "UPDATE enrollment_codes SET remaining = remaining - 1
                 WHERE code_hash = $1 AND remaining > 0 AND expires_at > $2 RETURNING grp",
                &[&code_hash, &now],
            )
            .await
            .map_err(|e| self.err(&e))?;
        let result = match row {
            Some(row) => {
                let group: String = row.get(0);
                tx.execute(
                    "INSERT INTO devices (id, token_hash, grp, enrolled_on)
                     VALUES ($1, $2, $3, CAST($4::text AS date))",
                    &[&device_id, &token_hash, &group, &utc_day(now)],
                )
                .await
                .map_err(|e| self.err(&e))?;
                Redeemed::Enrolled { group }
            }
            None => {
                let known = tx
                    .query_opt(
                        "SELECT 1 FROM enrollment_codes WHERE code_hash = $1",
                        &[&code_hash],
                    )
                    .await
                    .map_err(|e| self.err(&e))?;
                if known.is_some() {
                    Redeemed::Exhausted
                } else {
                    Redeemed::Unknown
                }
            }
        };
        tx.commit().await.map_err(|e| self.err(&e))?;
        Ok(result)
    }

    async fn device_by_token(&self, token_hash: &[u8]) -> Result<Option<Device>, StoreError> {
        // Asked on every request: prepared once per connection.
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(&format!("SELECT id, grp, revoked, to_char(last_sync_on, 'YYYY-MM-DD'), {LINK_COLUMNS} FROM devices WHERE token_hash = $1"))
            .await
            .map_err(|e| self.err(&e))?;
        let row = client
            .query_opt(&stmt, &[&token_hash])
            .await
            .map_err(|e| self.err(&e))?;
        Ok(row.map(|r| Device {
            id: r.get(0),
            group: r.get(1),
            revoked: r.get(2),
            last_sync_on: r.get(3),
            link: link_of(&r, 4),
        }))
    }

    async fn devices(&self) -> Result<Vec<DeviceInfo>, StoreError> {
        let rows = self
            .client()
            .await?
            .query(
                &format!("SELECT id, grp, revoked, to_char(enrolled_on, 'YYYY-MM-DD'), to_char(last_sync_on, 'YYYY-MM-DD'), {LINK_COLUMNS}
                 FROM devices ORDER BY id"),
                &[],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(rows
            .iter()
            .map(|r| DeviceInfo {
                device_id: r.get(0),
                group: r.get(1),
                revoked: r.get(2),
                enrolled_on: r.get(3),
                last_sync_on: r.get(4),
                link: link_of(r, 5),
            })
            .collect())
    }

    async fn revoke_device(&self, device_id: &str) -> Result<bool, StoreError> {
        let n = self
            .client()
            .await?
            .execute(
                "UPDATE devices SET revoked = TRUE WHERE id = $1",
                &[&device_id],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(n > 0)
    }

    async fn create_link(&self, link: &NewLink, now: i64) -> Result<(), StoreError> {
        let day = utc_day(now);
        let cap = link.limits.max_submissions.map(i64::from);
        self.client()
            .await?
            .execute(
                "INSERT INTO devices (id, token_hash, grp, enrolled_on, questionnaire_id, expires_at, max_submissions)
                 VALUES ($1, $2, $3, CAST($4::text AS date), $5, $6, $7)",
                &[
                    &link.id,
                    &link.token_hash.as_slice(),
                    &link.group,
                    &day,
                    &link.limits.questionnaire_id,
                    &link.limits.expires_at,
                    &cap,
                ],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(())
    }

    async fn count_link_stored(&self, link_id: &str, n: u64) -> Result<(), StoreError> {
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        self.client()
            .await?
            .execute(
                "UPDATE devices SET stored = stored + $2 WHERE id = $1",
                &[&link_id, &n],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(())
    }

    async fn insert_submissions(
        &self,
        items: &[UploadItem],
        received_hour: i64,
    ) -> Result<Vec<Inserted>, StoreError> {
        if items.is_empty() {
            return Ok(Vec::new());
        }
        let versions = items
            .iter()
            .map(|item| i32::try_from(item.questionnaire_version))
            .collect::<Result<Vec<i32>, _>>()
            .map_err(|_| StoreError::Database("version out of range".into()))?;
        let ids: Vec<&str> = items.iter().map(|i| i.submission_id.as_str()).collect();
        let questionnaires: Vec<&str> = items.iter().map(|i| i.questionnaire_id.as_str()).collect();
        let envelopes: Vec<&[u8]> = items.iter().map(|i| i.envelope.as_slice()).collect();
        let client = self.client().await?;
        // One statement, so one transaction of its own and one round trip.
        // It takes no lock (positions are handed out once it has committed,
        // see `PostgresStore::number_waiting`), so concurrent uploads from
        // every process share their WAL flushes.
        let stmt = client
            .prepare_cached(
                "INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope)
                 SELECT id, questionnaire, version, $4, envelope
                 FROM unnest($1::text[], $2::text[], $3::integer[], $5::bytea[]) AS item (id, questionnaire, version, envelope)
                 ON CONFLICT (submission_id) DO NOTHING RETURNING submission_id",
            )
            .await
            .map_err(|e| self.err(&e))?;
        let rows = client
            .query(
                &stmt,
                &[&ids, &questionnaires, &versions, &received_hour, &envelopes],
            )
            .await
            .map_err(|e| self.err(&e))?;
        // Each id returned was stored by its first item; the rest are
        // duplicates (of an earlier upload or of an item before them).
        let mut stored: std::collections::HashSet<String> = rows.iter().map(|r| r.get(0)).collect();
        Ok(ids
            .iter()
            .map(|id| {
                if stored.remove(*id) {
                    Inserted::Stored
                } else {
                    Inserted::Duplicate
                }
            })
            .collect())
    }

    async fn export(&self, after: i64, limit: u32) -> Result<Vec<ExportItem>, StoreError> {
        let mut client = self.client().await?;
        self.number_waiting(&mut client, limit).await?;
        let stmt = client
            .prepare_cached(
                "SELECT seq, submission_id, questionnaire_id, questionnaire_version, envelope FROM submissions
                 WHERE seq > $1 AND envelope IS NOT NULL ORDER BY seq LIMIT $2",
            )
            .await
            .map_err(|e| self.err(&e))?;
        let rows = client
            .query(&stmt, &[&after, &i64::from(limit)])
            .await
            .map_err(|e| self.err(&e))?;
        Ok(rows
            .iter()
            .map(|r| ExportItem {
                seq: r.get(0),
                submission_id: r.get(1),
                questionnaire_id: r.get(2),
                questionnaire_version: r.get::<_, i32>(3).max(0) as u32,
                envelope: r.get(4),
            })
            .collect())
    }

    async fn purge(&self, submission_ids: &[String]) -> Result<u64, StoreError> {
        let n = self
            .client()
            .await?
            .execute("UPDATE submissions SET envelope = NULL WHERE submission_id = ANY($1) AND envelope IS NOT NULL", &[&submission_ids])
            .await
            .map_err(|e| self.err(&e))?;
        Ok(n)
    }

    async fn stored(&self) -> Result<u64, StoreError> {
        let row = self
            .client()
            .await?
            .query_one(
                "SELECT count(*) FROM submissions WHERE envelope IS NOT NULL",
                &[],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(row.get::<_, i64>(0).max(0) as u64)
    }

    async fn publish(
        &self,
        questionnaire_id: &str,
        version: u32,
        bundle: &str,
    ) -> Result<Publish, StoreError> {
        let version = i32::try_from(version)
            .map_err(|_| StoreError::Database("version out of range".into()))?;
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        // Lock the row (or its absence, via the advisory lock) while deciding.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&(MIGRATION_LOCK + 1)])
            .await
            .map_err(|e| self.err(&e))?;
        let current = tx
            .query_opt(
                "SELECT version, bundle FROM questionnaires WHERE id = $1",
                &[&questionnaire_id],
            )
            .await
            .map_err(|e| self.err(&e))?;
        let result = match current.map(|r| (r.get::<_, i32>(0), r.get::<_, String>(1))) {
            Some((v, b)) if v > version || (v == version && b != bundle) => Publish::NotNewer {
                current: v.max(0) as u32,
            },
            _ => {
                tx.execute(
                    "INSERT INTO questionnaires (id, version, bundle) VALUES ($1, $2, $3)
                     ON CONFLICT (id) DO UPDATE SET version = excluded.version, bundle = excluded.bundle",
                    &[&questionnaire_id, &version, &bundle],
                )
                .await
                .map_err(|e| self.err(&e))?;
                Publish::Published
            }
        };
        tx.commit().await.map_err(|e| self.err(&e))?;
        Ok(result)
    }

    async fn published_ids(&self) -> Result<Vec<String>, StoreError> {
        // Asked on every upload: prepared once per connection.
        let client = self.client().await?;
        let stmt = client
            .prepare_cached("SELECT id FROM questionnaires")
            .await
            .map_err(|e| self.err(&e))?;
        let rows = client.query(&stmt, &[]).await.map_err(|e| self.err(&e))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    async fn bundle(&self, questionnaire_id: &str) -> Result<Option<String>, StoreError> {
        let row = self
            .client()
            .await?
            .query_opt(
                "SELECT bundle FROM questionnaires WHERE id = $1",
                &[&questionnaire_id],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(row.map(|r| r.get(0)))
    }

    async fn questionnaires(&self) -> Result<Vec<(String, u32, String)>, StoreError> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT id, version, bundle FROM questionnaires ORDER BY id",
                &[],
            )
            .await
            .map_err(|e| self.err(&e))?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get::<_, i32>(1).max(0) as u32, r.get(2)))
            .collect())
    }

    async fn purge_received_before(&self, hour: i64) -> Result<u64, StoreError> {
        self.client()
            .await?
            .execute("UPDATE submissions SET envelope = NULL WHERE received_hour < $1 AND envelope IS NOT NULL", &[&hour])
            .await
            .map_err(|e| self.err(&e))
    }

    async fn revoke_group(&self, group: &str) -> Result<u64, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        let n = tx
            .execute(
                "UPDATE devices SET revoked = TRUE WHERE grp = $1 AND NOT revoked",
                &[&group],
            )
            .await
            .map_err(|e| self.err(&e))?;
        tx.execute(
            "UPDATE enrollment_codes SET remaining = 0 WHERE grp = $1",
            &[&group],
        )
        .await
        .map_err(|e| self.err(&e))?;
        tx.commit().await.map_err(|e| self.err(&e))?;
        Ok(n)
    }

    async fn put_config(&self, serial: u64, signed: &str) -> Result<ConfigStored, StoreError> {
        let serial = i64::try_from(serial)
            .map_err(|_| StoreError::Database("config serial out of range".into()))?;
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(|e| self.err(&e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&CONFIG_LOCK])
            .await
            .map_err(|e| self.err(&e))?;
        let current = tx
            .query_opt("SELECT serial, signed FROM org_config WHERE id = 1", &[])
            .await
            .map_err(|e| self.err(&e))?
            .map(|r| (count(&r, 0), r.get::<_, String>(1)));
        let result = config_replaces(
            current.as_ref().map(|(n, t)| (*n, t.as_str())),
            serial as u64,
            signed,
        );
        if result == ConfigStored::Stored {
            tx.execute(
                "INSERT INTO org_config (id, serial, signed) VALUES (1, $1, $2)
                 ON CONFLICT (id) DO UPDATE SET serial = excluded.serial, signed = excluded.signed",
                &[&serial, &signed],
            )
            .await
            .map_err(|e| self.err(&e))?;
        }
        tx.commit().await.map_err(|e| self.err(&e))?;
        Ok(result)
    }

    async fn config(&self) -> Result<Option<(u64, String)>, StoreError> {
        let row = self
            .client()
            .await?
            .query_opt("SELECT serial, signed FROM org_config WHERE id = 1", &[])
            .await
            .map_err(|e| self.err(&e))?;
        Ok(row.map(|r| (count(&r, 0), r.get(1))))
    }
}
