//! Backups of the SQLite database while the server runs, and restores.
//! SQLite's online backup API copies one consistent snapshot (the server
//! keeps writing meanwhile: in WAL mode a reader never blocks it); the copy
//! is checked, written owner-only under a temporary name and renamed into
//! place, so a file with the final name is always complete. Nothing is ever
//! overwritten. PostgreSQL is backed up with its own tools (`pg_dump`).

use crate::files::{self, FileError};
use crate::store::sqlite::{self, read_counts};
use crate::store::{Counts, StoreError};
use rusqlite::backup::StepResult;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// How long a copy waits for a lock the server holds.
const BUSY_FOR: Duration = Duration::from_secs(60);

/// Copies the live database `db` to the new file `out`; returns what the
/// copy holds.
pub fn backup(db: &Path, out: &Path) -> Result<Counts, StoreError> {
    if !db.is_file() {
        return Err(StoreError::Refused(format!(
            "there is no database at {}: give the server's --db file",
            db.display()
        )));
    }
    refuse_existing(out)?;
    let source = open_existing(db, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    sqlite::schema_version(&source, db)?;
    copy(&source, out, "DELETE", db, None)
}

/// Restores the backup `from` as the new database file `db` (the server
/// must be stopped, and `db` must not exist); returns what it holds.
pub fn restore(from: &Path, db: &Path) -> Result<Counts, StoreError> {
    if !from.is_file() {
        return Err(StoreError::Refused(format!(
            "there is no backup at {}",
            from.display()
        )));
    }
    if db.exists() {
        return Err(StoreError::Refused(format!(
            "{} exists: stop the server, move that file (and any -wal and -shm beside it) away, then restore; keep it until the restored server works",
            db.display()
        )));
    }
    let source = open_existing(from, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    check(&source, from)?;
    sqlite::schema_version(&source, from)?;
    read_counts(&source, 0).map_err(|e| {
        StoreError::Refused(format!(
            "{} is not a heard-server backup: {e}",
            from.display()
        ))
    })?;
    // The steward's pull may have gone past the backup's last position on
    // the lost database; envelopes uploaded after the restore must come
    // after every position that database handed out, or the next pull
    // (which continues after its last position) would skip them.
    copy(&source, db, "WAL", from, Some(restored_positions_start()))
}

/// Where export positions continue after a restore: the current Unix time
/// in milliseconds, past any position a database could have reached (one
/// per envelope) unless it took more than a thousand envelopes a second
/// since its backup; a later restore starts later still.
pub fn restored_positions_start() -> i64 {
    crate::routes::now().saturating_mul(1000)
}

/// A one-line-per-figure summary of what a database holds.
pub fn summary(counts: &Counts) -> String {
    let waiting: u64 = counts.waiting.iter().map(|(_, n)| n).sum();
    let (active, revoked) = counts
        .groups
        .iter()
        .fold((0, 0), |(a, r), (_, ga, gr)| (a + ga, r + gr));
    format!(
        "  questionnaires    {}\n  devices           {} ({active} active, {revoked} revoked)\n  enrollment codes  {} active\n  envelopes         {waiting} waiting, {} purged (ids kept as tombstones)\n  org config        {}\n",
        counts.published.len(),
        active + revoked,
        counts.active_codes,
        counts.purged,
        counts
            .config_serial
            .map_or_else(|| "none published".to_string(), |n| format!("serial {n}")),
    )
}

fn refuse_existing(path: &Path) -> Result<(), StoreError> {
    if path.exists() {
        return Err(StoreError::Refused(format!(
            "{} exists, and is never overwritten: choose another name",
            path.display()
        )));
    }
    Ok(())
}

fn open_existing(path: &Path, flags: OpenFlags) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(
        |e| StoreError::Config(format!("cannot open the database {}: {e}", path.display())),
    )?;
    conn.busy_timeout(Duration::from_secs(30)).map_err(|e| {
        StoreError::Config(format!("cannot use the database {}: {e}", path.display()))
    })?;
    Ok(conn)
}

/// `PRAGMA integrity_check` must say "ok".
fn check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| {
            StoreError::Refused(format!(
                "{} cannot be read as a database: {e}",
                path.display()
            ))
        })?;
    if verdict != "ok" {
        return Err(StoreError::Refused(format!(
            "{} is damaged (SQLite's integrity check says: {verdict})",
            path.display()
        )));
    }
    Ok(())
}

/// Copies `source` into the new file `out` through a temporary name, in
/// the given journal mode, with export positions continuing at
/// `positions_from` at least, checked, flushed and renamed into place.
fn copy(
    source: &Connection,
    out: &Path,
    journal: &str,
    from: &Path,
    positions_from: Option<i64>,
) -> Result<Counts, StoreError> {
    let tmp = files::temporary_next_to(out);
    drop(files::create_private(&tmp)?);
    let result = (|| {
        let mut target = Connection::open(&tmp)
            .map_err(|e| StoreError::Config(format!("cannot open {}: {e}", tmp.display())))?;
        {
            let backup = rusqlite::backup::Backup::new(source, &mut target)
                .map_err(|e| copy_failed(from, out, &e))?;
            // All pages in one step (-1): one read snapshot, never restarted
            // by the server's writes (which a page-by-page copy would be).
            let deadline = std::time::Instant::now() + BUSY_FOR;
            while backup.step(-1).map_err(|e| copy_failed(from, out, &e))? != StepResult::Done {
                // Busy or locked: the server holds a lock for a moment.
                if std::time::Instant::now() > deadline {
                    return Err(StoreError::Unavailable(format!(
                        "{} stayed locked for {} seconds: try again",
                        from.display(),
                        BUSY_FOR.as_secs()
                    )));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        if let Some(start) = positions_from {
            target
                .execute_batch(&format!(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT 'submissions', 0
                       WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'submissions');
                     UPDATE sqlite_sequence SET seq = max(seq, {start}) WHERE name = 'submissions';"
                ))
                .map_err(|e| copy_failed(from, out, &e))?;
        }
        target
            .pragma_update(None, "journal_mode", journal)
            .map_err(|e| copy_failed(from, out, &e))?;
        check(&target, out)?;
        let counts =
            read_counts(&target, crate::routes::now()).map_err(|e| copy_failed(from, out, &e))?;
        target
            .close()
            .map_err(|(_, e)| copy_failed(from, out, &e))?;
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .map_err(|e| FileError::new("write", &tmp, &e))?;
        files::rename_into_place(&tmp, out)?;
        Ok(counts)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn copy_failed(from: &Path, out: &Path, e: &rusqlite::Error) -> StoreError {
    StoreError::Database(format!(
        "copying {} to {} failed: {e}",
        from.display(),
        out.display()
    ))
}
