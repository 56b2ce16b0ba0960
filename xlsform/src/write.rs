//! Writing `questionnaire.toml` and `locales/<tag>/<id>.ftl` as text,
//! remembering which spreadsheet cell each line comes from.

use crate::model::{Form, Kind, Texts};
use crate::plan::{Origin, PItem, PRequired, Planned};
use crate::report::Location;
use std::collections::{BTreeMap, HashMap};

/// One file's text and the origin of its lines (1-based).
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// The file's content.
    pub text: String,
    /// Line → the cell it comes from.
    pub origins: BTreeMap<usize, Origin>,
    line: usize,
}

impl Text {
    fn push(&mut self, line: &str, origin: Option<&Origin>) {
        self.line += 1;
        if let Some(origin) = origin {
            self.origins.insert(self.line, origin.clone());
        }
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// Adds several lines at once (a multi-line Fluent message).
    fn push_block(&mut self, block: &str, origin: Option<&Origin>) {
        for line in block.lines() {
            self.push(line, origin);
        }
    }
}

/// The written questionnaire.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// `questionnaire.toml`.
    pub toml: Text,
    /// File name of the Fluent files (`<id>.ftl`).
    pub ftl_name: String,
    /// One Fluent file per locale.
    pub ftl: Vec<(String, Text)>,
}

/// A TOML string: a literal string when that needs no escapes, otherwise a
/// basic string with `"`, `\` and control characters escaped.
pub fn toml_string(s: &str) -> String {
    let plain = !s.chars().any(|c| c.is_control() || c == '\'');
    if plain && (s.contains('"') || s.contains('\\')) {
        return format!("'{s}'");
    }
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A TOML key: bare when it can be.
pub fn toml_key(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        s.to_string()
    } else {
        toml_string(s)
    }
}

/// A Fluent string literal placeable: `{"…"}`.
fn placeable(s: &str) -> String {
    let escaped = s.replace('\\', "\\\\").replace('"', "\\\"");
    format!("{{\"{escaped}\"}}")
}

/// One line of text as a Fluent pattern line: braces become placeables, as
/// do a leading `[`, `*` or `.` (which would start a variant or attribute)
/// and leading whitespace (which Fluent would take for indentation).
/// `${name}` becomes `{ $variable }` when `vars` maps it; otherwise it is
/// text like the rest.
fn fluent_line(line: &str, vars: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let body = line.trim_start();
    let indent = &line[..line.len() - body.len()];
    if !indent.is_empty() {
        out.push_str(&placeable(indent));
    }
    let mut references = crate::plan::text_references(body)
        .into_iter()
        .filter_map(|(range, name)| Some((range, vars.get(name)?)))
        .peekable();
    let mut skip_to = 0;
    for (i, (at, c)) in body.char_indices().enumerate() {
        if at < skip_to {
            continue;
        }
        if let Some((range, var)) = references.next_if(|(range, _)| range.start == at) {
            out.push_str(&format!("{{ ${var} }}"));
            skip_to = range.end;
            continue;
        }
        match c {
            '{' | '}' => out.push_str(&placeable(&c.to_string())),
            '[' | '*' | '.' if i == 0 => out.push_str(&placeable(&c.to_string())),
            c => out.push(c),
        }
    }
    out
}

/// `key = value` (or `    .attr = value`) with `text` as a Fluent pattern:
/// one line inline, several lines as an indented block. Empty text is
/// `{""}`.
pub fn fluent_entry(prefix: &str, key: &str, text: &str) -> String {
    fluent_entry_with(prefix, key, text, &HashMap::new())
}

/// As [`fluent_entry`], with `${name}` written as `{ $variable }` for the
/// names `vars` maps (see [`Planned::label_vars`]).
pub fn fluent_entry_with(
    prefix: &str,
    key: &str,
    text: &str,
    vars: &HashMap<String, String>,
) -> String {
    let text = text.trim();
    let lines: Vec<String> = text
        .lines()
        .map(|l| fluent_line(l.trim_end(), vars))
        .collect();
    match lines.as_slice() {
        [] => format!("{prefix}{key} = {{\"\"}}"),
        [one] if !one.is_empty() => format!("{prefix}{key} = {one}"),
        many => {
            let indent = format!("{prefix}    ");
            let mut out = format!("{prefix}{key} =");
            for line in many {
                out.push('\n');
                if !line.is_empty() {
                    out.push_str(&indent);
                    out.push_str(line);
                }
            }
            out
        }
    }
}

fn comment_for(item: &PItem<'_>, form: &Form) -> String {
    let name = if item.item.name == item.item.id {
        String::new()
    } else {
        format!(" (XLSForm name \"{}\")", item.item.name)
    };
    format!("# {} sheet, row {}{name}", form.survey_sheet, item.item.row)
}

fn write_item(out: &mut Text, p: &PItem<'_>, form: &Form, nested: bool) {
    let item = p.item;
    let (table, pad) = if nested {
        ("  [[items.items]]", "  ")
    } else {
        ("[[items]]", "")
    };
    let row_origin = Origin {
        location: Location::cell(&form.survey_sheet, item.row, Some(&item.type_column)),
        drop: Some(crate::model::Drop::Row(item.row)),
    };
    out.push("", None);
    out.push(&comment_for(p, form), None);
    out.push(table, Some(&row_origin));
    out.push(
        &format!("{pad}id = {}", toml_string(&item.id)),
        Some(&row_origin),
    );
    out.push(
        &format!("{pad}type = {}", toml_string(item.kind.heard_type())),
        Some(&row_origin),
    );
    if p.explicit_label {
        out.push(
            &format!("{pad}label = {}", toml_string(&p.label_id)),
            Some(&row_origin),
        );
    }
    if let Some(list) = &item.list {
        out.push(
            &format!("{pad}choices = {}", toml_string(list)),
            Some(&row_origin),
        );
    }
    match &p.required {
        PRequired::No => {}
        PRequired::Yes(origin) => out.push(&format!("{pad}required = true"), Some(origin)),
        PRequired::When(l) => out.push(
            &format!("{pad}required = {}", toml_string(&l.text)),
            Some(&l.origin),
        ),
    }
    if let Some(l) = &p.relevant {
        out.push(
            &format!("{pad}relevant = {}", toml_string(&l.text)),
            Some(&l.origin),
        );
    }
    if let Some(l) = &p.constraint {
        out.push(
            &format!("{pad}constraint = {}", toml_string(&l.text)),
            Some(&l.origin),
        );
    }
    if let Some(l) = &p.calculate {
        out.push(
            &format!("{pad}calculate = {}", toml_string(&l.text)),
            Some(&l.origin),
        );
    }
    for (key, value) in [("min", item.min), ("max", item.max)] {
        if let Some(v) = value {
            out.push(
                &format!("{pad}{key} = {}", crate::expr::number(v)),
                Some(&row_origin),
            );
        }
    }
    if matches!(item.kind, Kind::Text | Kind::LongText) {
        out.push(&format!("{pad}sensitive = true"), Some(&row_origin));
    }
    if item.kind == Kind::Acknowledge {
        // Acknowledging has one answer; "prefer not to say" would bypass it.
        out.push(&format!("{pad}decline = false"), Some(&row_origin));
    }
    for child in &p.children {
        write_item(out, child, form, true);
    }
}

fn toml(form: &Form, planned: &Planned<'_>, file: &str) -> Text {
    let mut out = Text::default();
    out.push(
        &format!("# Imported from {file} by `heard questionnaire import`."),
        None,
    );
    out.push(
        "# Each item names the spreadsheet row it comes from; IMPORT-REPORT.md (when",
        None,
    );
    out.push(
        "# present) lists what was left out or changed. Free text is marked sensitive.",
        None,
    );
    out.push("", None);
    out.push(&format!("id = {}", toml_string(&form.id)), None);
    out.push(&format!("version = {}", form.version), None);
    out.push("kind = \"survey\"", None);
    out.push(
        &format!("default_locale = {}", toml_string(&form.default_locale)),
        None,
    );
    out.push(&format!("title = {}", toml_string(&planned.title_id)), None);
    for (tag, name, direction) in &form.language_entries {
        out.push("", None);
        out.push(&format!("[languages.{}]", toml_key(tag)), None);
        out.push(&format!("name = {}", toml_string(name)), None);
        out.push(&format!("direction = {}", toml_string(direction)), None);
    }
    if !planned.lists.is_empty() {
        out.push("", None);
        out.push("[choices]", None);
        for list in &planned.lists {
            let entries: Vec<String> = list
                .list
                .choices
                .iter()
                .zip(&list.labels)
                .map(|(choice, (label, explicit))| {
                    if *explicit {
                        format!(
                            "{{ value = {}, label = {} }}",
                            toml_string(&choice.code),
                            toml_string(label)
                        )
                    } else {
                        toml_string(&choice.code)
                    }
                })
                .collect();
            let origin = Origin {
                location: Location::cell(&form.choices_sheet, list.list.row, None),
                drop: None,
            };
            let one_line = format!("{} = [{}]", toml_key(&list.name), entries.join(", "));
            if one_line.chars().count() <= 100 {
                out.push(&one_line, Some(&origin));
            } else {
                out.push(&format!("{} = [", toml_key(&list.name)), Some(&origin));
                for entry in &entries {
                    out.push(&format!("  {entry},"), Some(&origin));
                }
                out.push("]", Some(&origin));
            }
        }
    }
    for p in &planned.items {
        write_item(&mut out, p, form, false);
    }
    out
}

fn ftl_item(
    out: &mut Text,
    p: &PItem<'_>,
    form: &Form,
    locale: &str,
    vars: &HashMap<String, String>,
) {
    let item = p.item;
    if item.kind != Kind::Calculate {
        let default = locale == form.default_locale;
        let label = item.label.get(locale);
        let hint = item.hint.get(locale);
        let message = if p.constraint_message {
            item.constraint_message.get(locale)
        } else {
            None
        };
        if default || label.is_some() || hint.is_some() || message.is_some() {
            let column = label
                .map(|c| c.column.clone())
                .unwrap_or_else(|| item.type_column.clone());
            let origin = Origin {
                location: Location::cell(&form.survey_sheet, item.row, Some(&column)),
                drop: Some(crate::model::Drop::Row(item.row)),
            };
            let mut block = match label {
                Some(cell) => fluent_entry_with("", &p.label_id, &cell.text, vars),
                None if default => fluent_entry("", &p.label_id, ""),
                None => format!("{} =", p.label_id),
            };
            for (attr, cell) in [("hint", hint), ("constraint", message)] {
                if let Some(cell) = cell {
                    block.push('\n');
                    block.push_str(&fluent_entry_with(
                        "    ",
                        &format!(".{attr}"),
                        &cell.text,
                        vars,
                    ));
                }
            }
            out.push_block(&block, Some(&origin));
        }
    }
    for child in &p.children {
        ftl_item(out, child, form, locale, vars);
    }
}

fn ftl(form: &Form, planned: &Planned<'_>, locale: &str, file: &str) -> Text {
    let mut out = Text::default();
    let name = crate::languages::display_name(locale);
    out.push(
        &format!("# {name} ({locale}): imported from {file} by `heard questionnaire import`."),
        None,
    );
    out.push("", None);
    if locale == form.default_locale {
        out.push(&fluent_entry("", &planned.title_id, &form.title), None);
    }
    for p in &planned.items {
        ftl_item(&mut out, p, form, locale, &planned.label_vars);
    }
    for list in &planned.lists {
        for (choice, (label_id, _)) in list.list.choices.iter().zip(&list.labels) {
            if let Some(cell) = choice.label.get(locale) {
                let origin = Origin {
                    location: Location::cell(&form.choices_sheet, choice.row, Some(&cell.column)),
                    drop: None,
                };
                out.push_block(&fluent_entry("", label_id, &cell.text), Some(&origin));
            }
        }
    }
    out
}

fn has_text(planned: &Planned<'_>, locale: &str) -> bool {
    fn any(items: &[PItem<'_>], locale: &str) -> bool {
        items.iter().any(|p| {
            let texts: [&Texts; 3] = [&p.item.label, &p.item.hint, &p.item.constraint_message];
            (p.item.kind != Kind::Calculate && texts.iter().any(|t| t.contains_key(locale)))
                || any(&p.children, locale)
        })
    }
    any(&planned.items, locale)
        || planned
            .lists
            .iter()
            .any(|l| l.list.choices.iter().any(|c| c.label.contains_key(locale)))
}

/// Renders every file.
pub fn render(form: &Form, planned: &Planned<'_>, file: &str) -> Output {
    let mut output = Output {
        toml: toml(form, planned, file),
        ftl_name: format!("{}.ftl", form.id),
        ftl: Vec::new(),
    };
    for locale in &form.locales {
        if *locale == form.default_locale || has_text(planned, locale) {
            output
                .ftl
                .push((locale.clone(), ftl(form, planned, locale, file)));
        }
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_strings_escape_what_they_must() {
        assert_eq!(toml_string("plain"), "\"plain\"");
        assert_eq!(toml_string("${a} = 'x'"), "\"${a} = 'x'\"");
        assert_eq!(toml_string("${a} = \"x\""), "'${a} = \"x\"'");
        assert_eq!(toml_string("it's \"x\""), "\"it's \\\"x\\\"\"");
        assert_eq!(toml_string("a\\b'"), "\"a\\\\b'\"");
        assert_eq!(toml_string("tab\there"), "\"tab\\there\"");
        assert_eq!(toml_key("yes_no"), "yes_no");
        assert_eq!(toml_key("a b"), "\"a b\"");
    }

    #[test]
    fn references_become_variables_only_when_mapped() {
        let vars = HashMap::from([
            ("name".to_string(), "name".to_string()),
            ("العمر".to_string(), "q5".to_string()),
        ]);
        assert_eq!(
            fluent_entry_with("", "q", "Thanks, ${name}! {x}", &vars),
            "q = Thanks, { $name }! {\"{\"}x{\"}\"}"
        );
        assert_eq!(
            fluent_entry_with("", "q", "${العمر} years, not ${other} or ${ name }", &vars),
            "q = { $q5 } years, not ${\"{\"}other{\"}\"} or ${\"{\"} name {\"}\"}"
        );
        assert_eq!(
            fluent_entry_with("", "q", ".${name}\n${name}", &vars),
            "q =\n    {\".\"}{ $name }\n    { $name }"
        );
        assert_eq!(
            fluent_entry("", "q", "${name}"),
            "q = ${\"{\"}name{\"}\"}",
            "without a mapping it stays text"
        );
    }

    #[test]
    fn fluent_text_is_escaped() {
        assert_eq!(fluent_entry("", "q", "How old?"), "q = How old?");
        assert_eq!(fluent_entry("", "q", "  "), "q = {\"\"}");
        assert_eq!(
            fluent_entry("", "q", "{x} and }"),
            "q = {\"{\"}x{\"}\"} and {\"}\"}"
        );
        assert_eq!(fluent_entry("", "q", "[1] first"), "q = {\"[\"}1] first");
        assert_eq!(fluent_entry("", "q", "*bold*"), "q = {\"*\"}bold*");
        assert_eq!(fluent_entry("", "q", ".5 km"), "q = {\".\"}5 km");
        assert_eq!(
            fluent_entry("", "q", "one\n\n  two\n.three"),
            "q =\n    one\n\n    {\"  \"}two\n    {\".\"}three"
        );
        assert_eq!(
            fluent_entry("    ", ".hint", "a\nb"),
            "    .hint =\n        a\n        b"
        );
        assert_eq!(
            fluent_entry("", "q", "say \"hi\" \\o/"),
            "q = say \"hi\" \\o/"
        );
    }
}
