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
    /// Respondents who did not choose a multiple-choice option (those not
    /// asked included): never printed, but derivable, so protected like
    /// the rest.
    NotChose {
        /// Question index.
        question: usize,
        /// Option index.
        option: usize,
    },
    /// Respondents who were shown a question that the questionnaire's
    /// relevance logic shows to some people only.
    Asked {
        /// Question index.
        question: usize,
    },
    /// Respondents who were never shown such a question: it did not apply
    /// to them. Kept apart from "no answer", which only those asked give.
    NotAsked {
        /// Question index.
        question: usize,
    },
    /// Respondents who were shown a single choice and gave no answer or
    /// declined (its "no answer" option then also counts those not asked).
    Unanswered {
        /// Question index.
        question: usize,
    },
    /// Respondents who were shown a multiple choice and did not choose an
    /// option: never printed, but derivable, so protected like the rest.
    AskedNotChose {
        /// Question index.
        question: usize,
        /// Option index.
        option: usize,
    },
}

/// The chosen-option marker of a respondent who was never asked a question
/// (`Record::chosen[q] == [NOT_ASKED]`): by the questionnaire's relevance
/// logic, it did not apply to them.
pub const NOT_ASKED: usize = usize::MAX;

/// Whether `chosen` marks a respondent who was not asked the question.
pub fn not_asked(chosen: &[usize]) -> bool {
    chosen == [NOT_ASKED]
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

    /// The option a single-choice respondent counts under: the one chosen,
    /// or "no answer" (the last) when none was, whether they declined,
    /// skipped or were not asked.
    pub fn single_option(&self, chosen: &[usize]) -> usize {
        chosen
            .first()
            .copied()
            .filter(|&c| c < self.codes.len())
            .unwrap_or(self.codes.len())
    }
}

/// Every subject one respondent with answers `chosen` counts for, besides
/// `Respondents`; `conditional[q]` says whether question `q` may be not
/// asked (see [`Tables::conditional`]).
fn subjects_of(
    questions: &[Question],
    conditional: &[bool],
    chosen: &[Vec<usize>],
) -> Vec<Subject> {
    let mut out = Vec::new();
    for (question, q) in questions.iter().enumerate() {
        let chosen = &chosen[question];
        let asking = conditional.get(question).copied().unwrap_or(false);
        let unasked = asking && not_asked(chosen);
        if asking {
            out.push(if unasked {
                Subject::NotAsked { question }
            } else {
                Subject::Asked { question }
            });
        }
        if q.multiple {
            for option in 0..q.codes.len() {
                if chosen.contains(&option) {
                    out.push(Subject::Chose { question, option });
                    continue;
                }
                out.push(Subject::NotChose { question, option });
                if asking && !unasked {
                    out.push(Subject::AskedNotChose { question, option });
                }
            }
        } else {
            let option = q.single_option(chosen);
            out.push(Subject::Chose { question, option });
            if asking && !unasked && option == q.codes.len() {
                out.push(Subject::Unanswered { question });
            }
        }
    }
    out
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
    /// Per question: whether the questionnaire shows it to some people
    /// only (it, or its page, has a relevance condition). Such a question
    /// gets "asked" and "not asked" figures, and its shares are of those
    /// asked. Fixed by the questionnaire, never by who answered.
    pub conditional: Vec<bool>,
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
    /// of the true counts, no part above its total, suppressed against an attacker who assumes no
    /// adjustment exceeds `bound`.
    /// `terms` gives, per figure, how many draws its value sums.
    pub fn publish(mut self, noisy: Vec<u64>, terms: Vec<u32>, bound: f64) -> Result<Tables> {
        debug_assert_eq!(noisy.len(), self.truth.len());
        self.system.values = noisy;
        self.system.terms = terms;
        self.system.cap_parts_at_totals();
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

    /// Counts `records` into figures and lines, nothing hidden yet, every
    /// question asked of everyone.
    pub fn count(dims: Dimensions, questions: Vec<Question>, records: &[Record], k: u64) -> Tables {
        let conditional = vec![false; questions.len()];
        Tables::count_conditional(dims, questions, conditional, records, k)
    }

    /// Counts `records` into figures and lines, nothing hidden yet; the
    /// questions marked in `conditional` (see [`Tables::conditional`])
    /// get "asked", "not asked" and "asked but no answer" figures.
    pub fn count_conditional(
        dims: Dimensions,
        questions: Vec<Question>,
        conditional: Vec<bool>,
        records: &[Record],
        k: u64,
    ) -> Tables {
        let slices = dims.slices();
        let subjects = all_subjects(&questions, &conditional);
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
            let counted = subjects_of(&questions, &conditional, &r.chosen);
            for &slice in &record_slices {
                for &subject in std::iter::once(&Subject::Respondents).chain(&counted) {
                    *counts.entry(Figure { subject, slice }).or_default() += 1;
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
                // A week is in every report, a half only in those with
                // this comparison date: the half must not change how the
                // week reads.
                system.line_without_cap(
                    halves[0],
                    (0..cut).map(|p| at(subject, Slice::Period(p))).collect(),
                );
                system.line_without_cap(
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
        for &slice in &slices {
            for (q, question) in questions.iter().enumerate() {
                if conditional.get(q).copied().unwrap_or(false) {
                    asking_lines(&mut system, &at, question, q, slice);
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
            conditional,
        }
    }

    /// Whether question `question` may be not asked (see
    /// [`Tables::conditional`]).
    pub fn is_conditional(&self, question: usize) -> bool {
        self.conditional.get(question).copied().unwrap_or(false)
    }

    /// What a question's shares are of: those asked, for a question some
    /// people are not asked; everyone otherwise.
    pub fn denominator(&self, question: usize) -> Subject {
        if self.is_conditional(question) {
            Subject::Asked { question }
        } else {
            Subject::Respondents
        }
    }

    /// How figure (`subject`, `slice`) reads: its value, "fewer than k",
    /// or withheld to protect another.
    pub fn cell(&self, subject: Subject, slice: Slice) -> Cell {
        match self.figure(subject, slice) {
            Some(i) if !self.hidden[i] => Cell::Shown(self.system.values[i]),
            Some(i) if !self.small[i] => Cell::Withheld,
            _ => Cell::Few,
        }
    }

    /// A figure's value, or `None` when it is hidden.
    pub fn shown(&self, subject: Subject, slice: Slice) -> Option<u64> {
        let i = *self.index.get(&Figure { subject, slice })?;
        (!self.hidden[i]).then(|| self.system.values[i])
    }
}

/// How one published figure reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Its (protected) value.
    Shown(u64),
    /// "fewer than k".
    Few,
    /// Withheld so that another hidden figure cannot be worked out.
    Withheld,
}

impl Cell {
    /// The value, when shown.
    pub fn value(self) -> Option<u64> {
        match self {
            Cell::Shown(v) => Some(v),
            Cell::Few | Cell::Withheld => None,
        }
    }
}

/// Every subject of the tables, in order: respondents, then per question
/// its options (and "not chosen" for a multiple choice), then for a
/// conditional question its "asked", "not asked" and "asked but not
/// answered" (or "asked but not chosen") figures.
fn all_subjects(questions: &[Question], conditional: &[bool]) -> Vec<Subject> {
    let mut subjects = vec![Subject::Respondents];
    for (question, q) in questions.iter().enumerate() {
        for option in 0..q.rows() {
            subjects.push(Subject::Chose { question, option });
            if q.multiple {
                subjects.push(Subject::NotChose { question, option });
            }
        }
        if !conditional.get(question).copied().unwrap_or(false) {
            continue;
        }
        subjects.extend([Subject::Asked { question }, Subject::NotAsked { question }]);
        if q.multiple {
            subjects.extend(
                (0..q.codes.len()).map(|option| Subject::AskedNotChose { question, option }),
            );
        } else {
            subjects.push(Subject::Unanswered { question });
        }
    }
    subjects
}

/// The lines a conditional question adds in one slice: respondents =
/// asked + not asked; for a single choice, asked = Σ options + no answer
/// and "no answer of any kind" = no answer + not asked; for a multiple
/// choice, per option, asked = chose + did not, and "did not choose" =
/// asked but did not + not asked.
fn asking_lines(
    system: &mut System,
    at: &impl Fn(Subject, Slice) -> usize,
    q: &Question,
    question: usize,
    slice: Slice,
) {
    let asked = at(Subject::Asked { question }, slice);
    let not_asked = at(Subject::NotAsked { question }, slice);
    system.line(at(Subject::Respondents, slice), vec![asked, not_asked]);
    if q.multiple {
        for option in 0..q.codes.len() {
            let declined = at(Subject::AskedNotChose { question, option }, slice);
            system.line(
                asked,
                vec![at(Subject::Chose { question, option }, slice), declined],
            );
            system.line(
                at(Subject::NotChose { question, option }, slice),
                vec![declined, not_asked],
            );
        }
        return;
    }
    let unanswered = at(Subject::Unanswered { question }, slice);
    let mut parts: Vec<usize> = (0..q.codes.len())
        .map(|option| at(Subject::Chose { question, option }, slice))
        .collect();
    parts.push(unanswered);
    system.line(asked, parts);
    let none = at(
        Subject::Chose {
            question,
            option: q.codes.len(),
        },
        slice,
    );
    system.line(none, vec![unanswered, not_asked]);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Question 0 (single a/b) and question 1 (multiple x/y), both shown
    /// to some people only: 3 answered a, 2 declined, 4 not asked; of
    /// question 1, 5 chose x, 4 not asked.
    fn records() -> Vec<Record> {
        let mut records = Vec::new();
        for i in 0..9 {
            let single = match i {
                0..3 => vec![0],
                3..5 => Vec::new(),
                _ => vec![NOT_ASKED],
            };
            let multiple = if i < 5 { vec![0] } else { vec![NOT_ASKED] };
            records.push(Record {
                language: 0,
                period: 0,
                group: 0,
                chosen: vec![single, multiple],
            });
        }
        records
    }

    fn questions() -> Vec<Question> {
        vec![
            Question {
                id: "s".into(),
                multiple: false,
                codes: vec!["a".into(), "b".into()],
            },
            Question {
                id: "m".into(),
                multiple: true,
                codes: vec!["x".into(), "y".into()],
            },
        ]
    }

    fn dims() -> Dimensions {
        Dimensions {
            languages: 1,
            periods: 1,
            groups: 1,
            cut: None,
        }
    }

    fn truth(t: &Tables, subject: Subject) -> u64 {
        t.truth[t.figure(subject, Slice::All).expect("figure")]
    }

    #[test]
    fn not_asked_is_counted_apart_from_no_answer_and_shares_are_of_those_asked() {
        let t = Tables::count_conditional(dims(), questions(), vec![true, true], &records(), 5);
        let s = 0;
        assert_eq!(truth(&t, Subject::NotAsked { question: s }), 4);
        assert_eq!(truth(&t, Subject::Asked { question: s }), 5);
        assert_eq!(
            truth(&t, Subject::Unanswered { question: s }),
            2,
            "declined only"
        );
        let none = Subject::Chose {
            question: s,
            option: 2,
        };
        assert_eq!(truth(&t, none), 6, "no answer of any kind");
        assert_eq!(t.denominator(s), Subject::Asked { question: s });
        let m = 1;
        assert_eq!(truth(&t, Subject::NotAsked { question: m }), 4);
        let y = |subject: fn(usize, usize) -> Subject| truth(&t, subject(m, 1));
        assert_eq!(y(|question, option| Subject::Chose { question, option }), 0);
        assert_eq!(
            y(|question, option| Subject::AskedNotChose { question, option }),
            5
        );
        assert_eq!(
            y(|question, option| Subject::NotChose { question, option }),
            9
        );
        // Every line holds on the true counts.
        for line in &t.system.lines {
            let parts: u64 = line.parts.iter().map(|&p| t.truth[p]).sum();
            assert_eq!(t.truth[line.total], parts, "{line:?}");
        }
    }

    #[test]
    fn a_question_asked_of_everyone_keeps_one_no_answer_row_and_no_asked_figures() {
        let t = Tables::count(dims(), questions(), &records(), 5);
        assert_eq!(t.denominator(0), Subject::Respondents);
        assert!(
            t.figure(Subject::NotAsked { question: 0 }, Slice::All)
                .is_none()
        );
        // Without relevance logic someone not asked counts as no answer.
        let none = Subject::Chose {
            question: 0,
            option: 2,
        };
        assert_eq!(truth(&t, none), 6);
        for line in &t.system.lines {
            let parts: u64 = line.parts.iter().map(|&p| t.truth[p]).sum();
            assert_eq!(t.truth[line.total], parts, "{line:?}");
        }
    }

    /// Six people in each of two weeks; with a comparison date the second
    /// week starts the "after" half.
    fn two_weeks(cut: Option<usize>) -> Tables {
        let records: Vec<Record> = (0..12)
            .map(|i| Record {
                language: 0,
                period: usize::from(i >= 6),
                group: 0,
                chosen: vec![vec![], vec![]],
            })
            .collect();
        let dims = Dimensions {
            periods: 2,
            cut,
            ..dims()
        };
        Tables::count(dims, questions(), &records, 5)
    }

    /// Publishes `t` with every figure at its true count but the
    /// respondents of the slices in `adjusted`, and returns how the
    /// respondents of each of `slices` read.
    fn respondents_published(t: Tables, adjusted: &[(Slice, u64)], slices: &[Slice]) -> Vec<u64> {
        let mut noisy = t.truth.clone();
        for &(slice, value) in adjusted {
            if let Some(i) = t.figure(Subject::Respondents, slice) {
                noisy[i] = value;
            }
        }
        let terms = vec![1; noisy.len()];
        let t = t.publish(noisy, terms, 9.0).expect("publish");
        slices
            .iter()
            .map(|&s| t.system.values[t.figure(Subject::Respondents, s).expect("figure")])
            .collect()
    }

    #[test]
    fn a_week_reads_the_same_with_or_without_a_comparison_date() {
        // Week 1 drawn at 9 and its half at 5 (both truly 6), week 2 at 15
        // and its half at 20 (above the 12 of the whole survey).
        let adjusted = [
            (Slice::Period(0), 9),
            (Slice::Half(0), 5),
            (Slice::Period(1), 15),
            (Slice::Half(1), 20),
        ];
        let weeks = [Slice::All, Slice::Period(0), Slice::Period(1)];
        let plain = respondents_published(two_weeks(None), &adjusted, &weeks);
        assert_eq!(plain, vec![12, 9, 12], "a week is capped by the survey");
        let halves = [Slice::Half(0), Slice::Half(1)];
        let compared = respondents_published(
            two_weeks(Some(1)),
            &adjusted,
            &[&weeks[..], &halves].concat(),
        );
        // The half that exists only in this report caps no week; the
        // survey, in every report, caps the half.
        assert_eq!(compared, vec![12, 9, 12, 5, 12]);
    }
}
