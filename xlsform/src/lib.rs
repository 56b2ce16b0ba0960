//! Imports XLSForm questionnaires, the spreadsheet format of ODK and
//! KoboToolbox, into Heard's questionnaire format (`questionnaire.toml` and
//! `locales/<tag>/*.ftl`).
//!
//! The import is strict: a form error (a missing type, an unknown list, an
//! expression that is not XPath) stops it, and so does anything Heard cannot
//! represent (repeats, locations, photos, `regex()`, choice filters…) unless
//! [`ImportOptions::allow_partial`] is set, in which case those parts are
//! left out and listed. Every issue names its sheet, row and column as a
//! person sees them in the spreadsheet. The result is loaded with Heard's own
//! loader before it is moved into place, so an import that succeeds always
//! passes `heard questionnaire check`.
//!
//! One module per step: [`read`] (workbook → text cells), [`columns`]
//! (headers), [`languages`] (column languages → BCP 47 tags), [`expr`]
//! (XPath → Heard logic), [`convert`] (rows → [`model`]), [`plan`] (what is
//! kept, translated and named), [`write`] (TOML and Fluent text), [`report`]
//! and [`error`]; [`import()`] runs them.

pub mod columns;
pub mod convert;
pub mod error;
pub mod expr;
mod import;
pub mod languages;
pub mod model;
pub mod plan;
pub mod read;
pub mod report;
pub mod write;

pub use error::ImportError;
pub use import::{ImportOptions, Imported, counts, import};
pub use report::{Issue, Location, Report, Severity};
