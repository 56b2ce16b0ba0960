//! A child process performs random store operations and is killed with
//! SIGKILL at random points, hundreds of times. After each kill the store
//! opens, passes `PRAGMA integrity_check`, and every operation acknowledged
//! before the kill is there exactly once: drafts as last saved, submissions
//! in the outbox once and no longer drafts, acknowledged ones gone.
//!
//! `HEARD_CRASH_KILLS` sets the number of kills (default 200, what
//! `cargo xtask test` runs; `cargo xtask soak` runs thousands).

use heard_device::{FileSecretStore, Store, StoreConfig};
use heard_e2e::{Entry, fingerprint};
use heard_engine::Questionnaire;
use rand::{Rng, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

/// Kills in a default run.
const DEFAULT_KILLS: u64 = 200;

/// The number of kills: `HEARD_CRASH_KILLS`, or [`DEFAULT_KILLS`].
fn kills() -> u64 {
    match std::env::var("HEARD_CRASH_KILLS") {
        Ok(n) => n
            .trim()
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| panic!("HEARD_CRASH_KILLS={n:?} is not a positive number")),
        Err(_) => DEFAULT_KILLS,
    }
}

/// What the store must hold.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Model {
    drafts: BTreeMap<String, u64>,
    outbox: BTreeSet<String>,
}

/// The store's actual content.
fn observe(store: &Store, survey: &Arc<Questionnaire>, guide: &Arc<Questionnaire>) -> Model {
    let mut m = Model::default();
    for d in store.drafts().expect("drafts") {
        let q = if d.questionnaire_id == survey.id {
            survey
        } else {
            guide
        };
        let (r, dropped) = store
            .load_draft(&d.id, Arc::clone(q))
            .expect("every draft decrypts");
        assert!(
            dropped.is_empty(),
            "draft {} lost answers {dropped:?}",
            d.id
        );
        m.drafts.insert(d.id, fingerprint(&r.draft_answers()));
    }
    let n = store.outbox_len().expect("count");
    let items = store.outbox_batch(usize::MAX >> 1).expect("outbox");
    assert_eq!(items.len() as u64, n);
    for item in items {
        assert!(
            m.outbox.insert(item.submission_id.clone()),
            "{} twice in the outbox",
            item.submission_id
        );
    }
    m
}

/// Applies the journal of one run; returns the model after the last
/// acknowledged operation and, if one was in flight, the possible models
/// after it.
fn replay(mut model: Model, journal: &str) -> (Model, Option<Entry>) {
    let mut pending: Option<Entry> = None;
    for line in journal.lines() {
        let Some(entry) = Entry::parse(line) else {
            continue;
        };
        match entry {
            Entry::Done { submission } => match pending.take() {
                Some(Entry::Save { id, fp }) => {
                    model.drafts.insert(id, fp);
                }
                Some(Entry::Submit { id }) => {
                    model.drafts.remove(&id);
                    model
                        .outbox
                        .insert(submission.expect("a submit reports its id"));
                }
                Some(Entry::Ack { ids }) => ids.iter().for_each(|i| {
                    model.outbox.remove(i);
                }),
                other => panic!("done without an operation: {other:?}"),
            },
            op => pending = Some(op),
        }
    }
    (model, pending)
}

fn allowed(before: &Model, in_flight: &Option<Entry>, actual: &Model) -> bool {
    if actual == before {
        return true;
    }
    match in_flight {
        Some(Entry::Save { id, fp }) => {
            let mut after = before.clone();
            after.drafts.insert(id.clone(), *fp);
            &after == actual
        }
        Some(Entry::Submit { id }) => {
            // The new submission id was never journaled: exactly one new one.
            let mut after = before.clone();
            after.drafts.remove(id);
            let new: Vec<&String> = actual.outbox.difference(&before.outbox).collect();
            after.drafts == actual.drafts
                && new.len() == 1
                && before.outbox.is_subset(&actual.outbox)
                && actual.outbox.len() == before.outbox.len() + 1
        }
        Some(Entry::Ack { ids }) => {
            let mut after = before.clone();
            ids.iter().for_each(|i| {
                after.outbox.remove(i);
            });
            &after == actual
        }
        _ => false,
    }
}

#[test]
fn the_store_survives_hundreds_of_kills_without_losing_or_duplicating_anything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("heard.db");
    let secrets_dir = dir.path().join("secrets");
    let org = age::x25519::Identity::generate();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../questionnaires");
    let survey = Arc::new(Questionnaire::load(format!("{root}/post-encounter")).expect("survey"));
    let guide = Arc::new(Questionnaire::load(format!("{root}/listening-session")).expect("guide"));
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    let mut model = Model::default();
    let (mut mid_operation, mut submitted, mut acked) = (0, 0, 0);
    let kills = kills();
    let started = std::time::Instant::now();
    for run in 0..kills {
        let journal = dir.path().join(format!("journal-{run}"));
        let mut child = Command::new(env!("CARGO_BIN_EXE_store_worker"))
            .args([db.as_os_str(), secrets_dir.as_os_str(), journal.as_os_str()])
            .arg(org.to_public().to_string())
            .arg(rng.r#gen::<u32>().to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("worker starts");
        let mut ready = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut ready)
            .expect("worker reports");
        assert_eq!(
            ready.trim(),
            "ready",
            "run {run}: the worker could not open the store"
        );
        std::thread::sleep(Duration::from_millis(rng.gen_range(0..40)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");

        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        let (before, in_flight) = replay(model.clone(), &text);
        let secrets = FileSecretStore::new(&secrets_dir);
        let store = Store::open(&db, &secrets, StoreConfig::default())
            .unwrap_or_else(|e| panic!("run {run}: {e}"));
        let actual = observe(&store, &survey, &guide);
        drop(store);
        let check: String = rusqlite::Connection::open(&db)
            .and_then(|c| c.query_row("PRAGMA integrity_check", [], |r| r.get(0)))
            .expect("integrity check runs");
        assert_eq!(check, "ok", "run {run}");
        assert!(
            allowed(&before, &in_flight, &actual),
            "run {run}: expected {before:?} (+ {in_flight:?}), found {actual:?}"
        );
        mid_operation += usize::from(in_flight.is_some() && actual != before);
        submitted += text.lines().filter(|l| l.starts_with("submit")).count();
        acked += text.lines().filter(|l| l.starts_with("ack")).count();
        model = actual;
    }
    // The test must have exercised the interesting cases (in proportion
    // to the kills: a run of 200 has seen well over 50 submits).
    let (want_submits, want_acks) = (kills / 4, kills / 20);
    assert!(
        submitted as u64 > want_submits && acked as u64 > want_acks,
        "only {submitted} submits and {acked} acks in {kills} kills"
    );
    assert!(
        mid_operation > 0 || kills < DEFAULT_KILLS,
        "no kill landed between commit and journal"
    );
    eprintln!(
        "{kills} kills: {submitted} submits, {acked} acks, {mid_operation} kills between commit and acknowledgement"
    );
    // What `cargo xtask soak` reads.
    let secs = started.elapsed().as_secs_f64();
    eprintln!("soak: crash_kills: {kills} kills");
    eprintln!("soak: crash_submits: {submitted} submits");
    eprintln!("soak: crash_acks: {acked} acks");
    eprintln!("soak: crash_kills_between_commit_and_ack: {mid_operation} kills");
    eprintln!("soak: crash_kill_rate: {:.1} kills/s", kills as f64 / secs);
}
