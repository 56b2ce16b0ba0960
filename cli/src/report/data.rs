//! Reading a pull folder into what the report counts: per survey, one
//! small record per respondent (language, period, chosen options); per
//! listening session, its themes, tallies, actions and quotes. The JSONL is
//! streamed; only these reduced records are kept in memory.

use super::tables::{NOT_ASKED, Question, Record};
use crate::error::Result;
use crate::export::{JSONL, read_jsonl};
use crate::org::Org;
use crate::pull::{PullState, load_questionnaire, version_key};
use chrono::{Datelike, NaiveDate};
use heard_engine::submission::Submission;
use heard_engine::{Action, Answer, ItemKind, Questionnaire, QuestionnaireKind};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::Path;
use std::sync::Arc;

/// Trend periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// ISO weeks.
    Week,
    /// Calendar months.
    Month,
}

/// The period key (`2026-11` or `2026-W48`) of a submission date, which is
/// a day (`2026-11-23`) or an ISO week (`2026-W48`).
pub fn period_key(submitted_on: &str, period: Period) -> Option<String> {
    let date = submitted_day(submitted_on)?;
    Some(match period {
        Period::Month => format!("{}-{:02}", date.year(), date.month()),
        Period::Week => {
            let w = date.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
    })
}

/// The day of a submission date, which is a day (`2026-11-23`) or an ISO
/// week (`2026-W48`, taken as its Thursday, which decides its month).
fn submitted_day(submitted_on: &str) -> Option<NaiveDate> {
    if let Some((year, week)) = submitted_on.split_once("-W") {
        NaiveDate::from_isoywd_opt(year.parse().ok()?, week.parse().ok()?, chrono::Weekday::Thu)
    } else {
        NaiveDate::parse_from_str(submitted_on, "%Y-%m-%d").ok()
    }
}

/// A survey's respondents, reduced.
pub struct Survey {
    /// The questionnaire (latest version pulled).
    pub questionnaire: Arc<Questionnaire>,
    /// The questions counted.
    pub questions: Vec<Question>,
    /// Per question counted: whether the questionnaire shows it to some
    /// people only (it, or its page, has a relevance condition), so that
    /// those it did not apply to are counted as "not asked" (their
    /// record's answer is `[NOT_ASKED]`), apart from "no answer".
    pub conditional: Vec<bool>,
    /// Survey languages present, sorted.
    pub languages: Vec<String>,
    /// Period keys present, sorted.
    pub periods: Vec<String>,
    /// Enrollment groups present, sorted.
    pub groups: Vec<String>,
    /// One per respondent.
    pub records: Vec<Record>,
    /// Written answers by item id (non-sensitive, or all with --include-sensitive).
    pub texts: BTreeMap<String, Vec<String>>,
    /// Submissions left out because their date cannot be read.
    pub undated: u64,
    /// A digest of the ids of every submission counted (the data set the
    /// privacy ledger keys its figures by).
    pub digest: String,
}

/// One listening session.
pub struct Session {
    /// Its date.
    pub date: Option<String>,
    /// Theme codes raised.
    pub themes: Vec<String>,
    /// Tallies by item id.
    pub tallies: BTreeMap<String, BTreeMap<String, u32>>,
    /// Follow-up actions.
    pub actions: Vec<Action>,
    /// Quotes (sensitive).
    pub quotes: Vec<String>,
}

/// Listening sessions of one questionnaire.
pub struct Sessions {
    /// The questionnaire.
    pub questionnaire: Arc<Questionnaire>,
    /// Every session.
    pub sessions: Vec<Session>,
    /// A digest of the sessions' submission ids.
    pub digest: String,
}

/// Everything a report shows.
pub struct Pulled {
    /// `pull.json`.
    pub state: PullState,
    /// Surveys by id.
    pub surveys: Vec<Survey>,
    /// Listening-session questionnaires.
    pub sessions: Vec<Sessions>,
}

/// Most written answers kept per question.
const MAX_TEXTS: usize = 500;

/// Reads the pull folder `dir`.
pub fn read(
    dir: &Path,
    org: Option<&Org>,
    period: Period,
    include_sensitive: bool,
) -> Result<Pulled> {
    if !dir.join(crate::pull::STATE_FILE).exists() {
        return Err(crate::Error::BadFile {
            path: dir.to_path_buf(),
            message:
                "not a pull folder (no pull.json): run heard pull --out with this folder first"
                    .into(),
        });
    }
    let state = PullState::load(dir)?;
    let mut accounting = Accounting::open(dir, &state)?;
    // Every group the organization has, so a group's column never depends
    // on whether one person there answered.
    let known_groups: Vec<String> = org
        .map(|o| o.groups().into_keys().collect())
        .unwrap_or_default();
    // Versions by questionnaire id.
    let mut by_id: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for key in state.summary.exported.keys() {
        // Folder names come from here: only well-formed ids are read.
        if let Some((id, v)) = crate::pull::parse_version_key(key) {
            by_id.entry(id.to_string()).or_default().push(v);
        }
    }
    let scratch = scratch_dir(dir)?;
    let mut pulled = Pulled {
        state: state.clone(),
        surveys: Vec::new(),
        sessions: Vec::new(),
    };
    let read = || -> Result<()> {
        for (id, versions) in by_id {
            let Some(q) = latest_questionnaire(org, &id, &versions, &scratch) else {
                // Without its definition a questionnaire has no tables to show.
                continue;
            };
            let keys: Vec<String> = versions.iter().map(|v| version_key(&id, *v)).collect();
            match q.kind {
                QuestionnaireKind::Survey => {
                    let definitions = version_definitions(org, &q, &keys, &scratch);
                    pulled.surveys.push(read_survey(
                        q,
                        &definitions,
                        &mut accounting,
                        period,
                        include_sensitive,
                        &known_groups,
                    )?);
                }
                QuestionnaireKind::ListeningSession => {
                    pulled
                        .sessions
                        .push(read_sessions(q, &keys, &mut accounting)?);
                }
            }
        }
        accounting.finish()
    };
    let outcome = read();
    // The scratch folder goes, whether the data could be read or not.
    let _ = std::fs::remove_dir_all(&scratch);
    outcome?;
    Ok(pulled)
}

/// The latest of `versions` of questionnaire `id` whose definition loads.
fn latest_questionnaire(
    org: Option<&Org>,
    id: &str,
    versions: &[u32],
    scratch: &Path,
) -> Option<Arc<Questionnaire>> {
    let mut versions = versions.to_vec();
    versions.sort_unstable();
    versions.iter().rev().find_map(|v| {
        load_questionnaire(org, &version_key(id, *v), scratch)
            .ok()
            .flatten()
    })
}

/// Each version folder of `keys` with the questionnaire its submissions
/// answered (by whose relevance logic they were asked or not), or `latest`
/// when that version's definition does not load.
fn version_definitions(
    org: Option<&Org>,
    latest: &Arc<Questionnaire>,
    keys: &[String],
    scratch: &Path,
) -> Vec<(String, Arc<Questionnaire>)> {
    keys.iter()
        .map(|key| {
            let q = load_questionnaire(org, key, scratch)
                .ok()
                .flatten()
                .unwrap_or_else(|| latest.clone());
            (key.clone(), q)
        })
        .collect()
}

/// Whether item `id` of `q` may be left unasked: it, or a page holding
/// it, is shown only when a condition holds.
fn may_be_unasked(q: &Questionnaire, id: &str) -> bool {
    let mut at = q.item_index(id);
    // Bounded by the number of items, whatever the parents say.
    for _ in 0..=q.items.len() {
        let Some(item) = at.and_then(|i| q.items.get(i)) else {
            return false;
        };
        if item.relevant.is_some() {
            return true;
        }
        at = item.parent;
    }
    false
}

/// Per question of `questions`: whether submission `s` to questionnaire
/// version `q` never showed it, by that version's relevance logic applied
/// to the answers given. Only questions marked in `conditional` can be
/// unasked; one answered (or declined) was asked.
fn unasked(
    q: &Arc<Questionnaire>,
    s: &Submission,
    questions: &[Question],
    conditional: &[bool],
) -> Vec<bool> {
    let open = |i: usize| conditional[i] && !s.answers.contains_key(&questions[i].id);
    if !(0..questions.len()).any(open) {
        return vec![false; questions.len()];
    }
    let (mut response, _) = heard_engine::Response::restore(
        q.clone(),
        &[q.default_locale.as_str()],
        s.answers.clone(),
        heard_engine::Cursor::End,
    );
    // Relevance may depend on the day the answers were given.
    if let Some(day) = submitted_day(&s.submitted_on) {
        response.set_today(day);
    }
    (0..questions.len())
        .map(|i| open(i) && !response.is_relevant(&questions[i].id))
        .collect()
}

/// A respondent's chosen option indices for `question` (empty: asked, no
/// answer or declined).
fn chosen_options(question: &Question, answer: Option<&Answer>) -> Vec<usize> {
    match answer {
        Some(Answer::Choice(c)) => question
            .codes
            .iter()
            .position(|x| x == c)
            .into_iter()
            .collect(),
        Some(Answer::Choices(cs)) => question
            .codes
            .iter()
            .enumerate()
            .filter(|(_, x)| cs.contains(x))
            .map(|(i, _)| i)
            .collect(),
        _ => Vec::new(),
    }
}

fn scratch_dir(dir: &Path) -> Result<std::path::PathBuf> {
    use crate::error::IoContext;
    let path = dir
        .join(".questionnaires")
        .join(format!("report-{}", std::process::id()));
    std::fs::create_dir_all(&path).at(&path)?;
    Ok(path)
}

fn read_survey(
    q: Arc<Questionnaire>,
    versions: &[(String, Arc<Questionnaire>)],
    accounting: &mut Accounting<'_>,
    period: Period,
    include_sensitive: bool,
    known_groups: &[String],
) -> Result<Survey> {
    let view = heard_engine::Response::new(q.clone(), &[q.default_locale.as_str()]);
    let questions: Vec<Question> = q
        .questions()
        .filter(|i| {
            matches!(
                i.kind,
                ItemKind::Single | ItemKind::YesNo | ItemKind::Scale | ItemKind::Multiple
            )
        })
        .map(|i| Question {
            id: i.id.clone(),
            multiple: i.kind == ItemKind::Multiple,
            codes: view
                .item_view(&i.id)
                .map(|v| v.choices.into_iter().map(|c| c.code).collect())
                .unwrap_or_default(),
        })
        .collect();
    let conditional: Vec<bool> = questions
        .iter()
        .map(|question| may_be_unasked(&q, &question.id))
        .collect();
    let text_items: Vec<String> = q
        .questions()
        .filter(|i| matches!(i.kind, ItemKind::Text | ItemKind::LongText))
        .filter(|i| include_sensitive || !i.sensitive)
        .map(|i| i.id.clone())
        .collect();
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    let mut periods: BTreeMap<String, usize> = BTreeMap::new();
    let mut groups: BTreeMap<String, usize> = BTreeMap::new();
    // Raw records carry insertion-order indices; they are renumbered sorted below.
    let mut raw: Vec<(usize, usize, usize, Vec<Vec<usize>>)> = Vec::new();
    let mut texts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut undated = 0;
    let mut ids = Vec::new();
    for (version, definition) in versions {
        accounting.each(version, |s| {
            ids.push(s.submission_id.clone());
            let Some(key) = period_key(&s.submitted_on, period) else {
                undated += 1;
                return Ok(());
            };
            let next = languages.len();
            let language = *languages.entry(s.locale.clone()).or_insert(next);
            let next = periods.len();
            let p = *periods.entry(key).or_insert(next);
            // Pulled submissions always carry a verified group.
            let group_name = s.group.as_ref().map_or("", |g| g.group.as_str());
            let next = groups.len();
            let g = *groups.entry(group_name.to_string()).or_insert(next);
            let unasked = unasked(definition, &s, &questions, &conditional);
            let chosen = questions
                .iter()
                .zip(unasked)
                .map(|(question, unasked)| {
                    if unasked {
                        vec![NOT_ASKED]
                    } else {
                        chosen_options(question, s.answers.get(&question.id))
                    }
                })
                .collect();
            raw.push((language, p, g, chosen));
            for id in &text_items {
                if let Some(Answer::Text(t)) = s.answers.get(id)
                    && !t.trim().is_empty()
                {
                    let list = texts.entry(id.clone()).or_default();
                    if list.len() < MAX_TEXTS {
                        list.push(t.clone());
                    }
                }
            }
            Ok(())
        })?;
    }
    // The breakdowns' categories do not depend on who answered: every
    // language of the questionnaire, every group of the organization, and
    // every period between the first and the last.
    for tag in q.locales() {
        let next = languages.len();
        languages.entry(tag.to_string()).or_insert(next);
    }
    for g in known_groups {
        let next = groups.len();
        groups.entry(g.clone()).or_insert(next);
    }
    for key in between(periods.keys().next(), periods.keys().next_back(), period) {
        let next = periods.len();
        periods.entry(key).or_insert(next);
    }
    let renumber = |m: &BTreeMap<String, usize>| -> (Vec<String>, Vec<usize>) {
        let mut order = vec![0; m.len()];
        for (sorted, (_, &first_seen)) in m.iter().enumerate() {
            order[first_seen] = sorted;
        }
        (m.keys().cloned().collect(), order)
    };
    let (language_names, language_order) = renumber(&languages);
    let (period_names, period_order) = renumber(&periods);
    let (group_names, group_order) = renumber(&groups);
    let records = raw
        .into_iter()
        .map(|(l, p, g, chosen)| Record {
            language: language_order[l],
            period: period_order[p],
            group: group_order[g],
            chosen,
        })
        .collect();
    Ok(Survey {
        questionnaire: q,
        questions,
        conditional,
        languages: language_names,
        periods: period_names,
        groups: group_names,
        records,
        texts,
        undated,
        digest: digest(ids),
    })
}

/// Every period key from `first` to `last`, both included.
fn between(first: Option<&String>, last: Option<&String>, period: Period) -> Vec<String> {
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let start = match period {
        Period::Month => NaiveDate::parse_from_str(&format!("{first}-01"), "%Y-%m-%d").ok(),
        Period::Week => first.split_once("-W").and_then(|(y, w)| {
            NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, chrono::Weekday::Mon)
        }),
    };
    let Some(mut day) = start else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    // Bounded: a decade of weeks at most, whatever the dates say.
    while keys.len() < 600 {
        let Some(key) = period_key(&day.format("%Y-%m-%d").to_string(), period) else {
            break;
        };
        if &key > last {
            break;
        }
        if keys.last() != Some(&key) {
            keys.push(key);
        }
        day += chrono::Duration::days(7);
    }
    keys
}

/// The digest of a set of submission ids, whatever their order.
fn digest(mut ids: Vec<String>) -> String {
    use sha2::{Digest, Sha256};
    ids.sort_unstable();
    let mut hasher = Sha256::new();
    for id in &ids {
        hasher.update(id.as_bytes());
        hasher.update(b"\n");
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What `pull.json` accounts for, checked while the data is read (so each
/// file is parsed once): a folder with a file of another length than the
/// pull left, another number of submissions than it counted, or a
/// submission it never kept or holds twice (a hand-edited folder) is
/// refused.
struct Accounting<'a> {
    dir: &'a Path,
    state: &'a PullState,
    kept: HashSet<u128>,
    seen: HashSet<u128>,
    read: BTreeSet<String>,
}

/// The refusal of a file the pull cannot account for.
fn unaccounted(path: std::path::PathBuf, message: String) -> crate::Error {
    crate::Error::BadFile {
        path,
        message: format!(
            "{message}. The report reads only what heard pull wrote: run heard pull again into a new folder, or restore this one from a backup"
        ),
    }
}

impl<'a> Accounting<'a> {
    /// Checks every data file's length against `pull.json` before any is
    /// read.
    fn open(dir: &'a Path, state: &'a PullState) -> Result<Accounting<'a>> {
        use crate::error::IoContext;
        for key in Self::keys(state) {
            let relative = format!("{key}/{JSONL}");
            let path = dir.join(&relative);
            let recorded = state.files.get(&relative).copied().unwrap_or(0);
            let length = if path.exists() {
                std::fs::metadata(&path).at(&path)?.len()
            } else {
                0
            };
            if length != recorded {
                return Err(unaccounted(
                    path,
                    format!("is {length} bytes long but pull.json recorded {recorded}"),
                ));
            }
            let count = state.summary.exported[key];
            if length == 0 && count > 0 {
                return Err(unaccounted(
                    path,
                    format!("is missing, and pull.json counted {count} submissions in it"),
                ));
            }
        }
        Ok(Accounting {
            dir,
            state,
            kept: crate::pull::sink::kept_ids(dir)?,
            seen: HashSet::new(),
            read: BTreeSet::new(),
        })
    }

    /// The version folders `pull.json` counted submissions in.
    fn keys(state: &PullState) -> impl Iterator<Item = &String> {
        state
            .summary
            .exported
            .keys()
            .filter(|key| crate::pull::parse_version_key(key).is_some())
    }

    /// Streams the submissions of version folder `key` to `f`, refusing
    /// one the pulls never kept or kept before, and a count `pull.json`
    /// did not record.
    fn each(&mut self, key: &str, mut f: impl FnMut(Submission) -> Result<()>) -> Result<()> {
        self.read.insert(key.to_string());
        let path = self.dir.join(key).join(JSONL);
        if !path.exists() {
            return Ok(());
        }
        let mut lines = 0u64;
        for s in read_jsonl(&path)? {
            let s = s?;
            lines += 1;
            let Some(id) =
                crate::pull::sink::id_bits(&s.submission_id).filter(|id| self.kept.contains(id))
            else {
                return Err(unaccounted(
                    path.clone(),
                    format!(
                        "holds submission {} which this folder's pulls never kept",
                        s.submission_id
                    ),
                ));
            };
            if !self.seen.insert(id) {
                return Err(unaccounted(
                    path.clone(),
                    format!("holds submission {} twice", s.submission_id),
                ));
            }
            f(s)?;
        }
        let count = self.state.summary.exported.get(key).copied().unwrap_or(0);
        if lines != count {
            return Err(unaccounted(
                path,
                format!("holds {lines} submissions but pull.json counted {count}"),
            ));
        }
        Ok(())
    }

    /// Checks the folders the report did not read (a questionnaire without
    /// its definition).
    fn finish(mut self) -> Result<()> {
        let unread: Vec<String> = Self::keys(self.state)
            .filter(|key| !self.read.contains(*key))
            .cloned()
            .collect();
        for key in unread {
            self.each(&key, |_| Ok(()))?;
        }
        Ok(())
    }
}

fn read_sessions(
    q: Arc<Questionnaire>,
    keys: &[String],
    accounting: &mut Accounting<'_>,
) -> Result<Sessions> {
    let mut sessions = Vec::new();
    let mut ids = Vec::new();
    for version in keys {
        accounting.each(version, |s| {
            ids.push(s.submission_id.clone());
            let mut session = Session {
                date: None,
                themes: Vec::new(),
                tallies: BTreeMap::new(),
                actions: Vec::new(),
                quotes: Vec::new(),
            };
            for item in &q.items {
                match (item.kind, s.answers.get(&item.id)) {
                    (ItemKind::Date, Some(Answer::Date(d))) if session.date.is_none() => {
                        session.date = Some(d.clone());
                    }
                    (ItemKind::Multiple, Some(Answer::Choices(c)))
                        if item.choice_list.as_deref() == Some("theme") =>
                    {
                        session.themes = c.clone();
                    }
                    (ItemKind::Tally, Some(Answer::Tally(t))) => {
                        session.tallies.insert(item.id.clone(), t.clone());
                    }
                    (ItemKind::ActionList, Some(Answer::Actions(a))) => {
                        session.actions.extend(a.iter().cloned());
                    }
                    (ItemKind::TextList, Some(Answer::Entries(e))) if item.sensitive => {
                        session.quotes.extend(e.iter().cloned());
                    }
                    _ => {}
                }
            }
            sessions.push(session);
            Ok(())
        })?;
    }
    Ok(Sessions {
        questionnaire: q,
        sessions,
        digest: digest(ids),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_come_from_days_or_iso_weeks() {
        assert_eq!(
            period_key("2026-11-23", Period::Month).as_deref(),
            Some("2026-11")
        );
        assert_eq!(
            period_key("2026-11-23", Period::Week).as_deref(),
            Some("2026-W48")
        );
        // Week 1 of 2027 starts on 2027-01-04; its Thursday is in January.
        assert_eq!(
            period_key("2027-W01", Period::Month).as_deref(),
            Some("2027-01")
        );
        assert_eq!(
            period_key("2026-W53", Period::Month).as_deref(),
            Some("2026-12")
        );
        assert_eq!(period_key("yesterday", Period::Month), None);
    }
}
