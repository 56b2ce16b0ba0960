//! Heard on a device: the encrypted offline store (drafts, outbox,
//! listening-session notes), the collector and kiosk mode, enrollment from a
//! QR code, signed questionnaire bundles, sync with the server, and app lock.
//!
//! Built on [`heard_engine`], which does the questionnaire work; this crate
//! adds what needs SQLite, the platform key store and the network. The apps
//! reach it through `heard-ffi`; the CLI's demo and tests use it directly.

#![forbid(unsafe_code)]

mod collector;
pub mod enroll;
mod error;
mod http;
pub mod lock;
pub mod secret;
mod server_url;
mod store;
pub mod sync;

pub use collector::{Collector, Mode, Submitted};
pub use error::{Error, Result};
pub use lock::{AppLock, LockConfig, PinWrappedSecretStore, Verdict, WipeTarget};
pub use secret::{FileSecretStore, MemorySecretStore, SecretError, SecretStore};
pub use server_url::check_server_url;
pub use store::{DraftInfo, Enrollment, OutboxItem, Store, StoreConfig, SyncLog};
pub use sync::{SyncConfig, SyncReport, SyncStatus, Syncer};
