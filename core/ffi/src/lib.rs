//! Heard's uniffi API: the one library the Android and iOS apps load.
//!
//! A thin layer over [`heard_device`] and [`heard_engine`]: the objects a UI
//! holds ([`HeardApp`]), plain records for what a screen draws, foreign
//! traits the platforms implement ([`SecretStore`], [`SyncProgress`]), and
//! one error type, [`ApiError`], built in one match ([`error`]). No panic
//! crosses the boundary: uniffi catches them, and every call returns a
//! `Result` so Swift can recover too.
//!
//! Layout: `app` (the object and its calls), `lock` (the app lock's
//! calls), `render` (screens to records), `answers` (answer values both
//! ways), `strings` (the app's own words), `secrets` and `progress`
//! (foreign traits), `error`.

uniffi::setup_scaffolding!();

mod answers;
mod app;
mod enrollment;
mod error;
mod lock;
mod progress;
mod render;
mod secrets;
mod strings;

pub use answers::{AnswerValue, FollowUp};
pub use app::{
    AppOptions, AudioClip, DraftSummary, HeardApp, Holdings, LanguageInfo, OutboxStatus,
    QuestionnaireInfo, RejectedItem, Submitted,
};
pub use enrollment::EnrollmentOffer;
pub use error::{ApiError, CallbackError};
pub use lock::{LockStatus, UnlockOutcome};
pub use progress::{SyncOutcome, SyncProgress, SyncSummary};
pub use render::{
    AudioPrompt, Choice, Field, FieldError, InputKind, LocalizedText, ReviewLine, Screen, View,
};
pub use secrets::{SecretStore, file_secret_store, memory_secret_store};
pub use strings::{TextArg, app_languages, app_text};
