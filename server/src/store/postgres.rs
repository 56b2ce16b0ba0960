//! The PostgreSQL store, for more than one machine's worth of devices and
//! for several server processes sharing one database.

use super::{Device, Inserted, Publish, Redeemed, Store, StoreError};
use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use heard_protocol::{DeviceInfo, ExportItem, UploadItem};

/// Schema migrations, in order; `heard_schema.version` counts those applied.
const MIGRATIONS: &[&str] = &[r#"
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
"#];

/// Serialises schema creation between processes starting at once.
const MIGRATION_LOCK: i64 = 0x0048_4541_5244;

/// Serialises inserting transactions (see [`Store::insert_submissions`]).
const INSERT_ORDER_LOCK: i64 = MIGRATION_LOCK + 2;

/// PostgreSQL storage over a connection pool.
pub struct PostgresStore {
    pool: Pool,
}

fn db(e: impl std::fmt::Display) -> StoreError {
    StoreError::Database(e.to_string())
}

impl PostgresStore {
    /// Connects to `url` and creates the schema if needed.
    pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Config(format!("--db: {e}")))?;
        let manager = Manager::from_config(
            config,
            tokio_postgres::NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(16)
            .build()
            .map_err(|e| StoreError::Config(e.to_string()))?;
        let mut client = pool
            .get()
            .await
            .map_err(|e| StoreError::Config(format!("cannot connect to PostgreSQL: {e}")))?;
        let tx = client.transaction().await.map_err(db)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
            .await
            .map_err(db)?;
        tx.batch_execute("CREATE TABLE IF NOT EXISTS heard_schema (version INTEGER NOT NULL)")
            .await
            .map_err(db)?;
        let version: i32 = tx
            .query_opt("SELECT version FROM heard_schema", &[])
            .await
            .map_err(db)?
            .map_or(0, |r| r.get(0));
        if version as usize > MIGRATIONS.len() {
            return Err(StoreError::Config(format!(
                "the database was written by a newer heard-server (schema {version}, this one knows {}): upgrade the server",
                MIGRATIONS.len()
            )));
        }
        for migration in MIGRATIONS.iter().skip(version.max(0) as usize) {
            tx.batch_execute(migration).await.map_err(db)?;
        }
        tx.execute("DELETE FROM heard_schema", &[])
            .await
            .map_err(db)?;
        tx.execute(
            "INSERT INTO heard_schema (version) VALUES ($1)",
            &[&(MIGRATIONS.len() as i32)],
        )
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(PostgresStore { pool })
    }

    async fn client(&self) -> Result<deadpool_postgres::Object, StoreError> {
        self.pool.get().await.map_err(db)
    }
}

#[async_trait]
impl Store for PostgresStore {
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
            .map_err(db)?;
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
        let tx = client.transaction().await.map_err(db)?;
        // The row lock taken by UPDATE makes concurrent redemptions queue:
        // a single-use code yields exactly one device.
        let row = tx
            .query_opt(
                "UPDATE enrollment_codes SET remaining = remaining - 1
                 WHERE code_hash = $1 AND remaining > 0 AND expires_at > $2 RETURNING grp",
                &[&code_hash, &now],
            )
            .await
            .map_err(db)?;
        let result = match row {
            Some(row) => {
                let group: String = row.get(0);
                tx.execute(
                    "INSERT INTO devices (id, token_hash, grp) VALUES ($1, $2, $3)",
                    &[&device_id, &token_hash, &group],
                )
                .await
                .map_err(db)?;
                Redeemed::Enrolled { group }
            }
            None => {
                let known = tx
                    .query_opt(
                        "SELECT 1 FROM enrollment_codes WHERE code_hash = $1",
                        &[&code_hash],
                    )
                    .await
                    .map_err(db)?;
                if known.is_some() {
                    Redeemed::Exhausted
                } else {
                    Redeemed::Unknown
                }
            }
        };
        tx.commit().await.map_err(db)?;
        Ok(result)
    }

    async fn device_by_token(&self, token_hash: &[u8]) -> Result<Option<Device>, StoreError> {
        let row = self
            .client()
            .await?
            .query_opt(
                "SELECT id, grp, revoked FROM devices WHERE token_hash = $1",
                &[&token_hash],
            )
            .await
            .map_err(db)?;
        Ok(row.map(|r| Device {
            id: r.get(0),
            group: r.get(1),
            revoked: r.get(2),
        }))
    }

    async fn devices(&self) -> Result<Vec<DeviceInfo>, StoreError> {
        let rows = self
            .client()
            .await?
            .query("SELECT id, grp, revoked FROM devices ORDER BY id", &[])
            .await
            .map_err(db)?;
        Ok(rows
            .iter()
            .map(|r| DeviceInfo {
                device_id: r.get(0),
                group: r.get(1),
                revoked: r.get(2),
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
            .map_err(db)?;
        Ok(n > 0)
    }

    async fn insert_submissions(
        &self,
        items: &[UploadItem],
        received_hour: i64,
    ) -> Result<Vec<Inserted>, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(db)?;
        // Held until commit: inserting transactions commit in sequence order.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&INSERT_ORDER_LOCK])
            .await
            .map_err(db)?;
        let stmt = tx
            .prepare(
                "INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (submission_id) DO NOTHING",
            )
            .await
            .map_err(db)?;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let version = i32::try_from(item.questionnaire_version)
                .map_err(|_| StoreError::Database("version out of range".into()))?;
            let n = tx
                .execute(
                    &stmt,
                    &[
                        &item.submission_id,
                        &item.questionnaire_id,
                        &version,
                        &received_hour,
                        &item.envelope,
                    ],
                )
                .await
                .map_err(db)?;
            out.push(if n == 1 {
                Inserted::Stored
            } else {
                Inserted::Duplicate
            });
        }
        tx.commit().await.map_err(db)?;
        Ok(out)
    }

    async fn export(&self, after: i64, limit: u32) -> Result<Vec<ExportItem>, StoreError> {
        let rows = self
            .client()
            .await?
            .query(
                "SELECT seq, submission_id, questionnaire_id, questionnaire_version, envelope FROM submissions
                 WHERE seq > $1 AND envelope IS NOT NULL ORDER BY seq LIMIT $2",
                &[&after, &i64::from(limit)],
            )
            .await
            .map_err(db)?;
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
            .map_err(db)?;
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
            .map_err(db)?;
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
        let tx = client.transaction().await.map_err(db)?;
        // Lock the row (or its absence, via the advisory lock) while deciding.
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&(MIGRATION_LOCK + 1)])
            .await
            .map_err(db)?;
        let current = tx
            .query_opt(
                "SELECT version, bundle FROM questionnaires WHERE id = $1",
                &[&questionnaire_id],
            )
            .await
            .map_err(db)?;
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
                .map_err(db)?;
                Publish::Published
            }
        };
        tx.commit().await.map_err(db)?;
        Ok(result)
    }

    async fn published_ids(&self) -> Result<Vec<String>, StoreError> {
        let rows = self
            .client()
            .await?
            .query("SELECT id FROM questionnaires", &[])
            .await
            .map_err(db)?;
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
            .map_err(db)?;
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
            .map_err(db)?;
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
            .map_err(db)
    }

    async fn revoke_group(&self, group: &str) -> Result<u64, StoreError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(db)?;
        let n = tx
            .execute(
                "UPDATE devices SET revoked = TRUE WHERE grp = $1 AND NOT revoked",
                &[&group],
            )
            .await
            .map_err(db)?;
        tx.execute(
            "UPDATE enrollment_codes SET remaining = 0 WHERE grp = $1",
            &[&group],
        )
        .await
        .map_err(db)?;
        tx.commit().await.map_err(db)?;
        Ok(n)
    }
}
