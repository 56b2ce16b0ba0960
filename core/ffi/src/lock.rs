//! The app lock's calls: set a PIN, lock, unlock, change the PIN, the
//! duress PIN. What each verdict does is decided here, once, for every
//! screen: a duress PIN wipes and then opens the empty app exactly as the
//! right PIN opens the real one; the last wrong PIN erases everything and
//! the app starts again as newly installed. See `heard_device::lock` for
//! the lock file, the attempt counter and the Argon2id parameters.

use crate::app::{HeardApp, Session, State};
use crate::error::{ApiError, Result};
use heard_device::{AppLock, Verdict, WipeTarget};
use std::sync::Arc;

/// Where the app lock is.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum LockStatus {
    /// No PIN is set: the app is open.
    NoPin,
    /// A PIN is set and was entered: the app is open.
    Unlocked,
    /// A PIN is set and must be entered; the store is closed.
    Locked {
        /// Wrong PINs left before everything is erased.
        attempts_left: u32,
    },
    /// The lock file cannot be read: the app stays locked; the only way on
    /// is `panic_wipe` (erase everything and start over).
    Damaged {
        /// What is wrong, to show.
        reason: String,
    },
    /// Everything was wiped: close and reopen the app.
    Wiped,
}

/// What a PIN entry did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum UnlockOutcome {
    /// The app is open. (After the duress PIN too: then it is empty, and
    /// nothing tells the two apart.)
    Unlocked,
    /// Not the PIN.
    WrongPin {
        /// Wrong PINs left before everything is erased (at least 1).
        attempts_left: u32,
    },
    /// That was the last attempt: everything on this device was erased and
    /// the app is open again as newly installed, with no PIN.
    Erased,
}

/// A lock operation that first checks the current PIN.
enum Checked<'a> {
    Unlock,
    Verify,
    Change(&'a str),
    SetDuress(&'a str),
    ClearDuress,
}

impl HeardApp {
    /// Runs `check` on the lock (counted as an attempt) and acts on its
    /// verdict. Always leaves a state behind: the lock when the PIN was
    /// wrong or the check failed, a session when it opened, a fresh app
    /// after an erase.
    fn act(&self, pin: &str, check: Checked<'_>) -> Result<UnlockOutcome> {
        let mut state = self.lock()?;
        let previous = std::mem::replace(&mut *state, State::Wiped);
        let (next, outcome) = match previous {
            State::Locked(lock) => match check {
                Checked::Unlock => self.verdict_while_locked(lock, pin),
                _ => (State::Locked(lock), Err(ApiError::Locked)),
            },
            State::Open(session) if session.lock.is_none() => (
                State::Open(session),
                match check {
                    Checked::Unlock => Ok(UnlockOutcome::Unlocked),
                    Checked::Verify => {
                        Err(ApiError::InvalidPin("no PIN is set: set one first".into()))
                    }
                    _ => Err(ApiError::InvalidPin("no PIN is set: set one first".into())),
                },
            ),
            State::Open(session) => match check {
                // Already open: nothing to check.
                Checked::Unlock => (State::Open(session), Ok(UnlockOutcome::Unlocked)),
                change => self.verdict_while_open(session, pin, change),
            },
            State::Damaged(reason) => (
                State::Damaged(reason.clone()),
                Err(ApiError::LockDamaged(reason)),
            ),
            State::Wiped => (State::Wiped, Err(ApiError::Wiped)),
        };
        *state = next;
        outcome
    }

    fn verdict_while_locked(
        &self,
        mut lock: Box<AppLock>,
        pin: &str,
    ) -> (State, Result<UnlockOutcome>) {
        let verdict = match lock.verify(pin) {
            Ok(v) => v,
            Err(e) => return (State::Locked(lock), Err(e.into())),
        };
        match verdict {
            Verdict::Unlocked => self.unlocked(lock, pin),
            Verdict::Wrong { attempts_left } => (
                State::Locked(lock),
                Ok(UnlockOutcome::WrongPin { attempts_left }),
            ),
            Verdict::Duress => match lock.duress_wipe(self.store_path(), &*self.platform) {
                // The duress PIN now opens the empty app.
                Ok(()) => self.unlocked(lock, pin),
                Err(e) => (State::Locked(lock), Err(e.into())),
            },
            Verdict::MustWipe => {
                let erased = lock.wipe(self.store_path(), &*self.platform);
                self.after_erase(erased)
            }
        }
    }

    fn verdict_while_open(
        &self,
        mut session: Box<Session>,
        pin: &str,
        check: Checked<'_>,
    ) -> (State, Result<UnlockOutcome>) {
        let Some(lock) = session.lock.as_mut() else {
            return (State::Open(session), Ok(UnlockOutcome::Unlocked));
        };
        let verdict = match check {
            Checked::Change(new) => lock.change_pin(pin, new),
            Checked::SetDuress(duress) => lock.set_duress_pin(pin, duress),
            Checked::ClearDuress => lock.clear_duress_pin(pin),
            Checked::Verify => lock.verify(pin),
            Checked::Unlock => Ok(Verdict::Unlocked),
        };
        let verdict = match verdict {
            Ok(v) => v,
            Err(e) => return (State::Open(session), Err(e.into())),
        };
        match verdict {
            // On the desktop a PIN change re-wraps the same data key, so the
            // open store keeps the key it has.
            Verdict::Unlocked => (State::Open(session), Ok(UnlockOutcome::Unlocked)),
            Verdict::Wrong { attempts_left } => (
                State::Open(session),
                Ok(UnlockOutcome::WrongPin { attempts_left }),
            ),
            Verdict::Duress => {
                // The duress PIN typed as the "current PIN" of a settings
                // screen does what it does on the lock screen.
                let Some(mut lock) = session.lock.take() else {
                    return (State::Wiped, Err(ApiError::Wiped));
                };
                let store = session.collector.shared_store();
                drop(session);
                let wiped = {
                    let mut guard = store
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    lock.duress_wipe(WipeTarget::Shared(&mut guard), &*self.platform)
                };
                match wiped {
                    Ok(()) => self.unlocked(lock, pin),
                    Err(e) => (State::Wiped, Err(e.into())),
                }
            }
            Verdict::MustWipe => {
                let Some(lock) = session.lock.take() else {
                    return (State::Wiped, Err(ApiError::Wiped));
                };
                let store = session.collector.shared_store();
                drop(session);
                let mut guard = store
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let erased = lock.wipe(WipeTarget::Shared(&mut guard), &*self.platform);
                drop(guard);
                self.after_erase(erased)
            }
        }
    }

    /// Opens the store after the right PIN: on the desktop through the
    /// key the PIN unwraps.
    fn unlocked(&self, lock: Box<AppLock>, pin: &str) -> (State, Result<UnlockOutcome>) {
        let secrets: Arc<dyn heard_device::SecretStore> = if lock.wraps_secrets() {
            match lock.unlock_secrets(pin, self.platform.clone()) {
                Ok(wrapped) => Arc::new(wrapped),
                Err(e) => return (State::Locked(lock), Err(e.into())),
            }
        } else {
            self.platform.clone()
        };
        match self.open_session(secrets, None) {
            Ok(mut session) => {
                session.lock = Some(lock);
                (State::Open(Box::new(session)), Ok(UnlockOutcome::Unlocked))
            }
            Err(e) => (State::Locked(lock), Err(e)),
        }
    }

    /// After the last wrong PIN's erase: a new install's app, or wiped when
    /// the erase itself failed (it is redone at the next open, as the lock
    /// file still says so).
    fn after_erase(&self, erased: heard_device::Result<()>) -> (State, Result<UnlockOutcome>) {
        if let Err(e) = erased {
            return (State::Wiped, Err(e.into()));
        }
        match self.open_session(self.platform.clone(), None) {
            Ok(session) => (State::Open(Box::new(session)), Ok(UnlockOutcome::Erased)),
            Err(e) => (State::Wiped, Err(e)),
        }
    }
}

#[uniffi::export]
impl HeardApp {
    /// Where the app lock is.
    pub fn lock_status(&self) -> Result<LockStatus> {
        Ok(match &*self.lock()? {
            State::Open(s) if s.lock.is_some() => LockStatus::Unlocked,
            State::Open(_) => LockStatus::NoPin,
            State::Locked(lock) => LockStatus::Locked {
                attempts_left: lock.attempts_left(),
            },
            State::Damaged(reason) => LockStatus::Damaged {
                reason: reason.clone(),
            },
            State::Wiped => LockStatus::Wiped,
        })
    }

    /// Sets the app's PIN (6 or more digits). From the next `lock_now` or
    /// start, the app opens only with it. On the desktop
    /// (`wrap_secrets_with_pin`) the device keys are encrypted with it at
    /// once.
    pub fn set_pin(&self, pin: String) -> Result<()> {
        let mut state = self.lock()?;
        let session = match &mut *state {
            State::Open(session) => session,
            State::Locked(_) => return Err(ApiError::Locked),
            State::Damaged(reason) => return Err(ApiError::LockDamaged(reason.clone())),
            State::Wiped => return Err(ApiError::Wiped),
        };
        if session.lock.is_some() {
            return Err(ApiError::InvalidPin(
                "a PIN is already set: change it instead".into(),
            ));
        }
        let lock = AppLock::create(&self.dir, &pin, self.lock_config())?;
        let wrapped = if lock.wraps_secrets() {
            match lock.unlock_secrets(&pin, self.platform.clone()) {
                Ok(wrapped) => Some(wrapped),
                Err(e) => {
                    // Nothing is wrapped yet: no lock is better than a lock
                    // whose key never opened.
                    let _ = std::fs::remove_file(lock.path());
                    return Err(e.into());
                }
            }
        } else {
            None
        };
        session.lock = Some(Box::new(lock));
        if let Some(wrapped) = wrapped {
            let wrapped = Arc::new(wrapped);
            session.secrets = wrapped.clone();
            // From here on the lock is set: a failure leaves the keys it
            // did not reach in clear, and the error says so.
            wrapped.wrap_existing()?;
        }
        Ok(())
    }

    /// Locks the app now (the store is closed until the PIN is entered).
    /// A sync in progress finishes first.
    pub fn lock_now(&self) -> Result<()> {
        let mut state = self.lock()?;
        let previous = std::mem::replace(&mut *state, State::Wiped);
        let (next, result) = match previous {
            State::Open(mut session) => match session.lock.take() {
                Some(lock) => {
                    drop(session);
                    (State::Locked(lock), Ok(()))
                }
                None => (
                    State::Open(session),
                    Err(ApiError::InvalidPin("no PIN is set: set one first".into())),
                ),
            },
            other => (other, Ok(())),
        };
        *state = next;
        result
    }

    /// Enters the PIN on the lock screen.
    pub fn unlock(&self, pin: String) -> Result<UnlockOutcome> {
        self.act(&pin, Checked::Unlock)
    }

    /// Checks the PIN while the app is open, as leaving kiosk mode asks:
    /// it counts as an attempt, exactly as on the lock screen (the last
    /// wrong one erases everything, the duress PIN wipes).
    pub fn check_pin(&self, pin: String) -> Result<UnlockOutcome> {
        self.act(&pin, Checked::Verify)
    }

    /// Changes the PIN; `current` counts as an attempt, as on the lock
    /// screen.
    pub fn change_pin(&self, current: String, new: String) -> Result<UnlockOutcome> {
        self.act(&current, Checked::Change(&new))
    }

    /// Sets (or replaces) the duress PIN: entering it on the lock screen
    /// erases everything and opens an empty app that looks as if just
    /// installed and locked with that PIN.
    pub fn set_duress_pin(&self, pin: String, duress: String) -> Result<UnlockOutcome> {
        self.act(&pin, Checked::SetDuress(&duress))
    }

    /// Removes the duress PIN.
    pub fn clear_duress_pin(&self, pin: String) -> Result<UnlockOutcome> {
        self.act(&pin, Checked::ClearDuress)
    }
}
