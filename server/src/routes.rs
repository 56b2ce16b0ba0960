//! Every route of the server, in one table, and the handlers.

use crate::error::AppError;
use crate::ratelimit::RateLimiter;
use crate::store::{ConfigStored, Device, Inserted, Publish, Redeemed, Store, utc_day};
use crate::{admin, auth, links};
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use heard_protocol::signing::{Bundle, OrgConfig, Signed};
use heard_protocol::{
    CreateCodeRequest, CreateCodeResponse, DeviceInfo, EnrollRequest, EnrollResponse,
    EnvelopeLimits, ExportPage, ItemResult, ItemStatus, MAX_BATCH, PurgeRequest, PurgeResponse,
    UploadItem, UploadRequest, UploadResponse, check_envelope, valid_submission_id,
};
use heard_protocol::{Published, QuestionnaireInfo, QuestionnaireList};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Counters for `/metrics`.
#[derive(Default)]
pub struct Metrics {
    stored: AtomicU64,
    duplicate: AtomicU64,
    rejected: AtomicU64,
    enrolled: AtomicU64,
    rate_limited: AtomicU64,
}

/// What every handler shares.
pub struct AppState {
    /// Where everything is kept.
    pub store: Arc<dyn Store>,
    /// SHA-256 of the admin token.
    pub admin_hash: [u8; 32],
    /// Envelope checks.
    pub limits: EnvelopeLimits,
    /// Largest request body, in bytes. Publishing a questionnaire may be
    /// larger by its recordings ([`AppState::max_publish_body`]).
    pub max_body: usize,
    /// Per-device rate limits.
    pub limiter: RateLimiter,
    /// Counters.
    pub metrics: Metrics,
    /// How coarsely the arrival time is stored, in seconds (3600: the hour).
    pub received_granularity: i64,
    /// Whether to log each request with the client's address (off by default).
    pub log_client_addresses: bool,
    /// The web survey page served under public links' paths (`--web-page`);
    /// without it, `/s/…` says how to add it.
    pub page: Option<Arc<crate::page::Page>>,
}

/// What a questionnaire's recordings may add to the request that
/// publishes it: [`heard_protocol::audio::MAX_AUDIO_BUNDLE`] of audio as
/// base64 (4 bytes for every 3), with 1 MiB for each file's path, padding
/// and quotes.
pub const MAX_PUBLISHED_AUDIO: usize =
    heard_protocol::audio::MAX_AUDIO_BUNDLE.div_ceil(3) * 4 + 1024 * 1024;

impl AppState {
    /// The largest body `PUT /v1/admin/questionnaires` accepts: the request
    /// limit for its text and JSON, plus [`MAX_PUBLISHED_AUDIO`] for its
    /// recordings (a bundle may carry 32 MiB of audio, about 43 MiB as
    /// base64). Only the admin, authenticated before the body is read,
    /// sends this much; every device route keeps [`AppState::max_body`].
    pub fn max_publish_body(&self) -> usize {
        self.max_body.saturating_add(MAX_PUBLISHED_AUDIO)
    }
}

pub(crate) type Shared = State<Arc<AppState>>;

/// Builds the router: every route of the server is listed here.
pub fn router(state: Arc<AppState>) -> Router {
    let max_body = state.max_body;
    let max_publish_body = state.max_publish_body();
    let log_addresses = state.log_client_addresses;
    let app = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .route("/v1/enroll", post(enroll))
        .route("/v1/submissions", post(upload))
        .route("/v1/export", get(export))
        .route("/v1/questionnaires", get(list_questionnaires))
        .route("/v1/questionnaires/{id}", get(fetch_questionnaire))
        .route("/v1/config", get(fetch_config))
        // The one route with a larger limit: a bundle carries its recordings.
        .route(
            "/v1/admin/questionnaires",
            axum::routing::put(publish).layer(DefaultBodyLimit::max(max_publish_body)),
        )
        .route("/v1/admin/config", axum::routing::put(publish_config))
        .route("/v1/admin/status", get(admin::status))
        .route(
            "/v1/admin/enrollment-codes",
            post(create_code).get(admin::list_codes),
        )
        .route(
            "/v1/admin/enrollment-codes/{handle}/cancel",
            post(admin::cancel_code),
        )
        .route("/v1/admin/devices", get(devices))
        .route("/v1/admin/devices/{id}/revoke", post(revoke))
        .route("/v1/admin/groups/{group}/revoke", post(revoke_group))
        .route("/v1/admin/purge", post(purge))
        .route("/v1/admin/links", post(links::create))
        .route("/s/{link}", get(links::page_without_slash))
        .route("/s/{link}/", get(links::page_index))
        .route("/s/{link}/{file}", get(links::page_file))
        .fallback(|| async { AppError::NotFound("no such endpoint".into()) })
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state);
    if log_addresses {
        app.layer(axum::middleware::from_fn(log_with_address))
    } else {
        app
    }
}

/// Logs each request with the client's address: only when the operator
/// turned it on (`--log-client-addresses`), since an address can identify a
/// resident's phone.
async fn log_with_address(
    request: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let client = request
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "unknown".to_string(), |c| c.0.to_string());
    let (method, path) = (request.method().clone(), request.uri().path().to_string());
    let response = next.run(request).await;
    tracing::info!(%client, %method, %path, status = response.status().as_u16(), "request");
    response
}

/// A JSON body whose rejections are the server's own error shape.
pub struct JsonBody<T>(pub T);

impl<T> FromRequest<Arc<AppState>> for JsonBody<T>
where
    Json<T>: FromRequest<Arc<AppState>, Rejection = JsonRejection>,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &Arc<AppState>) -> Result<Self, AppError> {
        JsonBody::read(req, state, state.max_body).await
    }
}

impl<T> JsonBody<T>
where
    Json<T>: FromRequest<Arc<AppState>, Rejection = JsonRejection>,
{
    /// Reads the body of a route whose [`DefaultBodyLimit`] is `limit`
    /// (which a refusal names).
    async fn read(req: Request, state: &Arc<AppState>, limit: usize) -> Result<Self, AppError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(JsonBody(value)),
            Err(rejection) => Err(match rejection.status() {
                StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge(limit),
                StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::UnsupportedMediaType,
                _ => AppError::BadRequest(rejection.body_text()),
            }),
        }
    }
}

/// The current Unix time, in seconds.
pub(crate) fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The process answers: for a supervisor that restarts a hung server.
async fn healthz() -> &'static str {
    "ok"
}

/// How long `/readyz` waits for the database.
const READY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Whether the last readiness check passed; only changes are logged, so a
/// load balancer probing every second does not fill the log. Shared by every
/// server in the process, which only affects what is logged.
static WAS_READY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// The process answers and so does its database: for a load balancer,
/// which should stop sending requests here while this says 503. The reason
/// the database failed goes to the log, not to whoever asks.
async fn readyz(State(state): Shared) -> axum::response::Response {
    let failure = match tokio::time::timeout(READY_TIMEOUT, state.store.ping()).await {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(_) => Some(format!(
            "the database did not answer within {} seconds",
            READY_TIMEOUT.as_secs()
        )),
    };
    match failure {
        None => {
            if !WAS_READY.swap(true, Ordering::Relaxed) {
                tracing::info!("ready again: the database answers");
            }
            (StatusCode::OK, "ready").into_response()
        }
        Some(reason) => {
            if WAS_READY.swap(false, Ordering::Relaxed) {
                tracing::warn!(%reason, "not ready: the database does not answer");
            }
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::RETRY_AFTER, "5")],
                "not ready: the database does not answer (the server log says why)",
            )
                .into_response()
        }
    }
}

async fn metrics(State(state): Shared) -> Result<impl IntoResponse, AppError> {
    let m = &state.metrics;
    let stored_now = state.store.stored().await?;
    let body = format!(
        "# HELP heard_submissions_total Uploaded items by outcome, since this process started.\n\
         # TYPE heard_submissions_total counter\n\
         heard_submissions_total{{outcome=\"stored\"}} {}\n\
         heard_submissions_total{{outcome=\"duplicate\"}} {}\n\
         heard_submissions_total{{outcome=\"rejected\"}} {}\n\
         # HELP heard_enrollments_total Devices enrolled since this process started.\n\
         # TYPE heard_enrollments_total counter\n\
         heard_enrollments_total {}\n\
         # HELP heard_rate_limited_total Requests refused with 429.\n\
         # TYPE heard_rate_limited_total counter\n\
         heard_rate_limited_total {}\n\
         # HELP heard_envelopes_stored Envelopes held now (not purged).\n\
         # TYPE heard_envelopes_stored gauge\n\
         heard_envelopes_stored {stored_now}\n",
        m.stored.load(Ordering::Relaxed),
        m.duplicate.load(Ordering::Relaxed),
        m.rejected.load(Ordering::Relaxed),
        m.enrolled.load(Ordering::Relaxed),
        m.rate_limited.load(Ordering::Relaxed),
    );
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], body))
}

async fn enroll(
    State(state): Shared,
    JsonBody(req): JsonBody<EnrollRequest>,
) -> Result<Json<EnrollResponse>, AppError> {
    let device_id = auth::new_id();
    let token = auth::new_secret();
    match state
        .store
        .redeem_code(
            &auth::hash(req.code.trim()),
            &device_id,
            &auth::hash(&token),
            now(),
        )
        .await?
    {
        Redeemed::Enrolled { .. } => {
            state.metrics.enrolled.fetch_add(1, Ordering::Relaxed);
            Ok(Json(EnrollResponse { device_id, token }))
        }
        Redeemed::Unknown => Err(AppError::NotFound("unknown enrollment code".into())),
        Redeemed::Exhausted => Err(AppError::Gone),
    }
}

fn check_item(item: &UploadItem, limits: &EnvelopeLimits) -> Result<(), String> {
    if !valid_submission_id(&item.submission_id) {
        return Err("submission_id must be 32 lowercase hex digits".into());
    }
    if !heard_protocol::valid_questionnaire_id(&item.questionnaire_id) {
        return Err(format!(
            "questionnaire_id must be {}",
            heard_protocol::QUESTIONNAIRE_ID_RULE
        ));
    }
    if item.questionnaire_version == 0 {
        return Err("questionnaire_version must be 1 or more".into());
    }
    check_envelope(&item.envelope, limits)
        .map(|_| ())
        .map_err(|e| format!("invalid envelope: {e}"))
}

/// The enrolled, unrevoked device making the request; the day it synced is
/// recorded (once a day: a day is all the server keeps).
pub(crate) async fn device(state: &AppState, headers: &HeaderMap) -> Result<Device, AppError> {
    let device = state
        .store
        .device_by_token(&auth::hash(auth::bearer(headers)?))
        .await?
        .ok_or(AppError::Unauthorized)?;
    match (&device.link, device.revoked) {
        (None, true) => return Err(AppError::Revoked),
        (Some(_), true) => return Err(AppError::LinkWithdrawn),
        (Some(link), false) => links::check_open(link, now())?,
        (None, false) => {}
    }
    let today = utc_day(now());
    if device.last_sync_on.as_deref() != Some(today.as_str()) {
        state.store.touch_device(&device.id, &today).await?;
    }
    Ok(device)
}

async fn upload(
    State(state): Shared,
    headers: HeaderMap,
    JsonBody(req): JsonBody<UploadRequest>,
) -> Result<Json<UploadResponse>, AppError> {
    let device = device(&state, &headers).await?;
    if let Err(wait) = state.limiter.check(&device.id) {
        state.metrics.rate_limited.fetch_add(1, Ordering::Relaxed);
        return Err(AppError::RateLimited(wait));
    }
    if req.items.len() > MAX_BATCH {
        return Err(AppError::BadRequest(format!(
            "at most {MAX_BATCH} items per upload, not {}",
            req.items.len()
        )));
    }
    // Hours only: the server keeps no finer trace of when a device was online.
    let g = state.received_granularity.max(3600);
    let hour = now() / g * g;
    let known: std::collections::HashSet<String> =
        state.store.published_ids().await?.into_iter().collect();
    let mut room = device.link.as_ref().map(links::room);
    let checked: Vec<Result<(), String>> = req
        .items
        .iter()
        .map(|item| {
            check_item(item, &state.limits)?;
            if !known.contains(&item.questionnaire_id) {
                return Err(format!(
                    "unknown questionnaire \"{}\": it was never published on this server",
                    item.questionnaire_id
                ));
            }
            if let Some(link) = &device.link {
                links::accepts(link, item, room.as_mut())?;
            }
            Ok(())
        })
        .collect();
    let valid: Vec<UploadItem> = req
        .items
        .iter()
        .zip(&checked)
        .filter(|(_, c)| c.is_ok())
        .map(|(i, _)| i.clone())
        .collect();
    let mut inserted = state
        .store
        .insert_submissions(&valid, hour)
        .await?
        .into_iter();
    let mut results = Vec::with_capacity(req.items.len());
    for (item, check) in req.items.iter().zip(checked) {
        let (status, reason) = match check {
            Err(reason) => (ItemStatus::Rejected, Some(reason)),
            Ok(()) => match inserted.next() {
                Some(Inserted::Stored) => (ItemStatus::Stored, None),
                Some(Inserted::Duplicate) => (ItemStatus::Duplicate, None),
                None => {
                    return Err(AppError::Internal(
                        "the store acknowledged fewer items than it was given".into(),
                    ));
                }
            },
        };
        let counter = match status {
            ItemStatus::Stored => &state.metrics.stored,
            ItemStatus::Duplicate => &state.metrics.duplicate,
            ItemStatus::Rejected => &state.metrics.rejected,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        results.push(ItemResult {
            submission_id: item.submission_id.clone(),
            status,
            reason,
        });
    }
    if device.link.is_some() {
        let stored = results
            .iter()
            .filter(|r| r.status == ItemStatus::Stored)
            .count() as u64;
        if stored > 0 {
            state.store.count_link_stored(&device.id, stored).await?;
        }
    }
    Ok(Json(UploadResponse { results }))
}

#[derive(Deserialize)]
struct ExportQuery {
    after: Option<i64>,
    limit: Option<u32>,
}

async fn export(
    State(state): Shared,
    headers: HeaderMap,
    query: Result<Query<ExportQuery>, QueryRejection>,
) -> Result<Json<ExportPage>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    let Query(q) = query.map_err(|e| AppError::BadRequest(e.body_text()))?;
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let items = state.store.export(q.after.unwrap_or(0), limit).await?;
    let next_after = (items.len() == limit as usize)
        .then(|| items.last().map(|i| i.seq))
        .flatten();
    Ok(Json(ExportPage { items, next_after }))
}

async fn create_code(
    State(state): Shared,
    headers: HeaderMap,
    JsonBody(req): JsonBody<CreateCodeRequest>,
) -> Result<Json<CreateCodeResponse>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    if !(1..=10_000).contains(&req.uses) {
        return Err(AppError::BadRequest("uses must be from 1 to 10000".into()));
    }
    if !(60..=30 * 24 * 3600).contains(&req.expires_in_secs) {
        return Err(AppError::BadRequest(
            "expires_in_secs must be from 60 (a minute) to 2592000 (30 days)".into(),
        ));
    }
    if !heard_protocol::valid_group_name(&req.group) {
        return Err(AppError::BadRequest(format!(
            "group must be {}",
            heard_protocol::GROUP_NAME_RULE
        )));
    }
    let code = auth::new_secret();
    let expires_at = now() + req.expires_in_secs as i64;
    state
        .store
        .create_code(&auth::hash(&code), req.uses, expires_at, &req.group)
        .await?;
    Ok(Json(CreateCodeResponse {
        handle: heard_protocol::code_handle(&code),
        code,
        expires_at,
        uses: req.uses,
    }))
}

async fn devices(
    State(state): Shared,
    headers: HeaderMap,
) -> Result<Json<Vec<DeviceInfo>>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    Ok(Json(state.store.devices().await?))
}

async fn revoke(
    State(state): Shared,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    if state.store.revoke_device(&id).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound(format!("no device {id}")))
    }
}

async fn purge(
    State(state): Shared,
    headers: HeaderMap,
    JsonBody(req): JsonBody<PurgeRequest>,
) -> Result<Json<PurgeResponse>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    Ok(Json(PurgeResponse {
        purged: state.store.purge(&req.submission_ids).await?,
    }))
}

fn etag(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "\"{}\"",
        digest
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    )
}

fn not_modified(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag))
}

/// Responds with `body` and its `ETag`, or `304` if the device has it.
fn cached(headers: &HeaderMap, body: String) -> axum::response::Response {
    let tag = etag(&body);
    if not_modified(headers, &tag) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, tag)]).into_response();
    }
    (
        [
            (header::ETAG, tag),
            (header::CONTENT_TYPE, "application/json".to_string()),
        ],
        body,
    )
        .into_response()
}

async fn publish(State(state): Shared, request: Request) -> Result<Json<Published>, AppError> {
    // The admin token before the body: only the admin may make the server
    // read a body as large as this route allows.
    auth::check_admin(request.headers(), &state.admin_hash)?;
    let JsonBody(signed) =
        JsonBody::<Signed>::read(request, &state, state.max_publish_body()).await?;
    // The server cannot check the organization's signature (devices do,
    // with the key pinned at enrollment); it only needs the id and version.
    let bundle: Bundle = serde_json::from_str(&signed.payload)
        .map_err(|e| AppError::BadRequest(format!("payload is not a questionnaire bundle: {e}")))?;
    // Devices refuse to unpack any other id: refused here, before devices
    // are offered a bundle none of them can install.
    if !heard_protocol::valid_questionnaire_id(&bundle.questionnaire_id) {
        return Err(AppError::BadRequest(format!(
            "questionnaire id {:?} must be {}",
            bundle.questionnaire_id,
            heard_protocol::QUESTIONNAIRE_ID_RULE
        )));
    }
    // Nor recordings a device refuses: of a type it does not play, or over
    // the caps (which also bound what this route reads).
    heard_protocol::audio::decode(&bundle.audio).map_err(|e| {
        AppError::BadRequest(format!(
            "questionnaire \"{}\" version {}: {e}",
            bundle.questionnaire_id, bundle.version
        ))
    })?;
    let text = serde_json::to_string(&signed).map_err(|e| AppError::Internal(e.to_string()))?;
    match state
        .store
        .publish(&bundle.questionnaire_id, bundle.version, &text)
        .await?
    {
        Publish::Published => Ok(Json(Published {
            questionnaire_id: bundle.questionnaire_id,
            version: bundle.version,
        })),
        Publish::NotNewer { current } => Err(AppError::Conflict(format!(
            "questionnaire \"{}\" version {current} is published; publish a higher version than {}",
            bundle.questionnaire_id, bundle.version
        ))),
    }
}

async fn list_questionnaires(
    State(state): Shared,
    headers: HeaderMap,
) -> Result<axum::response::Response, AppError> {
    let device = device(&state, &headers).await?;
    let items = state
        .store
        .questionnaires()
        .await?
        .into_iter()
        .filter(|(id, _, _)| links::serves(device.link.as_ref(), id))
        .map(|(questionnaire_id, version, bundle)| QuestionnaireInfo {
            questionnaire_id,
            version,
            etag: etag(&bundle),
        })
        .collect();
    let body = serde_json::to_string(&QuestionnaireList { items })
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(cached(&headers, body))
}

async fn fetch_questionnaire(
    State(state): Shared,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<axum::response::Response, AppError> {
    let device = device(&state, &headers).await?;
    let bundle = if links::serves(device.link.as_ref(), &id) {
        state.store.bundle(&id).await?
    } else {
        None
    }
    .ok_or_else(|| AppError::NotFound(format!("no questionnaire {id}")))?;
    Ok(cached(&headers, bundle))
}

async fn revoke_group(
    State(state): Shared,
    headers: HeaderMap,
    Path(group): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    let revoked = state.store.revoke_group(&group).await?;
    Ok(Json(serde_json::json!({ "revoked_devices": revoked })))
}

/// The answer to `PUT /v1/admin/config`.
#[derive(Serialize)]
struct ConfigPublished {
    /// The serial now stored.
    serial: u64,
}

/// Stores the organization's newest signed config, which devices fetch at
/// their next sync. Like bundles, the server cannot check the signature
/// (devices do, with the key they pinned at enrollment); it reads only the
/// serial, so that it never serves an older config in place of a newer one.
async fn publish_config(
    State(state): Shared,
    headers: HeaderMap,
    JsonBody(signed): JsonBody<Signed>,
) -> Result<Json<ConfigPublished>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    let config: OrgConfig = serde_json::from_str(&signed.payload)
        .map_err(|e| AppError::BadRequest(format!("payload is not an organization config: {e}")))?;
    if i64::try_from(config.serial).is_err() {
        return Err(AppError::BadRequest(format!(
            "serial {} is too large: serials go up by one with every change",
            config.serial
        )));
    }
    let text = serde_json::to_string(&signed).map_err(|e| AppError::Internal(e.to_string()))?;
    match state.store.put_config(config.serial, &text).await? {
        ConfigStored::Stored => Ok(Json(ConfigPublished {
            serial: config.serial,
        })),
        ConfigStored::NotNewer { current } if current == config.serial => {
            Err(AppError::Conflict(format!(
                "this server holds a different organization config with serial {current}; sign the change with a higher serial than {current}"
            )))
        }
        ConfigStored::NotNewer { current } => Err(AppError::Conflict(format!(
            "this server holds the organization config with serial {current}, newer than this one ({}); devices would refuse an older config: start from the organization folder that signed serial {current}",
            config.serial
        ))),
    }
}

/// The organization's newest signed config, for enrolled devices; with an
/// `ETag`, so a device that has it gets `304`.
async fn fetch_config(
    State(state): Shared,
    headers: HeaderMap,
) -> Result<axum::response::Response, AppError> {
    device(&state, &headers).await?;
    let (_, signed) = state.store.config().await?.ok_or_else(|| {
        AppError::NotFound("no organization config was published on this server".into())
    })?;
    Ok(cached(&headers, signed))
}
