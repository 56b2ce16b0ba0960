//! age encryption: sealing submissions to the organization's recipients,
//! encrypting drafts to the device's own key, and padding plaintext to size
//! buckets so a ciphertext's length says little about what was written.

use crate::error::{Error, Result};
use age::x25519;
use std::io::Write;
use std::str::FromStr;

/// Plaintext is padded up to a multiple of this many bytes.
pub const PAD_BUCKET: usize = 1024;

/// Pads JSON with trailing spaces (still valid JSON) to the next multiple
/// of `bucket`, and at least one bucket.
pub fn pad(mut json: Vec<u8>, bucket: usize) -> Vec<u8> {
    let bucket = bucket.max(1);
    let target = json.len().div_ceil(bucket).max(1) * bucket;
    json.resize(target, b' ');
    json
}

/// Parses an age X25519 recipient (`age1…`).
pub fn parse_recipient(s: &str) -> Result<x25519::Recipient> {
    x25519::Recipient::from_str(s.trim()).map_err(|e| Error::InvalidRecipient {
        recipient: s.chars().take(80).collect(),
        reason: e.to_string(),
    })
}

/// Encrypts `plaintext` to every recipient (at least one).
pub fn seal(plaintext: &[u8], recipients: &[x25519::Recipient]) -> Result<Vec<u8>> {
    // In the web survey, age's X25519 stanza without the basepoint table
    // (see `stanza`); everywhere else, age's own recipient.
    #[cfg(target_arch = "wasm32")]
    let recipients: Vec<crate::stanza::LadderRecipient> = recipients
        .iter()
        .map(|r| {
            crate::stanza::LadderRecipient::from_age(r).ok_or_else(|| Error::InvalidRecipient {
                recipient: r.to_string(),
                reason: "not an age X25519 recipient".into(),
            })
        })
        .collect::<Result<_>>()?;
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|e| Error::Crypto(format!("cannot encrypt: {}", encrypt_error(&e))))?;
    let mut out = Vec::with_capacity(plaintext.len() + 256 + 200 * recipients.len());
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|e| Error::Crypto(format!("cannot encrypt: {e}")))?;
    writer
        .write_all(plaintext)
        .map_err(|e| Error::Crypto(format!("cannot encrypt: {e}")))?;
    // Without finish() the last chunk is never written and nothing decrypts.
    writer
        .finish()
        .map_err(|e| Error::Crypto(format!("cannot encrypt: {e}")))?;
    Ok(out)
}

/// What went wrong in [`age::Encryptor::with_recipients`], in the words of
/// age's own (en-US) messages. Not `EncryptError`'s `Display`: that goes
/// through age's Fluent loader, which embeds every age locale and a second
/// Fluent stack (about 75 KB of the web survey's WebAssembly) for errors
/// X25519 recipients cannot cause. Only the first two variants can happen
/// with X25519 recipients; the rest are described by their debug form.
fn encrypt_error(e: &age::EncryptError) -> String {
    match e {
        age::EncryptError::MissingRecipients => "Missing recipients.".to_string(),
        age::EncryptError::Io(e) => e.to_string(),
        age::EncryptError::MixedRecipientAndPassphrase => {
            "scrypt::Recipient can't be used with other recipients.".to_string()
        }
        other => format!("{other:?}"),
    }
}

/// Decrypts an age file with `identity`.
pub fn open(envelope: &[u8], identity: &x25519::Identity) -> Result<Vec<u8>> {
    age::decrypt(identity, envelope).map_err(|e| Error::Crypto(format!("cannot decrypt: {e}")))
}

/// Length of an age v1 header (through the `--- mac` line), or `None` if
/// this is not one. The header holds one random "grease" stanza of random
/// size that the age crate adds; the payload after it depends only on the
/// padded plaintext's length.
pub fn header_len(envelope: &[u8]) -> Option<usize> {
    let marker = b"\n--- ";
    let start = envelope.windows(marker.len()).position(|w| w == marker)? + 1;
    let end = envelope[start..].iter().position(|&b| b == b'\n')?;
    Some(start + end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_rounds_up_to_the_bucket_and_stays_json() {
        assert_eq!(pad(b"{}".to_vec(), 1024).len(), 1024);
        assert_eq!(pad(vec![b'x'; 1024], 1024).len(), 1024);
        assert_eq!(pad(vec![b'x'; 1025], 1024).len(), 2048);
        let padded = pad(br#"{"a":1}"#.to_vec(), 64);
        let value: serde_json::Value = serde_json::from_slice(&padded).expect("padded JSON parses");
        assert_eq!(value["a"], 1);
    }

    #[test]
    fn sealed_bytes_open_only_with_a_recipient_identity() {
        let a = x25519::Identity::generate();
        let b = x25519::Identity::generate();
        let outsider = x25519::Identity::generate();
        let sealed = seal(b"secret answers", &[a.to_public(), b.to_public()]).expect("seal");
        assert_eq!(open(&sealed, &a).expect("a opens"), b"secret answers");
        assert_eq!(open(&sealed, &b).expect("b opens"), b"secret answers");
        assert!(open(&sealed, &outsider).is_err());
        assert!(header_len(&sealed).is_some_and(|h| h < sealed.len()));
    }

    #[test]
    fn encryption_errors_read_as_age_words_them() {
        let err = seal(b"x", &[]).expect_err("no recipients");
        assert_eq!(
            err.to_string(),
            age_words(&age::EncryptError::MissingRecipients)
        );
        assert!(err.to_string().contains("Missing recipients."), "{err}");
        let mixed = age::EncryptError::MixedRecipientAndPassphrase;
        assert_eq!(encrypt_error(&mixed), mixed.to_string());
        let io = age::EncryptError::Io(std::io::Error::other("disk full"));
        assert_eq!(encrypt_error(&io), io.to_string());
    }

    /// The message [`seal`] gives for `e`, with age's own `Display`.
    fn age_words(e: &age::EncryptError) -> String {
        Error::Crypto(format!("cannot encrypt: {e}")).to_string()
    }

    #[test]
    fn bad_recipients_are_named() {
        let err = parse_recipient("age1notakey").expect_err("invalid");
        assert!(
            err.to_string()
                .starts_with("\"age1notakey\" is not an age X25519 recipient"),
            "{err}"
        );
    }
}
