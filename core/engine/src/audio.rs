//! Recorded prompts, for respondents who cannot read: a questionnaire may
//! ship `locales/<tag>/audio/<message-id>.<ext>` beside its Fluent files.
//! The render API returns, for each label, hint and option, the recording
//! found along the same locale chain as the text, and says whether it came
//! from a fallback locale; the bytes are fetched by id with
//! [`crate::Questionnaire::audio`].

use heard_protocol::audio::AudioType;
use std::collections::{BTreeMap, HashMap};

/// The recording of one message, as the render API hands it out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Audio {
    /// What to pass to [`crate::Questionnaire::audio`] for the bytes: the
    /// file's path inside the questionnaire (`locales/ps/audio/q1.opus`).
    /// A plain string, so a UI across FFI can ask for it later.
    pub id: String,
    /// The message (or attribute) it speaks: `q1`, `q1.hint`.
    pub message: String,
    /// The locale it was recorded in.
    pub locale: String,
    /// Its media type (`audio/ogg`, `audio/mp4`, `audio/mpeg`), for the
    /// platform player.
    pub media_type: String,
    /// True when it is not in the display locale but in a fallback along
    /// the chain: a UI may play it, mark it, or leave it out.
    pub fallback: bool,
    /// Its size in bytes.
    pub size: usize,
}

/// One loaded recording.
pub(crate) struct Clip {
    pub(crate) locale: String,
    pub(crate) message: String,
    pub(crate) kind: AudioType,
    pub(crate) bytes: Vec<u8>,
}

/// Every recording of a questionnaire, checked when it loaded.
#[derive(Default)]
pub(crate) struct AudioLibrary {
    /// By id (relative path).
    clips: BTreeMap<String, Clip>,
    /// (locale, message) → id.
    by_message: HashMap<(String, String), String>,
}

impl std::fmt::Debug for AudioLibrary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The ids and sizes, not kilobytes of audio in a debug print.
        f.debug_map()
            .entries(self.clips.iter().map(|(id, c)| (id, c.bytes.len())))
            .finish()
    }
}

impl AudioLibrary {
    /// Adds a recording; the loader has checked it and that it is the only
    /// one of its message in its locale.
    pub(crate) fn insert(&mut self, id: String, clip: Clip) {
        self.by_message
            .insert((clip.locale.clone(), clip.message.clone()), id.clone());
        self.clips.insert(id, clip);
    }

    /// The id of the recording of `message` in exactly `locale`.
    pub(crate) fn id_of(&self, locale: &str, message: &str) -> Option<&str> {
        self.by_message
            .get(&(locale.to_string(), message.to_string()))
            .map(String::as_str)
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Clip> {
        self.clips.get(id)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Clip)> {
        self.clips.iter().map(|(id, c)| (id.as_str(), c))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.clips.is_empty()
    }

    /// The first recording of `message` along `tags` (display locale
    /// first), marked as a fallback unless it is in `chosen`.
    pub(crate) fn along<'t>(
        &self,
        tags: impl IntoIterator<Item = &'t str>,
        chosen: &str,
        message: &str,
    ) -> Option<Audio> {
        tags.into_iter().find_map(|tag| {
            let id = self.id_of(tag, message)?;
            let clip = self.clips.get(id)?;
            Some(Audio {
                id: id.to_string(),
                message: clip.message.clone(),
                locale: clip.locale.clone(),
                media_type: clip.kind.media_type().to_string(),
                fallback: clip.locale != chosen,
                size: clip.bytes.len(),
            })
        })
    }
}
