//! The device layer's errors: storage, the key store, enrollment, bundles and
//! sync. Engine errors (a refused answer, a questionnaire that does not load)
//! pass through unchanged in [`Error::Engine`]; driver errors keep their
//! source.

use std::path::PathBuf;

/// Everything that can go wrong on the device. Exhaustive on purpose:
/// `heard-ffi` decides in one match what a person is told for each variant,
/// and a new variant must be decided there too.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The engine refused: an invalid answer, an unloadable questionnaire,
    /// a sealing failure.
    #[error(transparent)]
    Engine(#[from] heard_engine::Error),
    /// A storage failure, with SQLite's own words.
    #[error("storage error: {0}")]
    Storage(#[source] rusqlite::Error),
    /// A stored record cannot be read back (the rest of the store is intact).
    #[error("{what} is damaged: {reason}")]
    Damaged {
        /// What was being read ("draft 3f…", "a stored bundle").
        what: String,
        /// Why it could not be decoded.
        reason: String,
    },
    /// SQLite refused a setting this store needs.
    #[error("{path} cannot be used as a store: {reason}")]
    Unsupported {
        /// The database file.
        path: PathBuf,
        /// What was refused.
        reason: String,
    },
    /// The device ran out of space.
    #[error(
        "the device storage is full: free some space and try again (everything saved before is intact)"
    )]
    StorageFull,
    /// The storage cannot be written.
    #[error("{0} cannot be written (read-only storage); everything saved before is intact")]
    ReadOnly(PathBuf),
    /// The database failed its integrity check.
    #[error("the store {} is damaged{}", path.display(), moved_to.as_ref().map(|m| format!("; it was moved aside to {} and a new, empty store will be created on the next start", m.display())).unwrap_or_default())]
    Corrupted {
        /// The database file.
        path: PathBuf,
        /// Where the damaged file was moved.
        moved_to: Option<PathBuf>,
    },
    /// The store was written by a newer version of Heard.
    #[error("the store {} was written by a newer version of Heard (schema {found}, this version reads up to {supported}): update the app; nothing was changed", path.display())]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest this code reads.
        supported: i64,
    },
    /// The platform key store failed.
    #[error("the device key store failed: {0}")]
    KeyStore(String),
    /// Nothing says whom to seal this questionnaire's submissions to.
    #[error(
        "no organization key is set for questionnaire \"{0}\": enroll this device with the organization first"
    )]
    NoRecipients(String),
    /// No questionnaire with this id is loaded.
    #[error("questionnaire \"{0}\" is not on this device")]
    UnknownQuestionnaire(String),
    /// An operation needs a response in progress.
    #[error("no response is in progress: start one first")]
    NoActiveResponse,
    /// A questionnaire bundle was refused.
    #[error("questionnaire bundle refused: {0}")]
    Bundle(String),
    /// Enrolling, or applying an organization config, failed.
    #[error("{0}")]
    Enrollment(String),
    /// The TLS client could not be set up (a build without a usable
    /// crypto provider): nothing the person can mend; report it.
    #[error("the secure connection cannot be set up ({0}): report this to the app's makers")]
    Tls(String),
    /// The server did not answer (no connection, a timeout): nothing was
    /// changed; trying again later is the remedy.
    #[error("{0}")]
    Unreachable(String),
    /// A server address that is not https (off loopback), or not a URL.
    #[error("server address refused: {0}")]
    InsecureServer(String),
    /// The HTTP client could not be built or a request could not be sent.
    #[error("cannot reach the server: {0}")]
    Http(#[from] reqwest::Error),
    /// No draft has this id.
    #[error("no draft \"{0}\" in this store")]
    UnknownDraft(String),
    /// A draft was opened with another questionnaire.
    #[error("draft \"{draft}\" belongs to questionnaire \"{expected}\", not \"{given}\"")]
    WrongQuestionnaire {
        /// The draft.
        draft: String,
        /// Its questionnaire.
        expected: String,
        /// The one given.
        given: String,
    },
    /// An earlier panic left shared state unusable; restart the app.
    #[error(
        "an earlier failure left the store unusable: close and reopen the app (everything saved is intact)"
    )]
    Poisoned,
    /// A PIN that is not 6 or more digits, a duress PIN equal to the PIN,
    /// or a new PIN that cannot be used. Nothing was changed and no attempt
    /// was counted.
    #[error("PIN refused: {0}")]
    PinRefused(String),
    /// The PIN does not open the PIN-wrapped device keys.
    #[error("wrong PIN: the device keys cannot be decrypted with it")]
    WrongPin,
    /// No app lock is set in this folder.
    #[error("no app lock is set in {}: set a PIN first", .0.display())]
    NoLock(PathBuf),
    /// An app lock is already set; it is never silently replaced.
    #[error("an app lock is already set ({}): change its PIN instead", .0.display())]
    LockExists(PathBuf),
    /// The lock file cannot be read. The app stays locked: a lock that
    /// cannot be checked never opens.
    #[error("the app lock {} is damaged ({reason}), so Heard stays locked; to use Heard again, erase it and start over (everything saved on this device is deleted)", path.display())]
    LockDamaged {
        /// The lock file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// An app lock setting out of range, or a lock operation out of order.
    #[error("app lock: {0}")]
    LockRefused(String),
    /// A file operation failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl From<crate::secret::SecretError> for Error {
    fn from(e: crate::secret::SecretError) -> Self {
        Error::KeyStore(e.message)
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
