//! Property tests for the expression language: the parser never panics,
//! printing and re-parsing gives the same tree, and compiled expressions
//! evaluate without panicking whatever the answers.

use heard_engine::expr::{BinOp, Node, RefInfo, Resolver, Scope, Ty, Value, compile, eval, parse};
use proptest::prelude::*;

const OPS: [BinOp; 13] = [
    BinOp::Or,
    BinOp::And,
    BinOp::Eq,
    BinOp::Ne,
    BinOp::Lt,
    BinOp::Le,
    BinOp::Gt,
    BinOp::Ge,
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::Mod,
];
const NAMES: [&str; 4] = ["age", "kind", "when", "picked"];
const FUNCTIONS: [&str; 9] = [
    "not",
    "selected",
    "count-selected",
    "string-length",
    "if",
    "coalesce",
    "today",
    "true",
    "false",
];

fn node() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        (0u32..100_000, 0u32..4)
            .prop_map(|(n, scale)| Node::Number(f64::from(n) / 10f64.powi(scale as i32))),
        "[a-z_ 0-9]{0,6}".prop_map(Node::Str),
        "[a-z_ ]{0,4}'[a-z]{0,3}".prop_map(Node::Str),
        prop::sample::select(NAMES.to_vec()).prop_map(|n| Node::Ref(n.to_string())),
        Just(Node::Current),
    ];
    leaf.prop_recursive(6, 48, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|n| Node::Neg(Box::new(n))),
            (
                prop::sample::select(OPS.to_vec()),
                inner.clone(),
                inner.clone()
            )
                .prop_map(|(op, a, b)| Node::Binary(op, Box::new(a), Box::new(b))),
            (
                prop::sample::select(FUNCTIONS.to_vec()),
                prop::collection::vec(inner, 0..4)
            )
                .prop_map(|(f, args)| Node::Call(f.to_string(), args)),
        ]
    })
}

struct Fixture;

impl Resolver for Fixture {
    fn resolve(&self, name: &str) -> Result<RefInfo<'_>, String> {
        let (index, ty) = match name {
            "age" => (0, Ty::Num),
            "kind" => (1, Ty::Str),
            "when" => (2, Ty::Date),
            "picked" => (3, Ty::Set),
            _ => return Err(format!("unknown {name}")),
        };
        Ok(RefInfo {
            index,
            ty,
            choices: None,
        })
    }

    fn current(&self) -> Option<RefInfo<'_>> {
        self.resolve("age").ok()
    }
}

struct Answers {
    age: Option<f64>,
    kind: String,
    when: i32,
    picked: Vec<String>,
}

impl Scope for Answers {
    fn value(&self, index: usize) -> Value<'_> {
        match index {
            0 => self.age.map_or(Value::Null, Value::Num),
            1 => Value::Str(&self.kind),
            2 => Value::Date(self.when),
            _ => Value::Set(&self.picked),
        }
    }

    fn current(&self) -> Value<'_> {
        self.value(0)
    }

    fn today(&self) -> i32 {
        20_000
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn parsing_any_text_never_panics(src in "\\PC{0,40}") {
        let _ = parse(&src);
    }

    #[test]
    fn parsing_expression_like_text_never_panics(src in "[$(){}'\". a-z0-9=!<>+*,-]{0,60}") {
        let _ = parse(&src);
    }

    #[test]
    fn printing_then_parsing_gives_the_same_tree(tree in node()) {
        let printed = tree.to_string();
        let reparsed = parse(&printed);
        prop_assert_eq!(reparsed.as_ref(), Ok(&tree), "printed as {}", printed);
    }

    #[test]
    fn compiled_expressions_evaluate_without_panicking(
        tree in node(),
        age in prop::option::of(-1e6f64..1e6),
        kind in "[a-z]{0,3}",
        when in -100_000i32..100_000,
        picked in prop::collection::vec("[a-z]{1,3}", 0..3),
    ) {
        if let Ok(compiled) = compile(&tree, &tree.to_string(), &Fixture) {
            let answers = Answers { age, kind, when, picked };
            let value = eval(&compiled.expr, &answers);
            let fits = matches!(
                (compiled.ty, value),
                (_, Value::Null) | (Ty::Num, Value::Num(_)) | (Ty::Str, Value::Str(_)) | (Ty::Bool, Value::Bool(_)) | (Ty::Date, Value::Date(_)) | (Ty::Set, Value::Set(_))
            );
            prop_assert!(fits, "{} typed {:?} gave {:?}", tree, compiled.ty, value);
        }
    }
}
