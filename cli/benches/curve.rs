//! The cost curve: what each stage of Heard's path costs at 1,000, 10,000
//! and 100,000 submissions, so a reader sees how each grows.
//!
//! Each size gets its own organization (`heard keygen`, `heard org init`,
//! `heard questionnaire publish`, `heard enroll`), its own `heard-server`
//! process on 127.0.0.1 with its own SQLite file, and one device enrolled
//! from the enrollment code with the device's own code
//! (`heard_device::enroll::accept`). Then, timed one after another:
//! - `curve_submit_N`: the device seals and queues N complete
//!   post-encounter responses (`Store::submit`, each one a durable
//!   transaction, as in the app);
//! - `curve_sync_N`: the device uploads its outbox to the server
//!   (`Syncer::sync`, batches of 100 over loopback HTTP);
//! - `curve_ingest_N`: the server's store alone (no HTTP) storing the same
//!   N envelopes, 100 per transaction as an upload does, into a fresh
//!   SQLite file (`heard_server::store`);
//! - `curve_pull_N`: `heard pull` (the release binary) downloading,
//!   checking, decrypting, verifying and exporting (JSONL, CSV, XLSX) the
//!   N envelopes;
//! - `curve_report_N`: `heard report` on the pull folder (suppression,
//!   noise, the audit, the HTML file).
//!
//! Every stage prints its total (`curve_<stage>_<N>: s`), the cost per
//! submission (`curve_<stage>_<N>_per_item: µs`) and, above 1k, the per-item
//! ratio to the 1k run of the same stage (`_per_item_vs_1k`): 1.00 is linear
//! growth. Nothing is extrapolated: every stage runs at every size, 100,000
//! included (about 150 s of the run on a quiet two-core machine, most of it
//! the 100,000 durable submits, one fsync'd transaction each).
//! `HEARD_BENCH_CURVE_SIZES=1000,10000` runs only the sizes it names, to
//! try a change out quickly.
//!
//! The `heard-server` binary is `HEARD_SERVER_BIN`, else the one next to
//! this crate's `heard` (`cargo xtask bench` builds both in release).

use heard_device::sync::{SyncConfig, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::{Answer, Cursor, Questionnaire, Response};
use heard_protocol::UploadItem;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Instant;

const ADMIN: &str = "bench-admin-token-0123456789abcdef0123456789";
const STAGES: [&str; 5] = ["submit", "sync", "ingest", "pull", "report"];

fn heard_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_heard"))
}

fn server_bin() -> PathBuf {
    let path = std::env::var_os("HEARD_SERVER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| heard_bin().with_file_name("heard-server"));
    assert!(
        path.exists(),
        "no heard-server at {}: build it (cargo build --release -p heard-server) or set HEARD_SERVER_BIN",
        path.display()
    );
    path
}

/// A `heard-server` process, killed when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(db: &Path, log: &Path) -> Server {
        let mut child = Command::new(server_bin())
            .arg("--db")
            .arg(format!("sqlite:{}", db.display()))
            .args(["--listen", "127.0.0.1:0", "--admin-token", ADMIN])
            .args(["--rate-limit", "1000000000"])
            .env_remove("HEARD_ADMIN_TOKEN")
            .env_remove("HEARD_ADMIN_TOKEN_FILE")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::from(std::fs::File::create(log).expect("server log")))
            .spawn()
            .expect("heard-server starts");
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        out.read_line(&mut line).expect("heard-server's first line");
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("heard-server said {line:?}"))
            .to_string();
        std::thread::spawn(move || {
            let mut sink = Vec::new();
            let _ = out.read_to_end(&mut sink);
        });
        Server { child, url }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `heard ARGS` in `dir` with no HEARD_* settings from the environment;
/// panics with what it said if it fails.
fn heard(dir: &Path, args: &[&str]) -> String {
    let mut cmd = Command::new(heard_bin());
    for (key, _) in std::env::vars() {
        if key.starts_with("HEARD_") {
            cmd.env_remove(key);
        }
    }
    let out = cmd
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("heard runs");
    assert!(
        out.status.success(),
        "heard {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Complete post-encounter responses in four languages and five scale
/// values, cycled through.
fn responses(q: &Arc<Questionnaire>) -> Vec<Response> {
    let mut all = Vec::new();
    for (l, locale) in ["en", "ar", "uk", "fa"].iter().enumerate() {
        for scale in 1..=5 {
            let mut r = Response::new(Arc::clone(q), &[locale]);
            r.answer("consent", Answer::Consent(true)).expect("consent");
            let kind = [
                "reported_crime",
                "stopped_public",
                "id_check",
                "victim_witness",
            ][l];
            r.answer("contact_kind", Answer::Choice(kind.into()))
                .expect("contact");
            // Asked only after some kinds of contact: refused after others.
            let _ = r.answer("reason_explained", Answer::Choice("partly".into()));
            r.answer("language_needed", Answer::Choice("no".into()))
                .expect("language");
            r.answer("searched", Answer::Choice("no".into()))
                .expect("searched");
            for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
                r.answer(item, Answer::Choice(scale.to_string()))
                    .expect(item);
            }
            while r.next_screen().expect("next") != Cursor::End {}
            all.push(r);
        }
    }
    all
}

fn label(n: usize) -> String {
    if n.is_multiple_of(1000) {
        format!("{}k", n / 1000)
    } else {
        n.to_string()
    }
}

/// Seconds of every stage that ran at one size.
type Timings = Vec<(&'static str, f64)>;

async fn one_size(n: usize, survey: &Path, q: &Arc<Questionnaire>) -> Timings {
    let work = tempfile::tempdir().expect("dir");
    let dir = work.path();
    let server = Server::start(&dir.join("server.db"), &dir.join("server.log"));
    let url = server.url.clone();
    heard(dir, &["keygen", "-o", "steward.key"]);
    heard(
        dir,
        &[
            "org",
            "init",
            "--org",
            "org",
            "--name",
            "Bench Network",
            "--server",
            &url,
            "--identity",
            "steward.key",
        ],
    );
    let org = ["--org", "org", "--admin-token", ADMIN, "--server", &url];
    let mut publish = vec!["questionnaire", "publish", survey.to_str().expect("path")];
    publish.extend_from_slice(&org);
    heard(dir, &publish);
    let mut enroll = vec![
        "enroll", "--group", "north", "--uses", "1", "--out", "codes",
    ];
    enroll.extend_from_slice(&org);
    heard(dir, &enroll);
    let code = std::fs::read_to_string(dir.join("codes/enroll-north.txt")).expect("code");

    let secrets = MemorySecretStore::default();
    let store = Mutex::new(
        Store::open(dir.join("device.db"), &secrets, StoreConfig::default()).expect("store"),
    );
    let offer = heard_device::enroll::read_qr(code.trim()).expect("offer");
    heard_device::enroll::accept(&offer, &store, &secrets)
        .await
        .expect("enrolled");
    let config = SyncConfig::for_enrolled(&store.lock().expect("lock"), &secrets).expect("config");

    let mut timings = Timings::new();
    let answers = responses(q);
    let start = Instant::now();
    {
        let mut s = store.lock().expect("lock");
        for i in 0..n {
            s.submit("no-draft", &answers[i % answers.len()])
                .expect("submit");
        }
    }
    timings.push(("submit", start.elapsed().as_secs_f64()));
    // The ingest stage stores the very envelopes the device queued.
    let items: Vec<UploadItem> = store
        .lock()
        .expect("lock")
        .outbox_batch(n)
        .expect("outbox")
        .into_iter()
        .map(UploadItem::from)
        .collect();
    assert_eq!(items.len(), n);

    let syncer = Syncer::new(config).expect("syncer");
    let start = Instant::now();
    let report = syncer.sync(&store).await.expect("sync");
    timings.push(("sync", start.elapsed().as_secs_f64()));
    assert_eq!(report.uploaded as usize, n, "{report:?}");

    let db = dir.join("ingest.db");
    let server_store = heard_server::store::open(&format!("sqlite:{}", db.display()))
        .await
        .expect("server store");
    let hour = chrono::Utc::now().timestamp() / 3600 * 3600;
    let start = Instant::now();
    for chunk in items.chunks(heard_protocol::MAX_BATCH) {
        server_store
            .insert_submissions(chunk, hour)
            .await
            .expect("insert");
    }
    timings.push(("ingest", start.elapsed().as_secs_f64()));
    assert_eq!(server_store.stored().await.expect("stored") as usize, n);
    drop(items);

    let mut pull = vec!["pull", "--identity", "steward.key", "--out", "pulled"];
    pull.extend_from_slice(&org);
    let start = Instant::now();
    heard(dir, &pull);
    timings.push(("pull", start.elapsed().as_secs_f64()));
    let jsonl = std::fs::read_to_string(dir.join("pulled/post-encounter-v1/submissions.jsonl"))
        .expect("pulled submissions");
    assert_eq!(jsonl.lines().filter(|l| !l.is_empty()).count(), n);

    let start = Instant::now();
    heard(
        dir,
        &["report", "pulled", "--org", "org", "-o", "report.html"],
    );
    timings.push(("report", start.elapsed().as_secs_f64()));
    assert!(dir.join("report.html").exists());
    drop(server);
    timings
}

#[tokio::main]
async fn main() {
    let survey = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../questionnaires/post-encounter"
    ));
    let q = Arc::new(Questionnaire::load(&survey).expect("survey"));
    let mut per_item_1k: Vec<(&str, f64)> = Vec::new();
    // HEARD_BENCH_CURVE_SIZES=1000,10000 runs only those (to try it out).
    let sizes: Vec<usize> = std::env::var("HEARD_BENCH_CURVE_SIZES")
        .ok()
        .map(|v| {
            v.split(',')
                .map(|n| n.trim().parse().expect("HEARD_BENCH_CURVE_SIZES: numbers"))
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    for n in sizes {
        let started = Instant::now();
        let timings = one_size(n, &survey, &q).await;
        eprintln!(
            "curve at {}: {:.1} s with setup",
            label(n),
            started.elapsed().as_secs_f64()
        );
        for stage in STAGES {
            let Some(&(_, seconds)) = timings.iter().find(|(s, _)| *s == stage) else {
                continue;
            };
            let name = format!("curve_{stage}_{}", label(n));
            let per_item = seconds * 1e6 / n as f64;
            println!("{name}: {seconds:.3} s");
            println!("{name}_per_item: {per_item:.1} µs");
            if n == 1_000 {
                per_item_1k.push((stage, per_item));
            } else if let Some(&(_, base)) = per_item_1k.iter().find(|(s, _)| *s == stage) {
                println!("{name}_per_item_vs_1k: {:.2} ratio", per_item / base);
            }
        }
    }
}
