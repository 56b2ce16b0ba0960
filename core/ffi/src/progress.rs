//! Sync as the apps see it: a progress callback and a summary.

use crate::error::CallbackError;
use heard_device::{SyncReport, SyncStatus};

/// Told how a sync advances; implemented by the app (a progress bar).
#[uniffi::export(with_foreign)]
pub trait SyncProgress: Send + Sync {
    /// `sent` of `total` queued submissions have left the device.
    fn on_progress(&self, sent: i64, total: i64) -> Result<(), CallbackError>;
}

/// How a sync ended.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum SyncOutcome {
    /// Everything sendable was sent.
    Done,
    /// The server or network failed; nothing was lost.
    RetryLater {
        /// Seconds to wait.
        retry_after_secs: i64,
        /// What went wrong.
        reason: String,
    },
    /// The organization revoked this device: enroll again.
    Revoked,
    /// The server does not know this device: enroll again.
    Unauthorized,
    /// The address does not answer as a Heard server.
    NotAHeardServer {
        /// What was wrong with the answer.
        reason: String,
    },
    /// Another sync is running; this one did nothing.
    AlreadySyncing,
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SyncSummary {
    /// Submissions the server stored now.
    pub uploaded: i64,
    /// Submissions the server already had.
    pub duplicates: i64,
    /// Submissions refused for good, with reasons.
    pub rejected: i64,
    /// Submissions still waiting on the device.
    pub pending: i64,
    /// Questionnaires installed or updated (`id vN`).
    pub questionnaires_updated: Vec<String>,
    /// Questionnaire bundles refused, with reasons.
    pub questionnaires_refused: Vec<String>,
    /// Why a new organization config was refused, if it was.
    pub config_refused: Option<String>,
    /// How it ended.
    pub outcome: SyncOutcome,
}

fn int(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl From<SyncReport> for SyncSummary {
    fn from(r: SyncReport) -> Self {
        SyncSummary {
            uploaded: int(r.uploaded),
            duplicates: int(r.duplicates),
            rejected: int(r.rejected.len() as u64),
            pending: int(r.pending),
            questionnaires_updated: r
                .questionnaires_updated
                .iter()
                .map(|(id, v)| format!("{id} v{v}"))
                .collect(),
            questionnaires_refused: r
                .questionnaires_refused
                .iter()
                .map(|(id, why)| format!("{id}: {why}"))
                .collect(),
            config_refused: r.config_refused,
            outcome: match r.status {
                SyncStatus::Done => SyncOutcome::Done,
                SyncStatus::RetryLater {
                    retry_after_secs,
                    reason,
                } => SyncOutcome::RetryLater {
                    retry_after_secs: int(retry_after_secs),
                    reason,
                },
                SyncStatus::Revoked => SyncOutcome::Revoked,
                SyncStatus::Unauthorized => SyncOutcome::Unauthorized,
                SyncStatus::NotAHeardServer(reason) => SyncOutcome::NotAHeardServer { reason },
                SyncStatus::AlreadySyncing => SyncOutcome::AlreadySyncing,
                #[allow(unreachable_patterns)]
                other => SyncOutcome::RetryLater {
                    retry_after_secs: 60,
                    reason: format!("{other:?}"),
                },
            },
        }
    }
}
