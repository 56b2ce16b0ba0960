//! The published figures of one questionnaire: respondents and answer
//! counts, overall and in fixed slices (survey language, period, and the
//! two halves of a before/after comparison), tied by the lines that make
//! tables add up, and suppressed together so that no table, and no pair of
//! tables, gives away a count from 1 to k−1.

use super::suppress::{Attacker, System};
use crate::error::Result;
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
    /// Published values and the lines (which hold on the true counts).
    pub system: System,
    /// The true counts. Never rendered: kept for the disclosure tests.
    pub truth: Vec<u64>,
    /// Which figures are not printed.
    pub hidden: Vec<bool>,
    /// Of those, which are printed as "fewer than k".
    pub small: Vec<bool>,
    /// The threshold.
    pub k: u64,
}

impl Tables {
    /// Counts `records` and suppresses exactly with threshold `k` (no
    /// noise: what a report without protection against series would be).
    pub fn build(
        dims: Dimensions,
        questions: Vec<Question>,
        records: &[Record],
        k: u64,
    ) -> Result<Tables> {
        let mut t = Tables::count(dims, questions, records, k);
        let s = t.system.suppress(k, Attacker::Exact)?;
        t.hidden = s.hidden;
        t.small = s.small;
        Ok(t)
    }

    /// Publishes `noisy` values (one per figure, in figure order) instead
    /// of the true counts, suppressed against an attacker who assumes no
    /// adjustment exceeds `bound`.
    /// `terms` gives, per figure, how many draws its value sums.
    pub fn publish(mut self, noisy: Vec<u64>, terms: Vec<u32>, bound: f64) -> Result<Tables> {
        debug_assert_eq!(noisy.len(), self.truth.len());
        self.system.values = noisy;
        self.system.terms = terms;
        let s = self.system.suppress(self.k, Attacker::Noisy { bound })?;
        self.hidden = s.hidden;
        self.small = s.small;
        Ok(self)
    }

    /// Index of a figure.
    pub fn figure(&self, subject: Subject, slice: Slice) -> Option<usize> {
        self.index.get(&Figure { subject, slice }).copied()
    }

    /// Whether a figure is withheld to protect another (hidden, but not
    /// below k: it reads "withheld", never "fewer than k").
    pub fn withheld(&self, subject: Subject, slice: Slice) -> bool {
        self.figure(subject, slice)
            .is_some_and(|i| self.hidden[i] && !self.small[i])
    }

    /// Whether a figure is printed as "fewer than k".
    pub fn is_small(&self, subject: Subject, slice: Slice) -> bool {
        self.figure(subject, slice).is_some_and(|i| self.small[i])
    }

    /// Counts `records` into figures and lines, nothing hidden yet.
    pub fn count(dims: Dimensions, questions: Vec<Question>, records: &[Record], k: u64) -> Tables {
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
        let n = system.values.len();
        Tables {
            dims,
            questions,
            figures,
            index,
            truth: system.values.clone(),
            system,
            hidden: vec![false; n],
            small: vec![false; n],
            k,
        }
    }

    /// A figure's value, or `None` when it is hidden.
    pub fn shown(&self, subject: Subject, slice: Slice) -> Option<u64> {
        let i = *self.index.get(&Figure { subject, slice })?;
        (!self.hidden[i]).then(|| self.system.values[i])
    }
}
