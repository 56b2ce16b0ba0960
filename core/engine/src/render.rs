//! What a UI shows: screens, items, choices and review entries, with every
//! string already resolved in the chosen locale, and beside each label,
//! hint and option its recorded prompt when the questionnaire has one
//! (found along the same locale chain as the text; fetch the bytes with
//! [`crate::Questionnaire::audio`]).

use crate::answer::Answer;
use crate::audio::Audio;
use crate::l10n::Text;
use crate::languages::Direction;
use crate::model::ItemKind;

/// One option of a choice item.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ChoiceView {
    /// The code stored in the answer.
    pub code: String,
    /// What the person reads.
    pub label: Text,
    /// The label's recording.
    pub audio: Option<Audio>,
}

/// One item on a screen, ready to draw.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ItemView {
    /// The item's id, to pass back with its answer.
    pub id: String,
    /// Which input to show.
    pub kind: ItemKind,
    /// The question or note text.
    pub label: Text,
    /// The label's recording.
    pub label_audio: Option<Audio>,
    /// Help shown under it.
    pub hint: Option<Text>,
    /// The hint's recording.
    pub hint_audio: Option<Audio>,
    /// What the input expects ("Enter a whole number from 1 to 30.").
    pub instructions: Option<Text>,
    /// Options, in order (choice, yes/no, scale, tally; accept/decline for consent).
    pub choices: Vec<ChoiceView>,
    /// Lower bound of a number.
    pub min: Option<f64>,
    /// Upper bound of a number.
    pub max: Option<f64>,
    /// Longest text accepted, in characters.
    pub max_length: Option<usize>,
    /// Whether it must be answered (with the current answers).
    pub required: bool,
    /// Free text that may identify someone.
    pub sensitive: bool,
    /// The warning to show beside a sensitive text input.
    pub sensitive_warning: Option<Text>,
    /// The "prefer not to say" label, when it is offered.
    pub decline: Option<Text>,
    /// Its recording (message `answer-decline`), when it is offered.
    pub decline_audio: Option<Audio>,
    /// The current answer.
    pub answer: Option<Answer>,
}

/// Where the person is in the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    /// 1-based number of the current screen among those shown.
    pub n: usize,
    /// How many screens are shown with the current answers.
    pub total: usize,
    /// "Question 3 of 12", localized.
    pub text: Text,
}

/// One screen: a page of items or a single item.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ScreenView {
    /// Index of the screen in the questionnaire.
    pub index: usize,
    /// Id of the page or item shown.
    pub id: String,
    /// The page's title (`None` for a single item).
    pub title: Option<Text>,
    /// The title's recording.
    pub title_audio: Option<Audio>,
    /// The page's hint.
    pub hint: Option<Text>,
    /// The page hint's recording.
    pub hint_audio: Option<Audio>,
    /// The items shown, in order (hidden ones left out).
    pub items: Vec<ItemView>,
    /// Progress through the questionnaire.
    pub progress: Progress,
    /// The display locale.
    pub locale: String,
    /// Layout direction of the display locale.
    pub direction: Direction,
    /// Whether there is a screen to go back to.
    pub can_go_back: bool,
    /// Whether this is the last screen before review and submit.
    pub is_last: bool,
}

/// One line of the review of all answers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ReviewEntry {
    /// Screen to go to to change it.
    pub screen: usize,
    /// The item's id.
    pub item: String,
    /// The question.
    pub label: Text,
    /// The question's recording.
    pub label_audio: Option<Audio>,
    /// The answer as the person reads it ("Not answered", option labels…).
    pub display: Text,
    /// The stored answer.
    pub answer: Option<Answer>,
    /// Free text that may identify someone.
    pub sensitive: bool,
}
