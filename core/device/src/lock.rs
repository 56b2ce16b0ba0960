//! The app lock, shared by every platform: a PIN of 6 or more digits, a
//! failed-attempt counter that survives restarts and ends in a wipe, an
//! optional duress PIN, and on the desktop the device keys wrapped by the
//! PIN.
//!
//! # State
//!
//! Everything is in one small file, `<data dir>/lock.json`, replaced
//! atomically (temporary file, fsync, rename, fsync of the folder) on every
//! change. It holds two Argon2id PHC strings, the PIN's and the duress
//! slot's, the failed-attempt count and limit, and (desktop) the data key
//! wrapped under each PIN. The duress slot is always filled: with a random
//! decoy no PIN matches when no duress PIN is set, so the file does not say
//! whether one is; both slots are checked on every attempt, in parallel, so
//! the time taken does not say it either. For the same reason the lock
//! offers no "is a duress PIN set?" query.
//!
//! A file that cannot be read, or holds anything unexpected, is
//! [`Error::LockDamaged`]: the app stays locked and the only way on is
//! [`AppLock::erase`]. A missing file is [`Error::NoLock`].
//!
//! # Attempts
//!
//! [`AppLock::verify`] writes the incremented count to disk *before* it
//! hashes the PIN, so killing the app during a check still counts the
//! attempt; the right PIN sets it back to zero. When the count reaches the
//! limit (default 10, at least 3) the verdict is [`Verdict::MustWipe`] and
//! stays so until the caller has run [`AppLock::wipe`]: keys first, then the
//! store's files, then the lock file. The counter stops someone working the
//! lock screen; someone who can write the app's files can reset it, which is
//! why the keys are also protected on their own (hardware key store on
//! phones, [`PinWrappedSecretStore`] on the desktop).
//!
//! # Duress
//!
//! The duress PIN returns [`Verdict::Duress`]. The caller then runs
//! [`AppLock::duress_wipe`], which panic-wipes the store and rewrites the
//! lock so that the duress PIN is now the PIN of the empty app, with a fresh
//! decoy in the duress slot: the app keeps asking for a PIN, and the old PIN
//! no longer opens it.
//!
//! # Argon2id parameters
//!
//! Default ([`KdfParams::DEFAULT`]): **m = 64 MiB, t = 2, p = 1**, 32-byte
//! output, 16-byte salt; stored in each PHC string, so later versions can
//! raise them and old hashes still verify (new hashes, from a PIN change or
//! a new lock, take the new ones). Measured on the 2-core development
//! machine (Xeon, release build of argon2 0.5.3). "Both slots" is what an
//! unlock costs: the PIN's and the duress slot's hashes computed in
//! parallel; "busy" is the same machine while other builds ran (load 3–4).
//!
//! | m | t | one hash | both slots, quiet | both slots, busy |
//! |---|---|---|---|---|
//! | 19 MiB (OWASP minimum) | 2 | 25–29 ms | 24 ms | 37–66 ms |
//! | 46 MiB (OWASP) | 1 | 39–46 ms | 47 ms | 108–145 ms |
//! | 64 MiB | 1 | 65–75 ms | | 131–189 ms |
//! | **64 MiB** | **2** | **90–101 ms** | **110 ms** | **236–371 ms** |
//! | 64 MiB | 3 | 134–138 ms | | 327–490 ms |
//!
//! Phones are about 2–4 times slower and have more cores, so an unlock
//! costs about 0.2–0.45 s there, inside a 0.3–0.5 s budget, with a peak of
//! 128 MiB while both slots are checked; t = 3 would pass the budget. If
//! the slowest phones in the field take much longer, m = 64 MiB, t = 1 is
//! the next step down (hashes made before keep their own parameters). This
//! is over three times the OWASP minimum's work, yet a 6-digit PIN stays within
//! reach of an offline search by someone who has copied the lock file (10⁶
//! guesses of about 0.1 s each is about 28 core-hours): the lock stops
//! people at the screen, and longer PINs are what hold against a copied
//! disk. On the desktop, [`AppLock::unlock_secrets`] derives one more key
//! from the PIN (another hash with its own salt) after the unlock.
//!
//! Comparison is argon2's `PasswordVerifier`, whose final comparison of
//! hashes is constant-time (`subtle`); two typed PINs are compared with
//! `subtle` too.

mod kdf;
mod pin;
mod wipe;
mod wrap;

pub use kdf::KdfParams;
pub use pin::{MAX_PIN_DIGITS, MIN_PIN_DIGITS, validate_pin};
pub use wipe::WipeTarget;
pub use wrap::PinWrappedSecretStore;

use crate::error::{Error, Result};
use crate::secret::SecretStore;
use pin::Pin;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use wrap::WrappedKey;

/// The lock file's name in the app's data folder.
pub const LOCK_FILE: &str = "lock.json";

/// Failed attempts allowed before the wipe, unless configured otherwise.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 10;

/// The fewest failed attempts a lock may allow: fewer would wipe a store
/// over a typo or two.
pub const MIN_MAX_ATTEMPTS: u32 = 3;

/// The most failed attempts a lock may allow: more is no limit.
pub const MAX_MAX_ATTEMPTS: u32 = 100;

const FORMAT: u32 = 1;

/// Settings of an app lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockConfig {
    /// Argon2id parameters for every hash and key made from now on.
    pub kdf: KdfParams,
    /// Failed attempts before the wipe ([`MIN_MAX_ATTEMPTS`] to
    /// [`MAX_MAX_ATTEMPTS`]). Fixed when the lock is created: it is kept in
    /// the lock file.
    pub max_attempts: u32,
    /// Whether the PIN also wraps the device keys ([`AppLock::unlock_secrets`]).
    /// The desktop needs it; phones, whose keys are in the hardware key store,
    /// leave it off. Fixed when the lock is created.
    pub wrap_secrets: bool,
}

impl Default for LockConfig {
    fn default() -> Self {
        LockConfig {
            kdf: KdfParams::DEFAULT,
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            wrap_secrets: false,
        }
    }
}

impl LockConfig {
    fn check(&self) -> Result<()> {
        if !(MIN_MAX_ATTEMPTS..=MAX_MAX_ATTEMPTS).contains(&self.max_attempts) {
            return Err(Error::LockRefused(format!(
                "the number of attempts before the wipe must be between {MIN_MAX_ATTEMPTS} and {MAX_MAX_ATTEMPTS}, not {}",
                self.max_attempts
            )));
        }
        Ok(())
    }
}

/// What a PIN entry means.
#[must_use]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The PIN: open the app. The counter is back to zero.
    Unlocked,
    /// The duress PIN: run [`AppLock::duress_wipe`], then show the empty app
    /// exactly as after a normal unlock.
    Duress,
    /// Neither; this many attempts are left before the wipe.
    Wrong {
        /// Attempts left (at least 1).
        attempts_left: u32,
    },
    /// The limit is reached: run [`AppLock::wipe`] now. Nothing was checked;
    /// every later attempt says the same until the wipe is done.
    MustWipe,
}

/// The lock file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFile {
    format: u32,
    max_attempts: u32,
    failed_attempts: u32,
    pin: String,
    duress: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wrap: Option<WrapSlots>,
}

/// The data key wrapped under the PIN, and the duress slot's own (a fresh
/// key for the empty app, or a decoy).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WrapSlots {
    pin: WrappedKey,
    duress: WrappedKey,
}

impl LockFile {
    fn check(&self) -> std::result::Result<(), String> {
        if self.format != FORMAT {
            return Err(format!("unknown format {}", self.format));
        }
        if !(MIN_MAX_ATTEMPTS..=MAX_MAX_ATTEMPTS).contains(&self.max_attempts) {
            return Err(format!("attempt limit {} out of range", self.max_attempts));
        }
        kdf::check_phc(&self.pin, true)?;
        kdf::check_phc(&self.duress, true)?;
        if let Some(wrap) = &self.wrap {
            wrap.pin.check()?;
            wrap.duress.check()?;
        }
        Ok(())
    }
}

/// An app lock over one data folder.
pub struct AppLock {
    dir: PathBuf,
    path: PathBuf,
    config: LockConfig,
    state: LockFile,
    /// Set when [`Self::verify`] returned [`Verdict::Duress`]: only then may
    /// the duress slot become the PIN (doing it otherwise could promote a
    /// decoy and lock the person out for good).
    duress_entered: bool,
}

/// Shows the file and the counter, never a hash or a wrapped key (this may
/// end up in a log).
impl std::fmt::Debug for AppLock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppLock")
            .field("path", &self.path)
            .field("failed_attempts", &self.state.failed_attempts)
            .field("max_attempts", &self.state.max_attempts)
            .finish_non_exhaustive()
    }
}

impl AppLock {
    /// The lock file of data folder `dir`.
    pub fn path_in(dir: &Path) -> PathBuf {
        dir.join(LOCK_FILE)
    }

    /// Whether a lock is set in `dir` (a damaged lock file counts as set).
    pub fn exists(dir: &Path) -> bool {
        Self::path_in(dir).exists()
    }

    /// Sets the first PIN of data folder `dir` (created if missing). Refuses
    /// if a lock is already set there, or if `pin` is not 6 or more digits.
    pub fn create(dir: &Path, pin: &str, config: LockConfig) -> Result<AppLock> {
        config.check()?;
        let pin = Pin::parse(pin)?;
        let path = Self::path_in(dir);
        if path.exists() {
            return Err(Error::LockExists(path));
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
        let wrap = if config.wrap_secrets {
            Some(WrapSlots {
                pin: WrappedKey::new(&pin, config.kdf)?,
                duress: WrappedKey::decoy(config.kdf)?,
            })
        } else {
            None
        };
        let state = LockFile {
            format: FORMAT,
            max_attempts: config.max_attempts,
            failed_attempts: 0,
            pin: kdf::hash_pin(&pin, config.kdf)?,
            duress: kdf::decoy_hash(config.kdf)?,
            wrap,
        };
        write_atomically(&path, &state)?;
        Ok(AppLock {
            dir: dir.to_path_buf(),
            path,
            config,
            state,
            duress_entered: false,
        })
    }

    /// Opens the lock of data folder `dir`. `config.kdf` applies to hashes
    /// made from now on; the attempt limit and key wrapping are the ones the
    /// lock was created with.
    pub fn open(dir: &Path, config: LockConfig) -> Result<AppLock> {
        let path = Self::path_in(dir);
        let state = read(&path)?;
        Ok(AppLock {
            dir: dir.to_path_buf(),
            path,
            config,
            state,
            duress_entered: false,
        })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Attempts left before the wipe, as of the last read of the lock file.
    pub fn attempts_left(&self) -> u32 {
        self.state
            .max_attempts
            .saturating_sub(self.state.failed_attempts)
    }

    /// Failed attempts since the last right PIN.
    pub fn failed_attempts(&self) -> u32 {
        self.state.failed_attempts
    }

    /// The attempt limit this lock was created with.
    pub fn max_attempts(&self) -> u32 {
        self.state.max_attempts
    }

    /// Whether this lock wraps the device keys ([`Self::unlock_secrets`]).
    pub fn wraps_secrets(&self) -> bool {
        self.state.wrap.is_some()
    }

    /// Checks a PIN entry. The attempt is counted on disk before the PIN is
    /// checked and uncounted only if it is the PIN. A PIN that is not 6 or
    /// more digits is refused with [`Error::PinRefused`] and not counted (it
    /// cannot be right).
    pub fn verify(&mut self, pin: &str) -> Result<Verdict> {
        let pin = Pin::parse(pin)?;
        self.verify_parsed(&pin)
    }

    fn verify_parsed(&mut self, pin: &Pin) -> Result<Verdict> {
        // Re-read: the file, not this value, is the truth, and a file damaged
        // since it was opened must stop the unlock too.
        self.duress_entered = false;
        let mut state = read(&self.path)?;
        if state.failed_attempts >= state.max_attempts {
            self.state = state;
            return Ok(Verdict::MustWipe);
        }
        state.failed_attempts += 1;
        write_atomically(&self.path, &state)?;
        self.state = state;
        let (is_pin, is_duress) = self.check_both(pin)?;
        if is_pin {
            self.state.failed_attempts = 0;
            write_atomically(&self.path, &self.state)?;
            return Ok(Verdict::Unlocked);
        }
        if is_duress {
            self.duress_entered = true;
            return Ok(Verdict::Duress);
        }
        Ok(match self.attempts_left() {
            0 => Verdict::MustWipe,
            attempts_left => Verdict::Wrong { attempts_left },
        })
    }

    /// Whether `pin` is the PIN, and whether it is the duress PIN: both are
    /// always computed, side by side, so the time says nothing.
    fn check_both(&self, pin: &Pin) -> Result<(bool, bool)> {
        let damaged = |reason: String| Error::LockDamaged {
            path: self.path.clone(),
            reason,
        };
        let (main, duress) = std::thread::scope(|scope| {
            let duress = scope.spawn(|| kdf::matches(&self.state.duress, pin));
            let main = kdf::matches(&self.state.pin, pin);
            (main, duress.join())
        });
        let duress = duress.map_err(|_| damaged("checking the PIN failed".into()))?;
        Ok((main.map_err(damaged)?, duress.map_err(damaged)?))
    }

    /// Changes the PIN. `current` goes through [`Self::verify`] first (and is
    /// counted like any attempt); unless the verdict is
    /// [`Verdict::Unlocked`], nothing changes and the verdict is returned
    /// for the caller to act on as at the lock screen. `new` must be 6 or
    /// more digits and not the duress PIN. On the desktop the data key is
    /// re-wrapped under `new` in the same write.
    pub fn change_pin(&mut self, current: &str, new: &str) -> Result<Verdict> {
        let current = Pin::parse(current)?;
        let new = Pin::parse(new)?;
        let verdict = self.verify_parsed(&current)?;
        if verdict != Verdict::Unlocked {
            return Ok(verdict);
        }
        if kdf::matches(&self.state.duress, &new).map_err(|reason| Error::LockDamaged {
            path: self.path.clone(),
            reason,
        })? {
            // Said without naming the duress PIN: the person holding the
            // unlocked phone may not be its owner.
            return Err(Error::PinRefused(
                "this PIN cannot be used: choose another".into(),
            ));
        }
        let mut state = self.state.clone();
        state.pin = kdf::hash_pin(&new, self.config.kdf)?;
        if let Some(wrap) = &mut state.wrap {
            let data_key = wrap.pin.unwrap(&current)?;
            wrap.pin = WrappedKey::wrap(&data_key, &new, self.config.kdf)?;
        }
        write_atomically(&self.path, &state)?;
        self.state = state;
        Ok(Verdict::Unlocked)
    }

    /// Sets (or replaces) the duress PIN. `pin` is checked as by
    /// [`Self::change_pin`]; `duress` must be 6 or more digits and differ
    /// from `pin`.
    pub fn set_duress_pin(&mut self, pin: &str, duress: &str) -> Result<Verdict> {
        let pin = Pin::parse(pin)?;
        let duress = Pin::parse(duress)?;
        if pin.same_as(&duress) {
            return Err(Error::PinRefused(
                "the duress PIN must differ from the PIN".into(),
            ));
        }
        let verdict = self.verify_parsed(&pin)?;
        if verdict != Verdict::Unlocked {
            return Ok(verdict);
        }
        let mut state = self.state.clone();
        state.duress = kdf::hash_pin(&duress, self.config.kdf)?;
        if let Some(wrap) = &mut state.wrap {
            // A key of its own for the empty app the duress PIN will open.
            wrap.duress = WrappedKey::new(&duress, self.config.kdf)?;
        }
        write_atomically(&self.path, &state)?;
        self.state = state;
        Ok(Verdict::Unlocked)
    }

    /// Removes the duress PIN (its slot gets a decoy). `pin` is checked as
    /// by [`Self::change_pin`].
    pub fn clear_duress_pin(&mut self, pin: &str) -> Result<Verdict> {
        let pin = Pin::parse(pin)?;
        let verdict = self.verify_parsed(&pin)?;
        if verdict != Verdict::Unlocked {
            return Ok(verdict);
        }
        let mut state = self.state.clone();
        state.duress = kdf::decoy_hash(self.config.kdf)?;
        if let Some(wrap) = &mut state.wrap {
            wrap.duress = WrappedKey::decoy(self.config.kdf)?;
        }
        write_atomically(&self.path, &state)?;
        self.state = state;
        Ok(Verdict::Unlocked)
    }

    /// After [`Verdict::Duress`]: panic-wipes `store` (keys first, then
    /// files), then [`Self::become_empty_app`]. In that order, so an
    /// interruption can leave the old lock over a wiped store (the duress
    /// PIN wipes again next time) but never the new lock over the data.
    pub fn duress_wipe<'a>(
        &mut self,
        store: impl Into<WipeTarget<'a>>,
        secrets: &dyn SecretStore,
    ) -> Result<()> {
        if !self.duress_entered {
            return Err(Error::LockRefused(
                "the duress PIN was not just entered: nothing was wiped".into(),
            ));
        }
        wipe::wipe_store(store.into(), secrets)?;
        self.become_empty_app()
    }

    /// After a duress wipe: rewrites the lock so the duress PIN is the PIN
    /// of the now-empty app and no duress PIN is set (the slot gets a
    /// decoy), with the counter at zero. The app keeps asking for a PIN, as
    /// before the wipe; the old PIN no longer opens it. Only allowed right
    /// after [`Self::verify`] returned [`Verdict::Duress`].
    pub fn become_empty_app(&mut self) -> Result<()> {
        if !self.duress_entered {
            return Err(Error::LockRefused(
                "the duress PIN was not just entered: the lock was not changed".into(),
            ));
        }
        let mut state = read(&self.path)?;
        state.pin = std::mem::replace(&mut state.duress, kdf::decoy_hash(self.config.kdf)?);
        state.failed_attempts = 0;
        if let Some(wrap) = &mut state.wrap {
            wrap.pin = std::mem::replace(&mut wrap.duress, WrappedKey::decoy(self.config.kdf)?);
        }
        write_atomically(&self.path, &state)?;
        self.state = state;
        self.duress_entered = false;
        Ok(())
    }

    /// After [`Verdict::MustWipe`] (or whenever the person asks): destroys
    /// the store's keys, then its files, then the lock file. The next start
    /// finds no lock and no store, as on a new install.
    pub fn wipe<'a>(
        self,
        store: impl Into<WipeTarget<'a>>,
        secrets: &dyn SecretStore,
    ) -> Result<()> {
        Self::erase(&self.dir, store, secrets)
    }

    /// [`Self::wipe`] without an open lock: the way out of
    /// [`Error::LockDamaged`] ("erase and start over").
    pub fn erase<'a>(
        dir: &Path,
        store: impl Into<WipeTarget<'a>>,
        secrets: &dyn SecretStore,
    ) -> Result<()> {
        wipe::wipe_store(store.into(), secrets)?;
        let path = Self::path_in(dir);
        // Last, so an interrupted wipe is redone: the lock still says
        // MustWipe. Overwritten because its hash could reveal a PIN the
        // person also uses elsewhere.
        wipe::remove_overwritten(&tmp_path(&path))?;
        wipe::remove_overwritten(&path)?;
        sync_dir(&path)
    }

    /// On the desktop, after [`Verdict::Unlocked`] with the same PIN: the key
    /// store that encrypts secrets with the data key the PIN unwraps, over
    /// `inner` (a [`crate::FileSecretStore`]). [`Error::WrongPin`] if the
    /// PIN does not unwrap it. Not counted as an attempt: call it only after
    /// `verify`.
    pub fn unlock_secrets(
        &self,
        pin: &str,
        inner: Arc<dyn SecretStore>,
    ) -> Result<PinWrappedSecretStore> {
        let pin = Pin::parse(pin)?;
        let wrap = self.state.wrap.as_ref().ok_or_else(|| {
            Error::LockRefused(
                "this lock does not wrap the device keys (it was created without wrap_secrets)"
                    .into(),
            )
        })?;
        let key = wrap.pin.unwrap(&pin)?;
        Ok(PinWrappedSecretStore::new(inner, key))
    }
}

fn tmp_path(path: &Path) -> PathBuf {
    path.with_extension("json.tmp")
}

fn read(path: &Path) -> Result<LockFile> {
    let damaged = |reason: String| Error::LockDamaged {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NoLock(
                path.parent().unwrap_or(Path::new("")).to_path_buf(),
            ));
        }
        Err(e) => {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source: e,
            });
        }
    };
    let state: LockFile = serde_json::from_slice(&bytes)
        .map_err(|e| damaged(format!("it is not a lock file: {e}")))?;
    state.check().map_err(damaged)?;
    Ok(state)
}

/// Replaces `path` so that a crash leaves the old file or the new one,
/// never a mix, and the new one is on disk when this returns.
fn write_atomically(path: &Path, state: &LockFile) -> Result<()> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| Error::Io { path: p, source: e }
    };
    let json = serde_json::to_vec_pretty(state).map_err(|e| Error::Damaged {
        what: "the lock being saved".into(),
        reason: e.to_string(),
    })?;
    let tmp = tmp_path(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp).map_err(io(&tmp))?;
    file.write_all(&json)
        .and_then(|()| file.sync_all())
        .map_err(io(&tmp))?;
    drop(file);
    std::fs::rename(&tmp, path).map_err(io(path))?;
    sync_dir(path)
}

/// Makes a rename or removal in `path`'s folder durable.
fn sync_dir(path: &Path) -> Result<()> {
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| Error::Io {
                path: dir.to_path_buf(),
                source: e,
            })?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
