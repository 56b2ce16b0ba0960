//! Evaluation of compiled expressions against the current answers.
//!
//! Values borrow from the answers and from the expression itself, so an
//! evaluation allocates nothing.

use super::ast::BinOp;
use super::compile::Expr;

/// A runtime value. Empty (unanswered, declined or not relevant) is `Null`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// No value.
    Null,
    /// A number.
    Num(f64),
    /// Text or an option code.
    Str(&'a str),
    /// True or false.
    Bool(bool),
    /// Days since 1970-01-01.
    Date(i32),
    /// The codes chosen in a multiple-choice item.
    Set(&'a [String]),
}

impl Value<'_> {
    /// XPath's boolean view: only `true` is true; empty is false.
    pub fn is_true(self) -> bool {
        matches!(self, Value::Bool(true))
    }
}

/// Where evaluation reads values from.
pub trait Scope {
    /// The value of the item at `index` (`Null` if empty or not relevant).
    fn value(&self, index: usize) -> Value<'_>;
    /// The value `.` stands for.
    fn current(&self) -> Value<'_>;
    /// Today, as days since 1970-01-01.
    fn today(&self) -> i32;
}

fn num(n: f64) -> Value<'static> {
    // Division by zero and overflow give an empty value, not infinity.
    if n.is_finite() {
        Value::Num(n)
    } else {
        Value::Null
    }
}

fn equal(a: Value<'_>, b: Value<'_>) -> bool {
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::Num(x), Value::Num(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Date(x), Value::Date(y)) => x == y,
        _ => false,
    }
}

fn order(a: Value<'_>, b: Value<'_>) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Num(x), Value::Num(y)) => x.partial_cmp(&y),
        (Value::Str(x), Value::Str(y)) => Some(x.cmp(y)),
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(&y)),
        _ => None,
    }
}

/// Evaluates `expr` in `scope`.
pub fn eval<'a, S: Scope>(expr: &'a Expr, scope: &'a S) -> Value<'a> {
    use std::cmp::Ordering::{Equal, Greater, Less};
    match expr {
        Expr::Num(n) => Value::Num(*n),
        Expr::Str(s) => Value::Str(s),
        Expr::Bool(b) => Value::Bool(*b),
        Expr::Date(d) => Value::Date(*d),
        Expr::Ref(i) => scope.value(*i),
        Expr::Current => scope.current(),
        Expr::Today => Value::Date(scope.today()),
        Expr::Neg(inner) => match eval(inner, scope) {
            Value::Num(n) => Value::Num(-n),
            _ => Value::Null,
        },
        Expr::Not(inner) => Value::Bool(!eval(inner, scope).is_true()),
        Expr::And(a, b) => Value::Bool(eval(a, scope).is_true() && eval(b, scope).is_true()),
        Expr::Or(a, b) => Value::Bool(eval(a, scope).is_true() || eval(b, scope).is_true()),
        Expr::Cmp(op, a, b) => {
            let (a, b) = (eval(a, scope), eval(b, scope));
            Value::Bool(match op {
                BinOp::Eq => equal(a, b),
                BinOp::Ne => !equal(a, b),
                BinOp::Lt => order(a, b) == Some(Less),
                BinOp::Le => matches!(order(a, b), Some(Less | Equal)),
                BinOp::Gt => order(a, b) == Some(Greater),
                BinOp::Ge => matches!(order(a, b), Some(Greater | Equal)),
                _ => false,
            })
        }
        Expr::Arith(op, a, b) => match (eval(a, scope), eval(b, scope)) {
            (Value::Num(x), Value::Num(y)) => num(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => x / y,
                BinOp::Mod => x % y,
                _ => f64::NAN,
            }),
            _ => Value::Null,
        },
        Expr::Selected(inner, code) => Value::Bool(match eval(inner, scope) {
            Value::Set(codes) => codes.iter().any(|c| c.as_str() == &**code),
            Value::Str(s) => s == &**code,
            _ => false,
        }),
        Expr::CountSelected(inner) => match eval(inner, scope) {
            Value::Set(codes) => Value::Num(codes.len() as f64),
            _ => Value::Num(0.0),
        },
        Expr::StringLength(inner) => match eval(inner, scope) {
            Value::Str(s) => Value::Num(s.chars().count() as f64),
            _ => Value::Num(0.0),
        },
        Expr::If(cond, then, other) => {
            if eval(cond, scope).is_true() {
                eval(then, scope)
            } else {
                eval(other, scope)
            }
        }
        Expr::Coalesce(a, b) => match eval(a, scope) {
            Value::Null | Value::Str("") => eval(b, scope),
            v => v,
        },
    }
}
