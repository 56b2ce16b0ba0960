//! The apps' API (`heard-ffi`) end to end, called from Rust exactly as the
//! generated Kotlin and Swift call it: enrollment against a real server,
//! a survey filled and queued, then the app lock (PIN, wrong PINs, the
//! last wrong PIN, the duress PIN, the desktop's PIN-wrapped keys, a
//! damaged lock file) and the panic wipe, checked against what is really
//! left in the data folder and the key store. And every error a person can
//! meet on the way names no answer, token or key.

mod support;

use heard_ffi::{
    AnswerValue, ApiError, AppOptions, CallbackError, HeardApp, InputKind, LockStatus, SecretStore,
    UnlockOutcome, View,
};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use support::{Server, database};

const PIN: &str = "482916";
const DURESS: &str = "739201";

/// A key store the test can look into, standing in for the Android
/// Keystore through the same foreign trait.
#[derive(Default)]
struct Keys(Mutex<BTreeMap<String, Vec<u8>>>);

impl Keys {
    fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        self.0.lock().expect("keys").clone()
    }
}

impl SecretStore for Keys {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, CallbackError> {
        Ok(self.0.lock().expect("keys").get(&name).cloned())
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), CallbackError> {
        self.0.lock().expect("keys").insert(name, secret);
        Ok(())
    }
    fn delete(&self, name: String) -> Result<(), CallbackError> {
        self.0.lock().expect("keys").remove(&name);
        Ok(())
    }
}

fn phone() -> AppOptions {
    AppOptions {
        wrap_secrets_with_pin: false,
    }
}

fn open(dir: &Path, keys: &Arc<Keys>, options: AppOptions) -> Arc<HeardApp> {
    HeardApp::open(dir.display().to_string(), keys.clone(), options).expect("open")
}

/// Answers every field of every screen with something valid and goes on,
/// until the review.
fn fill_in(app: &HeardApp) {
    for _ in 0..50 {
        let screen = match app.render().expect("render") {
            View::Questions { screen } => screen,
            View::Review { .. } => return,
            View::Idle => panic!("no response in progress"),
        };
        for field in &screen.fields {
            let value = match field.kind {
                InputKind::Consent => Some(AnswerValue::Consent { given: true }),
                InputKind::Single | InputKind::YesNo | InputKind::Scale => {
                    Some(AnswerValue::Choice {
                        code: field.choices[0].code.clone(),
                    })
                }
                InputKind::Multiple => Some(AnswerValue::Choices {
                    codes: vec![field.choices[0].code.clone()],
                }),
                _ => None,
            };
            if let Some(value) = value {
                app.answer(field.id.clone(), value).expect("answer");
            }
        }
        app.next().expect("next");
    }
    panic!("the survey never reached its review");
}

/// An app enrolled with a real server, holding one queued submission.
async fn enrolled_with_one_queued(dir: &Path, keys: &Arc<Keys>, options: AppOptions) -> Server {
    let server = Server::start(&database("sqlite", dir));
    let qr = support::enrollment_qr(&server.url).await;
    let app = open(&dir.join("app"), keys, options);
    let offer = app.read_enrollment_code(qr.clone()).expect("offer");
    assert_eq!(offer.organization, "Refugee Legal Aid Network");
    app.accept_enrollment(qr).await.expect("enroll");
    app.sync(None).await.expect("first sync");
    app.start("post-encounter".into(), vec!["en".into()])
        .expect("start");
    fill_in(&app);
    app.submit().expect("submit");
    let holdings = app.holdings().expect("holdings");
    assert!(holdings.enrolled);
    assert_eq!((holdings.queued, holdings.questionnaires), (1, 1));
    server
}

fn is_locked(r: Result<impl std::fmt::Debug, ApiError>) -> bool {
    matches!(r, Err(ApiError::Locked))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pin_locks_the_app_and_only_the_pin_opens_it_again() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let _server = enrolled_with_one_queued(dir.path(), &keys, phone()).await;
    let app = open(&dir.path().join("app"), &keys, phone());
    assert_eq!(app.lock_status().expect("status"), LockStatus::NoPin);
    assert!(matches!(
        app.set_pin("1234".into()),
        Err(ApiError::InvalidPin(_))
    ));
    app.set_pin(PIN.into()).expect("set pin");
    assert_eq!(app.lock_status().expect("status"), LockStatus::Unlocked);
    assert!(matches!(
        app.set_pin(PIN.into()),
        Err(ApiError::InvalidPin(_))
    ));
    app.lock_now().expect("lock");
    assert!(is_locked(app.holdings()));
    assert!(is_locked(app.render()));
    assert!(is_locked(app.sync(None).await));
    drop(app);

    // A restart opens locked, with the store closed.
    let app = open(&dir.path().join("app"), &keys, phone());
    assert_eq!(
        app.lock_status().expect("status"),
        LockStatus::Locked { attempts_left: 10 }
    );
    assert!(is_locked(app.questionnaires(vec!["en".into()])));
    assert_eq!(
        app.unlock("000000".into()).expect("wrong"),
        UnlockOutcome::WrongPin { attempts_left: 9 }
    );
    // Not a PIN at all: refused and not counted.
    assert!(matches!(
        app.unlock("12ab".into()),
        Err(ApiError::InvalidPin(_))
    ));
    assert_eq!(
        app.lock_status().expect("status"),
        LockStatus::Locked { attempts_left: 9 }
    );
    assert_eq!(
        app.unlock(PIN.into()).expect("right"),
        UnlockOutcome::Unlocked
    );
    let holdings = app.holdings().expect("holdings");
    assert!(holdings.enrolled, "the right PIN opens the real app");
    assert_eq!(holdings.queued, 1, "nothing was lost behind the lock");

    // Changing the PIN counts the current one as an attempt.
    assert_eq!(
        app.change_pin("111111".into(), "564738".into())
            .expect("wrong"),
        UnlockOutcome::WrongPin { attempts_left: 9 }
    );
    assert_eq!(
        app.change_pin(PIN.into(), "564738".into()).expect("change"),
        UnlockOutcome::Unlocked
    );
    app.lock_now().expect("lock");
    assert!(matches!(
        app.unlock(PIN.into()).expect("old pin"),
        UnlockOutcome::WrongPin { .. }
    ));
    assert_eq!(
        app.unlock("564738".into()).expect("new pin"),
        UnlockOutcome::Unlocked
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_last_wrong_pin_erases_everything_and_the_app_starts_as_new() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let _server = enrolled_with_one_queued(dir.path(), &keys, phone()).await;
    let app_dir = dir.path().join("app");
    let app = open(&app_dir, &keys, phone());
    app.set_pin(PIN.into()).expect("pin");
    app.lock_now().expect("lock");
    let token_before = keys.snapshot().get("heard.device-token").cloned();
    assert!(token_before.is_some(), "the enrolled device has a token");
    for left in (1..10).rev() {
        assert_eq!(
            app.unlock("000000".into()).expect("wrong"),
            UnlockOutcome::WrongPin {
                attempts_left: left
            }
        );
    }
    assert_eq!(
        app.unlock("000000".into()).expect("last"),
        UnlockOutcome::Erased
    );
    assert_eq!(app.lock_status().expect("status"), LockStatus::NoPin);
    let holdings = app.holdings().expect("holdings");
    assert!(!holdings.enrolled);
    assert_eq!((holdings.queued, holdings.questionnaires), (0, 0));
    assert!(
        !keys.snapshot().contains_key("heard.device-token"),
        "the device token is gone from the key store"
    );
    assert!(!app_dir.join("lock.json").exists());
    // Even the right PIN means nothing now.
    assert_eq!(
        app.unlock(PIN.into()).expect("open"),
        UnlockOutcome::Unlocked
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_duress_pin_wipes_and_opens_an_empty_app_that_looks_the_same() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let _server = enrolled_with_one_queued(dir.path(), &keys, phone()).await;
    let app_dir = dir.path().join("app");
    let app = open(&app_dir, &keys, phone());
    app.set_pin(PIN.into()).expect("pin");
    assert!(matches!(
        app.set_duress_pin("000000".into(), DURESS.into())
            .expect("wrong"),
        UnlockOutcome::WrongPin { .. }
    ));
    assert_eq!(
        app.set_duress_pin(PIN.into(), DURESS.into())
            .expect("duress"),
        UnlockOutcome::Unlocked
    );
    app.lock_now().expect("lock");
    drop(app);

    let app = open(&app_dir, &keys, phone());
    let identity_before = keys.snapshot().get("heard.device-identity").cloned();
    assert_eq!(
        app.unlock(DURESS.into()).expect("duress"),
        UnlockOutcome::Unlocked,
        "the duress PIN answers exactly as the PIN does"
    );
    assert_eq!(app.lock_status().expect("status"), LockStatus::Unlocked);
    let holdings = app.holdings().expect("holdings");
    assert!(!holdings.enrolled);
    assert_eq!((holdings.queued, holdings.questionnaires), (0, 0));
    assert!(!keys.snapshot().contains_key("heard.device-token"));
    assert_ne!(
        keys.snapshot().get("heard.device-identity").cloned(),
        identity_before,
        "the old device key is gone"
    );
    app.lock_now().expect("lock");
    assert!(
        matches!(
            app.unlock(PIN.into()).expect("old"),
            UnlockOutcome::WrongPin { .. }
        ),
        "the old PIN no longer opens anything"
    );
    assert_eq!(
        app.unlock(DURESS.into()).expect("again"),
        UnlockOutcome::Unlocked
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn on_the_desktop_the_pin_encrypts_the_device_keys_on_disk() {
    let dir = tempfile::tempdir().expect("dir");
    let keys_dir = dir.path().join("keys");
    let desktop = AppOptions {
        wrap_secrets_with_pin: true,
    };
    let files: Arc<dyn SecretStore> = heard_ffi::file_secret_store(keys_dir.display().to_string());
    let app_dir = dir.path().join("app");
    let server = Server::start(&database("sqlite", dir.path()));
    let qr = support::enrollment_qr(&server.url).await;
    let app = HeardApp::open(
        app_dir.display().to_string(),
        files.clone(),
        desktop.clone(),
    )
    .expect("open");
    app.accept_enrollment(qr).await.expect("enroll");
    let clear_token = files
        .load("heard.device-token".into())
        .expect("load")
        .expect("token");
    app.set_pin(PIN.into()).expect("pin");
    for entry in std::fs::read_dir(&keys_dir).expect("keys") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("read");
        assert!(
            !bytes
                .windows(clear_token.len())
                .any(|w| w == clear_token.as_slice()),
            "a key file still holds the token in clear"
        );
        assert!(
            !String::from_utf8_lossy(&bytes).contains("AGE-SECRET-KEY"),
            "a key file still holds the device identity in clear"
        );
    }
    app.sync(None)
        .await
        .expect("the open app uses the wrapped keys");
    drop(app);

    let app = HeardApp::open(app_dir.display().to_string(), files, desktop).expect("open");
    assert!(matches!(
        app.lock_status().expect("status"),
        LockStatus::Locked { .. }
    ));
    assert_eq!(
        app.unlock(PIN.into()).expect("pin"),
        UnlockOutcome::Unlocked
    );
    assert!(app.holdings().expect("holdings").enrolled);
    app.sync(None)
        .await
        .expect("the token decrypts with the PIN's key");
}

#[tokio::test(flavor = "multi_thread")]
async fn panic_wipe_works_behind_the_lock_and_leaves_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let _server = enrolled_with_one_queued(dir.path(), &keys, phone()).await;
    let app_dir = dir.path().join("app");
    let app = open(&app_dir, &keys, phone());
    app.set_pin(PIN.into()).expect("pin");
    app.lock_now().expect("lock");
    app.panic_wipe().expect("wipe");
    assert_eq!(app.lock_status().expect("status"), LockStatus::Wiped);
    assert!(matches!(app.holdings(), Err(ApiError::Wiped)));
    assert!(matches!(app.unlock(PIN.into()), Err(ApiError::Wiped)));
    assert!(keys.snapshot().is_empty(), "no key is left");
    let left: Vec<String> = std::fs::read_dir(&app_dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(left.is_empty(), "files left after the wipe: {left:?}");
    drop(app);
    let app = open(&app_dir, &keys, phone());
    assert_eq!(app.lock_status().expect("status"), LockStatus::NoPin);
    assert!(!app.holdings().expect("holdings").enrolled);
}

#[test]
fn a_damaged_lock_file_keeps_the_app_locked_until_it_is_erased() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let app = open(dir.path(), &keys, phone());
    app.set_pin(PIN.into()).expect("pin");
    drop(app);
    std::fs::write(dir.path().join("lock.json"), b"{\"format\": 1, \"pin\": 3").expect("damage");
    let app = open(dir.path(), &keys, phone());
    let LockStatus::Damaged { reason } = app.lock_status().expect("status") else {
        panic!("a damaged lock is reported");
    };
    assert!(reason.contains("lock.json"), "{reason}");
    assert!(matches!(app.holdings(), Err(ApiError::LockDamaged(_))));
    assert!(matches!(
        app.unlock(PIN.into()),
        Err(ApiError::LockDamaged(_))
    ));
    app.panic_wipe().expect("erase");
    drop(app);
    let app = open(dir.path(), &keys, phone());
    assert_eq!(app.lock_status().expect("status"), LockStatus::NoPin);
}

/// The variant's name; exhaustive, so a new variant must be added here
/// and then met by the test below (or explained in `NOT_REACHED`).
fn variant(e: &ApiError) -> &'static str {
    match e {
        ApiError::NotEnrolled => "NotEnrolled",
        ApiError::Enrollment(_) => "Enrollment",
        ApiError::InvalidAnswer(_) => "InvalidAnswer",
        ApiError::NeedsAttention(_) => "NeedsAttention",
        ApiError::Ended => "Ended",
        ApiError::NoActiveResponse => "NoActiveResponse",
        ApiError::NotFound(_) => "NotFound",
        ApiError::Storage(_) => "Storage",
        ApiError::StorageFull => "StorageFull",
        ApiError::KeyStore(_) => "KeyStore",
        ApiError::Network(_) => "Network",
        ApiError::Locked => "Locked",
        ApiError::InvalidPin(_) => "InvalidPin",
        ApiError::LockDamaged(_) => "LockDamaged",
        ApiError::Wiped => "Wiped",
        ApiError::InvalidInput(_) => "InvalidInput",
        ApiError::Internal(_) => "Internal",
    }
}

/// Variants this test cannot provoke through the API, and why: a full disk
/// (the store's own tests fill a page-limited database), an internal
/// failure (a poisoned lock after a panic), and `Ended`, which the
/// collector never lets out: declining consent ends the response at once,
/// so the next call finds none (`NoActiveResponse`). Their messages are
/// fixed texts or carry only a reason from below, checked in `heard-ffi`.
const NOT_REACHED: &[&str] = &["StorageFull", "Internal", "Ended"];

/// A key store that fails the way a locked Android Keystore does.
struct FailingKeys;

impl SecretStore for FailingKeys {
    fn load(&self, _: String) -> Result<Option<Vec<u8>>, CallbackError> {
        Err(CallbackError::Failed {
            reason: "Keystore operation failed: device locked".into(),
        })
    }
    fn save(&self, name: String, _: Vec<u8>) -> Result<(), CallbackError> {
        self.load(name).map(|_| ())
    }
    fn delete(&self, name: String) -> Result<(), CallbackError> {
        self.load(name).map(|_| ())
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_error_says_what_to_do_and_names_no_answer_pin_token_or_key() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let server = Server::start(&database("sqlite", dir.path()));
    let app_dir = dir.path().join("app");
    let app = open(&app_dir, &keys, phone());
    let mut errors: Vec<ApiError> = Vec::new();
    let mut keep = |r: Result<(), ApiError>| {
        if let Err(e) = r {
            errors.push(e);
        }
    };
    let canary = "CANARY-ANSWER-7f3a9";
    keep(app.sync(None).await.map(|_| ()));
    keep(app.render().map(|_| ()).and(app.next().map(|_| ())));
    keep(
        app.answer(
            "consent".into(),
            AnswerValue::Text {
                value: canary.into(),
            },
        )
        .map(|_| ()),
    );
    keep(app.read_enrollment_code("not a code".into()).map(|_| ()));
    let qr = support::enrollment_qr(&server.url).await;
    app.accept_enrollment(qr.clone()).await.expect("enroll");
    keep(app.accept_enrollment(qr.clone()).await);
    app.sync(None).await.expect("sync");
    let held = keys.snapshot();
    app.start("post-encounter".into(), vec!["en".into()])
        .expect("start");
    for item in ["consent", "contact_kind"] {
        keep(
            app.answer(
                item.into(),
                AnswerValue::Choice {
                    code: canary.into(),
                },
            )
            .map(|_| ()),
        );
        keep(app.answer_typed(item.into(), canary.into()).map(|_| ()));
    }
    keep(app.submit().map(|_| ()));
    keep(app.go_to(-1).map(|_| ()));
    keep(app.resume("no-such-draft".into()).map(|_| ()));
    keep(app.audio("locales/en/audio/none.opus".into()).map(|_| ()));
    keep(app.set_pin(canary.into()));
    app.answer("consent".into(), AnswerValue::Consent { given: false })
        .expect("decline consent");
    keep(
        app.answer(
            "contact_kind".into(),
            AnswerValue::Choice {
                code: "other".into(),
            },
        )
        .map(|_| ()),
    );
    app.set_pin(PIN.into()).expect("pin");
    keep(app.set_duress_pin(PIN.into(), PIN.into()).map(|_| ()));
    keep(app.set_duress_pin(PIN.into(), canary.into()).map(|_| ()));
    app.lock_now().expect("lock");
    keep(app.holdings().map(|_| ()));
    keep(app.unlock(canary.into()).map(|_| ()));
    assert_eq!(
        app.unlock(PIN.into()).expect("unlock"),
        UnlockOutcome::Unlocked
    );
    drop(server);
    keep(app.accept_enrollment(qr.clone()).await);
    app.panic_wipe().expect("wipe");
    keep(app.render().map(|_| ()));
    drop(app);

    // A lock file someone tampered with.
    let damaged = dir.path().join("damaged");
    open(&damaged, &keys, phone())
        .set_pin(PIN.into())
        .expect("pin");
    std::fs::write(damaged.join("lock.json"), b"{}").expect("damage");
    keep(open(&damaged, &keys, phone()).holdings().map(|_| ()));
    // A store file that is not a database: moved aside, and said so.
    let broken = dir.path().join("broken");
    std::fs::create_dir_all(&broken).expect("dir");
    std::fs::write(broken.join("heard.sqlite"), vec![0x5a; 8192]).expect("garbage");
    keep(HeardApp::open(broken.display().to_string(), keys.clone(), phone()).map(|_| ()));
    // The platform key store refusing.
    keep(
        HeardApp::open(
            dir.path().join("nokeys").display().to_string(),
            Arc::new(FailingKeys),
            phone(),
        )
        .map(|_| ()),
    );

    let mut met: Vec<&str> = errors.iter().map(variant).collect();
    met.sort_unstable();
    met.dedup();
    let all = [
        "Enrollment",
        "InvalidAnswer",
        "InvalidInput",
        "InvalidPin",
        "KeyStore",
        "LockDamaged",
        "Locked",
        "NeedsAttention",
        "Network",
        "NoActiveResponse",
        "NotEnrolled",
        "NotFound",
        "Storage",
        "Wiped",
    ];
    assert_eq!(met, all, "the errors met: {errors:#?}");
    for name in NOT_REACHED {
        assert!(!all.contains(name));
    }
    assert_eq!(held.len(), 3, "identity, group key and token were held");
    let secrets: Vec<String> = held
        .values()
        .map(|v| String::from_utf8_lossy(v).into_owned())
        .chain([support::ADMIN.to_string(), qr, PIN.to_string()])
        .collect();
    for e in &errors {
        let message = e.to_string();
        assert!(message.len() > 12, "{message:?} says too little");
        assert!(!message.contains(canary), "{message}");
        for secret in &secrets {
            assert!(
                !message.contains(secret.as_str()),
                "{message} holds a secret"
            );
        }
        assert!(!message.contains("panicked") && !message.contains("backtrace"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn check_pin_counts_as_an_attempt_while_open_and_its_last_wrong_one_erases() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let _server = enrolled_with_one_queued(dir.path(), &keys, phone()).await;
    let app = open(&dir.path().join("app"), &keys, phone());
    // No PIN yet: nothing to check, and leaving a kiosk cannot be allowed blindly.
    assert!(matches!(
        app.check_pin(PIN.into()),
        Err(ApiError::InvalidPin(_))
    ));
    app.set_pin(PIN.into()).expect("pin");
    assert_eq!(
        app.check_pin(PIN.into()).expect("right"),
        UnlockOutcome::Unlocked
    );
    for left in (1..10).rev() {
        assert_eq!(
            app.check_pin("000000".into()).expect("wrong"),
            UnlockOutcome::WrongPin {
                attempts_left: left
            }
        );
        // A wrong PIN while open leaves the app open and its data in place.
        assert_eq!(app.holdings().expect("holdings").queued, 1);
    }
    assert_eq!(
        app.check_pin("000000".into()).expect("last"),
        UnlockOutcome::Erased
    );
    let holdings = app.holdings().expect("holdings");
    assert!(!holdings.enrolled);
    assert_eq!(holdings.queued, 0);
    assert_eq!(app.lock_status().expect("status"), LockStatus::NoPin);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_outbox_tells_the_last_sync_and_what_was_sent_today() {
    let dir = tempfile::tempdir().expect("dir");
    let keys = Arc::new(Keys::default());
    let server = enrolled_with_one_queued(dir.path(), &keys, phone()).await;
    let app = open(&dir.path().join("app"), &keys, phone());
    let before = app.outbox().expect("outbox");
    // The enrolment's first sync sent nothing, and succeeded.
    let first = before.last_sync.clone().expect("the first sync was noted");
    assert_eq!(first.outcome, "done");
    assert_eq!(first.succeeded_at, Some(first.attempted_at));
    assert_eq!((before.queued, before.sent_today), (1, 0));
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs() as i64;
    app.sync(None).await.expect("sync");
    let after = app.outbox().expect("outbox");
    assert_eq!((after.queued, after.sent_today), (0, 1));
    let last = after.last_sync.expect("noted");
    assert_eq!(last.outcome, "done");
    assert!(
        last.attempted_at >= started,
        "{last:?} is older than {started}"
    );
    // The server goes away: the attempt is noted, the last success kept.
    drop(server);
    app.start("post-encounter".into(), vec!["en".into()])
        .expect("start");
    fill_in(&app);
    app.submit().expect("submit");
    app.sync(None)
        .await
        .expect("a failed sync is an outcome, not an error");
    let offline = app.outbox().expect("outbox");
    let failed = offline.last_sync.expect("noted");
    assert_eq!(failed.outcome, "retry-later");
    assert_eq!(failed.succeeded_at, Some(last.attempted_at));
    assert_eq!((offline.queued, offline.sent_today), (1, 1));
}
