//! Translation coverage of a questionnaire, per locale: which messages are
//! present, which come from a declared fallback, which are missing; and the
//! same for recorded prompts.

use crate::languages::Direction;
use crate::model::Questionnaire;
use fluent_bundle::FluentArgs;

/// Recorded prompts of one locale, over the messages the render API
/// speaks (labels, hints, options, titles: not constraint messages).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AudioCoverage {
    /// How many messages can be spoken.
    pub expected: usize,
    /// Messages recorded in this locale.
    pub present: usize,
    /// Messages not recorded here that play a declared fallback's recording
    /// (not the default locale's), with that fallback.
    pub fallback: Vec<(String, String)>,
    /// Messages that only the default locale's recording speaks (for the
    /// default locale itself: none).
    pub default: Vec<String>,
    /// Messages with no recording anywhere along the chain.
    pub missing: Vec<String>,
}

/// Coverage of one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleCoverage {
    /// The locale.
    pub locale: String,
    /// Its own name.
    pub name: String,
    /// Its direction.
    pub direction: Direction,
    /// Whether the language registry declares it (direction is not guessed).
    pub declared: bool,
    /// Messages (and attributes) of the default locale this one has too.
    pub present: usize,
    /// Messages it lacks that a declared fallback (not the default) supplies, with that fallback.
    pub fallback: Vec<(String, String)>,
    /// Messages it lacks that only the default locale supplies.
    pub missing: Vec<String>,
    /// Messages it has that the default locale does not (stale or misspelt).
    pub extra: Vec<String>,
    /// Fluent errors when formatting its messages (unknown variables or references).
    pub format_errors: Vec<String>,
    /// Its recorded prompts.
    pub audio: AudioCoverage,
}

/// Coverage of every locale of `q`, default first.
pub fn coverage(q: &Questionnaire) -> Vec<LocaleCoverage> {
    let default = q.default_locale.as_str();
    let expected: Vec<&str> = q
        .catalog
        .keys(default)
        .map(|(k, _)| k)
        .filter(|k| !k.starts_with('-'))
        .collect();
    // Only labels, hints and options are spoken; constraint messages are
    // errors shown beside a field.
    let spoken: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|k| k.split_once('.').is_none_or(|(_, attr)| attr == "hint"))
        .collect();
    // The variables of label messages get a value at render; an empty one
    // here, so that only genuinely unknown ones are reported.
    let mut variables = FluentArgs::new();
    for name in q.label_variables() {
        variables.set(name, "");
    }
    let mut tags = q.locales();
    tags.sort_by_key(|t| (*t != default, *t));
    tags.into_iter()
        .map(|tag| {
            let chain = q.languages.chain(tag);
            let mut present = 0;
            let mut fallback = Vec::new();
            let mut missing = Vec::new();
            for key in &expected {
                if q.catalog.has(tag, key) {
                    present += 1;
                } else if let Some(via) = chain
                    .iter()
                    .skip(1)
                    .find(|t| t.as_str() != default && q.catalog.has(t, key))
                {
                    fallback.push(((*key).to_string(), via.clone()));
                } else {
                    missing.push((*key).to_string());
                }
            }
            let extra = q
                .catalog
                .keys(tag)
                .map(|(k, _)| k)
                .filter(|k| !k.starts_with('-') && !q.catalog.has(default, k))
                .map(str::to_string)
                .collect();
            let format_errors = q
                .catalog
                .keys(tag)
                .filter(|(k, _)| !k.starts_with('-'))
                .flat_map(|(k, (file, line))| {
                    q.catalog
                        .format_errors(tag, k, Some(&variables))
                        .into_iter()
                        .map(move |e| format!("{file}:{line}: {k}: {e}"))
                })
                .collect();
            let mut audio = AudioCoverage {
                expected: spoken.len(),
                ..AudioCoverage::default()
            };
            for key in &spoken {
                if q.has_audio(tag, key) {
                    audio.present += 1;
                } else if let Some(via) = chain
                    .iter()
                    .skip(1)
                    .find(|t| t.as_str() != default && q.has_audio(t, key))
                {
                    audio.fallback.push(((*key).to_string(), via.clone()));
                } else if tag != default && q.has_audio(default, key) {
                    audio.default.push((*key).to_string());
                } else {
                    audio.missing.push((*key).to_string());
                }
            }
            LocaleCoverage {
                locale: tag.to_string(),
                name: q.languages.name(tag).to_string(),
                direction: q.languages.direction(tag),
                declared: q.languages.knows(tag),
                present,
                fallback,
                missing,
                extra,
                format_errors,
                audio,
            }
        })
        .collect()
}
