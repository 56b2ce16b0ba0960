//! What a screen draws, as plain records: the engine's views with every
//! text already in the display locale, its direction and whether it is a
//! fallback, plus the errors to show beside each field.

use crate::answers::AnswerValue;
use heard_engine::{
    Audio, ChoiceView, Direction, ItemKind, ItemView, ReviewEntry, ScreenView, Text,
    ValidationError,
};
use std::collections::BTreeMap;

/// A text in the display locale (or a fallback locale).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LocalizedText {
    /// The text.
    pub text: String,
    /// The locale it is in.
    pub locale: String,
    /// Whether it is written right to left.
    pub rtl: bool,
    /// True when it came from a fallback locale (not yet translated).
    pub fallback: bool,
}

impl From<Text> for LocalizedText {
    fn from(t: Text) -> Self {
        LocalizedText {
            text: t.text,
            locale: t.locale,
            rtl: t.direction == Direction::Rtl,
            fallback: t.fallback,
        }
    }
}

/// A recorded prompt beside a text, for people who cannot read it: fetch
/// its bytes with `HeardApp::audio(id)` and hand them to the platform
/// player.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AudioPrompt {
    /// What to pass to `HeardApp::audio`.
    pub id: String,
    /// The locale it was recorded in.
    pub locale: String,
    /// Its media type (`audio/ogg`, `audio/mp4`, `audio/mpeg`).
    pub media_type: String,
    /// True when it is in a fallback locale, not the display locale.
    pub fallback: bool,
    /// Its size in bytes.
    pub size: i64,
}

impl From<Audio> for AudioPrompt {
    fn from(a: Audio) -> Self {
        AudioPrompt {
            id: a.id,
            locale: a.locale,
            media_type: a.media_type,
            fallback: a.fallback,
            size: i64::try_from(a.size).unwrap_or(i64::MAX),
        }
    }
}

/// Which input a field needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum InputKind {
    /// Text to read, no answer.
    Note,
    /// Consent: accept or decline.
    Consent,
    /// One option.
    Single,
    /// Several options.
    Multiple,
    /// Yes or no.
    YesNo,
    /// A rating scale.
    Scale,
    /// A whole number.
    Integer,
    /// A decimal number.
    Decimal,
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// A date.
    Date,
    /// Counts per bracket.
    Tally,
    /// Separate text entries (quotes).
    TextList,
    /// Follow-up actions.
    ActionList,
    /// A facilitator prompt with notes.
    Prompt,
}

fn input_kind(k: ItemKind) -> InputKind {
    match k {
        ItemKind::Note | ItemKind::Page | ItemKind::Calculate => InputKind::Note,
        ItemKind::Consent => InputKind::Consent,
        ItemKind::Single => InputKind::Single,
        ItemKind::Multiple => InputKind::Multiple,
        ItemKind::YesNo => InputKind::YesNo,
        ItemKind::Scale => InputKind::Scale,
        ItemKind::Integer => InputKind::Integer,
        ItemKind::Decimal => InputKind::Decimal,
        ItemKind::Text => InputKind::Text,
        ItemKind::LongText => InputKind::LongText,
        ItemKind::Date => InputKind::Date,
        ItemKind::Tally => InputKind::Tally,
        ItemKind::TextList => InputKind::TextList,
        ItemKind::ActionList => InputKind::ActionList,
        ItemKind::Prompt => InputKind::Prompt,
    }
}

/// One option of a choice field.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Choice {
    /// The code passed back in the answer.
    pub code: String,
    /// What the person reads.
    pub label: LocalizedText,
    /// The label, spoken.
    pub audio: Option<AudioPrompt>,
}

impl From<ChoiceView> for Choice {
    fn from(c: ChoiceView) -> Self {
        Choice {
            code: c.code,
            label: c.label.into(),
            audio: c.audio.map(Into::into),
        }
    }
}

/// A refused answer or an unmet requirement, beside its field.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct FieldError {
    /// The item.
    pub item: String,
    /// Machine-readable reason (`required`, `above-max`, …).
    pub code: String,
    /// What to tell the person.
    pub message: LocalizedText,
}

impl From<&ValidationError> for FieldError {
    fn from(v: &ValidationError) -> Self {
        FieldError {
            item: v.item.clone(),
            code: serde_json::to_value(v.code)
                .ok()
                .and_then(|c| c.as_str().map(str::to_string))
                .unwrap_or_default(),
            message: v.message.clone().into(),
        }
    }
}

/// One field on a screen, ready to draw.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Field {
    /// The item's id, passed back with its answer.
    pub id: String,
    /// Which input to show.
    pub kind: InputKind,
    /// The question or note.
    pub label: LocalizedText,
    /// The question, spoken.
    pub label_audio: Option<AudioPrompt>,
    /// Help shown under it.
    pub hint: Option<LocalizedText>,
    /// The help, spoken.
    pub hint_audio: Option<AudioPrompt>,
    /// What the input expects ("Enter a whole number from 1 to 30.").
    pub instructions: Option<LocalizedText>,
    /// Options, in order.
    pub choices: Vec<Choice>,
    /// Lower bound of a number.
    pub min: Option<f64>,
    /// Upper bound of a number.
    pub max: Option<f64>,
    /// Longest text accepted, in characters.
    pub max_length: Option<i32>,
    /// Whether it must be answered.
    pub required: bool,
    /// Free text that may identify someone: show the warning.
    pub sensitive: bool,
    /// The warning beside a sensitive text input.
    pub sensitive_warning: Option<LocalizedText>,
    /// The "prefer not to say" label, when offered.
    pub decline: Option<LocalizedText>,
    /// "Prefer not to say", spoken.
    pub decline_audio: Option<AudioPrompt>,
    /// The current answer.
    pub answer: Option<AnswerValue>,
    /// Why the last answer or "next" was refused, if it was.
    pub error: Option<FieldError>,
}

fn field(i: ItemView, errors: &BTreeMap<String, ValidationError>) -> Field {
    Field {
        error: errors.get(&i.id).map(FieldError::from),
        id: i.id,
        kind: input_kind(i.kind),
        label: i.label.into(),
        label_audio: i.label_audio.map(Into::into),
        hint: i.hint.map(Into::into),
        hint_audio: i.hint_audio.map(Into::into),
        instructions: i.instructions.map(Into::into),
        choices: i.choices.into_iter().map(Into::into).collect(),
        min: i.min,
        max: i.max,
        max_length: i.max_length.map(|n| i32::try_from(n).unwrap_or(i32::MAX)),
        required: i.required,
        sensitive: i.sensitive,
        sensitive_warning: i.sensitive_warning.map(Into::into),
        decline: i.decline.map(Into::into),
        decline_audio: i.decline_audio.map(Into::into),
        answer: i.answer.as_ref().map(AnswerValue::from),
    }
}

/// One screen: a page of fields or a single field.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Screen {
    /// Index of the screen (for `go_to`).
    pub index: i32,
    /// Id of the page or item shown.
    pub id: String,
    /// The questionnaire's title.
    pub questionnaire_title: LocalizedText,
    /// The questionnaire's title, spoken.
    pub questionnaire_title_audio: Option<AudioPrompt>,
    /// The page's title (`None` for a single item).
    pub title: Option<LocalizedText>,
    /// The page's title, spoken.
    pub title_audio: Option<AudioPrompt>,
    /// The page's hint.
    pub hint: Option<LocalizedText>,
    /// The page's hint, spoken.
    pub hint_audio: Option<AudioPrompt>,
    /// The fields, in order (hidden ones left out).
    pub fields: Vec<Field>,
    /// 1-based number of this screen among those shown.
    pub progress: i32,
    /// How many screens are shown with the current answers.
    pub progress_total: i32,
    /// "Question 3 of 12", localized.
    pub progress_text: LocalizedText,
    /// The display locale.
    pub locale: String,
    /// Whether the layout runs right to left.
    pub rtl: bool,
    /// Whether there is a screen to go back to.
    pub can_go_back: bool,
    /// Whether this is the last screen before review.
    pub is_last: bool,
}

fn count(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

pub(crate) fn screen(
    s: ScreenView,
    title: Text,
    title_audio: Option<Audio>,
    errors: &BTreeMap<String, ValidationError>,
) -> Screen {
    Screen {
        index: count(s.index),
        id: s.id,
        questionnaire_title: title.into(),
        questionnaire_title_audio: title_audio.map(Into::into),
        title: s.title.map(Into::into),
        title_audio: s.title_audio.map(Into::into),
        hint: s.hint.map(Into::into),
        hint_audio: s.hint_audio.map(Into::into),
        fields: s.items.into_iter().map(|i| field(i, errors)).collect(),
        progress: count(s.progress.n),
        progress_total: count(s.progress.total),
        progress_text: s.progress.text.into(),
        locale: s.locale,
        rtl: s.direction == Direction::Rtl,
        can_go_back: s.can_go_back,
        is_last: s.is_last,
    }
}

/// One line of the review before submitting.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ReviewLine {
    /// The screen to go to to change it.
    pub screen: i32,
    /// The item.
    pub item: String,
    /// The question.
    pub label: LocalizedText,
    /// The question, spoken.
    pub label_audio: Option<AudioPrompt>,
    /// The answer as the person reads it.
    pub display: LocalizedText,
    /// Free text that may identify someone.
    pub sensitive: bool,
}

impl From<ReviewEntry> for ReviewLine {
    fn from(e: ReviewEntry) -> Self {
        ReviewLine {
            screen: count(e.screen),
            item: e.item,
            label: e.label.into(),
            label_audio: e.label_audio.map(Into::into),
            display: e.display.into(),
            sensitive: e.sensitive,
        }
    }
}

/// What the app shows now.
// Crosses the boundary by value, serialized, once per call: the size of a
// variant in Rust memory does not matter, and uniffi has no `Box` field.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum View {
    /// No response is in progress: show the questionnaire list.
    Idle,
    /// A screen of fields.
    Questions {
        /// The screen.
        screen: Screen,
    },
    /// Every screen is done: review and submit.
    Review {
        /// The questionnaire's title.
        title: LocalizedText,
        /// The questionnaire's title, spoken.
        title_audio: Option<AudioPrompt>,
        /// The answers, in order.
        lines: Vec<ReviewLine>,
        /// What still needs an answer before submitting.
        missing: Vec<FieldError>,
        /// The display locale.
        locale: String,
        /// Whether the layout runs right to left.
        rtl: bool,
    },
}
