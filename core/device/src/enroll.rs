//! Enrolling a device from the organization's QR code: check what it says,
//! show the organization's name and key fingerprint for the person to
//! compare with the printed code, then redeem the code with the server.

use crate::error::{Error, Result};
use crate::secret::SecretStore;
use crate::store::Store;
use heard_protocol::signing::{OrgConfig, PublicKey, QrPayload};
use heard_protocol::{EnrollRequest, EnrollResponse, ErrorBody};
use std::sync::Mutex;
use std::time::Duration;

/// A scanned enrollment code, checked but not yet trusted.
#[derive(Debug, Clone)]
pub struct Offer {
    /// The organization's name, to show.
    pub org_name: String,
    /// The server it names.
    pub server: String,
    /// The organization key's fingerprint as six words, to compare with the
    /// printed code before accepting.
    pub fingerprint: Vec<String>,
    /// The enrollment group.
    pub group: String,
    payload: QrPayload,
}

/// Reads and checks a QR code's text: a Heard code, whose organization
/// config is signed by the key it carries, naming an `https` server and
/// valid age recipients.
pub fn read_qr(text: &str) -> Result<Offer> {
    let payload = QrPayload::decode(text).map_err(|e| Error::Enrollment(e.to_string()))?;
    let key = PublicKey::from_base64(&payload.org_key)
        .map_err(|e| Error::Enrollment(format!("the organization key: {e}")))?;
    let config: OrgConfig = payload
        .config
        .verify(&key, "organization config")
        .map_err(|e| Error::Enrollment(format!("this code's organization config is not signed by its organization key ({e}): do not use it")))?;
    crate::check_server_url(&config.server)?;
    for r in &config.recipients {
        heard_engine::seal::parse_recipient(r)?;
    }
    if config.recipients.is_empty() {
        return Err(Error::Enrollment(
            "this code names no organization key to seal answers to".into(),
        ));
    }
    Ok(Offer {
        org_name: config.org_name,
        server: config.server,
        fingerprint: key
            .fingerprint_words()
            .into_iter()
            .map(str::to_string)
            .collect(),
        group: payload.group.clone(),
        payload,
    })
}

/// How long [`accept`] waits for the server: the same as one sync request
/// ([`crate::SyncConfig::new`]'s `timeout`).
pub const ENROLL_TIMEOUT: Duration = Duration::from_secs(30);

/// Redeems the offer's code with its server, once the person has compared
/// the fingerprint: keeps the device token and group key in the platform key
/// store, pins the organization key, and applies its config. Waits at most
/// [`ENROLL_TIMEOUT`] for the server.
///
/// All or nothing on the device: the offer is checked again before the
/// code is spent, and if recording the enrollment fails, neither the token
/// nor the group key stays in the key store.
pub async fn accept(
    offer: &Offer,
    store: &Mutex<Store>,
    secrets: &dyn SecretStore,
) -> Result<String> {
    accept_within(offer, store, secrets, ENROLL_TIMEOUT).await
}

/// [`accept`], waiting at most `timeout` for the server.
pub async fn accept_within(
    offer: &Offer,
    store: &Mutex<Store>,
    secrets: &dyn SecretStore,
    timeout: Duration,
) -> Result<String> {
    // Refused before the server spends the code on this device.
    crate::store::check_enrollment(
        &offer.payload.org_key,
        &offer.payload.group_key,
        &offer.payload.config,
    )?;
    let url = format!("{}/v1/enroll", offer.server.trim_end_matches('/'));
    let http = crate::http::client(timeout)?;
    let unreachable = |e: reqwest::Error| {
        Error::Unreachable(if e.is_timeout() {
            format!(
                "{} did not answer within {} seconds: check the connection and try again",
                offer.server,
                timeout.as_secs_f64()
            )
        } else {
            format!(
                "cannot reach {}: {}",
                offer.server,
                crate::http::describe(&e)
            )
        })
    };
    let response = http
        .post(url)
        .json(&EnrollRequest {
            code: offer.payload.code.clone(),
        })
        .send()
        .await
        .map_err(unreachable)?;
    let status = response.status();
    if !status.is_success() {
        let message = response
            .json::<ErrorBody>()
            .await
            .map(|b| b.message)
            .unwrap_or_else(|_| status.to_string());
        return Err(Error::Enrollment(format!(
            "the server refused the enrollment code: {message}"
        )));
    }
    let enrolled: EnrollResponse = response.json().await.map_err(|e| {
        if e.is_timeout() {
            unreachable(e)
        } else {
            Error::Enrollment(format!("unreadable answer from the server: {e}"))
        }
    })?;
    let mut store = store.lock().map_err(|_| Error::Poisoned)?;
    store.enroll_with_token(
        &offer.payload.org_key,
        &offer.payload.group,
        &offer.payload.group_key,
        &offer.payload.config,
        Some(&enrolled.token),
        secrets,
    )?;
    Ok(enrolled.device_id)
}
