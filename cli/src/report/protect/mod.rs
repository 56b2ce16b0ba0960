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
use super::tables::{Record, Slice, Subject, Tables};
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
    }
}

/// The subjects drawn (never `NotChose`: derived from the others).
fn drawn_subjects(survey: &Survey<'_>) -> Vec<Subject> {
    let mut subjects = vec![Subject::Respondents];
    for (question, q) in survey.questions.iter().enumerate() {
        let rows = if q.multiple { q.codes.len() } else { q.rows() };
        subjects.extend((0..rows).map(|option| Subject::Chose { question, option }));
    }
    subjects
}

/// How many drawn figures of one breakdown one respondent adds to.
fn touches(survey: &Survey<'_>) -> u64 {
    1 + survey
        .questions
        .iter()
        .map(|q| if q.multiple { q.codes.len() as u64 } else { 1 })
        .sum::<u64>()
}

/// Whether a raw record counts for `subject`.
fn counts_for(survey: &Survey<'_>, record: &Record, subject: Subject) -> bool {
    match subject {
        Subject::Respondents => true,
        Subject::Chose { question, option } => {
            let q = &survey.questions[question];
            let chosen = &record.chosen[question];
            if q.multiple {
                chosen.contains(&option)
            } else {
                chosen.first().copied().unwrap_or(q.codes.len()) == option
            }
        }
        Subject::NotChose { question, option } => !record.chosen[question].contains(&option),
    }
}

/// True counts of every drawn subject in each category of a breakdown.
fn family_counts(
    survey: &Survey<'_>,
    categories: &[String],
    category_of: impl Fn(&Record) -> usize,
) -> Vec<(String, u64)> {
    let subjects = drawn_subjects(survey);
    let mut counts = vec![vec![0u64; categories.len()]; subjects.len()];
    for r in survey.records {
        let c = category_of(r);
        for (s, &subject) in subjects.iter().enumerate() {
            if counts_for(survey, r, subject) {
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
/// and suppresses.
pub fn survey(
    survey: &Survey<'_>,
    options: &Options,
    cut: Option<usize>,
    drawer: &mut Drawer<'_>,
) -> Result<SurveyFigures> {
    let period_family = match options.period {
        Period::Week => "week",
        Period::Month => "month",
    };
    let t = touches(survey);
    drawer.family("all", t, || family_counts(survey, &[String::new()], |_| 0))?;
    drawer.family("language", t, || {
        family_counts(survey, survey.languages, |r| r.language)
    })?;
    drawer.family(period_family, t, || {
        family_counts(survey, survey.periods, |r| r.period)
    })?;
    drawer.family("group", t, || {
        family_counts(survey, survey.groups, |r| r.group)
    })?;
    drawer.family("undated", 1, || vec![("|n".into(), survey.undated)])?;

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
    let tables = Tables::count(dims, survey.questions.to_vec(), &records, k);
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
    let drawn = |subject: Subject, slice: Slice| -> u64 {
        let key = subject_key(survey, subject);
        let (family, names, members) = sources(slice);
        members
            .iter()
            .map(|&m| drawer.get(family, &format!("{}|{key}", names[m])))
            .sum()
    };
    let noisy: Vec<u64> = tables
        .figures
        .iter()
        .map(|f| match f.subject {
            Subject::NotChose { question, option } => drawn(Subject::Respondents, f.slice)
                .saturating_sub(drawn(Subject::Chose { question, option }, f.slice)),
            subject => drawn(subject, f.slice),
        })
        .collect();
    // How many draws each published figure sums ("not chosen" is
    // respondents minus chosen: twice as many).
    let terms: Vec<u32> = tables
        .figures
        .iter()
        .map(|f| {
            let twice = matches!(f.subject, Subject::NotChose { .. });
            let n = sources(f.slice).2.len() * if twice { 2 } else { 1 };
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
        .filter(|i| i.kind == heard_core::ItemKind::Tally)
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
        });
    }
    Ok(SessionTables { attendance })
}
