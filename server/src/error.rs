//! The server's error type and its HTTP form: a JSON [`ErrorBody`] with a
//! plain message. Internal details go to the log, never to the client.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use heard_protocol::{ErrorBody, ErrorCode};

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Malformed or wrong-typed request.
    #[error("{0}")]
    BadRequest(String),
    /// No or unknown credentials.
    #[error("missing or unknown credentials")]
    Unauthorized,
    /// A revoked device.
    #[error("this device was revoked by the organization")]
    Revoked,
    /// Not found.
    #[error("{0}")]
    NotFound(String),
    /// An enrollment code that expired or was used up.
    #[error("this enrollment code has expired or was already used")]
    Gone,
    /// Body over the limit.
    #[error("the request body is larger than the {0} bytes allowed")]
    PayloadTooLarge(usize),
    /// Not JSON.
    #[error("send JSON with Content-Type: application/json")]
    UnsupportedMediaType,
    /// A questionnaire version not newer than the published one.
    #[error("{0}")]
    Conflict(String),
    /// A public survey link the organization withdrew.
    #[error(
        "this survey link was withdrawn by the organization: nothing more can be sent through it"
    )]
    LinkWithdrawn,
    /// A public survey link that expired or holds all it may.
    #[error("{0}")]
    LinkClosed(String),
    /// Too many requests from one device.
    #[error("too many requests: retry in {0} seconds")]
    RateLimited(u64),
    /// Something broke on our side.
    #[error("internal error")]
    Internal(String),
}

impl From<crate::store::StoreError> for AppError {
    fn from(e: crate::store::StoreError) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            AppError::BadRequest(_) => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            AppError::Revoked => (StatusCode::UNAUTHORIZED, ErrorCode::Revoked),
            AppError::NotFound(_) => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::Gone => (StatusCode::GONE, ErrorCode::Gone),
            AppError::Conflict(_) => (StatusCode::CONFLICT, ErrorCode::Conflict),
            AppError::LinkWithdrawn => (StatusCode::UNAUTHORIZED, ErrorCode::Revoked),
            AppError::LinkClosed(_) => (StatusCode::GONE, ErrorCode::LinkClosed),
            AppError::PayloadTooLarge(_) => {
                (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
            }
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ),
            AppError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited),
            AppError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal)
            }
        };
        let body = ErrorBody {
            error: code,
            message: self.to_string(),
        };
        let mut response = (status, axum::Json(body)).into_response();
        if let AppError::RateLimited(secs) = self
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, v);
        }
        response
    }
}
