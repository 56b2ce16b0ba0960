//! The logic language of questionnaires: the XLSForm-compatible subset used in
//! `relevant`, `constraint`, `required` and `calculate`.
//!
//! An expression goes through three steps, each in its own module:
//! [`parse`] turns text into an untyped [`Node`] tree, [`compile`] resolves
//! `${name}` references to item indices and checks types once at load, and
//! [`eval`] evaluates the typed [`Expr`] against the current answers without
//! re-parsing and without allocating.

mod ast;
mod compile;
mod eval;
mod parse;

pub use ast::{BinOp, Node};
pub use compile::{Compiled, Expr, RefInfo, Resolver, Ty, compile};
pub use eval::{Scope, Value, eval};
pub use parse::{MAX_DEPTH, ParseError, parse};
