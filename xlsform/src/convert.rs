//! Sheets → [`Form`]: types, columns, languages, choice lists and settings,
//! with every problem recorded at its sheet, row and column.

use crate::columns::{Col, TextCol, classify};
use crate::expr;
use crate::languages::{self, Resolved, Seen};
use crate::model::{Cell, Choice, Drop, Expr, Form, Item, Kind, List, Required, Texts};
use crate::read::{Row, Sheet, Workbook, column_letter};
use crate::report::{Location, Report};
use std::collections::{BTreeSet, HashMap};

/// Choices the user made on the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--lang NAME=CODE` pairs.
    pub languages: Vec<(String, String)>,
    /// `--default-language`.
    pub default_language: Option<String>,
    /// `--form-version`.
    pub version: Option<u32>,
}

/// The report, and what `--allow-partial` leaves out.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Every issue.
    pub report: Report,
    /// Rows and fields to leave out.
    pub drops: BTreeSet<Drop>,
}

impl Findings {
    /// A form error.
    pub fn error(&mut self, location: Option<Location>, message: impl Into<String>) {
        self.report.error(location, message);
    }

    /// Something Heard cannot represent; `drop` is what `--allow-partial`
    /// leaves out (None: nothing beyond the unsupported part itself).
    pub fn unsupported(
        &mut self,
        location: Option<Location>,
        message: impl Into<String>,
        left_out: impl Into<String>,
        drop: Option<Drop>,
    ) {
        self.report.unsupported(location, message, left_out);
        if let Some(drop) = drop {
            self.drops.insert(drop);
        }
    }

    /// A note.
    pub fn note(&mut self, location: Option<Location>, message: impl Into<String>) {
        self.report.note(location, message);
    }
}

fn truthy(value: &str) -> Option<bool> {
    match value.trim() {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "true()" | "1" => Some(true),
        "no" | "No" | "NO" | "false" | "False" | "FALSE" | "false()" | "0" | "" => Some(false),
        _ => None,
    }
}

/// A sheet with its columns classified and their languages resolved.
struct Table<'a> {
    sheet: &'a Sheet,
    cols: Vec<Col>,
    /// Locale of each text column (None for others).
    locales: Vec<Option<String>>,
}

impl Table<'_> {
    fn find(&self, want: &Col) -> Option<usize> {
        self.cols.iter().position(|c| c == want)
    }

    fn header(&self, index: usize) -> &str {
        self.sheet.headers.get(index).map_or("", String::as_str)
    }

    fn loc(&self, row: usize, index: Option<usize>) -> Location {
        Location::cell(&self.sheet.name, row, index.map(|i| self.header(i)))
    }

    fn get<'r>(&self, row: &'r Row, want: &Col) -> (&'r str, Option<usize>) {
        match self.find(want) {
            Some(i) => (row.cell(i).trim(), Some(i)),
            None => ("", None),
        }
    }

    /// Texts of one kind in a row, by locale.
    fn texts(&self, row: &Row, which: TextCol) -> Texts {
        let mut out = Texts::new();
        for (i, col) in self.cols.iter().enumerate() {
            if let (Col::Text(t, _), Some(locale)) = (col, &self.locales[i])
                && *t == which
            {
                let text = row.cell(i).trim();
                if !text.is_empty() {
                    out.insert(
                        locale.clone(),
                        Cell {
                            text: text.to_string(),
                            column: self.header(i).to_string(),
                        },
                    );
                }
            }
        }
        out
    }
}

/// The language plan: locale of plain and written languages.
struct Plan {
    default: String,
    /// written language (trimmed; "" for none) → locale.
    of: HashMap<String, String>,
    order: Vec<String>,
}

fn sheet_by_name<'a>(book: &'a Workbook, name: &str) -> Option<&'a Sheet> {
    book.sheet(name)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Reads the workbook into a form. `None` when the form cannot be read at
/// all (the errors are in `findings`).
pub fn convert(
    book: &Workbook,
    file_stem: &str,
    options: &Options,
    f: &mut Findings,
) -> Option<Form> {
    // Sheets.
    let Some(survey) = sheet_by_name(book, "survey") else {
        missing_survey(book, f);
        return None;
    };
    let choices = sheet_by_name(book, "choices");
    let settings = sheet_by_name(book, "settings");
    for sheet in &book.sheets {
        let lower = sheet.name.trim().to_lowercase();
        let known = ["survey", "choices", "settings"];
        if known.contains(&lower.as_str()) {
            continue;
        }
        let near_miss = known.iter().any(|k| edit_distance(k, &lower) <= 2);
        if sheet.rows.is_empty() && sheet.headers.is_empty() && !near_miss {
            continue;
        }
        let message = match lower.as_str() {
            "external_choices" => "is used only by select_one_external, which Heard does not support; it was not read".to_string(),
            "entities" => "declares entities (datasets shared between forms), which Heard does not have; it was not read".to_string(),
            "osm" => "is used only by OpenStreetMap questions, which Heard does not support; it was not read".to_string(),
            _ => match known.iter().find(|k| edit_distance(k, &lower) <= 2) {
                Some(k) => format!("is not part of XLSForm and was not read (did you mean \"{k}\"?)"),
                None => "is not part of XLSForm and was not read".to_string(),
            },
        };
        f.note(None, format!("the sheet \"{}\" {message}", sheet.name));
    }
    let settings_row = settings.and_then(|s| s.rows.first());
    let setting = |key: &str| -> Option<(String, Location)> {
        let sheet = settings?;
        let row = settings_row?;
        let index = sheet
            .headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(key))?;
        let value = row.cell(index).trim();
        (!value.is_empty()).then(|| {
            (
                value.to_string(),
                Location::cell(&sheet.name, row.number, Some(&sheet.headers[index])),
            )
        })
    };

    // Columns.
    let mut survey_table = Table {
        sheet: survey,
        cols: survey.headers.iter().map(|h| classify(h)).collect(),
        locales: vec![None; survey.headers.len()],
    };
    let mut choices_table = choices.map(|sheet| Table {
        sheet,
        cols: sheet.headers.iter().map(|h| classify(h)).collect(),
        locales: vec![None; sheet.headers.len()],
    });
    if survey.headers.is_empty() {
        f.error(
            None,
            format!("the {} sheet is empty: it needs a header row (type, name, label) and questions below it", survey.name),
        );
        return None;
    }
    let plan = plan_languages(
        &survey_table,
        choices_table.as_ref(),
        setting("default_language"),
        options,
        f,
    )?;
    for table in std::iter::once(&mut survey_table).chain(choices_table.as_mut()) {
        for (i, col) in table.cols.iter().enumerate() {
            if let Col::Text(t, lang) = col
                && t.imported()
            {
                let key = lang.as_deref().unwrap_or("").trim().to_string();
                table.locales[i] = plan.of.get(&key).cloned();
            }
        }
    }
    let mut ok = check_columns(&survey_table, f);
    if let Some(t) = &choices_table {
        ok &= check_columns(t, f);
    }
    for (want, what) in [(Col::Type, "type"), (Col::Name, "name")] {
        if survey_table.find(&want).is_none() {
            f.error(
                Some(Location::cell(&survey.name, survey.header_row, None)),
                format!(
                    "the header row has no \"{what}\" column: every XLSForm question needs a {what}"
                ),
            );
            ok = false;
        }
    }
    if !ok {
        return None;
    }

    // Settings.
    let allow_duplicates =
        setting("allow_choice_duplicates").is_some_and(|(v, _)| truthy(&v) == Some(true));
    let lists = match &choices_table {
        Some(t) => read_choices(t, &plan, allow_duplicates, f),
        None => Default::default(),
    };
    let (id, version) = identity(file_stem, options, &setting, f);
    settings_notes(settings, settings_row, f);
    let title = match setting("form_title") {
        Some((title, location)) => {
            if plan.order.len() > 1 {
                f.note(
                    Some(location),
                    "the settings sheet gives the title in one language (XLSForm has no translated titles): translate questionnaire-title in each locale's .ftl file",
                );
            }
            title
        }
        None => id.clone(),
    };

    let mut form = Form {
        survey_sheet: survey.name.clone(),
        choices_sheet: choices.map_or_else(|| "choices".to_string(), |c| c.name.clone()),
        id,
        version,
        title,
        default_locale: plan.default.clone(),
        locales: plan.order.clone(),
        language_entries: Vec::new(),
        items: Vec::new(),
        lists,
        absent: HashMap::new(),
        today: Vec::new(),
        all_names: survey_table
            .find(&Col::Name)
            .map(|i| {
                survey
                    .rows
                    .iter()
                    .map(|r| r.cell(i).trim().to_string())
                    .filter(|n| !n.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
    };
    read_survey(&survey_table, &mut form, f);
    if form.items.is_empty() && f.report.count(crate::report::Severity::Error) == 0 {
        let has_rows = !survey.rows.is_empty();
        if !has_rows {
            f.error(
                Some(Location::cell(&survey.name, survey.header_row, None)),
                "the survey sheet has no questions below its header row",
            );
        }
    }
    // Locales that actually hold text; [languages] entries for new ones.
    let used = used_locales(&form);
    form.locales
        .retain(|l| used.contains(l) || *l == form.default_locale);
    for locale in &form.locales {
        match languages::registry_entry(locale) {
            Some((name, dir)) => {
                form.language_entries
                    .push((locale.clone(), name.to_string(), dir.to_string()));
            }
            None if !heard_engine::Languages::builtin().knows(locale) => f.note(
                None,
                format!(
                    "Heard's language registry does not know \"{locale}\", so it is shown left-to-right: if it is written right-to-left, declare it under [languages.{locale}] in questionnaire.toml"
                ),
            ),
            None => {}
        }
    }
    Some(form)
}

fn used_locales(form: &Form) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for (item, _) in form.walk() {
        for texts in [&item.label, &item.hint, &item.constraint_message] {
            used.extend(texts.keys().cloned());
        }
    }
    for list in form.lists.values() {
        for choice in &list.choices {
            used.extend(choice.label.keys().cloned());
        }
    }
    used
}

fn missing_survey(book: &Workbook, f: &mut Findings) {
    let lookalike = book.sheets.iter().find(|s| {
        let cols: Vec<Col> = s.headers.iter().map(|h| classify(h)).collect();
        cols.contains(&Col::Type) && cols.contains(&Col::Name)
    });
    match lookalike {
        Some(sheet) => {
            let index = sheet.headers.iter().position(|h| classify(h) == Col::Type);
            f.error(
                Some(Location::cell(
                    &sheet.name,
                    sheet.header_row,
                    index.map(|i| sheet.headers[i].as_str()),
                )),
                format!(
                    "this sheet holds questions but is called \"{}\": XLSForm reads questions only from a sheet named survey; rename it",
                    sheet.name
                ),
            );
        }
        None => {
            let names: Vec<String> = book
                .sheets
                .iter()
                .map(|s| format!("\"{}\"", s.name))
                .collect();
            f.error(
                None,
                format!(
                    "the workbook has no sheet named survey (its sheets: {}): an XLSForm keeps its questions there",
                    if names.is_empty() { "none".to_string() } else { names.join(", ") }
                ),
            );
        }
    }
}

/// Duplicate columns, and notes for columns Heard does not read.
fn check_columns(table: &Table<'_>, f: &mut Findings) -> bool {
    let sheet = table.sheet;
    let mut ok = true;
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, col) in table.cols.iter().enumerate() {
        let key = match col {
            Col::Text(t, _) if t.imported() => match &table.locales[i] {
                Some(locale) => format!("{}::{locale}", t.name()),
                None => continue,
            },
            Col::Text(t, lang) => format!("{}::{}", t.name(), lang.clone().unwrap_or_default()),
            Col::Media | Col::Ignored(_) | Col::Unknown | Col::NoHeader => continue,
            other => format!("{other:?}"),
        };
        if let Some(&first) = seen.get(&key) {
            let what = match (col, &table.locales[i]) {
                (Col::Text(t, _), Some(locale)) => format!("the {} in {locale}", t.name()),
                _ => format!("\"{}\"", table.header(i)),
            };
            f.error(
                Some(Location::cell(
                    &sheet.name,
                    sheet.header_row,
                    Some(table.header(i)),
                )),
                format!(
                    "columns {} (\"{}\") and {} (\"{}\") are both {what}: keep one",
                    column_letter(first),
                    table.header(first),
                    column_letter(i),
                    table.header(i)
                ),
            );
            ok = false;
        } else {
            seen.insert(key, i);
        }
    }
    // Columns Heard does not read: one note per column that has content.
    for (i, col) in table.cols.iter().enumerate() {
        let rows: Vec<usize> = sheet
            .rows
            .iter()
            .filter(|r| !r.cell(i).trim().is_empty())
            .map(|r| r.number)
            .collect();
        if rows.is_empty() {
            continue;
        }
        let message = match col {
            Col::Ignored(why) => format!("not used: {why}"),
            Col::Unknown if sheet.name.eq_ignore_ascii_case("choices") => {
                "not used by Heard (XLSForm uses extra choices columns for choice_filter, which Heard does not have)".to_string()
            }
            Col::Unknown => "not an XLSForm column; ignored".to_string(),
            Col::NoHeader => format!(
                "column {} has no header, so its cells are ignored",
                column_letter(i)
            ),
            _ => continue,
        };
        f.note(
            Some(Location {
                sheet: sheet.name.clone(),
                rows,
                column: match col {
                    Col::NoHeader => None,
                    _ => Some(table.header(i).to_string()),
                },
            }),
            message,
        );
    }
    // Cells to the right of the last header.
    let width = sheet.headers.len();
    let beyond: Vec<usize> = sheet
        .rows
        .iter()
        .filter(|r| r.cells.iter().skip(width).any(|c| !c.trim().is_empty()))
        .map(|r| r.number)
        .collect();
    if !beyond.is_empty() {
        f.note(
            Some(Location {
                sheet: sheet.name.clone(),
                rows: beyond,
                column: None,
            }),
            "cells right of the last header have no column name, so they are ignored",
        );
    }
    ok
}

fn plan_languages(
    survey: &Table<'_>,
    choices: Option<&Table<'_>>,
    default_setting: Option<(String, Location)>,
    options: &Options,
    f: &mut Findings,
) -> Option<Plan> {
    let mut seen = Seen::default();
    let mut plain_label: Option<(&Table<'_>, usize)> = None;
    let mut first_label: Option<(String, &Table<'_>, usize)> = None;
    let mut plain_any = false;
    for table in std::iter::once(survey).chain(choices) {
        for (i, col) in table.cols.iter().enumerate() {
            let Col::Text(t, lang) = col else { continue };
            if !t.imported() {
                continue;
            }
            match lang {
                Some(lang) => {
                    seen.add(lang, table.header(i));
                    if *t == TextCol::Label && first_label.is_none() {
                        first_label = Some((lang.clone(), table, i));
                    }
                }
                None => {
                    plain_any = true;
                    if *t == TextCol::Label && plain_label.is_none() {
                        plain_label = Some((table, i));
                    }
                }
            }
        }
    }
    let mut of: HashMap<String, String> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut failed = false;
    for (written, headers) in seen.iter() {
        match languages::resolve(written, &options.languages) {
            Resolved::Code(code) => {
                of.insert(written.to_string(), code.clone());
                if !order.contains(&code) {
                    order.push(code);
                }
            }
            Resolved::Unknown(why) => {
                failed = true;
                let first = headers.first().map_or("", String::as_str);
                let table = if survey.sheet.headers.iter().any(|h| h == first) {
                    survey
                } else {
                    choices.unwrap_or(survey)
                };
                let name = languages::split_code(written).0;
                let example = languages::example_code(written);
                let base = first.split(':').next().unwrap_or("label");
                f.error(
                    Some(Location::cell(&table.sheet.name, table.sheet.header_row, Some(first))),
                    format!(
                        "which language is \"{written}\"? {why}: add its code to the header, as in {base}::{name} ({example}), or name it with --lang \"{name}={example}\""
                    ),
                );
            }
        }
    }
    // The default language.
    let written_match = |wanted: &str| -> Option<String> {
        seen.iter()
            .map(|(w, _)| w)
            .find(|w| {
                w.eq_ignore_ascii_case(wanted.trim())
                    || languages::split_code(w)
                        .0
                        .eq_ignore_ascii_case(wanted.trim())
            })
            .and_then(|w| of.get(w).cloned())
    };
    let default = if let Some(wanted) = &options.default_language {
        match written_match(wanted) {
            Some(code) => Some(code),
            None => {
                match languages::resolve(wanted, &options.languages) {
                    Resolved::Code(code) => Some(code),
                    Resolved::Unknown(why) => {
                        f.error(None, format!("--default-language \"{wanted}\": {why}; give a code such as en or ar"));
                        return None;
                    }
                }
            }
        }
    } else if let Some((value, location)) = &default_setting {
        match written_match(value) {
            Some(code) => Some(code),
            None => match languages::resolve(value, &options.languages) {
                Resolved::Code(code) => Some(code),
                Resolved::Unknown(why) => {
                    let name = languages::split_code(value).0;
                    f.error(
                        Some(location.clone()),
                        format!(
                            "which language is \"{value}\"? {why}: write it with its code, as in {name} (<code>), or pass --default-language <code>"
                        ),
                    );
                    return None;
                }
            },
        }
    } else if let Some((table, i)) = plain_label {
        f.error(
            Some(Location::cell(&table.sheet.name, table.sheet.header_row, Some(table.header(i)))),
            "this column gives no language and the settings sheet has no default_language, so Heard cannot tell which language the labels are in: pass --default-language <code> (for example --default-language en), or add default_language to the settings sheet",
        );
        return None;
    } else if let Some((written, table, i)) = &first_label {
        let code = of.get(written).cloned();
        if let Some(code) = &code {
            f.note(
                Some(Location::cell(&table.sheet.name, table.sheet.header_row, Some(table.header(*i)))),
                format!(
                    "the settings sheet has no default_language, so the language of the first label column, {code}, is the default: every question needs a label in it (choose another with --default-language)"
                ),
            );
        }
        code
    } else {
        f.error(
            Some(Location::cell(
                &survey.sheet.name,
                survey.sheet.header_row,
                None,
            )),
            "the header row has no label column: add one such as label, or label::English (en)",
        );
        return None;
    };
    if failed {
        return None;
    }
    let default = default?;
    if plain_any {
        of.insert(String::new(), default.clone());
    } else if !of.values().any(|c| *c == default) {
        let location = default_setting.map(|(_, l)| l);
        let known: Vec<&str> = order.iter().map(String::as_str).collect();
        f.error(
            location,
            format!(
                "the default language {default} has no label column in this form (its languages: {})",
                known.join(", ")
            ),
        );
        return None;
    }
    order.retain(|c| *c != default);
    order.insert(0, default.clone());
    Some(Plan { default, of, order })
}

fn identity(
    file_stem: &str,
    options: &Options,
    setting: &dyn Fn(&str) -> Option<(String, Location)>,
    f: &mut Findings,
) -> (String, u32) {
    let (raw_id, id_loc) = match setting("form_id") {
        Some((v, l)) => (v, Some(l)),
        None => (file_stem.to_string(), None),
    };
    let id = heard_id_from(&raw_id);
    if id != raw_id {
        let whence = if id_loc.is_some() {
            format!("form_id \"{raw_id}\"")
        } else {
            format!("the file name \"{raw_id}\" (the settings sheet has no form_id)")
        };
        f.note(
            id_loc,
            format!(
                "{whence} is not a Heard id ({}): the questionnaire id is \"{id}\"",
                heard_protocol::QUESTIONNAIRE_ID_RULE
            ),
        );
    }
    let version = match (options.version, setting("version")) {
        (Some(v), _) => v,
        (None, None) => {
            f.note(
                None,
                "the settings sheet has no version, so this is version 1: raise version with every change (devices never go back to a lower version)",
            );
            1
        }
        (None, Some((v, loc))) => match v.trim().parse::<u32>() {
            Ok(n) if n >= 1 => n,
            _ => {
                f.unsupported(
                    Some(loc),
                    format!(
                        "version \"{v}\" is not a whole number from 1 to 4294967295, which Heard needs (devices never go back to a lower version): write one, or pass --form-version N"
                    ),
                    "the version (the questionnaire is version 1)",
                    None,
                );
                1
            }
        },
    };
    (id, version)
}

/// A questionnaire id made from a form id or file name.
fn heard_id_from(raw: &str) -> String {
    let mut out = String::new();
    for c in raw.trim().chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
    // Every character is ASCII here, so cutting by bytes is safe.
    let trimmed = trimmed[..trimmed.len().min(heard_protocol::MAX_ID_LEN)].trim_end_matches('-');
    if trimmed.is_empty() {
        "imported-form".to_string()
    } else {
        trimmed.to_string()
    }
}

fn settings_notes(settings: Option<&Sheet>, row: Option<&Row>, f: &mut Findings) {
    let (Some(sheet), Some(row)) = (settings, row) else {
        return;
    };
    for (i, header) in sheet.headers.iter().enumerate() {
        let value = row.cell(i).trim();
        if value.is_empty() {
            continue;
        }
        let key = header.trim().to_lowercase();
        let why = match key.as_str() {
            "form_title"
            | "form_id"
            | "version"
            | "default_language"
            | "allow_choice_duplicates" => continue,
            "public_key" | "submission_url" => {
                "Heard seals every response with the organization's own keys and sends it through its own relay"
            }
            "instance_name" => "Heard responses are anonymous and carry no name",
            "style" => "Heard lays out screens itself",
            "auto_send" | "auto_delete" => "Heard's sync decides when responses leave the device",
            "omit_instanceid" | "namespaces" | "xml_root" | "name" | "clean_text_values"
            | "flat" | "prefix" | "delimiter" => {
                "it shapes ODK's XML, which Heard does not produce"
            }
            "add_none_option" if truthy(value) == Some(false) => continue,
            "add_none_option" => "add a \"none\" option to the lists yourself",
            k if k.starts_with("sms_") => "Heard does not collect answers by SMS",
            _ => "not an XLSForm setting",
        };
        f.note(
            Some(Location::cell(&sheet.name, row.number, Some(header))),
            format!("ignored: {why}"),
        );
    }
}

// ---------------------------------------------------------------- choices

fn read_choices(
    table: &Table<'_>,
    plan: &Plan,
    allow_duplicates: bool,
    f: &mut Findings,
) -> std::collections::BTreeMap<String, List> {
    let sheet = table.sheet;
    let mut lists: std::collections::BTreeMap<String, List> = Default::default();
    let Some(list_col) = table.find(&Col::ListName) else {
        if !sheet.rows.is_empty() {
            f.error(
                Some(Location::cell(&sheet.name, sheet.header_row, None)),
                "the header row has no \"list_name\" column",
            );
        }
        return lists;
    };
    let name_col = table.find(&Col::Name);
    let media_cols: Vec<usize> = table
        .cols
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == Col::Media)
        .map(|(i, _)| i)
        .collect();
    let mut first_row: HashMap<(String, String), usize> = HashMap::new();
    for row in &sheet.rows {
        let list_name = row.cell(list_col).trim();
        let code = name_col.map_or("", |i| row.cell(i).trim());
        let labels = table.texts(row, TextCol::Label);
        if list_name.is_empty() {
            if !code.is_empty() || !labels.is_empty() {
                f.error(
                    Some(table.loc(row.number, Some(list_col))),
                    "this option has no list_name",
                );
            }
            continue;
        }
        let list = lists.entry(list_name.to_string()).or_insert_with(|| List {
            row: row.number,
            ..List::default()
        });
        if code.is_empty() {
            f.error(
                Some(table.loc(row.number, name_col)),
                format!("an option of list \"{list_name}\" has no name (its code)"),
            );
            continue;
        }
        let key = (list_name.to_string(), code.to_string());
        if let Some(first) = first_row.get(&key) {
            let message = format!(
                "option \"{code}\" appears twice in list \"{list_name}\" (first on row {first})"
            );
            if allow_duplicates {
                list.blocking.push((
                    table.loc(row.number, name_col),
                    format!("{message}, and Heard needs each option code once"),
                ));
            } else {
                f.error(Some(table.loc(row.number, name_col)), message);
            }
            continue;
        }
        first_row.insert(key, row.number);
        if code.contains(char::is_whitespace) {
            list.blocking.push((
                table.loc(row.number, name_col),
                format!("option \"{code}\" has a space in its name, and Heard option codes cannot (choose a code without spaces)"),
            ));
        }
        let media: Vec<usize> = media_cols
            .iter()
            .copied()
            .filter(|&i| !row.cell(i).trim().is_empty())
            .collect();
        if !labels.contains_key(&plan.default) {
            let message = if labels.is_empty() && !media.is_empty() {
                format!(
                    "option \"{code}\" has only a picture or sound, and Heard options need a text label"
                )
            } else if labels.is_empty() {
                format!("option \"{code}\" has no label")
            } else {
                let have: Vec<&str> = labels.keys().map(String::as_str).collect();
                format!(
                    "option \"{code}\" has no label in {}, the default language (only in {})",
                    plan.default,
                    have.join(", ")
                )
            };
            let column = table
                .cols
                .iter()
                .enumerate()
                .find(|(i, c)| {
                    matches!(c, Col::Text(TextCol::Label, _))
                        && table.locales[*i].as_deref() == Some(&plan.default)
                })
                .map(|(i, _)| i)
                .or_else(|| {
                    table
                        .cols
                        .iter()
                        .position(|c| matches!(c, Col::Text(TextCol::Label, _)))
                });
            list.blocking.push((table.loc(row.number, column), message));
        } else {
            for i in media {
                list.lossy.push((
                    table.loc(row.number, Some(i)),
                    "pictures and sounds are not supported by Heard: options show their text labels".to_string(),
                    "the picture or sound".to_string(),
                ));
            }
        }
        list.choices.push(Choice {
            row: row.number,
            code: code.to_string(),
            label: labels,
        });
    }
    lists
}

// ---------------------------------------------------------------- survey

/// What a `type` cell says.
#[derive(Debug, Clone, PartialEq)]
enum TypeSpec {
    Question(Kind),
    PhoneNumber,
    Range,
    Select {
        multiple: bool,
        list: String,
        other: bool,
    },
    BeginGroup,
    EndGroup,
    BeginRepeat(&'static str),
    EndRepeat(&'static str),
    Metadata(&'static str),
    Today,
    Unsupported(String),
    Unknown,
    Missing(&'static str),
}

const PRIVACY_MEDIA: &str =
    "Heard does not collect pictures, recordings or files: they can identify the person answering";

fn parse_type(raw: &str) -> TypeSpec {
    let tokens: Vec<&str> = raw.split_whitespace().collect();
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let joined = lower.join(" ");
    let control = joined.replace('_', " ");
    match control.as_str() {
        "begin group" | "begin lgroup" => return TypeSpec::BeginGroup,
        "end group" | "end lgroup" => return TypeSpec::EndGroup,
        "begin repeat" | "begin looped group" => return TypeSpec::BeginRepeat("repeat"),
        "end repeat" | "end looped group" => return TypeSpec::EndRepeat("repeat"),
        "end loop" => return TypeSpec::EndRepeat("loop"),
        c if c.starts_with("begin loop") => return TypeSpec::BeginRepeat("loop"),
        _ => {}
    }
    const ONE: &[&[&str]] = &[
        &["add", "select", "one", "prompt", "using"],
        &["select", "one", "from"],
        &["select", "one", "using"],
        &["select", "one"],
        &["select_one"],
        &["select1"],
    ];
    const MANY: &[&[&str]] = &[
        &["add", "select", "multiple", "prompt", "using"],
        &["select", "all", "that", "apply", "from"],
        &["select", "all", "that", "apply"],
        &["select", "multiple", "from"],
        &["select", "multiple", "using"],
        &["select_multiple"],
        &["select_all_that_apply"],
    ];
    let files = [
        "select_one_from_file",
        "select_multiple_from_file",
        "select one from file",
        "select multiple from file",
    ];
    if files.iter().any(|p| joined.starts_with(p)) {
        return TypeSpec::Unsupported(
            "the options come from an attached file, and Heard questionnaires carry no data files: copy the options into the choices sheet".into(),
        );
    }
    if joined.starts_with("select_one_external") || joined.starts_with("select one external") {
        return TypeSpec::Unsupported(
            "select_one_external reads options from an external CSV, and Heard questionnaires carry no data files".into(),
        );
    }
    for (prefixes, multiple) in [(ONE, false), (MANY, true)] {
        for prefix in prefixes {
            if lower.len() > prefix.len() && lower.iter().zip(prefix.iter()).all(|(a, b)| a == b) {
                let rest = &tokens[prefix.len()..];
                let rest_lower = &lower[prefix.len()..];
                let (list, other) = match rest_lower {
                    [_] => (rest[0], false),
                    [_, o] if o == "or_other" => (rest[0], true),
                    [_, a, b, c] if a == "or" && b == "specify" && c == "other" => (rest[0], true),
                    _ => return TypeSpec::Unknown,
                };
                return TypeSpec::Select {
                    multiple,
                    list: list.to_string(),
                    other,
                };
            }
            if lower.len() == prefix.len() && lower.iter().zip(prefix.iter()).all(|(a, b)| a == b) {
                return TypeSpec::Missing(if multiple {
                    "select_multiple"
                } else {
                    "select_one"
                });
            }
        }
    }
    if lower.first().is_some_and(|t| t == "rank") {
        return TypeSpec::Unsupported(
            "rank is not supported by Heard (it has no ranking question): ask a select_multiple, or one select_one per place".into(),
        );
    }
    let bare = joined.strip_prefix("uri:").unwrap_or(&joined);
    match bare {
        "text" | "string" | "add text prompt" => TypeSpec::Question(Kind::Text),
        "integer" | "int" | "add integer prompt" => TypeSpec::Question(Kind::Integer),
        "decimal" | "add decimal prompt" => TypeSpec::Question(Kind::Decimal),
        "date" | "add date prompt" => TypeSpec::Question(Kind::Date),
        "note" | "add note prompt" => TypeSpec::Question(Kind::Note),
        "acknowledge" | "trigger" | "add acknowledge prompt" => {
            TypeSpec::Question(Kind::Acknowledge)
        }
        "calculate" | "add calculate prompt" => TypeSpec::Question(Kind::Calculate),
        "range" => TypeSpec::Range,
        "phone number" => TypeSpec::PhoneNumber,
        "today" => TypeSpec::Today,
        "start" | "end" => TypeSpec::Metadata(
            "the time the form was opened or finished, which Heard does not record",
        ),
        "deviceid" | "imei" | "phonenumber" | "simserial" | "subscriberid" | "username"
        | "email" => TypeSpec::Metadata(
            "it identifies the device or the person answering, which Heard never records",
        ),
        "audit" => TypeSpec::Metadata("Heard keeps no audit log of how a form was filled in"),
        "start-geopoint" => TypeSpec::Metadata(
            "a location can identify the person answering, and Heard never records one",
        ),
        "time" | "datetime" | "date time" | "add time prompt" | "add datetime prompt" => {
            TypeSpec::Unsupported(
                "Heard asks for dates, not times of day (use date, or a select_one of time ranges)".into(),
            )
        }
        "geopoint" | "geotrace" | "geoshape" | "location" | "gps" | "add location prompt"
        | "background-geopoint" => TypeSpec::Unsupported(
            "Heard does not collect locations: a location can identify the person answering"
                .into(),
        ),
        "image" | "photo" | "audio" | "video" | "file" | "background-audio"
        | "background-video" | "add image prompt" | "add photo prompt" | "add audio prompt"
        | "add video prompt" | "add file prompt" => TypeSpec::Unsupported(PRIVACY_MEDIA.into()),
        "barcode" | "add barcode prompt" => {
            TypeSpec::Unsupported("Heard has no barcode scanner".into())
        }
        "hidden" => TypeSpec::Unsupported(
            "hidden fields are not supported by Heard (use calculate for a computed value)".into(),
        ),
        "osm" => TypeSpec::Unsupported("Heard has no OpenStreetMap questions".into()),
        "xml-external" | "csv-external" => TypeSpec::Unsupported(
            "Heard questionnaires carry no external data files".into(),
        ),
        "include" => TypeSpec::Unsupported(
            "include (questions from another file) is a retired pyxform feature: copy the questions into this form".into(),
        ),
        b if b.starts_with("osm ") => TypeSpec::Unsupported("Heard has no OpenStreetMap questions".into()),
        "" => TypeSpec::Missing(""),
        _ => TypeSpec::Unknown,
    }
}

/// An XLSForm name: a letter (any script) or '_', then letters, digits,
/// '_', '-', '.'.
fn valid_xlsform_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A Heard item id: an ASCII letter or '_', then ASCII letters, digits,
/// '_', '-', '.'.
pub fn valid_heard_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

enum Frame {
    Group(Box<Item>),
    /// A repeat or loop (or a group inside one): nothing inside is imported.
    Skipped {
        row: usize,
        what: &'static str,
        /// The row of the outermost repeat.
        repeat_row: usize,
        repeat_what: &'static str,
    },
}

struct SurveyState<'a, 't> {
    table: &'a Table<'t>,
    names: HashMap<String, usize>,
    ids: BTreeSet<String>,
    stack: Vec<Frame>,
}

fn read_survey(table: &Table<'_>, form: &mut Form, f: &mut Findings) {
    let sheet = table.sheet;
    let mut state = SurveyState {
        table,
        names: HashMap::new(),
        ids: BTreeSet::new(),
        stack: Vec::new(),
    };
    // Every name is reserved first so that renamed ids never collide.
    if let Some(name_col) = table.find(&Col::Name) {
        for row in &sheet.rows {
            let name = row.cell(name_col).trim();
            if valid_heard_id(name) {
                state.ids.insert(name.to_string());
            }
        }
    }
    for row in &sheet.rows {
        survey_row(row, &mut state, form, f);
    }
    while let Some(frame) = state.stack.pop() {
        let (row, what) = match &frame {
            Frame::Group(item) => (item.row, "group"),
            Frame::Skipped { row, what, .. } => (*row, *what),
        };
        let type_col = table.find(&Col::Type);
        f.error(
            Some(table.loc(row, type_col)),
            format!("begin {what} has no matching end {what}"),
        );
    }
}

fn push_item(state: &mut SurveyState<'_, '_>, form: &mut Form, item: Item) {
    match state.stack.last_mut() {
        Some(Frame::Group(group)) => group.children.push(item),
        _ => form.items.push(item),
    }
}

fn in_repeat(state: &SurveyState<'_, '_>) -> Option<(usize, &'static str)> {
    state.stack.iter().find_map(|f| match f {
        Frame::Skipped {
            repeat_row,
            repeat_what,
            ..
        } => Some((*repeat_row, *repeat_what)),
        Frame::Group(_) => None,
    })
}

fn parse_expr(table: &Table<'_>, row: &Row, want: &Col, f: &mut Findings) -> Option<Option<Expr>> {
    let (text, index) = table.get(row, want);
    if text.is_empty() {
        return Some(None);
    }
    let column = index.map_or("", |i| table.header(i)).to_string();
    match expr::parse(text) {
        Ok(parsed) => Some(Some(Expr {
            column,
            source: text.to_string(),
            parsed,
        })),
        Err(e) => {
            f.error(
                Some(table.loc(row.number, index)),
                format!("\"{text}\" is not a valid expression: {e}"),
            );
            None
        }
    }
}

fn survey_row(row: &Row, state: &mut SurveyState<'_, '_>, form: &mut Form, f: &mut Findings) {
    let table = state.table;
    let (type_text, type_col) = table.get(row, &Col::Type);
    let (name, name_col) = table.get(row, &Col::Name);
    let spec = parse_type(type_text);
    let type_loc = table.loc(row.number, type_col);
    let type_header = type_col.map_or("type", |i| table.header(i)).to_string();

    // Inside a repeat: keep the nesting balanced, import nothing.
    if let Some((repeat_row, repeat_what)) = in_repeat(state) {
        match &spec {
            TypeSpec::BeginGroup | TypeSpec::BeginRepeat(_) => {
                let what = if let TypeSpec::BeginRepeat(w) = spec {
                    w
                } else {
                    "group"
                };
                state.stack.push(Frame::Skipped {
                    row: row.number,
                    what,
                    repeat_row,
                    repeat_what,
                });
            }
            TypeSpec::EndGroup | TypeSpec::EndRepeat(_) => {
                end_block(row, &spec, state, form, f);
                return;
            }
            _ => {}
        }
        if !name.is_empty() {
            form.absent.entry(name.to_string()).or_insert_with(|| {
                format!(
                    "${{{name}}} is inside the {repeat_what} on row {repeat_row}, which Heard does not support"
                )
            });
        }
        return;
    }

    match &spec {
        TypeSpec::EndGroup | TypeSpec::EndRepeat(_) => {
            end_block(row, &spec, state, form, f);
            return;
        }
        TypeSpec::Missing("") => {
            let has_content = !name.is_empty()
                || table.cols.iter().enumerate().any(|(i, c)| {
                    matches!(
                        c,
                        Col::Text(..) | Col::Relevant | Col::Calculation | Col::Constraint
                    ) && !row.cell(i).trim().is_empty()
                });
            if has_content {
                f.error(Some(type_loc), "this row has no type");
            }
            return;
        }
        TypeSpec::Missing(what) => {
            f.error(
                Some(type_loc),
                format!("{what} needs a list name after it, as in \"{what} yes_no\""),
            );
            return;
        }
        TypeSpec::Unknown => {
            f.error(
                Some(type_loc),
                format!(
                    "unknown type \"{type_text}\" (see docs/XLSFORM.md for the types Heard imports)"
                ),
            );
            return;
        }
        _ => {}
    }

    // Names.
    if name.is_empty() {
        f.error(
            Some(table.loc(row.number, name_col)),
            format!("this {} row has no name", type_text.trim()),
        );
        return;
    }
    if !valid_xlsform_name(name) {
        f.error(
            Some(table.loc(row.number, name_col)),
            format!("\"{name}\" is not a valid name: a name starts with a letter or '_' and has only letters, digits, '_', '-' and '.'"),
        );
        return;
    }
    if let Some(first) = state.names.get(name) {
        f.error(
            Some(table.loc(row.number, name_col)),
            format!(
                "the name \"{name}\" is already used on row {first}: every name must be unique"
            ),
        );
        return;
    }
    state.names.insert(name.to_string(), row.number);

    match &spec {
        TypeSpec::BeginRepeat(what) => {
            let what = *what;
            let message = if what == "loop" {
                "loops are not supported by Heard (they ask the same questions once per option)"
            } else {
                "repeats are not supported by Heard (it asks each question once)"
            };
            f.unsupported(
                Some(type_loc),
                format!("{message}: the {what} and everything in it are left out"),
                format!("the {what} \"{name}\" and every row in it"),
                Some(Drop::Row(row.number)),
            );
            form.absent.insert(
                name.to_string(),
                format!(
                    "${{{name}}} is the {what} on row {}, which Heard does not support",
                    row.number
                ),
            );
            state.stack.push(Frame::Skipped {
                row: row.number,
                what,
                repeat_row: row.number,
                repeat_what: what,
            });
            return;
        }
        TypeSpec::Metadata(why) => {
            f.note(
                Some(type_loc),
                format!(
                    "{} is form metadata that is left out: {why}",
                    type_text.trim()
                ),
            );
            form.absent.insert(
                name.to_string(),
                format!("${{{name}}} is {} metadata: {why}", type_text.trim()),
            );
            return;
        }
        TypeSpec::Today => {
            f.note(
                Some(type_loc),
                "today is form metadata that is left out: expressions that use it get today() instead",
            );
            form.today.push(name.to_string());
            return;
        }
        TypeSpec::Unsupported(why) => {
            f.unsupported(
                Some(type_loc),
                format!("{} is not supported: {why}", type_text.trim()),
                format!("the row \"{name}\""),
                Some(Drop::Row(row.number)),
            );
            form.absent.insert(
                name.to_string(),
                format!(
                    "${{{name}}} (row {}) is a {} question, which Heard does not support",
                    row.number,
                    type_text.trim()
                ),
            );
            return;
        }
        _ => {}
    }

    let Some(item) = build_item(row, &spec, name, type_header, state, form, f) else {
        return;
    };
    if item.kind == Kind::Page {
        state.stack.push(Frame::Group(Box::new(item)));
    } else {
        push_item(state, form, item);
    }
}

fn end_block(
    row: &Row,
    spec: &TypeSpec,
    state: &mut SurveyState<'_, '_>,
    form: &mut Form,
    f: &mut Findings,
) {
    let table = state.table;
    let type_col = table.find(&Col::Type);
    let (want, closing) = match spec {
        TypeSpec::EndRepeat(what) => (*what, format!("end {what}")),
        _ => ("group", "end group".to_string()),
    };
    let Some(frame) = state.stack.pop() else {
        f.error(
            Some(table.loc(row.number, type_col)),
            format!("{closing} has no begin {want} above it"),
        );
        return;
    };
    let (open_row, open_what) = match &frame {
        Frame::Group(item) => (item.row, "group"),
        Frame::Skipped { row, what, .. } => (*row, *what),
    };
    if open_what != want {
        f.error(
            Some(table.loc(row.number, type_col)),
            format!(
                "{closing} closes the {open_what} begun on row {open_row}: write end {open_what}"
            ),
        );
        return;
    }
    if let Frame::Group(item) = frame {
        if item.children.is_empty() {
            f.note(
                Some(table.loc(item.row, type_col)),
                format!(
                    "the group \"{}\" holds no question, so it is left out",
                    item.name
                ),
            );
            return;
        }
        push_item(state, form, *item);
    }
}

fn mark_texts(texts: &Texts, table: &Table<'_>, row: usize, f: &mut Findings) {
    for cell in texts.values() {
        let loc = Location::cell(&table.sheet.name, row, Some(&cell.column));
        let html = cell.text.match_indices('<').any(|(i, _)| {
            cell.text[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
        }) && cell.text.contains('>');
        if html {
            f.note(
                Some(loc),
                "HTML in a label is shown as written: Heard labels are plain text",
            );
        }
    }
}

fn build_item(
    row: &Row,
    spec: &TypeSpec,
    name: &str,
    type_column: String,
    state: &mut SurveyState<'_, '_>,
    form: &mut Form,
    f: &mut Findings,
) -> Option<Item> {
    let table = state.table;
    let n = row.number;
    let loc = |col: &Col| table.loc(n, table.find(col));
    let type_loc = loc(&Col::Type);
    let (appearance, _) = table.get(row, &Col::Appearance);
    let appearance_words: Vec<String> = appearance
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let mut appearance_used = false;

    let mut kind = match spec {
        TypeSpec::Question(k) => *k,
        TypeSpec::PhoneNumber => {
            f.unsupported(
                Some(type_loc.clone()),
                "phone number is an old pyxform type that checks for digits with regex(), which Heard does not have",
                "the digits-only check (it is imported as text)",
                None,
            );
            Kind::Text
        }
        TypeSpec::Range => Kind::Integer,
        TypeSpec::Select { multiple: true, .. } => Kind::Multiple,
        TypeSpec::Select { .. } => Kind::Single,
        TypeSpec::BeginGroup => Kind::Page,
        _ => return None,
    };
    if kind == Kind::Text && appearance_words.iter().any(|w| w == "multiline") {
        kind = Kind::LongText;
        appearance_used = true;
    }

    // Choice list.
    let mut list_name = None;
    if let TypeSpec::Select { list, other, .. } = spec {
        match form.lists.get(list) {
            None => {
                f.error(
                    Some(type_loc.clone()),
                    format!(
                        "the list \"{list}\" is not in the {} sheet",
                        form.choices_sheet
                    ),
                );
                return None;
            }
            Some(l) => {
                if kind == Kind::Single
                    && appearance_words.iter().any(|w| w == "likert")
                    && l.choices.iter().all(|c| c.code.parse::<f64>().is_ok())
                {
                    kind = Kind::Scale;
                    appearance_used = true;
                }
            }
        }
        if *other {
            f.unsupported(
                Some(type_loc.clone()),
                "or_other is not supported: Heard would need an \"Other\" option and a follow-up question worded in every language; add both to the form instead",
                "the \"Other\" option and its follow-up text question",
                None,
            );
        }
        list_name = Some(list.clone());
    }

    // Heard id.
    let id = if valid_heard_id(name) {
        name.to_string()
    } else {
        let mut candidate = format!("q{n}");
        let mut k = 2;
        while state.ids.contains(&candidate) {
            candidate = format!("q{n}_{k}");
            k += 1;
        }
        f.note(
            Some(table.loc(n, table.find(&Col::Name))),
            format!("\"{name}\" is not a Heard id (ASCII letters, digits, '_', '-', '.'): the item is called \"{candidate}\""),
        );
        candidate
    };
    state.ids.insert(id.clone());

    // Texts.
    let label = table.texts(row, TextCol::Label);
    let hint = table.texts(row, TextCol::Hint);
    let mut constraint_message = table.texts(row, TextCol::ConstraintMessage);
    let media: Vec<usize> = table
        .cols
        .iter()
        .enumerate()
        .filter(|(i, c)| **c == Col::Media && !row.cell(*i).trim().is_empty())
        .map(|(i, _)| i)
        .collect();
    let label_col_default = table
        .cols
        .iter()
        .enumerate()
        .find(|(i, c)| {
            matches!(c, Col::Text(TextCol::Label, _))
                && table.locales[*i].as_deref() == Some(&form.default_locale)
        })
        .map(|(i, _)| i);
    if kind != Kind::Calculate {
        mark_texts(&label, table, n, f);
        mark_texts(&hint, table, n, f);
        mark_texts(&constraint_message, table, n, f);
    }
    if kind != Kind::Calculate && kind != Kind::Page && !label.contains_key(&form.default_locale) {
        if !label.is_empty() {
            let have: Vec<&str> = label.keys().map(String::as_str).collect();
            f.unsupported(
                Some(table.loc(n, label_col_default.or_else(|| table.cols.iter().position(|c| matches!(c, Col::Text(TextCol::Label, _)))))),
                format!(
                    "no label in {}, the default language (only in {}): Heard needs every label in the default language",
                    form.default_locale,
                    have.join(", ")
                ),
                format!("the row \"{name}\""),
                Some(Drop::Row(n)),
            );
        } else if !hint.contains_key(&form.default_locale) {
            if media.is_empty() {
                f.error(
                    Some(table.loc(n, label_col_default)),
                    format!("\"{name}\" has no label"),
                );
                return None;
            }
            f.unsupported(
                Some(table.loc(n, media.first().copied())),
                "this row shows only a picture, sound or video, which Heard does not support",
                format!("the row \"{name}\""),
                Some(Drop::Row(n)),
            );
        }
    }
    let media_only = f.drops.contains(&Drop::Row(n));
    for i in media.iter().filter(|_| !media_only) {
        f.unsupported(
            Some(table.loc(n, Some(*i))),
            "pictures, sounds and videos in questions are not supported by Heard",
            "the media (the text is kept)",
            None,
        );
    }

    // Expressions.
    let relevant = parse_expr(table, row, &Col::Relevant, f)?;
    let mut constraint = parse_expr(table, row, &Col::Constraint, f)?;
    let calculation = parse_expr(table, row, &Col::Calculation, f)?;
    let (required_text, required_col) = table.get(row, &Col::Required);
    let required = match truthy(required_text) {
        Some(true) => Required::Yes,
        Some(false) => Required::No,
        None => match parse_expr(table, row, &Col::Required, f)? {
            Some(e) => Required::When(e),
            None => Required::No,
        },
    };
    if !kind.answerable() && required != Required::No {
        f.note(
            Some(table.loc(n, required_col)),
            format!(
                "required does not apply to a {} and is ignored",
                kind.heard_type()
            ),
        );
    }
    let required = if kind.answerable() {
        required
    } else {
        Required::No
    };
    if !kind.answerable() && kind != Kind::Page && constraint.is_some() {
        f.note(
            Some(loc(&Col::Constraint)),
            format!(
                "a constraint does not apply to a {} and is ignored",
                kind.heard_type()
            ),
        );
        constraint = None;
    }
    if kind == Kind::Page && constraint.is_some() {
        f.note(
            Some(loc(&Col::Constraint)),
            "a constraint does not apply to a group and is ignored",
        );
        constraint = None;
    }
    if constraint.is_none() && !constraint_message.is_empty() {
        f.note(
            Some(Location::cell(
                &table.sheet.name,
                n,
                constraint_message
                    .values()
                    .next()
                    .map(|c| c.column.as_str()),
            )),
            "a constraint message without a constraint is ignored",
        );
        constraint_message.clear();
    }
    let calculation = match (kind, calculation) {
        (Kind::Calculate, None) => {
            f.error(
                Some(loc(&Col::Calculation)),
                format!("the calculate row \"{name}\" has no calculation"),
            );
            return None;
        }
        (Kind::Calculate, c) => c,
        (_, None) => None,
        (Kind::Note, Some(_)) => {
            f.unsupported(
                Some(loc(&Col::Calculation)),
                "a note that computes a value is not supported by Heard (put the calculation on a calculate row and show it in the note's label with ${name})",
                "the calculation (the note is kept)",
                None,
            );
            None
        }
        (_, Some(_)) => {
            f.unsupported(
                Some(loc(&Col::Calculation)),
                "a question with a calculation (a computed default answer) is not supported by Heard",
                format!("the row \"{name}\""),
                Some(Drop::Row(n)),
            );
            None
        }
    };

    // Columns Heard has no equivalent for.
    let (choice_filter, _) = table.get(row, &Col::ChoiceFilter);
    if !choice_filter.is_empty() {
        f.unsupported(
            Some(loc(&Col::ChoiceFilter)),
            "choice filters are not supported by Heard yet (the options could not depend on earlier answers)",
            format!("the row \"{name}\""),
            Some(Drop::Row(n)),
        );
    }
    let (default, _) = table.get(row, &Col::Default);
    if !default.is_empty() {
        f.unsupported(
            Some(loc(&Col::Default)),
            "default answers are not supported by Heard: every question starts empty",
            "the default answer",
            None,
        );
    }
    let (read_only, _) = table.get(row, &Col::ReadOnly);
    if truthy(read_only) != Some(false) && kind.answerable() {
        f.unsupported(
            Some(loc(&Col::ReadOnly)),
            "read-only questions are not supported by Heard",
            format!("the row \"{name}\""),
            Some(Drop::Row(n)),
        );
    }
    let (trigger, _) = table.get(row, &Col::Trigger);
    if !trigger.is_empty() {
        f.unsupported(
            Some(loc(&Col::Trigger)),
            "triggers (recalculating when another answer changes) are not supported by Heard",
            "the trigger",
            None,
        );
    }
    for (t, what) in [
        (
            TextCol::RequiredMessage,
            "custom \"required\" messages are not supported by Heard: it shows its own message in each language",
        ),
        (
            TextCol::GuidanceHint,
            "guidance hints are not supported by Heard",
        ),
    ] {
        for (i, col) in table.cols.iter().enumerate() {
            if matches!(col, Col::Text(c, _) if *c == t) && !row.cell(i).trim().is_empty() {
                f.unsupported(
                    Some(table.loc(n, Some(i))),
                    what,
                    format!("the {}", t.name()),
                    None,
                );
            }
        }
    }
    let (repeat_count, rc_col) = table.get(row, &Col::RepeatCount);
    if !repeat_count.is_empty() {
        f.note(
            Some(table.loc(n, rc_col)),
            "repeat_count applies only to repeats and is ignored",
        );
    }

    // Parameters.
    let (parameters, param_col) = table.get(row, &Col::Parameters);
    let mut min = None;
    let mut max = None;
    let mut step = None;
    if matches!(spec, TypeSpec::Range) {
        let params = parse_parameters(parameters);
        let number = |key: &str, default: f64| -> Result<f64, String> {
            match params.iter().find(|(k, _)| k == key) {
                None => Ok(default),
                Some((_, v)) => v
                    .parse::<f64>()
                    .ok()
                    .filter(|x| x.is_finite())
                    .ok_or_else(|| format!("range parameter {key}={v} is not a number")),
            }
        };
        let (start, end, by) = match (
            number("start", 1.0),
            number("end", 10.0),
            number("step", 1.0),
        ) {
            (Ok(s), Ok(e), Ok(b)) => (s, e, b),
            (a, b, c) => {
                for e in [a.err(), b.err(), c.err()].into_iter().flatten() {
                    f.error(Some(table.loc(n, param_col)), e);
                }
                return None;
            }
        };
        if by <= 0.0 {
            f.error(
                Some(table.loc(n, param_col)),
                format!("range step {by} must be greater than 0"),
            );
            return None;
        }
        // Whole-number start and step give whole numbers only; the largest
        // is the last step that does not pass `end`.
        let whole = start.fract() == 0.0 && by.fract() == 0.0;
        kind = if whole { Kind::Integer } else { Kind::Decimal };
        let last = if whole {
            start + ((end - start).abs() / by).floor() * by * (end - start).signum()
        } else {
            end
        };
        min = Some(start.min(last));
        max = Some(start.max(last));
        if by != 1.0 || !whole {
            if whole {
                let column = param_col
                    .map_or("parameters", |i| table.header(i))
                    .to_string();
                step = Some((
                    format!(
                        "(. - {}) mod {} = 0",
                        expr::number(start.min(end)),
                        expr::number(by)
                    ),
                    column,
                ));
            } else {
                f.unsupported(
                    Some(table.loc(n, param_col)),
                    format!("a range from {} in steps of {} cannot be checked by Heard (only whole-number ranges can)", expr::number(start), expr::number(by)),
                    "the step (any number between start and end is accepted)",
                    None,
                );
            }
        }
        for (k, v) in &params {
            if !matches!(k.as_str(), "start" | "end" | "step") {
                f.note(
                    Some(table.loc(n, param_col)),
                    format!("range parameter {k}={v} is ignored"),
                );
            }
        }
    } else if !parameters.is_empty() {
        let params = parse_parameters(parameters);
        if params
            .iter()
            .any(|(k, v)| k == "randomize" && truthy(v) == Some(true))
        {
            f.unsupported(
                Some(table.loc(n, param_col)),
                "randomized option order is not supported by Heard: options are shown in list order",
                "the randomization",
                None,
            );
        } else {
            f.note(
                Some(table.loc(n, param_col)),
                "parameters are ignored for this type",
            );
        }
    }

    // Appearance.
    if !appearance.is_empty() {
        let field_list = kind == Kind::Page && appearance_words.iter().all(|w| w == "field-list");
        if !(field_list || appearance_used && appearance_words.len() == 1) {
            f.note(
                Some(loc(&Col::Appearance)),
                "appearance is ignored: Heard lays out each question itself",
            );
        }
    }

    if kind == Kind::Acknowledge {
        f.note(
            Some(type_loc.clone()),
            "acknowledge is imported as a yes/no question that accepts only yes (its value is 'yes' rather than 'OK')",
        );
    }
    if kind == Kind::Date {
        f.note(
            Some(type_loc),
            "a date can help identify someone in an anonymous survey: ask for a period (a select_one) where you can",
        );
    }

    Some(Item {
        row: n,
        name: name.to_string(),
        id,
        kind,
        type_column,
        list: list_name,
        label,
        hint,
        constraint_message,
        required,
        relevant,
        constraint,
        calculation,
        min,
        max,
        step,
        children: Vec::new(),
    })
}

/// `start=0 end=10 step=2` (also `;` or `,` between pairs).
fn parse_parameters(text: &str) -> Vec<(String, String)> {
    text.split(|c: char| c.is_whitespace() || c == ';' || c == ',')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_lowercase(), v.trim().to_string()),
            None => (p.trim().to_lowercase(), String::new()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_and_their_aliases() {
        assert_eq!(parse_type("text"), TypeSpec::Question(Kind::Text));
        assert_eq!(parse_type(" Integer "), TypeSpec::Question(Kind::Integer));
        assert_eq!(
            parse_type("select_one yes_no"),
            TypeSpec::Select {
                multiple: false,
                list: "yes_no".into(),
                other: false
            }
        );
        assert_eq!(
            parse_type("select one from yes_or_no"),
            TypeSpec::Select {
                multiple: false,
                list: "yes_or_no".into(),
                other: false
            }
        );
        assert_eq!(
            parse_type("select all that apply from toilet_type or specify other"),
            TypeSpec::Select {
                multiple: true,
                list: "toilet_type".into(),
                other: true
            }
        );
        assert_eq!(
            parse_type("select_multiple Help or_other"),
            TypeSpec::Select {
                multiple: true,
                list: "Help".into(),
                other: true
            }
        );
        assert_eq!(parse_type("select_one"), TypeSpec::Missing("select_one"));
        assert_eq!(parse_type("select_one a b"), TypeSpec::Unknown);
        assert_eq!(parse_type("begin_group"), TypeSpec::BeginGroup);
        assert_eq!(parse_type("end_group"), TypeSpec::EndGroup);
        assert_eq!(
            parse_type("begin loop over toilet_type"),
            TypeSpec::BeginRepeat("loop")
        );
        assert_eq!(parse_type("uri:deviceid"), parse_type("deviceid"));
        assert!(matches!(
            parse_type("select_one_from_file a.csv"),
            TypeSpec::Unsupported(_)
        ));
        assert!(matches!(parse_type("geopoint"), TypeSpec::Unsupported(_)));
        assert_eq!(parse_type("integr"), TypeSpec::Unknown);
        assert_eq!(parse_type(""), TypeSpec::Missing(""));
    }

    #[test]
    fn names_and_ids() {
        assert!(valid_xlsform_name("_1"));
        assert!(valid_xlsform_name("اسم"));
        assert!(!valid_xlsform_name("1st"));
        assert!(!valid_xlsform_name("my name"));
        assert!(valid_heard_id("label-test"));
        assert!(!valid_heard_id("اسم"));
        assert_eq!(heard_id_from("Spec test"), "Spec-test");
        assert_eq!(heard_id_from("2024 survey"), "survey");
        assert_eq!(heard_id_from("   "), "imported-form");
        // A form id longer than any device accepts is cut to the shared limit.
        let long = heard_id_from(&"a".repeat(100));
        assert_eq!(long.len(), heard_protocol::MAX_ID_LEN);
        assert!(heard_protocol::valid_questionnaire_id(&long));
        let cut = heard_id_from(&format!("{}-{}", "a".repeat(63), "b".repeat(10)));
        assert_eq!(cut, "a".repeat(63), "no dangling '-' after the cut");
    }

    #[test]
    fn range_parameters() {
        assert_eq!(
            parse_parameters("start=0 end=10;step=2"),
            [
                ("start".to_string(), "0".to_string()),
                ("end".into(), "10".into()),
                ("step".into(), "2".into())
            ]
        );
    }

    #[test]
    fn near_misses_of_sheet_names() {
        assert_eq!(edit_distance("stettings", "settings"), 1);
        assert!(edit_distance("my_sheet", "survey") > 2);
    }
}
