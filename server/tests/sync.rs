//! The device's sync client against a real server, through a proxy that
//! injects faults: after each, every submission is on the server exactly
//! once and the device's outbox is empty. Plus a revoked device, concurrent
//! syncs, a crash mid-batch, two server processes on one PostgreSQL, and 50
//! devices × 200 submissions.

mod support;

use heard_device::sync::{SyncConfig, SyncStatus, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::submission::random_id;
use heard_protocol::{ItemStatus, UploadItem, UploadRequest, UploadResponse};
use std::sync::Mutex;
use std::time::Duration;
use support::proxy::{Fault, Proxy};
use support::{ADMIN, Cluster, Server, database, enroll_device, envelope, server_ids};

/// A device store with `n` sealed submissions queued (one transaction, so
/// large outboxes are quick to set up).
fn device_with_outbox(dir: &std::path::Path, n: usize) -> (Mutex<Store>, Vec<String>) {
    let db = dir.join("device.db");
    let secrets = MemorySecretStore::default();
    drop(Store::open(&db, &secrets, StoreConfig::default()).expect("store"));
    let conn = rusqlite::Connection::open(&db).expect("db");
    conn.execute_batch("BEGIN").expect("begin");
    let mut ids = Vec::with_capacity(n);
    let env = envelope("{\"sealed\":true}");
    for _ in 0..n {
        let id = random_id();
        conn.execute(
            "INSERT INTO outbox (submission_id, questionnaire_id, questionnaire_version, kind, queued_on, envelope) VALUES (?1, 'post-encounter', 1, 'survey', '2026-11-23', ?2)",
            rusqlite::params![id, env],
        )
        .expect("queue");
        ids.push(id);
    }
    conn.execute_batch("COMMIT").expect("commit");
    drop(conn);
    (
        Mutex::new(Store::open(&db, &secrets, StoreConfig::default()).expect("store")),
        ids,
    )
}

fn config(url: &str, token: &str) -> SyncConfig {
    SyncConfig {
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_secs(2),
        timeout: Duration::from_secs(5),
        ..SyncConfig::new(url, token)
    }
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_uploads_everything_once_and_empties_the_outbox() {
    for backend in ["sqlite", "postgres"] {
        let dir = tempfile::tempdir().expect("dir");
        let server = Server::start(&database(backend, dir.path()), &[]);
        let device = enroll_device(&server.url).await;
        let (store, ids) = device_with_outbox(dir.path(), 250);
        let syncer = Syncer::new(config(&server.url, &device.token)).expect("syncer");
        let report = syncer.sync(&store).await.expect("sync");
        assert_eq!(
            (
                report.uploaded,
                report.duplicates,
                report.pending,
                &report.status
            ),
            (250, 0, 0, &SyncStatus::Done),
            "{backend}"
        );
        assert_eq!(
            sorted(server_ids(&server.url).await),
            sorted(ids),
            "{backend}"
        );
        let again = syncer.sync(&store).await.expect("sync");
        assert_eq!((again.uploaded, again.pending), (0, 0));
    }
}

async fn survives(
    faults: &[Fault],
    timeout: Duration,
) -> (heard_device::sync::SyncReport, Vec<Fault>) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let proxy = Proxy::start(&server.url).await;
    let device = enroll_device(&server.url).await;
    let (store, ids) = device_with_outbox(dir.path(), 230);
    proxy.inject(faults);
    let syncer = Syncer::new(SyncConfig {
        timeout,
        ..config(&proxy.url, &device.token)
    })
    .expect("syncer");
    let report = syncer.sync(&store).await.expect("sync");
    assert_eq!(report.status, SyncStatus::Done, "{faults:?}");
    assert_eq!(report.pending, 0, "the outbox is empty after {faults:?}");
    assert_eq!(store.lock().expect("lock").outbox_len().expect("count"), 0);
    assert_eq!(report.uploaded + report.duplicates, 230);
    let on_server = server_ids(&server.url).await;
    assert_eq!(
        on_server.len(),
        230,
        "each submission exactly once after {faults:?}"
    );
    assert_eq!(sorted(on_server), sorted(ids));
    (report, proxy.applied())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_connection_reset_mid_upload_is_retried() {
    let (report, applied) = survives(&[Fault::ResetMidUpload], Duration::from_secs(5)).await;
    assert_eq!(applied[0], Fault::ResetMidUpload);
    assert_eq!(report.duplicates, 0, "the server never saw the cut request");
}

#[tokio::test(flavor = "multi_thread")]
async fn unavailable_servers_are_retried_after_their_retry_after() {
    let start = std::time::Instant::now();
    let (_, applied) = survives(
        &[Fault::Unavailable, Fault::ServerError, Fault::Unavailable],
        Duration::from_secs(5),
    )
    .await;
    assert_eq!(
        &applied[..3],
        [Fault::Unavailable, Fault::ServerError, Fault::Unavailable]
    );
    assert!(
        start.elapsed() >= Duration::from_secs(2),
        "Retry-After: 1 was honoured twice"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_response_lost_after_the_server_committed_ends_as_duplicates() {
    let (report, applied) = survives(&[Fault::TruncateAfterCommit], Duration::from_secs(5)).await;
    assert_eq!(applied[0], Fault::TruncateAfterCommit);
    assert_eq!(
        report.duplicates, 100,
        "the first batch was stored, then re-sent and acknowledged as duplicate"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_response_slower_than_the_timeout_ends_as_duplicates() {
    let (report, _) = survives(
        &[Fault::Slow(Duration::from_millis(1500))],
        Duration::from_millis(700),
    )
    .await;
    assert_eq!(report.duplicates, 100);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_keeps_failing_ends_the_sync_with_a_retry_time_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let proxy = Proxy::start(&server.url).await;
    let device = enroll_device(&server.url).await;
    let (store, _) = device_with_outbox(dir.path(), 30);
    proxy.inject(&[Fault::ServerError; 5]);
    let syncer = Syncer::new(config(&proxy.url, &device.token)).expect("syncer");
    let report = syncer.sync(&store).await.expect("sync");
    assert!(
        matches!(report.status, SyncStatus::RetryLater { retry_after_secs, .. } if retry_after_secs >= 1),
        "{:?}",
        report.status
    );
    assert_eq!(report.pending, 30);
    assert_eq!(proxy.applied().len(), 5, "5 attempts, then the sync stops");
    let report = syncer.sync(&store).await.expect("next sync");
    assert_eq!((report.uploaded, report.pending), (30, 0));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_revoked_device_stops_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let proxy = Proxy::start(&server.url).await;
    let device = enroll_device(&server.url).await;
    reqwest::Client::new()
        .post(format!(
            "{}/v1/admin/devices/{}/revoke",
            server.url, device.device_id
        ))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("revoke");
    let (store, _) = device_with_outbox(dir.path(), 250);
    let report = Syncer::new(config(&proxy.url, &device.token))
        .expect("syncer")
        .sync(&store)
        .await
        .expect("sync");
    assert_eq!(report.status, SyncStatus::Revoked);
    assert_eq!(
        proxy.applied().len(),
        1,
        "no retries, no item-by-item failures"
    );
    assert_eq!(
        report.pending, 250,
        "nothing is lost: the outbox waits for re-enrollment"
    );
    let report = Syncer::new(config(&server.url, "made-up"))
        .expect("syncer")
        .sync(&store)
        .await
        .expect("sync");
    assert_eq!(report.status, SyncStatus::Unauthorized);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_sync_while_one_runs_returns_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let proxy = Proxy::start(&server.url).await;
    let device = enroll_device(&server.url).await;
    let (store, _) = device_with_outbox(dir.path(), 120);
    proxy.inject(&[Fault::Slow(Duration::from_millis(600))]);
    let syncer = Syncer::new(config(&proxy.url, &device.token)).expect("syncer");
    let (first, (second, in_flight)) = tokio::join!(syncer.sync(&store), async {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let in_flight = syncer.in_flight();
        (syncer.sync(&store).await, in_flight)
    });
    assert_eq!(second.expect("second").status, SyncStatus::AlreadySyncing);
    assert_eq!(
        in_flight, 100,
        "the batch on its way is visible as in flight"
    );
    assert_eq!(syncer.in_flight(), 0);
    let first = first.expect("first");
    assert_eq!((first.uploaded, first.pending), (120, 0));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_device_killed_mid_batch_resends_without_loss_or_duplicates() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let device = enroll_device(&server.url).await;
    let (store, ids) = device_with_outbox(dir.path(), 150);
    // The device sent its first batch and died before recording the acks.
    let first: Vec<UploadItem> = store
        .lock()
        .expect("lock")
        .outbox_batch(100)
        .expect("batch")
        .into_iter()
        .map(UploadItem::from)
        .collect();
    let res: UploadResponse = reqwest::Client::new()
        .post(format!("{}/v1/submissions", server.url))
        .bearer_auth(&device.token)
        .json(&UploadRequest { items: first })
        .send()
        .await
        .expect("upload")
        .json()
        .await
        .expect("acks");
    assert!(res.results.iter().all(|r| r.status == ItemStatus::Stored));
    let report = Syncer::new(config(&server.url, &device.token))
        .expect("syncer")
        .sync(&store)
        .await
        .expect("sync");
    assert_eq!(
        (report.uploaded, report.duplicates, report.pending),
        (50, 100, 0)
    );
    assert_eq!(sorted(server_ids(&server.url).await), sorted(ids));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rejected_item_stays_visible_with_its_reason_and_the_rest_goes() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()), &[]);
    let device = enroll_device(&server.url).await;
    let (store, _) = device_with_outbox(dir.path(), 10);
    let bad = random_id();
    {
        let s = store.lock().expect("lock");
        let conn = rusqlite::Connection::open(s.path()).expect("db");
        conn.execute(
            "INSERT INTO outbox (submission_id, questionnaire_id, questionnaire_version, kind, queued_on, envelope) VALUES (?1, 'post-encounter', 1, 'survey', '2026-11-23', x'00ff')",
            [&bad],
        )
        .expect("insert a damaged envelope");
    }
    let report = Syncer::new(config(&server.url, &device.token))
        .expect("syncer")
        .sync(&store)
        .await
        .expect("sync");
    assert_eq!(report.uploaded, 10);
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].0, bad);
    assert!(
        report.rejected[0].1.starts_with("invalid envelope"),
        "{}",
        report.rejected[0].1
    );
    assert_eq!(report.pending, 0);
    assert_eq!(
        store.lock().expect("lock").rejected().expect("rejected"),
        report.rejected
    );
}

#[test]
fn only_https_servers_are_accepted_off_loopback() {
    let err = Syncer::new(SyncConfig::new("http://heard.example.org", "t"))
        .err()
        .expect("refused");
    assert_eq!(
        err.to_string(),
        "server address refused: http://heard.example.org: only https:// addresses are accepted (plain http only on this device's loopback)"
    );
    assert!(Syncer::new(SyncConfig::new("https://heard.example.org", "t")).is_ok());
    assert!(Syncer::new(SyncConfig::new("http://127.0.0.1:9", "t")).is_ok());
    assert!(Syncer::new(SyncConfig::new("http://localhost:9", "t")).is_ok());
    assert!(Syncer::new(SyncConfig::new("ftp://127.0.0.1", "t")).is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn two_server_processes_on_one_postgres_store_each_racing_upload_once() {
    let db = Cluster::get().database();
    let (a, b) = (Server::start(&db, &[]), Server::start(&db, &[]));
    let device = enroll_device(&a.url).await;
    let http = reqwest::Client::new();
    for n in 0..20u32 {
        let item = UploadItem {
            submission_id: format!("{n:032x}"),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: envelope("race"),
        };
        let send = |url: String| {
            let (http, token, item) = (http.clone(), device.token.clone(), item.clone());
            async move {
                let r: UploadResponse = http
                    .post(format!("{url}/v1/submissions"))
                    .bearer_auth(token)
                    .json(&UploadRequest { items: vec![item] })
                    .send()
                    .await
                    .expect("upload")
                    .json()
                    .await
                    .expect("acks");
                r.results[0].status
            }
        };
        let (x, y) = tokio::join!(send(a.url.clone()), send(b.url.clone()));
        let mut both = [x, y];
        both.sort_by_key(|s| *s as u8);
        assert_eq!(
            both,
            [ItemStatus::Stored, ItemStatus::Duplicate],
            "submission {n}"
        );
    }
    assert_eq!(server_ids(&b.url).await.len(), 20);
}

#[tokio::test(flavor = "multi_thread")]
async fn fifty_devices_upload_ten_thousand_submissions_through_two_servers() {
    let db = Cluster::get().database();
    let servers = [Server::start(&db, &[]), Server::start(&db, &[])];
    let dir = tempfile::tempdir().expect("dir");
    let mut tasks = Vec::new();
    for d in 0..50 {
        let url = servers[d % 2].url.clone();
        let device = enroll_device(&url).await;
        let sub = dir.path().join(format!("device-{d}"));
        std::fs::create_dir_all(&sub).expect("dir");
        let (store, _) = device_with_outbox(&sub, 200);
        tasks.push(tokio::spawn(async move {
            let syncer = Syncer::new(config(&url, &device.token)).expect("syncer");
            let report = syncer.sync(&store).await.expect("sync");
            (report, store)
        }));
    }
    let mut uploaded = 0;
    for t in tasks {
        let (report, store) = t.await.expect("device task");
        assert_eq!(report.status, SyncStatus::Done);
        assert!(report.rejected.is_empty());
        assert_eq!(store.lock().expect("lock").outbox_len().expect("count"), 0);
        uploaded += report.uploaded;
    }
    assert_eq!(uploaded, 10_000);
    let ids = server_ids(&servers[0].url).await;
    assert_eq!(ids.len(), 10_000);
    assert_eq!(
        ids.iter().collect::<std::collections::BTreeSet<_>>().len(),
        10_000
    );
}
