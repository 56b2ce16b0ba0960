//! Tokenizer and recursive-descent parser for the expression subset.

use super::ast::{BinOp, Node};
use std::fmt;

/// How deeply expressions may nest; deeper input is refused rather than
/// risking the stack on a hostile or machine-generated form.
pub const MAX_DEPTH: usize = 64;

/// A syntax error, with the 1-based character column where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based column (in characters) of the offending input.
    pub column: usize,
    /// What was wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(f64),
    Str(String),
    Ref(String),
    Name(String),
    Dot,
    LParen,
    RParen,
    Comma,
    Op(BinOp),
    Minus,
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tok::Num(n) => write!(f, "number {n}"),
            Tok::Str(s) => write!(f, "text '{s}'"),
            Tok::Ref(r) => write!(f, "${{{r}}}"),
            Tok::Name(n) => write!(f, "'{n}'"),
            Tok::Dot => f.write_str("'.'"),
            Tok::LParen => f.write_str("'('"),
            Tok::RParen => f.write_str("')'"),
            Tok::Comma => f.write_str("','"),
            Tok::Op(op) => write!(f, "'{}'", op.symbol()),
            Tok::Minus => f.write_str("'-'"),
        }
    }
}

struct Lexed {
    toks: Vec<(Tok, usize)>,
    end: usize,
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'
}

fn lex(src: &str) -> Result<Lexed, ParseError> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let err = |column: usize, message: String| ParseError {
        column: column + 1,
        message,
    };
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        match c {
            c if c.is_whitespace() => {
                i += 1;
                continue;
            }
            '(' => toks.push((Tok::LParen, start)),
            ')' => toks.push((Tok::RParen, start)),
            ',' => toks.push((Tok::Comma, start)),
            '=' => toks.push((Tok::Op(BinOp::Eq), start)),
            '+' => toks.push((Tok::Op(BinOp::Add), start)),
            '*' => toks.push((Tok::Op(BinOp::Mul), start)),
            '-' => toks.push((Tok::Minus, start)),
            '!' if chars.get(i + 1) == Some(&'=') => {
                i += 1;
                toks.push((Tok::Op(BinOp::Ne), start));
            }
            '<' | '>' => {
                let eq = chars.get(i + 1) == Some(&'=');
                let op = match (c, eq) {
                    ('<', false) => BinOp::Lt,
                    ('<', true) => BinOp::Le,
                    ('>', false) => BinOp::Gt,
                    _ => BinOp::Ge,
                };
                if eq {
                    i += 1;
                }
                toks.push((Tok::Op(op), start));
            }
            '\'' | '"' => {
                let close = chars[i + 1..].iter().position(|&d| d == c);
                let Some(len) = close else {
                    return Err(err(start, "text is missing its closing quote".into()));
                };
                let s: String = chars[i + 1..i + 1 + len].iter().collect();
                i += len + 1;
                toks.push((Tok::Str(s), start));
            }
            '$' => {
                if chars.get(i + 1) != Some(&'{') {
                    return Err(err(start, "expected '{' after '$' (write ${name})".into()));
                }
                let close = chars[i + 2..].iter().position(|&d| d == '}');
                let Some(len) = close else {
                    return Err(err(start, "reference is missing its closing '}'".into()));
                };
                let name: String = chars[i + 2..i + 2 + len].iter().collect();
                let valid = name.chars().next().is_some_and(is_name_start)
                    && name.chars().all(is_name_char);
                if !valid {
                    return Err(err(start, format!("'{name}' is not a valid item name")));
                }
                i += len + 2;
                toks.push((Tok::Ref(name), start));
            }
            c if c.is_ascii_digit()
                || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let mut j = i;
                let mut seen_dot = false;
                while j < chars.len()
                    && (chars[j].is_ascii_digit() || (chars[j] == '.' && !seen_dot))
                {
                    seen_dot |= chars[j] == '.';
                    j += 1;
                }
                let text: String = chars[i..j].iter().collect();
                let value: f64 = text
                    .parse()
                    .map_err(|_| err(start, format!("'{text}' is not a number")))?;
                i = j - 1;
                toks.push((Tok::Num(value), start));
            }
            '.' => toks.push((Tok::Dot, start)),
            c if is_name_start(c) => {
                let mut j = i;
                while j < chars.len()
                    && (chars[j].is_ascii_alphanumeric() || chars[j] == '_' || chars[j] == '-')
                {
                    j += 1;
                }
                // A trailing '-' belongs to a following subtraction, not the name.
                while chars[j - 1] == '-' {
                    j -= 1;
                }
                let name: String = chars[i..j].iter().collect();
                i = j - 1;
                let tok = match name.as_str() {
                    "and" => Tok::Op(BinOp::And),
                    "or" => Tok::Op(BinOp::Or),
                    "div" => Tok::Op(BinOp::Div),
                    "mod" => Tok::Op(BinOp::Mod),
                    _ => Tok::Name(name),
                };
                toks.push((tok, start));
            }
            other => return Err(err(start, format!("unexpected character '{other}'"))),
        }
        i += 1;
    }
    Ok(Lexed {
        toks,
        end: chars.len(),
    })
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    end: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn column(&self) -> usize {
        self.toks.get(self.pos).map_or(self.end, |(_, c)| *c) + 1
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, ParseError> {
        Err(ParseError {
            column: self.column(),
            message: message.into(),
        })
    }

    fn unexpected<T>(&self, wanted: &str) -> Result<T, ParseError> {
        match self.peek() {
            Some(tok) => self.error(format!("expected {wanted}, found {tok}")),
            None => self.error(format!("expected {wanted}, but the expression ended")),
        }
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error(format!(
                "expression is nested more than {MAX_DEPTH} levels deep"
            ));
        }
        Ok(())
    }

    fn expect(&mut self, tok: Tok, wanted: &str) -> Result<(), ParseError> {
        if self.peek() == Some(&tok) {
            self.pos += 1;
            Ok(())
        } else {
            self.unexpected(wanted)
        }
    }

    fn binary_level(&mut self, level: usize) -> Result<Node, ParseError> {
        const LEVELS: [&[BinOp]; 5] = [
            &[BinOp::Or],
            &[BinOp::And],
            &[
                BinOp::Eq,
                BinOp::Ne,
                BinOp::Lt,
                BinOp::Le,
                BinOp::Gt,
                BinOp::Ge,
            ],
            &[BinOp::Add, BinOp::Sub],
            &[BinOp::Mul, BinOp::Div, BinOp::Mod],
        ];
        if level == LEVELS.len() {
            return self.unary();
        }
        self.enter()?;
        let mut left = self.binary_level(level + 1)?;
        loop {
            let op = match self.peek() {
                Some(Tok::Op(op)) if LEVELS[level].contains(op) => *op,
                Some(Tok::Minus) if level == 3 => BinOp::Sub,
                _ => break,
            };
            self.pos += 1;
            let right = self.binary_level(level + 1)?;
            left = Node::Binary(op, Box::new(left), Box::new(right));
        }
        self.depth -= 1;
        Ok(left)
    }

    fn unary(&mut self) -> Result<Node, ParseError> {
        if self.peek() == Some(&Tok::Minus) {
            self.pos += 1;
            self.enter()?;
            let inner = self.unary()?;
            self.depth -= 1;
            return Ok(Node::Neg(Box::new(inner)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Node, ParseError> {
        let Some(tok) = self.peek().cloned() else {
            return self.unexpected("a value");
        };
        match tok {
            Tok::Num(n) => {
                self.pos += 1;
                Ok(Node::Number(n))
            }
            Tok::Str(s) => {
                self.pos += 1;
                Ok(Node::Str(s))
            }
            Tok::Ref(r) => {
                self.pos += 1;
                Ok(Node::Ref(r))
            }
            Tok::Dot => {
                self.pos += 1;
                Ok(Node::Current)
            }
            Tok::LParen => {
                self.pos += 1;
                let inner = self.binary_level(0)?;
                self.expect(Tok::RParen, "')'")?;
                Ok(inner)
            }
            Tok::Name(name) => {
                self.pos += 1;
                if self.peek() != Some(&Tok::LParen) {
                    self.pos -= 1;
                    return self.error(format!(
                        "'{name}' is not a value; refer to an item as ${{{name}}} or call a function as {name}(…)"
                    ));
                }
                self.pos += 1;
                let mut args = Vec::new();
                if self.peek() != Some(&Tok::RParen) {
                    loop {
                        args.push(self.binary_level(0)?);
                        if self.peek() == Some(&Tok::Comma) {
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                }
                self.expect(Tok::RParen, "',' or ')'")?;
                Ok(Node::Call(name, args))
            }
            _ => self.unexpected("a value"),
        }
    }
}

/// Parses one expression. Never panics, whatever the input.
pub fn parse(src: &str) -> Result<Node, ParseError> {
    let Lexed { toks, end } = lex(src)?;
    let mut parser = Parser {
        toks,
        pos: 0,
        end,
        depth: 0,
    };
    let node = parser.binary_level(0)?;
    if parser.pos < parser.toks.len() {
        return parser.unexpected("an operator or the end of the expression");
    }
    Ok(node)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reparse(src: &str) -> String {
        match parse(src) {
            Ok(node) => node.to_string(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn precedence_follows_xpath() {
        assert_eq!(reparse("1 + 2 * 3"), "(1 + (2 * 3))");
        assert_eq!(
            reparse("${a} = 1 or ${b} = 2 and ${c} = 3"),
            "((${a} = 1) or ((${b} = 2) and (${c} = 3)))"
        );
        assert_eq!(reparse("10 - 4 - 3"), "((10 - 4) - 3)");
        assert_eq!(reparse("${a} div 2 mod 3"), "((${a} div 2) mod 3)");
        assert_eq!(reparse("-${a}-1"), "(-${a} - 1)");
    }

    #[test]
    fn functions_and_current_value() {
        assert_eq!(
            reparse("not(selected(., 'no_action') and count-selected(.) > 1)"),
            "not((selected(., 'no_action') and (count-selected(.) > 1)))"
        );
        assert_eq!(reparse(". <= today()"), "(. <= today())");
        assert_eq!(
            reparse("string-length(${t})>=.5"),
            "(string-length(${t}) >= 0.5)"
        );
    }

    #[test]
    fn errors_name_the_column() {
        assert_eq!(
            reparse("${a} = "),
            "error: column 8: expected a value, but the expression ended"
        );
        assert_eq!(
            reparse("${a} = 'x"),
            "error: column 8: text is missing its closing quote"
        );
        assert_eq!(
            reparse("(1 + 2"),
            "error: column 7: expected ')', but the expression ended"
        );
        assert_eq!(
            reparse("${a} == 1"),
            "error: column 7: expected a value, found '='"
        );
        assert_eq!(
            reparse("$a = 1"),
            "error: column 1: expected '{' after '$' (write ${name})"
        );
        assert_eq!(
            reparse("age > 3"),
            "error: column 1: 'age' is not a value; refer to an item as ${age} or call a function as age(…)"
        );
        assert_eq!(
            reparse("1 2"),
            "error: column 3: expected an operator or the end of the expression, found number 2"
        );
        assert_eq!(
            reparse("${a} & 1"),
            "error: column 6: unexpected character '&'"
        );
        assert_eq!(
            reparse("${} = 1"),
            "error: column 1: '' is not a valid item name"
        );
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
        let err = parse(&deep).expect_err("too deep");
        assert!(err.message.contains("nested more than 64 levels"), "{err}");
        let negs = format!("{}1", "-".repeat(10_000));
        assert!(parse(&negs).is_err());
    }
}
