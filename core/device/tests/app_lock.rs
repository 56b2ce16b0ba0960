//! The app lock on real files in a temporary folder: PIN rules, the attempt
//! counter across restarts, the wipe of a real store, duress, a damaged lock
//! file, and the desktop's PIN-wrapped key store.

mod common;

use common::{contains, filled_survey};
use heard_device::lock::{KdfParams, LOCK_FILE, validate_pin};
use heard_device::secret::DEVICE_IDENTITY;
use heard_device::{
    AppLock, Error, FileSecretStore, LockConfig, SecretStore, Store, StoreConfig, Verdict,
    WipeTarget,
};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const PIN: &str = "246810";
const DURESS: &str = "135799";
const WRONG: &str = "999999";

/// Cheap Argon2 so the tests run fast; one test uses the real defaults.
fn fast() -> LockConfig {
    LockConfig {
        kdf: KdfParams::INSECURE_FOR_TESTS,
        ..LockConfig::default()
    }
}

/// As the desktop has it: the PIN also wraps the device keys.
fn fast_wrapped() -> LockConfig {
    LockConfig {
        wrap_secrets: true,
        ..fast()
    }
}

/// One device's data folder: the store, the key folder, the lock file.
struct Device {
    dir: tempfile::TempDir,
}

impl Device {
    fn new() -> Device {
        Device {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn data(&self) -> &Path {
        self.dir.path()
    }

    fn db(&self) -> PathBuf {
        self.data().join("heard.db")
    }

    fn keys(&self) -> PathBuf {
        self.data().join("keys")
    }

    fn file_secrets(&self) -> Arc<FileSecretStore> {
        Arc::new(FileSecretStore::new(self.keys()))
    }

    fn identity_file(&self) -> PathBuf {
        self.keys().join(DEVICE_IDENTITY)
    }

    /// Opens the store with `secrets` and saves one draft in it, so there is
    /// something to wipe; the database, its WAL and shared-memory files and
    /// the device key all exist afterwards.
    fn store_with_draft(&self, secrets: &dyn SecretStore) -> Store {
        let mut store = Store::open(self.db(), secrets, StoreConfig::default()).expect("store");
        store
            .create_draft(&filled_survey("en", "they took my phone"))
            .expect("draft");
        assert_eq!(store.drafts().expect("drafts").len(), 1);
        for file in store_files(&self.db()) {
            assert!(
                file.exists(),
                "{} should exist before the wipe",
                file.display()
            );
        }
        store
    }

    fn lock_text(&self) -> String {
        std::fs::read_to_string(self.data().join(LOCK_FILE)).expect("lock file")
    }

    fn write_lock(&self, bytes: &[u8]) {
        std::fs::write(self.data().join(LOCK_FILE), bytes).expect("write lock file");
    }

    /// Every file left in the data folder (the key folder included).
    fn files_left(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("read dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    walk(&path, out);
                } else {
                    out.push(path);
                }
            }
        }
        let mut out = Vec::new();
        walk(self.data(), &mut out);
        out
    }
}

fn store_files(db: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm"]
        .iter()
        .map(|suffix| {
            let mut p = db.as_os_str().to_os_string();
            p.push(suffix);
            PathBuf::from(p)
        })
        .collect()
}

fn assert_store_gone(device: &Device) {
    for file in store_files(&device.db()) {
        assert!(!file.exists(), "{} survived the wipe", file.display());
    }
    assert!(
        !device.identity_file().exists(),
        "the device identity survived the wipe"
    );
}

#[test]
fn right_pin_unlocks_and_other_scripts_digits_are_the_same_pin() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    // Arabic-Indic and Persian keyboards type other digits for the same PIN.
    assert_eq!(lock.verify("٢٤٦٨١٠").expect("verify"), Verdict::Unlocked);
    assert_eq!(lock.verify("۲۴۶۸۱۰").expect("verify"), Verdict::Unlocked);
    assert!(matches!(
        AppLock::create(device.data(), PIN, fast()),
        Err(Error::LockExists(_))
    ));
}

#[test]
fn wrong_pins_count_down_across_a_restart() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    assert_eq!(lock.attempts_left(), 10);
    assert_eq!(
        lock.verify(WRONG).expect("verify"),
        Verdict::Wrong { attempts_left: 9 }
    );
    assert_eq!(
        lock.verify("000000").expect("verify"),
        Verdict::Wrong { attempts_left: 8 }
    );
    drop(lock);

    // The app is restarted: the count comes back from the file.
    let mut lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(lock.failed_attempts(), 2);
    assert_eq!(lock.attempts_left(), 8);
    assert_eq!(
        lock.verify(WRONG).expect("verify"),
        Verdict::Wrong { attempts_left: 7 }
    );
}

#[test]
fn right_pin_resets_the_counter() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    for _ in 0..5 {
        let _ = lock.verify(WRONG).expect("verify");
    }
    assert_eq!(lock.attempts_left(), 5);
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    assert_eq!(lock.attempts_left(), 10);
    let lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(lock.failed_attempts(), 0, "the reset is on disk");
}

#[test]
fn tenth_wrong_pin_wipes_a_real_store() {
    let device = Device::new();
    let secrets = device.file_secrets();
    let store = device.store_with_draft(secrets.as_ref());
    let old_recipient = store.device_recipient();
    assert!(device.identity_file().exists());
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    for left in (1..10).rev() {
        assert_eq!(
            lock.verify(WRONG).expect("verify"),
            Verdict::Wrong {
                attempts_left: left
            }
        );
    }
    assert_eq!(lock.verify(WRONG).expect("verify"), Verdict::MustWipe);
    // Past the limit nothing is checked, not even the right PIN, and a
    // restart does not help.
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::MustWipe);
    let mut lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(lock.attempts_left(), 0);
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::MustWipe);

    lock.wipe(store, secrets.as_ref()).expect("wipe");
    assert_store_gone(&device);
    assert!(!AppLock::exists(device.data()), "the lock file is gone too");
    assert_eq!(device.files_left(), Vec::<PathBuf>::new());
    assert!(matches!(
        AppLock::open(device.data(), fast()),
        Err(Error::NoLock(_))
    ));
    // What opens next is a new, empty store with a new key.
    let store = Store::open(device.db(), secrets.as_ref(), StoreConfig::default()).expect("new");
    assert!(store.drafts().expect("drafts").is_empty());
    assert_ne!(store.device_recipient(), old_recipient);
}

#[test]
fn wipe_through_a_shared_store_handle() {
    let device = Device::new();
    let secrets = device.file_secrets();
    let mut store = device.store_with_draft(secrets.as_ref());
    let config = LockConfig {
        max_attempts: 3,
        ..fast()
    };
    let mut lock = AppLock::create(device.data(), PIN, config).expect("lock");
    assert_eq!(
        lock.verify(WRONG).expect("verify"),
        Verdict::Wrong { attempts_left: 2 }
    );
    assert_eq!(
        lock.verify(WRONG).expect("verify"),
        Verdict::Wrong { attempts_left: 1 }
    );
    assert_eq!(lock.verify(WRONG).expect("verify"), Verdict::MustWipe);
    lock.wipe(&mut store, secrets.as_ref()).expect("wipe");
    assert_store_gone(&device);
    assert!(
        store.drafts().is_err() || store.drafts().expect("drafts").is_empty(),
        "the handle no longer reaches the data"
    );
}

#[test]
fn attempt_limit_is_configurable_but_at_least_three() {
    let device = Device::new();
    for max_attempts in [0, 2, 101] {
        let config = LockConfig {
            max_attempts,
            ..fast()
        };
        assert!(matches!(
            AppLock::create(device.data(), PIN, config),
            Err(Error::LockRefused(_))
        ));
    }
    assert!(!AppLock::exists(device.data()));
    let config = LockConfig {
        max_attempts: 5,
        ..fast()
    };
    let lock = AppLock::create(device.data(), PIN, config).expect("lock");
    assert_eq!(lock.max_attempts(), 5);
    // The limit is the lock's own: reopening with other settings keeps it.
    let lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(lock.attempts_left(), 5);
}

/// With the real parameters: the attempt is on disk while the PIN is still
/// being hashed, so killing the app then still counts it.
#[test]
fn default_parameters_count_the_attempt_before_the_check() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, LockConfig::default()).expect("lock");
    assert!(
        device
            .lock_text()
            .contains("$argon2id$v=19$m=65536,t=2,p=1$"),
        "the documented parameters are stored with the hash"
    );
    let dir = device.data().to_path_buf();
    let checking = std::thread::spawn(move || {
        let verdict = lock.verify(WRONG);
        (lock, verdict, std::time::Instant::now())
    });
    let mut seen = None;
    while !checking.is_finished() {
        // A second reader, as the app after a kill would be.
        if let Ok(other) = AppLock::open(&dir, LockConfig::default())
            && other.failed_attempts() == 1
        {
            seen = Some(std::time::Instant::now());
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let (mut lock, verdict, finished) = checking.join().expect("thread");
    assert_eq!(
        verdict.expect("verify"),
        Verdict::Wrong { attempts_left: 9 }
    );
    let seen = seen.expect("the attempt was not on disk before the check ended");
    // Hashing both slots takes tens of milliseconds at least; a count written
    // after the check would show up only as it returns.
    let ahead = finished.saturating_duration_since(seen);
    assert!(
        ahead > std::time::Duration::from_millis(20),
        "the attempt reached the disk only {ahead:?} before the check ended"
    );
    let started = std::time::Instant::now();
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    assert!(
        started.elapsed() > std::time::Duration::from_millis(10),
        "64 MiB of Argon2id cannot be this fast: {:?}",
        started.elapsed()
    );
}

#[test]
fn duress_pin_wipes_and_then_unlocks_the_empty_app() {
    let device = Device::new();
    let secrets = device.file_secrets();
    let store = device.store_with_draft(secrets.as_ref());
    let old_recipient = store.device_recipient();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    assert_eq!(
        lock.set_duress_pin(PIN, DURESS).expect("duress"),
        Verdict::Unlocked
    );
    let _ = lock.verify(WRONG).expect("verify");

    assert_eq!(lock.verify(DURESS).expect("verify"), Verdict::Duress);
    lock.duress_wipe(store, secrets.as_ref())
        .expect("duress wipe");
    assert_store_gone(&device);
    assert!(AppLock::exists(device.data()), "the app still has a lock");

    // Next start: the lock still asks; the old PIN is wrong, the duress PIN
    // is now the PIN and no longer a duress PIN.
    let mut lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(lock.failed_attempts(), 0);
    assert_eq!(
        lock.verify(PIN).expect("verify"),
        Verdict::Wrong { attempts_left: 9 }
    );
    assert_eq!(lock.verify(DURESS).expect("verify"), Verdict::Unlocked);
    assert_eq!(lock.verify(DURESS).expect("verify"), Verdict::Unlocked);
    assert_eq!(lock.attempts_left(), 10);
    let store = Store::open(device.db(), secrets.as_ref(), StoreConfig::default()).expect("new");
    assert!(store.drafts().expect("drafts").is_empty());
    assert_ne!(store.device_recipient(), old_recipient);
}

#[test]
fn the_duress_slot_becomes_the_pin_only_right_after_the_duress_pin() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    // Without a duress PIN the slot holds a decoy: promoting it would lock
    // the person out for good.
    assert!(matches!(
        lock.become_empty_app(),
        Err(Error::LockRefused(_))
    ));
    assert!(matches!(
        lock.duress_wipe(device.db(), device.file_secrets().as_ref()),
        Err(Error::LockRefused(_))
    ));
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    // A cleared duress PIN is only wrong.
    assert_eq!(
        lock.set_duress_pin(PIN, DURESS).expect("set"),
        Verdict::Unlocked
    );
    assert_eq!(
        lock.clear_duress_pin(PIN).expect("clear"),
        Verdict::Unlocked
    );
    assert_eq!(
        lock.verify(DURESS).expect("verify"),
        Verdict::Wrong { attempts_left: 9 }
    );
}

#[test]
fn duress_pin_must_differ_from_the_pin() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    for same in [PIN, "٢٤٦٨١٠"] {
        assert!(matches!(
            lock.set_duress_pin(PIN, same),
            Err(Error::PinRefused(_))
        ));
    }
    assert_eq!(
        lock.set_duress_pin(PIN, DURESS).expect("set"),
        Verdict::Unlocked
    );
    // Nor may the PIN become the duress PIN.
    assert!(matches!(
        lock.change_pin(PIN, DURESS),
        Err(Error::PinRefused(_))
    ));
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    assert_eq!(lock.verify(DURESS).expect("verify"), Verdict::Duress);
}

#[test]
fn short_and_non_digit_pins_are_refused() {
    let device = Device::new();
    for bad in [
        "",
        "12345",
        "12345a",
        "123 456",
        "abcdef",
        "+123456",
        "１２３４５６",
    ] {
        let err = AppLock::create(device.data(), bad, fast()).expect_err(bad);
        assert!(matches!(err, Error::PinRefused(_)), "{bad}: {err}");
        assert!(err.to_string().contains("digit"), "{err}");
        assert!(validate_pin(bad).is_err(), "{bad}");
    }
    assert!(
        !AppLock::exists(device.data()),
        "no lock from a refused PIN"
    );
    assert!(validate_pin("123456").is_ok());
    assert!(validate_pin(&"7".repeat(64)).is_ok());
    assert!(validate_pin(&"7".repeat(65)).is_err());

    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    // A PIN that cannot be right is refused and not counted.
    assert!(matches!(lock.verify("12345"), Err(Error::PinRefused(_))));
    assert_eq!(lock.attempts_left(), 10);
    assert!(matches!(
        lock.change_pin(PIN, "1234"),
        Err(Error::PinRefused(_))
    ));
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
}

#[test]
fn damaged_lock_file_refuses_to_unlock() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    let good = device.lock_text();
    let with = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1).into_bytes()
    };
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
        ("garbage", vec![0xff, 0x00, 0x13, 0x37]),
        ("not an object", b"[]".to_vec()),
        ("no counter", with("\"failed_attempts\"", "\"failed\"")),
        (
            "negative counter",
            with("\"failed_attempts\": 0", "\"failed_attempts\": -1"),
        ),
        ("weaker algorithm", with("$argon2id$", "$argon2i$")),
        (
            "hash cut short",
            with(
                "$argon2id$v=19$m=8,t=1,p=1$",
                "$argon2id$v=19$m=8,t=1,p=1$AAAA$",
            ),
        ),
        ("absurd cost", with("m=8,t=1,p=1", "m=4000000,t=1,p=1")),
        ("unknown format", with("\"format\": 1", "\"format\": 7")),
        (
            "limit below three",
            with("\"max_attempts\": 10", "\"max_attempts\": 1"),
        ),
    ];
    for (what, bytes) in damages {
        device.write_lock(&bytes);
        let err = AppLock::open(device.data(), fast()).expect_err(what);
        assert!(matches!(err, Error::LockDamaged { .. }), "{what}: {err}");
        let message = err.to_string();
        assert!(
            message.contains("stays locked") && message.contains("erase it and start over"),
            "{what}: {message}"
        );
        // The lock opened before the damage refuses too: the file is re-read.
        assert!(
            matches!(lock.verify(PIN), Err(Error::LockDamaged { .. })),
            "{what}"
        );
    }

    // The way out: erase everything and start over.
    let secrets = device.file_secrets();
    AppLock::erase(
        device.data(),
        WipeTarget::Closed(device.db()),
        secrets.as_ref(),
    )
    .expect("erase");
    assert!(!AppLock::exists(device.data()));
    AppLock::create(device.data(), PIN, fast()).expect("a new lock");
}

#[test]
fn missing_lock_file_is_no_lock() {
    let device = Device::new();
    assert!(matches!(
        AppLock::open(device.data(), fast()),
        Err(Error::NoLock(_))
    ));
}

#[test]
fn lock_file_does_not_tell_whether_a_duress_pin_is_set() {
    let plain = Device::new();
    let with_duress = Device::new();
    let _ = AppLock::create(plain.data(), PIN, fast_wrapped()).expect("lock");
    let mut lock = AppLock::create(with_duress.data(), PIN, fast_wrapped()).expect("lock");
    assert_eq!(
        lock.set_duress_pin(PIN, DURESS).expect("set"),
        Verdict::Unlocked
    );
    let shape = |device: &Device| -> Vec<(String, usize)> {
        let value: serde_json::Value = serde_json::from_str(&device.lock_text()).expect("json");
        fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, usize)>) {
            match v {
                serde_json::Value::Object(map) => {
                    for (k, v) in map {
                        walk(&format!("{prefix}.{k}"), v, out);
                    }
                }
                serde_json::Value::String(s) => {
                    // Parameters and lengths, not the random parts.
                    let params = s.rsplitn(3, '$').nth(2).unwrap_or("").to_string();
                    out.push((format!("{prefix}={params}"), s.len()));
                }
                other => out.push((format!("{prefix}={other}"), 0)),
            }
        }
        let mut out = Vec::new();
        walk("", &value, &mut out);
        out.sort();
        out
    };
    assert_eq!(shape(&plain), shape(&with_duress));
}

#[test]
fn lock_file_is_replaced_atomically_and_private() {
    let device = Device::new();
    let mut lock = AppLock::create(device.data(), PIN, fast()).expect("lock");
    let _ = lock.verify(WRONG).expect("verify");
    let _ = lock.verify(PIN).expect("verify");
    assert_eq!(device.files_left(), vec![device.data().join(LOCK_FILE)]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(lock.path())
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn pin_wrapped_secrets_are_unreadable_on_disk_and_with_a_wrong_pin() {
    let device = Device::new();
    let inner = device.file_secrets();
    let mut lock = AppLock::create(device.data(), PIN, fast_wrapped()).expect("lock");
    assert!(lock.wraps_secrets());
    assert_eq!(lock.verify(PIN).expect("verify"), Verdict::Unlocked);
    let secrets = lock.unlock_secrets(PIN, inner.clone()).expect("unlock");
    let store = Store::open(device.db(), &secrets, StoreConfig::default()).expect("store");
    let recipient = store.device_recipient();
    drop(store);

    let secret = b"a token the server gave".to_vec();
    secrets
        .save("heard.test".into(), secret.clone())
        .expect("save");
    assert_eq!(
        secrets.load("heard.test".into()).expect("load"),
        Some(secret.clone())
    );
    let on_disk = std::fs::read(device.identity_file()).expect("identity file");
    assert!(
        !contains(&on_disk, b"AGE-SECRET-KEY"),
        "the device key is in clear"
    );
    let token_on_disk = std::fs::read(device.keys().join("heard.test")).expect("token file");
    assert!(!contains(&token_on_disk, &secret));
    // The store cannot be opened from the disk alone.
    assert!(matches!(
        Store::open(device.db(), inner.as_ref(), StoreConfig::default()),
        Err(Error::KeyStore(_))
    ));

    // A wrong PIN does not unwrap the key.
    let err = lock
        .unlock_secrets(WRONG, inner.clone())
        .expect_err("wrong");
    assert!(matches!(err, Error::WrongPin), "{err}");
    assert!(err.to_string().contains("wrong PIN"));
    // Nor does another lock's key decrypt these secrets.
    let other = Device::new();
    let other_lock = AppLock::create(other.data(), PIN, fast_wrapped()).expect("other");
    let foreign = other_lock
        .unlock_secrets(PIN, inner.clone())
        .expect("other key");
    let err = foreign
        .load(DEVICE_IDENTITY.into())
        .expect_err("another key");
    assert!(err.message.contains("cannot be decrypted"), "{err}");

    // After a restart the right PIN opens the same store key.
    let lock = AppLock::open(device.data(), fast()).expect("reopen");
    let secrets = lock.unlock_secrets(PIN, inner).expect("unlock");
    let store = Store::open(device.db(), &secrets, StoreConfig::default()).expect("store");
    assert_eq!(store.device_recipient(), recipient);
}

#[test]
fn changing_the_pin_rewraps_the_device_keys() {
    const NEW: &str = "86420864";
    let device = Device::new();
    let inner = device.file_secrets();
    let mut lock = AppLock::create(device.data(), PIN, fast_wrapped()).expect("lock");
    let secrets = lock.unlock_secrets(PIN, inner.clone()).expect("unlock");
    let recipient = Store::open(device.db(), &secrets, StoreConfig::default())
        .expect("store")
        .device_recipient();
    let before = device.lock_text();

    // A wrong current PIN changes nothing and is counted.
    assert_eq!(
        lock.change_pin(WRONG, NEW).expect("change"),
        Verdict::Wrong { attempts_left: 9 }
    );
    assert_eq!(
        lock.change_pin(PIN, NEW).expect("change"),
        Verdict::Unlocked
    );
    assert_ne!(device.lock_text(), before);

    let mut lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(
        lock.verify(PIN).expect("verify"),
        Verdict::Wrong { attempts_left: 9 }
    );
    assert!(matches!(
        lock.unlock_secrets(PIN, inner.clone()),
        Err(Error::WrongPin)
    ));
    assert_eq!(lock.verify(NEW).expect("verify"), Verdict::Unlocked);
    let secrets = lock.unlock_secrets(NEW, inner).expect("unlock");
    let store = Store::open(device.db(), &secrets, StoreConfig::default()).expect("store");
    assert_eq!(
        store.device_recipient(),
        recipient,
        "same key, new wrapping"
    );
}

#[test]
fn desktop_duress_wipes_a_closed_store_and_the_empty_app_has_its_own_key() {
    let device = Device::new();
    let inner = device.file_secrets();
    let mut lock = AppLock::create(device.data(), PIN, fast_wrapped()).expect("lock");
    let secrets = lock.unlock_secrets(PIN, inner.clone()).expect("unlock");
    let old_recipient = device.store_with_draft(&secrets).device_recipient();
    assert_eq!(
        lock.set_duress_pin(PIN, DURESS).expect("set"),
        Verdict::Unlocked
    );
    drop(lock);

    // The desktop app starts locked: its store cannot be opened yet.
    let mut lock = AppLock::open(device.data(), fast()).expect("reopen");
    assert_eq!(lock.verify(DURESS).expect("verify"), Verdict::Duress);
    assert!(
        lock.unlock_secrets(DURESS, inner.clone()).is_err(),
        "the duress PIN never opens the real keys"
    );
    lock.duress_wipe(device.db(), inner.as_ref())
        .expect("duress wipe");
    assert_store_gone(&device);

    let secrets = lock.unlock_secrets(DURESS, inner.clone()).expect("unlock");
    let store = Store::open(device.db(), &secrets, StoreConfig::default()).expect("new store");
    assert!(store.drafts().expect("drafts").is_empty());
    assert_ne!(store.device_recipient(), old_recipient);
    assert!(matches!(
        lock.unlock_secrets(PIN, inner),
        Err(Error::WrongPin)
    ));
}

#[test]
fn wrap_existing_protects_a_store_made_before_its_lock() {
    let device = Device::new();
    let inner = device.file_secrets();
    let recipient = Store::open(device.db(), inner.as_ref(), StoreConfig::default())
        .expect("plain store")
        .device_recipient();
    let lock = AppLock::create(device.data(), PIN, fast_wrapped()).expect("lock");
    let secrets = lock.unlock_secrets(PIN, inner).expect("unlock");
    // A key in clear is refused rather than trusted.
    let err = secrets.load(DEVICE_IDENTITY.into()).expect_err("clear key");
    assert!(err.message.contains("not protected by the PIN"), "{err}");

    assert_eq!(secrets.wrap_existing().expect("wrap"), 1);
    assert_eq!(secrets.wrap_existing().expect("again"), 0);
    let on_disk = std::fs::read(device.identity_file()).expect("identity file");
    assert!(!contains(&on_disk, b"AGE-SECRET-KEY"));
    let store = Store::open(device.db(), &secrets, StoreConfig::default()).expect("store");
    assert_eq!(store.device_recipient(), recipient);
}
