//! The language registry: each language's own name, its text direction and
//! its explicit fallback chain, declared in data (`locales/languages.toml`,
//! plus a questionnaire's own `[languages]` table), never guessed.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Writing direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// `"ltr"` or `"rtl"`, as HTML's `dir` attribute spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The digits a locale writes numbers with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    /// 0-9.
    #[default]
    Latn,
    /// Extended Arabic-Indic ۰-۹ (Persian, Dari, Pashto).
    Arabext,
}

/// What Heard knows about one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// The language's name for itself, for language pickers.
    pub name: String,
    /// Text direction.
    pub direction: Direction,
    /// Locales to try, in order, when a message is missing.
    #[serde(default)]
    pub fallback: Vec<String>,
    /// The locale whose plural rules apply, where CLDR has none of its own
    /// (Dari uses Persian's).
    #[serde(default)]
    pub plurals: Option<String>,
    /// The digits numbers are written with.
    #[serde(default)]
    pub digits: Digits,
}

/// A set of languages, keyed by BCP 47 tag.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Languages {
    entries: BTreeMap<String, Language>,
}

impl Languages {
    /// The registry built into Heard (`locales/languages.toml`).
    pub fn builtin() -> &'static Languages {
        static BUILTIN: std::sync::OnceLock<Languages> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            let entries =
                serde_json::from_str(crate::embedded::LANGUAGES_JSON).unwrap_or_else(|e| {
                    panic!("locales/languages.toml is invalid (a build-time file): {e}")
                });
            Languages { entries }
        })
    }

    /// Parses a `[languages]` table.
    pub fn from_entries(entries: BTreeMap<String, Language>) -> Self {
        Languages { entries }
    }

    /// This registry with `overrides` added on top.
    pub fn with_overrides(&self, overrides: &Languages) -> Languages {
        let mut entries = self.entries.clone();
        entries.extend(overrides.entries.clone());
        Languages { entries }
    }

    /// The entry for `tag`, or for its primary language subtag (`fr-CA` → `fr`).
    pub fn get(&self, tag: &str) -> Option<&Language> {
        self.entries.get(tag).or_else(|| {
            let primary = tag.split(['-', '_']).next()?;
            self.entries.get(primary)
        })
    }

    /// Text direction of `tag`. Unknown languages are left-to-right, and the
    /// questionnaire check warns about them.
    pub fn direction(&self, tag: &str) -> Direction {
        self.get(tag).map_or(Direction::Ltr, |l| l.direction)
    }

    /// Whether `tag` is declared here.
    pub fn knows(&self, tag: &str) -> bool {
        self.get(tag).is_some()
    }

    /// `tag` followed by its declared fallbacks, transitively, without repeats.
    pub fn chain(&self, tag: &str) -> Vec<String> {
        let mut chain = vec![tag.to_string()];
        let mut i = 0;
        while i < chain.len() {
            if let Some(lang) = self.get(&chain[i]) {
                for next in &lang.fallback {
                    if !chain.contains(next) {
                        chain.push(next.clone());
                    }
                }
            }
            i += 1;
        }
        chain
    }

    /// The self-name of `tag`, or the tag itself.
    pub fn name<'a>(&'a self, tag: &'a str) -> &'a str {
        self.get(tag).map_or(tag, |l| l.name.as_str())
    }

    /// The digits `tag` writes numbers with.
    pub fn digits(&self, tag: &str) -> Digits {
        self.get(tag).map_or(Digits::Latn, |l| l.digits)
    }

    /// The locale whose plural rules `tag` uses.
    pub fn plural_locale<'a>(&'a self, tag: &'a str) -> &'a str {
        self.get(tag)
            .and_then(|l| l.plurals.as_deref())
            .unwrap_or(tag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_registry_declares_directions_and_dari_fallback() {
        let langs = Languages::builtin();
        for rtl in ["ar", "fa", "prs", "ps", "ur", "ckb", "he"] {
            assert_eq!(langs.direction(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["en", "fr", "es", "uk", "so", "ti"] {
            assert_eq!(langs.direction(ltr), Direction::Ltr, "{ltr}");
        }
        assert_eq!(langs.chain("prs"), ["prs", "fa"]);
        assert_eq!(langs.direction("ar-EG"), Direction::Rtl);
        assert_eq!(langs.plural_locale("prs"), "fa");
    }
}
