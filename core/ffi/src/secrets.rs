//! The platform key store, implemented in Kotlin (Android Keystore) or
//! Swift (Keychain), and the Rust stores for desktops and tests.

use crate::error::CallbackError;
use std::sync::Arc;

/// Where the device keeps its secrets. See `heard_device::secret` for what
/// each platform must guarantee (not backed up, usable only while the
/// device is unlocked). Every method returns a `Result`, so a thrown
/// exception reaches the core as an error instead of a crash.
#[uniffi::export(with_foreign)]
pub trait SecretStore: Send + Sync {
    /// The secret called `name`, or `None`.
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, CallbackError>;
    /// Stores (or replaces) the secret called `name`.
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), CallbackError>;
    /// Destroys the secret called `name`; succeeds when there is none.
    fn delete(&self, name: String) -> Result<(), CallbackError>;
}

/// Secrets in memory only, gone when the process ends: for tests and
/// throwaway demos.
#[uniffi::export]
pub fn memory_secret_store() -> Arc<dyn SecretStore> {
    Arc::new(RustStore(Box::new(
        heard_device::MemorySecretStore::default(),
    )))
}

/// Secrets in files under `dir` (mode 0600): for a desktop without a key
/// store. Anyone who copies the disk can read them; protect them with the
/// app lock's PIN.
#[uniffi::export]
pub fn file_secret_store(dir: String) -> Arc<dyn SecretStore> {
    Arc::new(RustStore(Box::new(heard_device::FileSecretStore::new(dir))))
}

/// A Rust secret store offered through the foreign trait.
struct RustStore(Box<dyn heard_device::SecretStore>);

fn failed(e: heard_device::SecretError) -> CallbackError {
    CallbackError::Failed { reason: e.message }
}

impl SecretStore for RustStore {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, CallbackError> {
        self.0.load(name).map_err(failed)
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), CallbackError> {
        self.0.save(name, secret).map_err(failed)
    }
    fn delete(&self, name: String) -> Result<(), CallbackError> {
        self.0.delete(name).map_err(failed)
    }
}

/// The foreign store seen as the device layer's [`heard_device::SecretStore`].
pub(crate) struct Platform(pub Arc<dyn SecretStore>);

fn secret_error(e: CallbackError) -> heard_device::SecretError {
    heard_device::SecretError {
        message: e.to_string(),
    }
}

impl heard_device::SecretStore for Platform {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, heard_device::SecretError> {
        self.0.load(name).map_err(secret_error)
    }
    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), heard_device::SecretError> {
        self.0.save(name, secret).map_err(secret_error)
    }
    fn delete(&self, name: String) -> Result<(), heard_device::SecretError> {
        self.0.delete(name).map_err(secret_error)
    }
}
