//! Why an answer was refused: the machine-readable code and the localized
//! message a screen shows beside the item.

use crate::l10n::Text;

/// Why an answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// A required item has no answer.
    Required,
    /// Not a number.
    NotANumber,
    /// A decimal where a whole number is needed.
    NotWholeNumber,
    /// Below `min`.
    BelowMin,
    /// Above `max`.
    AboveMax,
    /// Longer than `max_length`.
    TooLong,
    /// Not a real `YYYY-MM-DD` date.
    InvalidDate,
    /// Not one of the options.
    UnknownChoice,
    /// The answer's type does not fit the item.
    WrongKind,
    /// An empty entry in a list.
    EmptyEntry,
    /// A count too large to be real.
    TooMany,
    /// The item's constraint is not met.
    Constraint,
}

/// A refused answer or an unmet requirement, with a localized message.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ValidationError {
    /// The item concerned.
    pub item: String,
    /// Machine-readable reason.
    pub code: ErrorCode,
    /// What to tell the person, in the display locale.
    pub message: Text,
}
