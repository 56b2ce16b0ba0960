//! Heard's questionnaire engine: questionnaires and their logic, multilingual
//! rendering, the response runtime, the canonical submission, padding,
//! age sealing and group signing.
//!
//! Pure computation, shared by every front end: no SQLite, no network, no
//! async runtime. The only file-system access is the optional folder loader
//! (feature `folder`, on by default); a verified bundle loads from memory with
//! [`Questionnaire::from_files`]. The crate builds for
//! `wasm32-unknown-unknown`, so the web survey runs the same engine as the
//! apps.
//!
//! The surface is curated: the types a front end holds are re-exported at the
//! root; [`bundle`], [`seal`], [`expr`], [`l10n`] and [`submission`] are
//! namespaces of their own because their functions read best with the prefix
//! (`seal::seal`, `bundle::unpack`).

#![forbid(unsafe_code)]

mod answer;
mod audio;
pub mod bundle;
mod coverage;
mod dates;
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}
mod error;
pub mod expr;
pub mod l10n;
mod languages;
mod load;
mod model;
mod render;
mod response;
pub mod seal;
mod source;
#[cfg(any(target_arch = "wasm32", test))]
mod stanza;
pub mod submission;
mod validation;

pub use answer::{Action, Answer};
pub use audio::Audio;
pub use coverage::{AudioCoverage, LocaleCoverage, coverage};
pub use error::{Diagnostic, Error, LoadError, Result};
pub use l10n::{AppStrings, Text};
pub use languages::{Digits, Direction, Language, Languages};
pub use load::{DEFINITION_FILE, DEFINITION_JSON};
pub use model::{Item, ItemKind, Questionnaire, QuestionnaireKind, Required};
pub use render::{ChoiceView, ItemView, Progress, ReviewEntry, ScreenView};
pub use response::{Cursor, Response};
pub use submission::{DateGranularity, GroupSignature, QuestionnaireRef, Submission};
pub use validation::{ErrorCode, ValidationError};

/// Date helpers the device layer shares with the engine (the calendar day
/// used for coarse submission dates and draft expiry).
pub mod date {
    pub use crate::dates::{days_since_epoch, parse_iso, today};
}
