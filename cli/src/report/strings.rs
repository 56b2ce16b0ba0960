//! The report's own words, from `locales/<tag>/report.ftl` (built into the
//! core), in the chosen language with its declared fallbacks.

use fluent_bundle::FluentArgs;
use heard_core::l10n::{Chain, ReportStrings};
use heard_core::languages::{Digits, Direction, Languages};

/// Report strings in one language.
pub struct Strings {
    chain: Chain,
    languages: &'static Languages,
}

impl Strings {
    /// The strings for the best match of `locale` (English by default).
    pub fn new(locale: Option<&str>) -> Strings {
        let languages = Languages::builtin();
        let requested: Vec<&str> = locale.into_iter().collect();
        let chain = ReportStrings::get()
            .catalog
            .negotiate(&requested, "en", languages);
        Strings { chain, languages }
    }

    /// The chosen locale.
    pub fn locale(&self) -> &str {
        &self.chain.chosen
    }

    /// Its direction.
    pub fn direction(&self) -> Direction {
        self.languages.direction(&self.chain.chosen)
    }

    /// Message `id` with `args`; the id itself if no locale has it.
    pub fn get_with(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(id, Some(args))
    }

    /// Message `id`.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        ReportStrings::get()
            .catalog
            .format(&self.chain, id, None, args, self.languages)
            .map_or_else(|| id.to_string(), |t| t.text)
    }

    /// A number in the language's digits.
    pub fn number(&self, n: u64) -> String {
        let text = n.to_string();
        match self.languages.digits(&self.chain.chosen) {
            Digits::Arabext => heard_core::l10n::to_arabext(&text),
            Digits::Latn => text,
        }
    }

    /// A decimal number (such as a privacy budget) in the language's
    /// digits, with at most three decimals and no trailing zeros.
    pub fn decimal(&self, x: f64) -> String {
        let x = if x.is_finite() { x } else { 0.0 };
        let text = format!("{x:.3}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        let text = if text.is_empty() || text == "-" {
            "0"
        } else {
            text
        };
        match self.languages.digits(&self.chain.chosen) {
            Digits::Arabext => heard_core::l10n::to_arabext(text),
            Digits::Latn => text.to_string(),
        }
    }

    /// The self-name of a language tag.
    pub fn language_name(&self, tag: &str) -> String {
        self.languages.name(tag).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_short_and_in_the_language_digits() {
        let en = Strings::new(Some("en"));
        assert_eq!(en.decimal(0.0), "0");
        assert_eq!(en.decimal(1.0), "1");
        assert_eq!(en.decimal(0.125), "0.125");
        assert_eq!(en.decimal(0.5), "0.5");
        assert_eq!(en.decimal(f64::NAN), "0");
        let fa = Strings::new(Some("fa"));
        assert_eq!(fa.decimal(0.5), "۰٫۵");
    }
}
