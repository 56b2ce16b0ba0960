//! Answers as the core stores them: language-independent values.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A follow-up action from a listening session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// What will be done.
    pub what: String,
    /// Who is responsible: a role, not a name.
    pub who: String,
    /// By when, `YYYY-MM-DD`, if agreed.
    pub due: Option<String>,
}

/// One answer. Option codes, numbers and dates never depend on the display
/// language, so switching language keeps every answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Answer {
    /// Short or long text, prompt notes.
    Text(String),
    /// A whole number.
    Integer(i64),
    /// A decimal number.
    Decimal(f64),
    /// The code of the chosen option (single choice, yes/no, scale).
    Choice(String),
    /// The codes of the chosen options, in the list's order.
    Choices(Vec<String>),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Consent given (`true`) or declined.
    Consent(bool),
    /// Counts per bracket (attendance tallies).
    Tally(BTreeMap<String, u32>),
    /// Separate text entries (quotes).
    Entries(Vec<String>),
    /// Follow-up actions.
    Actions(Vec<Action>),
    /// "Prefer not to say".
    Declined,
}

impl Answer {
    /// A short label of the answer's type, for messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Answer::Text(_) => "text",
            Answer::Integer(_) => "integer",
            Answer::Decimal(_) => "decimal",
            Answer::Choice(_) => "choice",
            Answer::Choices(_) => "choices",
            Answer::Date(_) => "date",
            Answer::Consent(_) => "consent",
            Answer::Tally(_) => "tally",
            Answer::Entries(_) => "entries",
            Answer::Actions(_) => "actions",
            Answer::Declined => "declined",
        }
    }
}
