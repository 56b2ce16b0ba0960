//! What a collecting app drives: the response being filled in, saved to the
//! encrypted store after every change, submitted, and, on a shared kiosk
//! tablet, replaced by a fresh one so that nothing of the previous
//! respondent can be reached.

use crate::error::{Error, Result};
use crate::store::{DraftInfo, Store};
use heard_engine::Answer;
use heard_engine::{Cursor, Response};
use heard_engine::{Questionnaire, QuestionnaireKind};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

/// Personal phone or shared tablet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// One person's device: drafts can be resumed.
    Personal,
    /// A shared kiosk tablet: after each submit a fresh response starts in
    /// `locale`; survey drafts of earlier respondents are never listed,
    /// resumed or kept.
    Kiosk {
        /// The language every new respondent starts in.
        locale: String,
    },
}

/// The result of a submit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submitted {
    /// The sealed submission's id.
    pub submission_id: String,
    /// On a kiosk, the fresh response now active.
    pub next_draft: Option<String>,
}

/// Responses being collected on one device.
pub struct Collector {
    /// Shared with the syncer, which sends the outbox while a person fills
    /// in the next response; lock order is collector, then store.
    store: Arc<Mutex<Store>>,
    mode: Mode,
    questionnaires: BTreeMap<String, Arc<Questionnaire>>,
    active: Option<(String, Response)>,
}

impl Collector {
    /// Collects into `store` with the given questionnaires.
    pub fn new(
        store: Arc<Mutex<Store>>,
        mode: Mode,
        questionnaires: impl IntoIterator<Item = Arc<Questionnaire>>,
    ) -> Collector {
        Collector {
            store,
            mode,
            questionnaires: questionnaires
                .into_iter()
                .map(|q| (q.id.clone(), q))
                .collect(),
            active: None,
        }
    }

    /// The store (for the outbox and recipients), locked.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>> {
        self.store.lock().map_err(|_| Error::Poisoned)
    }

    /// The shared store, for a syncer.
    pub fn shared_store(&self) -> Arc<Mutex<Store>> {
        self.store.clone()
    }

    /// The mode: personal device or kiosk.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Switches between personal and kiosk mode. Entering kiosk mode drops
    /// the active survey response and every survey draft, so the next
    /// respondent cannot reach an earlier one.
    pub fn set_mode(&mut self, mode: Mode) -> Result<()> {
        if matches!(mode, Mode::Kiosk { .. }) {
            let active_survey = self
                .active
                .as_ref()
                .is_some_and(|(_, r)| r.questionnaire().kind == QuestionnaireKind::Survey);
            if active_survey {
                self.active = None;
            }
            for id in self.abandoned_surveys()? {
                self.store()?.discard_draft(&id)?;
            }
        }
        self.mode = mode;
        Ok(())
    }

    /// The questionnaires this collector offers, by id.
    pub fn questionnaires(&self) -> impl Iterator<Item = &Arc<Questionnaire>> {
        self.questionnaires.values()
    }

    /// Adds or replaces questionnaires (after a sync installed new ones).
    /// The active response keeps the version it started with.
    pub fn add_questionnaires(&mut self, qs: impl IntoIterator<Item = Arc<Questionnaire>>) {
        for q in qs {
            self.questionnaires.insert(q.id.clone(), q);
        }
    }

    /// Discards the active response and its draft.
    pub fn discard(&mut self) -> Result<()> {
        if let Some((id, _)) = self.active.take() {
            self.store()?.discard_draft(&id)?;
        }
        Ok(())
    }

    fn questionnaire(&self, id: &str) -> Result<Arc<Questionnaire>> {
        self.questionnaires
            .get(id)
            .cloned()
            .ok_or_else(|| Error::UnknownQuestionnaire(id.to_string()))
    }

    fn is_kiosk(&self) -> bool {
        matches!(self.mode, Mode::Kiosk { .. })
    }

    /// Survey drafts left by earlier respondents on a kiosk.
    fn abandoned_surveys(&self) -> Result<Vec<String>> {
        Ok(self
            .store()?
            .drafts()?
            .into_iter()
            .filter(|d| d.kind == QuestionnaireKind::Survey)
            .map(|d| d.id)
            .collect())
    }

    /// Starts a new response and makes it active. On a kiosk, survey drafts
    /// someone walked away from are deleted first.
    pub fn start<S: AsRef<str>>(
        &mut self,
        questionnaire_id: &str,
        preferred: &[S],
    ) -> Result<String> {
        let q = self.questionnaire(questionnaire_id)?;
        if self.is_kiosk() && q.kind == QuestionnaireKind::Survey {
            for id in self.abandoned_surveys()? {
                self.store()?.discard_draft(&id)?;
            }
        }
        let r = Response::new(q, preferred);
        let id = self.store()?.create_draft(&r)?;
        self.active = Some((id.clone(), r));
        Ok(id)
    }

    /// The drafts a person may resume: all on a personal device; on a kiosk,
    /// only listening sessions (a liaison's own work).
    pub fn drafts(&self) -> Result<Vec<DraftInfo>> {
        let all = self.store()?.drafts()?;
        Ok(if self.is_kiosk() {
            all.into_iter()
                .filter(|d| d.kind == QuestionnaireKind::ListeningSession)
                .collect()
        } else {
            all
        })
    }

    /// Makes a saved draft active again. Returns the ids of answers that no
    /// longer fit the questionnaire (and were dropped).
    pub fn resume(&mut self, draft_id: &str) -> Result<Vec<String>> {
        let info = self
            .drafts()?
            .into_iter()
            .find(|d| d.id == draft_id)
            .ok_or_else(|| Error::UnknownDraft(draft_id.to_string()))?;
        let q = self.questionnaire(&info.questionnaire_id)?;
        let (r, dropped) = self.store()?.load_draft(draft_id, q)?;
        self.active = Some((draft_id.to_string(), r));
        Ok(dropped)
    }

    /// The active response.
    pub fn response(&self) -> Option<&Response> {
        self.active.as_ref().map(|(_, r)| r)
    }

    /// The active draft's id.
    pub fn draft_id(&self) -> Option<&str> {
        self.active.as_ref().map(|(id, _)| id.as_str())
    }

    /// Changes the active response with `f` and saves it, whatever `f`
    /// returned: an accepted answer is never only in memory.
    pub fn update<T>(
        &mut self,
        f: impl FnOnce(&mut Response) -> heard_engine::Result<T>,
    ) -> Result<T> {
        let (id, r) = self.active.as_mut().ok_or(Error::NoActiveResponse)?;
        let result = f(r);
        let (id, r) = (id.clone(), r.clone());
        self.store()?.save_draft(&id, &r)?;
        if r.consent_declined() {
            self.after_end()?;
        }
        Ok(result?)
    }

    /// Answers an item of the active response and saves it.
    pub fn answer(&mut self, item_id: &str, answer: Answer) -> Result<()> {
        self.update(|r| r.answer(item_id, answer))
    }

    /// Moves to the next screen and saves the position.
    pub fn next_screen(&mut self) -> Result<Cursor> {
        self.update(Response::next_screen)
    }

    /// What happens when a response ends without a submit (consent declined):
    /// on a kiosk a fresh one starts.
    fn after_end(&mut self) -> Result<()> {
        let Some((_, r)) = self.active.take() else {
            return Ok(());
        };
        if let Mode::Kiosk { locale } = self.mode.clone()
            && r.questionnaire().kind == QuestionnaireKind::Survey
        {
            self.start(&r.questionnaire().id.clone(), &[locale])?;
        }
        Ok(())
    }

    /// Seals and queues the active response (closes a listening session). On
    /// a kiosk, a fresh survey response starts at once, in the kiosk's language.
    pub fn submit(&mut self) -> Result<Submitted> {
        let (id, r) = self.active.as_ref().ok_or(Error::NoActiveResponse)?;
        let submission_id = self.store()?.submit(id, r)?;
        let qid = r.questionnaire().id.clone();
        let survey = r.questionnaire().kind == QuestionnaireKind::Survey;
        self.active = None;
        let next_draft = match self.mode.clone() {
            Mode::Kiosk { locale } if survey => Some(self.start(&qid, &[locale])?),
            _ => None,
        };
        Ok(Submitted {
            submission_id,
            next_draft,
        })
    }
}
