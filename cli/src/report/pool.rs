//! Fixed breakdowns that never isolate a small group: a survey language or
//! an enrollment group with fewer than k respondents is pooled into "other
//! languages" / "other groups" (with the smallest named ones when the pool
//! is still below k), and a period
//! with fewer than k respondents is merged with its neighbours. Periods
//! are merged on each side of a comparison date separately, so that the
//! before/after halves are exact sums of the periods shown.

use super::tables::{Dimensions, Record};

/// Which pooled column each original category falls in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pooling {
    /// Original category → column.
    pub map: Vec<usize>,
    /// Column → original categories, in order.
    pub columns: Vec<Vec<usize>>,
    /// Whether the last column pools small categories.
    pub pooled_other: bool,
}

impl Pooling {
    /// The pooling of `categories` originals into `columns`.
    fn from_columns(columns: Vec<Vec<usize>>, categories: usize, pooled_other: bool) -> Pooling {
        let mut map = vec![0; categories];
        for (c, members) in columns.iter().enumerate() {
            for &m in members {
                map[m] = c;
            }
        }
        Pooling {
            map,
            columns,
            pooled_other,
        }
    }
}

/// The records with their pooled columns instead of their raw categories,
/// and the dimensions of the tables over those columns (the comparison
/// starting at pooled period `cut`).
pub fn apply(
    raw: &[Record],
    (languages, periods, groups): (&Pooling, &Pooling, &Pooling),
    cut: Option<usize>,
) -> (Vec<Record>, Dimensions) {
    let records = raw
        .iter()
        .map(|r| Record {
            language: languages.map[r.language],
            period: periods.map[r.period],
            group: groups.map[r.group],
            chosen: r.chosen.clone(),
        })
        .collect();
    let dims = Dimensions {
        languages: languages.columns.len(),
        periods: periods.columns.len(),
        groups: groups.columns.len(),
        cut,
    };
    (records, dims)
}

/// What the counts pooled on are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// True counts: a category with none has nobody in it.
    Exact,
    /// Adjusted counts: 0 may still hide a person.
    Noisy,
}

/// Pools categories (survey languages, enrollment groups) with fewer than
/// `k` respondents (`counts` per category) into one last column. On exact
/// counts a pool of empty categories keeps their names; on noisy ones any
/// pool is "other" and grows to `k`, since an adjusted 0 may be one person.
pub fn categories(counts: &[u64], k: u64, kind: Counts) -> Pooling {
    let mut small: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] < k).collect();
    let mut big: Vec<usize> = (0..counts.len()).filter(|&i| counts[i] >= k).collect();
    let pool_count = |pool: &[usize]| pool.iter().map(|&i| counts[i]).sum::<u64>();
    let occupied = |pool: &[usize]| match kind {
        Counts::Exact => pool_count(pool) > 0,
        Counts::Noisy => !pool.is_empty(),
    };
    if occupied(&small) {
        while pool_count(&small) < k {
            let Some(smallest) = big.iter().copied().min_by_key(|&i| (counts[i], i)) else {
                break;
            };
            big.retain(|&i| i != smallest);
            small.push(smallest);
        }
    }
    let mut columns: Vec<Vec<usize>> = big.iter().map(|&i| vec![i]).collect();
    let pooled_other = occupied(&small);
    if !small.is_empty() {
        small.sort_unstable();
        columns.push(small);
    }
    Pooling::from_columns(columns, counts.len(), pooled_other)
}

/// Merges consecutive periods until each holds at least `k` respondents;
/// a short tail joins the last group. With a `cut` (the first period after
/// a comparison date), each side is merged on its own; returns the cut as
/// a column index, or `None` when either side is below `k` (then no
/// comparison can be shown and the periods are merged as one run).
pub fn periods(counts: &[u64], cut: Option<usize>, k: u64) -> (Pooling, Option<usize>) {
    let side = |range: std::ops::Range<usize>| -> Vec<Vec<usize>> {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut current = Vec::new();
        let mut sum = 0;
        for i in range {
            current.push(i);
            sum += counts[i];
            if sum >= k {
                groups.push(std::mem::take(&mut current));
                sum = 0;
            }
        }
        if !current.is_empty() {
            match groups.last_mut() {
                Some(last) => last.extend(current),
                None => groups.push(current),
            }
        }
        groups
    };
    let total = |r: std::ops::Range<usize>| counts[r].iter().sum::<u64>();
    let (columns, cut) = match cut {
        Some(c) if c > 0 && c < counts.len() && total(0..c) >= k && total(c..counts.len()) >= k => {
            let mut columns = side(0..c);
            let first_after = columns.len();
            columns.extend(side(c..counts.len()));
            (columns, Some(first_after))
        }
        _ => (side(0..counts.len()), None),
    };
    (Pooling::from_columns(columns, counts.len(), false), cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_speaker_is_pooled_with_the_smallest_language_until_k() {
        let p = categories(&[30, 1, 7, 12], 5, Counts::Exact);
        assert_eq!(p.columns, vec![vec![0], vec![3], vec![1, 2]]);
        assert!(p.pooled_other);
        assert_eq!(p.map, vec![0, 2, 2, 1]);
        let all_big = categories(&[30, 0, 7], 5, Counts::Exact);
        assert!(!all_big.pooled_other);
    }

    #[test]
    fn an_adjusted_zero_is_pooled_unnamed_like_any_small_category() {
        // Adjusted to 0, the middle category may still hold one person: it
        // is never a named column, and its pool grows to k.
        let p = categories(&[30, 0, 7], 5, Counts::Noisy);
        assert!(p.pooled_other);
        assert_eq!(p.columns, vec![vec![0], vec![1, 2]]);
    }

    #[test]
    fn small_periods_merge_within_each_side_of_the_cut() {
        let (p, cut) = periods(&[2, 4, 9, 1, 6, 2], Some(3), 5);
        assert_eq!(p.columns, vec![vec![0, 1], vec![2], vec![3, 4, 5]]);
        assert_eq!(cut, Some(2));
        let (p, cut) = periods(&[2, 4, 9, 1, 2], Some(3), 5);
        assert_eq!(cut, None, "after the cut only 3 respondents");
        assert_eq!(p.columns, vec![vec![0, 1], vec![2, 3, 4]]);
    }
}
