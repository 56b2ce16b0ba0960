//! An outsider's attack on published reports, written apart from the
//! report's own suppression code: it rebuilds the sums a reader can see
//! from the tables' labels, takes every count as an unknown non-negative
//! integer, and asks an integer linear program for the smallest and
//! largest value each can take given everything published, in one report
//! or several of the same data.
//!
//! Noisy figures: the outsider assumes no adjustment exceeds three noise
//! scales per draw, widened to the smallest bound that the published
//! figures do not contradict (as the report's own audit documents).

use heard_cli::report::SurveyTables;
use heard_cli::report::tables::{Figure, Slice, Subject};
use microlp::{ComparisonOp, OptimizationDirection, Problem};
use std::collections::BTreeMap;

/// The largest count any unknown can take (far above any test's data).
const CAP: i32 = 100_000;

/// What one published figure says.
#[derive(Debug, Clone, Copy)]
enum Said {
    /// This value, from this many draws.
    Value(u64, u32),
    /// "fewer than k", from this many draws.
    FewerThan(u64, u32),
    /// Not printed.
    Withheld,
}

/// Everything an outsider gathered.
#[derive(Default)]
pub struct Outsider {
    keys: BTreeMap<String, usize>,
    reports: usize,
    said: Vec<Vec<Said>>,
    sums: Vec<(usize, Vec<usize>)>,
}

/// A figure's name as a reader sees it: what it counts and the column
/// label (so that two reports' columns of the same name are one unknown).
/// A pooled "Other …" column may hold other members in another report, so
/// it is named apart, by `report`.
fn name(t: &SurveyTables, period_family: &str, f: Figure, report: usize) -> String {
    let pooled = |label: &str| {
        if label.starts_with("Other") {
            format!("{label}#{report}")
        } else {
            label.to_string()
        }
    };
    let column = match f.slice {
        Slice::All => "all".to_string(),
        Slice::Language(c) => format!("language:{}", pooled(&t.language_labels[c])),
        Slice::Period(c) => format!("{period_family}:{}", t.period_labels[c]),
        Slice::Group(c) => format!("group:{}", pooled(&t.group_labels[c])),
        Slice::Half(h) => format!("half{h}:{}", t.cut_label.clone().unwrap_or_default()),
    };
    format!("{:?}@{column}", f.subject)
}

impl Outsider {
    fn unknown(&mut self, key: String) -> usize {
        let next = self.keys.len();
        let at = *self.keys.entry(key).or_insert(next);
        if at == self.said.len() {
            self.said.push(Vec::new());
        }
        at
    }

    /// Reads one report's survey tables.
    pub fn read(&mut self, t: &SurveyTables, period_family: &str) {
        let tables = &t.tables;
        let report = self.reports;
        self.reports += 1;
        let mut unknown_of = BTreeMap::new();
        for (i, f) in tables.figures.iter().enumerate() {
            let u = self.unknown(name(t, period_family, *f, report));
            unknown_of.insert(*f, u);
            let draws = tables.system.draws(i);
            let said = match tables.shown(f.subject, f.slice) {
                Some(v) => Said::Value(v, draws),
                None if tables.is_small(f.subject, f.slice) => Said::FewerThan(tables.k, draws),
                None => Said::Withheld,
            };
            self.said[u].push(said);
        }
        let at =
            |subject: Subject, slice: Slice| unknown_of.get(&Figure { subject, slice }).copied();
        let dims = &tables.dims;
        let subjects: Vec<Subject> = {
            let mut s: Vec<Subject> = tables.figures.iter().map(|f| f.subject).collect();
            s.sort();
            s.dedup();
            s
        };
        // What the column headings promise: each breakdown adds up to "All".
        for &s in &subjects {
            let Some(all) = at(s, Slice::All) else {
                continue;
            };
            let columns: [Vec<Slice>; 3] = [
                (0..dims.languages).map(Slice::Language).collect(),
                (0..dims.periods).map(Slice::Period).collect(),
                (0..dims.groups).map(Slice::Group).collect(),
            ];
            for slices in columns {
                let parts: Vec<usize> = slices.iter().filter_map(|&c| at(s, c)).collect();
                self.sums.push((all, parts));
            }
            if let Some(cut) = dims.cut {
                let (Some(h0), Some(h1)) = (at(s, Slice::Half(0)), at(s, Slice::Half(1))) else {
                    continue;
                };
                self.sums.push((all, vec![h0, h1]));
                self.sums.push((
                    h0,
                    (0..cut).filter_map(|p| at(s, Slice::Period(p))).collect(),
                ));
                self.sums.push((
                    h1,
                    (cut..dims.periods)
                        .filter_map(|p| at(s, Slice::Period(p)))
                        .collect(),
                ));
            }
        }
        // What the answer tables promise: the rows add up to respondents.
        let mut slices: Vec<Slice> = tables.figures.iter().map(|f| f.slice).collect();
        slices.sort();
        slices.dedup();
        for &slice in &slices {
            let Some(respondents) = at(Subject::Respondents, slice) else {
                continue;
            };
            for (question, q) in tables.questions.iter().enumerate() {
                if q.multiple {
                    for option in 0..q.codes.len() {
                        let parts = [
                            at(Subject::Chose { question, option }, slice),
                            at(Subject::NotChose { question, option }, slice),
                        ];
                        self.sums
                            .push((respondents, parts.into_iter().flatten().collect()));
                    }
                } else {
                    let parts = (0..q.rows())
                        .filter_map(|option| at(Subject::Chose { question, option }, slice))
                        .collect();
                    self.sums.push((respondents, parts));
                }
            }
        }
    }

    /// The unknown of a figure of the `report`th report read, `t`.
    pub fn key(t: &SurveyTables, period_family: &str, f: Figure, report: usize) -> String {
        name(t, period_family, f, report)
    }

    fn bounds(&self, u: usize, k: u64, bound: f64) -> (f64, f64) {
        let mut lo: f64 = 0.0;
        let mut hi: f64 = f64::from(CAP);
        for said in &self.said[u] {
            match *said {
                Said::Value(v, d) => {
                    let spread = bound * f64::from(d);
                    lo = lo.max(v as f64 - spread);
                    hi = hi.min(v as f64 + spread);
                }
                Said::FewerThan(_, d) => hi = hi.min(k as f64 - 1.0 + bound * f64::from(d)),
                Said::Withheld => {}
            }
        }
        (lo.ceil(), hi.floor())
    }

    /// The smallest bound per draw, at least `assumed`, that the published
    /// figures do not contradict (continuous relaxation).
    pub fn consistent_bound(&self, k: u64, assumed: f64) -> f64 {
        let mut p = Problem::new(OptimizationDirection::Minimize);
        let t = p.add_var(1.0, (assumed, f64::INFINITY));
        let vars: Vec<_> = (0..self.said.len())
            .map(|_| p.add_var(0.0, (0.0, f64::from(CAP))))
            .collect();
        for (u, said) in self.said.iter().enumerate() {
            for s in said {
                match *s {
                    Said::Value(v, d) => {
                        p.add_constraint(
                            [(vars[u], 1.0), (t, -f64::from(d))],
                            ComparisonOp::Le,
                            v as f64,
                        );
                        p.add_constraint(
                            [(vars[u], 1.0), (t, f64::from(d))],
                            ComparisonOp::Ge,
                            v as f64,
                        );
                    }
                    Said::FewerThan(_, d) => {
                        p.add_constraint(
                            [(vars[u], 1.0), (t, -f64::from(d))],
                            ComparisonOp::Le,
                            k as f64 - 1.0,
                        );
                    }
                    Said::Withheld => {}
                }
            }
        }
        for (total, parts) in &self.sums {
            let mut terms = vec![(vars[*total], 1.0)];
            terms.extend(parts.iter().map(|&q| (vars[q], -1.0)));
            p.add_constraint(terms, ComparisonOp::Eq, 0.0);
        }
        let solution = p
            .solve()
            .expect("the outsider's bound program")
            .into_solution()
            .expect("solved");
        // Rounded up: the integer program below needs room.
        (solution[t] + 1e-6).ceil()
    }

    /// The smallest and largest integer value of `key` under `bound`.
    pub fn range(&self, key: &str, k: u64, bound: f64) -> Option<(i64, i64)> {
        let target = *self.keys.get(key)?;
        let solve = |direction| {
            let mut p = Problem::new(direction);
            let vars: Vec<_> = (0..self.said.len())
                .map(|u| {
                    let (lo, hi) = self.bounds(u, k, bound);
                    let lo = lo as i32;
                    let hi = (hi as i32).max(lo);
                    p.add_integer_var(if u == target { 1.0 } else { 0.0 }, (lo, hi))
                })
                .collect();
            for (total, parts) in &self.sums {
                let mut terms = vec![(vars[*total], 1.0)];
                terms.extend(parts.iter().map(|&q| (vars[q], -1.0)));
                p.add_constraint(terms, ComparisonOp::Eq, 0.0);
            }
            let solution = p.solve().ok()?.into_solution().ok()?;
            Some(solution[vars[target]].round() as i64)
        };
        Some((
            solve(OptimizationDirection::Minimize)?,
            solve(OptimizationDirection::Maximize)?,
        ))
    }
}
