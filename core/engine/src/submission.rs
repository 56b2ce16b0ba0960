//! The plaintext of a sealed submission: canonical JSON, the same bytes for
//! the same content, carrying nothing about the person beyond the answers.

use crate::answer::Answer;
use crate::error::{Error, Result};
use crate::response::Response;
use crate::seal;
use age::x25519;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the plaintext format.
pub const SCHEMA_VERSION: u32 = 1;

/// How precisely `submitted_on` is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateGranularity {
    /// `2026-11-23`.
    #[default]
    Day,
    /// ISO week, `2026-W48`.
    Week,
}

/// The day (or week) `date` falls in, as written into a submission.
pub fn coarse_date(date: NaiveDate, granularity: DateGranularity) -> String {
    match granularity {
        DateGranularity::Day => crate::dates::iso(date),
        DateGranularity::Week => {
            let week = date.iso_week();
            format!("{}-W{:02}", week.year(), week.week())
        }
    }
}

/// Which questionnaire a submission answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: u32,
}

/// The enrollment group's signature over a submission: proof that an
/// enrolled device made it, shared by every device of the group so that it
/// does not single out one phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSignature {
    /// The enrollment group.
    pub group: String,
    /// ed25519 over [`Submission::signed_bytes`], standard base64.
    pub signature: String,
}

/// What is sealed: field order is fixed and answers are sorted by item id,
/// so the JSON is canonical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Random, derived from nothing about the person or the device.
    pub submission_id: String,
    /// The questionnaire answered.
    pub questionnaire: QuestionnaireRef,
    /// `survey` or `listening-session`.
    pub kind: String,
    /// The locale the person answered in.
    pub locale: String,
    /// The day or week of submission, never a time.
    pub submitted_on: String,
    /// Answers by item id, language-independent.
    pub answers: BTreeMap<String, Answer>,
    /// The enrollment group's signature (absent on a device not enrolled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupSignature>,
}

impl Submission {
    /// The canonical submission of a complete response, with a fresh random
    /// id and `today` coarsened to `granularity`. Refused when consent was
    /// declined or an answer is still needed, so an app, the web page and
    /// the device store can only seal what the questionnaire accepts.
    pub fn from_response(
        r: &Response,
        today: NaiveDate,
        granularity: DateGranularity,
    ) -> Result<Submission> {
        if r.consent_declined() {
            return Err(Error::Ended);
        }
        let missing = r.completion();
        if !missing.is_empty() {
            return Err(Error::Incomplete(missing));
        }
        let q = r.questionnaire();
        Ok(Submission {
            schema: SCHEMA_VERSION,
            submission_id: random_id(),
            questionnaire: QuestionnaireRef {
                id: q.id.clone(),
                version: q.version,
            },
            kind: q.kind.name().to_string(),
            locale: r.locale().to_string(),
            submitted_on: coarse_date(today, granularity),
            answers: r.answers(),
            group: None,
        })
    }

    /// Adds the enrollment group's signature (`key` is the group's key).
    pub fn signed_by_group(
        self,
        group: impl Into<String>,
        key: &heard_protocol::signing::SecretKey,
    ) -> Submission {
        let signature = key.sign(&self.signed_bytes());
        Submission {
            group: Some(GroupSignature {
                group: group.into(),
                signature,
            }),
            ..self
        }
    }

    /// The envelope: canonical JSON padded to `pad_bucket` and age-sealed
    /// to every recipient. The padded plaintext is wiped from memory after.
    pub fn seal(&self, recipients: &[x25519::Recipient], pad_bucket: usize) -> Result<Vec<u8>> {
        let plain = zeroize::Zeroizing::new(seal::pad(self.to_canonical_json(), pad_bucket));
        seal::seal(&plain, recipients)
    }

    /// The bytes the group signature covers: the canonical JSON without it.
    pub fn signed_bytes(&self) -> Vec<u8> {
        Submission {
            group: None,
            ..self.clone()
        }
        .to_canonical_json()
    }

    /// Whether the group signature is valid for `group_key`.
    pub fn verify_group(&self, group_key: &heard_protocol::signing::PublicKey) -> bool {
        self.group
            .as_ref()
            .is_some_and(|g| group_key.verify(&self.signed_bytes(), &g.signature).is_ok())
    }

    /// The canonical JSON bytes.
    pub fn to_canonical_json(&self) -> Vec<u8> {
        // Serializing plain structs, strings, numbers and maps cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// A new random submission or draft id: 128 random bits, hex.
pub fn random_id() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_coarsened_to_the_day_or_the_iso_week() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
        assert_eq!(coarse_date(d, DateGranularity::Day), "2026-11-23");
        assert_eq!(coarse_date(d, DateGranularity::Week), "2026-W48");
        let new_year = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
        assert_eq!(coarse_date(new_year, DateGranularity::Week), "2026-W53");
    }

    #[test]
    fn ids_are_random_hex() {
        let (a, b) = (random_id(), random_id());
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
