//! Uploading the outbox when connectivity returns: batches, per-item
//! acknowledgements, exponential backoff with jitter, `Retry-After`, and a
//! stop at once on answers no retry can fix (a revoked device). Before the
//! uploads, an enrolled device takes the organization's newer signed config
//! (`GET /v1/config`) and newer questionnaires, each checked against the
//! organization key it pinned at enrollment.
//!
//! Nothing is removed from the outbox before the server acknowledged it, and
//! the server stores each submission id once, so a sync killed at any point
//! resumes without loss or duplicates by sending again.

use crate::check_server_url;
use crate::error::{Error, Result};
use crate::store::Store;
use heard_protocol::signing::{OrgConfig, Signed};
use heard_protocol::{
    ErrorBody, ErrorCode, ItemResult, ItemStatus, QuestionnaireList, UploadItem, UploadRequest,
    UploadResponse,
};
use std::collections::HashSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// How to reach the server and how patiently.
#[derive(Debug, Clone)]
pub struct SyncConfig {
    /// The server, `https://…` (plain `http` only for loopback addresses).
    pub server: String,
    /// This device's bearer token.
    pub token: String,
    /// Items per upload (the server accepts up to 100).
    pub batch: usize,
    /// Tries per batch before giving up until the next sync.
    pub attempts: u32,
    /// First backoff delay; doubled on each retry, with full jitter.
    pub base_delay: Duration,
    /// Longest wait between tries (a longer `Retry-After` ends this sync instead).
    pub max_delay: Duration,
    /// Timeout of one request.
    pub timeout: Duration,
}

impl SyncConfig {
    /// The config of an enrolled device: the server from the organization's
    /// signed config and the token from the platform key store.
    ///
    /// The server is read when this is called: after a sync applied a
    /// config that moved the organization to another server
    /// ([`SyncReport::config_updated`]), build a new [`Syncer`] from this for
    /// the move to take effect; the running one keeps the old address.
    pub fn for_enrolled(
        store: &Store,
        secrets: &dyn crate::secret::SecretStore,
    ) -> Result<SyncConfig> {
        let enrollment = store.enrollment()?.ok_or_else(|| {
            Error::Enrollment("this device is not enrolled with an organization".into())
        })?;
        let token = secrets
            .load(crate::secret::DEVICE_TOKEN.to_string())
            .map_err(|e| Error::KeyStore(e.message))?
            .ok_or_else(|| {
                Error::Enrollment("this device has no server token: enroll it again".into())
            })?;
        let token = String::from_utf8(token)
            .map_err(|_| Error::KeyStore("the stored token is not text".into()))?;
        Ok(SyncConfig::new(enrollment.config.server, token))
    }

    /// Defaults for `server` and `token`.
    pub fn new(server: impl Into<String>, token: impl Into<String>) -> SyncConfig {
        SyncConfig {
            server: server.into(),
            token: token.into(),
            batch: heard_protocol::MAX_BATCH,
            attempts: 5,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            timeout: Duration::from_secs(30),
        }
    }
}

/// How a sync ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStatus {
    /// Everything sendable was sent.
    Done,
    /// The server or network failed; try again after `retry_after_secs`.
    RetryLater {
        /// Seconds to wait before the next sync.
        retry_after_secs: u64,
        /// What went wrong.
        reason: String,
    },
    /// The organization revoked this device: it must be enrolled again.
    Revoked,
    /// The server does not know this device's token.
    Unauthorized,
    /// The address does not answer as a Heard server of this protocol
    /// version: an unexpected status, or acknowledgements of submissions
    /// this device did not send (or of none it sent). Nothing was removed
    /// from the outbox.
    NotAHeardServer(String),
    /// Another sync is running; this call did nothing.
    AlreadySyncing,
}

impl SyncStatus {
    /// A short stable code for it, as the sync log keeps it and the app's
    /// strings name it (`sync-outcome-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            SyncStatus::Done => "done",
            SyncStatus::RetryLater { .. } => "retry-later",
            SyncStatus::Revoked => "revoked",
            SyncStatus::Unauthorized => "unauthorized",
            SyncStatus::NotAHeardServer(_) => "not-a-heard-server",
            SyncStatus::AlreadySyncing => "already-syncing",
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncReport {
    /// Stored by the server now.
    pub uploaded: u64,
    /// Already on the server (an earlier, interrupted sync got there).
    pub duplicates: u64,
    /// Refused for good in this sync, with reasons.
    pub rejected: Vec<(String, String)>,
    /// Still waiting in the outbox.
    pub pending: u64,
    /// Questionnaires installed or updated, with their new versions.
    pub questionnaires_updated: Vec<(String, u32)>,
    /// Questionnaire bundles refused (bad signature, rollback), with reasons.
    pub questionnaires_refused: Vec<(String, String)>,
    /// The serial of a newer organization config applied in this sync:
    /// submissions sealed from now on go to its recipients (those already
    /// in the outbox keep theirs). A new server address in it is used by
    /// the next [`Syncer`] built with [`SyncConfig::for_enrolled`].
    pub config_updated: Option<u64>,
    /// Why the organization config the server offered was refused and not
    /// applied: not signed by the pinned organization key, a serial not
    /// newer than the device's, an insecure server or a bad recipient.
    pub config_refused: Option<String>,
    /// How it ended.
    pub status: SyncStatus,
}

impl SyncReport {
    /// A report of nothing done yet (nothing pending counted), ending with
    /// `status`.
    fn nothing_done(status: SyncStatus) -> SyncReport {
        SyncReport {
            uploaded: 0,
            duplicates: 0,
            rejected: Vec::new(),
            pending: 0,
            questionnaires_updated: Vec::new(),
            questionnaires_refused: Vec::new(),
            config_updated: None,
            config_refused: None,
            status,
        }
    }
}

enum Outcome {
    /// Acknowledgements, each of a submission in the batch sent, once.
    Acked(Vec<ItemResult>),
    TooLarge,
    Transient {
        wait: Option<Duration>,
        reason: String,
    },
    Fatal(SyncStatus),
}

/// Syncs one device's outbox; shareable between threads.
pub struct Syncer {
    http: reqwest::Client,
    config: SyncConfig,
    running: AtomicBool,
    /// The questionnaire list's `ETag` from the last sync.
    list_etag: Mutex<Option<String>>,
    /// The organization config's `ETag`, once it was applied or found to
    /// be the device's own (a refused one is fetched and reported again).
    config_etag: Mutex<Option<String>>,
    /// Items sent and not yet acknowledged.
    in_flight: AtomicUsize,
}

/// Marks a sync as running; clears the mark (and the in-flight count) when
/// dropped, so a sync whose future is dropped (a cancelled task, a timeout)
/// does not leave every later one answering [`SyncStatus::AlreadySyncing`].
struct Running<'a> {
    syncer: &'a Syncer,
}

impl<'a> Running<'a> {
    /// The mark, or `None` when another sync holds it.
    fn start(syncer: &'a Syncer) -> Option<Running<'a>> {
        (!syncer.running.swap(true, Ordering::AcqRel)).then_some(Running { syncer })
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.syncer.in_flight.store(0, Ordering::Release);
        self.syncer.running.store(false, Ordering::Release);
    }
}

/// Counts a batch as in flight while it lives (a dropped request included).
struct InFlight<'a> {
    count: &'a AtomicUsize,
}

impl<'a> InFlight<'a> {
    fn new(count: &'a AtomicUsize, items: usize) -> InFlight<'a> {
        count.store(items, Ordering::Release);
        InFlight { count }
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.count.store(0, Ordering::Release);
    }
}

/// Checks a server's acknowledgements against the submission ids of the
/// batch sent: each must name one of them, and only once, and at least one
/// must be acknowledged. Returns the acknowledgements (those of any sent id
/// left out stay pending and go again), or what was wrong.
fn match_acknowledgements(
    sent: &[String],
    acks: UploadResponse,
) -> std::result::Result<Vec<ItemResult>, String> {
    let sent: HashSet<&str> = sent.iter().map(String::as_str).collect();
    let mut seen = HashSet::new();
    for r in &acks.results {
        if !sent.contains(r.submission_id.as_str()) {
            return Err(format!(
                "it acknowledged submission {:?}, which this device did not send",
                r.submission_id
            ));
        }
        if !seen.insert(r.submission_id.as_str()) {
            return Err(format!(
                "it acknowledged submission {:?} more than once",
                r.submission_id
            ));
        }
    }
    if seen.is_empty() && !sent.is_empty() {
        return Err(format!(
            "it acknowledged none of the {} submissions sent",
            sent.len()
        ));
    }
    Ok(acks.results)
}

impl Syncer {
    /// A syncer for `config` (refuses non-https servers off loopback).
    pub fn new(config: SyncConfig) -> Result<Syncer> {
        check_server_url(&config.server)?;
        let http = crate::http::client(config.timeout)?;
        Ok(Syncer {
            http,
            config,
            running: AtomicBool::new(false),
            list_etag: Mutex::new(None),
            config_etag: Mutex::new(None),
            in_flight: AtomicUsize::new(0),
        })
    }

    async fn post(&self, items: Vec<UploadItem>) -> Outcome {
        let url = format!(
            "{}/v1/submissions",
            self.config.server.trim_end_matches('/')
        );
        let sent: Vec<String> = items.iter().map(|i| i.submission_id.clone()).collect();
        let response = match self
            .http
            .post(url)
            .bearer_auth(&self.config.token)
            .json(&UploadRequest { items })
            .send()
            .await
        {
            Ok(r) => r,
            Err(e) => {
                return Outcome::Transient {
                    wait: None,
                    reason: if e.is_timeout() {
                        "the server did not answer in time".into()
                    } else {
                        format!("network error: {e}")
                    },
                };
            }
        };
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        if status.is_success() {
            return match response.json::<UploadResponse>().await {
                Ok(acks) => match match_acknowledgements(&sent, acks) {
                    Ok(results) => Outcome::Acked(results),
                    // Sending the batch again would get the same answer:
                    // stop, and keep every submission for a real server.
                    Err(why) => Outcome::Fatal(SyncStatus::NotAHeardServer(format!(
                        "{} does not answer as a Heard server: {why}; nothing was removed from the outbox",
                        self.config.server
                    ))),
                },
                Err(e) => Outcome::Transient {
                    wait: None,
                    reason: format!("the server's answer was cut off or unreadable: {e}"),
                },
            };
        }
        let body: Option<ErrorBody> = response.json().await.ok();
        let code = body.as_ref().map(|b| b.error);
        match status.as_u16() {
            401 if code == Some(ErrorCode::Revoked) => Outcome::Fatal(SyncStatus::Revoked),
            401 => Outcome::Fatal(SyncStatus::Unauthorized),
            413 => Outcome::TooLarge,
            429 | 500..=599 => Outcome::Transient {
                wait: retry_after,
                reason: format!("the server answered {status}"),
            },
            _ => Outcome::Fatal(SyncStatus::NotAHeardServer(format!(
                "{} answered {status}{}",
                self.config.server,
                body.map(|b| format!(": {}", b.message)).unwrap_or_default()
            ))),
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let exp = self
            .config
            .base_delay
            .saturating_mul(1u32 << attempt.min(16));
        let cap = exp.min(self.config.max_delay);
        // Full jitter: devices that regain connectivity together spread out.
        cap.mul_f64(rand::random::<f64>())
    }

    /// How many submissions are on their way to the server right now (the
    /// outbox's third state besides pending and rejected; it never
    /// outlives a sync, so a restart finds them pending again).
    pub fn in_flight(&self) -> usize {
        self.in_flight.load(Ordering::Acquire)
    }

    /// Uploads everything pending in `store`. A second call while one runs
    /// returns at once with [`SyncStatus::AlreadySyncing`]. The store's lock
    /// is held only for database work, never across the network.
    ///
    /// The returned future may be dropped at any point (a timeout, a
    /// cancelled task): the next call syncs normally, and what was on its
    /// way stays in the outbox until a server acknowledges it.
    pub async fn sync(&self, store: &Mutex<Store>) -> Result<SyncReport> {
        let lock = || store.lock().map_err(|_| Error::Poisoned);
        let Some(_running) = Running::start(self) else {
            let mut report = SyncReport::nothing_done(SyncStatus::AlreadySyncing);
            report.pending = lock()?.outbox_len()?;
            return Ok(report);
        };
        self.run(store).await
    }

    /// An authorized `GET /v1/<path>` on the server.
    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        let base = self.config.server.trim_end_matches('/');
        self.http
            .get(format!("{base}/v1/{path}"))
            .bearer_auth(&self.config.token)
    }

    /// A conditional `GET /v1/<path>`: sent with the `ETag` in `etag` (if
    /// any) as `If-None-Match`, it returns the body and the new `ETag` when
    /// the server answers `200` with a readable body. Otherwise `None`: on
    /// `304` the device has it, on `404` none is published, network trouble
    /// or a body cut off is tried again at the next sync, and a `401` sets
    /// `report.status` to [`SyncStatus::Revoked`] or
    /// [`SyncStatus::Unauthorized`]. `etag` is only read: the caller
    /// remembers the new one once it has used the body.
    async fn get_if_changed<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        etag: &Mutex<Option<String>>,
        report: &mut SyncReport,
    ) -> Option<(T, Option<String>)> {
        let mut request = self.get(path);
        if let Some(tag) = etag.lock().ok().and_then(|t| t.clone()) {
            request = request.header(reqwest::header::IF_NONE_MATCH, tag);
        }
        let response = request.send().await.ok()?;
        match response.status().as_u16() {
            200 => {}
            401 => {
                let body: Option<ErrorBody> = response.json().await.ok();
                report.status = if body.is_some_and(|b| b.error == ErrorCode::Revoked) {
                    SyncStatus::Revoked
                } else {
                    SyncStatus::Unauthorized
                };
                return None;
            }
            _ => return None,
        }
        let tag = response
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.json::<T>().await.ok()?;
        Some((body, tag))
    }

    /// Fetches the organization's signed config and, when it differs from
    /// the device's, applies it with [`Store::apply_config`], which takes it
    /// only if the pinned organization key signed it and its serial is
    /// newer; otherwise the refusal is reported and nothing changes
    /// (enrolled devices only). Network trouble, or no config published
    /// (`404`), is not an error: the uploads go ahead.
    async fn refresh_config(&self, store: &Mutex<Store>, report: &mut SyncReport) -> Result<()> {
        let lock = || store.lock().map_err(|_| Error::Poisoned);
        let Some(enrollment) = lock()?.enrollment()? else {
            return Ok(());
        };
        let Some((signed, tag)) = self
            .get_if_changed::<Signed>("config", &self.config_etag, report)
            .await
        else {
            return Ok(());
        };
        let remember = || {
            if let Ok(mut slot) = self.config_etag.lock() {
                *slot = tag.clone();
            }
        };
        // The device's own config, as every device sees it between changes.
        if serde_json::from_str::<OrgConfig>(&signed.payload).ok() == Some(enrollment.config) {
            remember();
            return Ok(());
        }
        match lock()?.apply_config(&signed) {
            Ok(config) => {
                report.config_updated = Some(config.serial);
                remember();
            }
            Err(Error::Enrollment(reason)) => report.config_refused = Some(reason),
            Err(
                e @ (Error::InsecureServer(_)
                | Error::Engine(heard_engine::Error::InvalidRecipient { .. })),
            ) => {
                report.config_refused = Some(format!("organization config refused: {e}"));
            }
            Err(e) => return Err(e),
        }
        Ok(())
    }

    /// Fetches questionnaires newer than the installed ones and installs
    /// them after checking the organization's signature (enrolled devices
    /// only). Network trouble here does not stop the uploads.
    async fn refresh_questionnaires(
        &self,
        store: &Mutex<Store>,
        report: &mut SyncReport,
    ) -> Result<()> {
        let lock = || store.lock().map_err(|_| Error::Poisoned);
        if lock()?.enrollment()?.is_none() {
            return Ok(());
        }
        let Some((list, tag)) = self
            .get_if_changed::<QuestionnaireList>("questionnaires", &self.list_etag, report)
            .await
        else {
            return Ok(());
        };
        let installed: std::collections::HashMap<String, u32> = lock()?
            .bundles()?
            .into_iter()
            .map(|b| (b.questionnaire_id, b.version))
            .collect();
        let mut complete = true;
        for item in list.items {
            if installed
                .get(&item.questionnaire_id)
                .is_some_and(|v| *v >= item.version)
            {
                continue;
            }
            let fetched = self
                .get(&format!("questionnaires/{}", item.questionnaire_id))
                .send()
                .await;
            let signed = match fetched {
                Ok(r) if r.status().is_success() => r.json::<Signed>().await.ok(),
                _ => None,
            };
            let Some(signed) = signed else {
                complete = false;
                continue;
            };
            match lock()?.install_bundle(&signed) {
                Ok(true) => report
                    .questionnaires_updated
                    .push((item.questionnaire_id, item.version)),
                Ok(false) => {}
                Err(e) => report
                    .questionnaires_refused
                    .push((item.questionnaire_id, e.to_string())),
            }
        }
        // Remember the list only when every bundle in it was fetched.
        if complete && let Ok(mut slot) = self.list_etag.lock() {
            *slot = tag;
        }
        Ok(())
    }

    async fn run(&self, store: &Mutex<Store>) -> Result<SyncReport> {
        let lock = || store.lock().map_err(|_| Error::Poisoned);
        let mut report = SyncReport::nothing_done(SyncStatus::Done);
        // The config first: submissions sealed after this sync use its
        // recipients, and a refusal is reported even if nothing else is new.
        self.refresh_config(store, &mut report).await?;
        if report.status == SyncStatus::Done {
            self.refresh_questionnaires(store, &mut report).await?;
        }
        if report.status != SyncStatus::Done {
            report.pending = lock()?.outbox_len()?;
            return Ok(report);
        }
        let mut batch_size = self.config.batch.clamp(1, heard_protocol::MAX_BATCH);
        let mut attempt = 0;
        loop {
            let batch = lock()?.outbox_batch(batch_size)?;
            if batch.is_empty() {
                break;
            }
            let items: Vec<UploadItem> = batch.into_iter().map(UploadItem::from).collect();
            let first = items[0].submission_id.clone();
            let outcome = {
                let _in_flight = InFlight::new(&self.in_flight, items.len());
                self.post(items).await
            };
            match outcome {
                Outcome::Acked(acks) => {
                    attempt = 0;
                    let mut done = Vec::new();
                    let mut guard = lock()?;
                    for r in acks {
                        match r.status {
                            ItemStatus::Stored => {
                                report.uploaded += 1;
                                done.push(r.submission_id);
                            }
                            ItemStatus::Duplicate => {
                                report.duplicates += 1;
                                done.push(r.submission_id);
                            }
                            ItemStatus::Rejected => {
                                let reason = r
                                    .reason
                                    .unwrap_or_else(|| "rejected without a reason".into());
                                guard.mark_rejected(&r.submission_id, &reason)?;
                                report.rejected.push((r.submission_id, reason));
                            }
                        }
                    }
                    guard.acknowledge(&done)?;
                }
                Outcome::TooLarge if batch_size > 1 => batch_size = batch_size.div_ceil(2),
                Outcome::TooLarge => {
                    let reason = "larger than the server accepts".to_string();
                    lock()?.mark_rejected(&first, &reason)?;
                    report.rejected.push((first, reason));
                }
                Outcome::Fatal(status) => {
                    report.status = status;
                    break;
                }
                Outcome::Transient { wait, reason } => {
                    attempt += 1;
                    let delay = wait.unwrap_or_else(|| self.backoff(attempt));
                    if attempt >= self.config.attempts || delay > self.config.max_delay {
                        report.status = SyncStatus::RetryLater {
                            retry_after_secs: delay.as_secs().max(1),
                            reason,
                        };
                        break;
                    }
                    tokio::time::sleep(delay).await;
                }
            }
        }
        report.pending = lock()?.outbox_len()?;
        Ok(report)
    }
}
