//! What crosses to the page: the view to draw, the languages, audio clips
//! and the saved draft. Views and languages are serialized to JSON (see
//! [`crate::WebSurvey::render`] for why JSON and not JS objects).

use heard_engine::submission::QuestionnaireRef;
use heard_engine::{Answer, Audio, Direction, ReviewEntry, ScreenView, Text, ValidationError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What the page shows now, tagged by `"view"`. Every text is a `Text`
/// (`text`, `locale`, `direction`, `fallback`) already in the display
/// locale; answers are in the JSON shape [`crate::WebSurvey::answer`] takes.
// Serialized once per call: the size of a variant in memory does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "view", rename_all = "kebab-case")]
pub enum View {
    /// A screen of questions.
    Questions {
        /// The questionnaire's title.
        title: Text,
        /// The title's recording.
        title_audio: Option<Audio>,
        /// The engine's screen: items, choices, progress, direction.
        screen: ScreenView,
        /// Why an answer or "next" was refused, by item id (items on this
        /// screen only).
        errors: BTreeMap<String, ValidationError>,
    },
    /// Past the last screen: review the answers, then seal.
    Review {
        /// The questionnaire's title.
        title: Text,
        /// The title's recording.
        title_audio: Option<Audio>,
        /// "Review your answers".
        heading: Text,
        /// Each question shown, with its answer as the person reads it and
        /// the screen to go to to change it.
        lines: Vec<ReviewEntry>,
        /// What still needs an answer before sealing.
        missing: Vec<ValidationError>,
        /// Whether it can be sealed now.
        complete: bool,
        /// The display locale.
        locale: String,
        /// Its direction.
        direction: Direction,
    },
    /// Consent was declined: every answer is gone and nothing may be kept
    /// or sent.
    Ended {
        /// The questionnaire's title.
        title: Text,
        /// "You did not agree, so nothing was saved…".
        message: Text,
        /// The display locale.
        locale: String,
        /// Its direction.
        direction: Direction,
    },
    /// The answers were sealed; the page sends the envelope and deletes
    /// its draft.
    Sealed {
        /// The questionnaire's title.
        title: Text,
        /// "Your answers are sealed…".
        message: Text,
        /// The display locale.
        locale: String,
        /// Its direction.
        direction: Direction,
    },
}

/// A language the questionnaire can be answered in, for the picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageInfo {
    /// BCP 47 tag, to pass to `set_locale`.
    pub tag: String,
    /// The language's name for itself ("العربية").
    pub name: String,
    /// Whether it is written right to left.
    pub rtl: bool,
}

/// A recorded prompt's bytes and media type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioClip {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// `audio/ogg`, `audio/mp4` or `audio/mpeg`.
    pub media_type: String,
}

/// A saved response: the device's draft payload plus the questionnaire it
/// answers, since the page keeps it outside any store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The questionnaire answered (a newer version may resume it).
    pub questionnaire: QuestionnaireRef,
    /// The display locale.
    pub locale: String,
    /// The screen it was on; `None` at the review.
    pub screen: Option<usize>,
    /// Every stored answer, by item id.
    pub answers: BTreeMap<String, Answer>,
}
