//! [`Survey`]: one person's response to one verified questionnaire, as a
//! plain Rust value. [`crate::WebSurvey`] is this behind wasm-bindgen; the
//! native tests drive this directly.

use crate::error::{Error, Result};
use crate::view::{AudioClip, Draft, LanguageInfo, View};
use heard_engine::submission::{DateGranularity, QuestionnaireRef, Submission};
use heard_engine::{Answer, Cursor, Direction, Questionnaire, Response, ValidationError, seal};
use heard_protocol::signing::{Bundle, OrgConfig, PublicKey, SecretKey, Signed};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Verifies `signed_bundle_json` (a `Signed` document, as
/// `heard questionnaire pack` writes it) with the organization's public key
/// `org_public_key` (base64url, as `heard org show` prints it) and loads
/// its questionnaire from memory: the checks `Store::install_bundle` makes
/// on a device, without storing anything.
pub fn verify_bundle(signed_bundle_json: &str, org_public_key: &str) -> Result<Questionnaire> {
    let key = PublicKey::from_base64(org_public_key).map_err(Error::OrgKey)?;
    let signed: Signed =
        serde_json::from_str(signed_bundle_json).map_err(|e| Error::NotSigned(e.to_string()))?;
    let bundle: Bundle = signed
        .verify(&key, "questionnaire bundle")
        .map_err(|e| match e {
            heard_protocol::signing::SignatureError::Content { reason, .. } => {
                Error::NotABundle(reason)
            }
            e => Error::Signature(e),
        })?;
    let refused = |e: heard_engine::Error| Error::Questionnaire {
        id: bundle.questionnaire_id.clone(),
        version: bundle.version,
        reason: match e {
            heard_engine::Error::Bundle(reason) => reason,
            e => e.to_string(),
        },
    };
    heard_engine::bundle::check(&bundle).map_err(refused)?;
    heard_engine::bundle::open(&bundle).map_err(refused)
}

/// Verifies the organization's signed config (`GET /v1/config`, a
/// `Signed` document) with the key from the link: its recipients are the
/// keys the answers are sealed to, so an altered config would hand them to
/// someone else. The same check a device makes at enrollment.
pub fn verify_config(signed_config_json: &str, org_public_key: &str) -> Result<OrgConfig> {
    let key = PublicKey::from_base64(org_public_key).map_err(Error::OrgKey)?;
    let signed: Signed = serde_json::from_str(signed_config_json)
        .map_err(|e| Error::Config(format!("not a signed document: {e}")))?;
    let config: OrgConfig = signed
        .verify(&key, "organization config")
        .map_err(|e| Error::Config(e.to_string()))?;
    if config.recipients.is_empty() {
        return Err(Error::Config("it names no recipient to seal to".into()));
    }
    for r in &config.recipients {
        seal::parse_recipient(r).map_err(|e| Error::Config(e.to_string()))?;
    }
    Ok(config)
}

/// What signs a link's submissions: its enrollment group and the group's
/// secret key, both from the link, so that `heard pull` knows which poster
/// each came from and refuses what no link of the organization signed.
pub struct Signer {
    group: String,
    key: SecretKey,
}

impl Signer {
    /// The signer of group `group` with secret key `key` (base64).
    pub fn new(group: &str, key: &str) -> Result<Signer> {
        Ok(Signer {
            group: group.to_string(),
            key: SecretKey::from_base64(key).map_err(Error::GroupKey)?,
        })
    }
}

/// A response in progress, or ended (consent declined), or sealed.
pub struct Survey {
    response: Response,
    /// Refused answers and unmet requirements, beside their items, until
    /// the item is answered again.
    errors: BTreeMap<String, ValidationError>,
    /// Answers a resumed draft held that no longer fit.
    dropped: Vec<String>,
    /// Set once the envelope was made: the submission id.
    sealed: Option<String>,
}

impl Survey {
    /// Verifies the bundle (see [`verify_bundle`]) and starts a response in
    /// the first of `preferred` locales the questionnaire has.
    pub fn open<S: AsRef<str>>(
        signed_bundle_json: &str,
        org_public_key: &str,
        preferred: &[S],
    ) -> Result<Survey> {
        let q = Arc::new(verify_bundle(signed_bundle_json, org_public_key)?);
        Ok(Survey::start(Response::new(q, preferred), Vec::new()))
    }

    /// Verifies the bundle and rebuilds the response saved by
    /// [`Survey::draft`], on this bundle's questionnaire (which may be a
    /// newer version: answers that no longer fit are dropped and listed by
    /// [`Survey::dropped_answers`]).
    pub fn resume(signed_bundle_json: &str, org_public_key: &str, draft: &str) -> Result<Survey> {
        let q = Arc::new(verify_bundle(signed_bundle_json, org_public_key)?);
        let draft: Draft = serde_json::from_str(draft).map_err(|e| Error::Draft(e.to_string()))?;
        if draft.questionnaire.id != q.id {
            return Err(Error::WrongDraft {
                draft: draft.questionnaire.id,
                given: q.id.clone(),
            });
        }
        let cursor = draft.screen.map_or(Cursor::End, Cursor::Screen);
        let (response, dropped) =
            Response::restore(q, &[draft.locale.as_str()], draft.answers, cursor);
        Ok(Survey::start(response, dropped))
    }

    fn start(response: Response, dropped: Vec<String>) -> Survey {
        Survey {
            response,
            errors: BTreeMap::new(),
            dropped,
            sealed: None,
        }
    }

    /// The questionnaire being answered.
    pub fn questionnaire(&self) -> &Questionnaire {
        self.response.questionnaire()
    }

    /// The response (for tests and for callers that need the engine's own
    /// calls).
    pub fn response(&self) -> &Response {
        &self.response
    }

    /// The ids of answers a resumed draft held that no longer fit the
    /// questionnaire and were dropped (empty for a new response).
    pub fn dropped_answers(&self) -> &[String] {
        &self.dropped
    }

    /// The id of the sealed submission, once [`Survey::seal`] made it.
    pub fn submission_id(&self) -> Option<&str> {
        self.sealed.as_deref()
    }

    /// What to show now.
    pub fn render(&self) -> View {
        let r = &self.response;
        let title = r.title();
        let title_audio = r.title_audio();
        let locale = r.locale().to_string();
        let direction = r.direction();
        if self.sealed.is_some() {
            return View::Sealed {
                title,
                message: r.ui_text("submitted-sealed"),
                locale,
                direction,
            };
        }
        if r.consent_declined() {
            return View::Ended {
                title,
                message: r.ui_text("consent-declined"),
                locale,
                direction,
            };
        }
        match (r.cursor(), r.screen()) {
            (Cursor::Screen(_), Some(screen)) => {
                let errors = screen
                    .items
                    .iter()
                    .filter_map(|i| self.errors.get(&i.id).map(|e| (i.id.clone(), e.clone())))
                    .collect();
                View::Questions {
                    title,
                    title_audio,
                    screen,
                    errors,
                }
            }
            _ => View::Review {
                title,
                title_audio,
                heading: r.ui_text("review-title"),
                lines: r.review(),
                missing: r.completion(),
                complete: r.is_complete(),
                locale,
                direction,
            },
        }
    }

    fn not_sealed(&self) -> Result<()> {
        match self.sealed {
            Some(_) => Err(Error::AlreadySealed),
            None => Ok(()),
        }
    }

    /// Runs a change on the response. A refused answer is remembered beside
    /// its item (shown by the next render) as well as returned.
    fn change(
        &mut self,
        item: Option<&str>,
        f: impl FnOnce(&mut Response) -> heard_engine::Result<()>,
    ) -> Result<View> {
        self.not_sealed()?;
        match f(&mut self.response) {
            Ok(()) => {
                if let Some(item) = item {
                    self.errors.remove(item);
                }
            }
            Err(heard_engine::Error::Invalid(v)) => {
                self.errors.insert(v.item.clone(), v.clone());
                return Err(heard_engine::Error::Invalid(v).into());
            }
            Err(e) => return Err(e.into()),
        }
        Ok(self.render())
    }

    /// Answers `item` with `answer` (checked: type, options, bounds,
    /// length, constraint). Declining consent ends the response and forgets
    /// every answer.
    pub fn answer(&mut self, item: &str, answer: Answer) -> Result<View> {
        self.change(Some(item), |r| r.answer(item, answer))
    }

    /// Answers `item` with an answer as JSON, the shape the view shows
    /// answers in: `{"type":"choice","value":"yes"}`,
    /// `{"type":"choices","value":["a","b"]}`, `{"type":"integer","value":3}`,
    /// `{"type":"consent","value":true}`, `{"type":"declined"}`.
    pub fn answer_json(&mut self, item: &str, value_json: &str) -> Result<View> {
        self.not_sealed()?;
        let answer: Answer = serde_json::from_str(value_json).map_err(|e| Error::AnswerJson {
            item: item.to_string(),
            reason: e.to_string(),
        })?;
        self.answer(item, answer)
    }

    /// Answers `item` from what was typed: a number or date parsed, text as
    /// it is; empty text clears the answer.
    pub fn answer_typed(&mut self, item: &str, typed: &str) -> Result<View> {
        self.change(Some(item), |r| r.answer_typed(item, typed))
    }

    /// Chooses "prefer not to say" for `item`.
    pub fn decline(&mut self, item: &str) -> Result<View> {
        self.change(Some(item), |r| r.decline(item))
    }

    /// Removes the answer to `item`.
    pub fn clear(&mut self, item: &str) -> Result<View> {
        self.change(Some(item), |r| r.clear(item))
    }

    /// Goes to the next screen (after the last: the review). When answers
    /// on this screen need attention it stays, and the view shows why
    /// beside each item.
    // The page's word for the button; a survey is not an iterator.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<View> {
        self.not_sealed()?;
        match self.response.next_screen() {
            Ok(_) => {}
            Err(heard_engine::Error::Incomplete(list)) => {
                for v in list {
                    self.errors.insert(v.item.clone(), v);
                }
            }
            Err(e) => return Err(e.into()),
        }
        Ok(self.render())
    }

    /// Goes back one screen (stays on the first).
    pub fn back(&mut self) -> Result<View> {
        self.change(None, |r| {
            r.back();
            Ok(())
        })
    }

    /// Goes to screen `screen` (a review line's `screen`), if it is shown.
    pub fn go_to(&mut self, screen: usize) -> Result<View> {
        self.change(None, |r| r.go_to(screen).map(|_| ()))
    }

    /// Switches the display language to the first of `preferred` the
    /// questionnaire has; answers are kept.
    pub fn set_locale<S: AsRef<str>>(&mut self, preferred: &[S]) -> View {
        self.response.set_locale(preferred);
        self.render()
    }

    /// The languages the questionnaire can be answered in, the default
    /// first, each named in itself.
    pub fn languages(&self) -> Vec<LanguageInfo> {
        let q = self.questionnaire();
        let mut tags: Vec<&str> = q.locales();
        tags.sort_by_key(|t| *t != q.default_locale);
        tags.into_iter()
            .map(|t| LanguageInfo {
                tag: t.to_string(),
                name: q.languages.name(t).to_string(),
                rtl: q.languages.direction(t) == Direction::Rtl,
            })
            .collect()
    }

    /// The recording `id` (an `audio.id` from the view), with its media
    /// type for an `<audio>` element's `Blob`.
    pub fn audio(&self, id: &str) -> Result<AudioClip> {
        let q = self.questionnaire();
        let (media_type, bytes) = q.audio_clip(id).ok_or_else(|| Error::NoAudio {
            questionnaire: q.id.clone(),
            id: id.to_string(),
        })?;
        Ok(AudioClip {
            media_type: media_type.to_string(),
            bytes: bytes.to_vec(),
        })
    }

    /// The response to keep until the person comes back: JSON with the
    /// questionnaire, display locale, screen and every answer (hidden ones
    /// too, as a device's draft), padded with spaces to 1 KiB buckets like
    /// the device's drafts so its length says little. It is plaintext: the
    /// page must encrypt it (WebCrypto) before storing it. Refused after
    /// consent was declined (nothing may be kept) and after sealing (the
    /// draft must be deleted then).
    pub fn draft(&self) -> Result<String> {
        self.not_sealed()?;
        let r = &self.response;
        if r.consent_declined() {
            return Err(heard_engine::Error::Ended.into());
        }
        let q = r.questionnaire();
        let draft = Draft {
            questionnaire: QuestionnaireRef {
                id: q.id.clone(),
                version: q.version,
            },
            locale: r.locale().to_string(),
            screen: match r.cursor() {
                Cursor::Screen(s) => Some(s),
                Cursor::End => None,
            },
            answers: r.draft_answers(),
        };
        let json = serde_json::to_vec(&draft).map_err(|e| Error::Draft(e.to_string()))?;
        String::from_utf8(seal::pad(json, seal::PAD_BUCKET))
            .map_err(|e| Error::Draft(e.to_string()))
    }

    /// Seals the complete response as a device does (`Store::submit`): the
    /// canonical submission (random id, questionnaire, kind, locale, today's
    /// date to the day, the answers of shown items) padded to 1 KiB buckets
    /// and age-encrypted to every one of `recipients` (`age1…`). Returns the
    /// envelope, the bytes a device puts in its outbox. Refused when an
    /// answer is still needed, consent was declined, a recipient is not an
    /// age X25519 recipient, or it was sealed already. The submission is
    /// signed by the link's group, as a device's is by its enrollment group.
    pub fn seal<S: AsRef<str>>(&mut self, recipients: &[S], signer: &Signer) -> Result<Vec<u8>> {
        self.not_sealed()?;
        if recipients.is_empty() {
            return Err(Error::NoRecipients);
        }
        let recipients = recipients
            .iter()
            .map(|r| seal::parse_recipient(r.as_ref()))
            .collect::<heard_engine::Result<Vec<_>>>()?;
        let submission = Submission::from_response(
            &self.response,
            heard_engine::date::today(),
            DateGranularity::Day,
        )?
        .signed_by_group(signer.group.clone(), &signer.key);
        let envelope = submission.seal(&recipients, seal::PAD_BUCKET)?;
        self.sealed = Some(submission.submission_id);
        self.errors.clear();
        Ok(envelope)
    }
}
