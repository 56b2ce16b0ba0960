//! Deciding what one envelope is: checked, decrypted with the steward's
//! identities, cross-checked with its routing metadata, and verified
//! against its enrollment group's key; or set aside with a reason.

use heard_engine::submission::Submission;
use heard_protocol::signing::PublicKey;
use heard_protocol::{EnvelopeLimits, ExportItem, check_envelope};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why an envelope was not exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SetAside {
    /// Not a well-formed age file, or it failed to decrypt part-way.
    Damaged,
    /// Sealed to another key than the steward's.
    NotForThisKey,
    /// Decrypted, but not a Heard submission.
    NotASubmission,
    /// Its content names another id or questionnaire than its routing data.
    Mismatch,
    /// No enrollment-group signature inside.
    Unsigned,
    /// Signed by a group this organization never created.
    UnknownGroup,
    /// A signature that does not verify.
    BadSignature,
    /// Signed by a group that was revoked.
    RevokedGroup,
    /// A submission id already kept here (a replay).
    Duplicate,
}

impl SetAside {
    /// Every reason, in report order.
    pub const ALL: [SetAside; 9] = [
        SetAside::Damaged,
        SetAside::NotForThisKey,
        SetAside::NotASubmission,
        SetAside::Mismatch,
        SetAside::Unsigned,
        SetAside::UnknownGroup,
        SetAside::BadSignature,
        SetAside::RevokedGroup,
        SetAside::Duplicate,
    ];

    /// The reason's name, as in `pull.json`.
    pub fn name(self) -> &'static str {
        match self {
            SetAside::Damaged => "damaged",
            SetAside::NotForThisKey => "not-for-this-key",
            SetAside::NotASubmission => "not-a-submission",
            SetAside::Mismatch => "mismatch",
            SetAside::Unsigned => "unsigned",
            SetAside::UnknownGroup => "unknown-group",
            SetAside::BadSignature => "bad-signature",
            SetAside::RevokedGroup => "revoked-group",
            SetAside::Duplicate => "duplicate",
        }
    }

    /// Whether it failed to decrypt (as opposed to failing to verify).
    pub fn is_decryption_failure(self) -> bool {
        matches!(self, SetAside::Damaged | SetAside::NotForThisKey)
    }
}

/// What verifies an envelope's content.
pub struct Keys {
    /// The steward's age identities.
    pub identities: Vec<age::x25519::Identity>,
    /// Each enrollment group's public key and whether it was revoked.
    pub groups: BTreeMap<String, (Option<PublicKey>, bool)>,
    /// Groups whose submissions are rehearsal samples (`heard rehearse`):
    /// kept apart under `rehearsal/`, never reported.
    pub rehearsal: std::collections::BTreeSet<String>,
}

/// The outcome for one envelope.
pub enum Outcome {
    /// Decrypted and verified: the submission's canonical JSON.
    Kept {
        /// Its folder key, `questionnaire-vN`.
        version: String,
        /// Its enrollment group.
        group: String,
        /// The JSON line.
        json: Vec<u8>,
    },
    /// Set aside, with a detail for the list.
    SetAside(SetAside, String),
}

/// Decrypts and checks one envelope.
pub fn classify(item: &ExportItem, keys: &Keys, limits: &EnvelopeLimits) -> Outcome {
    if let Err(e) = check_envelope(&item.envelope, limits) {
        return Outcome::SetAside(SetAside::Damaged, e.to_string());
    }
    // The id names folders here: anything else is refused before decrypting.
    if !heard_protocol::valid_questionnaire_id(&item.questionnaire_id) {
        return Outcome::SetAside(
            SetAside::NotASubmission,
            format!(
                "not a questionnaire id: {:?}",
                item.questionnaire_id.chars().take(100).collect::<String>()
            ),
        );
    }
    let plaintext = match decrypt(&item.envelope, &keys.identities) {
        Ok(p) => p,
        Err(age::DecryptError::NoMatchingKeys) => {
            return Outcome::SetAside(SetAside::NotForThisKey, "sealed to another key".into());
        }
        Err(e) => return Outcome::SetAside(SetAside::Damaged, e.to_string()),
    };
    let submission: Submission = match serde_json::from_slice(&plaintext) {
        Ok(s) => s,
        Err(e) => return Outcome::SetAside(SetAside::NotASubmission, e.to_string()),
    };
    if submission.submission_id != item.submission_id
        || submission.questionnaire.id != item.questionnaire_id
        || submission.questionnaire.version != item.questionnaire_version
    {
        return Outcome::SetAside(
            SetAside::Mismatch,
            format!(
                "the server lists it as {} ({} v{}), the sealed content says {} ({} v{})",
                item.submission_id,
                item.questionnaire_id,
                item.questionnaire_version,
                submission.submission_id,
                submission.questionnaire.id,
                submission.questionnaire.version
            ),
        );
    }
    let Some(signature) = &submission.group else {
        return Outcome::SetAside(SetAside::Unsigned, "no enrollment-group signature".into());
    };
    let group = signature.group.clone();
    let Some((key, revoked)) = keys.groups.get(&group) else {
        return Outcome::SetAside(SetAside::UnknownGroup, format!("group {group:?}"));
    };
    if !key.as_ref().is_some_and(|k| submission.verify_group(k)) {
        return Outcome::SetAside(SetAside::BadSignature, format!("group {group:?}"));
    }
    if *revoked {
        return Outcome::SetAside(SetAside::RevokedGroup, format!("group {group:?}"));
    }
    let mut json = submission.to_canonical_json();
    json.push(b'\n');
    Outcome::Kept {
        version: super::version_key(&item.questionnaire_id, item.questionnaire_version),
        group,
        json,
    }
}

fn decrypt(
    envelope: &[u8],
    identities: &[age::x25519::Identity],
) -> Result<Vec<u8>, age::DecryptError> {
    use std::io::Read;
    let decryptor = age::Decryptor::new_buffered(envelope)?;
    let mut reader = decryptor.decrypt(identities.iter().map(|i| i as &dyn age::Identity))?;
    let mut plaintext = Vec::with_capacity(envelope.len());
    reader.read_to_end(&mut plaintext)?;
    Ok(plaintext)
}

/// Classifies a page of envelopes on every core.
pub fn classify_all(items: &[ExportItem], keys: &Keys, limits: &EnvelopeLimits) -> Vec<Outcome> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|item| classify(item, keys, limits))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}
