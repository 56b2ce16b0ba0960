//! Server benchmarks, printing `name: value unit` lines:
//! - `server_ingest_sqlite`, `server_ingest_postgres`: submissions stored per
//!   second over loopback by 8 concurrent clients in batches of 100, and the
//!   ratio to a raw insert loop of the same rows into the same kind of
//!   database in the same run;
//! - `server_ingest_sqlite_single`, `server_ingest_postgres_single`: the
//!   same with one submission per request (as a device on a poor network
//!   sends them), the PostgreSQL one also as a ratio to SQLite's in the
//!   same run and to raw single-row inserts;
//! - PostgreSQL runs with `fsync` and `synchronous_commit` on, as a
//!   deployment does, so every commit waits for its WAL flush;
//! - `sync_10k`: one device uploading 10,000 queued submissions with the
//!   sync client, and the ratio to posting the same batches raw.

#[path = "../tests/support/mod.rs"]
mod support;

use heard_device::sync::{SyncConfig, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_protocol::{UploadItem, UploadRequest};
use std::time::Instant;
use support::{Cluster, Server, enroll_device, envelope};

const CLIENTS: usize = 8;
const PER_CLIENT: usize = 1_000;
const BATCH: usize = 100;

fn items(prefix: u32, n: usize, env: &[u8]) -> Vec<UploadItem> {
    (0..n)
        .map(|i| UploadItem {
            submission_id: format!("{prefix:08x}{i:024x}"),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: env.to_vec(),
        })
        .collect()
}

/// Submissions stored per second by [`CLIENTS`] devices uploading
/// [`PER_CLIENT`] each, `batch` per request.
async fn ingest(db: &str, batch: usize) -> f64 {
    let server = Server::start(db, &["--rate-limit", "1000000"]);
    let env = envelope(&"x".repeat(1500));
    let mut devices = Vec::new();
    for _ in 0..CLIENTS {
        devices.push(enroll_device(&server.url).await.token);
    }
    let start = Instant::now();
    let tasks: Vec<_> = devices
        .into_iter()
        .enumerate()
        .map(|(c, token)| {
            let (url, all) = (server.url.clone(), items(c as u32, PER_CLIENT, &env));
            tokio::spawn(async move {
                let http = reqwest::Client::new();
                for chunk in all.chunks(batch) {
                    let res = http
                        .post(format!("{url}/v1/submissions"))
                        .bearer_auth(&token)
                        .json(&UploadRequest {
                            items: chunk.to_vec(),
                        })
                        .send()
                        .await
                        .expect("upload");
                    assert!(res.status().is_success());
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("client");
    }
    (CLIENTS * PER_CLIENT) as f64 / start.elapsed().as_secs_f64()
}

fn raw_sqlite(path: &std::path::Path, env: &[u8]) -> f64 {
    let conn = rusqlite::Connection::open(path).expect("db");
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;
         CREATE TABLE submissions (seq INTEGER PRIMARY KEY AUTOINCREMENT, submission_id TEXT NOT NULL UNIQUE, questionnaire_id TEXT NOT NULL, questionnaire_version INTEGER NOT NULL, received_hour INTEGER NOT NULL, envelope BLOB);",
    )
    .expect("schema");
    let start = Instant::now();
    for i in 0..CLIENTS * PER_CLIENT {
        conn.execute(
            "INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope) VALUES (?1, 'post-encounter', 1, 0, ?2) ON CONFLICT (submission_id) DO NOTHING",
            rusqlite::params![format!("{i:032x}"), env],
        )
        .expect("insert");
    }
    (CLIENTS * PER_CLIENT) as f64 / start.elapsed().as_secs_f64()
}

async fn raw_postgres(url: &str, env: &[u8]) -> f64 {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .expect("connect");
    tokio::spawn(conn);
    client
        .batch_execute("CREATE TABLE submissions (seq BIGSERIAL PRIMARY KEY, submission_id TEXT NOT NULL UNIQUE, questionnaire_id TEXT NOT NULL, questionnaire_version INTEGER NOT NULL, received_hour BIGINT NOT NULL, envelope BYTEA)")
        .await
        .expect("schema");
    let stmt = client
        .prepare("INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope) VALUES ($1, 'post-encounter', 1, 0, $2) ON CONFLICT (submission_id) DO NOTHING")
        .await
        .expect("prepare");
    let start = Instant::now();
    // The same rows from the same number of concurrent connections.
    let tasks: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (url, env) = (url.to_string(), env.to_vec());
            tokio::spawn(async move {
                let (client, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await.expect("connect");
                tokio::spawn(conn);
                let stmt = client
                    .prepare("INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope) VALUES ($1, 'post-encounter', 1, 0, $2) ON CONFLICT (submission_id) DO NOTHING")
                    .await
                    .expect("prepare");
                for i in 0..PER_CLIENT {
                    client.execute(&stmt, &[&format!("{c:08x}{i:024x}"), &env]).await.expect("insert");
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.expect("writer");
    }
    let _ = stmt;
    (CLIENTS * PER_CLIENT) as f64 / start.elapsed().as_secs_f64()
}

async fn sync_10k() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(
        &format!("sqlite:{}", dir.path().join("server.db").display()),
        &["--rate-limit", "100000"],
    );
    let env = envelope(&"x".repeat(1500));
    let device = enroll_device(&server.url).await;
    let db = dir.path().join("device.db");
    let secrets = MemorySecretStore::default();
    drop(Store::open(&db, &secrets, StoreConfig::default()).expect("store"));
    let conn = rusqlite::Connection::open(&db).expect("db");
    conn.execute_batch("BEGIN").expect("begin");
    for i in 0..10_000u32 {
        conn.execute(
            "INSERT INTO outbox (submission_id, questionnaire_id, questionnaire_version, kind, queued_on, envelope) VALUES (?1, 'post-encounter', 1, 'survey', '2026-11-23', ?2)",
            rusqlite::params![format!("{:032x}", u128::from(i) + (1 << 100)), env],
        )
        .expect("queue");
    }
    conn.execute_batch("COMMIT").expect("commit");
    drop(conn);
    let store =
        std::sync::Mutex::new(Store::open(&db, &secrets, StoreConfig::default()).expect("store"));
    let syncer = Syncer::new(SyncConfig::new(&server.url, &device.token)).expect("syncer");
    let start = Instant::now();
    let report = syncer.sync(&store).await.expect("sync");
    let synced = start.elapsed().as_secs_f64();
    assert_eq!(report.uploaded, 10_000);
    // Baseline: the same number of batches posted raw by another device.
    let other = enroll_device(&server.url).await;
    let all = items(0xbeef, 10_000, &env);
    let http = reqwest::Client::new();
    let start = Instant::now();
    for chunk in all.chunks(BATCH) {
        http.post(format!("{}/v1/submissions", server.url))
            .bearer_auth(&other.token)
            .json(&UploadRequest {
                items: chunk.to_vec(),
            })
            .send()
            .await
            .expect("upload");
    }
    let raw = start.elapsed().as_secs_f64();
    println!("sync_10k: {synced:.2} s");
    println!("sync_10k_vs_raw_posts: {:.2} ratio", synced / raw);
}

#[tokio::main]
async fn main() {
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    let env = envelope(&"x".repeat(1500));
    let sqlite =
        |dir: &tempfile::TempDir| format!("sqlite:{}", dir.path().join("server.db").display());
    if wanted("server_ingest_sqlite") {
        let dir = tempfile::tempdir().expect("dir");
        let served = ingest(&sqlite(&dir), BATCH).await;
        let raw = raw_sqlite(&dir.path().join("raw.db"), &env);
        println!("server_ingest_sqlite: {served:.0} submissions/s");
        println!(
            "server_ingest_sqlite_vs_raw_inserts: {:.2} ratio",
            served / raw
        );
    }
    // The PostgreSQL one-per-request figure is compared with SQLite's of
    // the same run, so either asks for both.
    let mut sqlite_single = None;
    if wanted("server_ingest_sqlite_single") || wanted("server_ingest_postgres_single") {
        let dir = tempfile::tempdir().expect("dir");
        let served = ingest(&sqlite(&dir), 1).await;
        println!("server_ingest_sqlite_single: {served:.0} submissions/s");
        sqlite_single = Some(served);
    }
    if wanted("server_ingest_postgres") {
        let served = ingest(&Cluster::durable().database(), BATCH).await;
        let raw = raw_postgres(&Cluster::durable().database(), &env).await;
        println!("server_ingest_postgres: {served:.0} submissions/s");
        println!(
            "server_ingest_postgres_vs_raw_inserts: {:.2} ratio",
            served / raw
        );
    }
    if wanted("server_ingest_postgres_single") {
        let served = ingest(&Cluster::durable().database(), 1).await;
        let raw = raw_postgres(&Cluster::durable().database(), &env).await;
        println!("server_ingest_postgres_single: {served:.0} submissions/s");
        if let Some(sqlite) = sqlite_single {
            println!(
                "server_ingest_postgres_single_vs_sqlite_single: {:.2} ratio",
                served / sqlite
            );
        }
        println!(
            "server_ingest_postgres_single_vs_raw_inserts: {:.2} ratio",
            served / raw
        );
    }
    if wanted("sync_10k") {
        sync_10k().await;
    }
}
