//! The engine's errors: load diagnostics that name file, line and item,
//! runtime errors of a response, and sealing errors.

use crate::validation::ValidationError;
use std::fmt;
use std::path::PathBuf;

/// One problem found while loading a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file at fault.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The item (or choice list) concerned, when there is one.
    pub item: Option<String>,
    /// What is wrong and, where possible, how to fix it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        f.write_str(": ")?;
        if let Some(item) = &self.item {
            write!(f, "{item}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// A questionnaire that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Everything that can go wrong in the engine. Exhaustive on purpose, as
/// `heard_device::Error` is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The questionnaire is invalid.
    #[error("{0}")]
    Load(#[from] LoadError),
    /// An answer or navigation named an item the questionnaire lacks.
    #[error("no item called \"{0}\" in this questionnaire")]
    UnknownItem(String),
    /// Notes, pages and calculations take no answer.
    #[error("item \"{item}\" is a {kind} and takes no answer")]
    NotAnswerable {
        /// The item.
        item: String,
        /// Its type.
        kind: &'static str,
    },
    /// The item is hidden by its `relevant` condition.
    #[error("item \"{0}\" is not shown with the current answers")]
    NotRelevant(String),
    /// The answer was refused; the message is localized.
    #[error("{}: {}", .0.item, .0.message.text)]
    Invalid(ValidationError),
    /// Some answers on the screen (or in the whole response) need attention.
    #[error("{} answer(s) need attention: {}", .0.len(), .0.iter().map(|e| e.item.as_str()).collect::<Vec<_>>().join(", "))]
    Incomplete(Vec<ValidationError>),
    /// The respondent declined consent; the response is over and empty.
    #[error("the response has ended because consent was declined")]
    Ended,
    /// Encryption or decryption failed.
    #[error("{0}")]
    Crypto(String),
    /// A recipient string is not an age X25519 recipient.
    #[error("\"{recipient}\" is not an age X25519 recipient: {reason}")]
    InvalidRecipient {
        /// The offending text (shortened).
        recipient: String,
        /// Why.
        reason: String,
    },
    /// A questionnaire bundle was refused.
    #[error("questionnaire bundle refused: {0}")]
    Bundle(String),
    /// A file operation failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
