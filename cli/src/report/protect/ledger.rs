//! The privacy ledger, `privacy-ledger.json` in the pull folder: every
//! noisy figure ever published from this folder's data, and what each
//! report cost.
//!
//! Figures are drawn once per questionnaire and *data set* (the exact set
//! of submissions counted, by a digest of their ids) and stored: another
//! report of the same data, in another language, with another k or another
//! comparison date, shows the same figures and costs nothing. New data (a
//! later pull, a purge) means new draws, and their cost is added to the
//! questionnaire's spending; when it would pass the budget, the report is
//! refused unless the steward says `--over-budget`, which is recorded.

use super::noise::Noise;
use crate::error::{Error, IoContext, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The ledger's file name in a pull folder.
pub const LEDGER_FILE: &str = "privacy-ledger.json";

/// The default noise scale σ, in people: a typical adjustment of 2.
pub const DEFAULT_SIGMA: f64 = 3.0;

/// The default budget per questionnaire, in zCDP ρ.
///
/// At σ = 3 a full report of the shipped post-encounter survey (four
/// breakdowns of 36 figures one person adds to, plus written answers)
/// costs about 8.2, so this allows three releases of new data; see
/// docs/ORGANIZATION.md.
pub const DEFAULT_BUDGET: f64 = 25.0;

const FORMAT: u32 = 1;

/// The figures drawn for one questionnaire's data set.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Draws {
    /// The questionnaire id.
    pub questionnaire: String,
    /// Digest of the submission ids counted.
    pub data: String,
    /// The breakdowns (families) drawn so far: each one cost once.
    pub families: BTreeSet<String>,
    /// Noisy values by figure key (`family|category|subject`).
    pub figures: BTreeMap<String, i64>,
}

impl Draws {
    /// Stores the noisy value of figure `key` of family `family`.
    pub fn insert(&mut self, family: &str, key: &str, value: i64) {
        self.figures.insert(format!("{family}|{key}"), value);
    }

    /// Whether figure `key` of family `family` was drawn.
    pub fn has(&self, family: &str, key: &str) -> bool {
        self.figures.contains_key(&format!("{family}|{key}"))
    }

    /// The noisy value of figure `key` of family `family`, never below 0
    /// (0 when it was never drawn).
    pub fn value(&self, family: &str, key: &str) -> u64 {
        self.figures
            .get(&format!("{family}|{key}"))
            .map_or(0, |&v| v.max(0) as u64)
    }
}

/// One report that drew new figures.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Release {
    /// The day it was made.
    pub made_on: String,
    /// The questionnaire.
    pub questionnaire: String,
    /// The data set's digest.
    pub data: String,
    /// The breakdowns it drew.
    pub families: Vec<String>,
    /// Its zCDP cost ρ.
    pub cost: f64,
    /// Made although the budget was spent (the steward said so).
    pub over_budget: bool,
}

/// `privacy-ledger.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Ledger {
    /// File format.
    pub format: u32,
    /// The noise every figure gets.
    pub sigma: f64,
    /// Budget per questionnaire (zCDP ρ).
    pub budget: f64,
    /// What was drawn, per questionnaire and data set.
    pub draws: Vec<Draws>,
    /// Every release that cost something.
    pub releases: Vec<Release>,
    #[serde(skip)]
    path: PathBuf,
}

impl Ledger {
    /// Opens the ledger of pull folder `dir`, or a new one (not yet saved)
    /// with the default noise and budget.
    pub fn open(dir: &Path) -> Result<Ledger> {
        let path = dir.join(LEDGER_FILE);
        if !path.exists() {
            return Ok(Ledger {
                format: FORMAT,
                sigma: DEFAULT_SIGMA,
                budget: DEFAULT_BUDGET,
                draws: Vec::new(),
                releases: Vec::new(),
                path,
            });
        }
        let text = std::fs::read_to_string(&path).at(&path)?;
        let mut ledger: Ledger = serde_json::from_str(&text).map_err(|e| Error::AtLine {
            path: path.clone(),
            line: e.line(),
            message: format!(
                "{e}: the privacy ledger is damaged. Restore it from a backup; without it, figures already published cannot be reused and what was spent is unknown"
            ),
        })?;
        if ledger.format != FORMAT {
            return Err(Error::BadFile {
                path,
                message: format!(
                    "privacy ledger format {} is not known to this version of heard (it knows {FORMAT})",
                    ledger.format
                ),
            });
        }
        if !(ledger.sigma >= super::noise::MIN_SIGMA
            && ledger.budget.is_finite()
            && ledger.budget >= 0.0)
        {
            return Err(Error::BadFile {
                path,
                message: format!(
                    "the ledger's noise ({}) must be at least {} and its budget ({}) a number from 0",
                    ledger.sigma,
                    super::noise::MIN_SIGMA,
                    ledger.budget
                ),
            });
        }
        ledger.path = path;
        Ok(ledger)
    }

    /// Sets the noise and the budget of a ledger that has drawn nothing
    /// yet; refuses to change those of one that has (figures already
    /// published were drawn with them).
    pub fn configure(&mut self, sigma: Option<f64>, budget: Option<f64>) -> Result<()> {
        let fresh = self.draws.is_empty();
        if let Some(sigma) = sigma {
            if !(sigma >= super::noise::MIN_SIGMA && sigma.is_finite()) {
                return Err(Error::Usage(format!(
                    "--noise {sigma}: the noise must be at least {} person",
                    super::noise::MIN_SIGMA
                )));
            }
            if !fresh && sigma != self.sigma {
                return Err(Error::BadFile {
                    path: self.path.clone(),
                    message: format!(
                        "the figures of this folder were drawn with noise {}; a ledger keeps its noise (drop --noise)",
                        self.sigma
                    ),
                });
            }
            self.sigma = sigma;
        }
        if let Some(budget) = budget {
            if !(budget.is_finite() && budget >= 0.0) {
                return Err(Error::Usage(format!(
                    "--privacy-budget {budget}: expected a number from 0"
                )));
            }
            if !fresh && budget != self.budget {
                return Err(Error::BadFile {
                    path: self.path.clone(),
                    message: format!(
                        "this folder's privacy budget is {}; a ledger keeps its budget (drop --privacy-budget; to release past it, use --over-budget)",
                        self.budget
                    ),
                });
            }
            self.budget = budget;
        }
        Ok(())
    }

    /// The ledger's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The noise its figures get.
    pub fn noise(&self) -> Noise {
        Noise { sigma: self.sigma }
    }

    /// The draws of `questionnaire`'s data set `data`, if any were made.
    pub fn draws(&self, questionnaire: &str, data: &str) -> Option<&Draws> {
        self.draws
            .iter()
            .find(|d| d.questionnaire == questionnaire && d.data == data)
    }

    /// What `questionnaire`'s releases have cost so far.
    pub fn spent(&self, questionnaire: &str) -> f64 {
        self.releases
            .iter()
            .filter(|r| r.questionnaire == questionnaire)
            .map(|r| r.cost)
            .sum()
    }

    /// The index in `draws` of `questionnaire`'s data set `data`, created
    /// empty when new.
    pub fn draws_index(&mut self, questionnaire: &str, data: &str) -> usize {
        let at = self
            .draws
            .iter()
            .position(|d| d.questionnaire == questionnaire && d.data == data);
        at.unwrap_or_else(|| {
            self.draws.push(Draws {
                questionnaire: questionnaire.to_string(),
                data: data.to_string(),
                ..Draws::default()
            });
            self.draws.len() - 1
        })
    }

    /// Whether a release costing `cost` passes `questionnaire`'s budget;
    /// refuses it when it does, unless `over_budget`.
    pub fn check(&self, questionnaire: &str, cost: f64, over_budget: bool) -> Result<bool> {
        let spent = self.spent(questionnaire);
        // A little slack so that a budget of exactly n releases allows n.
        let passes = cost > 0.0 && spent + cost > self.budget + 1e-9;
        if passes && !over_budget {
            return Err(Error::BudgetSpent {
                path: self.path.clone(),
                questionnaire: questionnaire.to_string(),
                cost,
                left: (self.budget - spent).max(0.0),
                budget: self.budget,
            });
        }
        Ok(passes)
    }

    /// Saves the ledger atomically, owner-only (it holds noisy figures of
    /// unpublished breakdowns too).
    pub fn save(&self) -> Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(|e| Error::BadFile {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        crate::files::write_atomic(&self.path, &json, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_ledger_has_the_defaults_and_a_damaged_one_is_named() {
        let dir = tempfile::tempdir().expect("dir");
        let ledger = Ledger::open(dir.path()).expect("new");
        assert_eq!(ledger.sigma, DEFAULT_SIGMA);
        assert_eq!(ledger.spent("x"), 0.0);
        std::fs::write(dir.path().join(LEDGER_FILE), "{ not json").expect("write");
        let err = Ledger::open(dir.path()).expect_err("damaged").to_string();
        assert!(
            err.contains(LEDGER_FILE) && err.contains("damaged"),
            "{err}"
        );
    }

    #[test]
    fn the_budget_refuses_unless_told() {
        let dir = tempfile::tempdir().expect("dir");
        let mut ledger = Ledger::open(dir.path()).expect("new");
        ledger.budget = 5.0;
        ledger.releases.push(Release {
            made_on: "2026-12-01".into(),
            questionnaire: "q".into(),
            data: "d".into(),
            families: vec![],
            cost: 4.0,
            over_budget: false,
        });
        assert!(!ledger.check("q", 1.0, false).expect("within the budget"));
        let err = ledger
            .check("q", 1.5, false)
            .expect_err("spent")
            .to_string();
        assert!(
            err.contains("--over-budget") && err.contains("1.00 of 5.00"),
            "{err}"
        );
        assert!(
            ledger.check("q", 1.5, true).expect("told"),
            "recorded as past the budget"
        );
        assert!(
            ledger.check("other", 4.5, false).is_ok(),
            "budgets are per questionnaire"
        );
        assert!(
            ledger.check("q", 0.0, false).is_ok(),
            "a reused release is free"
        );
    }
}
