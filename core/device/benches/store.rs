//! Store benchmarks: `submit_seal_store` (seal and queue a 40-answer
//! submission, against the raw primitives it is made of) and `outbox_100k`
//! (open a store holding 100,000 queued submissions, count them, list the
//! next batch: time and peak memory, against the same on an empty store).

use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::{Answer, Questionnaire, Response, seal};
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

const ANSWERS: usize = 40;
const QUEUED: usize = 100_000;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A questionnaire of 40 single-choice questions.
fn forty_questions(dir: &Path) -> Arc<Questionnaire> {
    let mut toml = String::from(
        "id = \"bench\"\nversion = 1\nkind = \"survey\"\ndefault_locale = \"en\"\n\n[choices]\nabc = [\"a\", \"b\", \"c\"]\n",
    );
    let mut ftl = String::from(
        "questionnaire-title = Bench\nchoice-abc-a = A\nchoice-abc-b = B\nchoice-abc-c = C\n",
    );
    for i in 0..ANSWERS {
        toml.push_str(&format!(
            "\n[[items]]\nid = \"q{i}\"\ntype = \"single\"\nchoices = \"abc\"\n"
        ));
        ftl.push_str(&format!("q{i} = Question {i}\n"));
    }
    std::fs::create_dir_all(dir.join("locales/en")).expect("dirs");
    std::fs::write(dir.join("questionnaire.toml"), toml).expect("toml");
    std::fs::write(dir.join("locales/en/bench.ftl"), ftl).expect("ftl");
    Arc::new(Questionnaire::load(dir).expect("bench questionnaire loads"))
}

fn submit_seal_store() {
    let dir = tempfile::tempdir().expect("dir");
    let q = forty_questions(&dir.path().join("q"));
    let org = age::x25519::Identity::generate();
    let secrets = MemorySecretStore::default();
    let mut store = Store::open(
        dir.path().join("heard.db"),
        &secrets,
        StoreConfig::default(),
    )
    .expect("store");
    store
        .set_recipients("*", &[org.to_public().to_string()])
        .expect("recipients");
    let mut r = Response::new(q, &["en"]);
    for i in 0..ANSWERS {
        r.answer(
            &format!("q{i}"),
            Answer::Choice(["a", "b", "c"][i % 3].into()),
        )
        .expect("answer");
    }
    let rounds = 200;
    let mut submit = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        // As in the app: the response was a draft, which submit deletes.
        let draft = store.create_draft(&r).expect("draft");
        let start = Instant::now();
        black_box(store.submit(&draft, &r).expect("submit"));
        submit.push(start.elapsed().as_secs_f64());
    }
    // The raw primitives: one age encryption of the same (padded) bytes and
    // one insert into a WAL database with the same durability.
    let plain = seal::open(&store.outbox_batch(1).expect("batch")[0].envelope, &org).expect("open");
    let raw = rusqlite::Connection::open(dir.path().join("raw.db")).expect("raw db");
    raw.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE t (id TEXT PRIMARY KEY, envelope BLOB);").expect("schema");
    let mut primitives = Vec::with_capacity(rounds);
    for i in 0..rounds {
        let start = Instant::now();
        let envelope = seal::seal(&plain, &[org.to_public()]).expect("seal");
        raw.execute(
            "INSERT INTO t VALUES (?1, ?2)",
            rusqlite::params![i.to_string(), envelope],
        )
        .expect("insert");
        primitives.push(start.elapsed().as_secs_f64());
    }
    let (s, p) = (median(submit), median(primitives));
    println!("submit_seal_store: {:.0} µs", s * 1e6);
    println!("submit_seal_store_primitives: {:.0} µs", p * 1e6);
    println!("submit_seal_store_vs_primitives: {:.2} ratio", s / p);
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("VmHWM:")
                    .map(|v| v.trim().trim_end_matches(" kB").trim().parse().unwrap_or(0))
            })
        })
        .unwrap_or(0)
}

/// Child process: open, count, list a batch; prints `ms kib count`.
fn open_count_batch(db: &str, secrets_dir: &str) {
    let secrets = heard_device::FileSecretStore::new(secrets_dir);
    let start = Instant::now();
    let store = Store::open(db, &secrets, StoreConfig::default()).expect("open");
    let n = store.outbox_len().expect("count");
    let batch = store.outbox_batch(100).expect("batch");
    let ms = start.elapsed().as_secs_f64() * 1e3;
    black_box(batch);
    println!("{ms} {} {n}", peak_rss_kib());
}

fn measure_child(db: &Path, secrets: &Path) -> (f64, f64, u64) {
    let out = Command::new(std::env::current_exe().expect("exe"))
        .env("HEARD_BENCH_CHILD", "1")
        .arg(db)
        .arg(secrets)
        .output()
        .expect("child runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split_whitespace();
    let ms: f64 = parts.next().and_then(|v| v.parse().ok()).expect("time");
    let kib: f64 = parts.next().and_then(|v| v.parse().ok()).expect("memory");
    let n: u64 = parts.next().and_then(|v| v.parse().ok()).expect("count");
    (ms, kib, n)
}

fn outbox_100k() {
    let dir = tempfile::tempdir().expect("dir");
    let org = age::x25519::Identity::generate();
    let make = |name: &str, rows: usize| {
        let db = dir.path().join(format!("{name}.db"));
        let secrets = dir.path().join(format!("{name}-secrets"));
        let mut store = Store::open(
            &db,
            &heard_device::FileSecretStore::new(&secrets),
            StoreConfig::default(),
        )
        .expect("store");
        store
            .set_recipients("*", &[org.to_public().to_string()])
            .expect("recipients");
        drop(store);
        // Queue real envelopes (one seal per 1,000 rows keeps setup short).
        let conn = rusqlite::Connection::open(&db).expect("db");
        conn.execute_batch("BEGIN").expect("begin");
        let mut envelope = Vec::new();
        for i in 0..rows {
            if i % 1000 == 0 {
                envelope = seal::seal(&seal::pad(vec![b'{', b'}'], 1024), &[org.to_public()])
                    .expect("seal");
            }
            conn.execute(
                "INSERT INTO outbox (submission_id, questionnaire_id, questionnaire_version, kind, queued_on, envelope) VALUES (?1, 'bench', 1, 'survey', '2026-11-23', ?2)",
                rusqlite::params![format!("{i:032x}"), envelope],
            )
            .expect("insert");
        }
        conn.execute_batch("COMMIT; PRAGMA wal_checkpoint(TRUNCATE);")
            .expect("commit");
        (db, secrets)
    };
    let (full_db, full_secrets) = make("full", QUEUED);
    let (empty_db, empty_secrets) = make("empty", 0);
    let runs = 5;
    let full: Vec<(f64, f64, u64)> = (0..runs)
        .map(|_| measure_child(&full_db, &full_secrets))
        .collect();
    let empty: Vec<(f64, f64, u64)> = (0..runs)
        .map(|_| measure_child(&empty_db, &empty_secrets))
        .collect();
    assert!(
        full.iter().all(|r| r.2 == QUEUED as u64),
        "counted {:?}",
        full.iter().map(|r| r.2).collect::<Vec<_>>()
    );
    let full_ms = median(full.iter().map(|r| r.0).collect());
    let empty_ms = median(empty.iter().map(|r| r.0).collect());
    let full_kib = median(full.iter().map(|r| r.1).collect());
    let empty_kib = median(empty.iter().map(|r| r.1).collect());
    let size = std::fs::metadata(&full_db).map(|m| m.len()).unwrap_or(0);
    println!("outbox_100k_db_size: {:.1} MiB", size as f64 / 1048576.0);
    println!("outbox_100k_open_count_batch: {full_ms:.1} ms");
    println!(
        "outbox_100k_vs_empty_store: {:.1} ratio",
        full_ms / empty_ms
    );
    println!("outbox_100k_peak_rss: {:.1} MiB", full_kib / 1024.0);
    println!(
        "outbox_100k_peak_rss_vs_empty_store: {:.2} ratio",
        full_kib / empty_kib
    );
}

fn main() {
    if std::env::var_os("HEARD_BENCH_CHILD").is_some() {
        let args: Vec<String> = std::env::args().collect();
        open_count_batch(&args[1], &args[2]);
        return;
    }
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    if wanted("submit_seal_store") {
        submit_seal_store();
    }
    if wanted("outbox_100k") {
        outbox_100k();
    }
}
