//! The form as read from the workbook, before anything is left out or
//! written: items with their texts per locale, expressions as parsed, choice
//! lists, and the names that exist in the XLSForm but not in Heard.

use crate::expr::Xp;
use crate::report::Location;
use std::collections::{BTreeMap, HashMap};

/// A text cell: what it says and the column it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The text, trimmed.
    pub text: String,
    /// The header of its column.
    pub column: String,
}

/// A translated text: locale → cell.
pub type Texts = BTreeMap<String, Cell>;

/// What an item becomes in Heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `note`.
    Note,
    /// `text`.
    Text,
    /// `text` with the `multiline` appearance.
    LongText,
    /// `integer`, or a whole-number `range`.
    Integer,
    /// `decimal`, or a `range` with fractions.
    Decimal,
    /// `date`.
    Date,
    /// `select_one`.
    Single,
    /// `select_multiple`.
    Multiple,
    /// `select_one` with the `likert` appearance and numeric codes.
    Scale,
    /// `acknowledge`: a yes/no question that accepts only yes.
    Acknowledge,
    /// `calculate`.
    Calculate,
    /// `begin group` … `end group`.
    Page,
}

impl Kind {
    /// The Heard type name.
    pub fn heard_type(self) -> &'static str {
        match self {
            Kind::Note => "note",
            Kind::Text => "text",
            Kind::LongText => "long-text",
            Kind::Integer => "integer",
            Kind::Decimal => "decimal",
            Kind::Date => "date",
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::Scale => "scale",
            Kind::Acknowledge => "yes-no",
            Kind::Calculate => "calculate",
            Kind::Page => "page",
        }
    }

    /// Whether a person answers it.
    pub fn answerable(self) -> bool {
        !matches!(self, Kind::Note | Kind::Calculate | Kind::Page)
    }
}

/// An expression cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    /// The column header as written.
    pub column: String,
    /// The XLSForm text.
    pub source: String,
    /// As parsed.
    pub parsed: Xp,
}

/// `required`.
#[derive(Debug, Clone, PartialEq)]
pub enum Required {
    /// Optional.
    No,
    /// Always required.
    Yes,
    /// Required when the condition holds.
    When(Expr),
}

/// A part of a row that `--allow-partial` can leave out on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The `constraint` (and its message).
    Constraint,
    /// The `required` condition.
    Required,
}

/// What `--allow-partial` leaves out for an unsupported issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Drop {
    /// The survey row (a whole group or repeat for a `begin` row).
    Row(usize),
    /// One part of a survey row.
    Field(usize, Field),
}

/// One survey item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Its survey row.
    pub row: usize,
    /// The XLSForm name.
    pub name: String,
    /// Its Heard id (the name, unless that is not a valid Heard id).
    pub id: String,
    /// What it becomes.
    pub kind: Kind,
    /// Header of the type column (for locations).
    pub type_column: String,
    /// Its choice list.
    pub list: Option<String>,
    /// Label per locale.
    pub label: Texts,
    /// Hint per locale.
    pub hint: Texts,
    /// Constraint message per locale.
    pub constraint_message: Texts,
    /// `required`.
    pub required: Required,
    /// `relevant`.
    pub relevant: Option<Expr>,
    /// `constraint`.
    pub constraint: Option<Expr>,
    /// `calculation` of a calculate item.
    pub calculation: Option<Expr>,
    /// Bounds (from a `range`).
    pub min: Option<f64>,
    /// Bounds (from a `range`).
    pub max: Option<f64>,
    /// A `range` step as a Heard condition on `.`, with its column.
    pub step: Option<(String, String)>,
    /// Items of a group.
    pub children: Vec<Item>,
}

/// One option of a choice list.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Its choices row.
    pub row: usize,
    /// Its code (`name`).
    pub code: String,
    /// Label per locale.
    pub label: Texts,
}

/// A choice list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct List {
    /// The choices row of its first option.
    pub row: usize,
    /// Its options, in order.
    pub choices: Vec<Choice>,
    /// Problems that make the list unusable in Heard (reported on each
    /// question that uses it), with the choices cell they come from.
    pub blocking: Vec<(Location, String)>,
    /// Parts Heard leaves out (pictures, sounds): location, why, what is left out.
    pub lossy: Vec<(Location, String, String)>,
}

/// The whole form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    /// The survey sheet's name as written.
    pub survey_sheet: String,
    /// The choices sheet's name as written.
    pub choices_sheet: String,
    /// Questionnaire id.
    pub id: String,
    /// Version.
    pub version: u32,
    /// Title in the default locale.
    pub title: String,
    /// The default locale.
    pub default_locale: String,
    /// Every locale with at least one text, default first.
    pub locales: Vec<String>,
    /// `[languages]` entries for locales Heard's registry lacks: (tag, own name, direction).
    pub language_entries: Vec<(String, String, String)>,
    /// Top-level items in order.
    pub items: Vec<Item>,
    /// Choice lists by name.
    pub lists: BTreeMap<String, List>,
    /// XLSForm names that are not imported items: why, for references.
    pub absent: HashMap<String, String>,
    /// Names of `today` metadata fields (`${today}` becomes `today()`).
    pub today: Vec<String>,
    /// Every name in the survey sheet's name column, imported or not.
    pub all_names: std::collections::BTreeSet<String>,
}

impl Form {
    /// Every item, depth first, with its ancestors' rows.
    pub fn walk(&self) -> Vec<(&Item, Vec<usize>)> {
        fn go<'a>(items: &'a [Item], above: &[usize], out: &mut Vec<(&'a Item, Vec<usize>)>) {
            for item in items {
                out.push((item, above.to_vec()));
                let mut next = above.to_vec();
                next.push(item.row);
                go(&item.children, &next, out);
            }
        }
        let mut out = Vec::new();
        go(&self.items, &[], &mut out);
        out
    }
}
