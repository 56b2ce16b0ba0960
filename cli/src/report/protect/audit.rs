//! The disclosure audit: what an attacker holding only the published
//! report can conclude about each hidden figure.
//!
//! Every figure is an unknown non-negative count; every line of the report
//! (`total = Σ parts`) holds exactly on the true counts; a published figure
//! is known exactly (exact tables) or to within the attacker's assumed
//! bound on the noise (noisy tables); a figure published as "fewer than k"
//! is at most k − 1 plus that bound. For each protected figure the audit
//! finds, by linear programming over the whole system (as sdcTable's
//! `attack()`, τ-ARGUS and GaussSuppression's interval computation do), the
//! smallest and largest value it can take, rounded inward to integers. The
//! rule: each such range reaches down to 0 and up to k, so the attacker can
//! neither tell that someone is there nor how few they are.
//!
//! Most figures are cleared by two batch programs (minimise the sum of all
//! protected figures; maximise it with each capped at k): any figure that
//! reaches 0, or k, in those solutions has that end of its range proved.
//! Only the rest get programs of their own.

use crate::error::{Error, Result};
use crate::report::suppress::{Attacker, System};
use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOutcome, Variable};

/// Values closer than this to an integer are taken as that integer (the
/// solver works in floating point; counts are integers).
const TOLERANCE: f64 = 1e-6;

/// A published system as the attacker sees it.
pub struct Model<'a> {
    /// Figures (their published values) and lines.
    pub system: &'a System,
    /// Which figures are not printed.
    pub hidden: &'a [bool],
    /// Which hidden figures are printed as "fewer than k".
    pub small: &'a [bool],
    /// The threshold.
    pub k: u64,
    /// What the attacker assumes.
    pub attacker: Attacker,
    /// The noise bound per draw the attacker works with (see
    /// [`consistent_bound`]; unused for exact figures).
    pub bound: f64,
}

impl Model<'_> {
    /// Whether figure `f` must be protected: hidden and small (exact: its
    /// value is 1..k−1; noisy: published as "fewer than k").
    fn protected(&self, f: usize) -> bool {
        match self.attacker {
            Attacker::Exact => self.hidden[f] && (1..self.k).contains(&self.system.values[f]),
            Attacker::Noisy { .. } => self.hidden[f] && self.small[f],
        }
    }

    /// How far figure `f`'s published value may be from the truth: the
    /// bound per draw times the draws summed into it.
    fn spread(&self, f: usize) -> f64 {
        self.bound * f64::from(self.system.draws(f))
    }

    /// The attacker's bounds on figure `f`.
    fn bounds(&self, f: usize) -> (f64, f64) {
        let v = self.system.values[f] as f64;
        match self.attacker {
            Attacker::Exact if self.hidden[f] => (0.0, f64::INFINITY),
            Attacker::Exact => (v, v),
            Attacker::Noisy { .. } if self.hidden[f] && self.small[f] => {
                (0.0, (self.k as f64 - 1.0 + self.spread(f)).max(0.0))
            }
            Attacker::Noisy { .. } if self.hidden[f] => (0.0, f64::INFINITY),
            Attacker::Noisy { .. } => ((v - self.spread(f)).max(0.0), v + self.spread(f)),
        }
    }
}

/// The problem: one variable per figure within its bounds (some capped),
/// every line as an equality, and `objective` coefficients.
fn problem(
    model: &Model<'_>,
    direction: OptimizationDirection,
    objective: &dyn Fn(usize) -> f64,
    cap: &dyn Fn(usize) -> Option<f64>,
) -> (Problem, Vec<Variable>) {
    let mut p = Problem::new(direction);
    p.set_time_limit(std::time::Duration::from_secs(60));
    let vars: Vec<Variable> = (0..model.system.values.len())
        .map(|f| {
            let (lo, hi) = model.bounds(f);
            let hi = cap(f).map_or(hi, |c| hi.min(c));
            p.add_var(objective(f), (lo, hi.max(lo)))
        })
        .collect();
    add_lines(&mut p, model.system, &vars);
    (p, vars)
}

/// Every line of `system` as an equality over `vars` (one per figure).
fn add_lines(p: &mut Problem, system: &System, vars: &[Variable]) {
    for line in &system.lines {
        let mut terms: Vec<(Variable, f64)> = vec![(vars[line.total], 1.0)];
        terms.extend(line.parts.iter().map(|&q| (vars[q], -1.0)));
        p.add_constraint(terms, ComparisonOp::Eq, 0.0);
    }
}

/// The smallest noise bound per draw, at least the attacker's assumed
/// one, with which the published figures are consistent: an attacker
/// whose assumption is contradicted by the report widens it just enough.
pub fn consistent_bound(model: &Model<'_>) -> Result<f64> {
    let Attacker::Noisy { bound } = model.attacker else {
        return Ok(0.0);
    };
    let system = model.system;
    let mut p = Problem::new(OptimizationDirection::Minimize);
    p.set_time_limit(std::time::Duration::from_secs(60));
    let t = p.add_var(1.0, (bound, f64::INFINITY));
    let vars: Vec<Variable> = (0..system.values.len())
        .map(|_| p.add_var(0.0, (0.0, f64::INFINITY)))
        .collect();
    for (f, &x) in vars.iter().enumerate() {
        let terms = f64::from(system.draws(f));
        let v = system.values[f] as f64;
        if !model.hidden[f] {
            p.add_constraint([(x, 1.0), (t, -terms)], ComparisonOp::Le, v);
            p.add_constraint([(x, 1.0), (t, terms)], ComparisonOp::Ge, v);
        } else if model.small[f] {
            p.add_constraint(
                [(x, 1.0), (t, -terms)],
                ComparisonOp::Le,
                model.k as f64 - 1.0,
            );
        }
    }
    add_lines(&mut p, system, &vars);
    match p.solve() {
        Ok(SolveOutcome::Solution(s)) => Ok(s[t].max(bound) + TOLERANCE),
        Ok(SolveOutcome::Interrupted(_)) => Err(Error::Audit("the solver ran out of time".into())),
        Err(e) => Err(Error::Audit(e.to_string())),
    }
}

/// Solves; `None` when the attacker's assumptions are contradicted by the
/// published figures (no value fits them: nothing can be concluded), or
/// `Some(None)` when the objective is unbounded.
fn solve(p: &Problem, vars: &[Variable]) -> Result<Option<Option<Vec<f64>>>> {
    match p.solve() {
        Ok(SolveOutcome::Solution(s)) => Ok(Some(Some(vars.iter().map(|&v| s[v]).collect()))),
        Ok(SolveOutcome::Interrupted(_)) => Err(Error::Audit("the solver ran out of time".into())),
        Err(microlp::Error::Infeasible) => Ok(None),
        Err(microlp::Error::Unbounded) => Ok(Some(None)),
        Err(e) => Err(Error::Audit(e.to_string())),
    }
}

/// The smallest and largest integer value figure `f` can take (the largest
/// is `u64::MAX` when unbounded). When the published figures contradict
/// the attacker's assumptions, the full range.
pub fn range(model: &Model<'_>, f: usize) -> Result<(u64, u64)> {
    let (p, vars) = problem(
        model,
        OptimizationDirection::Minimize,
        &|g| if g == f { 1.0 } else { 0.0 },
        &|_| None,
    );
    let low = match solve(&p, &vars)? {
        None => return Ok((0, u64::MAX)),
        Some(Some(x)) => (x[f] - TOLERANCE).ceil().max(0.0) as u64,
        Some(None) => 0,
    };
    let (p, vars) = problem(
        model,
        OptimizationDirection::Maximize,
        &|g| if g == f { 1.0 } else { 0.0 },
        &|_| None,
    );
    let high = match solve(&p, &vars)? {
        Some(Some(x)) => (x[f] + TOLERANCE).floor().max(0.0) as u64,
        _ => u64::MAX,
    };
    Ok((low, high))
}

/// What is already proved about protected figures: hiding more only
/// widens what the attacker must allow, so a proved end stays proved.
#[derive(Debug, Default, Clone)]
pub struct Proofs {
    low: Vec<bool>,
    high: Vec<bool>,
}

/// The protected figures whose range does not reach from 0 to k. `proofs`
/// carries what earlier rounds proved.
pub fn exposed(model: &Model<'_>, proofs: &mut Proofs) -> Result<Vec<usize>> {
    let n = model.system.values.len();
    proofs.low.resize(n, false);
    proofs.high.resize(n, false);
    let k = model.k as f64;
    let pending = |proofs: &Proofs| -> Vec<usize> {
        (0..n)
            .filter(|&f| model.protected(f) && !(proofs.low[f] && proofs.high[f]))
            .collect()
    };
    if pending(proofs).is_empty() {
        return Ok(Vec::new());
    }
    // Batches: one solution reaching 0 for as many pending figures as
    // possible, one reaching k; again for those still pending, while each
    // round proves something.
    for _ in 0..8 {
        let want_low: Vec<bool> = (0..n)
            .map(|f| model.protected(f) && !proofs.low[f])
            .collect();
        let want_high: Vec<bool> = (0..n)
            .map(|f| model.protected(f) && !proofs.high[f])
            .collect();
        let mut proved = 0;
        if want_low.iter().any(|&w| w) {
            let (p, vars) = problem(
                model,
                OptimizationDirection::Minimize,
                &|g| if want_low[g] { 1.0 } else { 0.0 },
                &|_| None,
            );
            let Some(Some(low)) = solve(&p, &vars)? else {
                return Err(Error::Audit(
                    "the published figures admit no solution".into(),
                ));
            };
            for f in (0..n).filter(|&f| want_low[f] && low[f] <= TOLERANCE) {
                proofs.low[f] = true;
                proved += 1;
            }
        }
        if want_high.iter().any(|&w| w) {
            let (p, vars) = problem(
                model,
                OptimizationDirection::Maximize,
                &|g| if want_high[g] { 1.0 } else { 0.0 },
                &|g| want_high[g].then_some(k),
            );
            if let Some(Some(high)) = solve(&p, &vars)? {
                for f in (0..n).filter(|&f| want_high[f] && high[f] >= k - TOLERANCE) {
                    proofs.high[f] = true;
                    proved += 1;
                }
            }
        }
        if proved == 0 {
            break;
        }
    }
    let mut out = Vec::new();
    for f in pending(proofs) {
        let (lo, hi) = range(model, f)?;
        proofs.low[f] = lo == 0;
        proofs.high[f] = hi >= model.k;
        if lo > 0 || hi < model.k {
            out.push(f);
        }
    }
    Ok(out)
}
