//! Fluent catalogs, locale negotiation with explicit fallback chains, and
//! resolved text that says which locale it came from.
//!
//! Bidi isolation: Fluent wraps every placeable (`{ $n }`, terms) in FSI/PDI
//! marks (U+2068 … U+2069). We keep them on: they are what stops a number or
//! a Latin word inside an Arabic sentence from reordering its neighbours.
//! Platform text views render them invisibly. Plain-text outputs that cannot
//! (terminals, CSV) call [`strip_isolation`].

use crate::languages::{Digits, Direction, Languages};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

/// A piece of text resolved for display, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Text {
    /// The formatted text.
    pub text: String,
    /// The locale it was found in.
    pub locale: String,
    /// Its direction (that of `locale`, not guessed from the text).
    pub direction: Direction,
    /// True when it is not in the chosen locale but came from a fallback: a
    /// UI can mark it as not yet translated.
    pub fallback: bool,
}

/// A problem in a Fluent file: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlError {
    /// The file, as given to [`Catalog::add_locale`].
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One Fluent source file of a locale.
pub struct FtlSource {
    /// Where it came from (a path, for messages).
    pub file: String,
    /// Its text.
    pub text: String,
}

struct LocaleEntry {
    tag: String,
    bundle: FluentBundle<FluentResource>,
    /// Every message (`id`) and attribute (`id.attr`) defined, with file and line.
    keys: BTreeMap<String, (String, usize)>,
}

/// The messages of one questionnaire (or of the app) in every locale it has.
#[derive(Default)]
pub struct Catalog {
    locales: Vec<LocaleEntry>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.locales.iter().map(|l| &l.tag))
            .finish()
    }
}

/// A negotiated locale and the order in which locales are searched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chain {
    /// The locale chosen for display.
    pub chosen: String,
    /// Indices into the catalog, chosen first, default last.
    order: Vec<usize>,
}

impl Chain {
    /// The locale tags searched, in order.
    pub fn tags<'a>(&self, catalog: &'a Catalog) -> Vec<&'a str> {
        self.order
            .iter()
            .map(|&i| catalog.locales[i].tag.as_str())
            .collect()
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Line numbers of entry definitions, every occurrence in order: Fluent
/// entries start in column 0.
fn definition_lines(text: &str) -> BTreeMap<String, Vec<usize>> {
    let mut lines: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let id: String = line
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        if !id.is_empty() && line[id.len()..].trim_start().starts_with('=') {
            lines.entry(id).or_default().push(n + 1);
        }
    }
    lines
}

/// The line of attribute `.name` of the entry defined on `entry_line`: the
/// first indented `.name =` line after it, before the next entry (which
/// starts in column 0). The entry's line when not found.
fn attribute_line(text: &str, entry_line: usize, name: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(entry_line)
        .take_while(|(_, l)| l.is_empty() || l.starts_with(char::is_whitespace))
        .find(|(_, l)| {
            l.trim_start()
                .strip_prefix('.')
                .and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(entry_line, |(n, _)| n + 1)
}

/// Writes `text`'s ASCII digits as Extended Arabic-Indic ones, with the
/// Persian decimal separator.
pub fn to_arabext(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x06F0 + (c as u32 - '0' as u32)).unwrap_or(c),
            '.' => '\u{066B}',
            _ => c,
        })
        .collect()
}

/// Fluent formatter for locales that write numbers in ۰-۹.
fn arabext_numbers<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(to_arabext(&n.as_string())),
        _ => None,
    }
}

/// Removes Fluent's bidi isolation marks, for plain-text output.
pub fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

impl Catalog {
    /// Adds a locale from its Fluent files. Syntax errors and messages
    /// defined twice are returned with file and line; the valid entries are
    /// kept either way.
    pub fn add_locale(
        &mut self,
        tag: &str,
        sources: Vec<FtlSource>,
        languages: &Languages,
    ) -> Vec<FtlError> {
        let mut errors = Vec::new();
        let plural_tag = languages.plural_locale(tag);
        let langid: LanguageIdentifier = plural_tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        if languages.digits(tag) == Digits::Arabext {
            bundle.set_formatter(Some(arabext_numbers));
        }
        let mut keys = BTreeMap::new();
        for source in sources {
            let lines = definition_lines(&source.text);
            let mut seen: BTreeMap<String, usize> = BTreeMap::new();
            let resource = match FluentResource::try_new(source.text.clone()) {
                Ok(r) => r,
                Err((r, parse_errors)) => {
                    for e in parse_errors {
                        errors.push(FtlError {
                            file: source.file.clone(),
                            // The broken entry's start, else where parsing stopped.
                            line: line_of(
                                &source.text,
                                e.slice.as_ref().map_or(e.pos.start, |s| s.start),
                            ),
                            message: format!("Fluent syntax error: {}", e.kind),
                        });
                    }
                    r
                }
            };
            for entry in resource.entries() {
                let (id, attrs) = match entry {
                    ast::Entry::Message(m) => (m.id.name.to_string(), &m.attributes),
                    ast::Entry::Term(t) => (format!("-{}", t.id.name), &t.attributes),
                    _ => continue,
                };
                let nth = seen.entry(id.clone()).or_insert(0);
                let line = lines
                    .get(&id)
                    .and_then(|l| l.get(*nth))
                    .copied()
                    .unwrap_or(1);
                *nth += 1;
                if let Some((file, first)) = keys.get(&id) {
                    errors.push(FtlError {
                        file: source.file.clone(),
                        line,
                        message: format!(
                            "'{id}' is defined twice in locale {tag} (first at {file}:{first})"
                        ),
                    });
                    continue;
                }
                keys.insert(id.clone(), (source.file.clone(), line));
                for attr in attrs {
                    let attr_line = attribute_line(&source.text, line, attr.id.name);
                    keys.insert(
                        format!("{id}.{}", attr.id.name),
                        (source.file.clone(), attr_line),
                    );
                }
            }
            // Duplicates were reported above with their lines.
            let _ = bundle.add_resource(resource);
        }
        self.locales.push(LocaleEntry {
            tag: tag.to_string(),
            bundle,
            keys,
        });
        errors
    }

    /// The locale tags this catalog has, in the order they were added.
    pub fn tags(&self) -> Vec<&str> {
        self.locales.iter().map(|l| l.tag.as_str()).collect()
    }

    fn index(&self, tag: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.tag == tag)
    }

    /// Whether `tag` defines `key` (`id` or `id.attr`).
    pub fn has(&self, tag: &str, key: &str) -> bool {
        self.index(tag)
            .is_some_and(|i| self.locales[i].keys.contains_key(key))
    }

    /// Every key defined in `tag`, with the file and line that defines it.
    pub fn keys(&self, tag: &str) -> impl Iterator<Item = (&str, &(String, usize))> {
        self.index(tag)
            .into_iter()
            .flat_map(move |i| self.locales[i].keys.iter().map(|(k, v)| (k.as_str(), v)))
    }

    /// Picks the display locale for a user who prefers `requested` (best
    /// first). Each requested locale is tried with its declared fallbacks
    /// (`prs` → `fa`) before the next requested one; `fr-CA` matches `fr`.
    /// With no match, `default` is chosen. The search order is the chosen
    /// locale, its declared fallbacks, then `default`.
    pub fn negotiate<S: AsRef<str>>(
        &self,
        requested: &[S],
        default: &str,
        languages: &Languages,
    ) -> Chain {
        let available: Vec<LanguageIdentifier> = self
            .locales
            .iter()
            .map(|l| l.tag.parse().unwrap_or_default())
            .collect();
        let find = |tag: &str| -> Option<usize> {
            if let Some(i) = self.index(tag) {
                return Some(i);
            }
            let wanted: LanguageIdentifier = tag.parse().ok()?;
            let matched =
                negotiate_languages(&[wanted], &available, None, NegotiationStrategy::Filtering);
            let first = matched.first()?;
            available.iter().position(|a| &a == first)
        };
        let chosen = requested
            .iter()
            .flat_map(|r| languages.chain(r.as_ref()))
            .find_map(|tag| find(&tag))
            .or_else(|| self.index(default))
            .unwrap_or(0);
        let chosen_tag = self.locales.get(chosen).map_or(default, |l| l.tag.as_str());
        let mut order = Vec::new();
        for tag in languages
            .chain(chosen_tag)
            .iter()
            .map(String::as_str)
            .chain([default])
        {
            if let Some(i) = find(tag)
                && !order.contains(&i)
            {
                order.push(i);
            }
        }
        Chain {
            chosen: chosen_tag.to_string(),
            order,
        }
    }

    /// Formats message `id` (or its attribute `attr`) along `chain`.
    /// `None` when no locale in the chain has it.
    pub fn format(
        &self,
        chain: &Chain,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
        languages: &Languages,
    ) -> Option<Text> {
        for &i in &chain.order {
            let entry = &self.locales[i];
            let Some(message) = entry.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = entry
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            return Some(Text {
                text,
                direction: languages.direction(&entry.tag),
                fallback: entry.tag != chain.chosen,
                locale: entry.tag.clone(),
            });
        }
        None
    }

    /// The variables (`{ $name }`) that `key` (`id` or `id.attr`) uses in
    /// exactly locale `tag`, in order of appearance, each once. Variables
    /// inside a term's own definition are the term's parameters, not the
    /// message's, so only the arguments passed to a term are counted.
    pub fn variables(&self, tag: &str, key: &str) -> Vec<String> {
        let Some(i) = self.index(tag) else {
            return Vec::new();
        };
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        let Some(message) = self.locales[i].bundle.get_message(id) else {
            return Vec::new();
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let mut out = Vec::new();
        if let Some(pattern) = pattern {
            pattern_variables(pattern, &mut out);
        }
        let mut seen = std::collections::HashSet::new();
        out.into_iter()
            .filter(|v| seen.insert(*v))
            .map(str::to_string)
            .collect()
    }

    /// Formats `key` in exactly locale `tag`, returning Fluent's resolver
    /// errors (an unknown variable or message reference), for checks.
    pub fn format_errors(
        &self,
        tag: &str,
        key: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Vec<String> {
        let Some(i) = self.index(tag) else {
            return Vec::new();
        };
        let bundle = &self.locales[i].bundle;
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        let Some(message) = bundle.get_message(id) else {
            return Vec::new();
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors);
        errors.iter().map(ToString::to_string).collect()
    }
}

fn pattern_variables<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables<'s>(expression: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables<'s>(inline: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
    let arguments = match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.push(id.name);
            return;
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, out);
            return;
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => arguments,
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments,
        _ => return,
    };
    for positional in &arguments.positional {
        inline_variables(positional, out);
    }
    for named in &arguments.named {
        inline_variables(&named.value, out);
    }
}

/// The app's own UI strings (`locales/<tag>/app.ftl`), built in.
pub struct AppStrings {
    /// The catalog of every app locale.
    pub catalog: Catalog,
    /// Problems found in the built-in files (tests keep this empty).
    pub errors: Vec<FtlError>,
}

impl AppStrings {
    /// The built-in app strings, parsed once.
    pub fn get() -> &'static AppStrings {
        static APP: std::sync::OnceLock<AppStrings> = std::sync::OnceLock::new();
        APP.get_or_init(|| {
            let mut catalog = Catalog::default();
            let mut errors = Vec::new();
            for (tag, text) in crate::embedded::APP_FTL {
                let source = FtlSource {
                    file: format!("locales/{tag}/app.ftl"),
                    text: (*text).to_string(),
                };
                errors.extend(catalog.add_locale(tag, vec![source], Languages::builtin()));
            }
            AppStrings { catalog, errors }
        })
    }
}

/// The strings of `heard report` (`locales/<tag>/report.ftl`), built in.
pub struct ReportStrings {
    /// The catalog of every report locale.
    pub catalog: Catalog,
    /// Problems found in the built-in files (tests keep this empty).
    pub errors: Vec<FtlError>,
}

impl ReportStrings {
    /// The built-in report strings, parsed once.
    pub fn get() -> &'static ReportStrings {
        static REPORT: std::sync::OnceLock<ReportStrings> = std::sync::OnceLock::new();
        REPORT.get_or_init(|| {
            let mut catalog = Catalog::default();
            let mut errors = Vec::new();
            for (tag, text) in crate::embedded::REPORT_FTL {
                let source = FtlSource {
                    file: format!("locales/{tag}/report.ftl"),
                    text: (*text).to_string(),
                };
                errors.extend(catalog.add_locale(tag, vec![source], Languages::builtin()));
            }
            ReportStrings { catalog, errors }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(locales: &[(&str, &str)]) -> Catalog {
        let mut c = Catalog::default();
        for (tag, text) in locales {
            let errors = c.add_locale(
                tag,
                vec![FtlSource {
                    file: format!("{tag}.ftl"),
                    text: (*text).into(),
                }],
                Languages::builtin(),
            );
            assert!(errors.is_empty(), "{errors:?}");
        }
        c
    }

    #[test]
    fn dari_falls_back_to_persian_then_default_and_marks_it() {
        let c = catalog(&[
            (
                "en",
                "police = police\ninterpreter = interpreter\nhello = hello",
            ),
            ("fa", "police = پلیس\ninterpreter = مترجم"),
            ("prs", "police = پولیس"),
        ]);
        let langs = Languages::builtin();
        let chain = c.negotiate(&["prs"], "en", langs);
        assert_eq!(chain.chosen, "prs");
        assert_eq!(chain.tags(&c), ["prs", "fa", "en"]);
        let police = c
            .format(&chain, "police", None, None, langs)
            .expect("police");
        assert_eq!(
            (police.text.as_str(), police.fallback, police.direction),
            ("پولیس", false, Direction::Rtl)
        );
        let interp = c
            .format(&chain, "interpreter", None, None, langs)
            .expect("interpreter");
        assert_eq!(
            (
                interp.text.as_str(),
                interp.locale.as_str(),
                interp.fallback
            ),
            ("مترجم", "fa", true)
        );
        let hello = c.format(&chain, "hello", None, None, langs).expect("hello");
        assert_eq!(
            (hello.locale.as_str(), hello.direction, hello.fallback),
            ("en", Direction::Ltr, true)
        );
        assert_eq!(c.format(&chain, "nowhere", None, None, langs), None);
    }

    #[test]
    fn negotiation_tries_each_preference_and_its_chain_in_order() {
        let c = catalog(&[("en", "a = a"), ("fr", "a = a"), ("fa", "a = a")]);
        let langs = Languages::builtin();
        assert_eq!(c.negotiate(&["fr-CA"], "en", langs).chosen, "fr");
        assert_eq!(c.negotiate(&["prs", "fr"], "en", langs).chosen, "fa");
        assert_eq!(c.negotiate(&["ti", "fr"], "en", langs).chosen, "fr");
        assert_eq!(c.negotiate(&["ti"], "en", langs).chosen, "en");
        assert_eq!(c.negotiate::<&str>(&[], "en", langs).chosen, "en");
    }

    #[test]
    fn duplicate_and_broken_entries_are_reported_with_lines() {
        let mut c = Catalog::default();
        let errors = c.add_locale(
            "en",
            vec![FtlSource {
                file: "x.ftl".into(),
                text: "a = one\nb = two\na = again\nc = { $x\n".into(),
            }],
            Languages::builtin(),
        );
        let shown: Vec<String> = errors
            .iter()
            .map(|e| format!("{}:{}: {}", e.file, e.line, e.message))
            .collect();
        assert_eq!(
            shown,
            [
                "x.ftl:4: Fluent syntax error: Expected a token starting with \"}\"",
                "x.ftl:3: 'a' is defined twice in locale en (first at x.ftl:1)",
            ]
        );
    }

    #[test]
    fn plurals_follow_each_language_rules() {
        let app = AppStrings::get();
        assert!(app.errors.is_empty(), "{:?}", app.errors);
        let langs = Languages::builtin();
        let say = |tag: &str, n: i64| {
            let chain = app.catalog.negotiate(&[tag], "en", langs);
            let mut args = FluentArgs::new();
            args.set("count", n);
            strip_isolation(
                &app.catalog
                    .format(&chain, "answered-count", None, Some(&args), langs)
                    .expect("message")
                    .text,
            )
        };
        assert_eq!(say("en", 1), "One question answered");
        assert_eq!(say("en", 3), "3 questions answered");
        assert!(say("fa", 12).contains("۱۲"), "{}", say("fa", 12));
        assert!(say("ps", 3).contains("۳"), "{}", say("ps", 3));
        assert!(say("ar", 3).contains('3'), "{}", say("ar", 3));
        assert!(
            say("prs", 12).contains("۱۲"),
            "Dari formats numbers as Persian does: {}",
            say("prs", 12)
        );
    }

    #[test]
    fn variables_are_found_in_selectors_calls_and_term_arguments_only() {
        let c = catalog(&[(
            "en",
            "-brand = { $case ->\n    [x] X\n   *[y] Y\n }\nq = { $a } and { NUMBER($b, minimumFractionDigits: 2) } { -brand(case: \"x\") } { $a }\n    .hint = { $d ->\n        [one] { $e }\n       *[other] none\n    }\n",
        )]);
        assert_eq!(
            c.variables("en", "q"),
            ["a", "b"],
            "the term's $case is its own parameter"
        );
        assert_eq!(c.variables("en", "q.hint"), ["d", "e"]);
        assert!(c.variables("en", "nowhere").is_empty());
        assert!(c.variables("fr", "q").is_empty());
    }

    #[test]
    fn placeables_are_isolated_for_bidi() {
        let app = AppStrings::get();
        let langs = Languages::builtin();
        let chain = app.catalog.negotiate(&["en"], "en", langs);
        let mut args = FluentArgs::new();
        args.set("n", 3);
        args.set("total", 12);
        let text = app
            .catalog
            .format(&chain, "progress", None, Some(&args), langs)
            .expect("progress")
            .text;
        assert_eq!(text, "Question \u{2068}3\u{2069} of \u{2068}12\u{2069}");
        assert_eq!(strip_isolation(&text), "Question 3 of 12");
    }
}

/// An argument of an app string: a number (the locale's plural rules and
/// digits apply) or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum AppArg {
    /// A number.
    Number(f64),
    /// A text, inserted as it is.
    Text(String),
}

/// The app's own string `id` (`locales/<tag>/app.ftl`, or `id.attr`) in
/// the first of `preferred` locales that has it, along the same fallback
/// chains as questionnaire texts (`prs` → `fa` → `en`). `None` when no app
/// locale has it: a UI asks only for ids the app ships.
pub fn app_text<S: AsRef<str>>(
    preferred: &[S],
    id: &str,
    args: &[(String, AppArg)],
) -> Option<Text> {
    let app = AppStrings::get();
    let languages = Languages::builtin();
    let chain = app.catalog.negotiate(preferred, "en", languages);
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            AppArg::Number(n) => fluent.set(name.as_str(), FluentValue::from(*n)),
            AppArg::Text(t) => fluent.set(name.as_str(), FluentValue::from(t.as_str())),
        }
    }
    let (id, attr) = match id.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (id, None),
    };
    app.catalog
        .format(&chain, id, attr, Some(&fluent), languages)
}
