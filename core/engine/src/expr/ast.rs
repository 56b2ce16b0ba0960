//! The untyped syntax tree produced by the parser.

use std::fmt;

/// A binary operator, in XLSForm spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    /// `or`
    Or,
    /// `and`
    And,
    /// `=`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `div`
    Div,
    /// `mod`
    Mod,
}

impl BinOp {
    /// The operator as written in an expression.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "=",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "div",
            BinOp::Mod => "mod",
        }
    }

    /// Whether the operator compares two values.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }
}

/// An expression as written, before references are resolved and types checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A number literal (never negative: `-1` is `Neg(1)`).
    Number(f64),
    /// A string literal, `'…'` or `"…"`.
    Str(String),
    /// `${name}`: the value of another item.
    Ref(String),
    /// `.`: the value of the item the expression belongs to.
    Current,
    /// Unary minus.
    Neg(Box<Node>),
    /// A binary operation.
    Binary(BinOp, Box<Node>, Box<Node>),
    /// A function call such as `selected(${q}, 'a')`.
    Call(String, Vec<Node>),
}

/// Prints the expression back in a form the parser reads to the same tree:
/// binary operations are fully parenthesised.
impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Number(n) => write!(f, "{n}"),
            Node::Str(s) if s.contains('\'') => write!(f, "\"{s}\""),
            Node::Str(s) => write!(f, "'{s}'"),
            Node::Ref(name) => write!(f, "${{{name}}}"),
            Node::Current => f.write_str("."),
            Node::Neg(inner) => write!(f, "-{inner}"),
            Node::Binary(op, a, b) => write!(f, "({a} {} {b})", op.symbol()),
            Node::Call(name, args) => {
                write!(f, "{name}(")?;
                for (i, arg) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{arg}")?;
                }
                f.write_str(")")
            }
        }
    }
}
