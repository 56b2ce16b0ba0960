//! The one error type of the API. Every inner error becomes an [`ApiError`]
//! in [`From<heard_device::Error>`], the single match that decides what a
//! person is told. Messages say what to do; none carries an answer, a token
//! or a key (a test checks every variant).

/// What went wrong, with what to do about it. Kotlin sees `ApiException`
/// whose `message` is the text below; Swift sees `ApiError`.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum ApiError {
    /// The device is not enrolled with an organization.
    #[error("this device is not enrolled: scan your organization's enrollment code first")]
    NotEnrolled,
    /// An enrollment code or organization config was refused.
    #[error("enrollment failed: {0}")]
    Enrollment(String),
    /// An answer was refused; the message is localized and names the item.
    #[error("{0}")]
    InvalidAnswer(String),
    /// Answers on the screen or in the response still need attention.
    #[error("some answers need attention: {0}")]
    NeedsAttention(String),
    /// The respondent declined consent; the response is over.
    #[error("this response has ended because consent was declined: start a new one")]
    Ended,
    /// A call that needs a response in progress.
    #[error("no response is in progress: start or resume one first")]
    NoActiveResponse,
    /// A questionnaire, item or draft that this device does not have.
    #[error("{0}")]
    NotFound(String),
    /// The device's storage failed; what was saved before is intact.
    #[error(
        "the device storage failed ({0}); everything saved before is intact: try again, and restart the app if it persists"
    )]
    Storage(String),
    /// The device is full.
    #[error(
        "the device storage is full: free some space and try again (everything saved before is intact)"
    )]
    StorageFull,
    /// The platform key store failed.
    #[error("the device key store failed ({0}): unlock the device and try again")]
    KeyStore(String),
    /// The server could not be reached; nothing was lost.
    #[error("{0}: nothing was lost; try again when online")]
    Network(String),
    /// The app is locked.
    #[error("the app is locked: enter the PIN")]
    Locked,
    /// A PIN that is not accepted (not 6 or more digits, the duress PIN
    /// as the PIN), or a PIN operation out of order.
    #[error("{0}")]
    InvalidPin(String),
    /// The app lock's file cannot be read: Heard stays locked; erase
    /// everything (`panic_wipe`) to start over.
    #[error("{0}")]
    LockDamaged(String),
    /// This app's data was wiped.
    #[error("this app's data was wiped: close and reopen the app to start again")]
    Wiped,
    /// An input the API cannot take (an out-of-range number, an empty name).
    #[error("{0}")]
    InvalidInput(String),
    /// An internal failure; restarting the app is the remedy.
    #[error("internal error ({0}): close and reopen the app; everything saved is intact")]
    Internal(String),
}

/// The error a foreign implementation (Kotlin, Swift) throws from a
/// callback: `SecretStore` or `SyncProgress`.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum CallbackError {
    /// The platform call failed, in its own words.
    #[error("{reason}")]
    Failed {
        /// What went wrong.
        reason: String,
    },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for CallbackError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        CallbackError::Failed { reason: e.reason }
    }
}

impl From<heard_engine::Error> for ApiError {
    fn from(e: heard_engine::Error) -> Self {
        ApiError::from(heard_device::Error::Engine(e))
    }
}

impl From<heard_device::Error> for ApiError {
    fn from(e: heard_device::Error) -> Self {
        use heard_device::Error as D;
        use heard_engine::Error as E;
        match e {
            D::Engine(E::Invalid(v)) => {
                ApiError::InvalidAnswer(format!("{}: {}", v.item, v.message.text))
            }
            D::Engine(E::Incomplete(list)) => ApiError::NeedsAttention(
                list.iter()
                    .map(|v| v.item.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            D::Engine(E::Ended) => ApiError::Ended,
            D::Engine(e @ (E::UnknownItem(_) | E::NotAnswerable { .. } | E::NotRelevant(_))) => {
                ApiError::InvalidInput(e.to_string())
            }
            D::Engine(e @ (E::Load(_) | E::Bundle(_))) => {
                ApiError::Storage(format!("an installed questionnaire cannot be used: {e}"))
            }
            D::Engine(e @ (E::Crypto(_) | E::InvalidRecipient { .. })) => {
                ApiError::Enrollment(format!("{e}: enroll this device again"))
            }
            D::Engine(e @ E::Io { .. }) => ApiError::Storage(e.to_string()),
            D::StorageFull => ApiError::StorageFull,
            e @ (D::Storage(_)
            | D::Damaged { .. }
            | D::Unsupported { .. }
            | D::ReadOnly(_)
            | D::Corrupted { .. }
            | D::NewerSchema { .. }
            | D::Io { .. }) => ApiError::Storage(e.to_string()),
            D::KeyStore(reason) => ApiError::KeyStore(reason),
            D::NoRecipients(_) => ApiError::NotEnrolled,
            e
            @ (D::UnknownQuestionnaire(_) | D::UnknownDraft(_) | D::WrongQuestionnaire { .. }) => {
                ApiError::NotFound(e.to_string())
            }
            D::NoActiveResponse => ApiError::NoActiveResponse,
            e @ (D::Bundle(_) | D::Enrollment(_) | D::InsecureServer(_)) => {
                ApiError::Enrollment(e.to_string())
            }
            D::Http(e) => {
                ApiError::Network(format!("cannot reach the server: {}", e.without_url()))
            }
            D::Unreachable(reason) => ApiError::Network(reason),
            e @ D::Tls(_) => ApiError::Internal(e.to_string()),
            e @ (D::PinRefused(_) | D::WrongPin | D::NoLock(_) | D::LockExists(_)) => {
                ApiError::InvalidPin(e.to_string())
            }
            e @ D::LockDamaged { .. } => ApiError::LockDamaged(e.to_string()),
            e @ D::LockRefused(_) => ApiError::InvalidInput(e.to_string()),
            D::Poisoned => ApiError::Internal("an earlier failure".into()),
        }
    }
}

/// The API's result type.
pub type Result<T, E = ApiError> = std::result::Result<T, E>;
