//! Where the device key lives: the platform's key store, reached through a
//! callback interface the apps implement.
//!
//! # Contract for the platforms
//!
//! The core asks for one secret, [`DEVICE_IDENTITY`]: the device's age
//! X25519 identity that encrypts drafts and listening-session notes at rest.
//! It must never leave the device nor be backed up:
//!
//! - **Android**: wrap the bytes with a non-exportable AES-GCM key in the
//!   Android Keystore (`setUserAuthenticationRequired` is not needed, but
//!   `setUnlockedDeviceRequired(true)` is: the key is usable only while the
//!   device is unlocked); store the wrapped bytes in app-private storage
//!   excluded from backup (`android:allowBackup="false"` or a
//!   `data-extraction-rules` exclusion).
//! - **iOS**: a Keychain generic-password item with
//!   `kSecAttrAccessibleWhenUnlockedThisDeviceOnly` (never synced to iCloud,
//!   not in backups restored to another device).
//!
//! `load` returns `None` when nothing is stored; `delete` of a missing secret
//! succeeds. Panic wipe calls `delete` first, before any file is removed.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

/// The name of the device identity secret.
pub const DEVICE_IDENTITY: &str = "heard.device-identity";

/// The enrollment group's signing key (from the QR code).
pub const GROUP_KEY: &str = "heard.group-key";

/// The device's bearer token for the server.
pub const DEVICE_TOKEN: &str = "heard.device-token";

/// A failure of the platform key store, in its own words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SecretError {
    /// What went wrong.
    pub message: String,
}

/// The platform key store (Android Keystore, iOS Keychain), implemented by
/// the app. Arguments are owned so the trait can cross the FFI boundary.
pub trait SecretStore: Send + Sync {
    /// The secret called `name`, or `None`.
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, SecretError>;
    /// Stores (or replaces) the secret called `name`.
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), SecretError>;
    /// Destroys the secret called `name`; succeeds if there is none.
    fn delete(&self, name: String) -> Result<(), SecretError>;
}

/// Secrets in memory only: for tests and throwaway demos.
#[derive(Default)]
pub struct MemorySecretStore {
    secrets: Mutex<HashMap<String, Vec<u8>>>,
}

impl MemorySecretStore {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, HashMap<String, Vec<u8>>>, SecretError> {
        self.secrets.lock().map_err(|_| SecretError {
            message: "the in-memory key store was poisoned by a panic".into(),
        })
    }
}

impl SecretStore for MemorySecretStore {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, SecretError> {
        Ok(self.lock()?.get(&name).cloned())
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), SecretError> {
        self.lock()?.insert(name, secret);
        Ok(())
    }
    fn delete(&self, name: String) -> Result<(), SecretError> {
        if let Some(mut old) = self.lock()?.remove(&name) {
            zeroize::Zeroize::zeroize(&mut old);
        }
        Ok(())
    }
}

/// Secrets as files with mode 0600 in a folder: for the desktop app, the
/// demo and tests. It offers none of a hardware key store's protection.
pub struct FileSecretStore {
    dir: PathBuf,
}

impl FileSecretStore {
    /// Keeps secrets in `dir` (created if missing).
    pub fn new(dir: impl Into<PathBuf>) -> FileSecretStore {
        FileSecretStore { dir: dir.into() }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

fn io_error(what: &str, e: std::io::Error) -> SecretError {
    SecretError {
        message: format!("{what}: {e}"),
    }
}

impl SecretStore for FileSecretStore {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, SecretError> {
        match std::fs::read(self.path(&name)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(
                &format!("cannot read {}", self.path(&name).display()),
                e,
            )),
        }
    }

    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), SecretError> {
        use std::io::Write;
        std::fs::create_dir_all(&self.dir)
            .map_err(|e| io_error(&format!("cannot create {}", self.dir.display()), e))?;
        let path = self.path(&name);
        let tmp = path.with_extension("tmp");
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options
            .open(&tmp)
            .map_err(|e| io_error(&format!("cannot write {}", tmp.display()), e))?;
        file.write_all(&secret)
            .and_then(|()| file.sync_all())
            .map_err(|e| io_error(&format!("cannot write {}", tmp.display()), e))?;
        std::fs::rename(&tmp, &path)
            .map_err(|e| io_error(&format!("cannot write {}", path.display()), e))
    }

    fn delete(&self, name: String) -> Result<(), SecretError> {
        let path = self.path(&name);
        // Overwrite before unlinking: a best effort on flash storage.
        if let Ok(len) = std::fs::metadata(&path).map(|m| m.len()) {
            let _ = std::fs::write(&path, vec![0u8; len as usize]);
        }
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_error(&format!("cannot delete {}", path.display()), e)),
        }
    }
}
