//! Shared pieces of Heard's end-to-end tests: the journal the crash worker
//! writes and the tests read.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

/// A stable fingerprint of a draft's answers (same in every process).
pub fn fingerprint(answers: &BTreeMap<String, heard_engine::Answer>) -> u64 {
    let json = serde_json::to_string(answers).unwrap_or_default();
    let mut h = std::hash::DefaultHasher::new();
    json.hash(&mut h);
    h.finish()
}

/// One line of the crash worker's journal. An `Intent` is written before
/// an operation starts and `Done` after the store acknowledged it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Saving draft `id` with answers fingerprinted `fp` begins.
    Save {
        /// Draft id.
        id: String,
        /// [`fingerprint`] of its answers.
        fp: u64,
    },
    /// Submitting draft `id` begins.
    Submit {
        /// Draft id.
        id: String,
    },
    /// Acknowledging these outbox ids begins.
    Ack {
        /// Submission ids.
        ids: Vec<String>,
    },
    /// The preceding operation was acknowledged; `submission` for a submit.
    Done {
        /// The new submission's id, after a submit.
        submission: Option<String>,
    },
}

impl Entry {
    /// The journal line.
    pub fn line(&self) -> String {
        match self {
            Entry::Save { id, fp } => format!("save {id} {fp}"),
            Entry::Submit { id } => format!("submit {id}"),
            Entry::Ack { ids } => format!("ack {}", ids.join(",")),
            Entry::Done { submission } => format!("done {}", submission.as_deref().unwrap_or("-")),
        }
    }

    /// Parses a journal line; a torn last line gives `None`.
    pub fn parse(line: &str) -> Option<Entry> {
        let mut parts = line.split(' ');
        let entry = match (parts.next()?, parts.next()?, parts.next()) {
            ("save", id, Some(fp)) => Entry::Save {
                id: id.into(),
                fp: fp.parse().ok()?,
            },
            ("submit", id, None) => Entry::Submit { id: id.into() },
            ("ack", ids, None) => Entry::Ack {
                ids: ids.split(',').map(str::to_string).collect(),
            },
            ("done", "-", None) => Entry::Done { submission: None },
            ("done", s, None) => Entry::Done {
                submission: Some(s.into()),
            },
            _ => return None,
        };
        (parts.next().is_none()).then_some(entry)
    }
}
