//! The encrypted store: nothing readable at rest, resume after restart,
//! sealing, expiry, wipe, damage and full-disk handling.

mod common;

use age::secrecy::ExposeSecret;
use common::{contains, database_bytes, filled_survey, session_guide, survey};
use heard_device::{Error, MemorySecretStore, Store, StoreConfig};
use heard_engine::submission::Submission;
use heard_engine::{Answer, Response, seal};
use std::time::{Duration, SystemTime};

struct Fixture {
    dir: tempfile::TempDir,
    secrets: MemorySecretStore,
    org: age::x25519::Identity,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().expect("temp dir"),
            secrets: MemorySecretStore::default(),
            org: age::x25519::Identity::generate(),
        }
    }

    fn db(&self) -> std::path::PathBuf {
        self.dir.path().join("heard.db")
    }

    fn open(&self) -> Store {
        let mut store =
            Store::open(self.db(), &self.secrets, StoreConfig::default()).expect("store opens");
        store
            .set_recipients("*", &[self.org.to_public().to_string()])
            .expect("recipients");
        store
    }
}

const CANARY: &str = "CANARY Zebra-Kumquat 4411 مرحبا";

#[test]
fn drafts_and_submissions_leave_no_plaintext_in_the_database_wal_or_shm() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("ar", CANARY);
    let draft = store.create_draft(&r).expect("draft saved");
    let bytes = database_bytes(&f.db());
    assert!(
        !contains(&bytes, CANARY.as_bytes()),
        "draft plaintext at rest"
    );
    assert!(
        !contains(&bytes, b"stopped_transport"),
        "draft answer code at rest"
    );
    assert!(!contains(&bytes, b"not_offered"));
    let id = store.submit(&draft, &r).expect("submitted");
    let bytes = database_bytes(&f.db());
    for needle in [
        CANARY.as_bytes(),
        b"stopped_transport",
        b"not_offered",
        b"anything_else",
        id.as_bytes(),
    ] {
        if needle == id.as_bytes() {
            assert!(
                contains(&bytes, needle),
                "the submission id is routing data, kept in clear"
            );
            continue;
        }
        assert!(
            !contains(&bytes, needle),
            "{} at rest after submit",
            String::from_utf8_lossy(needle)
        );
    }
    assert!(
        store.drafts().expect("drafts").is_empty(),
        "the draft is gone after submit"
    );
    assert_eq!(store.outbox_len().expect("count"), 1);
}

#[test]
fn deleted_ciphertext_does_not_linger_in_the_wal_after_ack_discard_or_expiry() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("en", CANARY);
    let draft = store.create_draft(&r).expect("draft");
    store.submit(&draft, &r).expect("submit");
    let item = store.outbox_batch(10).expect("batch").remove(0);
    let slice = &item.envelope[item.envelope.len() / 2..item.envelope.len() / 2 + 48];
    assert!(
        contains(&database_bytes(&f.db()), slice),
        "the envelope is stored"
    );
    store
        .acknowledge(std::slice::from_ref(&item.submission_id))
        .expect("ack");
    assert!(
        !contains(&database_bytes(&f.db()), slice),
        "acknowledged envelope bytes remain in the db or -wal"
    );
    let wal = std::fs::metadata(f.db().with_extension("db-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert_eq!(wal, 0, "the WAL is truncated after a delete");

    // A discarded draft and an expired one: their ciphertext is gone too.
    let partial = Response::new(survey(), &["en"]);
    let discard = store.create_draft(&partial).expect("draft");
    store
        .create_draft(&filled_survey("fr", "another"))
        .expect("draft");
    let payloads: Vec<Vec<u8>> = {
        let peek = rusqlite::Connection::open(f.db()).expect("a second reader");
        let mut stmt = peek.prepare("SELECT payload FROM drafts").expect("query");
        stmt.query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("payloads")
    };
    assert_eq!(payloads.len(), 2);
    let before = database_bytes(&f.db());
    let slices: Vec<&[u8]> = payloads
        .iter()
        .map(|p| &p[p.len() / 2..p.len() / 2 + 48])
        .collect();
    assert!(slices.iter().all(|s| contains(&before, s)));
    store.discard_draft(&discard).expect("discard");
    let gone = store
        .expire_drafts_at(SystemTime::now() + Duration::from_secs(73 * 3600))
        .expect("expire");
    assert_eq!(gone, 1);
    assert_eq!(store.drafts().expect("drafts"), []);
    let after = database_bytes(&f.db());
    for (i, slice) in slices.iter().enumerate() {
        assert!(
            !contains(&after, slice),
            "deleted draft {i} lingers in the db or -wal"
        );
    }
}

#[test]
fn a_draft_comes_back_exactly_after_the_app_is_restarted() {
    let f = Fixture::new();
    let mut r = filled_survey("fa", "");
    r.back();
    r.back();
    let id = {
        let mut store = f.open();
        store.create_draft(&r).expect("saved")
    };
    let store = f.open();
    let drafts = store.drafts().expect("drafts");
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        (drafts[0].id.as_str(), drafts[0].questionnaire_id.as_str()),
        (id.as_str(), "post-encounter")
    );
    let (back, dropped) = store.load_draft(&id, survey()).expect("loads");
    assert!(dropped.is_empty());
    assert_eq!(back.draft_answers(), r.draft_answers());
    assert_eq!(back.cursor(), r.cursor());
    assert_eq!(back.locale(), "fa");
    assert!(matches!(
        store.load_draft(&id, session_guide()),
        Err(Error::WrongQuestionnaire { .. })
    ));
    assert!(matches!(
        store.load_draft("nope", survey()),
        Err(Error::UnknownDraft(_))
    ));
}

#[test]
fn survey_drafts_expire_but_listening_sessions_in_progress_do_not() {
    let f = Fixture::new();
    let mut store = f.open();
    let survey_draft = store
        .create_draft(&Response::new(survey(), &["en"]))
        .expect("draft");
    let mut session = Response::new(session_guide(), &["en"]);
    session
        .answer(
            "prompt_trust",
            Answer::Text("More patrols that speak Tigrinya".into()),
        )
        .expect("note");
    let session_draft = store.create_draft(&session).expect("session");
    let info = store.drafts().expect("drafts");
    let expires = info
        .iter()
        .find(|d| d.id == survey_draft)
        .and_then(|d| d.expires_at)
        .expect("survey expires");
    assert_eq!(expires % 3600, 0, "expiry is rounded to the hour");
    assert!(
        info.iter()
            .find(|d| d.id == session_draft)
            .expect("session")
            .expires_at
            .is_none()
    );
    assert_eq!(
        store
            .expire_drafts_at(SystemTime::now() + Duration::from_secs(71 * 3600))
            .expect("expire"),
        0
    );
    assert_eq!(
        store
            .expire_drafts_at(SystemTime::now() + Duration::from_secs(73 * 3600))
            .expect("expire"),
        1
    );
    let left: Vec<String> = store
        .drafts()
        .expect("drafts")
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(left, [session_draft]);
}

#[test]
fn expired_drafts_are_deleted_when_the_app_opens_the_store() {
    let f = Fixture::new();
    let short = StoreConfig {
        draft_ttl: Duration::ZERO,
        ..StoreConfig::default()
    };
    let mut store = Store::open(f.db(), &f.secrets, short.clone()).expect("open");
    store
        .create_draft(&Response::new(survey(), &["en"]))
        .expect("draft");
    store
        .create_draft(&Response::new(session_guide(), &["en"]))
        .expect("session");
    drop(store);
    // Expiry is rounded up to the next hour: pretend the hour has passed by
    // rewriting it, as an abandoned phone would see it days later.
    let conn = rusqlite::Connection::open(f.db()).expect("sqlite");
    conn.execute(
        "UPDATE drafts SET expires_at = expires_at - 7200 WHERE expires_at IS NOT NULL",
        [],
    )
    .expect("age the draft");
    drop(conn);
    let store = Store::open(f.db(), &f.secrets, short).expect("reopen");
    let kinds: Vec<_> = store
        .drafts()
        .expect("drafts")
        .into_iter()
        .map(|d| d.kind)
        .collect();
    assert_eq!(kinds, [heard_engine::QuestionnaireKind::ListeningSession]);
}

#[test]
fn submissions_in_one_size_bucket_seal_to_the_same_size() {
    let f = Fixture::new();
    let mut store = f.open();
    let long = "a longer answer about what happened at the station. ".repeat(4);
    for text in ["short", long.as_str()] {
        let r = filled_survey("en", text);
        let d = store.create_draft(&r).expect("draft");
        store.submit(&d, &r).expect("submit");
    }
    let items = store.outbox_batch(10).expect("batch");
    let payload = |e: &[u8]| e.len() - seal::header_len(e).expect("age header");
    assert_eq!(
        payload(&items[0].envelope),
        payload(&items[1].envelope),
        "the payload length does not reveal the free text length"
    );
    let plain: Vec<Vec<u8>> = items
        .iter()
        .map(|i| seal::open(&i.envelope, &f.org).expect("org opens"))
        .collect();
    assert_eq!(plain[0].len() % 1024, 0);
    assert_eq!(plain[0].len(), plain[1].len());
    // A text too long for the bucket moves to the next one.
    let r = filled_survey("en", &"x".repeat(1500));
    let d = store.create_draft(&r).expect("draft");
    store.submit(&d, &r).expect("submit");
    let big = store.outbox_batch(10).expect("batch").remove(2);
    assert_eq!(payload(&big.envelope), payload(&items[0].envelope) + 2048);
}

#[test]
fn a_sealed_submission_is_canonical_json_for_the_organization_only() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("ar", CANARY);
    let draft = store.create_draft(&r).expect("draft");
    let id = store.submit(&draft, &r).expect("submit");
    let item = store.outbox_batch(1).expect("batch").remove(0);
    assert_eq!(
        (
            item.submission_id.as_str(),
            item.questionnaire_id.as_str(),
            item.questionnaire_version
        ),
        (id.as_str(), "post-encounter", 1)
    );
    let plain = seal::open(&item.envelope, &f.org).expect("the organization opens it");
    let submission: Submission = serde_json::from_slice(&plain).expect("canonical JSON");
    assert_eq!(submission.submission_id, id);
    assert_eq!(submission.locale, "ar");
    assert_eq!(
        submission.answers.get("anything_else"),
        Some(&Answer::Text(CANARY.into()))
    );
    assert_eq!(
        submission.submitted_on.len(),
        10,
        "a day, never a time: {}",
        submission.submitted_on
    );
    assert_eq!(
        &plain[..submission.to_canonical_json().len()],
        submission.to_canonical_json().as_slice()
    );
    let device_key = age::x25519::Identity::generate();
    assert!(seal::open(&item.envelope, &device_key).is_err());
}

#[test]
fn a_new_recipient_set_applies_to_new_submissions_only() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("en", "");
    let d = store.create_draft(&r).expect("draft");
    store.submit(&d, &r).expect("sealed to the first key");
    let new_a = age::x25519::Identity::generate();
    let new_b = age::x25519::Identity::generate();
    store
        .set_recipients(
            "post-encounter",
            &[new_a.to_public().to_string(), new_b.to_public().to_string()],
        )
        .expect("rotate");
    let d = store.create_draft(&r).expect("draft");
    store.submit(&d, &r).expect("sealed to the new keys");
    let items = store.outbox_batch(10).expect("batch");
    assert!(seal::open(&items[0].envelope, &f.org).is_ok());
    assert!(seal::open(&items[0].envelope, &new_a).is_err());
    assert!(seal::open(&items[1].envelope, &f.org).is_err());
    assert!(seal::open(&items[1].envelope, &new_a).is_ok());
    assert!(seal::open(&items[1].envelope, &new_b).is_ok());
    assert!(matches!(
        store.set_recipients("x", &["age1bogus".into()]),
        Err(Error::Engine(heard_engine::Error::InvalidRecipient { .. }))
    ));
}

#[test]
fn incomplete_or_unaddressed_submissions_are_refused_and_the_draft_kept() {
    let f = Fixture::new();
    let mut store = Store::open(f.db(), &f.secrets, StoreConfig::default()).expect("open");
    let r = filled_survey("en", "");
    let d = store.create_draft(&r).expect("draft");
    let err = store.submit(&d, &r).expect_err("no recipients yet");
    assert_eq!(
        err.to_string(),
        "no organization key is set for questionnaire \"post-encounter\": enroll this device with the organization first"
    );
    let partial = Response::new(survey(), &["en"]);
    assert!(matches!(
        store.submit(&d, &partial),
        Err(Error::Engine(heard_engine::Error::Incomplete(_)))
    ));
    assert_eq!(store.drafts().expect("drafts").len(), 1);
    assert_eq!(store.outbox_len().expect("count"), 0);
}

#[test]
fn declining_consent_removes_the_draft() {
    let f = Fixture::new();
    let mut store = f.open();
    let mut r = Response::new(survey(), &["en"]);
    let d = store.create_draft(&r).expect("draft");
    r.answer("consent", Answer::Consent(false))
        .expect("decline");
    store.save_draft(&d, &r).expect("save");
    assert!(store.drafts().expect("drafts").is_empty());
    assert!(matches!(
        store.submit(&d, &r),
        Err(Error::Engine(heard_engine::Error::Ended))
    ));
}

#[test]
fn panic_wipe_destroys_the_key_first_then_every_file_and_a_reopen_starts_clean() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("en", CANARY);
    let d = store.create_draft(&r).expect("draft");
    store.submit(&d, &r).expect("submit");
    store
        .create_draft(&Response::new(survey(), &["en"]))
        .expect("draft");
    let old_key = store.device_recipient();
    store.panic_wipe(&f.secrets).expect("wipe");
    use heard_device::SecretStore;
    assert_eq!(
        f.secrets
            .load(heard_device::secret::DEVICE_IDENTITY.into())
            .expect("load"),
        None
    );
    for suffix in ["", "-wal", "-shm", ".wiping"] {
        let mut p = f.db().into_os_string();
        p.push(suffix);
        assert!(
            !std::path::Path::new(&p).exists(),
            "{p:?} survived the wipe"
        );
    }
    let store = f.open();
    assert_eq!(
        (
            store.drafts().expect("drafts").len(),
            store.outbox_len().expect("count")
        ),
        (0, 0)
    );
    assert_ne!(store.device_recipient(), old_key);
}

#[test]
fn an_interrupted_wipe_is_finished_on_the_next_open() {
    let f = Fixture::new();
    let mut store = f.open();
    store
        .create_draft(&filled_survey("en", CANARY))
        .expect("draft");
    drop(store);
    let mut marker = f.db().into_os_string();
    marker.push(".wiping");
    std::fs::write(&marker, b"").expect("marker");
    let store = f.open();
    assert!(store.drafts().expect("drafts").is_empty());
    assert!(!std::path::Path::new(&marker).exists());
}

#[test]
fn a_lost_device_key_loses_drafts_but_never_the_sealed_outbox() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("en", "");
    let d = store.create_draft(&r).expect("draft");
    store.submit(&d, &r).expect("submit");
    store.create_draft(&r).expect("another draft");
    drop(store);
    let other_device = MemorySecretStore::default();
    let store = Store::open(f.db(), &other_device, StoreConfig::default()).expect("opens");
    assert_eq!(store.lost_drafts(), 1);
    assert!(store.drafts().expect("drafts").is_empty());
    assert_eq!(store.outbox_len().expect("count"), 1);
}

#[test]
fn a_damaged_database_is_moved_aside_with_its_new_name_and_never_overwritten() {
    let f = Fixture::new();
    {
        let mut store = f.open();
        for _ in 0..20 {
            store
                .create_draft(&filled_survey("en", CANARY))
                .expect("draft");
        }
    }
    let mut bytes = std::fs::read(f.db()).expect("db");
    let len = bytes.len();
    for b in &mut bytes[len / 3..len / 3 + 8192] {
        *b = 0xA5;
    }
    std::fs::write(f.db(), &bytes).expect("damage");
    let err = match Store::open(f.db(), &f.secrets, StoreConfig::default()) {
        Err(e) => e,
        Ok(_) => panic!("a damaged store opened"),
    };
    let Error::Corrupted {
        moved_to: Some(moved),
        ..
    } = &err
    else {
        panic!("{err}")
    };
    assert!(
        err.to_string().contains(&moved.display().to_string()),
        "{err}"
    );
    assert_eq!(
        std::fs::read(moved).expect("kept aside"),
        bytes,
        "the damaged file is kept as it was"
    );
    let store = f.open();
    assert!(
        store.drafts().expect("drafts").is_empty(),
        "a new store starts clean"
    );

    std::fs::write(
        f.dir.path().join("garbage.db"),
        b"this is not a database at all, just text ".repeat(200),
    )
    .expect("write");
    let err = Store::open(
        f.dir.path().join("garbage.db"),
        &f.secrets,
        StoreConfig::default(),
    )
    .err()
    .expect("refused");
    assert!(
        matches!(
            err,
            Error::Corrupted {
                moved_to: Some(_),
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn a_draft_row_of_an_unknown_kind_is_reported_damaged_not_taken_for_a_survey() {
    let f = Fixture::new();
    let mut store = f.open();
    let id = store
        .create_draft(&Response::new(survey(), &["en"]))
        .expect("draft");
    // A kind this version does not know (written by a newer app, or a
    // damaged row): the schema's CHECK is bypassed to write it.
    let conn = rusqlite::Connection::open(f.db()).expect("a second writer");
    conn.execute_batch("PRAGMA ignore_check_constraints = ON; UPDATE drafts SET kind = 'poll';")
        .expect("kind changed");
    drop(conn);
    match store.drafts() {
        Err(Error::Damaged { what, reason }) => {
            assert_eq!(what, format!("draft {id}"));
            assert!(reason.contains("\"poll\""), "{reason}");
        }
        other => panic!("expected a damaged draft, got {other:?}"),
    }
}

#[test]
fn a_store_from_a_newer_app_is_refused_untouched() {
    let f = Fixture::new();
    drop(f.open());
    let conn = rusqlite::Connection::open(f.db()).expect("sqlite");
    conn.pragma_update(None, "user_version", 7).expect("bump");
    drop(conn);
    let before = std::fs::read(f.db()).expect("db");
    let err = Store::open(f.db(), &f.secrets, StoreConfig::default())
        .err()
        .expect("refused");
    assert!(
        err.to_string()
            .contains("newer version of Heard (schema 7, this version reads up to 4)"),
        "{err}"
    );
    assert_eq!(std::fs::read(f.db()).expect("db"), before);
}

#[test]
fn a_store_from_an_older_app_is_migrated_and_keeps_its_drafts() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("so", "kept across the upgrade");
    let id = store.create_draft(&r).expect("draft");
    drop(store);
    // Make it look like the first release's schema.
    let conn = rusqlite::Connection::open(f.db()).expect("sqlite");
    conn.execute_batch(
        "DROP TABLE sync_log; DROP TABLE bundles; DROP TABLE enrollment; PRAGMA user_version = 1;",
    )
    .expect("downgrade");
    drop(conn);
    let store = f.open();
    assert!(store.enrollment().expect("the new table exists").is_none());
    assert!(store.bundles().expect("the new table exists").is_empty());
    assert!(store.sync_log().expect("the new table exists").is_none());
    let (back, _) = store.load_draft(&id, survey()).expect("the draft survived");
    assert_eq!(back.draft_answers(), r.draft_answers());
}

#[test]
fn a_full_disk_fails_clearly_and_keeps_what_was_saved() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("en", "kept");
    let kept = store.create_draft(&r).expect("first draft");
    store.limit_pages_for_tests(12).expect("limit");
    let long = filled_survey("en", &"x".repeat(1900));
    let mut err = None;
    for _ in 0..200 {
        if let Err(e) = store.create_draft(&long) {
            err = Some(e);
            break;
        }
    }
    let err = err.expect("the disk filled up");
    assert_eq!(
        err.to_string(),
        "the device storage is full: free some space and try again (everything saved before is intact)"
    );
    let (back, _) = store
        .load_draft(&kept, survey())
        .expect("earlier draft intact");
    assert_eq!(back.draft_answers(), r.draft_answers());
    drop(store);
    let store = f.open();
    assert!(store.load_draft(&kept, survey()).is_ok());
}

#[test]
fn read_only_storage_fails_clearly_and_keeps_what_was_saved() {
    let f = Fixture::new();
    let mut store = f.open();
    let r = filled_survey("en", "kept");
    let kept = store.create_draft(&r).expect("draft");
    store.make_read_only_for_tests().expect("read-only");
    let err = store.create_draft(&r).expect_err("cannot write");
    assert!(matches!(err, Error::ReadOnly(_)), "{err}");
    assert!(
        err.to_string()
            .ends_with("cannot be written (read-only storage); everything saved before is intact")
    );
    assert!(store.load_draft(&kept, survey()).is_ok());
    assert_eq!(store.drafts().expect("drafts").len(), 1);
}

#[test]
fn the_device_key_is_an_age_identity_held_by_the_secret_store() {
    let f = Fixture::new();
    let store = f.open();
    use heard_device::SecretStore;
    let secret = f
        .secrets
        .load(heard_device::secret::DEVICE_IDENTITY.into())
        .expect("load")
        .expect("saved on first open");
    let text = String::from_utf8(secret).expect("text");
    assert!(text.starts_with("AGE-SECRET-KEY-1"));
    let identity: age::x25519::Identity = text.parse().expect("parses");
    assert_eq!(identity.to_public().to_string(), store.device_recipient());
    assert!(!contains(
        &database_bytes(&f.db()),
        identity.to_string().expose_secret().as_bytes()
    ));
}

#[test]
fn the_sync_log_keeps_the_last_success_through_failures_and_counts_sent_per_day() {
    let f = Fixture::new();
    let mut store = f.open();
    assert_eq!(store.sync_log().expect("log"), None, "no sync yet");
    let day = Duration::from_secs(24 * 3600);
    let monday = SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_000_000);
    store.record_sync(monday, "done", true, 3).expect("first");
    store
        .record_sync(monday + Duration::from_secs(60), "done", true, 2)
        .expect("second");
    store
        .record_sync(monday + Duration::from_secs(120), "retry-later", false, 0)
        .expect("failed");
    let log = store
        .sync_log_at(monday + Duration::from_secs(180))
        .expect("log")
        .expect("noted");
    assert_eq!(log.last_outcome, "retry-later");
    assert_eq!(log.last_attempt_at, 1_780_000_120);
    assert_eq!(log.last_success_at, Some(1_780_000_060));
    assert_eq!(log.sent_today, 5, "both syncs of the day count");
    // The next day nothing was sent yet, and a sync then starts a new count.
    let tuesday = monday + day;
    assert_eq!(
        store
            .sync_log_at(tuesday)
            .expect("log")
            .expect("noted")
            .sent_today,
        0
    );
    store
        .record_sync(tuesday, "done", true, 1)
        .expect("tuesday");
    drop(store);
    // It survives closing the store.
    let log = f.open().sync_log_at(tuesday).expect("log").expect("noted");
    assert_eq!(
        (log.sent_today, log.last_success_at),
        (1, Some(1_780_086_400))
    );
}

#[cfg(unix)]
#[test]
fn the_database_and_its_journal_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    let mut store = f.open();
    let draft = store
        .create_draft(&filled_survey("en", "owner only"))
        .expect("draft");
    assert!(!draft.is_empty());
    for suffix in ["", "-wal", "-shm"] {
        let mut name = f.db().into_os_string();
        name.push(suffix);
        let path = std::path::PathBuf::from(name);
        if suffix.is_empty() || path.exists() {
            let mode = std::fs::metadata(&path)
                .expect("metadata")
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
        }
    }
}
