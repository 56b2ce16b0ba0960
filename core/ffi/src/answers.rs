//! Answers as the apps pass them: one variant per kind of input, converted
//! to and from the engine's [`heard_engine::Answer`].

use crate::error::ApiError;
use heard_engine::{Action, Answer};
use std::collections::{BTreeMap, HashMap};

/// A follow-up action agreed in a listening session.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct FollowUp {
    /// What will be done.
    pub what: String,
    /// Who is responsible: a role, not a name.
    pub who: String,
    /// By when, `YYYY-MM-DD`, if agreed.
    pub due: Option<String>,
}

/// One answer. Option codes, numbers and dates never depend on the display
/// language, so switching language keeps every answer.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum AnswerValue {
    /// Short or long text, prompt notes.
    Text {
        /// The text.
        value: String,
    },
    /// A whole number.
    Integer {
        /// The number.
        value: i64,
    },
    /// A decimal number.
    Decimal {
        /// The number.
        value: f64,
    },
    /// The code of the chosen option (single choice, yes/no, scale).
    Choice {
        /// The option's code.
        code: String,
    },
    /// The codes of the chosen options.
    Choices {
        /// The options' codes.
        codes: Vec<String>,
    },
    /// A date.
    Date {
        /// `YYYY-MM-DD`.
        iso: String,
    },
    /// Consent given or declined.
    Consent {
        /// Whether it was given.
        given: bool,
    },
    /// Counts per bracket (attendance tallies).
    Tally {
        /// Bracket code → count.
        counts: HashMap<String, i32>,
    },
    /// Separate text entries (quotes).
    Entries {
        /// The entries.
        entries: Vec<String>,
    },
    /// Follow-up actions.
    Actions {
        /// The actions.
        actions: Vec<FollowUp>,
    },
    /// "Prefer not to say".
    Declined,
}

impl From<&Answer> for AnswerValue {
    fn from(a: &Answer) -> Self {
        match a.clone() {
            Answer::Text(value) => AnswerValue::Text { value },
            Answer::Integer(value) => AnswerValue::Integer { value },
            Answer::Decimal(value) => AnswerValue::Decimal { value },
            Answer::Choice(code) => AnswerValue::Choice { code },
            Answer::Choices(codes) => AnswerValue::Choices { codes },
            Answer::Date(iso) => AnswerValue::Date { iso },
            Answer::Consent(given) => AnswerValue::Consent { given },
            Answer::Tally(counts) => AnswerValue::Tally {
                // Counts are capped far below i32::MAX by the engine.
                counts: counts
                    .into_iter()
                    .map(|(k, v)| (k, i32::try_from(v).unwrap_or(i32::MAX)))
                    .collect(),
            },
            Answer::Entries(entries) => AnswerValue::Entries { entries },
            Answer::Actions(actions) => AnswerValue::Actions {
                actions: actions
                    .into_iter()
                    .map(|a| FollowUp {
                        what: a.what,
                        who: a.who,
                        due: a.due,
                    })
                    .collect(),
            },
            Answer::Declined => AnswerValue::Declined,
        }
    }
}

impl TryFrom<AnswerValue> for Answer {
    type Error = ApiError;

    fn try_from(v: AnswerValue) -> Result<Self, ApiError> {
        Ok(match v {
            AnswerValue::Text { value } => Answer::Text(value),
            AnswerValue::Integer { value } => Answer::Integer(value),
            AnswerValue::Decimal { value } => Answer::Decimal(value),
            AnswerValue::Choice { code } => Answer::Choice(code),
            AnswerValue::Choices { codes } => Answer::Choices(codes),
            AnswerValue::Date { iso } => Answer::Date(iso),
            AnswerValue::Consent { given } => Answer::Consent(given),
            AnswerValue::Tally { counts } => Answer::Tally(
                counts
                    .into_iter()
                    .map(|(k, v)| {
                        u32::try_from(v).map(|v| (k.clone(), v)).map_err(|_| {
                            ApiError::InvalidInput(format!(
                                "the count for \"{k}\" cannot be negative"
                            ))
                        })
                    })
                    .collect::<Result<BTreeMap<_, _>, _>>()?,
            ),
            AnswerValue::Entries { entries } => Answer::Entries(entries),
            AnswerValue::Actions { actions } => Answer::Actions(
                actions
                    .into_iter()
                    .map(|a| Action {
                        what: a.what,
                        who: a.who,
                        due: a.due,
                    })
                    .collect(),
            ),
            AnswerValue::Declined => Answer::Declined,
        })
    }
}
