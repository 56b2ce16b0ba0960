//! The published figures of one questionnaire: respondents and answer
//! counts, overall and in fixed slices (survey language, period, and the
//! two halves of a before/after comparison), tied by the lines that make
//! tables add up, and suppressed together so that no table, and no pair of
//! tables, gives away a count from 1 to k−1.

use super::suppress::System;
use std::collections::HashMap;

/// Which respondents a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Slice {
    /// Everyone.
    All,
    /// Those who answered in language `i`.
    Language(usize),
    /// Those who answered in period `i`.
    Period(usize),
    /// Those whose device is in enrollment group `i` (a team, a district).
    Group(usize),
    /// Before (0) or from (1) the comparison date.
    Half(usize),
}

/// What a figure counts among its slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// Respondents.
    Respondents,
    /// Respondents who chose option `option` of question `question` (for a
    /// single choice, the last option is "no answer").
    Chose {
        /// Question index.
        question: usize,
        /// Option index.
        option: usize,
    },
    /// Respondents who did not choose a multiple-choice option: never
    /// printed, but derivable, so protected like the rest.
    NotChose {
        /// Question index.
        question: usize,
        /// Option index.
        option: usize,
    },
}

/// A figure's definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Figure {
    /// What it counts.
    pub subject: Subject,
    /// Among whom.
    pub slice: Slice,
}

/// A question the tables count.
#[derive(Debug, Clone)]
pub struct Question {
    /// Item id.
    pub id: String,
    /// Several options may be chosen.
    pub multiple: bool,
    /// Option codes (a single choice gets an extra "no answer" row).
    pub codes: Vec<String>,
}

impl Question {
    /// Rows of its table: the options, plus "no answer" for a single choice.
    pub fn rows(&self) -> usize {
        self.codes.len() + usize::from(!self.multiple)
    }
}

/// One respondent, reduced to what the tables count.
#[derive(Debug, Clone)]
pub struct Record {
    /// Index of the survey language.
    pub language: usize,
    /// Index of the period.
    pub period: usize,
    /// Index of the enrollment group.
    pub group: usize,
    /// Per question: the chosen option indices (empty: no answer).
    pub chosen: Vec<Vec<usize>>,
}

/// The dimensions of the tables.
#[derive(Debug, Clone)]
pub struct Dimensions {
    /// How many languages.
    pub languages: usize,
    /// How many periods.
    pub periods: usize,
    /// How many enrollment groups.
    pub groups: usize,
    /// The first period of the "after" half, when comparing.
    pub cut: Option<usize>,
}

impl Dimensions {
    /// Every slice, in display order.
    pub fn slices(&self) -> Vec<Slice> {
        let mut s = vec![Slice::All];
        s.extend((0..self.languages).map(Slice::Language));
        s.extend((0..self.periods).map(Slice::Period));
        s.extend((0..self.groups).map(Slice::Group));
        if self.cut.is_some() {
            s.extend([Slice::Half(0), Slice::Half(1)]);
        }
        s
    }

    /// Whether every respondent of `inner` is in `outer`.
    pub fn contains(&self, outer: Slice, inner: Slice) -> bool {
        match (outer, inner) {
            (Slice::All, _) => true,
            (a, b) if a == b => true,
            (Slice::Half(h), Slice::Period(p)) => {
                self.cut.is_some_and(|cut| (p >= cut) == (h == 1))
            }
            _ => false,
        }
    }
}

/// Figures with their values and what is hidden.
pub struct Tables {
    /// The dimensions.
    pub dims: Dimensions,
    /// The questions.
    pub questions: Vec<Question>,
    /// Every figure, by index.
    pub figures: Vec<Figure>,
    index: HashMap<Figure, usize>,
    /// Values and lines.
    pub system: System,
    /// Which figures are hidden.
    pub hidden: Vec<bool>,
    /// The threshold.
    pub k: u64,
}

impl Tables {
    /// Counts `records` and suppresses with threshold `k`.
    pub fn build(dims: Dimensions, questions: Vec<Question>, records: &[Record], k: u64) -> Tables {
        let slices = dims.slices();
        let mut subjects = vec![Subject::Respondents];
        for (q, question) in questions.iter().enumerate() {
            for option in 0..question.rows() {
                subjects.push(Subject::Chose {
                    question: q,
                    option,
                });
                if question.multiple {
                    subjects.push(Subject::NotChose {
                        question: q,
                        option,
                    });
                }
            }
        }
        let mut counts: HashMap<Figure, u64> = HashMap::new();
        for r in records {
            let mut record_slices = vec![
                Slice::All,
                Slice::Language(r.language),
                Slice::Period(r.period),
                Slice::Group(r.group),
            ];
            if let Some(cut) = dims.cut {
                record_slices.push(Slice::Half(usize::from(r.period >= cut)));
            }
            for &slice in &record_slices {
                *counts
                    .entry(Figure {
                        subject: Subject::Respondents,
                        slice,
                    })
                    .or_default() += 1;
                for (q, question) in questions.iter().enumerate() {
                    let chosen = &r.chosen[q];
                    if question.multiple {
                        for option in 0..question.codes.len() {
                            let subject = if chosen.contains(&option) {
                                Subject::Chose {
                                    question: q,
                                    option,
                                }
                            } else {
                                Subject::NotChose {
                                    question: q,
                                    option,
                                }
                            };
                            *counts.entry(Figure { subject, slice }).or_default() += 1;
                        }
                    } else {
                        let option = chosen.first().copied().unwrap_or(question.codes.len());
                        *counts
                            .entry(Figure {
                                subject: Subject::Chose {
                                    question: q,
                                    option,
                                },
                                slice,
                            })
                            .or_default() += 1;
                    }
                }
            }
        }
        let mut system = System::default();
        let mut figures = Vec::new();
        let mut index = HashMap::new();
        for &subject in &subjects {
            for &slice in &slices {
                let f = Figure { subject, slice };
                index.insert(f, system.add(counts.get(&f).copied().unwrap_or(0)));
                figures.push(f);
            }
        }
        let at = |subject, slice| index[&Figure { subject, slice }];
        // Each subject: overall = Σ languages = Σ periods = Σ groups = before + after.
        for &subject in &subjects {
            let all = at(subject, Slice::All);
            system.line(
                all,
                (0..dims.languages)
                    .map(|l| at(subject, Slice::Language(l)))
                    .collect(),
            );
            system.line(
                all,
                (0..dims.periods)
                    .map(|p| at(subject, Slice::Period(p)))
                    .collect(),
            );
            system.line(
                all,
                (0..dims.groups)
                    .map(|g| at(subject, Slice::Group(g)))
                    .collect(),
            );
            if let Some(cut) = dims.cut {
                let halves = [at(subject, Slice::Half(0)), at(subject, Slice::Half(1))];
                system.line(all, halves.to_vec());
                system.line(
                    halves[0],
                    (0..cut).map(|p| at(subject, Slice::Period(p))).collect(),
                );
                system.line(
                    halves[1],
                    (cut..dims.periods)
                        .map(|p| at(subject, Slice::Period(p)))
                        .collect(),
                );
            }
        }
        // Each slice: respondents = Σ options (single), = chose + not (multiple).
        for &slice in &slices {
            let respondents = at(Subject::Respondents, slice);
            for (q, question) in questions.iter().enumerate() {
                if question.multiple {
                    for option in 0..question.codes.len() {
                        system.line(
                            respondents,
                            vec![
                                at(
                                    Subject::Chose {
                                        question: q,
                                        option,
                                    },
                                    slice,
                                ),
                                at(
                                    Subject::NotChose {
                                        question: q,
                                        option,
                                    },
                                    slice,
                                ),
                            ],
                        );
                    }
                } else {
                    system.line(
                        respondents,
                        (0..question.rows())
                            .map(|option| {
                                at(
                                    Subject::Chose {
                                        question: q,
                                        option,
                                    },
                                    slice,
                                )
                            })
                            .collect(),
                    );
                }
            }
        }
        let hidden = system.suppress(k);
        Tables {
            dims,
            questions,
            figures,
            index,
            system,
            hidden,
            k,
        }
    }

    /// A figure's value, or `None` when it is hidden.
    pub fn shown(&self, subject: Subject, slice: Slice) -> Option<u64> {
        let i = *self.index.get(&Figure { subject, slice })?;
        (!self.hidden[i]).then(|| self.system.values[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Respondents matching a figure's definition, counted from the records
    /// directly (not from the tables' own counts).
    fn count(records: &[Record], dims: &Dimensions, q: &[Question], f: Figure) -> u64 {
        records
            .iter()
            .filter(|r| match f.slice {
                Slice::All => true,
                Slice::Language(l) => r.language == l,
                Slice::Period(p) => r.period == p,
                Slice::Group(g) => r.group == g,
                Slice::Half(h) => dims.cut.is_some_and(|cut| (r.period >= cut) == (h == 1)),
            })
            .filter(|r| match f.subject {
                Subject::Respondents => true,
                Subject::Chose { question, option } => {
                    if q[question].multiple {
                        r.chosen[question].contains(&option)
                    } else {
                        r.chosen[question]
                            .first()
                            .copied()
                            .unwrap_or(q[question].codes.len())
                            == option
                    }
                }
                Subject::NotChose { question, option } => !r.chosen[question].contains(&option),
            })
            .count() as u64
    }

    fn subject_contains(outer: Subject, inner: Subject) -> bool {
        outer == inner || outer == Subject::Respondents
    }

    fn records_strategy() -> impl Strategy<Value = (Vec<Record>, usize)> {
        // 3 common languages and one (index 3) spoken by exactly one person,
        // who is also the only one in enrollment group ("district") 3; one
        // more person alone in group 4; 4 periods; one single-choice
        // question with 3 options and one multiple choice with 2.
        (
            proptest::collection::vec(
                (
                    (0..3usize, 0..3usize),
                    0..4usize,
                    proptest::option::of(0..3usize),
                    0..4usize,
                ),
                8..60,
            ),
            0..4usize,
            proptest::option::of(0..3usize),
            0..4usize,
            0..3usize,
        )
            .prop_map(
                |(rows, unique_period, unique_single, unique_multi, lone_language)| {
                    let to_multi = |m: usize| (0..2).filter(|o| m & (1 << o) != 0).collect();
                    let mut records: Vec<Record> = rows
                        .into_iter()
                        .map(|((language, group), period, single, multi)| Record {
                            language,
                            period,
                            group,
                            chosen: vec![single.into_iter().collect(), to_multi(multi)],
                        })
                        .collect();
                    records.push(Record {
                        language: 3,
                        period: unique_period,
                        group: 3,
                        chosen: vec![unique_single.into_iter().collect(), to_multi(unique_multi)],
                    });
                    records.push(Record {
                        language: lone_language,
                        period: (unique_period + 1) % 4,
                        group: 4,
                        chosen: vec![
                            unique_single.into_iter().collect(),
                            to_multi(3 - unique_multi),
                        ],
                    });
                    (records, unique_period)
                },
            )
    }

    proptest! {
        // 200 cases per run; PROPTEST_CASES asks for more.
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(200)
        ))]

        /// Every standard table over overlapping windows: no "total minus
        /// what is visible" and no difference of two nested visible figures
        /// gives a count from 1 to k−1; the one speaker of the unique
        /// language is never visible; and no hidden small figure can be
        /// solved from all the lines together.
        #[test]
        fn suppression_holds_under_differencing(
            (records, _) in records_strategy(),
            cut in proptest::option::of(1..4usize),
            k in 2..6u64,
        ) {
            let questions = vec![
                Question { id: "single".into(), multiple: false, codes: vec!["a".into(), "b".into(), "c".into()] },
                Question { id: "multi".into(), multiple: true, codes: vec!["x".into(), "y".into()] },
            ];
            let raw = records;
            let pooled = super::super::pool_and_suppress(&raw, (4, 4, 5), cut, questions.clone(), k);
            let column_size = |column: &[usize], of: fn(&Record) -> usize| {
                raw.iter().filter(|r| column.contains(&of(r))).count() as u64
            };
            for lone in [3, 4] {
                let column = &pooled.groups.columns[pooled.groups.map[lone]];
                prop_assert!(
                    column_size(column, |r| r.group) >= k || raw.len() < k as usize,
                    "a lone group member's column is too small: {column:?}"
                );
            }
            let unique = &pooled.languages.columns[pooled.languages.map[3]];
            prop_assert!(
                column_size(unique, |r| r.language) >= k || raw.len() < k as usize,
                "the unique speaker's column is too small: {unique:?}"
            );
            let records = pooled.records;
            let t = pooled.tables;
            let dims = t.dims.clone();
            let small = |v: u64| (1..k).contains(&v);
            let visible: Vec<(Figure, u64)> = t
                .figures
                .iter()
                .enumerate()
                .filter(|(i, _)| !t.hidden[*i])
                .map(|(i, f)| {
                    let independent = count(&records, &dims, &questions, *f);
                    assert_eq!(independent, t.system.values[i], "{f:?} counted wrongly");
                    (*f, independent)
                })
                .collect();
            for (f, v) in &visible {
                prop_assert!(!small(*v), "{f:?} = {v} is visible");
            }
            for (a, va) in &visible {
                for (b, vb) in &visible {
                    if a != b && dims.contains(a.slice, b.slice) && subject_contains(a.subject, b.subject) {
                        prop_assert!(!small(va - vb), "{a:?} − {b:?} = {}", va - vb);
                    }
                }
            }
            for line in &t.system.lines {
                if t.hidden[line.total] {
                    continue;
                }
                let shown: u64 = line.parts.iter().filter(|&&p| !t.hidden[p]).map(|&p| t.system.values[p]).sum();
                let rest = t.system.values[line.total] - shown;
                prop_assert!(!small(rest), "total minus visible = {rest}");
            }
            for f in t.system.determined(&t.hidden) {
                prop_assert!(!small(t.system.values[f]), "{:?} can be solved", t.figures[f]);
            }
        }
    }
}
