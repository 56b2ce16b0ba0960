//! Resolves references and checks types once, at load time, turning a
//! [`Node`] into an [`Expr`] that evaluates without lookups.

use super::ast::{BinOp, Node};
use std::fmt;

/// The static type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// A number (integer, decimal, scale point).
    Num,
    /// Text, including the code of a chosen option.
    Str,
    /// True or false.
    Bool,
    /// A calendar date.
    Date,
    /// The options chosen in a multiple-choice item.
    Set,
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ty::Num => "a number",
            Ty::Str => "text",
            Ty::Bool => "true/false",
            Ty::Date => "a date",
            Ty::Set => "a set of chosen options",
        })
    }
}

/// What the compiler needs to know about an item an expression refers to.
#[derive(Debug, Clone, Copy)]
pub struct RefInfo<'a> {
    /// Index of the item in the questionnaire.
    pub index: usize,
    /// Its value's type.
    pub ty: Ty,
    /// The option codes, for choice items: literals compared with it are checked.
    pub choices: Option<&'a [String]>,
}

/// Looks up `${name}` references while compiling.
pub trait Resolver {
    /// The item called `name`, or a plain-words reason it cannot be used.
    fn resolve(&self, name: &str) -> Result<RefInfo<'_>, String>;
    /// The item `.` stands for, or `None` where `.` is not allowed.
    fn current(&self) -> Option<RefInfo<'_>>;
}

/// A typed, resolved expression ready for evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// Number literal.
    Num(f64),
    /// Text literal.
    Str(Box<str>),
    /// Boolean constant (`true()`, `false()`).
    Bool(bool),
    /// Date literal, as days since 1970-01-01.
    Date(i32),
    /// Value of the item at this index.
    Ref(usize),
    /// Value of the item the expression belongs to.
    Current,
    /// Today's date.
    Today,
    /// Arithmetic negation.
    Neg(Box<Expr>),
    /// Logical negation.
    Not(Box<Expr>),
    /// Short-circuit `and`.
    And(Box<Expr>, Box<Expr>),
    /// Short-circuit `or`.
    Or(Box<Expr>, Box<Expr>),
    /// A comparison (`=`, `!=`, `<`, …).
    Cmp(BinOp, Box<Expr>, Box<Expr>),
    /// Arithmetic (`+`, `-`, `*`, `div`, `mod`).
    Arith(BinOp, Box<Expr>, Box<Expr>),
    /// `selected(x, 'code')`.
    Selected(Box<Expr>, Box<str>),
    /// `count-selected(x)`.
    CountSelected(Box<Expr>),
    /// `string-length(x)`.
    StringLength(Box<Expr>),
    /// `if(condition, then, else)`.
    If(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `coalesce(a, b)`: `a` unless it is empty, else `b`.
    Coalesce(Box<Expr>, Box<Expr>),
}

/// A compiled expression with its type and the items it reads.
#[derive(Debug, Clone, PartialEq)]
pub struct Compiled {
    /// The typed tree.
    pub expr: Expr,
    /// Its result type.
    pub ty: Ty,
    /// Indices of every item it refers to (sorted, unique).
    pub refs: Vec<usize>,
    /// The source text, for messages.
    pub source: String,
}

struct Typed<'a> {
    expr: Expr,
    ty: Ty,
    choices: Option<&'a [String]>,
}

/// The functions the subset supports, with their arity, for error messages.
const FUNCTIONS: &str =
    "not, selected, count-selected, string-length, if, coalesce, today, true, false";

struct Compiler<'r, R: Resolver> {
    resolver: &'r R,
    refs: Vec<usize>,
}

/// Compiles parsed `node` (from `source`) against `resolver`.
pub fn compile<R: Resolver>(node: &Node, source: &str, resolver: &R) -> Result<Compiled, String> {
    let mut compiler = Compiler {
        resolver,
        refs: Vec::new(),
    };
    let typed = compiler.node(node)?;
    let mut refs = compiler.refs;
    refs.sort_unstable();
    refs.dedup();
    Ok(Compiled {
        expr: typed.expr,
        ty: typed.ty,
        refs,
        source: source.to_string(),
    })
}

fn parse_date(s: &str) -> Option<i32> {
    let date = crate::dates::parse_iso(s)?;
    Some(crate::dates::days_since_epoch(date))
}

/// Literals adapt to the other side of a comparison: '2024-01-31' next to a
/// date is a date, '3' next to a number is a number, and 1 next to a choice
/// item is the option code "1".
fn adapt_literal(this: &mut Typed<'_>, other: &Typed<'_>, equality: bool) -> Result<(), String> {
    match (&this.expr, other.ty) {
        (Expr::Str(lit), Ty::Date) => {
            let days = parse_date(lit).ok_or_else(|| {
                format!("'{lit}' is compared with a date but is not a date (write YYYY-MM-DD)")
            })?;
            this.expr = Expr::Date(days);
            this.ty = Ty::Date;
        }
        (Expr::Str(lit), Ty::Num) => {
            let n: f64 = lit
                .trim()
                .parse()
                .map_err(|_| format!("'{lit}' is compared with a number but is not a number"))?;
            this.expr = Expr::Num(n);
            this.ty = Ty::Num;
        }
        (Expr::Num(n), Ty::Str) if equality && other.choices.is_some() => {
            this.expr = Expr::Str(format_num(*n).into());
            this.ty = Ty::Str;
        }
        _ => {}
    }
    Ok(())
}

fn format_num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

impl<'r, R: Resolver> Compiler<'r, R> {
    fn node(&mut self, node: &Node) -> Result<Typed<'r>, String> {
        Ok(match node {
            Node::Number(n) => Typed {
                expr: Expr::Num(*n),
                ty: Ty::Num,
                choices: None,
            },
            Node::Str(s) => Typed {
                expr: Expr::Str(s.as_str().into()),
                ty: Ty::Str,
                choices: None,
            },
            Node::Ref(name) => {
                let info = self.resolver.resolve(name)?;
                self.refs.push(info.index);
                Typed {
                    expr: Expr::Ref(info.index),
                    ty: info.ty,
                    choices: info.choices,
                }
            }
            Node::Current => {
                let info = self
                    .resolver
                    .current()
                    .ok_or("'.' (this item's value) can only be used in a constraint")?;
                Typed {
                    expr: Expr::Current,
                    ty: info.ty,
                    choices: info.choices,
                }
            }
            Node::Neg(inner) => {
                let inner = self.expect(inner, Ty::Num, "'-'")?;
                Typed {
                    expr: Expr::Neg(Box::new(inner)),
                    ty: Ty::Num,
                    choices: None,
                }
            }
            Node::Binary(op @ (BinOp::And | BinOp::Or), a, b) => {
                let a = Box::new(self.expect(a, Ty::Bool, op.symbol())?);
                let b = Box::new(self.expect(b, Ty::Bool, op.symbol())?);
                Typed {
                    expr: if *op == BinOp::And {
                        Expr::And(a, b)
                    } else {
                        Expr::Or(a, b)
                    },
                    ty: Ty::Bool,
                    choices: None,
                }
            }
            Node::Binary(op, a, b) if op.is_comparison() => self.comparison(*op, a, b)?,
            Node::Binary(op, a, b) => {
                let a = self.expect(a, Ty::Num, op.symbol())?;
                let b = self.expect(b, Ty::Num, op.symbol())?;
                Typed {
                    expr: Expr::Arith(*op, Box::new(a), Box::new(b)),
                    ty: Ty::Num,
                    choices: None,
                }
            }
            Node::Call(name, args) => self.call(name, args)?,
        })
    }

    fn expect(&mut self, node: &Node, ty: Ty, context: &str) -> Result<Expr, String> {
        let typed = self.node(node)?;
        if typed.ty != ty {
            return Err(format!("{context} needs {ty}, but {node} is {}", typed.ty));
        }
        Ok(typed.expr)
    }

    fn comparison(&mut self, op: BinOp, a: &Node, b: &Node) -> Result<Typed<'r>, String> {
        let mut left = self.node(a)?;
        let mut right = self.node(b)?;
        let sym = op.symbol();
        let equality = matches!(op, BinOp::Eq | BinOp::Ne);
        if left.ty == Ty::Set || right.ty == Ty::Set {
            let set = if left.ty == Ty::Set { a } else { b };
            return Err(format!(
                "{set} holds several chosen options and cannot be compared with '{sym}'; use selected({set}, 'code') or count-selected({set})"
            ));
        }
        adapt_literal(&mut left, &right, equality)?;
        adapt_literal(&mut right, &left, equality)?;
        if left.ty != right.ty {
            return Err(format!(
                "cannot compare {a} ({}) with {b} ({}) using '{sym}'",
                left.ty, right.ty
            ));
        }
        if !equality && matches!(left.ty, Ty::Bool) {
            return Err(format!(
                "'{sym}' cannot order true/false values ({a} {sym} {b})"
            ));
        }
        for (this, other, node) in [(&left, &right, a), (&right, &left, b)] {
            if let (Some(codes), Expr::Str(lit)) = (this.choices, &other.expr)
                && !codes.iter().any(|c| c.as_str() == &**lit)
            {
                return Err(format!(
                    "'{lit}' is not one of the options of {node} ({})",
                    codes.join(", ")
                ));
            }
        }
        Ok(Typed {
            expr: Expr::Cmp(op, Box::new(left.expr), Box::new(right.expr)),
            ty: Ty::Bool,
            choices: None,
        })
    }

    fn call(&mut self, name: &str, args: &[Node]) -> Result<Typed<'r>, String> {
        let arity = |n: usize| -> Result<(), String> {
            if args.len() == n {
                Ok(())
            } else {
                Err(format!(
                    "{name}() takes {n} argument{}, not {}",
                    if n == 1 { "" } else { "s" },
                    args.len()
                ))
            }
        };
        let typed = |expr: Expr, ty: Ty| Typed {
            expr,
            ty,
            choices: None,
        };
        Ok(match name {
            "true" | "false" => {
                arity(0)?;
                typed(Expr::Bool(name == "true"), Ty::Bool)
            }
            "today" => {
                arity(0)?;
                typed(Expr::Today, Ty::Date)
            }
            "not" => {
                arity(1)?;
                let inner = self.expect(&args[0], Ty::Bool, "not()")?;
                typed(Expr::Not(Box::new(inner)), Ty::Bool)
            }
            "selected" => {
                arity(2)?;
                let set = self.node(&args[0])?;
                if !matches!(set.ty, Ty::Set | Ty::Str) {
                    return Err(format!(
                        "selected() needs a choice item first, but {} is {}",
                        args[0], set.ty
                    ));
                }
                let Node::Str(code) = &args[1] else {
                    return Err(format!(
                        "selected() needs an option code in quotes second, not {}",
                        args[1]
                    ));
                };
                if let Some(codes) = set.choices
                    && !codes.contains(code)
                {
                    return Err(format!(
                        "'{code}' is not one of the options of {} ({})",
                        args[0],
                        codes.join(", ")
                    ));
                }
                typed(
                    Expr::Selected(Box::new(set.expr), code.as_str().into()),
                    Ty::Bool,
                )
            }
            "count-selected" => {
                arity(1)?;
                let inner = self.expect(&args[0], Ty::Set, "count-selected()")?;
                typed(Expr::CountSelected(Box::new(inner)), Ty::Num)
            }
            "string-length" => {
                arity(1)?;
                let inner = self.expect(&args[0], Ty::Str, "string-length()")?;
                typed(Expr::StringLength(Box::new(inner)), Ty::Num)
            }
            "if" => {
                arity(3)?;
                let cond = self.expect(&args[0], Ty::Bool, "if()")?;
                let then = self.node(&args[1])?;
                let other = self.node(&args[2])?;
                if then.ty != other.ty {
                    return Err(format!(
                        "if() must give the same type either way, but {} is {} and {} is {}",
                        args[1], then.ty, args[2], other.ty
                    ));
                }
                typed(
                    Expr::If(Box::new(cond), Box::new(then.expr), Box::new(other.expr)),
                    then.ty,
                )
            }
            "coalesce" => {
                arity(2)?;
                let first = self.node(&args[0])?;
                let second = self.node(&args[1])?;
                if first.ty != second.ty {
                    return Err(format!(
                        "coalesce() needs two values of one type, but {} is {} and {} is {}",
                        args[0], first.ty, args[1], second.ty
                    ));
                }
                typed(
                    Expr::Coalesce(Box::new(first.expr), Box::new(second.expr)),
                    first.ty,
                )
            }
            other => {
                return Err(format!(
                    "unknown function {other}(); the supported ones are {FUNCTIONS}"
                ));
            }
        })
    }
}
