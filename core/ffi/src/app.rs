//! [`HeardApp`]: the state an app opens at its data directory, and every
//! call its screens make. Calls may come from several threads at once; the
//! state sits behind one lock (the store behind its own, shared with a
//! running sync), and a panic wipe leaves every later call answering
//! [`ApiError::Wiped`]. The app lock's calls are in [`crate::lock`].

use crate::answers::{AnswerValue, FollowUp};
use crate::enrollment::EnrollmentOffer;
use crate::error::{ApiError, Result};
use crate::progress::{SyncProgress, SyncSummary};
use crate::render::{self, FieldError, LocalizedText, View};
use crate::secrets::{Platform, SecretStore};
use heard_device::{
    AppLock, Collector, LockConfig, Mode, Store, StoreConfig, SyncConfig, SyncStatus, Syncer,
};
use heard_engine::{
    Answer, Cursor, Direction, Questionnaire, QuestionnaireKind, Response, ValidationError,
};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

/// The store's file inside the data directory.
const STORE_FILE: &str = "heard.sqlite";

/// A language a questionnaire can be filled in.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LanguageInfo {
    /// BCP 47 tag.
    pub tag: String,
    /// The language's name for itself ("العربية", "ትግርኛ").
    pub name: String,
    /// Whether it is written right to left.
    pub rtl: bool,
}

/// An installed questionnaire.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct QuestionnaireInfo {
    /// Its id.
    pub id: String,
    /// Its version.
    pub version: i32,
    /// Whether it is a listening-session guide (else a survey).
    pub listening_session: bool,
    /// Its title in the first of the preferred locales it has.
    pub title: LocalizedText,
    /// Its languages, the default first.
    pub languages: Vec<LanguageInfo>,
}

/// A saved response that can be resumed.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DraftSummary {
    /// The draft's id.
    pub id: String,
    /// Its questionnaire.
    pub questionnaire_id: String,
    /// Whether it is a listening session.
    pub listening_session: bool,
    /// When it will be deleted (Unix seconds); `None` for sessions.
    pub expires_at: Option<i64>,
}

/// A submission the server refused for good.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RejectedItem {
    /// The submission's id.
    pub submission_id: String,
    /// Why.
    pub reason: String,
}

/// The last sync, as the device noted it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct LastSync {
    /// When it ran (Unix seconds).
    pub attempted_at: i64,
    /// How it ended: `done`, `retry-later`, `revoked`, `unauthorized` or
    /// `not-a-heard-server` (the app's strings name each `sync-outcome-<code>`).
    pub outcome: String,
    /// When a sync last reached the server and finished (Unix seconds).
    pub succeeded_at: Option<i64>,
}

/// The outbox: sealed submissions waiting to be sent, and refused ones.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct OutboxStatus {
    /// Waiting to be sent.
    pub queued: i64,
    /// Refused by the server, with reasons.
    pub rejected: Vec<RejectedItem>,
    /// Taken by the server today.
    pub sent_today: i64,
    /// The last sync; `None` before the first.
    pub last_sync: Option<LastSync>,
}

/// What this device holds, in counts only (for "what is on this phone").
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Holdings {
    /// Whether it is enrolled with an organization.
    pub enrolled: bool,
    /// The organization's name, when enrolled.
    pub organization: Option<String>,
    /// Installed questionnaires.
    pub questionnaires: i64,
    /// Saved drafts (encrypted to this device).
    pub drafts: i64,
    /// Sealed submissions waiting (unreadable on this device).
    pub queued: i64,
    /// Submissions the server refused.
    pub rejected: i64,
    /// Whether the device is in kiosk mode.
    pub kiosk: bool,
}

/// A recorded prompt's bytes, for the platform player.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AudioClip {
    /// Its media type (`audio/ogg`, `audio/mp4`, `audio/mpeg`).
    pub media_type: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// The result of a submit.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Submitted {
    /// The sealed submission's id.
    pub submission_id: String,
    /// On a kiosk, the fresh response now active.
    pub next_draft: Option<String>,
}

/// Settings fixed when the app opens.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct AppOptions {
    /// The desktop's setting: a PIN set on this app also encrypts the device
    /// keys `secrets` keeps (a plain file store). Phones keep their keys in
    /// the hardware key store and leave it off. Applies to a PIN set from
    /// now on; an existing lock keeps what it was created with.
    #[uniffi(default = false)]
    pub wrap_secrets_with_pin: bool,
}

/// An open app: its store, its questionnaires, the response in progress.
pub(crate) struct Session {
    pub(crate) collector: Collector,
    /// The last refusal per item, shown beside the field until it is
    /// answered again.
    errors: BTreeMap<String, ValidationError>,
    /// Kept between syncs so list and config `ETag`s are reused.
    syncer: Option<Arc<Syncer>>,
    /// The device keys: the platform's store, or on the desktop the same
    /// store seen through the PIN's key.
    pub(crate) secrets: Arc<dyn heard_device::SecretStore>,
    /// The app lock, when a PIN is set.
    pub(crate) lock: Option<Box<AppLock>>,
}

/// Where the app is.
pub(crate) enum State {
    /// A PIN is set and not entered: the store is closed.
    Locked(Box<AppLock>),
    /// The lock file cannot be read: locked for good, until erased.
    Damaged(String),
    /// In use.
    Open(Box<Session>),
    /// Wiped: nothing left; every call answers [`ApiError::Wiped`].
    Wiped,
}

/// The app state opened at a data directory. Hold one per process.
#[derive(uniffi::Object)]
pub struct HeardApp {
    pub(crate) dir: PathBuf,
    /// The platform's key store as it is, for wipes and new locks.
    pub(crate) platform: Arc<dyn heard_device::SecretStore>,
    pub(crate) options: AppOptions,
    pub(crate) state: Mutex<State>,
}

fn installed(store: &Store) -> Result<Vec<Arc<Questionnaire>>> {
    let mut out = Vec::new();
    for bundle in store.bundles()? {
        // A bundle was verified when installed; one this version cannot
        // load is left installed for a newer app and not offered.
        if let Ok(q) = heard_engine::bundle::open(&bundle) {
            out.push(Arc::new(q));
        }
    }
    Ok(out)
}

fn store_config() -> StoreConfig {
    StoreConfig::default()
}

impl HeardApp {
    pub(crate) fn lock(&self) -> Result<MutexGuard<'_, State>> {
        self.state
            .lock()
            .map_err(|_| ApiError::Internal("an earlier failure".into()))
    }

    fn with<T>(&self, f: impl FnOnce(&mut Session) -> Result<T>) -> Result<T> {
        let mut state = self.lock()?;
        match &mut *state {
            State::Open(session) => f(session),
            State::Locked(_) => Err(ApiError::Locked),
            State::Damaged(reason) => Err(ApiError::LockDamaged(reason.clone())),
            State::Wiped => Err(ApiError::Wiped),
        }
    }

    /// The store's database file.
    pub(crate) fn store_path(&self) -> PathBuf {
        self.dir.join(STORE_FILE)
    }

    /// The lock settings for a new lock (and the hashes of a PIN change).
    pub(crate) fn lock_config(&self) -> LockConfig {
        LockConfig {
            wrap_secrets: self.options.wrap_secrets_with_pin,
            ..LockConfig::default()
        }
    }

    /// Opens the store with `secrets` and loads its questionnaires.
    pub(crate) fn open_session(
        &self,
        secrets: Arc<dyn heard_device::SecretStore>,
        lock: Option<Box<AppLock>>,
    ) -> Result<Session> {
        let store = Store::open(self.store_path(), &*secrets, store_config())?;
        let questionnaires = installed(&store)?;
        let collector = Collector::new(Arc::new(Mutex::new(store)), Mode::Personal, questionnaires);
        Ok(Session {
            collector,
            errors: BTreeMap::new(),
            syncer: None,
            secrets,
            lock,
        })
    }

    fn view_of(session: &Session) -> View {
        let Some(r) = session.collector.response() else {
            return View::Idle;
        };
        match r.cursor() {
            Cursor::Screen(_) => match r.screen() {
                Some(s) => View::Questions {
                    screen: render::screen(s, r.title(), r.title_audio(), &session.errors),
                },
                None => View::Idle,
            },
            Cursor::End => View::Review {
                title: r.title().into(),
                title_audio: r.title_audio().map(Into::into),
                lines: r.review().into_iter().map(Into::into).collect(),
                missing: r.completion().iter().map(FieldError::from).collect(),
                locale: r.locale().to_string(),
                rtl: r.direction() == Direction::Rtl,
            },
        }
    }

    /// Changes the active response and returns the new view. A refused
    /// answer is kept beside its field as well as returned as an error.
    fn change(
        &self,
        item: Option<&str>,
        f: impl FnOnce(&mut Response) -> heard_engine::Result<()>,
    ) -> Result<View> {
        self.with(|s| {
            match s.collector.update(f) {
                Ok(()) => {
                    if let Some(item) = item {
                        s.errors.remove(item);
                    }
                }
                Err(heard_device::Error::Engine(heard_engine::Error::Invalid(v))) => {
                    let err = ApiError::InvalidAnswer(format!("{}: {}", v.item, v.message.text));
                    s.errors.insert(v.item.clone(), v);
                    return Err(err);
                }
                Err(e) => return Err(e.into()),
            }
            Ok(Self::view_of(s))
        })
    }

    fn current_answer(&self, item: &str) -> Result<Option<Answer>> {
        self.with(|s| {
            let r = s.collector.response().ok_or(ApiError::NoActiveResponse)?;
            Ok(r.answer_of(item).cloned())
        })
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl HeardApp {
    /// Opens the app in `data_dir`, its device keys kept by `secrets`. With
    /// a PIN set the app opens locked (see `lock_status`, `unlock`), its
    /// store still closed; otherwise the store is opened (or created). A
    /// damaged store is moved aside and reported.
    #[uniffi::constructor]
    pub fn open(
        data_dir: String,
        secrets: Arc<dyn SecretStore>,
        options: AppOptions,
    ) -> Result<Arc<HeardApp>> {
        let dir = PathBuf::from(data_dir);
        std::fs::create_dir_all(&dir).map_err(|e| {
            ApiError::Storage(format!("cannot create {}: {}", dir.display(), e.kind()))
        })?;
        let platform: Arc<dyn heard_device::SecretStore> = Arc::new(Platform(secrets));
        let app = HeardApp {
            dir,
            platform,
            options,
            state: Mutex::new(State::Wiped),
        };
        let state = if AppLock::exists(&app.dir) {
            match AppLock::open(&app.dir, app.lock_config()) {
                Ok(lock) => State::Locked(Box::new(lock)),
                Err(e @ heard_device::Error::LockDamaged { .. }) => State::Damaged(e.to_string()),
                Err(e) => return Err(e.into()),
            }
        } else {
            State::Open(Box::new(app.open_session(app.platform.clone(), None)?))
        };
        *app.lock()? = state;
        Ok(Arc::new(app))
    }

    // ----- enrollment ---------------------------------------------------------

    /// Reads a scanned enrollment code: show the organization, the server
    /// and the fingerprint words, and accept only if they match the sheet.
    pub fn read_enrollment_code(&self, qr: String) -> Result<EnrollmentOffer> {
        let offer = heard_device::enroll::read_qr(&qr)?;
        Ok(EnrollmentOffer::from(&offer))
    }

    /// Enrolls this device with the code the person checked.
    pub async fn accept_enrollment(&self, qr: String) -> Result<()> {
        let offer = heard_device::enroll::read_qr(&qr)?;
        let (store, secrets) =
            self.with(|s| Ok((s.collector.shared_store(), s.secrets.clone())))?;
        heard_device::enroll::accept(&offer, &store, &*secrets).await?;
        self.with(|s| {
            s.syncer = None;
            Ok(())
        })
    }

    // ----- questionnaires -----------------------------------------------------

    /// The installed questionnaires, titled in the first of `preferred`
    /// locales each one has.
    pub fn questionnaires(&self, preferred: Vec<String>) -> Result<Vec<QuestionnaireInfo>> {
        self.with(|s| {
            Ok(s.collector
                .questionnaires()
                .map(|q| {
                    let r = Response::new(q.clone(), &preferred);
                    let mut tags: Vec<&str> = q.locales();
                    tags.sort_by_key(|t| *t != q.default_locale);
                    QuestionnaireInfo {
                        id: q.id.clone(),
                        version: i32::try_from(q.version).unwrap_or(i32::MAX),
                        listening_session: q.kind == QuestionnaireKind::ListeningSession,
                        title: r.title().into(),
                        languages: tags
                            .into_iter()
                            .map(|t| LanguageInfo {
                                tag: t.to_string(),
                                name: q.languages.name(t).to_string(),
                                rtl: q.languages.direction(t) == Direction::Rtl,
                            })
                            .collect(),
                    }
                })
                .collect())
        })
    }

    // ----- responses ----------------------------------------------------------

    /// Starts a response in the first of `preferred` locales the
    /// questionnaire has; returns its draft id.
    pub fn start(&self, questionnaire_id: String, preferred: Vec<String>) -> Result<String> {
        self.with(|s| {
            s.errors.clear();
            Ok(s.collector.start(&questionnaire_id, &preferred)?)
        })
    }

    /// The drafts that can be resumed (on a kiosk, listening sessions only).
    pub fn drafts(&self) -> Result<Vec<DraftSummary>> {
        self.with(|s| {
            Ok(s.collector
                .drafts()?
                .into_iter()
                .map(|d| DraftSummary {
                    id: d.id,
                    questionnaire_id: d.questionnaire_id,
                    listening_session: d.kind == QuestionnaireKind::ListeningSession,
                    expires_at: d.expires_at,
                })
                .collect())
        })
    }

    /// Resumes a draft; returns the ids of answers that no longer fit the
    /// questionnaire and were dropped.
    pub fn resume(&self, draft_id: String) -> Result<Vec<String>> {
        self.with(|s| {
            s.errors.clear();
            Ok(s.collector.resume(&draft_id)?)
        })
    }

    /// Discards the response in progress and its draft.
    pub fn discard(&self) -> Result<()> {
        self.with(|s| {
            s.errors.clear();
            Ok(s.collector.discard()?)
        })
    }

    /// The recording `audio_id` (from an `AudioPrompt` of the screen shown)
    /// of the questionnaire in progress.
    pub fn audio(&self, audio_id: String) -> Result<AudioClip> {
        self.with(|s| {
            let r = s.collector.response().ok_or(ApiError::NoActiveResponse)?;
            let q = r.questionnaire();
            let (media_type, bytes) = q.audio_clip(&audio_id).ok_or_else(|| {
                ApiError::NotFound(format!(
                    "{} v{} has no recording {audio_id}",
                    q.id, q.version
                ))
            })?;
            Ok(AudioClip {
                media_type: media_type.to_string(),
                bytes: bytes.to_vec(),
            })
        })
    }

    /// What to show now.
    pub fn render(&self) -> Result<View> {
        self.with(|s| Ok(Self::view_of(s)))
    }

    /// Switches the display language (answers are kept).
    pub fn set_locale(&self, preferred: Vec<String>) -> Result<View> {
        self.change(None, |r| {
            r.set_locale(&preferred);
            Ok(())
        })
    }

    /// Answers an item; a refused answer is an error and shows beside the
    /// field.
    pub fn answer(&self, item: String, value: AnswerValue) -> Result<View> {
        let answer = Answer::try_from(value)?;
        self.change(Some(&item), |r| r.answer(&item, answer))
    }

    /// Answers an item from what was typed (numbers, dates as text).
    pub fn answer_typed(&self, item: String, typed: String) -> Result<View> {
        self.change(Some(&item), |r| r.answer_typed(&item, &typed))
    }

    /// "Prefer not to say".
    pub fn decline(&self, item: String) -> Result<View> {
        self.change(Some(&item), |r| r.decline(&item))
    }

    /// Removes an answer.
    pub fn clear(&self, item: String) -> Result<View> {
        self.change(Some(&item), |r| r.clear(&item))
    }

    /// Goes to the next screen. When answers on this screen need
    /// attention, stays and shows why beside each field.
    pub fn next(&self) -> Result<View> {
        self.with(|s| {
            match s.collector.next_screen() {
                Ok(_) => {}
                Err(heard_device::Error::Engine(heard_engine::Error::Incomplete(list))) => {
                    for v in list {
                        s.errors.insert(v.item.clone(), v);
                    }
                }
                Err(e) => return Err(e.into()),
            }
            Ok(Self::view_of(s))
        })
    }

    /// Goes back one screen.
    pub fn back(&self) -> Result<View> {
        self.change(None, |r| {
            r.back();
            Ok(())
        })
    }

    /// Goes to a screen (from the review, to change an answer).
    pub fn go_to(&self, screen: i32) -> Result<View> {
        let screen = usize::try_from(screen)
            .map_err(|_| ApiError::InvalidInput(format!("there is no screen {screen}")))?;
        self.change(None, |r| r.go_to(screen).map(|_| ()))
    }

    /// Seals and queues the response: afterwards nobody holding this device
    /// can read it. On a kiosk a fresh response starts at once.
    pub fn submit(&self) -> Result<Submitted> {
        self.with(|s| {
            let done = s.collector.submit()?;
            s.errors.clear();
            Ok(Submitted {
                submission_id: done.submission_id,
                next_draft: done.next_draft,
            })
        })
    }

    // ----- kiosk --------------------------------------------------------------

    /// Turns kiosk mode on (every new respondent starts in `locale`) or off
    /// (`None`). Turning it on drops survey drafts of earlier respondents.
    pub fn set_kiosk(&self, locale: Option<String>) -> Result<()> {
        self.with(|s| {
            let mode = match locale {
                Some(locale) => Mode::Kiosk { locale },
                None => Mode::Personal,
            };
            Ok(s.collector.set_mode(mode)?)
        })
    }

    /// Whether kiosk mode is on.
    pub fn is_kiosk(&self) -> Result<bool> {
        self.with(|s| Ok(matches!(s.collector.mode(), Mode::Kiosk { .. })))
    }

    // ----- listening sessions -------------------------------------------------

    /// Adds one entry (a quote, a theme) to a list item.
    pub fn add_entry(&self, item: String, text: String) -> Result<View> {
        let mut entries = match self.current_answer(&item)? {
            Some(Answer::Entries(e)) => e,
            _ => Vec::new(),
        };
        entries.push(text);
        self.change(Some(&item), |r| r.answer(&item, Answer::Entries(entries)))
    }

    /// Sets one bracket of an attendance tally.
    pub fn set_tally(&self, item: String, bracket: String, count: i32) -> Result<View> {
        let count = u32::try_from(count)
            .map_err(|_| ApiError::InvalidInput("a count cannot be negative".into()))?;
        let mut counts = match self.current_answer(&item)? {
            Some(Answer::Tally(t)) => t,
            _ => BTreeMap::new(),
        };
        counts.insert(bracket, count);
        self.change(Some(&item), |r| r.answer(&item, Answer::Tally(counts)))
    }

    /// Adds a follow-up action.
    pub fn add_action(&self, item: String, action: FollowUp) -> Result<View> {
        let mut actions = match self.current_answer(&item)? {
            Some(Answer::Actions(a)) => a,
            _ => Vec::new(),
        };
        actions.push(heard_engine::Action {
            what: action.what,
            who: action.who,
            due: action.due,
        });
        self.change(Some(&item), |r| r.answer(&item, Answer::Actions(actions)))
    }

    // ----- outbox and sync ----------------------------------------------------

    /// The outbox.
    pub fn outbox(&self) -> Result<OutboxStatus> {
        self.with(|s| {
            let store = s.collector.store()?;
            let log = store.sync_log()?;
            Ok(OutboxStatus {
                sent_today: log
                    .as_ref()
                    .map_or(0, |l| i64::try_from(l.sent_today).unwrap_or(i64::MAX)),
                last_sync: log.map(|l| LastSync {
                    attempted_at: l.last_attempt_at,
                    outcome: l.last_outcome,
                    succeeded_at: l.last_success_at,
                }),
                queued: i64::try_from(store.outbox_len()?).unwrap_or(i64::MAX),
                rejected: store
                    .rejected()?
                    .into_iter()
                    .map(|(submission_id, reason)| RejectedItem {
                        submission_id,
                        reason,
                    })
                    .collect(),
            })
        })
    }

    /// Sends the outbox and fetches questionnaires and organization config.
    /// Safe to cancel: nothing is lost, and the next sync resends what was
    /// not acknowledged.
    pub async fn sync(&self, progress: Option<Arc<dyn SyncProgress>>) -> Result<SyncSummary> {
        let (store, syncer, total) = self.with(|s| {
            let store = s.collector.shared_store();
            let syncer = match &s.syncer {
                Some(syncer) => syncer.clone(),
                None => {
                    let config = {
                        let guard = store
                            .lock()
                            .map_err(|_| ApiError::Internal("an earlier failure".into()))?;
                        if guard.enrollment()?.is_none() {
                            return Err(ApiError::NotEnrolled);
                        }
                        SyncConfig::for_enrolled(&guard, &*s.secrets)?
                    };
                    let syncer = Arc::new(Syncer::new(config)?);
                    s.syncer = Some(syncer.clone());
                    syncer
                }
            };
            let total = s.collector.store()?.outbox_len()?;
            Ok((store, syncer, i64::try_from(total).unwrap_or(i64::MAX)))
        })?;
        if let Some(p) = &progress {
            // A failing progress bar must not stop a sync.
            let _ = p.on_progress(0, total);
        }
        let report = syncer.sync(&store).await?;
        if let Some(p) = &progress {
            let sent = i64::try_from(report.uploaded + report.duplicates).unwrap_or(i64::MAX);
            let _ = p.on_progress(sent.min(total), total);
        }
        self.with(|s| {
            let mut store = s.collector.store()?;
            if report.status != SyncStatus::AlreadySyncing {
                store.record_sync(
                    std::time::SystemTime::now(),
                    report.status.code(),
                    report.status == SyncStatus::Done,
                    report.uploaded + report.duplicates,
                )?;
            }
            let fresh = installed(&store)?;
            drop(store);
            s.collector.add_questionnaires(fresh);
            if report.config_updated.is_some() {
                s.syncer = None;
            }
            Ok(())
        })?;
        Ok(report.into())
    }

    // ----- safety -------------------------------------------------------------

    /// Destroys everything: keys first, then the store's files, then the
    /// app lock. Works locked too (the quick-delete gesture on the lock
    /// screen, and the way out of a damaged lock). Every later call answers
    /// [`ApiError::Wiped`]; the next open starts as a new install.
    pub fn panic_wipe(&self) -> Result<()> {
        let mut state = self.lock()?;
        let previous = std::mem::replace(&mut *state, State::Wiped);
        match previous {
            State::Open(session) => {
                let store = session.collector.shared_store();
                drop(session);
                // A poisoned lock must not stop a wipe.
                let mut guard = store
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                AppLock::erase(&self.dir, &mut *guard, &*self.platform)?;
            }
            State::Locked(_) | State::Damaged(_) => {
                AppLock::erase(&self.dir, self.store_path(), &*self.platform)?;
            }
            State::Wiped => {}
        }
        Ok(())
    }

    /// What this device holds, in counts only.
    pub fn holdings(&self) -> Result<Holdings> {
        self.with(|s| {
            let kiosk = matches!(s.collector.mode(), Mode::Kiosk { .. });
            let questionnaires = s.collector.questionnaires().count();
            let store = s.collector.store()?;
            let enrollment = store.enrollment()?;
            let int = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
            Ok(Holdings {
                enrolled: enrollment.is_some(),
                organization: enrollment.map(|e| e.config.org_name),
                questionnaires: int(questionnaires),
                drafts: int(store.drafts()?.len()),
                queued: i64::try_from(store.outbox_len()?).unwrap_or(i64::MAX),
                rejected: int(store.rejected()?.len()),
                kiosk,
            })
        })
    }

    /// The data directory this app was opened at.
    pub fn data_dir(&self) -> String {
        self.dir.display().to_string()
    }
}
