//! `heard report`: a self-contained HTML report of a pull folder. Every
//! count of people is adjusted at random and recorded in the folder's
//! privacy ledger (see [`protect`]), then small categories are pooled (see
//! [`pool`]) and small figures suppressed (see [`suppress`]) over fixed
//! breakdowns (survey language, week or month, enrollment group,
//! before/after one date).

mod charts;
pub mod coverage;
pub mod csv;
pub mod data;
pub mod easy;
pub mod html;
pub mod pdf;
pub mod pool;
pub mod protect;
pub mod strings;
pub mod suppress;
pub mod tables;

pub use coverage::{Coverage, coverage_of};

use crate::error::Result;
use crate::org::Org;
use chrono::NaiveDate;
use data::{Period, Pulled, period_key};
use std::path::Path;
use tables::{Record, Tables};

/// How the report is made.
#[derive(Debug, Clone)]
pub struct Options {
    /// The smallest number of respondents a figure may rest on.
    pub k: u64,
    /// Report language.
    pub locale: Option<String>,
    /// Trend periods.
    pub period: Period,
    /// Compare before and after this date.
    pub compare_at: Option<NaiveDate>,
    /// Include free text marked sensitive.
    pub include_sensitive: bool,
    /// The date printed as the generation date (`YYYY-MM-DD`).
    pub today: String,
    /// Release new figures even when the privacy budget is spent.
    pub over_budget: bool,
    /// For a new privacy ledger: the noise scale σ (default 3).
    pub sigma: Option<f64>,
    /// For a new privacy ledger: the budget per questionnaire (zCDP ρ).
    pub budget: Option<f64>,
}

impl Options {
    /// The defaults of `heard report`, dated `today`.
    pub fn new(today: &str) -> Options {
        Options {
            k: 5,
            locale: None,
            period: Period::Month,
            compare_at: None,
            include_sensitive: false,
            today: today.to_string(),
            over_budget: false,
            sigma: None,
            budget: None,
        }
    }
}

impl Options {
    /// `week` or `month`, for the strings.
    pub fn period_name(&self) -> &'static str {
        match self.period {
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

/// One survey's suppressed tables with their column labels.
pub struct SurveyTables {
    /// The tables.
    pub tables: Tables,
    /// Column labels of the language breakdown.
    pub language_labels: Vec<String>,
    /// Column labels of the period breakdown.
    pub period_labels: Vec<String>,
    /// Column labels of the enrollment-group breakdown.
    pub group_labels: Vec<String>,
    /// The comparison date as shown (the start of its period).
    pub cut_label: Option<String>,
    /// The text items whose written answers are listed (all of them, up to
    /// the cap of the pull folder reader).
    pub texts_shown: std::collections::BTreeSet<String>,
    /// Submissions left out for want of a readable date (protected; `None`
    /// when fewer than k).
    pub undated: Option<u64>,
}

/// How the report's figures were protected, for the notice every output
/// prints.
#[derive(Debug, Clone)]
pub struct Protection {
    /// The threshold: a figure below it is shown as "fewer than k".
    pub k: u64,
    /// The standard deviation of the noise added to each count.
    pub sigma: f64,
    /// The typical size of an adjustment (the median absolute noise), as a
    /// whole number of people.
    pub typical: u64,
    /// What this report cost from the privacy budget (zCDP ρ), the most
    /// any one questionnaire paid; 0 when every figure was already
    /// published from the same data.
    pub cost: f64,
    /// Spent so far, this report included (the most of any questionnaire
    /// in the report).
    pub spent: f64,
    /// The pull folder's whole budget.
    pub budget: f64,
}

/// One tally question's attendance (people, across all sessions).
#[derive(Debug, Clone)]
pub struct AttendanceTable {
    /// The tally item's id.
    pub item: String,
    /// Each choice code with its protected count (`None`: hidden).
    pub rows: Vec<(String, Option<u64>)>,
    /// The protected total (`None`: hidden).
    pub total: Option<u64>,
    /// Per row: hidden because withheld to protect another figure, not
    /// because it is below k (then it reads "withheld").
    pub withheld: Vec<bool>,
    /// Whether the total is withheld to protect another figure.
    pub total_withheld: bool,
}

impl AttendanceTable {
    /// How row `i` reads.
    pub fn row_cell(&self, i: usize) -> tables::Cell {
        let withheld = self.withheld.get(i).copied().unwrap_or(false);
        mark(self.rows.get(i).and_then(|(_, v)| *v), withheld)
    }

    /// How the total reads.
    pub fn total_cell(&self) -> tables::Cell {
        mark(self.total, self.total_withheld)
    }
}

/// A protected value as it reads: shown, withheld, or "fewer than k".
fn mark(value: Option<u64>, withheld: bool) -> tables::Cell {
    match (value, withheld) {
        (Some(v), _) => tables::Cell::Shown(v),
        (None, true) => tables::Cell::Withheld,
        (None, false) => tables::Cell::Few,
    }
}

/// The protected figures of one listening-session questionnaire.
#[derive(Debug, Clone, Default)]
pub struct SessionTables {
    /// Attendance per tally item, in questionnaire order.
    pub attendance: Vec<AttendanceTable>,
    /// How many sessions have tallies that count different numbers of
    /// people (see [`protect::tally_mismatches`]).
    pub mismatched: usize,
}

/// What a report holds, for the summary line.
#[derive(Debug, Clone)]
pub struct Written {
    /// Surveys reported.
    pub surveys: usize,
    /// Respondents across them, exactly (for the steward's terminal only:
    /// the report never prints it).
    pub respondents: u64,
    /// Figures hidden across them.
    pub hidden: usize,
    /// Listening sessions reported.
    pub sessions: usize,
    /// How the figures were protected, and what this report cost.
    pub protection: Protection,
    /// What the report covers as it publishes it (adjusted respondents),
    /// the numbers its HTML carries in `<meta name="heard-coverage">`:
    /// compare this, not `respondents`, with [`coverage_of`] an existing
    /// report.
    pub coverage: Coverage,
}

/// Breakdowns pooled from raw records, and their suppressed tables.
pub struct Pooled {
    /// Survey language → column.
    pub languages: pool::Pooling,
    /// Period → column.
    pub periods: pool::Pooling,
    /// Enrollment group → column.
    pub groups: pool::Pooling,
    /// The records with their columns instead of their raw categories.
    pub records: Vec<Record>,
    /// The suppressed tables over those columns.
    pub tables: Tables,
}

/// Pools `raw` records (with `languages`, `periods` and `groups` raw
/// categories; the comparison starting at raw period `cut`) and builds
/// their exactly suppressed tables, without noise: the baseline the
/// benchmarks compare with and the tests attack.
pub fn pool_and_suppress(
    raw: &[Record],
    (languages, periods, groups): (usize, usize, usize),
    cut: Option<usize>,
    questions: Vec<tables::Question>,
    k: u64,
) -> Result<Pooled> {
    let mut language_counts = vec![0u64; languages];
    let mut period_counts = vec![0u64; periods];
    let mut group_counts = vec![0u64; groups];
    for r in raw {
        language_counts[r.language] += 1;
        period_counts[r.period] += 1;
        group_counts[r.group] += 1;
    }
    let languages = pool::categories(&language_counts, k, pool::Counts::Exact);
    let groups = pool::categories(&group_counts, k, pool::Counts::Exact);
    let (periods, cut) = pool::periods(&period_counts, cut, k);
    let (records, dims) = pool::apply(raw, (&languages, &periods, &groups), cut);
    let tables = Tables::build(dims, questions, &records, k)?;
    Ok(Pooled {
        languages,
        periods,
        groups,
        records,
        tables,
    })
}

/// Protects a survey's figures (drawing what the ledger lacks through
/// `drawer`) and labels its columns, every question taken as asked of
/// everyone.
pub fn survey_tables(
    survey: &protect::Survey<'_>,
    options: &Options,
    drawer: &mut protect::Drawer<'_>,
) -> Result<SurveyTables> {
    survey_tables_conditional(survey, &[], options, drawer)
}

/// Protects a survey's figures and labels its columns; the questions
/// marked in `conditional` are shown to some people only (see
/// [`tables::Tables::conditional`]).
pub fn survey_tables_conditional(
    survey: &protect::Survey<'_>,
    conditional: &[bool],
    options: &Options,
    drawer: &mut protect::Drawer<'_>,
) -> Result<SurveyTables> {
    let strings = strings::Strings::new(options.locale.as_deref());
    let cut = options.compare_at.and_then(|date| {
        let key = period_key(&date.format("%Y-%m-%d").to_string(), options.period)?;
        survey.periods.iter().position(|p| *p >= key)
    });
    let protect::SurveyFigures {
        tables,
        pooled: (languages, periods, groups),
        texts_shown,
        undated,
    } = protect::survey_conditional(survey, conditional, options, cut, drawer)?;
    let language_labels = pooled_labels(
        &languages,
        survey.languages,
        &strings.get("report-other-languages"),
        |tag| strings.language_name(tag),
    );
    let group_labels = pooled_labels(
        &groups,
        survey.groups,
        &strings.get("report-other-groups"),
        |g| g.to_string(),
    );
    let period_labels = periods
        .columns
        .iter()
        .map(|members| match (members.first(), members.last()) {
            (Some(&a), Some(&b)) if a != b => {
                format!("{} – {}", survey.periods[a], survey.periods[b])
            }
            (Some(&a), _) => survey.periods[a].clone(),
            _ => String::new(),
        })
        .collect();
    let cut_label = tables.dims.cut.and_then(|c| {
        let first = *periods.columns.get(c)?.first()?;
        survey.periods.get(first).cloned()
    });
    Ok(SurveyTables {
        tables,
        language_labels,
        period_labels,
        group_labels,
        cut_label,
        texts_shown,
        undated,
    })
}

/// Column labels of a pooled breakdown: each category's name, and `other`
/// for the pool of small ones.
fn pooled_labels(
    pooling: &pool::Pooling,
    names: &[String],
    other: &str,
    name: impl Fn(&str) -> String,
) -> Vec<String> {
    pooling
        .columns
        .iter()
        .enumerate()
        .map(|(c, members)| {
            if pooling.pooled_other && c + 1 == pooling.columns.len() {
                other.to_string()
            } else {
                members
                    .iter()
                    .map(|&m| name(&names[m]))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        })
        .collect()
}

/// A pull folder read and protected: what every output (HTML, PDF, CSV,
/// easy-read) is rendered from, so that they all show the same figures.
pub struct Prepared {
    /// The pull folder's contents, reduced.
    pub pulled: Pulled,
    /// Each survey's protected tables, in the order of `pulled.surveys`.
    pub tables: Vec<SurveyTables>,
    /// Each listening-session questionnaire's protected figures, in the
    /// order of `pulled.sessions`.
    pub sessions: Vec<SessionTables>,
    /// How the figures were protected.
    pub protection: Protection,
    /// Survey respondents per enrollment group of enrolled devices,
    /// adjusted (all surveys together), for the data-quality section.
    pub quality_groups: Vec<(String, u64)>,
    /// Survey respondents per public survey link's group, adjusted (all
    /// surveys together), for the data-quality section: counted apart,
    /// since anyone holding the poster can submit through a link.
    pub quality_links: Vec<(String, u64)>,
}

impl Prepared {
    /// What the report holds, for the summary line.
    pub fn written(&self) -> Written {
        Written {
            surveys: self.pulled.surveys.len(),
            respondents: self.respondents(),
            hidden: self
                .tables
                .iter()
                .map(|t| t.tables.hidden.iter().filter(|&&h| h).count())
                .sum(),
            sessions: self.pulled.sessions.iter().map(|s| s.sessions.len()).sum(),
            protection: self.protection.clone(),
            coverage: self.coverage(),
        }
    }

    /// What the report covers, from the figures it publishes: its surveys,
    /// their published respondents (see [`published_respondents`]) and its
    /// listening sessions (printed exactly in the report). This is what
    /// the report's `<head>` carries.
    pub fn coverage(&self) -> Coverage {
        Coverage {
            surveys: self.pulled.surveys.len(),
            respondents: self
                .tables
                .iter()
                .map(|t| published_respondents(&t.tables))
                .sum(),
            sessions: self.pulled.sessions.iter().map(|s| s.sessions.len()).sum(),
        }
    }

    /// How many people answered the surveys reported: the true number.
    fn respondents(&self) -> u64 {
        self.pulled
            .surveys
            .iter()
            .map(|s| s.records.len() as u64)
            .sum()
    }

    /// What the report covers exactly: the true number of respondents.
    /// Only for the steward's own checks (see
    /// [`Coverage::clearly_less_than`]); never written into any output.
    pub fn exact_coverage(&self) -> Coverage {
        Coverage {
            respondents: self.respondents(),
            ..self.coverage()
        }
    }
}

/// How many respondents a survey's tables publish: the total when it is
/// shown; when it is withheld to protect another figure, the largest
/// respondent figure of one draw the tables do show (a language, a period,
/// a group; not a pooled column, which sums several), which a reader can
/// see is a lower bound; 0 when nothing is shown ("fewer than k"). Always
/// one adjusted figure the report prints, so it is off by one draw of the
/// noise at most.
pub fn published_respondents(tables: &Tables) -> u64 {
    if let Some(total) = tables.shown(tables::Subject::Respondents, tables::Slice::All) {
        return total;
    }
    tables
        .dims
        .slices()
        .into_iter()
        .filter(|&slice| {
            tables
                .figure(tables::Subject::Respondents, slice)
                .is_some_and(|f| tables.system.draws(f) == 1)
        })
        .filter_map(|slice| tables.shown(tables::Subject::Respondents, slice))
        .max()
        .unwrap_or(0)
}

/// Reads and protects the pull folder `dir`: draws what its privacy ledger
/// does not hold yet, refuses a release past the budget (unless
/// `options.over_budget`), and saves the ledger.
pub fn prepare(dir: &Path, org: Option<&Org>, options: &Options) -> Result<Prepared> {
    // Before anything is read, drawn or written: a language the report
    // does not have is refused rather than silently written in English.
    if let Some(locale) = &options.locale {
        strings::check_locale(locale)?;
    }
    let pulled: Pulled = data::read(dir, org, options.period, options.include_sensitive)?;
    let mut ledger = protect::ledger::Ledger::open(dir)?;
    ledger.configure(options.sigma, options.budget)?;
    let mut releases = Vec::new();
    let mut tables = Vec::new();
    for survey in &pulled.surveys {
        let id = &survey.questionnaire.id;
        let mut drawer = protect::Drawer::new(&mut ledger, id, &survey.digest);
        tables.push(survey_tables_conditional(
            &survey.counted(),
            &survey.conditional,
            options,
            &mut drawer,
        )?);
        releases.push((id.clone(), survey.digest.clone(), drawer.cost, drawer.drawn));
    }
    let mut sessions = Vec::new();
    for s in &pulled.sessions {
        let id = &s.questionnaire.id;
        let mut drawer = protect::Drawer::new(&mut ledger, id, &s.digest);
        sessions.push(protect::sessions(s, options.k, &mut drawer)?);
        releases.push((id.clone(), s.digest.clone(), drawer.cost, drawer.drawn));
    }
    // Every questionnaire is checked before any release is recorded.
    let past_budget = releases
        .iter()
        .map(|(id, _, cost, _)| ledger.check(id, *cost, options.over_budget))
        .collect::<Result<Vec<bool>>>()?;
    // Budgets are per questionnaire (each person answers one): the cost
    // shown is the largest any questionnaire paid.
    let mut cost: f64 = 0.0;
    for ((questionnaire, data, c, families), over_budget) in releases.into_iter().zip(past_budget) {
        if c > 0.0 {
            cost = cost.max(c);
            ledger.releases.push(protect::ledger::Release {
                made_on: options.today.clone(),
                questionnaire,
                data,
                families,
                cost: c,
                over_budget,
            });
        }
    }
    if cost > 0.0 {
        ledger.save()?;
    }
    let spent = pulled
        .surveys
        .iter()
        .map(|s| &s.questionnaire.id)
        .chain(pulled.sessions.iter().map(|s| &s.questionnaire.id))
        .map(|id| ledger.spent(id))
        .fold(0.0, f64::max);
    let (quality_groups, quality_links) = quality_by_group(&pulled, &ledger, org);
    let noise = ledger.noise();
    let protection = Protection {
        k: options.k,
        sigma: noise.sigma,
        typical: noise.typical(),
        cost,
        spent,
        budget: ledger.budget,
    };
    Ok(Prepared {
        pulled,
        tables,
        sessions,
        protection,
        quality_groups,
        quality_links,
    })
}

/// Groups with their adjusted survey respondents.
type QualityGroups = Vec<(String, u64)>;

/// Survey respondents per group, from the adjusted counts the tables
/// drew (all surveys together): the enrolled devices' groups, then apart
/// the groups of public survey links (which `org` marks as such).
fn quality_by_group(
    pulled: &Pulled,
    ledger: &protect::ledger::Ledger,
    org: Option<&Org>,
) -> (QualityGroups, QualityGroups) {
    let links = org.map(Org::link_groups).unwrap_or_default();
    let mut enrolled: std::collections::BTreeMap<String, u64> = Default::default();
    let mut linked: std::collections::BTreeMap<String, u64> = Default::default();
    for survey in &pulled.surveys {
        let Some(draws) = ledger.draws(&survey.questionnaire.id, &survey.digest) else {
            continue;
        };
        for g in &survey.groups {
            let into = if links.contains_key(g) {
                &mut linked
            } else {
                &mut enrolled
            };
            *into.entry(g.clone()).or_default() += draws.value("group", &format!("{g}|n"));
        }
    }
    (enrolled.into_iter().collect(), linked.into_iter().collect())
}

/// Reads the pull folder `dir` and writes the HTML report to `out`.
pub fn write(dir: &Path, org: Option<&Org>, options: &Options, out: &Path) -> Result<Written> {
    let prepared = prepare(dir, org, options)?;
    html::write(&prepared, options, org.map(|o| o.file.name.as_str()), out)?;
    Ok(prepared.written())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tables::{Dimensions, Question, Slice, Subject};

    /// 30 respondents in language 0 and 20 in language 1, suppressed
    /// exactly with k = 5: every respondent figure is shown.
    fn two_languages() -> Tables {
        let records: Vec<Record> = (0..50)
            .map(|i| Record {
                language: usize::from(i >= 30),
                period: 0,
                group: 0,
                chosen: vec![vec![0]],
            })
            .collect();
        let dims = Dimensions {
            languages: 2,
            periods: 1,
            groups: 1,
            cut: None,
        };
        let question = Question {
            id: "q".into(),
            multiple: false,
            codes: vec!["a".into()],
        };
        Tables::build(dims, vec![question], &records, 5).expect("tables")
    }

    fn hide(t: &mut Tables, slice: Slice, small: bool) {
        let i = t.figure(Subject::Respondents, slice).expect("figure");
        t.hidden[i] = true;
        t.small[i] = small;
    }

    #[test]
    fn published_respondents_are_the_total_or_the_largest_figure_shown() {
        let mut t = two_languages();
        assert_eq!(published_respondents(&t), 50);
        // Withheld to protect another figure: the largest shown slice, a
        // lower bound any reader can see.
        hide(&mut t, Slice::All, false);
        hide(&mut t, Slice::Period(0), false);
        hide(&mut t, Slice::Group(0), false);
        assert_eq!(published_respondents(&t), 30);
        // A column summing several draws may lie further off: not used.
        let lang0 = t
            .figure(Subject::Respondents, Slice::Language(0))
            .expect("figure");
        t.system.terms = vec![1; t.figures.len()];
        t.system.terms[lang0] = 3;
        assert_eq!(published_respondents(&t), 20);
        t.system.terms.clear();
        hide(&mut t, Slice::Language(0), false);
        assert_eq!(published_respondents(&t), 20);
        // Nothing shown at all: 0.
        hide(&mut t, Slice::Language(1), true);
        assert_eq!(published_respondents(&t), 0);
    }
}
