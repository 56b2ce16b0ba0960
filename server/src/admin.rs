//! The organization's view of the server: status counts and the enrollment
//! codes still able to enroll a device (listed by handle, cancellable).

use crate::auth;
use crate::error::AppError;
use crate::routes::{Shared, now};
use crate::store::utc_day;
use axum::Json;
use axum::extract::Path;
use axum::http::HeaderMap;
use heard_protocol::{
    CODE_HANDLE_BYTES, CodeCancelled, EnrollmentCodeList, GroupDevices, Published, ServerStatus,
    WaitingEnvelopes, valid_code_handle,
};

/// `GET /v1/admin/status`.
pub async fn status(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
) -> Result<Json<ServerStatus>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    let counts = state.store.counts(now()).await?;
    Ok(Json(ServerStatus {
        server_version: env!("CARGO_PKG_VERSION").to_string(),
        database: state.store.kind().to_string(),
        waiting_total: counts.waiting.iter().map(|(_, n)| n).sum(),
        waiting: counts
            .waiting
            .into_iter()
            .map(|(questionnaire_id, envelopes)| WaitingEnvelopes {
                questionnaire_id,
                envelopes,
            })
            .collect(),
        oldest_waiting_on: counts.oldest_waiting_hour.map(utc_day),
        purged_total: counts.purged,
        groups: counts
            .groups
            .into_iter()
            .map(|(group, active, revoked)| GroupDevices {
                group,
                active,
                revoked,
            })
            .collect(),
        active_codes: counts.active_codes,
        published: counts
            .published
            .into_iter()
            .map(|(questionnaire_id, version)| Published {
                questionnaire_id,
                version,
            })
            .collect(),
    }))
}

/// `GET /v1/admin/enrollment-codes`: the codes that can still enroll.
pub async fn list_codes(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
) -> Result<Json<EnrollmentCodeList>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    Ok(Json(EnrollmentCodeList {
        items: state.store.active_codes(now()).await?,
    }))
}

/// `POST /v1/admin/enrollment-codes/{handle}/cancel`: no device can enroll
/// with the code any more (devices already enrolled with it stay).
pub async fn cancel_code(
    axum::extract::State(state): Shared,
    headers: HeaderMap,
    Path(handle): Path<String>,
) -> Result<Json<CodeCancelled>, AppError> {
    auth::check_admin(&headers, &state.admin_hash)?;
    let bytes = decode_handle(&handle).ok_or_else(|| {
        AppError::BadRequest(format!(
            "{handle:?} is not a code handle: it has {} lowercase hex digits, as the code list shows",
            2 * CODE_HANDLE_BYTES
        ))
    })?;
    match state.store.cancel_code(&bytes, now()).await? {
        Some(uses_cancelled) => Ok(Json(CodeCancelled {
            handle,
            uses_cancelled,
        })),
        None => Err(AppError::NotFound(format!("no enrollment code {handle}"))),
    }
}

/// The hash prefix a handle stands for.
fn decode_handle(handle: &str) -> Option<Vec<u8>> {
    if !valid_code_handle(handle) {
        return None;
    }
    (0..handle.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&handle[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_decode_to_the_hash_prefix() {
        assert_eq!(
            decode_handle("00ff10a0b1c2d3e4"),
            Some(vec![0x00, 0xff, 0x10, 0xa0, 0xb1, 0xc2, 0xd3, 0xe4])
        );
        assert_eq!(decode_handle("00FF10A0B1C2D3E4"), None);
        assert_eq!(decode_handle("00ff"), None);
        assert_eq!(decode_handle("zzff10a0b1c2d3e4"), None);
    }
}
