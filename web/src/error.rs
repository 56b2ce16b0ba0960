//! The crate's one error type. Every message names what is wrong (the
//! key, the signature, the file inside the bundle, the item) so the page
//! can show it as it is; it becomes a `JsError` only at the wasm-bindgen
//! boundary ([`crate::WebSurvey`]).

use heard_protocol::signing::SignatureError;

impl Error {
    /// Whether the page cannot trust what it was given (a key, a signature,
    /// a document that is not what it claims): it must then say the survey
    /// may not come from the organization, rather than that it is broken.
    pub fn is_untrusted(&self) -> bool {
        matches!(
            self,
            Error::OrgKey(_)
                | Error::NotSigned(_)
                | Error::Signature(_)
                | Error::NotABundle(_)
                | Error::Config(_)
        )
    }
}

/// Why a call of the web survey was refused.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text given as the signed bundle is not one: not JSON, or not
    /// the `{payload, signature}` document `heard questionnaire pack` writes.
    #[error("this is not a signed Heard questionnaire (from `heard questionnaire pack`): {0}")]
    NotSigned(String),
    /// The organization key from the link does not decode.
    #[error(
        "the organization key in the link is not valid ({0}); ask the organization for the link again"
    )]
    OrgKey(SignatureError),
    /// The signature does not decode, or was made by another key, or the
    /// payload was altered after signing.
    #[error(
        "the questionnaire was not signed with this organization's key ({0}); it may have been altered, do not use it"
    )]
    Signature(SignatureError),
    /// Correctly signed, but the payload is not a questionnaire bundle.
    #[error("the signed document is not a questionnaire bundle: {0}")]
    NotABundle(String),
    /// The organization config is not signed with the key in the link, or
    /// is not a config: its recipients cannot be trusted.
    #[error(
        "the organization's settings were not signed with its key ({0}); they may have been altered, do not use this survey"
    )]
    Config(String),
    /// The link's group key does not decode.
    #[error("the link's signing key is not valid ({0}); ask the organization for the link again")]
    GroupKey(SignatureError),
    /// A signed bundle whose questionnaire the engine refuses (a file it
    /// does not accept, a load diagnostic, a header that does not match).
    #[error("questionnaire \"{id}\" version {version} cannot be used: {reason}")]
    Questionnaire {
        /// The bundle's questionnaire id.
        id: String,
        /// The bundle's version.
        version: u32,
        /// What the engine found, naming the file inside the bundle.
        reason: String,
    },
    /// A saved draft that does not parse.
    #[error("the saved answers cannot be read: {0}")]
    Draft(String),
    /// A saved draft of another questionnaire.
    #[error("the saved answers are for questionnaire \"{draft}\", not \"{given}\"")]
    WrongDraft {
        /// The draft's questionnaire.
        draft: String,
        /// The questionnaire opened.
        given: String,
    },
    /// An answer from the page that is not a Heard answer in JSON.
    #[error(
        "the answer for \"{item}\" is not a Heard answer ({reason}); expected JSON such as {{\"type\":\"choice\",\"value\":\"yes\"}}"
    )]
    AnswerJson {
        /// The item.
        item: String,
        /// Why it does not parse.
        reason: String,
    },
    /// `seal` was called without recipients.
    #[error("no recipients to seal to: the organization's age recipients (age1…) are needed")]
    NoRecipients,
    /// The response was sealed already: a second envelope would count the
    /// same person twice.
    #[error("these answers were sealed already; start a new response")]
    AlreadySealed,
    /// An audio id the questionnaire does not have.
    #[error("questionnaire \"{questionnaire}\" has no recording {id:?}")]
    NoAudio {
        /// The questionnaire.
        questionnaire: String,
        /// The id asked for.
        id: String,
    },
    /// The engine refused the call: a refused answer (with its localized
    /// message), an unknown or hidden item, an incomplete response, consent
    /// The page asked for a word the app catalog does not ship.
    #[error("the app has no text {0:?} (locales/en/app.ftl)")]
    UnknownText(String),
    /// The engine refused the call: a refused answer (with its localized
    /// message), an unknown or hidden item, an incomplete response, consent
    /// declined, an invalid recipient.
    #[error(transparent)]
    Engine(#[from] heard_engine::Error),
}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
