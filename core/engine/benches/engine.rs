//! Questionnaire engine benchmarks. Each prints `name: value unit` lines;
//! timings are also given as ratios to a baseline measured in the same run,
//! so they compare across machines.

use heard_engine::expr::{Scope, Value, eval};
use heard_engine::{Answer, Questionnaire, Response};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

/// Median nanoseconds per call of `f` over `rounds` rounds of `iters` calls.
fn median_ns(rounds: usize, iters: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iters {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(iters)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

struct OneAnswer<'a>(&'a str);

impl Scope for OneAnswer<'_> {
    fn value(&self, _: usize) -> Value<'_> {
        Value::Str(self.0)
    }
    fn current(&self) -> Value<'_> {
        Value::Null
    }
    fn today(&self) -> i32 {
        0
    }
}

fn main() {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../questionnaires/post-encounter"
    );
    let q = Arc::new(Questionnaire::load(dir).expect("shipped survey loads"));

    // 1. One `relevant` expression (five comparisons joined by `or`) against
    //    the same logic written by hand in Rust.
    let relevant = &q
        .item("page_reason")
        .and_then(|i| i.relevant.as_ref())
        .expect("page_reason has a condition")
        .expr;
    let answers = ["at_home", "reported_crime", "stopped_public"];
    let mut k = 0;
    let compiled = median_ns(15, 200_000, || {
        k = (k + 1) % answers.len();
        black_box(eval(relevant, &OneAnswer(black_box(answers[k]))).is_true());
    });
    let native = median_ns(15, 200_000, || {
        k = (k + 1) % answers.len();
        let v = black_box(answers[k]);
        black_box(
            [
                "stopped_public",
                "stopped_vehicle",
                "stopped_transport",
                "id_check",
                "at_home",
            ]
            .contains(&v),
        );
    });
    println!("expr_eval_relevant: {compiled:.1} ns");
    println!(
        "expr_eval_relevant_vs_native: {:.2} ratio",
        compiled / native
    );

    // 2. Answering one question: validation, constraint, and re-evaluating
    //    every relevance and calculation of the survey, against formatting
    //    one localized label (what a UI does per item anyway).
    let mut r = Response::new(Arc::clone(&q), &["ar"]);
    r.answer("consent", Answer::Consent(true)).expect("consent");
    let values = ["1", "2", "3", "4", "5"];
    let mut n = 0;
    let answer = median_ns(15, 20_000, || {
        n = (n + 1) % values.len();
        r.answer("pj_voice", Answer::Choice(values[n].into()))
            .expect("valid answer");
    });
    let label = median_ns(15, 20_000, || {
        black_box(r.item_view("pj_voice"));
    });
    println!("answer_and_recompute: {answer:.0} ns");
    println!(
        "answer_and_recompute_vs_render_item: {:.2} ratio",
        answer / label
    );

    // 3. Loading and validating the whole survey (10 locales) against only
    //    reading its files.
    let read_files = || {
        let mut bytes = std::fs::read(format!("{dir}/questionnaire.toml"))
            .map(|b| b.len())
            .unwrap_or(0);
        for entry in std::fs::read_dir(format!("{dir}/locales"))
            .expect("locales")
            .flatten()
        {
            for f in std::fs::read_dir(entry.path())
                .expect("locale dir")
                .flatten()
            {
                bytes += std::fs::read(f.path()).map(|b| b.len()).unwrap_or(0);
            }
        }
        black_box(bytes);
    };
    let load = median_ns(9, 20, || {
        black_box(Questionnaire::load(dir).expect("loads"));
    });
    let read = median_ns(9, 20, read_files);
    println!("questionnaire_load: {:.2} ms", load / 1e6);
    println!("questionnaire_load_vs_read_files: {:.1} ratio", load / read);
}
