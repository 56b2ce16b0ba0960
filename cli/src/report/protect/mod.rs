//! How every published count is protected, alone and across reports.
//!
//! Suppression alone cannot protect a series of reports: two reports one
//! respondent apart differ exactly by that person's answers. So every
//! count of people a report prints is first **adjusted at random**
//! (differential privacy: exact discrete Gaussian noise, see [`noise`]),
//! drawn once per data set and stored in the pull folder's privacy ledger
//! ([`ledger`]), which also adds up what each release costs and refuses a
//! release past the budget. Everything after the draw uses only the noisy
//! figures, so it cannot leak more than they do: pooling small languages,
//! groups and periods, showing figures below k as "fewer than k", and the
//! suppression checked by an attacker's linear programs ([`audit`]).
//!
//! A *family* is one breakdown drawn as a whole (overall, by language, by
//! month, by week, by group, undated submissions, attendance). One person adds
//! at most one to each of its figures per counted subject, so a family
//! costs `touches / (2σ²)` in zCDP, paid once per data set.

pub mod audit;
pub mod ledger;
pub mod noise;

use super::data::{Period, Sessions};
use super::pool;
use super::suppress::{Attacker, System};
use super::tables::Question;
use super::tables::{Record, Slice, Subject, Tables, not_asked};
use super::{AttendanceTable, Options, SessionTables};
use crate::error::Result;
use ledger::Ledger;
use std::collections::BTreeMap;

/// Draws and reads one questionnaire's noisy figures for one data set.
pub struct Drawer<'a> {
    ledger: &'a mut Ledger,
    /// The data set's entry in `ledger.draws`.
    at: usize,
    /// What the families drawn by this drawer cost.
    pub cost: f64,
    /// The families drawn by this drawer.
    pub drawn: Vec<String>,
}

impl<'a> Drawer<'a> {
    /// A drawer for `questionnaire`'s data set `data`.
    pub fn new(ledger: &'a mut Ledger, questionnaire: &str, data: &str) -> Drawer<'a> {
        let at = ledger.draws_index(questionnaire, data);
        Drawer {
            ledger,
            at,
            cost: 0.0,
            drawn: Vec::new(),
        }
    }

    /// Makes sure family `name` is drawn: `counts` gives each figure's key
    /// and true count; one person touches at most `touches` of them.
    pub fn family(
        &mut self,
        name: &str,
        touches: u64,
        counts: impl FnOnce() -> Vec<(String, u64)>,
    ) -> Result<()> {
        let noise = self.ledger.noise();
        let draws = &mut self.ledger.draws[self.at];
        if draws.families.contains(name) {
            return Ok(());
        }
        let counts = counts();
        let adjustments = noise.draw(counts.len())?;
        for ((key, count), adjustment) in counts.into_iter().zip(adjustments) {
            let value = i64::try_from(count)
                .unwrap_or(i64::MAX)
                .saturating_add(adjustment);
            draws.insert(name, &key, value);
        }
        draws.families.insert(name.to_string());
        self.cost += noise.cost(touches);
        self.drawn.push(name.to_string());
        Ok(())
    }

    /// The noisy value of figure `key` of family `name` (never below 0).
    pub fn get(&self, name: &str, key: &str) -> u64 {
        self.ledger.draws[self.at].value(name, key)
    }

    /// Whether figure `key` of family `name` was drawn.
    pub fn has(&self, name: &str, key: &str) -> bool {
        self.ledger.draws[self.at].has(name, key)
    }
}

/// What the protection counts of one survey: its questions, the
/// categories of each breakdown (fixed in advance, see
/// [`super::data::read`]) and one reduced record per respondent.
pub struct Survey<'a> {
    /// The questions counted.
    pub questions: &'a [Question],
    /// Survey languages.
    pub languages: &'a [String],
    /// Period keys.
    pub periods: &'a [String],
    /// Enrollment groups.
    pub groups: &'a [String],
    /// One per respondent, indexing the categories above.
    pub records: &'a [Record],
    /// Written answers by text item.
    pub texts: &'a BTreeMap<String, Vec<String>>,
    /// Submissions left out for want of a readable date.
    pub undated: u64,
}

impl super::data::Survey {
    /// What the protection counts.
    pub fn counted(&self) -> Survey<'_> {
        Survey {
            questions: &self.questions,
            languages: &self.languages,
            periods: &self.periods,
            groups: &self.groups,
            records: &self.records,
            texts: &self.texts,
            undated: self.undated,
        }
    }
}

/// The key of a subject in the ledger, stable across questionnaire
/// versions (it names item ids and choice codes, not positions).
fn subject_key(survey: &Survey<'_>, subject: Subject) -> String {
    match subject {
        Subject::Respondents => "n".into(),
        Subject::Chose { question, option } | Subject::NotChose { question, option } => {
            let q = &survey.questions[question];
            match q.codes.get(option) {
                Some(code) if q.multiple => format!("{}+{code}", q.id),
                Some(code) => format!("{}={code}", q.id),
                None => format!("{}#none", q.id),
            }
        }
        Subject::Unanswered { question } => format!("{}#unanswered", survey.questions[question].id),
        Subject::NotAsked { question } => format!("{}#not-asked", survey.questions[question].id),
        // Derived, never drawn (see `noisy_value`).
        Subject::Asked { question } => format!("{}#asked", survey.questions[question].id),
        Subject::AskedNotChose { question, option } => {
            let q = &survey.questions[question];
            let code = q.codes.get(option).map_or("", String::as_str);
            format!("{}+{code}#asked", q.id)
        }
    }
}

/// Whether question `question` may be not asked (see
/// [`Tables::conditional`]); questions past the end of `conditional` are
/// asked of everyone.
fn is_conditional(conditional: &[bool], question: usize) -> bool {
    conditional.get(question).copied().unwrap_or(false)
}

/// The subjects drawn: respondents and every answer, where one person
/// counts under exactly one answer of a single choice ("no answer" of a
/// conditional one split into "asked, no answer" and "not asked"), and
/// under any options of a multiple choice, or under "not asked". Never
/// `NotChose`, `Asked` or `AskedNotChose`: derived from the others.
fn drawn_subjects(survey: &Survey<'_>, conditional: &[bool]) -> Vec<Subject> {
    let mut subjects = vec![Subject::Respondents];
    for (question, q) in survey.questions.iter().enumerate() {
        subjects.extend((0..q.codes.len()).map(|option| Subject::Chose { question, option }));
        match (q.multiple, is_conditional(conditional, question)) {
            (false, false) => subjects.push(Subject::Chose {
                question,
                option: q.codes.len(),
            }),
            (false, true) => subjects.extend(asking_subjects(question)),
            (true, true) => subjects.push(Subject::NotAsked { question }),
            (true, false) => {}
        }
    }
    subjects
}

/// The drawn subjects of a conditional single choice that a ledger from
/// before "not asked" was counted apart lacks (see [`supplement`]).
fn asking_subjects(question: usize) -> [Subject; 2] {
    [
        Subject::Unanswered { question },
        Subject::NotAsked { question },
    ]
}

/// How many drawn figures of one breakdown one respondent adds to: one
/// for each single choice (its answers are exclusive, "not asked"
/// included), one per option of a multiple choice (someone not asked
/// chose none of them).
fn touches(survey: &Survey<'_>) -> u64 {
    1 + survey
        .questions
        .iter()
        .map(|q| if q.multiple { q.codes.len() as u64 } else { 1 })
        .sum::<u64>()
}

/// Whether a raw record counts for `subject`.
fn counts_for(
    survey: &Survey<'_>,
    conditional: &[bool],
    record: &Record,
    subject: Subject,
) -> bool {
    let asked = |question: usize| {
        !(is_conditional(conditional, question) && not_asked(&record.chosen[question]))
    };
    match subject {
        Subject::Respondents => true,
        Subject::Chose { question, option } => {
            let q = &survey.questions[question];
            let chosen = &record.chosen[question];
            if q.multiple {
                chosen.contains(&option)
            } else {
                q.single_option(chosen) == option
            }
        }
        Subject::NotChose { question, option } => !record.chosen[question].contains(&option),
        Subject::Asked { question } => asked(question),
        Subject::NotAsked { question } => !asked(question),
        Subject::Unanswered { question } => {
            let q = &survey.questions[question];
            asked(question) && q.single_option(&record.chosen[question]) == q.codes.len()
        }
        Subject::AskedNotChose { question, option } => {
            asked(question) && !record.chosen[question].contains(&option)
        }
    }
}

/// True counts of `subjects` in each category of a breakdown.
fn family_counts(
    survey: &Survey<'_>,
    conditional: &[bool],
    subjects: &[Subject],
    categories: &[String],
    category_of: impl Fn(&Record) -> usize,
) -> Vec<(String, u64)> {
    let mut counts = vec![vec![0u64; categories.len()]; subjects.len()];
    for r in survey.records {
        let c = category_of(r);
        for (s, &subject) in subjects.iter().enumerate() {
            if counts_for(survey, conditional, r, subject) {
                counts[s][c] += 1;
            }
        }
    }
    let mut out = Vec::new();
    for (s, &subject) in subjects.iter().enumerate() {
        let key = subject_key(survey, subject);
        for (c, category) in categories.iter().enumerate() {
            out.push((format!("{category}|{key}"), counts[s][c]));
        }
    }
    out
}

/// The family that holds what a ledger written before "not asked" was
/// counted apart lacks for breakdown `family`.
fn supplement_name(family: &str) -> String {
    format!("{family}+asked")
}

/// For a breakdown drawn before "not asked" was counted apart (its
/// conditional single choices have only "no answer", which counted those
/// not asked too; its conditional multiple choices no "not asked"), draws
/// their "not asked" (and a single choice's "asked, no answer") once, as a
/// family of its own. A breakdown drawn since holds them already and costs
/// nothing here.
fn supplement(
    drawer: &mut Drawer<'_>,
    survey: &Survey<'_>,
    conditional: &[bool],
    (family, categories): (&str, &[String]),
    category_of: impl Fn(&Record) -> usize,
) -> Result<()> {
    let drawn = |subject: Subject| {
        categories
            .first()
            .is_none_or(|c| drawer.has(family, &format!("{c}|{}", subject_key(survey, subject))))
    };
    // Per conditional question lacking them: its drawn "not asked" (and,
    // for a single choice, "asked, no answer").
    let lacking: Vec<Vec<Subject>> = survey
        .questions
        .iter()
        .enumerate()
        .filter(|&(question, _)| is_conditional(conditional, question))
        .filter(|&(question, _)| !drawn(Subject::NotAsked { question }))
        .map(|(question, q)| {
            if q.multiple {
                vec![Subject::NotAsked { question }]
            } else {
                asking_subjects(question).to_vec()
            }
        })
        .collect();
    if lacking.is_empty() {
        return Ok(());
    }
    // One person adds to at most one of them per question.
    let touches = lacking.len() as u64;
    let lacking: Vec<Subject> = lacking.into_iter().flatten().collect();
    drawer.family(&supplement_name(family), touches, || {
        family_counts(survey, conditional, &lacking, categories, category_of)
    })
}

/// A survey's protected tables, drawing what the ledger does not hold yet.
pub struct SurveyFigures {
    /// The tables.
    pub tables: Tables,
    /// Pooled languages, periods and groups.
    pub pooled: (pool::Pooling, pool::Pooling, pool::Pooling),
    /// The text items whose written answers are listed.
    pub texts_shown: std::collections::BTreeSet<String>,
    /// Submissions without a readable date (noisy), when at least k.
    pub undated: Option<u64>,
}

/// The threshold below which a breakdown's category is pooled: k plus two
/// noise scales, so that a category with one person in it almost never
/// gets a column of its own by the luck of the draw.
pub fn pool_threshold(k: u64, sigma: f64) -> u64 {
    k + (2.0 * sigma).ceil() as u64
}

/// Protects one survey: draws its breakdowns, pools on the noisy counts,
/// and suppresses. Every question is taken as asked of everyone.
pub fn survey(
    survey: &Survey<'_>,
    options: &Options,
    cut: Option<usize>,
    drawer: &mut Drawer<'_>,
) -> Result<SurveyFigures> {
    survey_conditional(survey, &[], options, cut, drawer)
}

/// The ledger family of the trend breakdown.
fn period_family(options: &Options) -> &'static str {
    match options.period {
        Period::Week => "week",
        Period::Month => "month",
    }
}

/// One breakdown to draw: its family, its categories, and the category of
/// a record.
type Breakdown<'a> = (&'a str, &'a [String], fn(&Record) -> usize);

/// Makes sure every breakdown of `survey` is drawn (see [`survey_conditional`]).
fn draw_breakdowns(
    survey: &Survey<'_>,
    conditional: &[bool],
    options: &Options,
    drawer: &mut Drawer<'_>,
) -> Result<()> {
    let t = touches(survey);
    let subjects = drawn_subjects(survey, conditional);
    let all = [String::new()];
    let breakdowns: [Breakdown<'_>; 4] = [
        ("all", &all, |_| 0),
        ("language", survey.languages, |r| r.language),
        (period_family(options), survey.periods, |r| r.period),
        ("group", survey.groups, |r| r.group),
    ];
    for (family, categories, category_of) in breakdowns {
        drawer.family(family, t, || {
            family_counts(survey, conditional, &subjects, categories, category_of)
        })?;
        supplement(
            drawer,
            survey,
            conditional,
            (family, categories),
            category_of,
        )?;
    }
    drawer.family("undated", 1, || vec![("|n".into(), survey.undated)])
}

/// How a figure's noisy value is made from drawn figures: each drawn
/// subject with its sign. Drawn subjects stand for themselves; "not
/// chosen" is respondents minus chosen; "asked" is respondents minus not
/// asked; a conditional single choice's "no answer of any kind" is "asked,
/// no answer" plus "not asked".
fn recipe(t: &Tables, subject: Subject) -> Vec<(Subject, i64)> {
    let respondents = (Subject::Respondents, 1);
    match subject {
        Subject::NotChose { question, option } => {
            vec![respondents, (Subject::Chose { question, option }, -1)]
        }
        Subject::Asked { question } => vec![respondents, (Subject::NotAsked { question }, -1)],
        Subject::AskedNotChose { question, option } => vec![
            respondents,
            (Subject::NotAsked { question }, -1),
            (Subject::Chose { question, option }, -1),
        ],
        Subject::Chose { question, option }
            if t.is_conditional(question)
                && !t.questions[question].multiple
                && option == t.questions[question].codes.len() =>
        {
            asking_subjects(question).map(|s| (s, 1)).to_vec()
        }
        drawn => vec![(drawn, 1)],
    }
}

/// Protects one survey whose questions marked in `conditional` are shown
/// to some people only (see [`Tables::conditional`]; a record's
/// `[NOT_ASKED]` marks someone such a question did not apply to): draws
/// its breakdowns, pools on the noisy counts, and suppresses.
pub fn survey_conditional(
    survey: &Survey<'_>,
    conditional: &[bool],
    options: &Options,
    cut: Option<usize>,
    drawer: &mut Drawer<'_>,
) -> Result<SurveyFigures> {
    draw_breakdowns(survey, conditional, options, drawer)?;
    let period_family = period_family(options);
    let noise = drawer.ledger.noise();
    let k = options.k;
    let threshold = pool_threshold(k, noise.sigma);
    let respondents = |family: &str, categories: &[String]| -> Vec<u64> {
        categories
            .iter()
            .map(|c| drawer.get(family, &format!("{c}|n")))
            .collect()
    };
    let noisy_pool = |counts: Vec<u64>| pool::categories(&counts, threshold, pool::Counts::Noisy);
    let languages = noisy_pool(respondents("language", survey.languages));
    let groups = noisy_pool(respondents("group", survey.groups));
    let (periods, cut) = pool::periods(&respondents(period_family, survey.periods), cut, threshold);
    let (records, dims) = pool::apply(survey.records, (&languages, &periods, &groups), cut);
    let conditional: Vec<bool> = (0..survey.questions.len())
        .map(|q| is_conditional(conditional, q))
        .collect();
    let tables =
        Tables::count_conditional(dims, survey.questions.to_vec(), conditional, &records, k);
    // A pooled column's figure is the sum of its members' noisy figures; a
    // breakdown of one column is the overall figure itself (drawing it
    // apart would publish two estimates of one count). Each slice: the
    // family drawn and the raw categories summed.
    let all: [String; 1] = [String::new()];
    let sources = |slice: Slice| -> (&str, &[String], Vec<usize>) {
        let flatten = |pooling: &pool::Pooling, columns: std::ops::Range<usize>| -> Vec<usize> {
            columns
                .flat_map(|c| pooling.columns[c].iter().copied())
                .collect()
        };
        match slice {
            Slice::Language(c) if languages.columns.len() > 1 => {
                ("language", survey.languages, flatten(&languages, c..c + 1))
            }
            Slice::Period(c) if periods.columns.len() > 1 => {
                (period_family, survey.periods, flatten(&periods, c..c + 1))
            }
            Slice::Group(c) if groups.columns.len() > 1 => {
                ("group", survey.groups, flatten(&groups, c..c + 1))
            }
            Slice::Half(h) => {
                let cut = tables.dims.cut.unwrap_or(0);
                let side = if h == 0 {
                    0..cut
                } else {
                    cut..tables.dims.periods
                };
                (period_family, survey.periods, flatten(&periods, side))
            }
            _ => ("all", &all[..], vec![0]),
        }
    };
    // A drawn figure is in its breakdown's family, or (for a ledger from
    // before "not asked" was counted apart) in its supplement.
    let drawn = |subject: Subject, slice: Slice| -> i64 {
        let key = subject_key(survey, subject);
        let (family, names, members) = sources(slice);
        let supplement = supplement_name(family);
        members
            .iter()
            .map(|&m| {
                let key = format!("{}|{key}", names[m]);
                let from = if drawer.has(family, &key) {
                    family
                } else {
                    &supplement
                };
                i64::try_from(drawer.get(from, &key)).unwrap_or(i64::MAX)
            })
            .sum()
    };
    let noisy: Vec<u64> = tables
        .figures
        .iter()
        .map(|f| {
            let value: i64 = recipe(&tables, f.subject)
                .into_iter()
                .map(|(subject, sign)| sign * drawn(subject, f.slice))
                .sum();
            u64::try_from(value).unwrap_or(0)
        })
        .collect();
    // How many draws each published figure sums (a derived figure, such as
    // "not chosen", sums those of each figure it is made from).
    let terms: Vec<u32> = tables
        .figures
        .iter()
        .map(|f| {
            let n = sources(f.slice).2.len() * recipe(&tables, f.subject).len();
            u32::try_from(n).unwrap_or(u32::MAX)
        })
        .collect();
    let tables = tables.publish(noisy, terms, noise.audit_bound())?;
    // A list of written answers shows exactly how many wrote: only from k
    // up. The survey's size beside it is adjusted, so "respondents minus
    // writers" is never exact.
    let texts_shown = survey
        .texts
        .iter()
        .filter(|(_, list)| list.len() as u64 >= k)
        .map(|(id, _)| id.clone())
        .collect();
    let undated = drawer.get("undated", "|n");
    Ok(SurveyFigures {
        tables,
        pooled: (languages, periods, groups),
        texts_shown,
        undated: (undated >= k).then_some(undated),
    })
}

/// Protects the attendance of listening sessions: per tally item, each
/// choice's noisy count across sessions and their sum.
pub fn sessions(sessions: &Sessions, k: u64, drawer: &mut Drawer<'_>) -> Result<SessionTables> {
    let items: Vec<(String, Vec<String>)> = sessions
        .questionnaire
        .items
        .iter()
        .filter(|i| i.kind == heard_engine::ItemKind::Tally)
        .map(|item| (item.id.clone(), item.codes.clone()))
        .collect();
    drawer.family("attendance", items.len() as u64, || {
        items
            .iter()
            .flat_map(|(id, codes)| {
                codes.iter().map(move |code| {
                    let n = sessions
                        .sessions
                        .iter()
                        .filter_map(|s| s.tallies.get(id)?.get(code))
                        .map(|&n| u64::from(n))
                        .sum();
                    (format!("|{id}={code}"), n)
                })
            })
            .collect()
    })?;
    let bound = drawer.ledger.noise().audit_bound();
    let mut attendance = Vec::new();
    for (id, codes) in &items {
        let mut system = System::default();
        let parts: Vec<usize> = codes
            .iter()
            .map(|code| system.add(drawer.get("attendance", &format!("|{id}={code}"))))
            .collect();
        let total_value = parts.iter().map(|&p| system.values[p]).sum();
        let total = system.add(total_value);
        system.line(total, parts.clone());
        system.terms = vec![1; system.values.len()];
        system.terms[total] = u32::try_from(parts.len()).unwrap_or(u32::MAX);
        let s = system.suppress(k, Attacker::Noisy { bound })?;
        attendance.push(AttendanceTable {
            item: id.clone(),
            rows: codes
                .iter()
                .zip(&parts)
                .map(|(code, &p)| (code.clone(), (!s.hidden[p]).then_some(system.values[p])))
                .collect(),
            total: (!s.hidden[total]).then_some(total_value),
            withheld: parts.iter().map(|&p| s.hidden[p] && !s.small[p]).collect(),
            total_withheld: s.hidden[total] && !s.small[total],
        });
    }
    Ok(SessionTables {
        attendance,
        mismatched: tally_mismatches(sessions, &items),
    })
}

/// How many sessions have attendance tallies that count different numbers
/// of people (17 by age, 11 by gender): a fault in the session records
/// that the reader must be told of, since the published totals differ by
/// noise anyway and could not show it.
///
/// Computed from the exact tallies, and safe to publish exactly: it counts
/// sessions (whose number the report already prints), not people, and says
/// only whether each session's own records agree with themselves, which
/// is a fact about how the liaison filled in the form. It reveals no
/// count: someone attending changes every tally of a well-kept session
/// alike, leaving it unchanged. How far apart the tallies are is never
/// taken from the exact figures (that would be a count of people, the
/// ones recorded in one tally and not the other): the report gives the
/// published totals instead.
pub fn tally_mismatches(sessions: &Sessions, items: &[(String, Vec<String>)]) -> usize {
    if items.len() < 2 {
        return 0;
    }
    sessions
        .sessions
        .iter()
        .filter(|session| {
            // Over the brackets the report counts, as the attendance tables do.
            let mut totals = items.iter().map(|(id, codes)| {
                session.tallies.get(id).map_or(0, |t| {
                    codes
                        .iter()
                        .filter_map(|c| t.get(c))
                        .map(|&n| u64::from(n))
                        .sum::<u64>()
                })
            });
            let first = totals.next();
            totals.any(|t| Some(t) != first)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tables::NOT_ASKED;

    struct Data {
        questions: Vec<Question>,
        names: Vec<String>,
        records: Vec<Record>,
        texts: BTreeMap<String, Vec<String>>,
    }

    /// 60 respondents; a single choice shown to 40 of them (20 chose a, 20
    /// declined), and a multiple choice shown to the same 40 (20 chose x,
    /// 20 y).
    fn data() -> Data {
        let records = (0..60)
            .map(|i| Record {
                language: 0,
                period: 0,
                group: 0,
                chosen: vec![
                    match i {
                        0..20 => vec![0],
                        20..40 => Vec::new(),
                        _ => vec![NOT_ASKED],
                    },
                    if i < 40 { vec![i % 2] } else { vec![NOT_ASKED] },
                ],
            })
            .collect();
        Data {
            questions: vec![
                Question {
                    id: "q".into(),
                    multiple: false,
                    codes: vec!["a".into(), "b".into()],
                },
                Question {
                    id: "m".into(),
                    multiple: true,
                    codes: vec!["x".into(), "y".into()],
                },
            ],
            names: vec!["x".into()],
            records,
            texts: BTreeMap::new(),
        }
    }

    fn view(d: &Data) -> Survey<'_> {
        Survey {
            questions: &d.questions,
            languages: &d.names,
            periods: &d.names,
            groups: &d.names,
            records: &d.records,
            texts: &d.texts,
            undated: 0,
        }
    }

    fn value(t: &Tables, subject: Subject) -> u64 {
        t.system.values[t.figure(subject, Slice::All).expect("figure")]
    }

    #[test]
    fn not_asked_costs_nothing_more_and_its_figures_come_from_the_draws() {
        let dir = tempfile::tempdir().expect("dir");
        let d = data();
        let options = Options::new("2026-01-01");
        let mut plain = Ledger::open(dir.path()).expect("ledger");
        let mut drawer = Drawer::new(&mut plain, "s", "d1");
        survey(&view(&d), &options, None, &mut drawer).expect("protect");
        let unconditional = drawer.cost;
        let mut ledger = Ledger::open(dir.path()).expect("ledger");
        let mut drawer = Drawer::new(&mut ledger, "s", "d2");
        let f = survey_conditional(&view(&d), &[true, true], &options, None, &mut drawer)
            .expect("protect");
        assert_eq!(
            drawer.cost, unconditional,
            "one person is in one row either way"
        );
        let t = &f.tables;
        let q = 0;
        let respondents = value(t, Subject::Respondents);
        let not_asked = value(t, Subject::NotAsked { question: q });
        let unanswered = value(t, Subject::Unanswered { question: q });
        assert_eq!(
            value(t, Subject::Asked { question: q }),
            respondents.saturating_sub(not_asked)
        );
        let none = Subject::Chose {
            question: q,
            option: 2,
        };
        assert_eq!(value(t, none), unanswered + not_asked);
        // Adjusted, but about 20 each: never the 40 who did not answer.
        assert!(not_asked.abs_diff(20) <= 15, "{not_asked}");
        assert!(unanswered.abs_diff(20) <= 15, "{unanswered}");
        let x = Subject::AskedNotChose {
            question: 1,
            option: 0,
        };
        let chose_x = Subject::Chose {
            question: 1,
            option: 0,
        };
        assert_eq!(
            value(t, x),
            respondents
                .saturating_sub(value(t, Subject::NotAsked { question: 1 }))
                .saturating_sub(value(t, chose_x))
        );
    }

    #[test]
    fn a_ledger_drawn_before_not_asked_was_counted_apart_is_supplemented_once() {
        let dir = tempfile::tempdir().expect("dir");
        let d = data();
        let options = Options::new("2026-01-01");
        let mut ledger = Ledger::open(dir.path()).expect("ledger");
        // As before: "no answer" counted those not asked too.
        let mut drawer = Drawer::new(&mut ledger, "s", "d");
        survey(&view(&d), &options, None, &mut drawer).expect("protect");
        let mut drawer = Drawer::new(&mut ledger, "s", "d");
        survey_conditional(&view(&d), &[true, true], &options, None, &mut drawer).expect("protect");
        // Four breakdowns; one person adds to at most one figure per
        // question ("asked, no answer" or "not asked" of the single choice,
        // "not asked" of the multiple one).
        let supplement = drawer.cost;
        assert!(drawer.has("all+asked", "|q#not-asked"));
        let mut drawer = Drawer::new(&mut ledger, "s", "d");
        let again = survey_conditional(&view(&d), &[true, true], &options, None, &mut drawer)
            .expect("protect");
        assert_eq!(drawer.cost, 0.0, "drawn once");
        assert_eq!(supplement, 4.0 * ledger.noise().cost(2));
        for question in [0, 1] {
            let not_asked = value(&again.tables, Subject::NotAsked { question });
            assert!(not_asked.abs_diff(20) <= 15, "{question}: {not_asked}");
        }
    }

    #[test]
    fn tallies_that_count_different_people_are_found_per_session() {
        let q = std::sync::Arc::new(
            heard_engine::Questionnaire::load(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../questionnaires/listening-session"),
            )
            .expect("loads"),
        );
        let tally = |pairs: &[(&str, u32)]| -> BTreeMap<String, u32> {
            pairs.iter().map(|(c, n)| (c.to_string(), *n)).collect()
        };
        let session = |age: &[(&str, u32)], gender: &[(&str, u32)]| super::super::data::Session {
            date: None,
            themes: Vec::new(),
            tallies: [
                ("attendance_age".to_string(), tally(age)),
                ("attendance_gender".to_string(), tally(gender)),
            ]
            .into_iter()
            .collect(),
            actions: Vec::new(),
            quotes: Vec::new(),
        };
        let sessions = Sessions {
            questionnaire: q,
            sessions: vec![
                session(&[("18_24", 10), ("25_34", 7)], &[("women", 6), ("men", 5)]),
                session(&[("18_24", 4)], &[("women", 2), ("men", 2)]),
            ],
            digest: "s".into(),
        };
        let items: Vec<(String, Vec<String>)> = sessions
            .questionnaire
            .items
            .iter()
            .filter(|i| i.kind == heard_engine::ItemKind::Tally)
            .map(|i| (i.id.clone(), i.codes.clone()))
            .collect();
        assert_eq!(
            tally_mismatches(&sessions, &items),
            1,
            "17 by age, 11 by gender"
        );
        let dir = tempfile::tempdir().expect("dir");
        let mut ledger = Ledger::open(dir.path()).expect("ledger");
        let mut drawer = Drawer::new(&mut ledger, "listening-session", "s");
        assert_eq!(
            super::sessions(&sessions, 5, &mut drawer)
                .expect("protect")
                .mismatched,
            1
        );
        // One tally alone compares with nothing.
        assert_eq!(tally_mismatches(&sessions, &items[..1]), 0);
    }
}
