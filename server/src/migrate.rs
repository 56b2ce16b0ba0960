//! Moving from SQLite to PostgreSQL: every row of every table copied in one
//! PostgreSQL transaction from one SQLite snapshot, with the export
//! positions (`seq`) kept as they were and the sequence set past them, so a
//! later `heard pull` neither skips nor repeats an envelope. Counts are
//! checked before the transaction commits; a target that holds anything is
//! refused. The organization's signed config travels with the rest, so
//! devices keep finding the newest one.

use crate::store::StoreError;
use crate::store::postgres::PostgresStore;
use crate::store::sqlite;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};

/// What was copied, as checked in the target before committing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    /// Enrollment codes (active or not).
    pub codes: u64,
    /// Devices (active or revoked).
    pub devices: u64,
    /// Published questionnaires.
    pub questionnaires: u64,
    /// Envelopes held, not yet purged.
    pub waiting: u64,
    /// Purged envelopes (tombstones: their ids refuse a second upload).
    pub purged: u64,
    /// The highest export position handed out; new envelopes come after it.
    pub last_seq: i64,
    /// The serial of the organization's signed config, if one was published.
    pub config_serial: Option<u64>,
}

impl std::fmt::Display for Copied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "  enrollment codes  {}\n  devices           {}\n  questionnaires    {}\n  envelopes         {} waiting, {} purged (tombstones)\n  export position   {} (the next envelope gets a higher one)\n  org config        {}\n",
            self.codes,
            self.devices,
            self.questionnaires,
            self.waiting,
            self.purged,
            self.last_seq,
            self.config_serial
                .map_or_else(|| "none published".to_string(), |n| format!("serial {n}")),
        )
    }
}

/// Rows travel from the SQLite reader to PostgreSQL in batches of at most
/// this many bytes of envelopes, so memory stays small whatever the size.
const BATCH_BYTES: usize = 8 * 1024 * 1024;
const BATCH_ROWS: usize = 500;

/// One enrollment code row.
struct Code(Vec<u8>, i32, i64, String);
/// One device row (a public survey link's limits in [`LinkColumns`]).
struct DeviceRow(
    String,
    Vec<u8>,
    String,
    bool,
    Option<String>,
    Option<String>,
    LinkColumns,
);
/// A device row's link columns: questionnaire, expiry, cap, stored.
struct LinkColumns(Option<String>, Option<i64>, Option<i64>, i64);
/// One questionnaire row.
struct Questionnaire(String, i32, String);
/// The organization config row: serial and signed text.
struct ConfigRow(i64, String);

/// One batch of envelope rows, as columns (for PostgreSQL's `unnest`).
#[derive(Default)]
struct Submissions {
    seq: Vec<i64>,
    id: Vec<String>,
    questionnaire: Vec<String>,
    version: Vec<i32>,
    hour: Vec<i64>,
    envelope: Vec<Option<Vec<u8>>>,
    bytes: usize,
}

/// What the reader sends.
enum Rows {
    Small {
        codes: Vec<Code>,
        devices: Vec<DeviceRow>,
        questionnaires: Vec<Questionnaire>,
        config: Option<ConfigRow>,
        expected: Copied,
    },
    Submissions(Submissions),
}

/// Copies the SQLite database `from` into the empty PostgreSQL database
/// `to` (a `postgres://` URL). The SQLite file is first brought to this
/// server's schema, as starting the server on it would.
pub async fn sqlite_to_postgres(from: &Path, to: &str) -> Result<Copied, StoreError> {
    if !from.is_file() {
        return Err(StoreError::Refused(format!(
            "there is no SQLite database at {}",
            from.display()
        )));
    }
    drop(sqlite::SqliteStore::open_path(from)?);
    let target = PostgresStore::connect(to).await?;
    let mut client = target.client().await?;
    let tx = client.transaction().await.map_err(|e| target.err(&e))?;
    // No server may write while the copy runs (and none may have written).
    tx.batch_execute(
        "LOCK TABLE enrollment_codes, devices, questionnaires, submissions, org_config IN ACCESS EXCLUSIVE MODE",
    )
    .await
    .map_err(|e| target.err(&e))?;
    let before = target_counts(&tx, &target).await?;
    if before != Copied::default() {
        return Err(StoreError::Refused(format!(
            "the target {} is not empty ({} devices, {} envelopes, {} questionnaires, {} codes{}): migrate into a new, empty database",
            target.target().describe(),
            before.devices,
            before.waiting + before.purged,
            before.questionnaires,
            before.codes,
            before.config_serial.map_or_else(String::new, |n| format!(
                ", an organization config (serial {n})"
            )),
        )));
    }

    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Result<Rows, StoreError>>(2);
    let path = from.to_path_buf();
    let reader = tokio::task::spawn_blocking(move || {
        if let Err(e) = read(&path, &sender) {
            let _ = sender.blocking_send(Err(e));
        }
    });
    let mut expected = None;
    while let Some(rows) = receiver.recv().await {
        match rows? {
            Rows::Small {
                codes,
                devices,
                questionnaires,
                config,
                expected: counts,
            } => {
                write_small(
                    &tx,
                    &target,
                    &codes,
                    &devices,
                    &questionnaires,
                    config.as_ref(),
                )
                .await?;
                expected = Some(counts);
            }
            Rows::Submissions(batch) => write_submissions(&tx, &target, &batch).await?,
        }
    }
    reader
        .await
        .map_err(|e| StoreError::Database(format!("the SQLite reader stopped: {e}")))?;
    let expected = expected.ok_or_else(|| {
        StoreError::Database(format!("nothing could be read from {}", from.display()))
    })?;
    // Export positions continue after the highest one SQLite handed out.
    tx.execute(
        "SELECT setval(pg_get_serial_sequence('submissions', 'seq'), $1, $2)",
        &[&expected.last_seq.max(1), &(expected.last_seq > 0)],
    )
    .await
    .map_err(|e| target.err(&e))?;
    let copied = target_counts(&tx, &target).await?;
    if copied != expected {
        return Err(StoreError::Refused(format!(
            "the copy does not match, so nothing was committed: SQLite has\n{expected}PostgreSQL received\n{copied}"
        )));
    }
    tx.commit().await.map_err(|e| target.err(&e))?;
    Ok(copied)
}

/// The target's counts, inside the migration's transaction.
async fn target_counts(
    tx: &deadpool_postgres::Transaction<'_>,
    target: &PostgresStore,
) -> Result<Copied, StoreError> {
    let row = tx
        .query_one(
            "SELECT (SELECT count(*) FROM enrollment_codes),
                    (SELECT count(*) FROM devices),
                    (SELECT count(*) FROM questionnaires),
                    (SELECT count(*) FROM submissions WHERE envelope IS NOT NULL),
                    (SELECT count(*) FROM submissions WHERE envelope IS NULL),
                    (SELECT coalesce(max(seq), 0) FROM submissions),
                    (SELECT max(serial) FROM org_config)",
            &[],
        )
        .await
        .map_err(|e| target.err(&e))?;
    let n = |i: usize| row.get::<_, i64>(i).max(0) as u64;
    let last_seq: i64 = row.get(5);
    // The sequence may stand past the last row (SQLite's AUTOINCREMENT
    // never reuses a position, nor does a PostgreSQL sequence).
    let sequence = tx
        .query_one(
            "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM submissions_seq_seq",
            &[],
        )
        .await
        .map_err(|e| target.err(&e))?
        .get::<_, i64>(0);
    Ok(Copied {
        codes: n(0),
        devices: n(1),
        questionnaires: n(2),
        waiting: n(3),
        purged: n(4),
        last_seq: last_seq.max(sequence),
        config_serial: row.get::<_, Option<i64>>(6).map(|s| s.max(0) as u64),
    })
}

async fn write_small(
    tx: &deadpool_postgres::Transaction<'_>,
    target: &PostgresStore,
    codes: &[Code],
    devices: &[DeviceRow],
    questionnaires: &[Questionnaire],
    config: Option<&ConfigRow>,
) -> Result<(), StoreError> {
    let err = |e: tokio_postgres::Error| target.err(&e);
    let stmt = tx
        .prepare("INSERT INTO enrollment_codes (code_hash, remaining, expires_at, grp) VALUES ($1, $2, $3, $4)")
        .await
        .map_err(err)?;
    for Code(hash, remaining, expires, group) in codes {
        tx.execute(&stmt, &[hash, remaining, expires, group])
            .await
            .map_err(err)?;
    }
    let stmt = tx
        .prepare(
            "INSERT INTO devices (id, token_hash, grp, revoked, enrolled_on, last_sync_on,
                                  questionnaire_id, expires_at, max_submissions, stored)
             VALUES ($1, $2, $3, $4, CAST($5::text AS date), CAST($6::text AS date), $7, $8, $9, $10)",
        )
        .await
        .map_err(err)?;
    for DeviceRow(id, token, group, revoked, enrolled, synced, link) in devices {
        let LinkColumns(questionnaire, expires, cap, stored) = link;
        tx.execute(
            &stmt,
            &[
                id,
                token,
                group,
                revoked,
                enrolled,
                synced,
                questionnaire,
                expires,
                cap,
                stored,
            ],
        )
        .await
        .map_err(err)?;
    }
    let stmt = tx
        .prepare("INSERT INTO questionnaires (id, version, bundle) VALUES ($1, $2, $3)")
        .await
        .map_err(err)?;
    for Questionnaire(id, version, bundle) in questionnaires {
        tx.execute(&stmt, &[id, version, bundle])
            .await
            .map_err(err)?;
    }
    if let Some(ConfigRow(serial, signed)) = config {
        tx.execute(
            "INSERT INTO org_config (id, serial, signed) VALUES (1, $1, $2)",
            &[serial, signed],
        )
        .await
        .map_err(err)?;
    }
    Ok(())
}

async fn write_submissions(
    tx: &deadpool_postgres::Transaction<'_>,
    target: &PostgresStore,
    b: &Submissions,
) -> Result<(), StoreError> {
    // One statement per batch; `seq` is given, so positions stay as they were.
    tx.execute(
        "INSERT INTO submissions (seq, submission_id, questionnaire_id, questionnaire_version, received_hour, envelope)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::integer[], $5::bigint[], $6::bytea[])",
        &[&b.seq, &b.id, &b.questionnaire, &b.version, &b.hour, &b.envelope],
    )
    .await
    .map_err(|e| target.err(&e))?;
    Ok(())
}

/// Reads the SQLite file in one read transaction (one snapshot) and sends
/// its rows.
fn read(
    path: &PathBuf,
    sender: &tokio::sync::mpsc::Sender<Result<Rows, StoreError>>,
) -> Result<(), StoreError> {
    let db = |e: rusqlite::Error| {
        StoreError::Database(format!("reading {} failed: {e}", path.display()))
    };
    let mut conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(db)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .map_err(db)?;
    let tx = conn.transaction().map_err(db)?;
    let codes = tx
        .prepare("SELECT code_hash, remaining, expires_at, grp FROM enrollment_codes")
        .and_then(|mut s| {
            s.query_map([], |r| Ok(Code(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(db)?;
    let devices = tx
        .prepare(
            "SELECT id, token_hash, grp, revoked, enrolled_on, last_sync_on,
                    questionnaire_id, expires_at, max_submissions, stored FROM devices",
        )
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok(DeviceRow(
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    LinkColumns(r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?),
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(db)?;
    let questionnaires = tx
        .prepare("SELECT id, version, bundle FROM questionnaires")
        .and_then(|mut s| {
            s.query_map([], |r| Ok(Questionnaire(r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(db)?;
    // The file was brought to this server's schema before, so the table exists.
    let config = tx
        .query_row(
            "SELECT serial, signed FROM org_config WHERE id = 1",
            [],
            |r| Ok(ConfigRow(r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(db)?;
    let (waiting, purged, max_seq): (i64, i64, i64) = tx
        .query_row(
            "SELECT count(envelope), count(*) - count(envelope), coalesce(max(seq), 0) FROM submissions",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .map_err(db)?;
    // AUTOINCREMENT's high-water mark, which a deleted last row leaves behind.
    let high_water: i64 = tx
        .query_row(
            "SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'submissions'",
            [],
            |r| r.get(0),
        )
        .map_err(db)?;
    let expected = Copied {
        codes: codes.len() as u64,
        devices: devices.len() as u64,
        questionnaires: questionnaires.len() as u64,
        waiting: waiting.max(0) as u64,
        purged: purged.max(0) as u64,
        last_seq: max_seq.max(high_water),
        config_serial: config.as_ref().map(|c| c.0.max(0) as u64),
    };
    let send = |rows| {
        sender
            .blocking_send(Ok(rows))
            .map_err(|_| StoreError::Database("the PostgreSQL side stopped".into()))
    };
    send(Rows::Small {
        codes,
        devices,
        questionnaires,
        config,
        expected,
    })?;
    let mut stmt = tx
        .prepare(
            "SELECT seq, submission_id, questionnaire_id, questionnaire_version, received_hour, envelope
             FROM submissions ORDER BY seq",
        )
        .map_err(db)?;
    let mut rows = stmt.query([]).map_err(db)?;
    let mut batch = Submissions::default();
    while let Some(r) = rows.next().map_err(db)? {
        let envelope: Option<Vec<u8>> = r.get(5).map_err(db)?;
        batch.bytes += envelope.as_ref().map_or(0, Vec::len);
        batch.seq.push(r.get(0).map_err(db)?);
        batch.id.push(r.get(1).map_err(db)?);
        batch.questionnaire.push(r.get(2).map_err(db)?);
        batch.version.push(r.get(3).map_err(db)?);
        batch.hour.push(r.get(4).map_err(db)?);
        batch.envelope.push(envelope);
        if batch.seq.len() >= BATCH_ROWS || batch.bytes >= BATCH_BYTES {
            send(Rows::Submissions(std::mem::take(&mut batch)))?;
        }
    }
    if !batch.seq.is_empty() {
        send(Rows::Submissions(batch))?;
    }
    Ok(())
}
