//! What will be written: the items left after `--allow-partial` drops, with
//! their expressions translated into Heard's logic and their Fluent message
//! ids chosen. Leaving a row out can break an expression that refers to it,
//! which leaves out more; this repeats until nothing changes.

use crate::convert::Findings;
use crate::expr::{self, Kind as XKind, Names, Problem, Target};
use crate::model::{Drop, Expr, Field, Form, Item, Kind, List, Required};
use crate::report::Location;
use std::cell::Cell as StdCell;
use std::collections::{BTreeSet, HashMap};

/// Where a written line comes from, to map Heard's own diagnostics back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The cell.
    pub location: Location,
    /// What `--allow-partial` leaves out when Heard refuses this line.
    pub drop: Option<Drop>,
}

/// A translated expression and its origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logic {
    /// Heard text.
    pub text: String,
    /// Where it comes from.
    pub origin: Origin,
}

/// `required` after translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PRequired {
    /// Optional.
    No,
    /// Always.
    Yes(Origin),
    /// When the condition holds.
    When(Logic),
}

/// An item ready to write.
#[derive(Debug, Clone)]
pub struct PItem<'a> {
    /// The item.
    pub item: &'a Item,
    /// Its label's message id.
    pub label_id: String,
    /// Whether `label = "…"` must be written (the id is not the message id).
    pub explicit_label: bool,
    /// `relevant`.
    pub relevant: Option<Logic>,
    /// `constraint` (own, range step and acknowledge combined).
    pub constraint: Option<Logic>,
    /// Whether the constraint message is kept.
    pub constraint_message: bool,
    /// `required`.
    pub required: PRequired,
    /// `calculate`.
    pub calculate: Option<Logic>,
    /// Items of a page (nested groups flattened into it).
    pub children: Vec<PItem<'a>>,
}

/// A choice list ready to write.
#[derive(Debug, Clone)]
pub struct PList<'a> {
    /// Its name.
    pub name: String,
    /// The list.
    pub list: &'a List,
    /// Message id of each option's label, and whether it must be written.
    pub labels: Vec<(String, bool)>,
}

/// Everything to write.
#[derive(Debug, Clone)]
pub struct Planned<'a> {
    /// Top-level items.
    pub items: Vec<PItem<'a>>,
    /// Used lists, by name.
    pub lists: Vec<PList<'a>>,
    /// The title's message id.
    pub title_id: String,
    /// `${name}` in labels, hints and constraint messages that Heard can
    /// show: XLSForm name → the Fluent variable (the item's Heard id). A
    /// reference not here is written as the text it was.
    pub label_vars: HashMap<String, String>,
}

/// The `${name}` references in a text: byte range of each and the name.
/// Only `${…}` with a name inside (no spaces) counts; anything else is
/// text.
pub fn text_references(text: &str) -> Vec<(std::ops::Range<usize>, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find("${").map(|i| i + from) {
        let inner = start + 2;
        let Some(len) = text[inner..].find('}') else {
            break;
        };
        let name = &text[inner..inner + len];
        if !name.is_empty() && !name.contains(char::is_whitespace) && !name.contains('{') {
            out.push((start..inner + len + 1, name));
            from = inner + len + 1;
        } else {
            from = inner;
        }
    }
    out
}

/// The texts of an item that may show answers (`${name}`): labels, hints,
/// and constraint messages (flagged, since they go with their constraint).
fn shown_texts(item: &Item) -> Vec<(&crate::model::Cell, bool)> {
    let mut out: Vec<(&crate::model::Cell, bool)> = item
        .label
        .values()
        .chain(item.hint.values())
        .map(|c| (c, false))
        .collect();
    if item.constraint.is_some() {
        out.extend(item.constraint_message.values().map(|c| (c, true)));
    }
    out
}

fn is_message_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn message_id_from(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| match c {
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => c,
            '.' => '-',
            _ => '_',
        })
        .collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out.insert(0, 'q');
    }
    out
}

fn unique(candidate: String, used: &mut BTreeSet<String>) -> String {
    let mut id = candidate.clone();
    let mut n = 2;
    while used.contains(&id) {
        id = format!("{candidate}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

/// Message ids Heard already uses: the app strings and the title.
fn reserved() -> BTreeSet<String> {
    let mut set: BTreeSet<String> = heard_engine::l10n::AppStrings::get()
        .catalog
        .keys("en")
        .map(|(k, _)| k.split('.').next().unwrap_or(k).to_string())
        .collect();
    set.insert("questionnaire-title".into());
    set
}

/// What references resolve to, given the rows left out.
struct Resolver<'a> {
    form: &'a Form,
    by_name: HashMap<&'a str, (&'a Item, bool)>,
    depth: StdCell<usize>,
}

impl Resolver<'_> {
    fn kind(&self, item: &Item) -> XKind {
        match item.kind {
            Kind::Text | Kind::LongText | Kind::Single => XKind::Text,
            Kind::Acknowledge => XKind::Acknowledge,
            Kind::Multiple => XKind::Multi,
            Kind::Integer | Kind::Decimal | Kind::Scale => XKind::Number,
            Kind::Date => XKind::Date,
            Kind::Calculate => {
                let depth = self.depth.get();
                if depth > 32 {
                    return XKind::Unknown;
                }
                self.depth.set(depth + 1);
                let kind = item.calculation.as_ref().map_or(XKind::Unknown, |c| {
                    expr::infer(&c.parsed, self, XKind::Unknown)
                });
                self.depth.set(depth);
                kind
            }
            Kind::Note | Kind::Page => XKind::Unknown,
        }
    }
}

impl Names for Resolver<'_> {
    fn target(&self, name: &str) -> Target {
        if let Some((item, kept)) = self.by_name.get(name) {
            return if *kept {
                Target::Item {
                    id: item.id.clone(),
                    kind: self.kind(item),
                }
            } else {
                Target::Absent(format!(
                    "refers to ${{{name}}}, which is left out (row {})",
                    item.row
                ))
            };
        }
        if self.form.today.iter().any(|t| t == name) {
            return Target::Today;
        }
        match self.form.absent.get(name) {
            Some(why) => Target::Absent(why.clone()),
            None => Target::Missing,
        }
    }
}

/// Which items are kept: not dropped, no dropped ancestor, and (for a
/// page) something kept inside.
fn kept_rows(form: &Form, drops: &BTreeSet<Drop>) -> BTreeSet<usize> {
    fn go(items: &[Item], drops: &BTreeSet<Drop>, out: &mut BTreeSet<usize>) -> bool {
        let mut any = false;
        for item in items {
            if drops.contains(&Drop::Row(item.row)) {
                continue;
            }
            let keep = if item.kind == Kind::Page {
                go(&item.children, drops, out)
            } else {
                true
            };
            if keep {
                out.insert(item.row);
                any = true;
            }
        }
        any
    }
    let mut out = BTreeSet::new();
    go(&form.items, drops, &mut out);
    out
}

fn cell(form: &Form, row: usize, column: &str) -> Location {
    Location::cell(&form.survey_sheet, row, Some(column))
}

/// Translates one expression; problems go to the report with `drop`.
fn translate(
    e: &Expr,
    row: usize,
    current: XKind,
    resolver: &Resolver<'_>,
    drop: Drop,
    left_out: &str,
    f: &mut Findings,
) -> Option<String> {
    match expr::translate(&e.parsed, resolver, current) {
        Ok(text) => Some(text),
        Err(problems) => {
            for p in problems {
                let location = Some(cell(resolver.form, row, &e.column));
                match p {
                    Problem::Error(m) => f.error(location, m),
                    Problem::Unsupported(m) => {
                        f.unsupported(location, m, left_out, Some(drop));
                    }
                }
            }
            None
        }
    }
}

/// Plans the output. `None` when the form has errors that no drop can fix.
pub fn plan<'a>(form: &'a Form, f: &mut Findings) -> Option<Planned<'a>> {
    // Leave out rows until every kept expression translates.
    let mut reported_lists: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = (f.drops.len(), f.report.issues.len());
        let kept = kept_rows(form, &f.drops);
        let mut by_name = HashMap::new();
        for (item, _) in form.walk() {
            by_name.insert(item.name.as_str(), (item, kept.contains(&item.row)));
        }
        let resolver = Resolver {
            form,
            by_name,
            depth: StdCell::new(0),
        };
        for (item, _) in form.walk() {
            if !kept.contains(&item.row) {
                continue;
            }
            check_item(item, form, &resolver, &mut reported_lists, f);
        }
        if f.report.count(crate::report::Severity::Error) > 0 {
            return None;
        }
        if (f.drops.len(), f.report.issues.len()) == before {
            break;
        }
    }
    Some(build(form, f))
}

/// Reports every `${name}` that names no row of the survey sheet. Runs even
/// when the form has other errors, so that all of them are listed at once.
pub fn check_references(form: &Form, f: &mut Findings) {
    for (item, _) in form.walk() {
        let exprs = [
            item.relevant.as_ref(),
            item.constraint.as_ref(),
            item.calculation.as_ref(),
            match &item.required {
                Required::When(e) => Some(e),
                _ => None,
            },
        ];
        for e in exprs.into_iter().flatten() {
            for name in expr::references(&e.parsed) {
                if !form.all_names.contains(&name) {
                    f.error(
                        Some(cell(form, item.row, &e.column)),
                        format!("${{{name}}} refers to no question of this form"),
                    );
                }
            }
        }
        for (text, _) in shown_texts(item) {
            for (_, name) in text_references(&text.text) {
                if !form.all_names.contains(name) {
                    f.error(
                        Some(cell(form, item.row, &text.column)),
                        format!("${{{name}}} refers to no question of this form"),
                    );
                }
            }
        }
    }
}

/// Whether `id` can be a Fluent variable name: `{ $id }`.
fn is_variable_name(id: &str) -> bool {
    is_message_id(id)
}

/// A Fluent variable name close to `id`, to suggest: `_age` → `age`,
/// `q.1` → `q_1`.
fn variable_suggestion(id: &str) -> String {
    let s: String = id
        .trim_start_matches(|c: char| !c.is_ascii_alphabetic())
        .chars()
        .map(|c| if c == '.' { '_' } else { c })
        .collect();
    if is_variable_name(&s) {
        s
    } else {
        message_id_from(id).replace('-', "_")
    }
}

/// What `${name}` in a label shows: the Fluent variable, or why it cannot
/// (the text then keeps `${name}` as written).
fn label_variable(name: &str, resolver: &Resolver<'_>) -> Result<String, String> {
    let form = resolver.form;
    match resolver.by_name.get(name) {
        Some((item, true)) if matches!(item.kind, Kind::Note | Kind::Page) => Err(format!(
            "${{{name}}} is a {} (row {}), which has no answer for a label to show",
            if item.kind == Kind::Note {
                "note"
            } else {
                "group"
            },
            item.row
        )),
        Some((item, true)) if !is_variable_name(&item.id) => Err(format!(
            "${{{name}}} cannot be shown in a label: Heard shows an answer as {{ $<id> }}, and the question's id \"{}\" is not a Fluent variable name (a letter first, then only letters, digits, '_' or '-'); rename the question in the form (for example to \"{}\")",
            item.id,
            variable_suggestion(&item.id)
        )),
        Some((item, true)) => Ok(item.id.clone()),
        Some((item, false)) => Err(format!(
            "${{{name}}} refers to a question that is left out (row {})",
            item.row
        )),
        None if form.today.iter().any(|t| t == name) => Err(format!(
            "${{{name}}} is today's date (metadata), which Heard labels cannot show"
        )),
        None => Err(form
            .absent
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("${{{name}}} refers to no question of this form"))),
    }
}

/// Reports every problem of a kept item (lists, expressions) as drops.
fn check_item(
    item: &Item,
    form: &Form,
    resolver: &Resolver<'_>,
    reported_lists: &mut BTreeSet<String>,
    f: &mut Findings,
) {
    let row = item.row;
    let whole = format!("the row \"{}\"", item.name);
    if let Some(name) = &item.list
        && let Some(list) = form.lists.get(name)
    {
        if let Some((location, why)) = list.blocking.first() {
            let more = match list.blocking.len() - 1 {
                0 => String::new(),
                1 => ", and 1 more problem like it".to_string(),
                n => format!(", and {n} more problems like it"),
            };
            f.unsupported(
                Some(cell(form, row, &item.type_column)),
                format!("the list \"{name}\" cannot be used: {why} ({location}){more}"),
                whole.clone(),
                Some(Drop::Row(row)),
            );
        }
        if list.blocking.is_empty() && reported_lists.insert(name.clone()) {
            for (location, why, left_out) in &list.lossy {
                f.unsupported(Some(location.clone()), why.clone(), left_out.clone(), None);
            }
        }
    }
    let constraint_kept = !f.drops.contains(&Drop::Field(row, Field::Constraint));
    for (text, constraint_message) in shown_texts(item) {
        if constraint_message && !constraint_kept {
            continue;
        }
        for (_, name) in text_references(&text.text) {
            // Unknown names are form errors, reported by check_references.
            if !form.all_names.contains(name) {
                continue;
            }
            if let Err(why) = label_variable(name, resolver) {
                f.unsupported(
                    Some(cell(form, row, &text.column)),
                    why,
                    format!("the answer in the text (it shows ${{{name}}} as written)"),
                    None,
                );
            }
        }
    }
    let own = resolver.kind(item);
    if let Some(e) = &item.relevant {
        translate(e, row, XKind::Unknown, resolver, Drop::Row(row), &whole, f);
    }
    if let Some(e) = &item.calculation {
        translate(e, row, XKind::Unknown, resolver, Drop::Row(row), &whole, f);
    }
    if let Some(e) = &item.constraint
        && !f.drops.contains(&Drop::Field(row, Field::Constraint))
    {
        translate(
            e,
            row,
            own,
            resolver,
            Drop::Field(row, Field::Constraint),
            "the constraint (answers are not checked)",
            f,
        );
    }
    if let Required::When(e) = &item.required
        && !f.drops.contains(&Drop::Field(row, Field::Required))
    {
        translate(
            e,
            row,
            XKind::Unknown,
            resolver,
            Drop::Field(row, Field::Required),
            "the required condition (the question is optional)",
            f,
        );
    }
}

fn and(parts: &[String]) -> Option<String> {
    match parts {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(
            many.iter()
                .map(|p| format!("({p})"))
                .collect::<Vec<_>>()
                .join(" and "),
        ),
    }
}

struct Builder<'a, 'f> {
    form: &'a Form,
    kept: BTreeSet<usize>,
    resolver: Resolver<'a>,
    used_ids: BTreeSet<String>,
    f: &'f mut Findings,
}

impl<'a> Builder<'a, '_> {
    fn logic(&mut self, e: &Expr, row: usize, current: XKind, drop: Drop) -> Option<Logic> {
        let text = expr::translate(&e.parsed, &self.resolver, current).ok()?;
        Some(Logic {
            text,
            origin: Origin {
                location: cell(self.form, row, &e.column),
                drop: Some(drop),
            },
        })
    }

    /// `outer`: relevant conditions of enclosing nested groups, with the
    /// group's origin.
    fn item(&mut self, item: &'a Item, outer: &[Logic]) -> PItem<'a> {
        let row = item.row;
        let own_kind = self.resolver.kind(item);
        let relevant_own = item
            .relevant
            .as_ref()
            .and_then(|e| self.logic(e, row, XKind::Unknown, Drop::Row(row)));
        let mut parts: Vec<String> = outer.iter().map(|l| l.text.clone()).collect();
        parts.extend(relevant_own.iter().map(|l| l.text.clone()));
        let relevant = and(&parts).map(|text| Logic {
            text,
            origin: relevant_own
                .as_ref()
                .or(outer.last())
                .map(|l| l.origin.clone())
                .unwrap_or_else(|| Origin {
                    location: cell(self.form, row, &item.type_column),
                    drop: Some(Drop::Row(row)),
                }),
        });
        // Constraint: own, range step, acknowledge.
        let own_constraint = item
            .constraint
            .as_ref()
            .filter(|_| !self.f.drops.contains(&Drop::Field(row, Field::Constraint)));
        let constraint_own = own_constraint
            .and_then(|e| self.logic(e, row, own_kind, Drop::Field(row, Field::Constraint)));
        let mut parts: Vec<String> = Vec::new();
        let mut origin = None;
        if let Some(l) = &constraint_own {
            parts.push(l.text.clone());
            origin = Some(l.origin.clone());
        }
        if let Some((step, column)) = &item.step {
            parts.push(step.clone());
            origin.get_or_insert(Origin {
                location: cell(self.form, row, column),
                drop: Some(Drop::Row(row)),
            });
        }
        if item.kind == Kind::Acknowledge {
            parts.push(". = 'yes'".into());
            origin.get_or_insert(Origin {
                location: cell(self.form, row, &item.type_column),
                drop: Some(Drop::Row(row)),
            });
        }
        let constraint = and(&parts).and_then(|text| origin.map(|origin| Logic { text, origin }));
        let required = match &item.required {
            Required::No => PRequired::No,
            Required::Yes => PRequired::Yes(Origin {
                location: cell(self.form, row, &item.type_column),
                drop: Some(Drop::Row(row)),
            }),
            Required::When(e) => {
                if self.f.drops.contains(&Drop::Field(row, Field::Required)) {
                    PRequired::No
                } else {
                    match self.logic(e, row, XKind::Unknown, Drop::Field(row, Field::Required)) {
                        Some(l) => PRequired::When(l),
                        None => PRequired::No,
                    }
                }
            }
        };
        let calculate = item
            .calculation
            .as_ref()
            .and_then(|e| self.logic(e, row, XKind::Unknown, Drop::Row(row)));
        // Children: nested groups are flattened into this page.
        let mut children = Vec::new();
        if item.kind == Kind::Page {
            self.children(item, outer, &mut children, true);
        }
        PItem {
            item,
            label_id: String::new(),
            explicit_label: false,
            relevant: if item.kind == Kind::Page {
                relevant_own
            } else {
                relevant
            },
            constraint_message: constraint_own.is_some(),
            constraint,
            required,
            calculate,
            children,
        }
    }

    fn children(&mut self, page: &'a Item, outer: &[Logic], out: &mut Vec<PItem<'a>>, top: bool) {
        for child in &page.children {
            if !self.kept.contains(&child.row) {
                continue;
            }
            if child.kind == Kind::Page {
                let lost_label = !child.label.is_empty();
                self.f.note(
                    Some(cell(self.form, child.row, &child.type_column)),
                    format!(
                        "Heard pages do not nest, so the questions of this group join the page around it{}",
                        if lost_label { " and its label is left out" } else { "" }
                    ),
                );
                let mut conditions: Vec<Logic> = if top { Vec::new() } else { outer.to_vec() };
                if let Some(l) = child
                    .relevant
                    .as_ref()
                    .and_then(|e| self.logic(e, child.row, XKind::Unknown, Drop::Row(child.row)))
                {
                    conditions.push(l);
                }
                self.children(child, &conditions, out, false);
            } else {
                let conditions = if top { &[][..] } else { outer };
                let planned = self.item(child, conditions);
                out.push(planned);
            }
        }
    }
}

fn assign_labels(items: &mut [PItem<'_>], used: &mut BTreeSet<String>, pass: u8) {
    for p in items.iter_mut() {
        if p.item.kind != Kind::Calculate {
            let id = &p.item.id;
            if pass == 0 && is_message_id(id) && !used.contains(id) {
                used.insert(id.clone());
                p.label_id = id.clone();
            } else if pass == 1 && p.label_id.is_empty() {
                p.label_id = unique(message_id_from(id), used);
                p.explicit_label = true;
            }
        }
        assign_labels(&mut p.children, used, pass);
    }
}

fn lists_used<'a>(items: &[PItem<'a>], out: &mut Vec<String>) {
    for p in items {
        if let Some(name) = &p.item.list
            && !out.contains(name)
        {
            out.push(name.clone());
        }
        lists_used(&p.children, out);
    }
}

fn build<'a>(form: &'a Form, f: &mut Findings) -> Planned<'a> {
    let kept = kept_rows(form, &f.drops);
    let mut by_name = HashMap::new();
    for (item, _) in form.walk() {
        by_name.insert(item.name.as_str(), (item, kept.contains(&item.row)));
    }
    // Groups left with nothing to show.
    for (item, ancestors) in form.walk() {
        if item.kind == Kind::Page
            && !kept.contains(&item.row)
            && !f.drops.contains(&Drop::Row(item.row))
            && ancestors.iter().all(|a| !f.drops.contains(&Drop::Row(*a)))
        {
            f.note(
                Some(cell(form, item.row, &item.type_column)),
                format!(
                    "nothing is left in the group \"{}\", so it is left out too",
                    item.name
                ),
            );
        }
    }
    let mut builder = Builder {
        form,
        kept: kept.clone(),
        resolver: Resolver {
            form,
            by_name,
            depth: StdCell::new(0),
        },
        used_ids: reserved(),
        f,
    };
    let mut items = Vec::new();
    for item in &form.items {
        if kept.contains(&item.row) {
            items.push(builder.item(item, &[]));
        }
    }
    let mut used = std::mem::take(&mut builder.used_ids);
    assign_labels(&mut items, &mut used, 0);
    assign_labels(&mut items, &mut used, 1);
    let mut names = Vec::new();
    lists_used(&items, &mut names);
    names.sort();
    let mut lists = Vec::new();
    for name in names {
        let Some(list) = form.lists.get(&name) else {
            continue;
        };
        let mut labels = Vec::new();
        for choice in &list.choices {
            let implicit = format!("choice-{name}-{}", choice.code);
            if is_message_id(&implicit) && !used.contains(&implicit) {
                used.insert(implicit.clone());
                labels.push((implicit, false));
            } else {
                let id = unique(
                    message_id_from(&format!("choice-{name}-{}", choice.code)),
                    &mut used,
                );
                labels.push((id, true));
            }
        }
        lists.push(PList { name, list, labels });
    }
    let mut label_vars = HashMap::new();
    for (item, _) in form.walk() {
        if !kept.contains(&item.row) {
            continue;
        }
        for (text, _) in shown_texts(item) {
            for (_, name) in text_references(&text.text) {
                if let Ok(var) = label_variable(name, &builder.resolver) {
                    label_vars.insert(name.to_string(), var);
                }
            }
        }
    }
    Planned {
        items,
        lists,
        title_id: "questionnaire-title".to_string(),
        label_vars,
    }
}
