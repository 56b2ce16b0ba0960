//! Which language each translated column is in.
//!
//! XLSForm names languages in column headers: `label::English (en)`,
//! `label::العربية (ar)`, or by name alone (`label::French`). A code in
//! parentheses is used as given. A name alone is looked up in a table of
//! English and native names; a name that is unknown or ambiguous (Kurdish:
//! Sorani or Kurmanji?) is never guessed: the import asks for
//! `--lang "Name=code"`.

use heard_engine::Languages;
use std::collections::BTreeMap;

/// One language Heard's importer knows by name.
struct Known {
    code: &'static str,
    /// English names and other common spellings, lower case.
    names: &'static [&'static str],
    /// The language's own name (for `[languages]` when Heard lacks it).
    own_name: &'static str,
    rtl: bool,
}

const fn lang(
    code: &'static str,
    names: &'static [&'static str],
    own_name: &'static str,
    rtl: bool,
) -> Known {
    Known {
        code,
        names,
        own_name,
        rtl,
    }
}

/// Languages known by name: those of the communities Heard serves first,
/// then widely used ones. Names are matched ignoring case.
const KNOWN: &[Known] = &[
    lang("en", &["english"], "English", false),
    lang("ar", &["arabic"], "العربية", true),
    lang("fa", &["persian", "farsi"], "فارسی", true),
    lang("prs", &["dari", "afghan persian"], "دری", true),
    lang("ps", &["pashto", "pushto", "pashtu"], "پښتو", true),
    lang("ur", &["urdu"], "اردو", true),
    lang(
        "ckb",
        &["sorani", "central kurdish", "kurdish (sorani)"],
        "کوردیی ناوەندی",
        true,
    ),
    lang(
        "kmr",
        &["kurmanji", "northern kurdish", "kurdish (kurmanji)"],
        "Kurmancî",
        false,
    ),
    lang("he", &["hebrew"], "עברית", true),
    lang("so", &["somali"], "Soomaali", false),
    lang("ti", &["tigrinya", "tigrigna"], "ትግርኛ", false),
    lang("am", &["amharic"], "አማርኛ", false),
    lang("om", &["oromo", "afaan oromoo"], "Afaan Oromoo", false),
    lang("uk", &["ukrainian"], "українська", false),
    lang("ru", &["russian"], "русский", false),
    lang("fr", &["french"], "français", false),
    lang("es", &["spanish", "castilian"], "español", false),
    lang("de", &["german"], "Deutsch", false),
    lang("it", &["italian"], "italiano", false),
    lang("pt", &["portuguese"], "português", false),
    lang("nl", &["dutch", "flemish"], "Nederlands", false),
    lang("tr", &["turkish"], "Türkçe", false),
    lang("sw", &["swahili", "kiswahili"], "Kiswahili", false),
    lang("ha", &["hausa"], "Hausa", false),
    lang("yo", &["yoruba"], "Yorùbá", false),
    lang("ig", &["igbo"], "Igbo", false),
    lang("ln", &["lingala"], "Lingála", false),
    lang("rw", &["kinyarwanda"], "Ikinyarwanda", false),
    lang("rn", &["kirundi", "rundi"], "Ikirundi", false),
    lang("wo", &["wolof"], "Wolof", false),
    lang(
        "ff",
        &["fula", "fulah", "fulani", "fulfulde", "pulaar"],
        "Fulfulde",
        false,
    ),
    lang("bm", &["bambara"], "bamanakan", false),
    lang("mg", &["malagasy"], "Malagasy", false),
    lang(
        "ht",
        &["haitian creole", "haitian"],
        "Kreyòl ayisyen",
        false,
    ),
    lang("zh", &["chinese"], "中文", false),
    lang("hi", &["hindi"], "हिन्दी", false),
    lang("bn", &["bengali", "bangla"], "বাংলা", false),
    lang("pa", &["punjabi", "panjabi"], "ਪੰਜਾਬੀ", false),
    lang("ta", &["tamil"], "தமிழ்", false),
    lang("ne", &["nepali"], "नेपाली", false),
    lang("si", &["sinhala", "sinhalese"], "සිංහල", false),
    lang("sd", &["sindhi"], "سنڌي", true),
    lang("ug", &["uyghur", "uighur"], "ئۇيغۇرچە", true),
    lang("yi", &["yiddish"], "ייִדיש", true),
    lang("dv", &["dhivehi", "divehi", "maldivian"], "ދިވެހި", true),
    lang("vi", &["vietnamese"], "Tiếng Việt", false),
    lang("th", &["thai"], "ไทย", false),
    lang("my", &["burmese", "myanmar"], "မြန်မာ", false),
    lang("km", &["khmer", "cambodian"], "ខ្មែរ", false),
    lang("rhg", &["rohingya"], "Ruáingga", false),
    lang("id", &["indonesian"], "Bahasa Indonesia", false),
    lang("ms", &["malay"], "Bahasa Melayu", false),
    lang("tl", &["tagalog"], "Tagalog", false),
    lang("fil", &["filipino"], "Filipino", false),
    lang("ja", &["japanese"], "日本語", false),
    lang("ko", &["korean"], "한국어", false),
    lang("ro", &["romanian"], "română", false),
    lang("pl", &["polish"], "polski", false),
    lang("sq", &["albanian"], "shqip", false),
    lang("sr", &["serbian"], "српски", false),
    lang("hr", &["croatian"], "hrvatski", false),
    lang("bs", &["bosnian"], "bosanski", false),
    lang("el", &["greek"], "Ελληνικά", false),
    lang("hy", &["armenian"], "հայերեն", false),
    lang("ka", &["georgian"], "ქართული", false),
    lang("az", &["azerbaijani", "azeri"], "azərbaycan", false),
    lang("uz", &["uzbek"], "oʻzbekcha", false),
    lang("tg", &["tajik"], "тоҷикӣ", false),
    lang("ky", &["kyrgyz", "kirghiz"], "кыргызча", false),
    lang("kk", &["kazakh"], "қазақ тілі", false),
    lang("mn", &["mongolian"], "монгол", false),
    lang("be", &["belarusian"], "беларуская", false),
];

/// Names that could mean more than one language, with the candidates.
const AMBIGUOUS: &[(&str, &str)] = &[
    (
        "kurdish",
        "ckb (Central Kurdish, Sorani) or kmr (Northern Kurdish, Kurmanji)",
    ),
    (
        "berber",
        "tzm (Central Atlas Tamazight), zgh (Standard Moroccan Tamazight), kab (Kabyle) or another",
    ),
    (
        "tamazight",
        "tzm (Central Atlas Tamazight), zgh (Standard Moroccan Tamazight) or another",
    ),
    ("serbo-croatian", "sr, hr or bs"),
    ("norwegian", "nb (Bokmål) or nn (Nynorsk)"),
    ("sotho", "st (Southern Sotho) or nso (Northern Sotho)"),
];

/// What a language string in a header resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A BCP 47 tag, canonical.
    Code(String),
    /// A name Heard will not guess; the text says why (and may suggest codes).
    Unknown(String),
}

/// The canonical form of `tag` when it looks like a BCP 47 language tag
/// (`en`, `prs`, `pt-BR`, `zh-Hans`), else `None`. A bare word of four or
/// more letters ("Brazil", "Somali") is not taken for a tag.
pub fn canonical_tag(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    let mut parts = tag.split('-');
    let primary = parts.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    if !parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric())) {
        return None;
    }
    tag.parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .map(|id| id.to_string())
}

/// Splits `English (en)` into the name and the code in parentheses, when
/// the parentheses hold something that looks like a language tag.
pub fn split_code(written: &str) -> (String, Option<String>) {
    let written = written.trim();
    if let Some(open) = written.rfind('(')
        && written.ends_with(')')
    {
        let inner = &written[open + 1..written.len() - 1];
        if let Some(code) = canonical_tag(inner) {
            return (written[..open].trim().to_string(), Some(code));
        }
    }
    (written.to_string(), None)
}

fn is_known_code(code: &str) -> bool {
    let primary = code.split('-').next().unwrap_or(code);
    KNOWN
        .iter()
        .any(|k| k.code.eq_ignore_ascii_case(code) || k.code.eq_ignore_ascii_case(primary))
        || Languages::builtin().knows(code)
}

/// Resolves a language as written in a header or in `default_language`.
/// `mappings` are the user's `--lang NAME=CODE` pairs (names compared
/// ignoring case, either the whole text or the name before the parentheses).
pub fn resolve(written: &str, mappings: &[(String, String)]) -> Resolved {
    let written = written.trim();
    let (name, code) = split_code(written);
    for (key, value) in mappings {
        let key = key.trim();
        if key.eq_ignore_ascii_case(written) || key.eq_ignore_ascii_case(&name) {
            return match canonical_tag(value) {
                Some(code) => Resolved::Code(code),
                None => Resolved::Unknown(format!(
                    "--lang \"{key}={value}\": \"{value}\" is not a BCP 47 language code (such as en, ar, prs, pt-BR)"
                )),
            };
        }
    }
    if let Some(code) = code {
        return Resolved::Code(code);
    }
    if let Some(code) = canonical_tag(&name)
        && is_known_code(&code)
    {
        return Resolved::Code(code);
    }
    let lower = name.to_lowercase();
    if let Some((_, candidates)) = AMBIGUOUS.iter().find(|(n, _)| *n == lower) {
        return Resolved::Unknown(format!(
            "\"{name}\" could be {candidates}: Heard does not guess"
        ));
    }
    let mut matches: Vec<&str> = KNOWN
        .iter()
        .filter(|k| {
            k.names.contains(&lower.as_str())
                || k.own_name.to_lowercase() == lower
                || Languages::builtin()
                    .get(k.code)
                    .is_some_and(|l| l.name.to_lowercase() == lower)
        })
        .map(|k| k.code)
        .collect();
    matches.dedup();
    match matches.as_slice() {
        [code] => Resolved::Code((*code).to_string()),
        [] => Resolved::Unknown(format!("Heard does not know the language \"{name}\"")),
        several => Resolved::Unknown(format!(
            "\"{name}\" could be {}: Heard does not guess",
            several.join(" or ")
        )),
    }
}

/// A `[languages.<tag>]` entry for a language Heard's registry lacks but
/// this importer knows: its own name and direction.
pub fn registry_entry(code: &str) -> Option<(&'static str, &'static str)> {
    if Languages::builtin().knows(code) {
        return None;
    }
    KNOWN
        .iter()
        .find(|k| k.code == code)
        .map(|k| (k.own_name, if k.rtl { "rtl" } else { "ltr" }))
}

/// A name to show for `code` in messages: Heard's own name for it, else the
/// importer's, else the code.
pub fn display_name(code: &str) -> String {
    if let Some(lang) = Languages::builtin().get(code) {
        return lang.name.clone();
    }
    KNOWN
        .iter()
        .find(|k| k.code == code)
        .map_or_else(|| code.to_string(), |k| k.own_name.to_string())
}

/// An example code to suggest for a language name in `--lang` hints.
pub fn example_code(written: &str) -> &'static str {
    let lower = split_code(written).0.to_lowercase();
    if lower == "kurdish" { "ckb" } else { "<code>" }
}

/// Languages in the order they were first seen, by written form.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    order: Vec<String>,
    columns: BTreeMap<String, Vec<String>>,
}

impl Seen {
    /// Records that column `header` is in language `written`.
    pub fn add(&mut self, written: &str, header: &str) {
        let key = written.trim().to_string();
        if !self.order.contains(&key) {
            self.order.push(key.clone());
        }
        self.columns
            .entry(key)
            .or_default()
            .push(header.to_string());
    }

    /// Every written language with the headers of its columns.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.order.iter().map(|w| {
            (
                w.as_str(),
                self.columns.get(w).map_or(&[][..], Vec::as_slice),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(written: &str) -> Resolved {
        resolve(written, &[])
    }

    #[test]
    fn codes_in_parentheses_win() {
        assert_eq!(code("English (en)"), Resolved::Code("en".into()));
        assert_eq!(code("العربية (ar)"), Resolved::Code("ar".into()));
        assert_eq!(code("Dari (prs)"), Resolved::Code("prs".into()));
        assert_eq!(code("Português (pt_br)"), Resolved::Code("pt-BR".into()));
        assert_eq!(
            split_code("Portuguese (Brazil)"),
            ("Portuguese (Brazil)".to_string(), None)
        );
    }

    #[test]
    fn names_map_when_unambiguous() {
        assert_eq!(code("English"), Resolved::Code("en".into()));
        assert_eq!(code("french"), Resolved::Code("fr".into()));
        assert_eq!(code("Arabic"), Resolved::Code("ar".into()));
        assert_eq!(code("العربية"), Resolved::Code("ar".into()));
        assert_eq!(code("Dari"), Resolved::Code("prs".into()));
        assert_eq!(code("EN"), Resolved::Code("en".into()));
        assert_eq!(code("fr-CA"), Resolved::Code("fr-CA".into()));
        assert_eq!(code("Swahili (sw)"), Resolved::Code("sw".into()));
        assert_eq!(code("chinese"), Resolved::Code("zh".into()));
    }

    #[test]
    fn unknown_and_ambiguous_names_are_not_guessed() {
        assert_eq!(
            code("Kurdish"),
            Resolved::Unknown(
                "\"Kurdish\" could be ckb (Central Kurdish, Sorani) or kmr (Northern Kurdish, Kurmanji): Heard does not guess".into()
            )
        );
        assert_eq!(
            code("Hazaragi"),
            Resolved::Unknown("Heard does not know the language \"Hazaragi\"".into())
        );
        assert_eq!(
            code("Portuguese (Brazil)"),
            Resolved::Unknown("Heard does not know the language \"Portuguese (Brazil)\"".into())
        );
        // A five-letter word is a valid BCP 47 subtag, but not taken for one.
        assert!(matches!(code("Tigre"), Resolved::Unknown(_)));
    }

    #[test]
    fn user_mappings_come_first() {
        let map = vec![("Kurdish".to_string(), "kmr".to_string())];
        assert_eq!(resolve("Kurdish", &map), Resolved::Code("kmr".into()));
        let map = vec![("english (en)".to_string(), "en-GB".to_string())];
        assert_eq!(
            resolve("English (en)", &map),
            Resolved::Code("en-GB".into())
        );
        let bad = vec![("Dari".to_string(), "Dari language".to_string())];
        assert_eq!(
            resolve("Dari", &bad),
            Resolved::Unknown(
                "--lang \"Dari=Dari language\": \"Dari language\" is not a BCP 47 language code (such as en, ar, prs, pt-BR)".into()
            )
        );
    }

    #[test]
    fn registry_entries_only_for_languages_heard_lacks() {
        assert_eq!(registry_entry("ar"), None);
        assert_eq!(registry_entry("sw"), Some(("Kiswahili", "ltr")));
        assert_eq!(registry_entry("sd"), Some(("سنڌي", "rtl")));
        assert_eq!(registry_entry("xx"), None);
        assert_eq!(display_name("ar"), "العربية");
        assert_eq!(display_name("qqq"), "qqq");
    }
}
