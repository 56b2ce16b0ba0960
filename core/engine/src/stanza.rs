//! age's X25519 recipient stanza, composed from age-core's own primitives
//! for the web survey's build.
//!
//! age's `x25519::Recipient` derives the ephemeral public key with
//! curve25519-dalek's fixed-base multiplication, which brings its 30 KB
//! precomputed basepoint table into the WebAssembly: age turns that
//! feature on and a downstream crate cannot turn it off. The X25519
//! function (the Montgomery ladder, as in RFC 7748) gives the same point
//! with no table. Everything else is age's: the stanza's format and
//! labels follow the age specification (`age-encryption.org/v1`), the HKDF
//! and the ChaCha20-Poly1305 wrap are `age_core::primitives`, and
//! `age::Encryptor` writes the header, its MAC and the payload. The native
//! builds keep age's own recipient; the tests below check that envelopes
//! sealed here open with age's identity, and the same tests run in the
//! browser's build.

use age::EncryptError;
use age_core::format::{FileKey, Stanza};
use age_core::secrecy::ExposeSecret;
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use rand::RngCore;
use std::collections::HashSet;
use zeroize::Zeroize;

/// The stanza's tag, as age writes it.
const TAG: &str = "X25519";
/// The HKDF label of an X25519 recipient's wrapping key.
const KEY_LABEL: &[u8] = b"age-encryption.org/v1/X25519";

/// An age X25519 recipient by its 32-byte public key.
pub(crate) struct LadderRecipient {
    public: [u8; 32],
}

impl LadderRecipient {
    /// The recipient an `age1…` string names; `None` if it is not one.
    pub(crate) fn from_age(recipient: &age::x25519::Recipient) -> Option<LadderRecipient> {
        let (hrp, data) = bech32::decode(&recipient.to_string()).ok()?;
        if !hrp.as_str().eq_ignore_ascii_case("age") {
            return None;
        }
        Some(LadderRecipient {
            public: data.try_into().ok()?,
        })
    }
}

impl age::Recipient for LadderRecipient {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), EncryptError> {
        let mut secret = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        let ephemeral = x25519_dalek::x25519(secret, x25519_dalek::X25519_BASEPOINT_BYTES);
        let mut shared = x25519_dalek::x25519(secret, self.public);
        secret.zeroize();
        // All zero only for a low-order public key (clamping keeps any
        // secret, even a broken random source's, from giving it): age's own
        // recipient panics there; this refuses. Checked without an early
        // exit (subtle, as age does), so the time says nothing of the secret.
        if bool::from(subtle::ConstantTimeEq::ct_eq(&shared[..], &[0u8; 32][..])) {
            return Err(EncryptError::Io(std::io::Error::other(
                "the X25519 key agreement gave the all-zero value: the recipient is not a valid key",
            )));
        }
        let mut salt = [0u8; 64];
        salt[..32].copy_from_slice(&ephemeral);
        salt[32..].copy_from_slice(&self.public);
        let mut key = age_core::primitives::hkdf(&salt, KEY_LABEL, &shared);
        shared.zeroize();
        let body = age_core::primitives::aead_encrypt(&key, file_key.expose_secret());
        key.zeroize();
        Ok((
            vec![Stanza {
                tag: TAG.to_string(),
                args: vec![STANDARD_NO_PAD.encode(ephemeral)],
                body,
            }],
            HashSet::new(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::x25519::Identity;
    use std::io::Write;

    fn sealed(plaintext: &[u8], to: &[LadderRecipient]) -> Vec<u8> {
        let encryptor =
            age::Encryptor::with_recipients(to.iter().map(|r| r as &dyn age::Recipient))
                .expect("recipients");
        let mut out = Vec::new();
        let mut writer = encryptor.wrap_output(&mut out).expect("header");
        writer.write_all(plaintext).expect("payload");
        writer.finish().expect("finish");
        out
    }

    #[test]
    fn what_it_seals_opens_with_age_s_own_identity() {
        let a = Identity::generate();
        let b = Identity::generate();
        let to: Vec<LadderRecipient> = [&a, &b]
            .iter()
            .map(|i| LadderRecipient::from_age(&i.to_public()).expect("age1"))
            .collect();
        let envelope = sealed(b"answers", &to);
        assert_eq!(age::decrypt(&a, &envelope).expect("a opens"), b"answers");
        assert_eq!(age::decrypt(&b, &envelope).expect("b opens"), b"answers");
        assert!(age::decrypt(&Identity::generate(), &envelope).is_err());
    }

    /// The age reference tool (the Debian package age, which `cargo xtask
    /// test` installs) opens it too.
    #[test]
    fn the_age_command_line_tool_opens_it() {
        use age::secrecy::ExposeSecret;
        let identity = Identity::generate();
        let to = LadderRecipient::from_age(&identity.to_public()).expect("age1");
        let dir = tempfile::tempdir().expect("dir");
        let key = dir.path().join("key.txt");
        std::fs::write(&key, identity.to_string().expose_secret()).expect("key");
        let envelope = dir.path().join("answers.age");
        std::fs::write(&envelope, sealed(b"sealed by the ladder", &[to])).expect("envelope");
        let opened = std::process::Command::new("age")
            .args(["-d", "-i"])
            .arg(&key)
            .arg(&envelope)
            .output()
            .expect("the age CLI is installed (cargo xtask test installs it)");
        assert!(
            opened.status.success(),
            "{}",
            String::from_utf8_lossy(&opened.stderr)
        );
        assert_eq!(opened.stdout, b"sealed by the ladder");
    }

    #[test]
    fn its_stanza_has_age_s_shape() {
        let identity = Identity::generate();
        let to = LadderRecipient::from_age(&identity.to_public()).expect("age1");
        let file_key = FileKey::new(Box::new([7u8; 16]));
        let (stanzas, labels) = age::Recipient::wrap_file_key(&to, &file_key).expect("wraps");
        assert!(labels.is_empty());
        let [stanza] = stanzas.as_slice() else {
            panic!("one stanza: {}", stanzas.len());
        };
        assert_eq!(stanza.tag, "X25519");
        assert_eq!(stanza.args.len(), 1);
        // A 32-byte point in unpadded base64, and a 16-byte key with its
        // 16-byte tag, as age's own recipient writes them.
        assert_eq!(stanza.args[0].len(), 43);
        assert_eq!(stanza.body.len(), 32);
        // A fresh ephemeral key each time.
        let (again, _) = age::Recipient::wrap_file_key(&to, &file_key).expect("wraps");
        assert_ne!(again[0].args, stanza.args);
    }

    #[test]
    fn a_low_order_key_is_refused_rather_than_wrapped_to() {
        // The zero point and the point of order 2 (u = 1) make every
        // shared secret all zero, whatever the ephemeral secret.
        let mut order_two = [0u8; 32];
        order_two[0] = 1;
        for public in [[0u8; 32], order_two] {
            let to = LadderRecipient { public };
            let file_key = FileKey::new(Box::new([7u8; 16]));
            let err = age::Recipient::wrap_file_key(&to, &file_key).expect_err("refused");
            assert!(err.to_string().contains("all-zero"), "{err}");
        }
    }

    #[test]
    fn the_public_key_is_the_one_the_string_names() {
        let identity = Identity::generate();
        let to = LadderRecipient::from_age(&identity.to_public()).expect("age1");
        let text = identity.to_public().to_string();
        let (_, data) = bech32::decode(&text).expect("bech32");
        assert_eq!(to.public.as_slice(), data.as_slice());
    }
}
