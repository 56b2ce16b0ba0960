//! The report's own words, from `locales/<tag>/report.ftl` (built into the
//! core), in the chosen language with its declared fallbacks.

use fluent_bundle::FluentArgs;
use heard_engine::l10n::{Chain, ReportStrings};
use heard_engine::{Digits, Direction, Languages};

/// The languages a report can be written in: every `locales/<tag>/report.ftl`,
/// sorted by tag.
pub fn report_locales() -> Vec<&'static str> {
    let mut tags = ReportStrings::get().catalog.tags();
    tags.sort_unstable();
    tags
}

/// Checks that a report can be written in `locale` (`--locale`): it, or a
/// language it falls back to (`prs` → `fa`, `fr-CA` → `fr`), has report
/// strings. Otherwise the error names the flag and lists the report
/// languages, so that `--locale de` is refused instead of silently giving
/// English.
pub fn check_locale(locale: &str) -> crate::Result<()> {
    let languages = Languages::builtin();
    let chosen = ReportStrings::get()
        .catalog
        .negotiate(&[locale], DEFAULT, languages)
        .chosen;
    // Negotiation ends on the default when nothing matched: that is a
    // match only when English was asked for.
    let language = locale.split(['-', '_']).next().unwrap_or(locale);
    if chosen != DEFAULT || language.eq_ignore_ascii_case(DEFAULT) {
        return Ok(());
    }
    let available: Vec<String> = report_locales()
        .into_iter()
        .map(|tag| format!("{tag} ({})", languages.name(tag)))
        .collect();
    Err(crate::Error::Usage(format!(
        "--locale {locale}: there are no report strings in this language, so the report would be in English. Reports can be written in: {}. Pass one of these codes, or leave out --locale for English",
        available.join(", ")
    )))
}

/// The report's default language.
const DEFAULT: &str = "en";

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
            .negotiate(&requested, DEFAULT, languages);
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
            Digits::Arabext => heard_engine::l10n::to_arabext(&text),
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
            Digits::Arabext => heard_engine::l10n::to_arabext(text),
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
    fn every_report_locale_and_its_variants_are_accepted() {
        let tags = report_locales();
        assert_eq!(
            tags,
            ["ar", "en", "es", "fa", "fr", "prs", "ps", "so", "ti", "uk"]
        );
        for tag in tags {
            assert!(check_locale(tag).is_ok(), "{tag}");
        }
        for variant in ["fr-CA", "en-GB", "EN", "ar-EG"] {
            assert!(check_locale(variant).is_ok(), "{variant}");
        }
    }

    #[test]
    fn a_locale_without_report_strings_is_refused_with_the_list() {
        for wanted in ["de", "xx", "", "zz-ZZ"] {
            let e = check_locale(wanted).expect_err(wanted).to_string();
            assert!(e.starts_with(&format!("--locale {wanted}:")), "{e}");
            assert!(e.contains("ar (العربية)") && e.contains("uk ("), "{e}");
            assert!(e.contains("en (English)"), "{e}");
        }
    }

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
