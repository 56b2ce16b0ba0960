//! The expression language: parse, print and re-parse (the same tree,
//! unless the fully parenthesised print is nested past the parser's limit),
//! compile against items of every type, evaluate against answers taken
//! from the input. Never a panic; evaluation allocates nothing and
//! yields only values of the compiled type (or empty).
#![no_main]

use heard_engine::expr::{RefInfo, Resolver, Scope, Ty, Value, compile, eval, parse};
use libfuzzer_sys::fuzz_target;

const CHOICES: [&str; 3] = ["a", "b", "c"];

struct Items {
    choices: Vec<String>,
}

impl Resolver for Items {
    fn resolve(&self, name: &str) -> Result<RefInfo<'_>, String> {
        let (index, ty, choices) = match name {
            "age" => (0, Ty::Num, None),
            "kind" => (1, Ty::Str, Some(&self.choices[..])),
            "when" => (2, Ty::Date, None),
            "picked" => (3, Ty::Set, Some(&self.choices[..])),
            "note" => (4, Ty::Str, None),
            "ok" => (5, Ty::Bool, None),
            _ => return Err(format!("no item {name}")),
        };
        Ok(RefInfo { index, ty, choices })
    }

    fn current(&self) -> Option<RefInfo<'_>> {
        Some(RefInfo {
            index: 0,
            ty: Ty::Num,
            choices: None,
        })
    }
}

struct Answers {
    num: f64,
    text: String,
    date: i32,
    set: Vec<String>,
    empty: u8,
}

impl Scope for Answers {
    fn value(&self, index: usize) -> Value<'_> {
        if self.empty & (1 << index) != 0 {
            return Value::Null;
        }
        match index {
            0 => Value::Num(self.num),
            1 => Value::Str(CHOICES[self.text.len() % 3]),
            2 => Value::Date(self.date),
            3 => Value::Set(&self.set),
            4 => Value::Str(&self.text),
            5 => Value::Bool(self.date % 2 == 0),
            _ => Value::Null,
        }
    }

    fn current(&self) -> Value<'_> {
        self.value(0)
    }

    fn today(&self) -> i32 {
        20_000
    }
}

fuzz_target!(|data: &[u8]| {
    // 16 bytes of answers, then the expression.
    if data.len() < 16 {
        return;
    }
    let (head, src) = data.split_at(16);
    let Ok(src) = std::str::from_utf8(src) else {
        return;
    };
    let Ok(node) = parse(src) else { return };
    // The printed form is fully parenthesised, and each parenthesis costs
    // the parser a level per precedence level: a long flat chain that
    // parses within MAX_DEPTH may print deeper than that. Otherwise the
    // printed form parses back to the same tree.
    let printed = node.to_string();
    match parse(&printed) {
        Ok(again) => assert_eq!(node, again, "{src:?} printed as {printed:?}"),
        Err(e) if e.to_string().contains("levels deep") => {}
        Err(e) => panic!("{src:?} printed as {printed:?}, which does not parse: {e}"),
    }
    let items = Items {
        choices: CHOICES.iter().map(|c| c.to_string()).collect(),
    };
    let Ok(compiled) = compile(&node, src, &items) else {
        return;
    };
    let word = |i: usize| u64::from_le_bytes(head[i..i + 8].try_into().unwrap_or([0; 8]));
    let answers = Answers {
        num: Some(f64::from_bits(word(0)))
            .filter(|n| n.is_finite())
            .unwrap_or(0.0),
        text: String::from_utf8_lossy(&head[8..8 + usize::from(head[8] % 8)]).into_owned(),
        date: i32::from_le_bytes([head[9], head[10], head[11], head[12]]),
        set: CHOICES
            .iter()
            .enumerate()
            .filter(|(i, _)| head[13] & (1 << i) != 0)
            .map(|(_, c)| c.to_string())
            .collect(),
        empty: head[14],
    };
    let value = eval(&compiled.expr, &answers);
    let fits = match (value, compiled.ty) {
        (Value::Null, _) => true,
        (Value::Num(_), Ty::Num)
        | (Value::Str(_), Ty::Str)
        | (Value::Bool(_), Ty::Bool)
        | (Value::Date(_), Ty::Date)
        | (Value::Set(_), Ty::Set) => true,
        _ => false,
    };
    assert!(
        fits,
        "{src:?} is {} but evaluated to {value:?}",
        compiled.ty
    );
});
