//! The organization's signatures (ed25519): signed organization config and
//! questionnaire bundles, the QR payload that enrolls a device, the
//! enrollment-group signatures inside envelopes, and key fingerprints as
//! words a person can compare.
//!
//! A signed document keeps the exact JSON text that was signed, so verifying
//! never depends on re-serializing.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Why a signed document or key was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignatureError {
    /// A key that does not decode.
    #[error("not an ed25519 key: {0}")]
    BadKey(String),
    /// A signature that does not decode.
    #[error("not an ed25519 signature")]
    BadSignature,
    /// A valid signature by another key, or altered content.
    #[error("the signature does not match the organization's key")]
    Mismatch,
    /// The signed content is not the expected document.
    #[error("the signed content is not a valid {what}: {reason}")]
    Content {
        /// What was expected.
        what: &'static str,
        /// Why it does not parse.
        reason: String,
    },
    /// A QR payload that is not Heard's.
    #[error("this QR code is not a Heard enrollment code")]
    NotAnEnrollmentCode,
}

/// A signing key (the organization's, or an enrollment group's).
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// A new random key.
    pub fn generate() -> SecretKey {
        SecretKey(SigningKey::from_bytes(&rand::random::<[u8; 32]>()))
    }

    /// Reads a key written by [`SecretKey::to_base64`].
    pub fn from_base64(s: &str) -> Result<SecretKey, SignatureError> {
        let bytes = URL_SAFE_NO_PAD
            .decode(s.trim())
            .map_err(|e| SignatureError::BadKey(e.to_string()))?;
        let seed: [u8; 32] = bytes
            .try_into()
            .map_err(|_| SignatureError::BadKey("a secret key has 32 bytes".into()))?;
        Ok(SecretKey(SigningKey::from_bytes(&seed)))
    }

    /// The 32-byte seed, base64url.
    pub fn to_base64(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0.to_bytes())
    }

    /// The public key.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// Signs `bytes`; the signature is standard base64.
    pub fn sign(&self, bytes: &[u8]) -> String {
        STANDARD.encode(self.0.sign(bytes).to_bytes())
    }
}

/// A public key, written as base64url.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Reads a public key written by [`PublicKey::to_base64`].
    pub fn from_base64(s: &str) -> Result<PublicKey, SignatureError> {
        let bytes = URL_SAFE_NO_PAD
            .decode(s.trim())
            .map_err(|e| SignatureError::BadKey(e.to_string()))?;
        let bytes: [u8; 32] = bytes
            .try_into()
            .map_err(|_| SignatureError::BadKey("a public key has 32 bytes".into()))?;
        VerifyingKey::from_bytes(&bytes)
            .map(PublicKey)
            .map_err(|e| SignatureError::BadKey(e.to_string()))
    }

    /// base64url of the 32 bytes.
    pub fn to_base64(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0.to_bytes())
    }

    /// Checks `signature` (standard base64) over `bytes`.
    pub fn verify(&self, bytes: &[u8], signature: &str) -> Result<(), SignatureError> {
        let raw = STANDARD
            .decode(signature.trim())
            .map_err(|_| SignatureError::BadSignature)?;
        let raw: [u8; 64] = raw.try_into().map_err(|_| SignatureError::BadSignature)?;
        self.0
            .verify(bytes, &Signature::from_bytes(&raw))
            .map_err(|_| SignatureError::Mismatch)
    }

    /// Six words from the key's SHA-256, to compare with the printed code
    /// before trusting an enrollment. 48 bits: a look-alike key would take
    /// about 2^47 tries to match.
    pub fn fingerprint_words(&self) -> Vec<&'static str> {
        let digest = Sha256::digest(self.0.to_bytes());
        digest
            .iter()
            .take(6)
            .map(|b| WORDS[usize::from(*b)])
            .collect()
    }
}

/// A JSON document with the organization's signature over its exact text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed {
    /// The signed JSON text.
    pub payload: String,
    /// ed25519 signature over `payload`'s bytes, standard base64.
    pub signature: String,
}

impl Signed {
    /// Signs `value` with `key`.
    pub fn sign<T: Serialize>(value: &T, key: &SecretKey) -> Signed {
        let payload = serde_json::to_string(value).unwrap_or_default();
        let signature = key.sign(payload.as_bytes());
        Signed { payload, signature }
    }

    /// The content, if `key` signed exactly this text.
    pub fn verify<T: DeserializeOwned>(
        &self,
        key: &PublicKey,
        what: &'static str,
    ) -> Result<T, SignatureError> {
        key.verify(self.payload.as_bytes(), &self.signature)?;
        serde_json::from_str(&self.payload).map_err(|e| SignatureError::Content {
            what,
            reason: e.to_string(),
        })
    }
}

/// What decides where a device's answers go: signed by the organization,
/// so a server cannot re-point it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgConfig {
    /// The organization's name, shown before enrolling.
    pub org_name: String,
    /// The server to sync with (`https://…`).
    pub server: String,
    /// age recipients every submission is sealed to.
    pub recipients: Vec<String>,
    /// Increases with every new config; a device never goes back.
    pub serial: u64,
}

/// A questionnaire folder packed for distribution: path → file text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// The questionnaire's id.
    pub questionnaire_id: String,
    /// Its version; a device refuses a lower one than it has.
    pub version: u32,
    /// `questionnaire.toml` and `locales/<tag>/*.ftl`, by relative path.
    pub files: BTreeMap<String, String>,
    /// Recorded prompts, `locales/<tag>/audio/<message-id>.<ext>` →
    /// standard base64 of the file (see [`crate::audio`] for the accepted
    /// types and sizes). Left out of the JSON when empty, so a bundle
    /// without audio is signed over exactly the bytes it was before audio
    /// existed, and older bundles parse.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub audio: BTreeMap<String, String>,
}

/// The prefix of an enrollment QR code's text.
pub const QR_PREFIX: &str = "heard1:";

/// Everything a device needs to enroll, in one QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QrPayload {
    /// The enrollment code to redeem.
    pub code: String,
    /// The enrollment group.
    pub group: String,
    /// The group's signing key (secret): devices sign submissions with it.
    /// It is only ever in the QR code, never on the server.
    pub group_key: String,
    /// The organization's public signing key, pinned at enrollment.
    pub org_key: String,
    /// The organization config, signed with `org_key`.
    pub config: Signed,
}

impl QrPayload {
    /// The QR code's text.
    pub fn encode(&self) -> String {
        format!(
            "{QR_PREFIX}{}",
            URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
        )
    }

    /// Reads a QR code's text.
    pub fn decode(text: &str) -> Result<QrPayload, SignatureError> {
        let body = text
            .trim()
            .strip_prefix(QR_PREFIX)
            .ok_or(SignatureError::NotAnEnrollmentCode)?;
        let json = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| SignatureError::NotAnEnrollmentCode)?;
        serde_json::from_slice(&json).map_err(|_| SignatureError::NotAnEnrollmentCode)
    }
}

/// 256 short, distinct words, one per byte value.
const WORDS: [&str; 256] = [
    "acid", "acorn", "actor", "adult", "alarm", "album", "alley", "amber", "angle", "ankle",
    "apple", "april", "apron", "arena", "arrow", "aspen", "atlas", "attic", "autumn", "avocado",
    "badge", "bagel", "baker", "bamboo", "banana", "banjo", "barley", "barn", "basil", "basket",
    "beach", "beacon", "bean", "beaver", "bell", "berry", "bicycle", "bird", "biscuit", "blanket",
    "blossom", "boat", "bonnet", "book", "boot", "bottle", "bowl", "box", "branch", "bread",
    "brick", "bridge", "brook", "broom", "bucket", "buffalo", "butter", "button", "cabin", "cable",
    "cactus", "cake", "camel", "camera", "canal", "candle", "canoe", "canvas", "canyon", "carpet",
    "carrot", "castle", "cat", "cedar", "cello", "chair", "chalk", "cherry", "chess", "chimney",
    "cider", "cinnamon", "circle", "clay", "cliff", "clock", "cloud", "clover", "coast", "cocoa",
    "coconut", "coffee", "comet", "compass", "copper", "coral", "cotton", "cow", "crab", "crane",
    "crayon", "cricket", "crown", "cup", "curtain", "daisy", "dance", "delta", "desert", "diamond",
    "dinner", "dolphin", "donkey", "door", "dragon", "drum", "duck", "dune", "eagle", "earth",
    "echo", "elbow", "elephant", "elm", "ember", "engine", "falcon", "feather", "fence", "fern",
    "ferry", "fiddle", "field", "fig", "finch", "fire", "flag", "flame", "flower", "flute",
    "forest", "fountain", "fox", "frog", "garden", "garlic", "gate", "ginger", "giraffe",
    "glacier", "globe", "glove", "goat", "gold", "grape", "grass", "guitar", "hammer", "harbor",
    "harp", "hat", "hazel", "helmet", "heron", "hill", "honey", "horse", "house", "iceberg",
    "igloo", "island", "ivory", "jacket", "jade", "jasmine", "jelly", "jewel", "jungle", "kettle",
    "key", "kite", "kiwi", "koala", "ladder", "lake", "lamp", "lantern", "lava", "leaf", "lemon",
    "lettuce", "lily", "lime", "lion", "lizard", "lobster", "lotus", "magnet", "mango", "maple",
    "marble", "meadow", "melon", "mirror", "mitten", "monkey", "moon", "moose", "mountain",
    "mouse", "mushroom", "needle", "nest", "noodle", "oak", "oasis", "ocean", "olive", "onion",
    "orange", "orchid", "otter", "owl", "oyster", "paddle", "palm", "panda", "paper", "parrot",
    "peach", "peanut", "pear", "pebble", "pelican", "pencil", "pepper", "piano", "pigeon",
    "pillow", "pine", "planet", "plum", "pond", "poppy", "potato", "pumpkin", "puzzle", "quail",
    "quilt", "rabbit", "radio", "rain", "raven", "reed", "ribbon", "river",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_config_verifies_only_with_its_key_and_unaltered() {
        let org = SecretKey::generate();
        let config = OrgConfig {
            org_name: "Refugee Legal Aid".into(),
            server: "https://heard.example.org".into(),
            recipients: vec!["age1qqq".into()],
            serial: 1,
        };
        let signed = Signed::sign(&config, &org);
        assert_eq!(
            signed.verify::<OrgConfig>(&org.public(), "config"),
            Ok(config)
        );
        let attacker = SecretKey::generate();
        assert_eq!(
            signed.verify::<OrgConfig>(&attacker.public(), "config"),
            Err(SignatureError::Mismatch)
        );
        let mut altered = signed.clone();
        altered.payload = altered
            .payload
            .replace("heard.example.org", "evil.example.org");
        assert_eq!(
            altered.verify::<OrgConfig>(&org.public(), "config"),
            Err(SignatureError::Mismatch)
        );
        let resigned = Signed::sign(&"not a config", &org);
        assert!(matches!(
            resigned.verify::<OrgConfig>(&org.public(), "config"),
            Err(SignatureError::Content { .. })
        ));
    }

    #[test]
    fn a_bundle_without_audio_keeps_the_json_it_had_before_audio() {
        // The payload as bundles were written before they could carry audio.
        let old =
            r#"{"questionnaire_id":"q","version":2,"files":{"questionnaire.toml":"id = \"q\""}}"#;
        let bundle: Bundle = serde_json::from_str(old).expect("an older bundle parses");
        assert!(bundle.audio.is_empty());
        assert_eq!(
            serde_json::to_string(&bundle).expect("json"),
            old,
            "signed over the same bytes"
        );
        let org = SecretKey::generate();
        let signed = Signed::sign(&bundle, &org);
        assert_eq!(signed.payload, old);
        let mut with_audio = bundle.clone();
        with_audio
            .audio
            .insert("locales/en/audio/q.opus".into(), "T2dnUw==".into());
        let json = serde_json::to_string(&with_audio).expect("json");
        assert!(
            json.ends_with(r#""audio":{"locales/en/audio/q.opus":"T2dnUw=="}}"#),
            "{json}"
        );
        assert_eq!(
            serde_json::from_str::<Bundle>(&json).expect("parses"),
            with_audio
        );
    }

    #[test]
    fn keys_round_trip_and_fingerprints_are_six_stable_words() {
        let key = SecretKey::generate();
        let again = SecretKey::from_base64(&key.to_base64()).expect("secret");
        assert_eq!(again.public(), key.public());
        let public = PublicKey::from_base64(&key.public().to_base64()).expect("public");
        assert_eq!(public, key.public());
        let words = public.fingerprint_words();
        assert_eq!(words.len(), 6);
        assert_eq!(words, key.public().fingerprint_words());
        assert_ne!(words, SecretKey::generate().public().fingerprint_words());
        assert!(PublicKey::from_base64("short").is_err());
        let distinct: std::collections::BTreeSet<&str> = WORDS.iter().copied().collect();
        assert_eq!(distinct.len(), 256);
    }

    #[test]
    fn a_qr_payload_round_trips_and_other_codes_are_refused() {
        let org = SecretKey::generate();
        let qr = QrPayload {
            code: "c0de".into(),
            group: "district-north".into(),
            group_key: SecretKey::generate().to_base64(),
            org_key: org.public().to_base64(),
            config: Signed::sign(
                &OrgConfig {
                    org_name: "X".into(),
                    server: "https://h".into(),
                    recipients: vec![],
                    serial: 1,
                },
                &org,
            ),
        };
        let text = qr.encode();
        assert!(text.starts_with("heard1:"));
        assert!(
            text.len() < 1500,
            "fits a QR code: {} characters",
            text.len()
        );
        assert_eq!(QrPayload::decode(&text), Ok(qr));
        assert_eq!(
            QrPayload::decode("https://example.org"),
            Err(SignatureError::NotAnEnrollmentCode)
        );
        assert_eq!(
            QrPayload::decode("heard1:!!!"),
            Err(SignatureError::NotAnEnrollmentCode)
        );
    }
}
