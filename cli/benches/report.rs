//! `report_tables_100k`: the suppressed tables of a survey with 100,000
//! respondents (12 questions, 10 survey languages of which 3 below k,
//! 12 months, 6 enrollment groups, a before/after comparison) at k = 5 and
//! k = 20, against a plain count of the same answers in the same run.

use heard_cli::report::tables::{Question, Record};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
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
            .tables;
    let hidden = t.hidden.iter().filter(|&&h| h).count();
    (start.elapsed().as_secs_f64(), hidden)
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
    for k in [5, 20] {
        let (seconds, hidden) = tables(&questions, &records, k);
        println!("report_tables_100k_k{k}: {:.0} ms", seconds * 1e3);
        println!("report_tables_100k_k{k}_hidden: {hidden} figures");
        println!(
            "report_tables_100k_k{k}_vs_plain_count: {:.1} ratio",
            seconds / base
        );
    }
}
