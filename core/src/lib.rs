//! Heard's shared core: questionnaires, their logic, multilingual
//! rendering, and the encrypted offline store that seals submissions. Later
//! layers (sync, the uniffi API) build on the types here. Nothing in this crate needs a network.

pub mod answer;
pub mod bundle;
pub mod collector;
mod dates;
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}
pub mod coverage;
pub mod enroll;
pub mod error;
pub mod expr;
pub mod l10n;
pub mod languages;
mod load;
pub mod model;
pub mod render;
pub mod response;
pub mod seal;
pub mod secret;
pub mod store;
pub mod submission;
pub mod sync;

pub use answer::{Action, Answer};
pub use collector::{Collector, Mode};
pub use error::{Diagnostic, Error, LoadError};
pub use l10n::Text;
pub use languages::{Direction, Languages};
pub use model::{ItemKind, Questionnaire, QuestionnaireKind};
pub use response::{Cursor, Response};
pub use secret::{FileSecretStore, MemorySecretStore, SecretStore};
pub use store::{Store, StoreConfig};
