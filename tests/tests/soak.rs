//! The soak: simulated devices submit and sync, through fault-injecting
//! proxies, to two `heard-server` processes on one PostgreSQL database;
//! both servers are killed (SIGKILL) and restarted at random moments, and
//! `heard pull` runs now and then against either. At the end every
//! submission is stored exactly once, pulled exactly once, nothing is set
//! aside, and every outbox is empty.
//!
//! Ignored by default: `cargo xtask soak` builds `heard` and
//! `heard-server` and runs it with `--ignored`. Settings (environment):
//! `HEARD_SOAK_DEVICES` (20), `HEARD_SOAK_SECONDS` of churn (60),
//! `HEARD_SOAK_SEED`, and the binaries `HEARD_BIN` and `HEARD_SERVER_BIN`
//! (default: `heard` and `heard-server` next to this test's target folder).

mod support;

use heard_device::sync::{SyncConfig, SyncStatus, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::{Answer, Cursor, Questionnaire, Response};
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::proxy::{Fault, Proxy};
use support::{ADMIN, Cluster, free_port, server_ids};

fn setting(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(v) => v
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a number")),
        Err(_) => default,
    }
}

/// A binary of this workspace: `$var`, or `name` in the target folder
/// this test was built into (`target/debug/deps/soak-…` → `target/debug/`).
fn binary(var: &str, name: &str) -> PathBuf {
    let path = std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| {
        std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.parent()?.join(name)))
            .unwrap_or_else(|| PathBuf::from(name))
    });
    assert!(
        path.exists(),
        "{} is missing: run `cargo xtask soak`, which builds it (or set {var})",
        path.display()
    );
    path
}

/// One `heard-server` process on a fixed port, so that it comes back at
/// the same address after a kill.
struct ServerProcess {
    bin: PathBuf,
    db: String,
    port: u16,
    log: PathBuf,
    child: Option<Child>,
    starts: usize,
}

impl ServerProcess {
    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Starts it and waits until it listens (retrying while the port is
    /// still held by the killed one's connections).
    fn start(&mut self) {
        assert!(self.child.is_none(), "already running");
        for _ in 0..100 {
            let log = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.log)
                .expect("server log");
            let mut child = Command::new(&self.bin)
                .args(["--db", &self.db, "--listen"])
                .arg(format!("127.0.0.1:{}", self.port))
                .args(["--admin-token", ADMIN])
                .env_remove("HEARD_ADMIN_TOKEN")
                .env_remove("HEARD_ADMIN_TOKEN_FILE")
                .stdout(Stdio::piped())
                .stderr(Stdio::from(log))
                .spawn()
                .expect("heard-server starts");
            let mut out = BufReader::new(child.stdout.take().expect("stdout"));
            let mut line = String::new();
            let _ = out.read_line(&mut line);
            if line.starts_with("listening on ") {
                // Whatever else it prints is read, so it never blocks on a full pipe.
                std::thread::spawn(move || {
                    let mut sink = Vec::new();
                    let _ = out.read_to_end(&mut sink);
                });
                self.child = Some(child);
                self.starts += 1;
                return;
            }
            let _ = child.kill();
            let _ = child.wait();
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "heard-server on port {} did not start; its log: {}",
            self.port,
            std::fs::read_to_string(&self.log).unwrap_or_default()
        );
    }

    /// SIGKILL, as a crash or an OOM kill would end it.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// `heard ARGS` in `dir`, with no HEARD_* settings from the environment.
fn heard(bin: &Path, dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(bin);
    for (key, _) in std::env::vars() {
        if key.starts_with("HEARD_") {
            cmd.env_remove(key);
        }
    }
    cmd.current_dir(dir)
        .args(args)
        .output()
        .expect("heard runs")
}

fn heard_ok(bin: &Path, dir: &Path, args: &[&str]) -> String {
    let out = heard(bin, dir, args);
    assert!(
        out.status.success(),
        "heard {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A complete post-encounter response in `locale` with `scale` on every
/// procedural-justice question.
fn response(q: &Arc<Questionnaire>, locale: &str, scale: &str) -> Response {
    let mut r = Response::new(Arc::clone(q), &[locale]);
    r.answer("consent", Answer::Consent(true)).expect("consent");
    r.answer("contact_kind", Answer::Choice("reported_crime".into()))
        .expect("contact");
    r.answer("language_needed", Answer::Choice("no".into()))
        .expect("language");
    r.answer("searched", Answer::Choice("no".into()))
        .expect("searched");
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        r.answer(item, Answer::Choice(scale.into())).expect(item);
    }
    while r.next_screen().expect("next") != Cursor::End {}
    r
}

/// A simulated device: its store, and what it submitted.
struct Device {
    _dir: tempfile::TempDir,
    _secrets: MemorySecretStore,
    store: Mutex<Store>,
    config: SyncConfig,
}

/// Submission ids the pull folder's exports hold, with repeats.
fn pulled_ids(out: &Path) -> Vec<String> {
    let jsonl = out.join("post-encounter-v1/submissions.jsonl");
    std::fs::read_to_string(&jsonl)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["submission_id"]
                .as_str()
                .expect("a submission id")
                .to_string()
        })
        .collect()
}

/// What the device tasks count.
#[derive(Default)]
struct Counters {
    syncs: AtomicUsize,
    syncs_retry_later: AtomicUsize,
    uploaded: AtomicU64,
    duplicates: AtomicU64,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
#[ignore = "the soak: run by `cargo xtask soak`"]
async fn devices_servers_restarts_and_pulls_lose_and_duplicate_nothing() {
    let devices_n = setting("HEARD_SOAK_DEVICES", 20) as usize;
    let churn = Duration::from_secs(setting("HEARD_SOAK_SECONDS", 60));
    let seed = setting("HEARD_SOAK_SEED", 0x50a4);
    let heard_bin = binary("HEARD_BIN", "heard");
    let server_bin = binary("HEARD_SERVER_BIN", "heard-server");
    let started = Instant::now();

    let work = tempfile::tempdir().expect("dir");
    let dir = work.path().to_path_buf();
    let db = Cluster::get().database();
    let servers: Arc<[Mutex<ServerProcess>; 2]> = Arc::new([0, 1].map(|i| {
        Mutex::new(ServerProcess {
            bin: server_bin.clone(),
            db: db.clone(),
            port: free_port(),
            log: dir.join(format!("server-{i}.log")),
            child: None,
            starts: 0,
        })
    }));
    for s in servers.iter() {
        s.lock().expect("lock").start();
    }
    let urls: Vec<String> = servers
        .iter()
        .map(|s| s.lock().expect("lock").url())
        .collect();

    // The organization, as a steward sets it up.
    heard_ok(&heard_bin, &dir, &["keygen", "-o", "steward.key"]);
    let org = ["--org", "org", "--admin-token", ADMIN, "--server", &urls[0]];
    heard_ok(
        &heard_bin,
        &dir,
        &[
            "org",
            "init",
            "--org",
            "org",
            "--name",
            "Soak Test Network",
            "--server",
            &urls[0],
            "--identity",
            "steward.key",
        ],
    );
    let survey_dir = support::repo("questionnaires/post-encounter");
    let mut publish = vec![
        "questionnaire",
        "publish",
        survey_dir.to_str().expect("path"),
    ];
    publish.extend_from_slice(&org);
    heard_ok(&heard_bin, &dir, &publish);
    let uses = devices_n.to_string();
    let mut enroll = vec![
        "enroll", "--group", "soak", "--uses", &uses, "--out", "codes",
    ];
    enroll.extend_from_slice(&org);
    heard_ok(&heard_bin, &dir, &enroll);
    let payload = std::fs::read_to_string(dir.join("codes/enroll-soak.txt")).expect("payload");

    // Two fault proxies, one in front of each server; devices split between them.
    let proxies = [Proxy::start(&urls[0]).await, Proxy::start(&urls[1]).await];
    let survey = Arc::new(Questionnaire::load(&survey_dir).expect("survey"));
    let mut devices = Vec::new();
    for d in 0..devices_n {
        let ddir = tempfile::tempdir().expect("device dir");
        let secrets = MemorySecretStore::default();
        let store = Mutex::new(
            Store::open(
                ddir.path().join("device.db"),
                &secrets,
                StoreConfig::default(),
            )
            .expect("store"),
        );
        let offer = heard_device::enroll::read_qr(payload.trim()).expect("offer");
        heard_device::enroll::accept(&offer, &store, &secrets)
            .await
            .expect("enrolled");
        let config =
            SyncConfig::for_enrolled(&store.lock().expect("lock"), &secrets).expect("config");
        let config = SyncConfig {
            server: proxies[d % 2].url.clone(),
            base_delay: Duration::from_millis(50),
            max_delay: Duration::from_secs(1),
            timeout: Duration::from_secs(3),
            ..config
        };
        devices.push(Arc::new(Device {
            _dir: ddir,
            _secrets: secrets,
            store,
            config,
        }));
    }

    let stop = Arc::new(AtomicBool::new(false));
    let counters = Arc::new(Counters::default());
    let submitted: Arc<Mutex<Vec<String>>> = Arc::default();

    // Faults: keep each proxy's queue topped up with a random mix, about
    // a third of requests meeting one.
    let injected = Arc::new(AtomicUsize::new(0));
    let proxies = Arc::new(proxies);
    let injector = {
        let (proxies, stop, injected) = (
            Arc::clone(&proxies),
            Arc::clone(&stop),
            Arc::clone(&injected),
        );
        let mut frng = rand::rngs::StdRng::seed_from_u64(seed ^ 0xfa);
        tokio::spawn(async move {
            let mut queued = [0usize; 2];
            while !stop.load(Ordering::SeqCst) {
                for (i, p) in proxies.iter().enumerate() {
                    // About 20 faults queued ahead of the requests seen.
                    let applied = p.applied().len();
                    while queued[i] < applied + 20 {
                        let f = match frng.gen_range(0..100) {
                            0..=69 => Fault::Pass,
                            70..=76 => Fault::ResetMidUpload,
                            77..=81 => Fault::Unavailable,
                            82..=88 => Fault::ServerError,
                            89..=95 => Fault::TruncateAfterCommit,
                            _ => Fault::Slow(Duration::from_millis(frng.gen_range(200..4000))),
                        };
                        p.inject(&[f]);
                        queued[i] += 1;
                        if f != Fault::Pass {
                            injected.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };

    // Servers: kill one at a random moment, bring it back a moment later.
    let restarts = Arc::new(AtomicUsize::new(0));
    let restarter = {
        let (servers, stop, restarts) = (
            Arc::clone(&servers),
            Arc::clone(&stop),
            Arc::clone(&restarts),
        );
        let mut rrng = rand::rngs::StdRng::seed_from_u64(seed ^ 0x5e);
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(rrng.gen_range(500..4000)));
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let which = rrng.gen_range(0..2);
                let mut s = servers[which].lock().expect("lock");
                s.kill();
                std::thread::sleep(Duration::from_millis(rrng.gen_range(0..1500)));
                s.start();
                restarts.fetch_add(1, Ordering::SeqCst);
            }
        })
    };

    // Pulls, now and then, from the first server (a pull folder belongs to
    // one server address, as behind a load balancer; the server may be
    // down or killed mid-pull: a pull that fails is counted, and the next
    // one resumes).
    let pulls = Arc::new(Mutex::new((0usize, 0usize)));
    let puller = {
        let (stop, pulls, urls, heard_bin, dir) = (
            Arc::clone(&stop),
            Arc::clone(&pulls),
            urls.clone(),
            heard_bin.clone(),
            dir.clone(),
        );
        let mut prng = rand::rngs::StdRng::seed_from_u64(seed ^ 0x911);
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(prng.gen_range(1000..5000)));
                let url = &urls[0];
                let out = heard(
                    &heard_bin,
                    &dir,
                    &[
                        "pull",
                        "--identity",
                        "steward.key",
                        "--out",
                        "pulled",
                        "--org",
                        "org",
                        "--admin-token",
                        ADMIN,
                        "--server",
                        url,
                    ],
                );
                let mut p = pulls.lock().expect("lock");
                if out.status.success() {
                    p.0 += 1;
                } else {
                    p.1 += 1;
                }
            }
        })
    };

    // Devices: submit a few, sync, pause; again until the churn ends.
    let mut tasks = Vec::new();
    for (d, device) in devices.iter().enumerate() {
        let (device, stop, counters, submitted, survey) = (
            Arc::clone(device),
            Arc::clone(&stop),
            Arc::clone(&counters),
            Arc::clone(&submitted),
            Arc::clone(&survey),
        );
        let mut drng = rand::rngs::StdRng::seed_from_u64(seed ^ (d as u64 + 1) << 8);
        tasks.push(tokio::spawn(async move {
            let syncer = Syncer::new(device.config.clone()).expect("syncer");
            while !stop.load(Ordering::SeqCst) {
                for _ in 0..drng.gen_range(0..=2) {
                    let locale = ["en", "ar", "fr"][drng.gen_range(0..3)];
                    let scale = ["1", "2", "3", "4", "5"][drng.gen_range(0..5)];
                    let r = response(&survey, locale, scale);
                    let id = {
                        let mut s = device.store.lock().expect("lock");
                        let draft = s.create_draft(&r).expect("draft");
                        s.submit(&draft, &r).expect("submit")
                    };
                    submitted.lock().expect("lock").push(id);
                }
                let report =
                    tokio::time::timeout(Duration::from_secs(120), syncer.sync(&device.store))
                        .await
                        .expect("a sync ends")
                        .expect("sync");
                counters.syncs.fetch_add(1, Ordering::SeqCst);
                counters
                    .uploaded
                    .fetch_add(report.uploaded, Ordering::SeqCst);
                counters
                    .duplicates
                    .fetch_add(report.duplicates, Ordering::SeqCst);
                assert!(report.rejected.is_empty(), "{:?}", report.rejected);
                match report.status {
                    SyncStatus::Done => {}
                    SyncStatus::RetryLater { .. } => {
                        counters.syncs_retry_later.fetch_add(1, Ordering::SeqCst);
                    }
                    other => panic!("device {d}: {other:?}"),
                }
                tokio::time::sleep(Duration::from_millis(drng.gen_range(20..400))).await;
            }
            syncer
        }));
    }

    tokio::time::sleep(churn).await;
    stop.store(true, Ordering::SeqCst);
    let mut syncers = Vec::new();
    for t in tasks {
        syncers.push(t.await.expect("device task"));
    }
    injector.await.expect("injector");
    restarter.join().expect("restarter");
    puller.join().expect("puller");
    for s in servers.iter() {
        let mut s = s.lock().expect("lock");
        if s.child.is_none() {
            s.start();
        }
    }

    // The end: faults still queued run out; every device syncs until its
    // outbox is empty.
    let settle = Instant::now();
    for (d, (device, syncer)) in devices.iter().zip(&syncers).enumerate() {
        for attempt in 0.. {
            assert!(
                attempt < 100,
                "device {d}: its outbox does not empty after 100 syncs"
            );
            let report = tokio::time::timeout(Duration::from_secs(120), syncer.sync(&device.store))
                .await
                .expect("a sync ends")
                .expect("sync");
            counters.syncs.fetch_add(1, Ordering::SeqCst);
            counters
                .uploaded
                .fetch_add(report.uploaded, Ordering::SeqCst);
            counters
                .duplicates
                .fetch_add(report.duplicates, Ordering::SeqCst);
            assert!(report.rejected.is_empty(), "{:?}", report.rejected);
            if report.status == SyncStatus::Done && report.pending == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(
            device
                .store
                .lock()
                .expect("lock")
                .outbox_len()
                .expect("count"),
            0,
            "device {d}: the outbox is empty"
        );
    }
    let settle_secs = settle.elapsed().as_secs_f64();

    // A last pull from the first server into the folder pulled during the
    // churn, and a first one from the second server into a new folder:
    // both must hold everything, once.
    for (url, out) in [(&urls[0], "pulled"), (&urls[1], "pulled-second")] {
        heard_ok(
            &heard_bin,
            &dir,
            &[
                "pull",
                "--identity",
                "steward.key",
                "--out",
                out,
                "--org",
                "org",
                "--admin-token",
                ADMIN,
                "--server",
                url,
            ],
        );
    }
    let submitted = submitted.lock().expect("lock").clone();
    let unique: BTreeSet<&String> = submitted.iter().collect();
    assert_eq!(unique.len(), submitted.len(), "submission ids are unique");
    let on_server = server_ids(&urls[1]).await;
    let stored: BTreeSet<&String> = on_server.iter().collect();
    assert_eq!(
        stored.len(),
        on_server.len(),
        "the server lists a submission twice"
    );
    assert_eq!(
        stored, unique,
        "the server holds exactly what was submitted"
    );
    let mut pulled_once = 0;
    for out in ["pulled", "pulled-second"] {
        let pulled = pulled_ids(&dir.join(out));
        let mut times: BTreeMap<&String, usize> = BTreeMap::new();
        for id in &pulled {
            *times.entry(id).or_default() += 1;
        }
        let twice: Vec<_> = times.iter().filter(|(_, n)| **n > 1).collect();
        assert!(twice.is_empty(), "{out}: pulled more than once: {twice:?}");
        let pulled_set: BTreeSet<&String> = pulled.iter().collect();
        let missing: Vec<_> = unique.difference(&pulled_set).collect();
        assert!(missing.is_empty(), "{out}: never pulled: {missing:?}");
        assert_eq!(
            pulled_set, unique,
            "{out}: pulled exactly what was submitted"
        );
        let set_aside = std::fs::read_dir(dir.join(out).join("set-aside"))
            .map(|rd| rd.count())
            .unwrap_or(0);
        assert_eq!(set_aside, 0, "{out}: nothing is set aside");
        pulled_once = pulled_set.len();
    }
    let acknowledged =
        counters.uploaded.load(Ordering::SeqCst) + counters.duplicates.load(Ordering::SeqCst);
    assert_eq!(
        acknowledged,
        submitted.len() as u64,
        "each submission acknowledged to its device once (stored or duplicate)"
    );

    let (pulls_ok, pulls_failed) = *pulls.lock().expect("lock");
    let faults_applied: usize = proxies
        .iter()
        .map(|p| p.applied().iter().filter(|f| **f != Fault::Pass).count())
        .sum();
    let starts: usize = servers.iter().map(|s| s.lock().expect("lock").starts).sum();
    eprintln!("soak: soak_devices: {devices_n} devices");
    eprintln!("soak: soak_churn: {} s", churn.as_secs());
    eprintln!("soak: soak_submissions: {} submissions", submitted.len());
    eprintln!("soak: soak_stored_once: {} submissions", stored.len());
    eprintln!("soak: soak_pulled_once: {pulled_once} submissions");
    eprintln!(
        "soak: soak_duplicates_acknowledged: {} items",
        counters.duplicates.load(Ordering::SeqCst)
    );
    eprintln!(
        "soak: soak_syncs: {} syncs",
        counters.syncs.load(Ordering::SeqCst)
    );
    eprintln!(
        "soak: soak_syncs_retry_later: {} syncs",
        counters.syncs_retry_later.load(Ordering::SeqCst)
    );
    eprintln!("soak: soak_faults_applied: {faults_applied} faults");
    eprintln!(
        "soak: soak_faults_injected: {} faults",
        injected.load(Ordering::SeqCst)
    );
    eprintln!(
        "soak: soak_server_restarts: {} restarts",
        restarts.load(Ordering::SeqCst)
    );
    eprintln!("soak: soak_server_starts: {starts} starts");
    eprintln!("soak: soak_pulls_during_churn: {pulls_ok} pulls");
    eprintln!("soak: soak_pulls_failed_during_churn: {pulls_failed} pulls");
    eprintln!("soak: soak_settle: {settle_secs:.1} s");
    eprintln!("soak: soak_total: {:.1} s", started.elapsed().as_secs_f64());
}
