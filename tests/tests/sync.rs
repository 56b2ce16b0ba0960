//! The device's sync client against a real server, through a proxy that
//! injects faults: after each, every submission is on the server exactly
//! once and the device's outbox is empty. Plus a revoked device, concurrent
//! and cancelled syncs, a crash mid-batch, 50 devices × 200 submissions
//! through two servers on one PostgreSQL, and fake servers that acknowledge
//! the wrong submissions. And a random mix of faults, round after round
//! (`HEARD_SYNC_FAULT_ROUNDS`, default 3; `cargo xtask soak` runs hundreds).

mod support;

use heard_device::sync::{SyncConfig, SyncStatus, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::submission::random_id;
use heard_protocol::{ItemResult, ItemStatus, UploadItem, UploadRequest, UploadResponse};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
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
        let server = Server::start(&database(backend, dir.path()));
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
    let server = Server::start(&database("sqlite", dir.path()));
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
    let server = Server::start(&database("sqlite", dir.path()));
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
    let server = Server::start(&database("sqlite", dir.path()));
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
    let server = Server::start(&database("sqlite", dir.path()));
    let proxy = Proxy::start(&server.url).await;
    let device = enroll_device(&server.url).await;
    let (store, _) = device_with_outbox(dir.path(), 120);
    proxy.inject(&[Fault::Slow(Duration::from_millis(600))]);
    let syncer = Syncer::new(config(&proxy.url, &device.token)).expect("syncer");
    let (first, (second, in_flight)) = tokio::join!(syncer.sync(&store), async {
        // Until the first batch is on its way (the proxy then holds it for
        // 600 ms): a fixed head start would lose the race on a busy machine.
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while syncer.in_flight() == 0 && std::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
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
    let server = Server::start(&database("sqlite", dir.path()));
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
    let server = Server::start(&database("sqlite", dir.path()));
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
async fn fifty_devices_upload_ten_thousand_submissions_through_two_servers() {
    let db = Cluster::get().database();
    let servers = [Server::start(&db), Server::start(&db)];
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

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_dropped_mid_upload_leaves_the_next_one_free_and_loses_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()));
    let proxy = Proxy::start(&server.url).await;
    let device = enroll_device(&server.url).await;
    let (store, ids) = device_with_outbox(dir.path(), 150);
    // The first batch reaches the server; its answer is held back far
    // longer than the caller waits, and the request's own timeout.
    proxy.inject(&[Fault::Slow(Duration::from_secs(5))]);
    let syncer = Syncer::new(SyncConfig {
        timeout: Duration::from_secs(30),
        ..config(&proxy.url, &device.token)
    })
    .expect("syncer");
    let cut = tokio::time::timeout(Duration::from_millis(500), syncer.sync(&store)).await;
    assert!(cut.is_err(), "the first sync was cut off mid-upload");
    assert_eq!(
        syncer.in_flight(),
        0,
        "nothing is in flight once that sync is gone"
    );
    assert_eq!(
        store.lock().expect("lock").outbox_len().expect("count"),
        150,
        "nothing left the outbox without an acknowledgement"
    );
    let report = tokio::time::timeout(Duration::from_secs(30), syncer.sync(&store))
        .await
        .expect("the next sync ends")
        .expect("sync");
    assert_eq!(report.status, SyncStatus::Done, "not AlreadySyncing");
    assert_eq!(
        (report.uploaded + report.duplicates, report.pending),
        (150, 0)
    );
    assert_eq!(
        sorted(server_ids(&server.url).await),
        sorted(ids),
        "each submission on the server exactly once"
    );
}

/// A fake server on 127.0.0.1 that answers every upload with `answer`
/// (given the ids sent) and counts the uploads.
async fn fake_server(answer: fn(&[String]) -> Vec<ItemResult>) -> (String, Arc<AtomicUsize>) {
    let uploads = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&uploads);
    let app = axum::Router::new().route(
        "/v1/submissions",
        axum::routing::post(move |axum::Json(req): axum::Json<UploadRequest>| {
            let counter = Arc::clone(&counter);
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                let ids: Vec<String> = req.items.into_iter().map(|i| i.submission_id).collect();
                axum::Json(UploadResponse {
                    results: answer(&ids),
                })
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    (url, uploads)
}

fn stored(id: String) -> ItemResult {
    ItemResult {
        submission_id: id,
        status: ItemStatus::Stored,
        reason: None,
    }
}

/// What a sync against a fake server came to.
struct FakeRun {
    report: heard_device::sync::SyncReport,
    /// Uploads the fake server saw.
    uploads: usize,
    /// The submissions queued before, sorted.
    queued: Vec<String>,
    /// Those pending afterwards, sorted.
    pending: Vec<String>,
    /// Those marked rejected afterwards.
    rejected: Vec<(String, String)>,
}

/// Syncs 30 queued submissions with a fake server answering `answer`;
/// the sync must end within 10 seconds.
async fn sync_with_fake(answer: fn(&[String]) -> Vec<ItemResult>) -> FakeRun {
    let dir = tempfile::tempdir().expect("dir");
    let (url, uploads) = fake_server(answer).await;
    let (store, ids) = device_with_outbox(dir.path(), 30);
    let syncer = Syncer::new(config(&url, "token")).expect("syncer");
    let report = tokio::time::timeout(Duration::from_secs(10), syncer.sync(&store))
        .await
        .expect("the sync ends instead of sending the same batch again and again")
        .expect("sync");
    let s = store.lock().expect("lock");
    let pending = s
        .outbox_batch(1000)
        .expect("outbox")
        .into_iter()
        .map(|i| i.submission_id)
        .collect();
    FakeRun {
        report,
        uploads: uploads.load(Ordering::SeqCst),
        queued: sorted(ids),
        pending: sorted(pending),
        rejected: s.rejected().expect("rejected"),
    }
}

fn not_a_heard_server(status: &SyncStatus) -> &str {
    match status {
        SyncStatus::NotAHeardServer(why) => why,
        other => panic!("expected NotAHeardServer, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_acknowledging_ids_it_was_not_sent_stops_the_sync_and_the_outbox_keeps_all() {
    // As many acknowledgements as items, of other submissions.
    let run = sync_with_fake(|sent| sent.iter().map(|_| stored(random_id())).collect()).await;
    let why = not_a_heard_server(&run.report.status);
    assert!(why.contains("does not answer as a Heard server"), "{why}");
    assert!(why.contains("which this device did not send"), "{why}");
    assert!(
        why.ends_with("nothing was removed from the outbox"),
        "{why}"
    );
    assert_eq!(run.uploads, 1, "stopped at the first such answer");
    assert_eq!(
        (
            run.report.uploaded,
            run.report.duplicates,
            run.report.pending
        ),
        (0, 0, 30)
    );
    assert_eq!(run.pending, run.queued, "every submission still waits");
    assert!(run.rejected.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn one_foreign_acknowledgement_among_the_right_ones_marks_nothing() {
    let run = sync_with_fake(|sent| {
        let mut acks: Vec<ItemResult> = sent.iter().cloned().map(stored).collect();
        acks.push(ItemResult {
            submission_id: random_id(),
            status: ItemStatus::Rejected,
            reason: Some("made up".into()),
        });
        acks
    })
    .await;
    not_a_heard_server(&run.report.status);
    assert_eq!(run.uploads, 1);
    assert_eq!(
        run.report.uploaded, 0,
        "nothing taken from an answer like this"
    );
    assert_eq!(run.pending, run.queued);
    assert!(run.rejected.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_acknowledging_none_of_the_items_sent_is_not_a_heard_server() {
    let run = sync_with_fake(|_| Vec::new()).await;
    let why = not_a_heard_server(&run.report.status);
    assert!(
        why.contains("it acknowledged none of the 30 submissions sent"),
        "{why}"
    );
    assert_eq!(run.uploads, 1);
    assert_eq!(run.pending, run.queued);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_id_acknowledged_twice_is_not_taken_either() {
    let run = sync_with_fake(|sent| {
        let mut acks: Vec<ItemResult> = sent.iter().cloned().map(stored).collect();
        acks.push(stored(sent[0].clone()));
        acks
    })
    .await;
    let why = not_a_heard_server(&run.report.status);
    assert!(why.contains("more than once"), "{why}");
    assert_eq!(run.pending, run.queued);
}

#[tokio::test(flavor = "multi_thread")]
async fn acknowledged_items_go_and_the_ones_left_out_are_sent_again() {
    // A server that acknowledges only the first item of each upload.
    let run = sync_with_fake(|sent| vec![stored(sent[0].clone())]).await;
    assert_eq!(run.report.status, SyncStatus::Done);
    assert_eq!((run.report.uploaded, run.report.pending), (30, 0));
    assert_eq!(run.uploads, 30, "one more upload for each item left out");
    assert!(run.pending.is_empty() && run.rejected.is_empty());
}

/// The rounds of the fault mix: `HEARD_SYNC_FAULT_ROUNDS`, or 3.
fn fault_rounds() -> u64 {
    match std::env::var("HEARD_SYNC_FAULT_ROUNDS") {
        Ok(n) => n
            .trim()
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| panic!("HEARD_SYNC_FAULT_ROUNDS={n:?} is not a positive number")),
        Err(_) => 3,
    }
}

/// A random fault, mostly harmless ones.
fn random_fault(rng: &mut impl rand::Rng) -> Fault {
    match rng.gen_range(0..100) {
        0..=34 => Fault::Pass,
        35..=49 => Fault::ResetMidUpload,
        50..=59 => Fault::Unavailable,
        60..=74 => Fault::ServerError,
        75..=89 => Fault::TruncateAfterCommit,
        _ => Fault::Slow(Duration::from_millis(rng.gen_range(100..900))),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_random_mix_of_faults_round_after_round_loses_and_duplicates_nothing() {
    use rand::{Rng, SeedableRng};
    let rounds = fault_rounds();
    let seed: u64 = std::env::var("HEARD_SYNC_FAULT_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0xfa017);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let started = std::time::Instant::now();
    let (mut faults, mut syncs, mut duplicates, mut items) = (0usize, 0usize, 0u64, 0usize);
    for round in 0..rounds {
        let dir = tempfile::tempdir().expect("dir");
        let server = Server::start(&database("sqlite", dir.path()));
        let proxy = Proxy::start(&server.url).await;
        let device = enroll_device(&server.url).await;
        let n = rng.gen_range(1..=250);
        let (store, ids) = device_with_outbox(dir.path(), n);
        let mix: Vec<Fault> = (0..rng.gen_range(1..=8))
            .map(|_| random_fault(&mut rng))
            .collect();
        proxy.inject(&mix);
        let syncer = Syncer::new(SyncConfig {
            timeout: Duration::from_millis(600),
            ..config(&proxy.url, &device.token)
        })
        .expect("syncer");
        let what = format!("round {round} (seed {seed}): {n} items, faults {mix:?}");
        let mut acknowledged = 0;
        // A sync may end early (RetryLater after its attempts); the
        // device syncs again, as the apps do, until the outbox is empty.
        for attempt in 0.. {
            assert!(attempt < 20, "{what}: still not done after 20 syncs");
            let report = tokio::time::timeout(Duration::from_secs(60), syncer.sync(&store))
                .await
                .unwrap_or_else(|_| panic!("{what}: a sync hung"))
                .expect("sync");
            syncs += 1;
            assert!(report.rejected.is_empty(), "{what}: {:?}", report.rejected);
            acknowledged += report.uploaded + report.duplicates;
            duplicates += report.duplicates;
            match report.status {
                SyncStatus::Done => break,
                SyncStatus::RetryLater { .. } => continue,
                other => panic!("{what}: {other:?}"),
            }
        }
        assert_eq!(
            acknowledged, n as u64,
            "{what}: each item acknowledged once"
        );
        assert_eq!(
            store.lock().expect("lock").outbox_len().expect("count"),
            0,
            "{what}: the outbox is empty"
        );
        let on_server = server_ids(&server.url).await;
        assert_eq!(on_server.len(), n, "{what}: each submission stored once");
        assert_eq!(sorted(on_server), sorted(ids), "{what}");
        faults += proxy
            .applied()
            .iter()
            .filter(|f| **f != Fault::Pass)
            .count();
        items += n;
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!("soak: sync_fault_rounds: {rounds} rounds");
    eprintln!("soak: sync_fault_items: {items} submissions");
    eprintln!("soak: sync_faults_applied: {faults} faults");
    eprintln!("soak: sync_fault_syncs: {syncs} syncs");
    eprintln!("soak: sync_fault_duplicates_acknowledged: {duplicates} items");
    eprintln!(
        "soak: sync_fault_round_time: {:.2} s/round",
        secs / rounds as f64
    );
}
