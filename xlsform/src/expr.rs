//! XLSForm expressions (XPath 1.0 with `${name}` references) and their
//! translation into Heard's logic subset.
//!
//! The parser reads the whole of XPath's syntax, so that a path, a
//! predicate or an unknown function is reported as *not supported by Heard*
//! rather than as a syntax error, while text that is not XPath at all (a
//! typographic quote, `==`, a missing parenthesis) is a form error. The
//! translator then rewrites what XPath and Heard read differently: `${x} = ''`
//! (Heard's empty answers compare unequal to `''`), `selected(${x}, 1)`,
//! `date('2024-01-31')`, and `${ack} = 'OK'` for acknowledge items.

use std::fmt;

/// How deeply an expression may nest before it is refused.
pub const MAX_DEPTH: usize = 100;

/// A syntax error with the 1-based character where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based character position.
    pub at: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.at, self.message)
    }
}

/// A binary operator: the same set, spelt the same, as Heard's own.
pub use heard_engine::expr::BinOp as Op;

/// Binding strength in Heard's grammar (higher binds tighter).
fn precedence(op: Op) -> u8 {
    match op {
        Op::Or => 1,
        Op::And => 2,
        Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => 3,
        Op::Add | Op::Sub => 4,
        Op::Mul | Op::Div | Op::Mod => 5,
    }
}

/// A parsed XLSForm expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Xp {
    /// A number.
    Num(f64),
    /// A text literal.
    Str(String),
    /// `${name}`.
    Ref(String),
    /// `.`, the item's own value.
    Current,
    /// Unary minus.
    Neg(Box<Xp>),
    /// A binary operation.
    Bin(Op, Box<Xp>, Box<Xp>),
    /// A function call, with the name as written (`jr:choice-name`).
    Call(String, Vec<Xp>),
    /// Parentheses as written.
    Paren(Box<Xp>),
    /// Valid XPath that Heard has no equivalent for, with the reason.
    Unsupported(String),
}

// ---------------------------------------------------------------- lexing

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Ref(String),
    Var(String),
    Name(String),
    OpName(Op),
    Star,
    Mul,
    Slash,
    DoubleSlash,
    Dot,
    DotDot,
    At,
    Axis,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Pipe,
    Plus,
    Minus,
    Cmp(Op),
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Num(n) => write!(f, "the number {}", number(*n)),
            Tok::Str(s) => write!(f, "the text '{s}'"),
            Tok::Ref(r) => write!(f, "${{{r}}}"),
            Tok::Var(v) => write!(f, "${v}"),
            Tok::Name(n) => write!(f, "'{n}'"),
            Tok::OpName(op) | Tok::Cmp(op) => write!(f, "'{}'", op.symbol()),
            Tok::Star | Tok::Mul => f.write_str("'*'"),
            Tok::Slash => f.write_str("'/'"),
            Tok::DoubleSlash => f.write_str("'//'"),
            Tok::Dot => f.write_str("'.'"),
            Tok::DotDot => f.write_str("'..'"),
            Tok::At => f.write_str("'@'"),
            Tok::Axis => f.write_str("'::'"),
            Tok::LParen => f.write_str("'('"),
            Tok::RParen => f.write_str("')'"),
            Tok::LBracket => f.write_str("'['"),
            Tok::RBracket => f.write_str("']'"),
            Tok::Comma => f.write_str("','"),
            Tok::Pipe => f.write_str("'|'"),
            Tok::Plus => f.write_str("'+'"),
            Tok::Minus => f.write_str("'-'"),
        }
    }
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == '.'
}

/// Whether the token before allows an operator next (XPath's rule for
/// telling `*` and `and`/`or`/`div`/`mod` from names).
fn operator_position(prev: Option<&Tok>) -> bool {
    match prev {
        None => false,
        Some(t) => !matches!(
            t,
            Tok::At
                | Tok::Axis
                | Tok::LParen
                | Tok::LBracket
                | Tok::Comma
                | Tok::OpName(_)
                | Tok::Cmp(_)
                | Tok::Mul
                | Tok::Slash
                | Tok::DoubleSlash
                | Tok::Pipe
                | Tok::Plus
                | Tok::Minus
        ),
    }
}

/// The tokens of `src`; on a lexical error, the tokens before it and the
/// error (the parser may find an earlier mistake, which is then reported).
fn lex(src: &str) -> (Vec<(Tok, usize)>, Option<SyntaxError>) {
    let mut toks: Vec<(Tok, usize)> = Vec::new();
    let error = lex_into(src, &mut toks).err();
    (toks, error)
}

fn lex_into(src: &str, toks: &mut Vec<(Tok, usize)>) -> Result<(), SyntaxError> {
    let chars: Vec<char> = src.chars().collect();
    let mut i = 0;
    let err = |at: usize, message: String| SyntaxError {
        at: at + 1,
        message,
    };
    while let Some(&c) = chars.get(i) {
        let start = i;
        let next = chars.get(i + 1).copied();
        let op_pos = operator_position(toks.last().map(|(t, _)| t));
        let tok = match c {
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            '[' => Tok::LBracket,
            ']' => Tok::RBracket,
            ',' => Tok::Comma,
            '|' if next == Some('|') => {
                return Err(err(start, "'||' is not XPath: write 'or'".into()));
            }
            '|' => Tok::Pipe,
            '+' => Tok::Plus,
            '-' => Tok::Minus,
            '@' => Tok::At,
            '&' => {
                return Err(err(start, "'&' is not XPath: write 'and'".into()));
            }
            '=' if next == Some('=') => {
                return Err(err(
                    start,
                    "'==' is not XPath: compare with a single '='".into(),
                ));
            }
            '=' => Tok::Cmp(Op::Eq),
            '!' if next == Some('=') => {
                i += 1;
                Tok::Cmp(Op::Ne)
            }
            '!' => {
                return Err(err(start, "'!' is not XPath: write '!=' or not(…)".into()));
            }
            '<' | '>' => {
                let eq = next == Some('=');
                if eq {
                    i += 1;
                }
                Tok::Cmp(match (c, eq) {
                    ('<', false) => Op::Lt,
                    ('<', true) => Op::Le,
                    ('>', false) => Op::Gt,
                    _ => Op::Ge,
                })
            }
            ':' if next == Some(':') => {
                i += 1;
                Tok::Axis
            }
            '/' if next == Some('/') => {
                i += 1;
                Tok::DoubleSlash
            }
            '/' => Tok::Slash,
            '*' if op_pos => Tok::Mul,
            '*' => Tok::Star,
            '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}' | '\u{00AB}' | '\u{00BB}' => {
                return Err(err(
                    start,
                    format!(
                        "the typographic quote {c} is not a quote in XPath: write text between straight quotes, 'like this'"
                    ),
                ));
            }
            '\'' | '"' => {
                let Some(len) = chars[i + 1..].iter().position(|&d| d == c) else {
                    return Err(err(start, "the text is missing its closing quote".into()));
                };
                let s: String = chars[i + 1..i + 1 + len].iter().collect();
                i += len + 1;
                Tok::Str(s)
            }
            '$' if next == Some('{') => {
                let Some(len) = chars[i + 2..].iter().position(|&d| d == '}') else {
                    return Err(err(start, "${ is missing its closing '}'".into()));
                };
                let name: String = chars[i + 2..i + 2 + len].iter().collect();
                if name.trim().is_empty() {
                    return Err(err(start, "${} names no question".into()));
                }
                i += len + 2;
                Tok::Ref(name.trim().to_string())
            }
            '$' if next.is_some_and(is_name_start) => {
                let mut j = i + 1;
                while chars.get(j).is_some_and(|&c| is_name_char(c) || c == ':') {
                    j += 1;
                }
                let name: String = chars[i + 1..j].iter().collect();
                i = j - 1;
                Tok::Var(name)
            }
            '$' => {
                return Err(err(
                    start,
                    "'$' must start a reference such as ${name}".into(),
                ));
            }
            c if c.is_ascii_digit() || (c == '.' && next.is_some_and(|d| d.is_ascii_digit())) => {
                let mut j = i;
                let mut dot = false;
                while let Some(&d) = chars.get(j) {
                    if d.is_ascii_digit() || (d == '.' && !dot) {
                        dot |= d == '.';
                        j += 1;
                    } else {
                        break;
                    }
                }
                let text: String = chars[i..j].iter().collect();
                let value: f64 = text
                    .parse()
                    .map_err(|_| err(start, format!("'{text}' is not a number")))?;
                i = j - 1;
                Tok::Num(value)
            }
            '.' if next == Some('.') => {
                i += 1;
                Tok::DotDot
            }
            '.' => Tok::Dot,
            c if is_name_start(c) => {
                let mut j = i;
                while chars.get(j).is_some_and(|&c| is_name_char(c)) {
                    j += 1;
                }
                // A QName (jr:choice-name) or prefix:*; '::' is an axis.
                if chars.get(j) == Some(&':') && chars.get(j + 1) != Some(&':') {
                    if chars.get(j + 1).is_some_and(|&c| is_name_start(c)) {
                        j += 1;
                        while chars.get(j).is_some_and(|&c| is_name_char(c)) {
                            j += 1;
                        }
                    } else if chars.get(j + 1) == Some(&'*') {
                        j += 2;
                    }
                }
                let name: String = chars[i..j].iter().collect();
                i = j - 1;
                match name.as_str() {
                    "and" if op_pos => Tok::OpName(Op::And),
                    "or" if op_pos => Tok::OpName(Op::Or),
                    "div" if op_pos => Tok::OpName(Op::Div),
                    "mod" if op_pos => Tok::OpName(Op::Mod),
                    _ => Tok::Name(name),
                }
            }
            other => {
                return Err(err(start, format!("unexpected character '{other}'")));
            }
        };
        toks.push((tok, start));
        i += 1;
    }
    Ok(())
}

// ---------------------------------------------------------------- parsing

struct Parser<'s> {
    src: &'s [char],
    toks: Vec<(Tok, usize)>,
    pos: usize,
    depth: usize,
}

const NODE_TYPES: [&str; 4] = ["node", "text", "comment", "processing-instruction"];

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn peek_at(&self, offset: usize) -> Option<&Tok> {
        self.toks.get(self.pos + offset).map(|(t, _)| t)
    }

    fn at(&self) -> usize {
        self.toks
            .get(self.pos)
            .map_or(self.src.len(), |(_, at)| *at)
            + 1
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, SyntaxError> {
        Err(SyntaxError {
            at: self.at(),
            message: message.into(),
        })
    }

    fn unexpected<T>(&self, wanted: &str) -> Result<T, SyntaxError> {
        match self.peek() {
            Some(tok) => self.error(format!("expected {wanted}, found {tok}")),
            None => self.error(format!("expected {wanted}, but the expression ended")),
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error(format!("the expression nests more than {MAX_DEPTH} levels"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// The source text from token `from` up to (not including) the current one.
    fn text_since(&self, from: usize) -> String {
        let start = self.toks.get(from).map_or(self.src.len(), |(_, at)| *at);
        let end = self
            .toks
            .get(self.pos)
            .map_or(self.src.len(), |(_, at)| *at);
        self.src[start.min(end)..end]
            .iter()
            .collect::<String>()
            .trim()
            .to_string()
    }

    fn expect(&mut self, tok: &Tok, wanted: &str) -> Result<(), SyntaxError> {
        if self.peek() == Some(tok) {
            self.pos += 1;
            Ok(())
        } else {
            self.unexpected(wanted)
        }
    }

    fn binary(&mut self, level: usize) -> Result<Xp, SyntaxError> {
        const LEVELS: [&[Op]; 6] = [
            &[Op::Or],
            &[Op::And],
            &[Op::Eq, Op::Ne],
            &[Op::Lt, Op::Le, Op::Gt, Op::Ge],
            &[Op::Add, Op::Sub],
            &[Op::Mul, Op::Div, Op::Mod],
        ];
        let Some(ops) = LEVELS.get(level) else {
            return self.unary();
        };
        self.enter()?;
        let mut left = self.binary(level + 1)?;
        loop {
            let op = match self.peek() {
                Some(Tok::OpName(op) | Tok::Cmp(op)) if ops.contains(op) => *op,
                Some(Tok::Plus) if level == 4 => Op::Add,
                Some(Tok::Minus) if level == 4 => Op::Sub,
                Some(Tok::Mul) if level == 5 => Op::Mul,
                _ => break,
            };
            self.pos += 1;
            let right = self.binary(level + 1)?;
            left = Xp::Bin(op, Box::new(left), Box::new(right));
        }
        self.leave();
        Ok(left)
    }

    fn unary(&mut self) -> Result<Xp, SyntaxError> {
        if self.peek() == Some(&Tok::Minus) {
            self.pos += 1;
            self.enter()?;
            let inner = self.unary()?;
            self.leave();
            return Ok(Xp::Neg(Box::new(inner)));
        }
        let start = self.pos;
        let first = self.path()?;
        if self.peek() != Some(&Tok::Pipe) {
            return Ok(first);
        }
        while self.peek() == Some(&Tok::Pipe) {
            self.pos += 1;
            self.path()?;
        }
        Ok(Xp::Unsupported(format!(
            "the node-set union {} ('|') is not supported by Heard",
            self.text_since(start)
        )))
    }

    fn path(&mut self) -> Result<Xp, SyntaxError> {
        let start = self.pos;
        let is_call = matches!(
            (self.peek(), self.peek_at(1)),
            (Some(Tok::Name(n)), Some(Tok::LParen)) if !NODE_TYPES.contains(&n.as_str())
        );
        let filter = is_call
            || matches!(
                self.peek(),
                Some(Tok::Ref(_) | Tok::Var(_) | Tok::LParen | Tok::Str(_) | Tok::Num(_))
            );
        if filter {
            let primary = self.primary()?;
            let mut is_path = false;
            while self.peek() == Some(&Tok::LBracket) {
                self.predicate()?;
                is_path = true;
            }
            if matches!(self.peek(), Some(Tok::Slash | Tok::DoubleSlash)) {
                self.pos += 1;
                self.relative_path()?;
                is_path = true;
            }
            if is_path {
                return Ok(Xp::Unsupported(path_reason(&self.text_since(start))));
            }
            return Ok(primary);
        }
        match self.peek() {
            Some(Tok::Slash) => {
                self.pos += 1;
                if self.starts_step() {
                    self.relative_path()?;
                }
            }
            Some(Tok::DoubleSlash) => {
                self.pos += 1;
                self.relative_path()?;
            }
            Some(Tok::Dot)
                if !matches!(
                    self.peek_at(1),
                    Some(Tok::Slash | Tok::DoubleSlash | Tok::LBracket)
                ) =>
            {
                self.pos += 1;
                return Ok(Xp::Current);
            }
            _ if self.starts_step() => self.relative_path()?,
            _ => return self.unexpected("a value"),
        }
        Ok(Xp::Unsupported(path_reason(&self.text_since(start))))
    }

    fn starts_step(&self) -> bool {
        matches!(
            self.peek(),
            Some(Tok::Dot | Tok::DotDot | Tok::At | Tok::Name(_) | Tok::Star)
        )
    }

    fn relative_path(&mut self) -> Result<(), SyntaxError> {
        self.step()?;
        while matches!(self.peek(), Some(Tok::Slash | Tok::DoubleSlash)) {
            self.pos += 1;
            self.step()?;
        }
        Ok(())
    }

    fn step(&mut self) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(Tok::Dot | Tok::DotDot) => {
                self.pos += 1;
                return Ok(());
            }
            Some(Tok::At) => self.pos += 1,
            Some(Tok::Name(_)) if self.peek_at(1) == Some(&Tok::Axis) => self.pos += 2,
            _ => {}
        }
        match self.peek() {
            Some(Tok::Star) => self.pos += 1,
            Some(Tok::Name(n)) => {
                let node_type = NODE_TYPES.contains(&n.as_str());
                self.pos += 1;
                if node_type && self.peek() == Some(&Tok::LParen) {
                    self.pos += 1;
                    if matches!(self.peek(), Some(Tok::Str(_))) {
                        self.pos += 1;
                    }
                    self.expect(&Tok::RParen, "')'")?;
                }
            }
            _ => return self.unexpected("a name in the path"),
        }
        while self.peek() == Some(&Tok::LBracket) {
            self.predicate()?;
        }
        Ok(())
    }

    fn predicate(&mut self) -> Result<(), SyntaxError> {
        self.pos += 1;
        self.enter()?;
        self.binary(0)?;
        self.leave();
        self.expect(&Tok::RBracket, "']'")
    }

    fn primary(&mut self) -> Result<Xp, SyntaxError> {
        let Some(tok) = self.peek().cloned() else {
            return self.unexpected("a value");
        };
        self.pos += 1;
        match tok {
            Tok::Num(n) => Ok(Xp::Num(n)),
            Tok::Str(s) => Ok(Xp::Str(s)),
            Tok::Ref(r) => Ok(Xp::Ref(r)),
            Tok::Var(v) => Ok(Xp::Unsupported(format!(
                "the XPath variable ${v} is not supported by Heard (refer to a question as ${{{v}}})"
            ))),
            Tok::LParen => {
                self.enter()?;
                let inner = self.binary(0)?;
                self.leave();
                self.expect(&Tok::RParen, "')'")?;
                Ok(Xp::Paren(Box::new(inner)))
            }
            Tok::Name(name) => {
                self.expect(&Tok::LParen, "'('")?;
                let mut args = Vec::new();
                if self.peek() != Some(&Tok::RParen) {
                    loop {
                        self.enter()?;
                        args.push(self.binary(0)?);
                        self.leave();
                        if self.peek() == Some(&Tok::Comma) {
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                }
                self.expect(&Tok::RParen, "',' or ')'")?;
                Ok(Xp::Call(name, args))
            }
            _ => {
                self.pos -= 1;
                self.unexpected("a value")
            }
        }
    }
}

fn path_reason(text: &str) -> String {
    let simple_name = text.chars().next().is_some_and(is_name_start)
        && text.chars().all(|c| is_name_char(c) || c == ':');
    if simple_name {
        format!(
            "'{text}' is an XPath path, which Heard does not support: refer to a question as ${{{text}}}"
        )
    } else if text.starts_with("..") {
        format!(
            "the relative path {text} is not supported by Heard: refer to questions as ${{name}}"
        )
    } else {
        format!("the XPath path {text} is not supported by Heard: refer to questions as ${{name}}")
    }
}

/// Parses an XLSForm expression. Never panics, whatever the input.
pub fn parse(src: &str) -> Result<Xp, SyntaxError> {
    let chars: Vec<char> = src.chars().collect();
    let (toks, lex_error) = lex(src);
    if toks.is_empty() {
        return Err(lex_error.unwrap_or(SyntaxError {
            at: 1,
            message: "the expression is empty".into(),
        }));
    }
    // Without the tokens after a lexical error, the parser stops there.
    let end = lex_error.as_ref().map_or(chars.len(), |e| e.at - 1);
    let mut parser = Parser {
        src: &chars[..end.min(chars.len())],
        toks,
        pos: 0,
        depth: 0,
    };
    let result = parser.binary(0).and_then(|node| {
        if parser.pos < parser.toks.len() {
            parser.unexpected("an operator or the end of the expression")
        } else {
            Ok(node)
        }
    });
    match (result, lex_error) {
        (Err(e), Some(lex)) if e.at < lex.at => Err(e),
        (_, Some(lex)) => Err(lex),
        (result, None) => result,
    }
}

// ---------------------------------------------------------------- translation

/// What a value is, as far as the translation needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text or a single choice's code.
    Text,
    /// The options chosen in a select_multiple.
    Multi,
    /// A number.
    Number,
    /// A date.
    Date,
    /// True or false.
    Bool,
    /// An acknowledge item, imported as yes-no ('OK' becomes 'yes').
    Acknowledge,
    /// Not known (left to Heard's type check).
    Unknown,
}

/// What `${name}` refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An imported item: its Heard id and kind.
    Item {
        /// Its id in Heard.
        id: String,
        /// Its value's kind.
        kind: Kind,
    },
    /// The `today` metadata field: becomes `today()`.
    Today,
    /// Something Heard does not have (metadata, a left-out row); the reason.
    Absent(String),
    /// No question has this name.
    Missing,
}

/// A reason an expression cannot be translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The form is wrong (a reference to nothing).
    Error(String),
    /// Heard cannot represent it.
    Unsupported(String),
}

/// What the translator needs from the form.
pub trait Names {
    /// What `${name}` is.
    fn target(&self, name: &str) -> Target;
}

const HEARD_FUNCTIONS: &str = "Heard's logic has not(), selected(), count-selected(), string-length(), if(), coalesce(), today(), true() and false()";

fn function_reason(name: &str) -> String {
    let why = match name {
        "regex" => {
            "Heard has no pattern matching; check answers with comparisons and string-length()"
        }
        "jr:choice-name" => "it reads an option's label; Heard's logic works with option codes",
        "pulldata" => "it reads an attached CSV file; Heard questionnaires carry no data files",
        "instance" => "it reads choice lists or attached files as data",
        "indexed-repeat" | "position" | "count" | "sum" | "last" => {
            "it works on repeats, which Heard does not have"
        }
        "concat" | "join" | "substr" | "substring" | "substring-before" | "substring-after"
        | "contains" | "starts-with" | "ends-with" | "translate" | "normalize-space" | "string"
        | "upper-case" | "lower-case" => {
            "Heard's logic has no text functions besides string-length()"
        }
        "round" | "int" | "number" | "pow" | "sqrt" | "exp" | "exp10" | "log" | "log10" | "abs"
        | "floor" | "ceiling" | "sin" | "cos" | "tan" | "asin" | "acos" | "atan" | "atan2"
        | "pi" | "min" | "max" => "Heard's arithmetic is + - * div mod",
        "now" | "once" | "uuid" | "random" | "decimal-date-time" | "decimal-time"
        | "format-date" | "format-date-time" | "date-time" | "digest" | "base64-decode" => {
            "Heard's logic has no clock times, identifiers or random values; it has today()"
        }
        "boolean" | "boolean-from-string" => {
            "Heard's conditions are comparisons, true() or false()"
        }
        "selected-at" | "count-non-empty" | "checklist" | "weighted-checklist" => {
            "use selected() and count-selected()"
        }
        "area" | "distance" | "geofence" => "Heard does not collect locations",
        _ => HEARD_FUNCTIONS,
    };
    if why == HEARD_FUNCTIONS {
        format!("{name}() is not supported by Heard ({why})")
    } else {
        format!("{name}() is not supported by Heard ({why}; {HEARD_FUNCTIONS})")
    }
}

/// Every `${name}` the expression refers to, in order, without repeats.
pub fn references(x: &Xp) -> Vec<String> {
    fn walk(x: &Xp, out: &mut Vec<String>) {
        match x {
            Xp::Ref(name) => {
                if !out.contains(name) {
                    out.push(name.clone());
                }
            }
            Xp::Neg(a) | Xp::Paren(a) => walk(a, out),
            Xp::Bin(_, a, b) => {
                walk(a, out);
                walk(b, out);
            }
            Xp::Call(_, args) => args.iter().for_each(|a| walk(a, out)),
            Xp::Num(_) | Xp::Str(_) | Xp::Current | Xp::Unsupported(_) => {}
        }
    }
    let mut out = Vec::new();
    walk(x, &mut out);
    out
}

/// The kind of value `x` has, as far as can be told without Heard.
pub fn infer(x: &Xp, names: &dyn Names, current: Kind) -> Kind {
    match x {
        Xp::Num(_) | Xp::Neg(_) => Kind::Number,
        Xp::Str(_) => Kind::Text,
        Xp::Ref(name) => match names.target(name) {
            Target::Item { kind, .. } => kind,
            Target::Today => Kind::Date,
            _ => Kind::Unknown,
        },
        Xp::Current => current,
        Xp::Paren(a) => infer(a, names, current),
        Xp::Bin(op, ..) if precedence(*op) <= 3 => Kind::Bool,
        Xp::Bin(..) => Kind::Number,
        Xp::Call(name, args) => match (name.as_str(), args.as_slice()) {
            ("not" | "selected" | "true" | "false", _) => Kind::Bool,
            ("count-selected" | "string-length", _) => Kind::Number,
            ("today" | "date", _) => Kind::Date,
            ("if", [_, a, b]) => match infer(a, names, current) {
                Kind::Unknown => infer(b, names, current),
                k => k,
            },
            ("coalesce", [a, b]) => match infer(a, names, current) {
                Kind::Unknown => infer(b, names, current),
                k => k,
            },
            _ => Kind::Unknown,
        },
        Xp::Unsupported(_) => Kind::Unknown,
    }
}

struct Translator<'a> {
    names: &'a dyn Names,
    current: Kind,
    problems: Vec<Problem>,
}

/// A translated piece: Heard text and how tightly it binds.
struct Out {
    text: String,
    precedence: u8,
}

const ATOM: u8 = 7;
const UNARY: u8 = 6;

fn atom(text: String) -> Out {
    Out {
        text,
        precedence: ATOM,
    }
}

fn literal(s: &str) -> String {
    if s.contains('\'') {
        format!("\"{s}\"")
    } else {
        format!("'{s}'")
    }
}

/// A number as Heard's parser reads it.
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn unparen(x: &Xp) -> &Xp {
    match x {
        Xp::Paren(inner) => unparen(inner),
        other => other,
    }
}

impl Translator<'_> {
    fn problem(&mut self, p: Problem) {
        if !self.problems.contains(&p) {
            self.problems.push(p);
        }
    }

    /// `${name}` as Heard text, and the referenced item's kind.
    fn reference(&mut self, name: &str) -> (Out, Kind) {
        match self.names.target(name) {
            Target::Item { id, kind } => (atom(format!("${{{id}}}")), kind),
            Target::Today => (atom("today()".into()), Kind::Date),
            Target::Absent(why) => {
                self.problem(Problem::Unsupported(why));
                (atom(format!("${{{name}}}")), Kind::Unknown)
            }
            Target::Missing => {
                self.problem(Problem::Error(format!(
                    "${{{name}}} refers to no question of this form"
                )));
                (atom(format!("${{{name}}}")), Kind::Unknown)
            }
        }
    }

    /// The value side of a comparison with `''`: a reference or `.`.
    fn emptiness(&mut self, op: Op, side: &Xp) -> Option<Out> {
        let (subject, kind) = match unparen(side) {
            Xp::Ref(name) => self.reference(name),
            Xp::Current => (atom(".".into()), self.current),
            _ => return None,
        };
        let s = subject.text;
        let empty = op == Op::Eq;
        let text = match kind {
            Kind::Multi if empty => format!("count-selected({s}) = 0"),
            Kind::Multi => format!("count-selected({s}) > 0"),
            Kind::Number if empty => format!("not({s} < 0 or {s} >= 0)"),
            Kind::Number => format!("({s} < 0 or {s} >= 0)"),
            Kind::Date if empty => format!("not({s} < '1970-01-01' or {s} >= '1970-01-01')"),
            Kind::Date => format!("({s} < '1970-01-01' or {s} >= '1970-01-01')"),
            _ if empty => format!("string-length({s}) = 0"),
            _ => format!("string-length({s}) > 0"),
        };
        let precedence = if text.starts_with("not(") || text.starts_with('(') {
            ATOM
        } else {
            3
        };
        Some(Out { text, precedence })
    }

    fn node(&mut self, x: &Xp) -> Out {
        match x {
            Xp::Num(n) => atom(number(*n)),
            Xp::Str(s) => atom(literal(s)),
            Xp::Ref(name) => self.reference(name).0,
            Xp::Current => atom(".".into()),
            Xp::Paren(inner) => {
                let inner = self.node(inner);
                atom(format!("({})", inner.text))
            }
            Xp::Neg(inner) => {
                let inner = self.node(inner);
                let text = if inner.precedence < UNARY {
                    format!("-({})", inner.text)
                } else {
                    format!("-{}", inner.text)
                };
                Out {
                    text,
                    precedence: UNARY,
                }
            }
            Xp::Bin(op @ (Op::Eq | Op::Ne), a, b)
                if matches!(unparen(a), Xp::Str(s) if s.is_empty())
                    || matches!(unparen(b), Xp::Str(s) if s.is_empty()) =>
            {
                let side = if matches!(unparen(a), Xp::Str(s) if s.is_empty()) {
                    b
                } else {
                    a
                };
                match self.emptiness(*op, side) {
                    Some(out) => out,
                    None => self.binary(*op, a, b),
                }
            }
            Xp::Bin(op, a, b) => self.binary(*op, a, b),
            Xp::Call(name, args) => self.call(name, args),
            Xp::Unsupported(why) => {
                self.problem(Problem::Unsupported(why.clone()));
                atom("false()".into())
            }
        }
    }

    fn binary(&mut self, op: Op, a: &Xp, b: &Xp) -> Out {
        // `${ack} = 'OK'`: an acknowledge item's value is 'yes' in Heard.
        let ack = |x: &Xp| matches!(unparen(x), Xp::Ref(n) if matches!(self.names.target(n), Target::Item { kind: Kind::Acknowledge, .. }));
        let ok = |x: &Xp| matches!(unparen(x), Xp::Str(s) if s.eq_ignore_ascii_case("ok"));
        let comparison = precedence(op) == 3;
        let (a_ack, b_ack) = (comparison && ack(a) && ok(b), comparison && ack(b) && ok(a));
        let left = if b_ack {
            atom("'yes'".into())
        } else {
            self.node(a)
        };
        let right = if a_ack {
            atom("'yes'".into())
        } else {
            self.node(b)
        };
        let p = precedence(op);
        // Heard puts every comparison on one level; XPath puts = and != below
        // < and >, so a comparison inside a comparison keeps its parentheses.
        let wrap_left = left.precedence < p || (comparison && left.precedence == 3);
        let wrap_right = right.precedence <= p;
        let side = |o: Out, wrap: bool| {
            if wrap {
                format!("({})", o.text)
            } else {
                o.text
            }
        };
        Out {
            text: format!(
                "{} {} {}",
                side(left, wrap_left),
                op.symbol(),
                side(right, wrap_right)
            ),
            precedence: p,
        }
    }

    fn call(&mut self, name: &str, args: &[Xp]) -> Out {
        match (name, args) {
            ("date", [arg]) => match unparen(arg) {
                // Heard reads a 'YYYY-MM-DD' text next to a date as a date.
                Xp::Str(s) => return atom(literal(s)),
                _ => {
                    self.problem(Problem::Unsupported(
                        "date() is supported only around a literal 'YYYY-MM-DD' date".into(),
                    ));
                    return atom("false()".into());
                }
            },
            (
                "not" | "selected" | "count-selected" | "string-length" | "if" | "coalesce"
                | "today" | "true" | "false",
                _,
            ) => {}
            _ => {
                for arg in args {
                    self.node(arg);
                }
                self.problem(Problem::Unsupported(function_reason(name)));
                return atom("false()".into());
            }
        }
        let mut texts = Vec::with_capacity(args.len());
        for (i, arg) in args.iter().enumerate() {
            let text = match (name, i, unparen(arg)) {
                // selected(${q}, 1): Heard wants the option code as text.
                ("selected", 1, Xp::Num(n)) => literal(&number(*n)),
                _ => self.node(arg).text,
            };
            texts.push(text);
        }
        atom(format!("{name}({})", texts.join(", ")))
    }
}

/// Translates `x` into Heard's logic. `current` is the kind of `.` (the
/// item's own value, in a constraint).
pub fn translate(x: &Xp, names: &dyn Names, current: Kind) -> Result<String, Vec<Problem>> {
    let mut t = Translator {
        names,
        current,
        problems: Vec::new(),
    };
    let out = t.node(x);
    if t.problems.is_empty() {
        Ok(out.text)
    } else {
        // Form errors first: they must be fixed whatever else happens.
        t.problems
            .sort_by_key(|p| matches!(p, Problem::Unsupported(_)));
        Err(t.problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Form(HashMap<&'static str, Target>);

    impl Names for Form {
        fn target(&self, name: &str) -> Target {
            self.0.get(name).cloned().unwrap_or(Target::Missing)
        }
    }

    fn form() -> Form {
        let item = |id: &str, kind| Target::Item {
            id: id.to_string(),
            kind,
        };
        Form(HashMap::from([
            ("age", item("age", Kind::Number)),
            ("name", item("name", Kind::Text)),
            ("when", item("when", Kind::Date)),
            ("help", item("help", Kind::Multi)),
            ("ok", item("ok", Kind::Acknowledge)),
            ("اسم", item("q7", Kind::Text)),
            ("today", Target::Today),
            (
                "start",
                Target::Absent("${start} is form metadata".to_string()),
            ),
        ]))
    }

    fn tr(src: &str) -> String {
        match parse(src) {
            Ok(x) => match translate(&x, &form(), Kind::Number) {
                Ok(s) => {
                    // Whatever the translation gives must be Heard syntax.
                    assert!(
                        heard_engine::expr::parse(&s).is_ok(),
                        "Heard cannot parse {s}"
                    );
                    s
                }
                Err(problems) => problems
                    .iter()
                    .map(|p| match p {
                        Problem::Error(m) => format!("error: {m}"),
                        Problem::Unsupported(m) => format!("unsupported: {m}"),
                    })
                    .collect::<Vec<_>>()
                    .join(" | "),
            },
            Err(e) => format!("syntax: {e}"),
        }
    }

    #[test]
    fn the_common_subset_passes_through() {
        assert_eq!(
            tr("${age} >= 18 and ${age}<65"),
            "${age} >= 18 and ${age} < 65"
        );
        assert_eq!(
            tr("not(selected(${help}, 'food')) or count-selected(${help}) > 2"),
            "not(selected(${help}, 'food')) or count-selected(${help}) > 2"
        );
        assert_eq!(tr(". <= today()"), ". <= today()");
        assert_eq!(
            tr("if(${age} mod 2 = 0, ${age} div 2, -${age})"),
            "if(${age} mod 2 = 0, ${age} div 2, -${age})"
        );
        assert_eq!(tr("(${age} + 1) * 2"), "(${age} + 1) * 2");
        assert_eq!(
            tr("string-length(${name}) <= 20"),
            "string-length(${name}) <= 20"
        );
        assert_eq!(
            tr("coalesce(${name}, \"it's\")"),
            "coalesce(${name}, \"it's\")"
        );
        assert_eq!(tr("true() and not(false())"), "true() and not(false())");
        assert_eq!(tr(".5 + 1."), "0.5 + 1");
    }

    #[test]
    fn references_are_renamed_and_today_becomes_a_function() {
        assert_eq!(tr("${اسم} = 'x'"), "${q7} = 'x'");
        assert_eq!(tr("${when} < ${today}"), "${when} < today()");
    }

    #[test]
    fn empty_text_tests_keep_their_xlsform_meaning() {
        assert_eq!(tr("${name} != ''"), "string-length(${name}) > 0");
        assert_eq!(tr("'' = ${name}"), "string-length(${name}) = 0");
        assert_eq!(tr("${help} = \"\""), "count-selected(${help}) = 0");
        assert_eq!(
            tr("${age} != '' and ${age} > 3"),
            "(${age} < 0 or ${age} >= 0) and ${age} > 3"
        );
        assert_eq!(tr("${age} = ''"), "not(${age} < 0 or ${age} >= 0)");
        assert_eq!(
            tr("${when} = ''"),
            "not(${when} < '1970-01-01' or ${when} >= '1970-01-01')"
        );
    }

    #[test]
    fn small_rewrites() {
        assert_eq!(tr("selected(${help}, 2)"), "selected(${help}, '2')");
        assert_eq!(tr("${when} > date('2024-01-31')"), "${when} > '2024-01-31'");
        assert_eq!(tr("${ok} = 'OK'"), "${ok} = 'yes'");
        assert_eq!(tr("'OK' != ${ok}"), "'yes' != ${ok}");
        // XPath: = binds looser than <; Heard has one level, so keep it apart.
        assert_eq!(tr("${age} > 3 = true()"), "(${age} > 3) = true()");
        assert_eq!(tr("${age} - (1 - 2)"), "${age} - (1 - 2)");
    }

    #[test]
    fn unsupported_constructs_say_why() {
        assert_eq!(
            tr("regex(., '^[0-9]+$')"),
            "unsupported: regex() is not supported by Heard (Heard has no pattern matching; check answers with comparisons and string-length(); Heard's logic has not(), selected(), count-selected(), string-length(), if(), coalesce(), today(), true() and false())"
        );
        assert_eq!(
            tr("jr:choice-name(${age}, '${age}') = 'x'"),
            "unsupported: jr:choice-name() is not supported by Heard (it reads an option's label; Heard's logic works with option codes; Heard's logic has not(), selected(), count-selected(), string-length(), if(), coalesce(), today(), true() and false())"
        );
        assert_eq!(
            tr("/data/age > 3"),
            "unsupported: the XPath path /data/age is not supported by Heard: refer to questions as ${name}"
        );
        assert_eq!(
            tr("${age} = cf"),
            "unsupported: 'cf' is an XPath path, which Heard does not support: refer to a question as ${cf}"
        );
        assert_eq!(
            tr("count(../item[x = 1])"),
            "unsupported: the relative path ../item[x = 1] is not supported by Heard: refer to questions as ${name} | unsupported: count() is not supported by Heard (it works on repeats, which Heard does not have; Heard's logic has not(), selected(), count-selected(), string-length(), if(), coalesce(), today(), true() and false())"
        );
        assert_eq!(
            tr("${age} | ${name}"),
            "unsupported: the node-set union ${age} | ${name} ('|') is not supported by Heard"
        );
        assert_eq!(
            tr("${start} != ''"),
            "unsupported: ${start} is form metadata"
        );
        assert_eq!(
            tr("foo(1)"),
            "unsupported: foo() is not supported by Heard (Heard's logic has not(), selected(), count-selected(), string-length(), if(), coalesce(), today(), true() and false())"
        );
    }

    #[test]
    fn syntax_errors_name_the_character() {
        assert_eq!(
            tr("${x} = \u{2018}other\u{2019}"),
            "syntax: at character 8: the typographic quote \u{2018} is not a quote in XPath: write text between straight quotes, 'like this'"
        );
        assert_eq!(
            tr("because pyxform doesn't know"),
            "syntax: at character 9: expected an operator or the end of the expression, found 'pyxform'"
        );
        assert_eq!(
            tr("${a} == 1"),
            "syntax: at character 6: '==' is not XPath: compare with a single '='"
        );
        assert_eq!(
            tr("(1 + 2"),
            "syntax: at character 7: expected ')', but the expression ended"
        );
        assert_eq!(
            tr("${age"),
            "syntax: at character 1: ${ is missing its closing '}'"
        );
        assert_eq!(tr("   "), "syntax: at character 1: the expression is empty");
        assert_eq!(
            tr("1 +"),
            "syntax: at character 4: expected a value, but the expression ended"
        );
        assert_eq!(
            tr("a && b"),
            "syntax: at character 3: '&' is not XPath: write 'and'"
        );
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = format!("{}1{}", "(".repeat(5_000), ")".repeat(5_000));
        assert!(tr(&deep).starts_with("syntax: "), "refused");
        let negs = format!("{}1", "-".repeat(5_000));
        assert!(tr(&negs).starts_with("syntax: "));
    }

    #[test]
    fn references_are_listed_once_in_order() {
        let x = parse("${b} + ${a} * ${b} > coalesce(${c}, 1)").expect("parses");
        assert_eq!(references(&x), ["b", "a", "c"]);
    }

    #[test]
    fn kinds_are_inferred_for_calculations() {
        let f = form();
        let kind = |s: &str| infer(&parse(s).expect("parses"), &f, Kind::Unknown);
        assert_eq!(kind("${age} * 2"), Kind::Number);
        assert_eq!(kind("if(${age} > 3, 'old', 'young')"), Kind::Text);
        assert_eq!(kind("${age} > 3"), Kind::Bool);
        assert_eq!(kind("${today}"), Kind::Date);
        assert_eq!(kind("regex(., 'x')"), Kind::Unknown);
    }

    fn attempt(src: &str) {
        if let Ok(x) = parse(src) {
            let _ = translate(&x, &form(), Kind::Unknown);
            let _ = infer(&x, &form(), Kind::Unknown);
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(src in "\\PC{0,60}") {
            attempt(&src);
        }

        #[test]
        fn never_panics_on_xpath_like_text(src in "[ ${}()\\[\\]/.@:*|=!<>+,'\"a-z0-9-]{0,40}") {
            attempt(&src);
        }
    }
}
