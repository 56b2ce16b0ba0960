//! The app's own words: every label, button and message a screen shows
//! that is not part of a questionnaire comes from `locales/<tag>/app.ftl`
//! through here, never from Android or iOS resources, so every front end
//! says the same thing in the same languages.

use crate::app::LanguageInfo;
use crate::error::{ApiError, Result};
use crate::render::LocalizedText;
use heard_engine::l10n::AppArg;
use heard_engine::{AppStrings, Direction, Languages};
use std::collections::HashMap;

/// An argument of an app string.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum TextArg {
    /// A number: the locale's plural rules and digits apply.
    Number {
        /// The number.
        value: f64,
    },
    /// A text, inserted as it is.
    Text {
        /// The text.
        value: String,
    },
}

/// App string `id` (or `id.attribute`) in the first of `preferred` locales
/// that has it, with `args` filled in; `NotFound` for an id the app does
/// not ship.
#[uniffi::export]
pub fn app_text(
    preferred: Vec<String>,
    id: String,
    args: HashMap<String, TextArg>,
) -> Result<LocalizedText> {
    let mut args: Vec<(String, AppArg)> = args
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                TextArg::Number { value } => AppArg::Number(value),
                TextArg::Text { value } => AppArg::Text(value),
            };
            (name, value)
        })
        .collect();
    args.sort_by(|a, b| a.0.cmp(&b.0));
    heard_engine::l10n::app_text(&preferred, &id, &args)
        .map(Into::into)
        .ok_or_else(|| ApiError::NotFound(format!("the app has no string \"{id}\"")))
}

/// The languages the app itself speaks, each in its own name, for the app
/// language setting.
#[uniffi::export]
pub fn app_languages() -> Vec<LanguageInfo> {
    let languages = Languages::builtin();
    AppStrings::get()
        .catalog
        .tags()
        .into_iter()
        .map(|tag| LanguageInfo {
            tag: tag.to_string(),
            name: languages.name(tag).to_string(),
            rtl: languages.direction(tag) == Direction::Rtl,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn app_strings_follow_the_locale_chain_and_plural_rules() {
        let next = app_text(vec!["ar".into()], "nav-next".into(), HashMap::new()).expect("next");
        assert_eq!(next.locale, "ar");
        assert!(next.rtl);
        let count = |n: f64| {
            app_text(
                vec!["en".into()],
                "answered-count".into(),
                HashMap::from([("count".to_string(), TextArg::Number { value: n })]),
            )
            .expect("count")
            .text
        };
        assert_eq!(count(1.0), "One question answered");
        assert!(count(3.0).contains('3'), "{}", count(3.0));
        // Dari has no app.ftl of its own words here: it falls back along its chain.
        let dari = app_text(vec!["prs".into()], "nav-next".into(), HashMap::new()).expect("prs");
        assert!(["prs", "fa"].contains(&dari.locale.as_str()), "{dari:?}");
        assert!(matches!(
            app_text(vec!["en".into()], "no-such-string".into(), HashMap::new()),
            Err(ApiError::NotFound(_))
        ));
        let tags: Vec<String> = app_languages().into_iter().map(|l| l.tag).collect();
        for tag in ["en", "ar", "ti", "fa", "prs", "ps", "so", "uk", "fr", "es"] {
            assert!(tags.contains(&tag.to_string()), "{tags:?}");
        }
    }
}
