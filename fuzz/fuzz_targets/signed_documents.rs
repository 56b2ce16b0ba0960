//! The signed documents and wire types of the protocol, decoded as a
//! device, the server and `heard pull` decode them. The first byte picks
//! what the rest is:
//!
//! - 0: a `Signed` document (JSON), verified against a fixed key as a
//!   bundle and as an organization config (the signature never matches,
//!   so this exercises the envelope of the signature: base64, lengths);
//! - 1: a bundle's JSON payload, signed here, round-tripped through
//!   `Signed` and verified, then checked and opened by the engine as a
//!   device installs it (paths, recordings, questionnaire loading);
//! - 2: an organization config payload, signed and verified likewise;
//! - 3: an enrollment QR code's text (`heard1:…`), re-encoded when it
//!   decodes;
//! - 4..: the wire types (upload request and response, enrollment, export
//!   page, purge, links), each re-encoded when it decodes: the same value.
#![no_main]

use heard_protocol::signing::{Bundle, OrgConfig, QrPayload, SecretKey, Signed};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::fmt::Debug;
use std::sync::OnceLock;

fn key() -> &'static SecretKey {
    static KEY: OnceLock<SecretKey> = OnceLock::new();
    KEY.get_or_init(SecretKey::generate)
}

/// Decodes `bytes` as `T`; if it decodes, encoding and decoding again
/// must give the same value.
fn round_trip<T: Serialize + DeserializeOwned + PartialEq + Debug>(bytes: &[u8]) -> Option<T> {
    let value: T = serde_json::from_slice(bytes).ok()?;
    let text = serde_json::to_string(&value).expect("a decoded value encodes");
    let again: T = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{value:?} encoded as {text:?} does not decode: {e}"));
    assert_eq!(value, again, "encoded as {text:?}");
    Some(value)
}

/// Signs the payload `bytes` (when it is a `T`), sends it through
/// `Signed`'s JSON and verifies it: the same value comes back.
fn sign_and_verify<T: Serialize + DeserializeOwned + PartialEq + Debug>(bytes: &[u8]) -> Option<T> {
    let value: T = serde_json::from_slice(bytes).ok()?;
    let signed = Signed::sign(&value, key());
    let wire = serde_json::to_vec(&signed).expect("encodes");
    let back: Signed = serde_json::from_slice(&wire).expect("decodes");
    let verified: T = back
        .verify(&key().public(), "document")
        .unwrap_or_else(|e| panic!("{value:?} signed does not verify: {e}"));
    assert_eq!(verified, value);
    Some(verified)
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    match which % 12 {
        0 => {
            if let Ok(signed) = serde_json::from_slice::<Signed>(rest) {
                let public = key().public();
                let _ = signed.verify::<Bundle>(&public, "bundle");
                let _ = signed.verify::<OrgConfig>(&public, "config");
            }
        }
        1 => {
            if let Some(bundle) = sign_and_verify::<Bundle>(rest) {
                if heard_engine::bundle::check(&bundle).is_ok() {
                    let _ = heard_engine::bundle::open(&bundle);
                }
            }
        }
        2 => {
            let _ = sign_and_verify::<OrgConfig>(rest);
        }
        3 => {
            let Ok(text) = std::str::from_utf8(rest) else {
                return;
            };
            if let Ok(qr) = QrPayload::decode(text) {
                let again = QrPayload::decode(&qr.encode()).expect("re-encoded QR decodes");
                assert_eq!(qr, again);
            }
        }
        4 => {
            let _ = round_trip::<heard_protocol::UploadRequest>(rest);
        }
        5 => {
            let _ = round_trip::<heard_protocol::UploadResponse>(rest);
        }
        6 => {
            let _ = round_trip::<heard_protocol::EnrollRequest>(rest);
            let _ = round_trip::<heard_protocol::EnrollResponse>(rest);
        }
        7 => {
            let _ = round_trip::<heard_protocol::ExportPage>(rest);
        }
        8 => {
            let _ = round_trip::<heard_protocol::CreateCodeRequest>(rest);
            let _ = round_trip::<heard_protocol::PurgeRequest>(rest);
        }
        9 => {
            let _ = round_trip::<heard_protocol::CreateLinkRequest>(rest);
        }
        10 => {
            let _ = round_trip::<heard_protocol::ErrorBody>(rest);
            let _ = round_trip::<heard_protocol::ServerStatus>(rest);
        }
        _ => {
            if let Ok(audio) = serde_json::from_slice(rest) {
                let _ = heard_protocol::audio::decode(&audio);
            }
        }
    }
});
