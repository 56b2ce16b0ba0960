//! The loaded, validated questionnaire.

use crate::audio::AudioLibrary;
use crate::expr::{Compiled, Ty};
use crate::l10n::Catalog;
use crate::languages::Languages;
use std::collections::HashMap;
use std::path::PathBuf;

/// What a questionnaire is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionnaireKind {
    /// An anonymous survey a resident fills in.
    Survey,
    /// A facilitator guide for a listening session.
    ListeningSession,
}

impl QuestionnaireKind {
    /// The name written in `questionnaire.toml`, submissions and the outbox.
    pub fn name(self) -> &'static str {
        match self {
            QuestionnaireKind::Survey => "survey",
            QuestionnaireKind::ListeningSession => "listening-session",
        }
    }

    /// Every kind, in the order messages list them.
    pub const ALL: [QuestionnaireKind; 2] = [
        QuestionnaireKind::Survey,
        QuestionnaireKind::ListeningSession,
    ];

    /// The kind a [`name`](Self::name) names; `None` for any other text.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The type of an item, as written in `type = "…"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// Text to read, no answer.
    Note,
    /// Must be accepted to continue; declining ends with nothing saved.
    Consent,
    /// One option from a list.
    Single,
    /// Any options from a list.
    Multiple,
    /// Yes or no.
    YesNo,
    /// A Likert or rating scale: one of a list of labelled numeric points.
    Scale,
    /// A whole number, optionally bounded.
    Integer,
    /// A decimal number, optionally bounded.
    Decimal,
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// A calendar date.
    Date,
    /// A screen grouping several items.
    Page,
    /// A value computed from other answers, never shown.
    Calculate,
    /// Counts per bracket: attendance, never names.
    Tally,
    /// Separate text entries, e.g. quotes.
    TextList,
    /// Follow-up actions: what, who (a role), by when.
    ActionList,
    /// A facilitator's prompt with notes.
    Prompt,
}

impl ItemKind {
    /// Every kind with its name in `questionnaire.toml`.
    pub const ALL: [(ItemKind, &'static str); 17] = [
        (ItemKind::Note, "note"),
        (ItemKind::Consent, "consent"),
        (ItemKind::Single, "single"),
        (ItemKind::Multiple, "multiple"),
        (ItemKind::YesNo, "yes-no"),
        (ItemKind::Scale, "scale"),
        (ItemKind::Integer, "integer"),
        (ItemKind::Decimal, "decimal"),
        (ItemKind::Text, "text"),
        (ItemKind::LongText, "long-text"),
        (ItemKind::Date, "date"),
        (ItemKind::Page, "page"),
        (ItemKind::Calculate, "calculate"),
        (ItemKind::Tally, "tally"),
        (ItemKind::TextList, "text-list"),
        (ItemKind::ActionList, "action-list"),
        (ItemKind::Prompt, "prompt"),
    ];

    /// The kind called `name` (`group` is accepted for `page`).
    pub fn from_name(name: &str) -> Option<ItemKind> {
        if name == "group" {
            return Some(ItemKind::Page);
        }
        Self::ALL.iter().find(|(_, n)| *n == name).map(|(k, _)| *k)
    }

    /// The name used in `questionnaire.toml`.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("?", |(_, n)| n)
    }

    /// Whether a person answers it.
    pub fn takes_answer(self) -> bool {
        !matches!(self, ItemKind::Note | ItemKind::Page | ItemKind::Calculate)
    }

    /// Whether it needs a `choices` list.
    pub fn needs_choices(self) -> bool {
        matches!(
            self,
            ItemKind::Single | ItemKind::Multiple | ItemKind::Scale | ItemKind::Tally
        )
    }

    /// The type its value has in expressions (`None`: cannot be referenced).
    pub fn value_type(self) -> Option<Ty> {
        match self {
            ItemKind::Single
            | ItemKind::YesNo
            | ItemKind::Text
            | ItemKind::LongText
            | ItemKind::Prompt => Some(Ty::Str),
            ItemKind::Scale | ItemKind::Integer | ItemKind::Decimal => Some(Ty::Num),
            ItemKind::Multiple => Some(Ty::Set),
            ItemKind::Date => Some(Ty::Date),
            ItemKind::Consent => Some(Ty::Bool),
            ItemKind::Note
            | ItemKind::Page
            | ItemKind::Calculate
            | ItemKind::Tally
            | ItemKind::TextList
            | ItemKind::ActionList => None,
        }
    }
}

/// Whether an item must be answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Required {
    /// Optional.
    No,
    /// Always required.
    Yes,
    /// Required when the condition holds.
    When(Compiled),
}

/// One item of a questionnaire.
#[derive(Debug, Clone)]
pub struct Item {
    /// Unique id; also the Fluent message id of its label unless overridden.
    pub id: String,
    /// Its type.
    pub kind: ItemKind,
    /// The page it belongs to.
    pub parent: Option<usize>,
    /// Its items, for a page.
    pub children: Vec<usize>,
    /// Message id of its label (attributes: `.hint`, `.constraint`).
    pub label: String,
    /// Whether it must be answered.
    pub required: Required,
    /// Shown only when this holds.
    pub relevant: Option<Compiled>,
    /// A valid answer makes this true (`.` is the answer).
    pub constraint: Option<Compiled>,
    /// The formula of a calculate item.
    pub calculate: Option<Compiled>,
    /// Free text that may identify someone: flagged for exports and reports.
    pub sensitive: bool,
    /// Offers "prefer not to say".
    pub decline: bool,
    /// Lower bound for numbers.
    pub min: Option<f64>,
    /// Upper bound for numbers.
    pub max: Option<f64>,
    /// Maximum length of text, in characters.
    pub max_length: Option<usize>,
    /// Option codes, in order.
    pub codes: Vec<String>,
    /// Message id of each option's label, parallel to `codes`.
    pub code_labels: Vec<String>,
    /// Name of its choice list.
    pub choice_list: Option<String>,
    /// Line of its definition in `questionnaire.toml`.
    pub line: usize,
}

/// A questionnaire ready to be filled in.
#[derive(Debug)]
pub struct Questionnaire {
    /// Stable identifier.
    pub id: String,
    /// Version; a device refuses to go back to a lower one.
    pub version: u32,
    /// Survey or listening session.
    pub kind: QuestionnaireKind,
    /// The locale every message must exist in.
    pub default_locale: String,
    /// Message id of the title.
    pub title: String,
    /// The folder it was loaded from.
    pub dir: PathBuf,
    /// Every item, in document order (a page comes before its items).
    pub items: Vec<Item>,
    /// The screens: the item shown on each (a page, or a single item).
    pub screens: Vec<usize>,
    /// Items in an order where everything an item's relevance or value
    /// depends on comes first.
    pub eval_order: Vec<usize>,
    /// Its messages in every locale.
    pub catalog: Catalog,
    /// The language registry with its own overrides.
    pub languages: Languages,
    pub(crate) by_id: HashMap<String, usize>,
    /// Its recorded prompts.
    pub(crate) audio: AudioLibrary,
    /// Every item a message shows the answer of (`{ $name }`), by variable
    /// name, sorted: the arguments every questionnaire message is given.
    pub(crate) label_variables: Vec<(String, usize)>,
}

impl Questionnaire {
    /// The index of item `id`.
    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// Item `id`.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.item_index(id).map(|i| &self.items[i])
    }

    /// The locales it is available in.
    pub fn locales(&self) -> Vec<&str> {
        self.catalog.tags()
    }

    /// The bytes of a recorded prompt, by the [`crate::Audio::id`] the
    /// render API gave (`locales/ps/audio/q1.opus`). `None` for an id this
    /// questionnaire does not have.
    pub fn audio(&self, id: &str) -> Option<&[u8]> {
        self.audio.get(id).map(|c| c.bytes.as_slice())
    }

    /// A recorded prompt with its media type (`audio/ogg`, `audio/mp4`,
    /// `audio/mpeg`), as a platform player wants it: the type is read from
    /// the bytes (bundles were checked for it), else
    /// `application/octet-stream`.
    pub fn audio_clip(&self, id: &str) -> Option<(&'static str, &[u8])> {
        let bytes = self.audio(id)?;
        let media_type = heard_protocol::audio::sniff(bytes)
            .map_or("application/octet-stream", |t| t.media_type());
        Some((media_type, bytes))
    }

    /// The ids of every recorded prompt, sorted.
    pub fn audio_ids(&self) -> impl Iterator<Item = &str> {
        self.audio.iter().map(|(id, _)| id)
    }

    /// Whether `locale` has its own recording of `message` (`q1`,
    /// `q1.hint`).
    pub fn has_audio(&self, locale: &str, message: &str) -> bool {
        self.audio.id_of(locale, message).is_some()
    }

    /// The items whose answers messages show (`{ $name }`), by name.
    pub fn label_variables(&self) -> impl Iterator<Item = &str> {
        self.label_variables.iter().map(|(name, _)| name.as_str())
    }

    /// Items a person answers (not notes, pages or calculations).
    pub fn questions(&self) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(|i| i.kind.takes_answer())
    }
}

#[cfg(test)]
mod tests {
    use super::QuestionnaireKind;

    #[test]
    fn a_kind_name_reads_back_as_the_kind() {
        for kind in QuestionnaireKind::ALL {
            assert_eq!(QuestionnaireKind::from_name(kind.name()), Some(kind));
        }
        for other in ["", "Survey", "listening_session", "poll"] {
            assert_eq!(QuestionnaireKind::from_name(other), None, "{other:?}");
        }
    }
}
