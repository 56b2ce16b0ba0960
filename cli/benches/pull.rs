//! `pull_decrypt_export_100k`: 100,000 sealed, group-signed submissions go
//! through what `heard pull` does after the network (envelope checks, age
//! decryption, group-signature verification, appending to JSONL with the
//! resumable state, then CSV and XLSX exports), measured against the bare
//! X25519 age decryptions of the same envelopes on the same threads, in the
//! same run. Peak memory is the growth of the resident set during the
//! pipeline, at 10,000 and at 100,000 envelopes, to show it stays flat.
//! The envelopes are read from a file page by page, as pages come from
//! the server.

use heard_cli::export::{Layout, write_exports};
use heard_cli::pull::{Keys, Sink, classify_all};
use heard_engine::submission::{GroupSignature, QuestionnaireRef, Submission};
use heard_engine::{Answer, Questionnaire};
use heard_protocol::signing::SecretKey;
use heard_protocol::{EnvelopeLimits, ExportItem};
use std::collections::BTreeMap;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

const N: usize = 100_000;
const PAGE: usize = 1000;

fn survey() -> Arc<Questionnaire> {
    Arc::new(
        Questionnaire::load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../questionnaires/post-encounter"
        ))
        .expect("survey"),
    )
}

fn answers(i: usize) -> BTreeMap<String, Answer> {
    let mut a = BTreeMap::new();
    a.insert("consent".into(), Answer::Consent(true));
    let kinds = [
        "stopped_public",
        "id_check",
        "reported_crime",
        "victim_witness",
    ];
    a.insert("contact_kind".into(), Answer::Choice(kinds[i % 4].into()));
    a.insert("contact_when".into(), Answer::Choice("this_week".into()));
    a.insert("reason_explained".into(), Answer::Choice("partly".into()));
    for (j, item) in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"]
        .iter()
        .enumerate()
    {
        a.insert(
            (*item).into(),
            Answer::Choice(((i + j) % 5 + 1).to_string()),
        );
    }
    a.insert(
        "anything_else".into(),
        Answer::Text(format!("comment number {i}")),
    );
    a
}

/// Writes `n` envelopes to `path`: id, length, bytes.
fn generate(path: &Path, n: usize, to: &age::x25519::Recipient, group: &SecretKey) {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let mut out = BufWriter::new(std::fs::File::create(path).expect("file"));
    for start in (0..n).step_by(10_000) {
        let end = (start + 10_000).min(n);
        let chunk = (end - start).div_ceil(threads);
        let parts: Vec<Vec<(String, Vec<u8>)>> = std::thread::scope(|scope| {
            (start..end)
                .step_by(chunk)
                .map(|from| {
                    scope.spawn(move || {
                        (from..(from + chunk).min(end))
                            .map(|i| {
                                let mut s = Submission {
                                    schema: 1,
                                    submission_id: format!("{i:032x}"),
                                    questionnaire: QuestionnaireRef {
                                        id: "post-encounter".into(),
                                        version: 1,
                                    },
                                    kind: "survey".into(),
                                    locale: ["ar", "fa", "uk", "en"][i % 4].into(),
                                    submitted_on: format!(
                                        "2026-{:02}-{:02}",
                                        1 + i % 11,
                                        1 + i % 28
                                    ),
                                    answers: answers(i),
                                    group: None,
                                };
                                s.group = Some(GroupSignature {
                                    group: "north".into(),
                                    signature: group.sign(&s.signed_bytes()),
                                });
                                let plain = heard_engine::seal::pad(s.to_canonical_json(), 1024);
                                let env =
                                    heard_engine::seal::seal(&plain, std::slice::from_ref(to))
                                        .expect("seal");
                                (s.submission_id, env)
                            })
                            .collect()
                    })
                })
                .collect::<Vec<_>>()
                .into_iter()
                .map(|h| h.join().expect("generator"))
                .collect()
        });
        for (id, env) in parts.into_iter().flatten() {
            out.write_all(id.as_bytes()).expect("write");
            out.write_all(&(env.len() as u32).to_le_bytes())
                .expect("write");
            out.write_all(&env).expect("write");
        }
    }
    out.flush().expect("flush");
}

/// Calls `page` with up to `limit` envelopes at a time, in order.
fn pages(path: &Path, limit: usize, mut page: impl FnMut(Vec<ExportItem>)) {
    let mut input = BufReader::new(std::fs::File::open(path).expect("file"));
    let mut seq = 0;
    let mut items = Vec::with_capacity(PAGE);
    loop {
        let mut id = [0u8; 32];
        if input.read_exact(&mut id).is_err() || seq as usize >= limit {
            break;
        }
        let mut len = [0u8; 4];
        input.read_exact(&mut len).expect("length");
        let mut envelope = vec![0; u32::from_le_bytes(len) as usize];
        input.read_exact(&mut envelope).expect("envelope");
        seq += 1;
        items.push(ExportItem {
            seq,
            submission_id: String::from_utf8_lossy(&id).into_owned(),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope,
        });
        if items.len() == PAGE {
            page(std::mem::replace(&mut items, Vec::with_capacity(PAGE)));
        }
    }
    if !items.is_empty() {
        page(items);
    }
}

fn rss_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix(field)?
                .trim()
                .strip_suffix("kB")?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// Resets the peak resident set size to the current one (Linux).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Runs the pipeline over the first `n` envelopes; returns seconds and the
/// peak resident-set growth in KiB.
fn pipeline(data: &Path, n: usize, keys: &Keys, q: &Arc<Questionnaire>) -> (f64, u64) {
    let out = tempfile::tempdir().expect("out");
    let limits = EnvelopeLimits::default();
    reset_peak();
    let before = rss_kib("VmRSS:");
    let start = Instant::now();
    let mut sink = Sink::open(out.path(), "http://127.0.0.1:1").expect("sink");
    pages(data, n, |items| {
        let outcomes = classify_all(&items, keys, &limits);
        sink.keep(&items, outcomes, keys, Path::new("steward.key"))
            .expect("keep");
    });
    let rows = write_exports(
        &out.path().join("post-encounter-v1"),
        &Layout::new(q, Some("en")),
    )
    .expect("exports");
    let seconds = start.elapsed().as_secs_f64();
    assert_eq!(rows as usize, n, "every envelope exported");
    assert_eq!(sink.state.summary.set_aside_total(), 0);
    (seconds, rss_kib("VmHWM:").saturating_sub(before))
}

fn bare_decrypt(data: &Path, identity: &age::x25519::Identity) -> f64 {
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    let start = Instant::now();
    pages(data, N, |items| {
        let chunk = items.len().div_ceil(threads);
        std::thread::scope(|scope| {
            for part in items.chunks(chunk) {
                scope.spawn(move || {
                    for item in part {
                        std::hint::black_box(
                            age::decrypt(identity, &item.envelope).expect("opens"),
                        );
                    }
                });
            }
        });
    });
    start.elapsed().as_secs_f64()
}

/// Runs the pipeline in a fresh process (so one run's memory cannot hide
/// the other's), printing "seconds kib".
fn child(args: &[String]) {
    let data = Path::new(&args[2]);
    let n: usize = args[3].parse().expect("count");
    let identity: age::x25519::Identity = args[4].parse().expect("identity");
    let group = heard_protocol::signing::PublicKey::from_base64(&args[5]).expect("group");
    let keys = Keys {
        identities: vec![identity],
        groups: [("north".to_string(), (Some(group), false))].into(),
        rehearsal: Default::default(),
    };
    let (seconds, kib) = pipeline(data, n, &keys, &survey());
    println!("{seconds} {kib}");
}

fn measure(data: &Path, n: usize, identity: &str, group: &str) -> (f64, u64) {
    let out = std::process::Command::new(std::env::current_exe().expect("exe"))
        .arg("--pipeline")
        .arg(data)
        .arg(n.to_string())
        .arg(identity)
        .arg(group)
        .output()
        .expect("child");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut parts = text.split_whitespace();
    (
        parts.next().and_then(|s| s.parse().ok()).expect("seconds"),
        parts.next().and_then(|s| s.parse().ok()).expect("kib"),
    )
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--pipeline") {
        return child(&args);
    }
    use age::secrecy::ExposeSecret;
    let dir = tempfile::tempdir().expect("dir");
    let data = dir.path().join("envelopes.bin");
    let identity = age::x25519::Identity::generate();
    let group = SecretKey::generate();
    generate(&data, N, &identity.to_public(), &group);
    let secret = identity.to_string().expose_secret().to_string();
    let public = group.public().to_base64();
    let bare = bare_decrypt(&data, &identity);
    let (_, small_kib) = measure(&data, N / 10, &secret, &public);
    let (full_s, full_kib) = measure(&data, N, &secret, &public);
    println!("pull_decrypt_export_100k: {full_s:.2} s");
    println!(
        "pull_decrypt_export_100k_throughput: {:.0} envelopes/s",
        N as f64 / full_s
    );
    println!("pull_decrypt_export_100k_bare_age_decrypt: {bare:.2} s");
    println!(
        "pull_decrypt_export_100k_vs_bare_age_decrypt: {:.2} ratio",
        full_s / bare
    );
    println!(
        "pull_decrypt_export_100k_peak_rss_growth: {:.1} MiB",
        full_kib as f64 / 1024.0
    );
    println!(
        "pull_decrypt_export_10k_peak_rss_growth: {:.1} MiB",
        small_kib as f64 / 1024.0
    );
    println!(
        "pull_decrypt_export_100k_vs_10k_peak_rss: {:.2} ratio",
        full_kib as f64 / small_kib.max(1) as f64
    );
}
