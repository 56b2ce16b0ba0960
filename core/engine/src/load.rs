//! Reading a questionnaire (`questionnaire.toml` + `locales/<tag>/*.ftl`
//! and recorded prompts in `locales/<tag>/audio/`, from a folder or a
//! bundle in memory)
//! and validating everything once, so that a loaded questionnaire cannot fail
//! at run time. Every problem is collected with its file, line and item.

use crate::audio::{AudioLibrary, Clip};
use crate::error::{Diagnostic, LoadError};
use crate::expr::{self, Compiled, Node, RefInfo, Resolver, Ty};
use crate::l10n::{Catalog, FtlSource};
use crate::languages::{Language, Languages};
use crate::model::{Item, ItemKind, Questionnaire, QuestionnaireKind, Required};
#[cfg(feature = "folder")]
use crate::source::Folder;
use crate::source::{Memory, ReadError, Source};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
#[cfg(feature = "folder")]
use std::path::Path;
use std::path::PathBuf;
#[cfg(feature = "toml")]
use toml::Spanned;

/// The name of the definition file inside a questionnaire folder.
pub const DEFINITION_FILE: &str = "questionnaire.toml";

/// The same definition as JSON, which [`crate::bundle::pack`] writes into
/// every bundle: the web survey reads it, so its WebAssembly carries no
/// TOML parser. Where both are present the TOML is read, and the JSON must
/// say the same.
pub const DEFINITION_JSON: &str = "questionnaire.json";

/// A value of the JSON form: it has no lines worth pointing at, so its
/// spans are empty and [`Report`] shows no line.
#[cfg(not(feature = "toml"))]
#[derive(Deserialize)]
#[serde(transparent)]
struct Spanned<T>(T);

#[cfg(not(feature = "toml"))]
impl<T> Spanned<T> {
    fn get_ref(&self) -> &T {
        &self.0
    }

    fn span(&self) -> std::ops::Range<usize> {
        0..0
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestionnaire {
    id: Spanned<String>,
    version: Spanned<i64>,
    kind: Spanned<String>,
    default_locale: Spanned<String>,
    title: Option<Spanned<String>>,
    decline: Option<bool>,
    #[serde(default)]
    languages: BTreeMap<String, Language>,
    #[serde(default)]
    choices: BTreeMap<String, Spanned<Vec<RawChoice>>>,
    #[serde(default)]
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawChoice {
    Code(String),
    Full {
        value: String,
        label: Option<String>,
    },
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawRequired {
    Always(bool),
    When(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    #[serde(rename = "type")]
    kind: Spanned<String>,
    label: Option<String>,
    required: Option<Spanned<RawRequired>>,
    relevant: Option<Spanned<String>>,
    constraint: Option<Spanned<String>>,
    calculate: Option<Spanned<String>>,
    choices: Option<Spanned<String>>,
    sensitive: Option<bool>,
    decline: Option<bool>,
    min: Option<f64>,
    max: Option<f64>,
    max_length: Option<usize>,
    #[serde(default)]
    items: Vec<RawItem>,
}

struct ChoiceList {
    codes: Vec<String>,
    labels: Vec<String>,
    line: usize,
}

/// Collects diagnostics for one file.
struct Report<'a> {
    file: PathBuf,
    text: &'a str,
    /// False for the JSON form: its diagnostics name no line.
    lines: bool,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl Report<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> usize {
        self.text[..span.start.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    fn at(&mut self, line: Option<usize>, item: Option<String>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            file: self.file.clone(),
            line: line.filter(|_| self.lines),
            item,
            message: message.into(),
        });
    }
}

fn is_message_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn is_item_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
}

fn item_label(id: &str) -> String {
    format!("item \"{id}\"")
}

/// Loads and validates the questionnaire whose files `source` holds.
pub(crate) fn load(source: &dyn Source) -> Result<Questionnaire, LoadError> {
    let mut diagnostics = Vec::new();
    let (file, text, lines) = read_definition(source)?;
    let mut report = Report {
        file,
        text: &text,
        lines,
        diagnostics: &mut diagnostics,
    };
    let Some(raw) = parse_definition(source, &mut report) else {
        return Err(LoadError { diagnostics });
    };
    let q = build(source, raw, &mut report);
    // Report in reading order: file by file, line by line.
    diagnostics.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    match q {
        Some(q) if diagnostics.is_empty() => Ok(q),
        _ => Err(LoadError { diagnostics }),
    }
}

/// The definition's file as a diagnostic shows it, its text, and whether
/// its lines mean anything: `questionnaire.toml` with the `toml` feature,
/// else the JSON form.
fn read_definition(source: &dyn Source) -> Result<(PathBuf, String, bool), LoadError> {
    let (name, lines) = if cfg!(feature = "toml") {
        (DEFINITION_FILE, true)
    } else {
        (DEFINITION_JSON, false)
    };
    let file = source.shown(name);
    let message = match source.read(name) {
        Ok(text) => return Ok((file, text, lines)),
        Err(ReadError::NotFound) if lines => format!(
            "cannot read the questionnaire: file not found (a questionnaire is a folder holding {DEFINITION_FILE} and locales/)"
        ),
        Err(ReadError::NotFound) => format!(
            "cannot read the questionnaire: the bundle has no {DEFINITION_JSON}, the form this build reads (bundles packed by an older heard lack it): raise `version` in questionnaire.toml and publish the questionnaire again"
        ),
        Err(ReadError::Unreadable(e)) => format!("cannot read the questionnaire: {e}"),
    };
    Err(LoadError {
        diagnostics: vec![Diagnostic {
            file,
            line: None,
            item: None,
            message,
        }],
    })
}

/// Parses the TOML definition in `report`, and checks that a JSON form
/// beside it (an unpacked bundle) says the same.
#[cfg(feature = "toml")]
fn parse_definition(source: &dyn Source, report: &mut Report<'_>) -> Option<RawQuestionnaire> {
    let raw: RawQuestionnaire = match toml::from_str(report.text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| report.line(s));
            report.at(
                line,
                None,
                format!("invalid TOML: {}", e.message().trim_end()),
            );
            return None;
        }
    };
    if let Ok(json) = source.read(DEFINITION_JSON) {
        let same = serde_json::from_str::<serde_json::Value>(&json)
            .ok()
            .zip(toml::from_str::<toml::Table>(report.text).ok())
            .is_some_and(|(json, table)| serde_json::to_value(table).ok() == Some(json));
        if !same {
            report.diagnostics.push(Diagnostic {
                file: source.shown(DEFINITION_JSON),
                line: None,
                item: None,
                message: format!(
                    "does not say what {DEFINITION_FILE} says: heard writes it when it packs a bundle; delete it, or pack the questionnaire again"
                ),
            });
            return None;
        }
    }
    Some(raw)
}

/// Parses the JSON form in `report`.
#[cfg(not(feature = "toml"))]
fn parse_definition(_: &dyn Source, report: &mut Report<'_>) -> Option<RawQuestionnaire> {
    match serde_json::from_str(report.text) {
        Ok(raw) => Some(raw),
        Err(e) => {
            report.at(None, None, format!("invalid questionnaire definition: {e}"));
            None
        }
    }
}

/// `questionnaire.toml`'s text as the JSON form bundles carry.
#[cfg(feature = "toml")]
pub(crate) fn json_form(toml_text: &str) -> Result<String, String> {
    let table: toml::Table = toml::from_str(toml_text).map_err(|e| e.message().to_string())?;
    serde_json::to_string(&table).map_err(|e| e.to_string())
}

fn build(
    source: &dyn Source,
    raw: RawQuestionnaire,
    report: &mut Report<'_>,
) -> Option<Questionnaire> {
    let before = report.diagnostics.len();
    // Header.
    let id = raw.id.get_ref().clone();
    if !heard_protocol::valid_questionnaire_id(&id) {
        let line = report.line(raw.id.span());
        report.at(
            Some(line),
            None,
            format!(
                "id \"{id}\" must be {}",
                heard_protocol::QUESTIONNAIRE_ID_RULE
            ),
        );
    }
    let version = *raw.version.get_ref();
    if !(1..=i64::from(u32::MAX)).contains(&version) {
        let line = report.line(raw.version.span());
        report.at(
            Some(line),
            None,
            format!("version must be a whole number from 1 up, not {version}"),
        );
    }
    let kind = match QuestionnaireKind::from_name(raw.kind.get_ref()) {
        Some(kind) => kind,
        None => {
            let line = report.line(raw.kind.span());
            report.at(
                Some(line),
                None,
                format!(
                    "kind \"{}\" is unknown; use {}",
                    raw.kind.get_ref(),
                    QuestionnaireKind::ALL
                        .map(|k| format!("\"{}\"", k.name()))
                        .join(" or ")
                ),
            );
            QuestionnaireKind::Survey
        }
    };
    let default_locale = raw.default_locale.get_ref().clone();
    let default_line = report.line(raw.default_locale.span());
    let (title, title_line) = match &raw.title {
        Some(t) => (t.get_ref().clone(), report.line(t.span())),
        None => ("questionnaire-title".to_string(), 1),
    };
    let languages = Languages::builtin().with_overrides(&Languages::from_entries(raw.languages));

    // Choice lists.
    let mut lists: HashMap<String, ChoiceList> = HashMap::new();
    for (name, spanned) in &raw.choices {
        let line = report.line(spanned.span());
        let who = Some(format!("choice list \"{name}\""));
        if spanned.get_ref().is_empty() {
            report.at(Some(line), who.clone(), "has no options");
        }
        let mut list = ChoiceList {
            codes: Vec::new(),
            labels: Vec::new(),
            line,
        };
        for choice in spanned.get_ref() {
            let (code, label) = match choice {
                RawChoice::Code(c) => (c.clone(), None),
                RawChoice::Full { value, label } => (value.clone(), label.clone()),
            };
            if code.trim().is_empty() || code.contains(char::is_whitespace) {
                report.at(
                    Some(line),
                    who.clone(),
                    format!("option code \"{code}\" must be non-empty and have no spaces"),
                );
            }
            if list.codes.contains(&code) {
                report.at(
                    Some(line),
                    who.clone(),
                    format!("option \"{code}\" appears twice"),
                );
            }
            let label = label.unwrap_or_else(|| format!("choice-{name}-{code}"));
            if !is_message_id(&label) {
                report.at(Some(line), who.clone(), format!("option \"{code}\" needs a label message id (letters, digits, '-', '_'); \"{label}\" is not one: give `{{ value = \"{code}\", label = \"…\" }}`"));
            }
            list.codes.push(code);
            list.labels.push(label);
        }
        lists.insert(name.clone(), list);
    }

    // Items, flattened in document order.
    let default_decline = raw.decline.unwrap_or(kind == QuestionnaireKind::Survey);
    let mut items: Vec<Item> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut exprs: Vec<RawExprs> = Vec::new();
    let mut screens = Vec::new();
    let mut used_lists = std::collections::HashSet::new();
    for raw_item in raw.items {
        flatten(
            raw_item,
            None,
            &mut Flatten {
                report,
                lists: &lists,
                items: &mut items,
                by_id: &mut by_id,
                exprs: &mut exprs,
                screens: &mut screens,
                used_lists: &mut used_lists,
                default_decline,
            },
        );
    }
    if items.is_empty() {
        report.at(None, None, "has no items: add at least one [[items]] table");
    }
    let mut unused: Vec<&String> = lists.keys().filter(|n| !used_lists.contains(*n)).collect();
    unused.sort();
    for name in unused {
        let line = lists[name].line;
        report.at(
            Some(line),
            Some(format!("choice list \"{name}\"")),
            "is not used by any item",
        );
    }

    // Logic: parse, check for cycles, then compile with types.
    let parsed = parse_all(&items, &exprs, report);
    let order = evaluation_order(&items, &parsed, &exprs, report);
    if let Some(order) = &order {
        compile_all(&mut items, &by_id, &parsed, &exprs, order, report);
    }

    // Locales and messages.
    let catalog = load_locales(source, &languages, report);
    let default_present = catalog
        .as_ref()
        .map(|c| c.tags().contains(&default_locale.as_str()));
    if default_present == Some(false) {
        let locale_dir = source.shown(&format!("locales/{default_locale}"));
        report.at(
            Some(default_line),
            None,
            format!(
                "default locale \"{default_locale}\" has no messages: create {}/ with .ftl files",
                locale_dir.display()
            ),
        );
    } else if let Some(catalog) = &catalog {
        check_messages(
            &items,
            &lists,
            catalog,
            &default_locale,
            (&title, title_line),
            source,
            report,
        );
    }
    let (audio, label_variables) = match &catalog {
        Some(catalog) => (
            load_audio(source, catalog, &default_locale, report),
            check_variables(&items, &by_id, catalog, report),
        ),
        None => Default::default(),
    };

    if report.diagnostics.len() > before {
        return None;
    }
    Some(Questionnaire {
        id,
        version: version as u32,
        kind,
        default_locale,
        title,
        dir: source.root().to_path_buf(),
        items,
        screens,
        eval_order: order.unwrap_or_default(),
        catalog: catalog.unwrap_or_default(),
        languages,
        by_id,
        audio,
        label_variables,
    })
}

/// Expression sources of one item, with their lines.
#[derive(Default)]
struct RawExprs {
    relevant: Option<(String, usize)>,
    constraint: Option<(String, usize)>,
    calculate: Option<(String, usize)>,
    required: Option<(String, usize)>,
}

struct Flatten<'a, 'r> {
    report: &'a mut Report<'r>,
    lists: &'a HashMap<String, ChoiceList>,
    items: &'a mut Vec<Item>,
    by_id: &'a mut HashMap<String, usize>,
    exprs: &'a mut Vec<RawExprs>,
    screens: &'a mut Vec<usize>,
    used_lists: &'a mut std::collections::HashSet<String>,
    default_decline: bool,
}

fn flatten(raw: RawItem, parent: Option<usize>, cx: &mut Flatten<'_, '_>) {
    let line = cx.report.line(raw.id.span());
    let id = raw.id.get_ref().clone();
    let who = Some(item_label(&id));
    if !is_item_id(&id) {
        cx.report.at(
            Some(line),
            who.clone(),
            "id must start with a letter or '_' and use only letters, digits, '_', '-' and '.'",
        );
    }
    let kind = match ItemKind::from_name(raw.kind.get_ref()) {
        Some(k) => k,
        None => {
            let names: Vec<&str> = ItemKind::ALL.iter().map(|(_, n)| *n).collect();
            let kline = cx.report.line(raw.kind.span());
            cx.report.at(
                Some(kline),
                who.clone(),
                format!(
                    "unknown type \"{}\"; use one of: {}",
                    raw.kind.get_ref(),
                    names.join(", ")
                ),
            );
            ItemKind::Note
        }
    };
    let index = cx.items.len();
    if let Some(&first) = cx.by_id.get(&id) {
        let first_line = cx.items[first].line;
        cx.report.at(
            Some(line),
            who.clone(),
            format!("id is used twice (first on line {first_line})"),
        );
    } else {
        cx.by_id.insert(id.clone(), index);
    }
    let problem =
        |cx: &mut Flatten<'_, '_>, message: String| cx.report.at(Some(line), who.clone(), message);

    // Choices.
    let (mut codes, mut code_labels, mut choice_list) = (Vec::new(), Vec::new(), None);
    match (&raw.choices, kind.needs_choices()) {
        (Some(name), true) => match cx.lists.get(name.get_ref()) {
            Some(list) => {
                codes = list.codes.clone();
                code_labels = list.labels.clone();
                choice_list = Some(name.get_ref().clone());
                cx.used_lists.insert(name.get_ref().clone());
            }
            None => problem(
                cx,
                format!(
                    "choice list \"{}\" does not exist; define it under [choices]",
                    name.get_ref()
                ),
            ),
        },
        (None, true) => problem(
            cx,
            format!("a {} item needs `choices = \"<list name>\"`", kind.name()),
        ),
        (Some(_), false) => problem(cx, format!("a {} item takes no `choices`", kind.name())),
        (None, false) => {}
    }
    if kind == ItemKind::YesNo {
        codes = vec!["yes".into(), "no".into()];
        code_labels = vec!["answer-yes".into(), "answer-no".into()];
    }
    if kind == ItemKind::Scale && codes.iter().any(|c| c.parse::<f64>().is_err()) {
        problem(
            cx,
            format!(
                "scale points must be numbers, but list \"{}\" has {}",
                choice_list.as_deref().unwrap_or(""),
                codes.join(", ")
            ),
        );
    }

    // Field applicability.
    let numeric = matches!(kind, ItemKind::Integer | ItemKind::Decimal);
    if (raw.min.is_some() || raw.max.is_some()) && !numeric {
        problem(
            cx,
            format!(
                "`min` and `max` apply to integer and decimal items, not {}",
                kind.name()
            ),
        );
    }
    if let (Some(min), Some(max)) = (raw.min, raw.max)
        && min > max
    {
        problem(cx, format!("min ({min}) is greater than max ({max})"));
    }
    if kind == ItemKind::Integer
        && [raw.min, raw.max]
            .iter()
            .flatten()
            .any(|v| v.fract() != 0.0)
    {
        problem(cx, "an integer item needs whole-number bounds".into());
    }
    let texty = matches!(
        kind,
        ItemKind::Text | ItemKind::LongText | ItemKind::Prompt | ItemKind::TextList
    );
    if raw.max_length.is_some() && !texty {
        problem(
            cx,
            format!("`max_length` applies to text items, not {}", kind.name()),
        );
    }
    if raw.max_length == Some(0) {
        problem(cx, "max_length must be at least 1".into());
    }
    if raw.calculate.is_some() != (kind == ItemKind::Calculate) {
        let message = if kind == ItemKind::Calculate {
            "a calculate item needs `calculate = \"<expression>\"`".to_string()
        } else {
            format!(
                "`calculate` belongs to calculate items, not {}",
                kind.name()
            )
        };
        problem(cx, message);
    }
    if !kind.takes_answer() && (raw.required.is_some() || raw.constraint.is_some()) {
        problem(
            cx,
            format!(
                "a {} item takes no answer, so `required` and `constraint` do not apply",
                kind.name()
            ),
        );
    }
    if let Some(label) = &raw.label
        && !is_message_id(label)
    {
        problem(cx, format!("label \"{label}\" is not a Fluent message id"));
    }
    let label = raw.label.clone().unwrap_or_else(|| id.clone());
    if raw.label.is_none() && !is_message_id(&id) && kind != ItemKind::Calculate {
        problem(
            cx,
            format!("id \"{id}\" cannot be a Fluent message id; set `label = \"<message id>\"`"),
        );
    }
    match (kind, parent) {
        (ItemKind::Page, Some(_)) => problem(
            cx,
            "pages cannot be nested: move this page to the top level".into(),
        ),
        (ItemKind::Page, None) if raw.items.is_empty() => {
            problem(cx, "a page needs items ([[items.items]])".into())
        }
        (k, _) if k != ItemKind::Page && !raw.items.is_empty() => {
            problem(cx, format!("only a page holds items, not a {}", k.name()))
        }
        _ => {}
    }

    let spanned_expr = |s: &Option<Spanned<String>>, report: &Report<'_>| {
        s.as_ref()
            .map(|s| (s.get_ref().clone(), report.line(s.span())))
    };
    let mut required = Required::No;
    let mut required_src = None;
    if let Some(r) = &raw.required {
        match r.get_ref() {
            RawRequired::Always(true) => required = Required::Yes,
            RawRequired::Always(false) => {}
            RawRequired::When(src) => required_src = Some((src.clone(), cx.report.line(r.span()))),
        }
    }
    if kind == ItemKind::Consent {
        required = Required::Yes;
    }
    cx.exprs.push(RawExprs {
        relevant: spanned_expr(&raw.relevant, cx.report),
        constraint: spanned_expr(&raw.constraint, cx.report),
        calculate: spanned_expr(&raw.calculate, cx.report),
        required: required_src,
    });
    let decline_allowed = kind.takes_answer() && kind != ItemKind::Consent;
    if raw.decline == Some(true) && !decline_allowed {
        problem(
            cx,
            format!("a {} item cannot offer \"prefer not to say\"", kind.name()),
        );
    }
    cx.items.push(Item {
        id,
        kind,
        parent,
        children: Vec::new(),
        label,
        required,
        relevant: None,
        constraint: None,
        calculate: None,
        sensitive: raw.sensitive.unwrap_or(kind == ItemKind::Prompt),
        decline: decline_allowed && raw.decline.unwrap_or(cx.default_decline),
        min: raw.min,
        max: raw.max,
        max_length: raw.max_length,
        codes,
        code_labels,
        choice_list,
        line,
    });
    if parent.is_none() && kind != ItemKind::Calculate {
        cx.screens.push(index);
    }
    for child in raw.items {
        let child_index = cx.items.len();
        flatten(child, Some(index), cx);
        if kind == ItemKind::Page {
            cx.items[index].children.push(child_index);
        }
    }
}

/// Parsed expressions of one item.
#[derive(Default)]
struct Parsed {
    relevant: Option<Node>,
    constraint: Option<Node>,
    calculate: Option<Node>,
    required: Option<Node>,
}

fn parse_all(items: &[Item], exprs: &[RawExprs], report: &mut Report<'_>) -> Vec<Parsed> {
    let mut out = Vec::with_capacity(items.len());
    for (item, raw) in items.iter().zip(exprs) {
        let mut parsed = Parsed::default();
        let fields = [
            ("relevant", &raw.relevant, &mut parsed.relevant),
            ("constraint", &raw.constraint, &mut parsed.constraint),
            ("calculate", &raw.calculate, &mut parsed.calculate),
            ("required", &raw.required, &mut parsed.required),
        ];
        for (field, src, slot) in fields {
            if let Some((src, line)) = src {
                match expr::parse(src) {
                    Ok(node) => *slot = Some(node),
                    Err(e) => report.at(
                        Some(*line),
                        Some(item_label(&item.id)),
                        format!("{field}: syntax error at {e} in \"{src}\""),
                    ),
                }
            }
        }
        out.push(parsed);
    }
    out
}

fn collect_refs<'n>(node: &'n Node, out: &mut Vec<&'n str>) {
    match node {
        Node::Ref(name) => out.push(name),
        Node::Neg(inner) => collect_refs(inner, out),
        Node::Binary(_, a, b) => {
            collect_refs(a, out);
            collect_refs(b, out);
        }
        Node::Call(_, args) => args.iter().for_each(|a| collect_refs(a, out)),
        Node::Number(_) | Node::Str(_) | Node::Current => {}
    }
}

/// Topological order of items over "relevance or value depends on", or
/// `None` after reporting a cycle.
fn evaluation_order(
    items: &[Item],
    parsed: &[Parsed],
    exprs: &[RawExprs],
    report: &mut Report<'_>,
) -> Option<Vec<usize>> {
    let index: HashMap<&str, usize> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.id.as_str(), i))
        .collect();
    let deps: Vec<Vec<usize>> = items
        .iter()
        .zip(parsed)
        .map(|(item, p)| {
            let mut names = Vec::new();
            for node in [&p.relevant, &p.calculate].into_iter().flatten() {
                collect_refs(node, &mut names);
            }
            let mut deps: Vec<usize> = names.iter().filter_map(|n| index.get(n).copied()).collect();
            deps.extend(item.parent);
            deps
        })
        .collect();
    // Iterative depth-first search; 0 = new, 1 = on the path, 2 = done.
    let mut state = vec![0u8; items.len()];
    let mut order = Vec::with_capacity(items.len());
    for root in 0..items.len() {
        if state[root] != 0 {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        state[root] = 1;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&dep) = deps[node].get(*next) {
                *next += 1;
                match state[dep] {
                    0 => {
                        state[dep] = 1;
                        stack.push((dep, 0));
                    }
                    1 => {
                        let start = stack.iter().position(|(n, _)| *n == dep).unwrap_or(0);
                        let mut cycle: Vec<&str> = stack[start..]
                            .iter()
                            .map(|(n, _)| items[*n].id.as_str())
                            .collect();
                        cycle.push(&items[dep].id);
                        let first = &exprs[dep];
                        let line = first
                            .relevant
                            .as_ref()
                            .or(first.calculate.as_ref())
                            .map_or(items[dep].line, |(_, l)| *l);
                        report.at(
                            Some(line),
                            Some(item_label(&items[dep].id)),
                            format!(
                                "relevant/calculate refer to each other in a cycle: {}",
                                cycle.join(" → ")
                            ),
                        );
                        return None;
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                order.push(node);
                stack.pop();
            }
        }
    }
    Some(order)
}

struct ItemResolver<'a> {
    items: &'a [Item],
    by_id: &'a HashMap<String, usize>,
    calc_types: &'a [Option<Ty>],
    current: Option<usize>,
}

impl ItemResolver<'_> {
    fn info(&self, index: usize) -> Result<RefInfo<'_>, String> {
        let item = &self.items[index];
        let ty = match (item.kind, item.kind.value_type()) {
            (ItemKind::Calculate, _) => self.calc_types[index]
                .ok_or_else(|| format!("${{{}}} has an invalid calculation", item.id))?,
            (_, Some(ty)) => ty,
            (kind, None) => {
                return Err(format!(
                    "${{{}}} is a {} and has no value to use in an expression",
                    item.id,
                    kind.name()
                ));
            }
        };
        let choices = (!item.codes.is_empty()).then_some(item.codes.as_slice());
        Ok(RefInfo { index, ty, choices })
    }
}

impl Resolver for ItemResolver<'_> {
    fn resolve(&self, name: &str) -> Result<RefInfo<'_>, String> {
        let index = *self
            .by_id
            .get(name)
            .ok_or_else(|| format!("${{{name}}} refers to no item of this questionnaire"))?;
        self.info(index)
    }

    fn current(&self) -> Option<RefInfo<'_>> {
        self.info(self.current?).ok()
    }
}

fn compile_all(
    items: &mut [Item],
    by_id: &HashMap<String, usize>,
    parsed: &[Parsed],
    exprs: &[RawExprs],
    order: &[usize],
    report: &mut Report<'_>,
) {
    let mut calc_types: Vec<Option<Ty>> = vec![None; items.len()];
    let mut compiled: Vec<[Option<Compiled>; 4]> = vec![Default::default(); items.len()];
    // Dependencies come first in `order`, so a calculation's type is known
    // before anything that uses it is compiled.
    for &i in order {
        let p = &parsed[i];
        let raw = &exprs[i];
        let fields = [
            (
                "relevant",
                &p.relevant,
                &raw.relevant,
                Some(Ty::Bool),
                false,
            ),
            (
                "constraint",
                &p.constraint,
                &raw.constraint,
                Some(Ty::Bool),
                true,
            ),
            ("calculate", &p.calculate, &raw.calculate, None, false),
            (
                "required",
                &p.required,
                &raw.required,
                Some(Ty::Bool),
                false,
            ),
        ];
        for (slot, (field, node, src, want, with_current)) in fields.into_iter().enumerate() {
            let (Some(node), Some((src, line))) = (node, src) else {
                continue;
            };
            let resolver = ItemResolver {
                items,
                by_id,
                calc_types: &calc_types,
                current: with_current.then_some(i),
            };
            let result = expr::compile(node, src, &resolver).and_then(|c| match want {
                Some(ty) if c.ty != ty => Err(format!(
                    "must be a true/false condition, but \"{src}\" is {}",
                    c.ty
                )),
                None if c.ty == Ty::Set => Err("cannot produce a set of options".to_string()),
                _ => Ok(c),
            });
            match result {
                Ok(c) => {
                    if field == "calculate" {
                        calc_types[i] = Some(c.ty);
                    }
                    compiled[i][slot] = Some(c);
                }
                Err(message) => report.at(
                    Some(*line),
                    Some(item_label(&items[i].id)),
                    format!("{field}: {message}"),
                ),
            }
        }
    }
    for (item, [relevant, constraint, calculate, required]) in items.iter_mut().zip(compiled) {
        item.relevant = relevant;
        item.constraint = constraint;
        item.calculate = calculate;
        if let Some(r) = required {
            item.required = Required::When(r);
        }
    }
}

/// The catalog of every locale folder, or `None` when there is no `locales/`.
fn load_locales(
    source: &dyn Source,
    languages: &Languages,
    report: &mut Report<'_>,
) -> Option<Catalog> {
    let mut catalog = Catalog::default();
    let Some(tags) = source.locale_tags() else {
        report.diagnostics.push(Diagnostic {
            file: source.shown("locales"),
            line: None,
            item: None,
            message: "folder is missing: every label lives in locales/<language>/*.ftl".into(),
        });
        return None;
    };
    for tag in tags {
        if tag.parse::<unic_langid::LanguageIdentifier>().is_err() {
            report.diagnostics.push(Diagnostic {
                file: source.shown(&format!("locales/{tag}")),
                line: None,
                item: None,
                message: format!("\"{tag}\" is not a BCP 47 language tag (such as en, ar, fa-AF)"),
            });
            continue;
        }
        let mut sources = Vec::new();
        for name in source.locale_files(&tag) {
            if !name.ends_with(".ftl") {
                continue;
            }
            let relative = format!("locales/{tag}/{name}");
            let file = source.shown(&relative);
            match source.read(&relative) {
                Ok(text) => sources.push(FtlSource {
                    file: file.display().to_string(),
                    text,
                }),
                Err(ReadError::NotFound) => {}
                Err(ReadError::Unreadable(e)) => report.diagnostics.push(Diagnostic {
                    file,
                    line: None,
                    item: None,
                    message: format!("cannot read: {e} (Fluent files must be UTF-8)"),
                }),
            }
        }
        if sources.is_empty() {
            continue;
        }
        for e in catalog.add_locale(&tag, sources, languages) {
            report.diagnostics.push(Diagnostic {
                file: PathBuf::from(e.file),
                line: Some(e.line),
                item: None,
                message: e.message,
            });
        }
    }
    Some(catalog)
}

fn check_messages(
    items: &[Item],
    lists: &HashMap<String, ChoiceList>,
    catalog: &Catalog,
    default: &str,
    (title, title_line): (&str, usize),
    source: &dyn Source,
    report: &mut Report<'_>,
) {
    let where_ = source.shown(&format!("locales/{default}"));
    let app = &crate::l10n::AppStrings::get().catalog;
    let missing = |key: &str| !catalog.has(default, key) && !app.has("en", key);
    if missing(title) {
        report.at(
            Some(title_line),
            None,
            format!(
                "title message \"{title}\" is missing from the default locale: add it to {}/",
                where_.display()
            ),
        );
    }
    for item in items {
        if item.kind != ItemKind::Calculate && missing(&item.label) {
            report.at(
                Some(item.line),
                Some(item_label(&item.id)),
                format!(
                    "message \"{}\" is missing from the default locale: add it to {}/",
                    item.label,
                    where_.display()
                ),
            );
        }
    }
    let mut names: Vec<&String> = lists.keys().collect();
    names.sort();
    for name in names {
        let list = &lists[name];
        for (code, label) in list.codes.iter().zip(&list.labels) {
            if missing(label) {
                report.at(
                    Some(list.line),
                    Some(format!("choice list \"{name}\"")),
                    format!(
                        "option \"{code}\" has no label: add \"{label}\" to {}/",
                        where_.display()
                    ),
                );
            }
        }
    }
}

/// Whether `key` (`id` or `id.attr`) is a message of the questionnaire (in
/// its default locale) or one of the app's strings it may override.
fn message_exists(catalog: &Catalog, default: &str, key: &str) -> bool {
    catalog.has(default, key) || crate::l10n::AppStrings::get().catalog.has("en", key)
}

/// Reads and checks every recorded prompt: name, type by extension and by
/// content, size, a message it speaks, one per message and locale, and the
/// questionnaire's total.
fn load_audio(
    source: &dyn Source,
    catalog: &Catalog,
    default: &str,
    report: &mut Report<'_>,
) -> AudioLibrary {
    use heard_protocol::audio::{self, AudioProblem, MAX_AUDIO_FILE};
    let mut library = AudioLibrary::default();
    let mut total = 0usize;
    let has_text: std::collections::HashSet<&str> = catalog.tags().into_iter().collect();
    for tag in source.locale_tags().unwrap_or_default() {
        let names = source.audio_files(&tag);
        if !names.is_empty() && !has_text.contains(tag.as_str()) {
            report.diagnostics.push(Diagnostic {
                file: source.shown(&format!("locales/{tag}/audio")),
                line: None,
                item: None,
                message: format!(
                    "recordings for locale \"{tag}\", which has no .ftl files: it can never be chosen, so add its messages or move the recordings"
                ),
            });
            continue;
        }
        for name in names {
            // Hidden files (.DS_Store) are what file managers leave behind,
            // not prompts; they are not packed either.
            if name.starts_with('.') {
                continue;
            }
            let relative = format!("locales/{tag}/audio/{name}");
            let file = source.shown(&relative);
            let mut problem = |message: String| {
                report.diagnostics.push(Diagnostic {
                    file: file.clone(),
                    line: None,
                    item: None,
                    message,
                })
            };
            let Some(message) = audio::parse_path(&relative).map(|(_, m, _)| m.to_string()) else {
                problem(AudioProblem::Path.to_string());
                continue;
            };
            let bytes = match source.read_bytes(&relative, MAX_AUDIO_FILE) {
                Ok(bytes) => bytes,
                Err(ReadError::NotFound) => continue,
                Err(ReadError::Unreadable(e)) => {
                    problem(format!("cannot read: {e}"));
                    continue;
                }
            };
            let kind = match audio::check_file(&relative, &bytes) {
                Ok(kind) => kind,
                Err(e) => {
                    problem(e.problem.to_string());
                    continue;
                }
            };
            if !message_exists(catalog, default, &message) {
                problem(format!(
                    "a recording of message \"{message}\", which this questionnaire does not have (not in locales/{default}/ nor among the app's strings): name the file after the message it speaks"
                ));
                continue;
            }
            if let Some(other) = library.id_of(&tag, &message) {
                problem(format!(
                    "a second recording of \"{message}\" in locale {tag} (the first is {other}): keep one"
                ));
                continue;
            }
            if let Err(e) = audio::add_to_total(&mut total, &relative, bytes.len()) {
                problem(e.problem.to_string());
                continue;
            }
            library.insert(
                relative,
                Clip {
                    locale: tag.clone(),
                    message,
                    kind,
                    bytes,
                },
            );
        }
    }
    library
}

/// Checks that every `{ $name }` in a questionnaire message names an item
/// with an answer or value, and returns those items by name. Messages that
/// override an app string keep the app's own variables (`{ $min }`).
fn check_variables(
    items: &[Item],
    by_id: &HashMap<String, usize>,
    catalog: &Catalog,
    report: &mut Report<'_>,
) -> Vec<(String, usize)> {
    let app = &crate::l10n::AppStrings::get().catalog;
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    for tag in catalog.tags() {
        for (key, (file, line)) in catalog.keys(tag) {
            let id = key.split('.').next().unwrap_or(key);
            if key.starts_with('-') || app.has("en", id) {
                continue;
            }
            for name in catalog.variables(tag, key) {
                let problem = match by_id.get(&name) {
                    Some(&i) if matches!(items[i].kind, ItemKind::Note | ItemKind::Page) => {
                        format!(
                            "message \"{key}\" shows {{ ${name} }}, but \"{name}\" is a {}, which has no answer to show",
                            items[i].kind.name()
                        )
                    }
                    Some(&i) => {
                        used.insert(name, i);
                        continue;
                    }
                    None => format!(
                        "message \"{key}\" shows {{ ${name} }}, but this questionnaire has no item \"{name}\": a variable shows the answer of the item it names"
                    ),
                };
                report.diagnostics.push(Diagnostic {
                    file: PathBuf::from(file),
                    line: Some(*line),
                    item: None,
                    message: problem,
                });
            }
        }
    }
    used.into_iter().collect()
}

impl Questionnaire {
    /// Loads and validates the questionnaire in folder `dir`: every problem
    /// is reported at once, each naming its file, line and item.
    #[cfg(feature = "folder")]
    pub fn load(dir: impl AsRef<Path>) -> Result<Questionnaire, LoadError> {
        load(&Folder(dir.as_ref()))
    }

    /// Loads and validates a questionnaire from its files in memory (the
    /// file map of a verified bundle: `questionnaire.toml`,
    /// `locales/<tag>/<name>.ftl`), with the same diagnostics as a folder;
    /// their paths start with `name`.
    pub fn from_files(
        name: impl Into<PathBuf>,
        files: &BTreeMap<String, String>,
    ) -> Result<Questionnaire, LoadError> {
        Self::from_files_with_audio(name, files, &BTreeMap::new())
    }

    /// As [`Questionnaire::from_files`], with recorded prompts
    /// (`locales/<tag>/audio/<message-id>.<ext>` → bytes), checked as a
    /// folder's are.
    pub fn from_files_with_audio(
        name: impl Into<PathBuf>,
        files: &BTreeMap<String, String>,
        audio: &BTreeMap<String, Vec<u8>>,
    ) -> Result<Questionnaire, LoadError> {
        load(&Memory {
            name: name.into(),
            files,
            audio,
        })
    }
}
