//! Small-cell and complementary suppression on a system of figures
//! (counts) tied by lines (`total = part + part + …`), checked by an
//! attacker's linear programs (see [`super::protect::audit`]).
//!
//! Two settings ([`Attacker`]):
//! - **exact figures** (no noise): a figure from 1 to k−1 is hidden, and
//!   complementary figures with it, shown as a neutral mark;
//! - **noisy figures** (every published count adjusted at random, see
//!   [`super::protect`]): a figure below k is shown as "fewer than k", and
//!   the attacker is allowed to assume no adjustment exceeds a bound.
//!
//! Noisy figures are first made to agree with the lines where the noise
//! broke them: no part reads above its total
//! ([`System::cap_parts_at_totals`]). Then rules, applied until nothing
//! changes:
//! 1. A small figure is hidden (primary suppression): 1..k−1 when exact,
//!    anything below k when noisy.
//! 2. When a line's total is hidden because it is small, every part of it
//!    is small too (a visible 0 beside a hidden total tells what the few
//!    people answered; a noisy part above its small total would contradict
//!    it).
//! 3. (Exact.) No line has exactly one hidden member: another member is
//!    hidden, the smallest visible part (or the total).
//! 4. (Exact.) When a line's total is visible, its hidden parts add up to 0
//!    or at least k.
//! 5. Every protected figure (hidden and small) has, over non-negative
//!    values satisfying every line and everything published, a smallest
//!    possible value of at most 0 and a largest of at least k (linear
//!    programming over the whole system, rounded inward). If not, a
//!    visible figure on a line reached from it is hidden too.
//!
//! Figures that are never printed but can be derived (a multiple-choice
//! option's "not chosen" count) are ordinary figures here, so they obey the
//! same rules.

use super::protect::audit::{self, Model};
use crate::error::Result;

/// One linear relation between figures.
#[derive(Debug, Clone)]
pub struct Line {
    /// The figure equal to the sum of the parts.
    pub total: usize,
    /// The parts.
    pub parts: Vec<usize>,
    /// Whether the total caps its parts where the noise broke the line
    /// (see [`System::cap_parts_at_totals`]). False when some report of
    /// the same data prints the parts without this total (a half of the
    /// survey exists only under one comparison date, its weeks under every
    /// one), so that a figure two reports share reads the same in both.
    pub caps: bool,
}

/// Figures and the lines that tie them.
#[derive(Debug, Clone, Default)]
pub struct System {
    /// Each figure's published count (true, or adjusted when noisy).
    pub values: Vec<u64>,
    /// The relations (they hold exactly on the true counts).
    pub lines: Vec<Line>,
    /// How many independent noisy draws each figure sums (its error can be
    /// that many times a single draw's); empty or absent entries mean one.
    pub terms: Vec<u32>,
}

/// What the attacker knows about the published figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Attacker {
    /// The figures are exact.
    Exact,
    /// Every figure was adjusted by at most `bound` (the attacker's
    /// assumption), and a small figure is published as "fewer than k".
    Noisy {
        /// The largest adjustment the attacker assumes.
        bound: f64,
    },
}

/// The outcome of suppression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// Which figures are not printed.
    pub hidden: Vec<bool>,
    /// Of those, which are printed as "fewer than k" (noisy figures only);
    /// the others are withheld to protect them.
    pub small: Vec<bool>,
}

impl System {
    /// Adds a figure; returns its index.
    pub fn add(&mut self, value: u64) -> usize {
        self.values.push(value);
        self.values.len() - 1
    }

    /// Adds a relation `total = Σ parts`, its total capping its parts.
    pub fn line(&mut self, total: usize, parts: Vec<usize>) {
        self.lines.push(Line {
            total,
            parts,
            caps: true,
        });
    }

    /// Adds a relation `total = Σ parts` whose parts some reports of the
    /// same data print without its total: suppression uses it, capping
    /// does not (see [`Line::caps`]).
    pub fn line_without_cap(&mut self, total: usize, parts: Vec<usize>) {
        self.lines.push(Line {
            total,
            parts,
            caps: false,
        });
    }

    /// Lowers every figure that reads above the total of a capping line it
    /// is a part of ([`Line::caps`]) to that total, until no such line has
    /// such a part. On the true counts no part exceeds its total, so this
    /// reads adjusted figures only (no true count, no privacy budget) and
    /// a share can no longer read above 100 %. It matters for suppression:
    /// a part drawn well above its total (an answer everyone gave, adjusted
    /// up while the total was adjusted down) would tell the attacker that
    /// the small figures beside it add up to almost nothing, and the total
    /// itself would be withheld to protect them (in 26 of 1,000 releases of
    /// a 64-person test survey). A capped part reads its total's adjusted
    /// value, and that total may be hidden: were the part capped in one
    /// report and not in another of the same data, the two would tell that
    /// value exactly. So a total caps only where every report that prints
    /// the part prints the total too.
    /// A capped part stays within the noise bound of the truth whenever its
    /// total sums no more draws than it does, as every line of the report's
    /// tables is built. Values only go down, so it ends.
    pub fn cap_parts_at_totals(&mut self) {
        loop {
            let mut changed = false;
            for line in self.lines.iter().filter(|l| l.caps) {
                let cap = self.values[line.total];
                for &p in &line.parts {
                    if self.values[p] > cap {
                        self.values[p] = cap;
                        changed = true;
                    }
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// How many noisy draws figure `f` sums (see [`System::terms`]).
    pub fn draws(&self, f: usize) -> u32 {
        self.terms.get(f).copied().unwrap_or(1)
    }

    /// Which figures to hide so that none below `k` can be seen or worked
    /// out by `attacker`.
    pub fn suppress(&self, k: u64, attacker: Attacker) -> Result<Suppression> {
        let exact = attacker == Attacker::Exact;
        let primary = |v: u64| if exact { (1..k).contains(&v) } else { v < k };
        let mut hidden: Vec<bool> = self.values.iter().map(|&v| primary(v)).collect();
        // Exact figures are never labelled "fewer than k": the label
        // itself would tell that someone is there.
        let mut small = if exact {
            vec![false; hidden.len()]
        } else {
            hidden.clone()
        };
        let mut proofs = audit::Proofs::default();
        let mut last_bound = None;
        loop {
            let mut changed = false;
            for line in &self.lines {
                changed |= self.small_total_hides_parts(line, k, &mut hidden, &mut small);
                if exact {
                    changed |= self.enforce_exact(line, k, &mut hidden);
                }
            }
            if changed {
                continue;
            }
            let mut model = Model {
                system: self,
                hidden: &hidden,
                small: &small,
                k,
                attacker,
                bound: 0.0,
            };
            model.bound = audit::consistent_bound(&model)?;
            // A tighter bound than last round proves less: start over.
            if last_bound.is_some_and(|b| model.bound < b) {
                proofs = audit::Proofs::default();
            }
            last_bound = Some(model.bound);
            let exposed = audit::exposed(&model, &mut proofs)?;
            if exposed.is_empty() {
                return Ok(Suppression { hidden, small });
            }
            // What the audit saw: a figure exposed there with no visible
            // figure tied to it cannot be protected by hiding more.
            let audited = hidden.clone();
            for figure in exposed {
                if self.complement(figure, &audited).is_none() {
                    return Err(crate::Error::Audit(format!(
                        "figure {figure} can be worked out but every figure tied to it is hidden"
                    )));
                }
                // Complements hidden for the figures before it in this
                // round may already have hidden every figure tied to it;
                // then the next audit says whether it is still exposed.
                if let Some(p) = self.complement(figure, &hidden) {
                    hidden[p] = true;
                }
            }
        }
    }

    /// Rule 2; whether anything changed. The parts of a total labelled
    /// "fewer than k" are labelled so too.
    fn small_total_hides_parts(
        &self,
        line: &Line,
        k: u64,
        hidden: &mut [bool],
        small: &mut [bool],
    ) -> bool {
        if !(hidden[line.total] && self.values[line.total] < k) {
            return false;
        }
        let label = small[line.total];
        let mut changed = false;
        for &p in &line.parts {
            changed |= !hidden[p] || (label && !small[p]);
            hidden[p] = true;
            small[p] |= label;
        }
        changed
    }

    /// Rules 3 and 4 on exact figures; whether anything was hidden.
    fn enforce_exact(&self, line: &Line, k: u64, hidden: &mut [bool]) -> bool {
        let v = &self.values;
        if hidden[line.total] && v[line.total] < k {
            return false;
        }
        let hidden_parts: Vec<usize> = line.parts.iter().copied().filter(|&p| hidden[p]).collect();
        let members_hidden = hidden_parts.len() + usize::from(hidden[line.total]);
        let hidden_sum: u64 = hidden_parts.iter().map(|&p| v[p]).sum();
        let visible = || line.parts.iter().copied().filter(|&p| !hidden[p]);
        if !hidden[line.total] && (1..k).contains(&hidden_sum) {
            let pick = visible().filter(|&p| v[p] >= 1).min_by_key(|&p| (v[p], p));
            hidden[pick.unwrap_or(line.total)] = true;
            return true;
        }
        if members_hidden == 1 {
            match visible().min_by_key(|&p| (v[p], p)) {
                Some(p) => hidden[p] = true,
                None if !hidden[line.total] => hidden[line.total] = true,
                None => return false,
            }
            return true;
        }
        false
    }

    /// The visible figure to hide so that `figure` stops being exposed: the
    /// smallest visible member of any line reached from it through hidden
    /// figures (nearest lines first), so that a figure whose own lines are
    /// all hidden is still protected through the lines beyond them.
    fn complement(&self, figure: usize, hidden: &[bool]) -> Option<usize> {
        let mut seen = vec![false; self.values.len()];
        let mut frontier = vec![figure];
        seen[figure] = true;
        while !frontier.is_empty() {
            let mut next = Vec::new();
            let mut candidates = Vec::new();
            for &f in &frontier {
                for line in self
                    .lines
                    .iter()
                    .filter(|l| l.total == f || l.parts.contains(&f))
                {
                    for m in line.parts.iter().copied().chain([line.total]) {
                        if !hidden[m] {
                            candidates.push(m);
                        } else if !seen[m] {
                            seen[m] = true;
                            next.push(m);
                        }
                    }
                }
            }
            if let Some(best) = candidates.into_iter().min_by_key(|&p| (self.values[p], p)) {
                return Some(best);
            }
            frontier = next;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 2×2 table with margins: cells a b / c d.
    fn table(a: u64, b: u64, c: u64, d: u64) -> (System, [usize; 9]) {
        let mut s = System::default();
        let cells = [s.add(a), s.add(b), s.add(c), s.add(d)];
        let r0 = s.add(a + b);
        let r1 = s.add(c + d);
        let c0 = s.add(a + c);
        let c1 = s.add(b + d);
        let n = s.add(a + b + c + d);
        s.line(r0, vec![cells[0], cells[1]]);
        s.line(r1, vec![cells[2], cells[3]]);
        s.line(c0, vec![cells[0], cells[2]]);
        s.line(c1, vec![cells[1], cells[3]]);
        s.line(n, vec![r0, r1]);
        s.line(n, vec![c0, c1]);
        (
            s,
            [cells[0], cells[1], cells[2], cells[3], r0, r1, c0, c1, n],
        )
    }

    #[test]
    fn a_lone_small_cell_takes_complements_in_its_row_and_column() {
        let (s, f) = table(1, 20, 30, 40);
        let hidden = s.suppress(5, Attacker::Exact).expect("suppress").hidden;
        assert!(hidden[f[0]], "the 1 is hidden");
        assert!(hidden[f[1]] && hidden[f[2]] && hidden[f[3]], "{hidden:?}");
    }

    #[test]
    fn nothing_is_hidden_when_every_figure_is_zero_or_large() {
        let (s, _) = table(0, 20, 30, 40);
        let out = s.suppress(5, Attacker::Exact).expect("suppress");
        assert!(out.hidden.iter().all(|h| !h));
    }

    #[test]
    fn a_small_total_hides_its_zeros() {
        let mut s = System::default();
        let parts = [s.add(0), s.add(2), s.add(0)];
        let total = s.add(2);
        s.line(total, parts.to_vec());
        let hidden = s.suppress(5, Attacker::Exact).expect("suppress").hidden;
        assert!(hidden.iter().all(|&h| h), "{hidden:?}");
    }

    /// What an attacker of exact figures sees of `s` after `out`.
    fn exact_model<'a>(s: &'a System, out: &'a Suppression, k: u64) -> Model<'a> {
        Model {
            system: s,
            hidden: &out.hidden,
            small: &out.small,
            k,
            attacker: Attacker::Exact,
            bound: 0.0,
        }
    }

    /// The system the old elimination left solvable: every line through f0
    /// was hidden, so no visible figure was found to hide.
    #[test]
    fn a_figure_whose_own_lines_are_all_hidden_is_protected_through_the_next_ones() {
        let mut s = System::default();
        let f: Vec<usize> = [2, 2, 2, 4, 4, 6].iter().map(|&v| s.add(v)).collect();
        s.line(f[3], vec![f[1], f[2]]);
        s.line(f[4], vec![f[0], f[2]]);
        s.line(f[5], vec![f[1], f[4]]);
        let out = s.suppress(3, Attacker::Exact).expect("suppress");
        let model = exact_model(&s, &out, 3);
        for (i, &figure) in f.iter().take(3).enumerate() {
            assert!(out.hidden[figure]);
            let (lo, hi) = audit::range(&model, figure).expect("lp");
            assert!(lo == 0 && hi >= 3, "f{i} lies in {lo}..{hi}");
        }
    }

    /// The demo's leak: a total of 0 pins its hidden parts at 0, and from
    /// there the others follow, unless bounds are taken into account.
    #[test]
    fn zeros_and_non_negativity_do_not_pin_a_hidden_cell() {
        // Rows: two languages; columns: Sometimes, Never, No answer.
        //            S   N  NA | all
        // language a 6   0  0  |  6
        // language b 1   4  0  |  5
        // all        7   4  0  | 11
        let mut s = System::default();
        let cells: Vec<usize> = [6, 0, 0, 1, 4, 0].iter().map(|&v| s.add(v)).collect();
        let rows = [s.add(6), s.add(5)];
        let columns = [s.add(7), s.add(4), s.add(0)];
        let all = s.add(11);
        s.line(rows[0], cells[0..3].to_vec());
        s.line(rows[1], cells[3..6].to_vec());
        for c in 0..3 {
            s.line(columns[c], vec![cells[c], cells[3 + c]]);
        }
        s.line(all, rows.to_vec());
        s.line(all, columns.to_vec());
        let out = s.suppress(5, Attacker::Exact).expect("suppress");
        let model = exact_model(&s, &out, 5);
        for (i, &c) in cells.iter().enumerate() {
            if out.hidden[c] && (1..5).contains(&s.values[c]) {
                let (lo, hi) = audit::range(&model, c).expect("lp");
                assert!(lo == 0 && hi >= 5, "cell {i} lies in {lo}..{hi}");
            }
        }
        assert!(out.hidden[cells[3]], "the 1 is hidden");
    }

    /// The disclosure property's seed a915f696… shrunk: the complements
    /// hidden for the first thirteen figures one audit exposed hid every
    /// figure tied to the fourteenth, which was then refused as a figure
    /// that could not be protected, although they had protected it.
    #[test]
    fn complements_hidden_earlier_in_a_round_do_not_make_a_figure_unprotectable() {
        use crate::report::tables::{Question, Record};
        let questions = vec![
            Question {
                id: "single".into(),
                multiple: false,
                codes: vec!["a".into(), "b".into(), "c".into()],
            },
            Question {
                id: "multi".into(),
                multiple: true,
                codes: vec!["x".into(), "y".into()],
            },
        ];
        let records: Vec<Record> = [
            (1, 0, 1, &[1][..], &[0][..]),
            (1, 2, 1, &[], &[0]),
            (0, 0, 0, &[], &[]),
            (0, 0, 0, &[], &[0]),
            (1, 2, 0, &[], &[1]),
            (2, 0, 1, &[], &[0, 1]),
            (1, 0, 0, &[0], &[0]),
            (1, 0, 0, &[], &[1]),
            (2, 2, 1, &[2], &[1]),
            (2, 2, 1, &[], &[1]),
            (3, 3, 3, &[], &[]),
            (2, 1, 4, &[], &[0, 1]),
        ]
        .into_iter()
        .map(|(language, period, group, single, multi)| Record {
            language,
            period,
            group,
            chosen: vec![single.to_vec(), multi.to_vec()],
        })
        .collect();
        let k = 5;
        let t = crate::report::pool_and_suppress(&records, (4, 4, 5), Some(2), questions, k)
            .expect("suppress")
            .tables;
        let out = Suppression {
            hidden: t.hidden.clone(),
            small: t.small.clone(),
        };
        let model = exact_model(&t.system, &out, k);
        for (f, &v) in t.system.values.iter().enumerate() {
            assert!(
                !(1..k).contains(&v) || out.hidden[f],
                "figure {f} ({v}) is shown"
            );
            if out.hidden[f] && (1..k).contains(&v) {
                let (lo, hi) = audit::range(&model, f).expect("lp");
                assert!(lo == 0 && hi >= k, "figure {f} lies in {lo}..{hi}");
            }
        }
    }

    #[test]
    fn noisy_small_figures_are_marked_fewer_than_k_and_their_parts_too() {
        let mut s = System::default();
        let parts = [s.add(3), s.add(6)];
        let total = s.add(4);
        s.line(total, parts.to_vec());
        let out = s
            .suppress(5, Attacker::Noisy { bound: 9.0 })
            .expect("suppress");
        assert_eq!(out.small, vec![true, true, true], "{out:?}");
        assert_eq!(out.hidden, vec![true, true, true]);
    }

    /// Everyone gave answer `a` (true counts: 30 in English and 5 in
    /// Arabic, nobody `b`). The noise put `a` 14 above the total, so, with
    /// a bound of 9, the `b` beside it could only be 0 to 4: exposed.
    /// Figures: total, a, b; then the same in English, then in Arabic.
    fn an_answer_everyone_gave_drawn_above_its_total() -> System {
        let mut s = System::default();
        for v in [32, 46, 1, 31, 33, 0, 6, 4, 0] {
            s.add(v);
        }
        for (total, a, b) in [(0, 1, 2), (3, 4, 5), (6, 7, 8)] {
            s.line(total, vec![a, b]);
        }
        for (all, en, ar) in [(0, 3, 6), (1, 4, 7), (2, 5, 8)] {
            s.line(all, vec![en, ar]);
        }
        s
    }

    #[test]
    fn a_part_drawn_above_its_total_is_capped_so_the_total_is_not_withheld() {
        let uncapped = an_answer_everyone_gave_drawn_above_its_total();
        let attacker = Attacker::Noisy { bound: 9.0 };
        let before = uncapped.suppress(5, attacker).expect("suppress");
        assert!(
            before.hidden[0],
            "uncapped, the total is withheld: {before:?}"
        );
        let mut capped = uncapped.clone();
        capped.cap_parts_at_totals();
        // a reads as the total; in English, as the English total (first
        // capped by the overall a, then by its own total).
        assert_eq!(capped.values, vec![32, 32, 1, 31, 31, 0, 6, 4, 0]);
        let after = capped.suppress(5, attacker).expect("suppress");
        assert!(
            !after.hidden[0] && !after.hidden[1] && !after.hidden[3],
            "the totals and the answer everyone gave are shown: {after:?}"
        );
        // Every small figure is still protected: it can be anything from
        // 0 to k for all the attacker knows.
        let mut model = Model {
            system: &capped,
            hidden: &after.hidden,
            small: &after.small,
            k: 5,
            attacker,
            bound: 0.0,
        };
        model.bound = audit::consistent_bound(&model).expect("bound");
        let protected: Vec<usize> = (0..9).filter(|&f| after.small[f]).collect();
        assert_eq!(protected, vec![2, 5, 7, 8], "b everywhere, and a in Arabic");
        for f in protected {
            let (lo, hi) = audit::range(&model, f).expect("lp");
            assert!(lo == 0 && hi >= 5, "figure {f} lies in {lo}..{hi}");
        }
    }

    #[test]
    fn capping_reaches_parts_of_parts_and_ends() {
        let mut s = System::default();
        let (total, mid, leaf) = (s.add(10), s.add(20), s.add(30));
        let other = s.add(4);
        s.line(total, vec![mid, other]);
        s.line(mid, vec![leaf]);
        s.cap_parts_at_totals();
        assert_eq!(s.values, vec![10, 10, 10, 4]);
    }
}
