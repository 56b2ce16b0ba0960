//! Small-cell suppression with complementary suppression, on a system of
//! figures (counts) tied by lines (`total = part + part + …`).
//!
//! Rules, applied until nothing changes:
//! 1. A figure from 1 to k−1 is hidden (primary suppression).
//! 2. When a line's total is hidden because it is below k, every part of it
//!    is hidden too, zeros included (a visible zero beside a hidden total
//!    tells what the few people answered).
//! 3. No line has exactly one hidden member: it could be worked out from
//!    the others. Another member is hidden, the smallest visible part (or
//!    the total when no part is visible).
//! 4. When a line's total is visible, its hidden parts add up to 0 or at
//!    least k, so that "total minus what is shown" never gives a number
//!    from 1 to k−1.
//! 5. Finally no hidden figure below k may be determined by any
//!    combination of lines (checked by Gaussian elimination over the hidden
//!    figures); if one is, a visible member of one of its lines is hidden.
//!
//! Figures that are never printed but can be derived (a multiple-choice
//! option's "not chosen" count) are ordinary figures here, so they obey the
//! same rules.

/// One linear relation between figures.
#[derive(Debug, Clone)]
pub struct Line {
    /// The figure equal to the sum of the parts.
    pub total: usize,
    /// The parts.
    pub parts: Vec<usize>,
}

/// Figures and the lines that tie them.
#[derive(Debug, Clone, Default)]
pub struct System {
    /// Each figure's count.
    pub values: Vec<u64>,
    /// The relations.
    pub lines: Vec<Line>,
}

impl System {
    /// Adds a figure; returns its index.
    pub fn add(&mut self, value: u64) -> usize {
        self.values.push(value);
        self.values.len() - 1
    }

    /// Adds a relation `total = Σ parts`.
    pub fn line(&mut self, total: usize, parts: Vec<usize>) {
        debug_assert_eq!(
            self.values[total],
            parts.iter().map(|&p| self.values[p]).sum::<u64>(),
            "a line must add up"
        );
        self.lines.push(Line { total, parts });
    }

    /// Which figures to hide so that none below `k` can be seen or worked out.
    pub fn suppress(&self, k: u64) -> Vec<bool> {
        let small = |v: u64| (1..k).contains(&v);
        let mut hidden: Vec<bool> = self.values.iter().map(|&v| small(v)).collect();
        loop {
            let mut changed = false;
            for line in &self.lines {
                changed |= self.enforce(line, k, &mut hidden);
            }
            if !changed {
                changed = self.break_determined(k, &mut hidden);
            }
            if !changed {
                return hidden;
            }
        }
    }

    /// Applies rules 2–4 to one line; whether anything was hidden.
    fn enforce(&self, line: &Line, k: u64, hidden: &mut [bool]) -> bool {
        let v = &self.values;
        let mut changed = false;
        if hidden[line.total] && v[line.total] < k {
            for &p in &line.parts {
                if !hidden[p] {
                    hidden[p] = true;
                    changed = true;
                }
            }
            return changed;
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
            let pick = visible().min_by_key(|&p| (v[p], p));
            match pick {
                Some(p) => hidden[p] = true,
                // Only the total was hidden and every part is visible, or
                // the one hidden part has no visible sibling: hide the total.
                None if !hidden[line.total] => hidden[line.total] = true,
                None => return false,
            }
            return true;
        }
        changed
    }

    /// Rule 5: for each hidden figure below k that the lines determine,
    /// hides the smallest visible member of one of its lines (all found by
    /// one elimination); whether anything was hidden.
    fn break_determined(&self, k: u64, hidden: &mut [bool]) -> bool {
        let mut changed = false;
        for figure in self.determined(hidden) {
            if !(1..k).contains(&self.values[figure]) {
                continue;
            }
            let candidate = self
                .lines
                .iter()
                .filter(|line| line.total == figure || line.parts.contains(&figure))
                .find_map(|line| {
                    line.parts
                        .iter()
                        .copied()
                        .chain([line.total])
                        .filter(|&p| !hidden[p])
                        .min_by_key(|&p| (self.values[p], p))
                });
            if let Some(p) = candidate {
                hidden[p] = true;
                changed = true;
            }
        }
        changed
    }

    /// The hidden figures whose value follows exactly from the visible ones
    /// and the lines: those whose unit vector lies in the row space of the
    /// lines restricted to hidden figures.
    pub fn determined(&self, hidden: &[bool]) -> Vec<usize> {
        let unknowns: Vec<usize> = (0..self.values.len()).filter(|&i| hidden[i]).collect();
        if unknowns.is_empty() {
            return Vec::new();
        }
        let column: std::collections::HashMap<usize, usize> =
            unknowns.iter().enumerate().map(|(c, &f)| (f, c)).collect();
        let mut rows: Vec<Vec<f64>> = Vec::new();
        for line in &self.lines {
            let mut row = vec![0.0; unknowns.len()];
            let mut any = false;
            if let Some(&c) = column.get(&line.total) {
                row[c] += 1.0;
                any = true;
            }
            for p in &line.parts {
                if let Some(&c) = column.get(p) {
                    row[c] -= 1.0;
                    any = true;
                }
            }
            if any {
                rows.push(row);
            }
        }
        let pivots = rref(&mut rows, unknowns.len());
        let pivot_columns: Vec<usize> = pivots.iter().map(|&(_, c)| c).collect();
        pivots
            .iter()
            .filter(|&&(r, _)| {
                (0..unknowns.len())
                    .filter(|c| !pivot_columns.contains(c))
                    .all(|c| rows[r][c].abs() < 1e-9)
            })
            .map(|&(_, c)| unknowns[c])
            .collect()
    }
}

/// Reduces `rows` to reduced row echelon form; returns (row, column) of each pivot.
fn rref(rows: &mut [Vec<f64>], columns: usize) -> Vec<(usize, usize)> {
    let mut pivots = Vec::new();
    let mut r = 0;
    for c in 0..columns {
        if r == rows.len() {
            break;
        }
        let Some(best) =
            (r..rows.len()).max_by(|&a, &b| rows[a][c].abs().total_cmp(&rows[b][c].abs()))
        else {
            break;
        };
        if rows[best][c].abs() < 1e-9 {
            continue;
        }
        rows.swap(r, best);
        let scale = rows[r][c];
        for x in rows[r].iter_mut() {
            *x /= scale;
        }
        let pivot_row = rows[r].clone();
        for (i, row) in rows.iter_mut().enumerate() {
            if i != r && row[c].abs() > 1e-12 {
                let factor = row[c];
                for (x, p) in row.iter_mut().zip(&pivot_row) {
                    *x -= factor * p;
                }
            }
        }
        pivots.push((r, c));
        r += 1;
    }
    pivots
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
        let hidden = s.suppress(5);
        assert!(hidden[f[0]], "the 1 is hidden");
        assert!(hidden[f[1]] && hidden[f[2]] && hidden[f[3]], "{hidden:?}");
        // Nothing hidden can be worked out.
        assert!(s.determined(&hidden).iter().all(|&i| s.values[i] >= 5));
    }

    #[test]
    fn nothing_is_hidden_when_every_figure_is_zero_or_large() {
        let (s, _) = table(0, 20, 30, 40);
        assert!(s.suppress(5).iter().all(|h| !h));
    }

    #[test]
    fn a_small_total_hides_its_zeros() {
        let mut s = System::default();
        let parts = [s.add(0), s.add(2), s.add(0)];
        let total = s.add(2);
        s.line(total, parts.to_vec());
        let hidden = s.suppress(5);
        assert!(hidden.iter().all(|&h| h), "{hidden:?}");
    }
}
