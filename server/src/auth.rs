//! Tokens: random 256-bit secrets handed out once, stored only as SHA-256
//! hashes; the admin token compared in constant time.

use crate::error::AppError;
use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A new random secret: 256 bits, base64url.
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::random();
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new random id (device ids): 128 bits, hex.
pub fn new_id() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of a secret, as stored.
pub fn hash(secret: &str) -> [u8; 32] {
    Sha256::digest(secret.as_bytes()).into()
}

/// The bearer token of a request.
pub fn bearer(headers: &HeaderMap) -> Result<&str, AppError> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(AppError::Unauthorized)
}

/// Checks the admin token in constant time against its configured hash.
pub fn check_admin(headers: &HeaderMap, admin_hash: &[u8; 32]) -> Result<(), AppError> {
    let given = hash(bearer(headers)?);
    if bool::from(given.ct_eq(admin_hash)) {
        Ok(())
    } else {
        Err(AppError::Unauthorized)
    }
}
