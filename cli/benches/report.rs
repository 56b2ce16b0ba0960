//! `report_tables_100k`: the suppressed tables of a survey with 100,000
//! respondents (12 questions, 10 survey languages of which 3 below k,
//! 12 months, 6 enrollment groups, a before/after comparison) at k = 5 and
//! k = 20, against a plain count of the same answers in the same run.
//!
//! `report_protect_100k`: the full protection of the same survey at k = 5
//! (a fresh privacy ledger in a temporary folder, every family drawn,
//! pooling on the noisy counts, publication and the LP audit), against
//! `report_tables_100k` at k = 5 in the same run; `_reuse` protects the
//! same data again with the same ledger (every figure already drawn,
//! nothing spent), and `report_ledger_size_100k` is the saved ledger.

use heard_cli::report::Options;
use heard_cli::report::protect::{self, Drawer, ledger::Ledger};
use heard_cli::report::tables::{Question, Record};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use std::time::Instant;

const N: usize = 100_000;

fn questions() -> Vec<Question> {
    (0..12)
        .map(|q| Question {
            id: format!("q{q}"),
            multiple: q % 4 == 3,
            codes: (0..5).map(|o| format!("o{o}")).collect(),
        })
        .collect()
}

fn records(questions: &[Question]) -> Vec<Record> {
    let mut rng = StdRng::seed_from_u64(7);
    (0..N)
        .map(|i| {
            // Languages 7, 8 and 9 are rare (a handful of respondents each).
            let language = if i % 20_000 == 0 {
                7 + i / 40_000
            } else {
                rng.gen_range(0..7)
            };
            Record {
                language,
                period: rng.gen_range(0..12),
                group: rng.gen_range(0..6),
                chosen: questions
                    .iter()
                    .map(|q| {
                        if q.multiple {
                            (0..5).filter(|_| rng.gen_bool(0.3)).collect()
                        } else if rng.gen_bool(0.05) {
                            Vec::new()
                        } else {
                            vec![rng.gen_range(0..5)]
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

fn tables(questions: &[Question], records: &[Record], k: u64) -> (f64, usize) {
    let start = Instant::now();
    let t =
        heard_cli::report::pool_and_suppress(records, (10, 12, 6), Some(6), questions.to_vec(), k)
            .expect("suppress")
            .tables;
    let hidden = t.hidden.iter().filter(|&&h| h).count();
    (start.elapsed().as_secs_f64(), hidden)
}

/// One protection of the survey with `ledger` at k = 5: seconds, figures
/// hidden, what it cost.
fn protect(survey: &protect::Survey<'_>, ledger: &mut Ledger, trace: bool) -> (f64, usize, f64) {
    let options = Options::new("2026-12-31");
    let start = Instant::now();
    let mut drawer = Drawer::new(ledger, "bench", "data-100k");
    let figures = protect::survey(survey, &options, Some(6), &mut drawer).expect("protect");
    let seconds = start.elapsed().as_secs_f64();
    let hidden = figures.tables.hidden.iter().filter(|&&h| h).count();
    if trace {
        let t = &figures.tables;
        eprintln!(
            "protect: {} figures, {} lines, {} hidden, {} fewer than k; columns {} languages, {} periods, {} groups, cut {:?}",
            t.figures.len(),
            t.system.lines.len(),
            hidden,
            t.small.iter().filter(|&&s| s).count(),
            t.dims.languages,
            t.dims.periods,
            t.dims.groups,
            t.dims.cut,
        );
    }
    (seconds, hidden, drawer.cost)
}

fn plain_count(questions: &[Question], records: &[Record]) -> f64 {
    let start = Instant::now();
    let mut counts = vec![[0u64; 6]; questions.len()];
    for r in records {
        for (q, chosen) in r.chosen.iter().enumerate() {
            for &o in chosen {
                counts[q][o] += 1;
            }
            if chosen.is_empty() {
                counts[q][5] += 1;
            }
        }
    }
    std::hint::black_box(counts);
    start.elapsed().as_secs_f64()
}

fn main() {
    let questions = questions();
    let records = records(&questions);
    let base = (0..5)
        .map(|_| plain_count(&questions, &records))
        .fold(f64::MAX, f64::min);
    let mut tables_k5 = 0.0;
    for k in [5, 20] {
        let (seconds, hidden) = tables(&questions, &records, k);
        if k == 5 {
            tables_k5 = seconds;
        }
        println!("report_tables_100k_k{k}: {:.0} ms", seconds * 1e3);
        println!("report_tables_100k_k{k}_hidden: {hidden} figures");
        println!(
            "report_tables_100k_k{k}_vs_plain_count: {:.1} ratio",
            seconds / base
        );
    }

    let names = |prefix: &str, n: usize| -> Vec<String> {
        (0..n).map(|i| format!("{prefix}{i}")).collect()
    };
    let languages = names("l", 10);
    let periods: Vec<String> = (1..=12).map(|m| format!("2026-{m:02}")).collect();
    let groups = names("g", 6);
    let texts = BTreeMap::new();
    let survey = protect::Survey {
        questions: &questions,
        languages: &languages,
        periods: &periods,
        groups: &groups,
        records: &records,
        texts: &texts,
        undated: 0,
    };
    let trace = std::env::var_os("HEARD_BENCH_TRACE").is_some();
    let dir = tempfile::tempdir().expect("temporary folder");
    let start = Instant::now();
    let mut ledger = Ledger::open(dir.path()).expect("new ledger");
    let opened = start.elapsed().as_secs_f64();
    let (seconds, hidden, cost) = protect(&survey, &mut ledger, trace);
    let seconds = seconds + opened;
    assert!(cost > 0.0, "a fresh ledger draws");
    let saving = Instant::now();
    ledger.save().expect("save the ledger");
    let saved = saving.elapsed().as_secs_f64();
    let size = std::fs::metadata(ledger.path()).expect("ledger").len();
    let (reuse, reuse_hidden, reuse_cost) = protect(&survey, &mut ledger, trace);
    assert_eq!(reuse_cost, 0.0, "figures already drawn cost nothing");
    assert_eq!(reuse_hidden, hidden, "the same draws hide the same figures");
    if trace {
        eprintln!("protect: cost {cost:.3}, save {:.0} ms", saved * 1e3);
    }
    println!("report_protect_100k: {seconds:.3} s");
    println!(
        "report_protect_100k_ratio: {:.1} x report_tables_100k",
        seconds / tables_k5
    );
    println!("report_protect_100k_reuse: {reuse:.3} s");
    println!("report_protect_100k_hidden: {hidden} figures");
    println!("report_ledger_size_100k: {size} bytes");
}
