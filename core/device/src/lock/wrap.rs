//! The desktop's PIN-wrapped key store: every secret is encrypted before the
//! inner store sees it, so a copied disk holds nothing usable without the
//! PIN.
//!
//! Two layers, as disk encryption does it: a random 256-bit data key
//! encrypts each secret (XChaCha20-Poly1305, the secret's name as associated
//! data so blobs cannot be swapped between names); the data key itself is
//! kept in the lock file encrypted under a key derived from the PIN
//! (Argon2id with its own salt, then XChaCha20-Poly1305). Changing the PIN
//! re-wraps the data key in the same atomic write that changes the PIN hash,
//! so a crash can never leave the secrets under one PIN and the lock under
//! another.

use super::kdf::{self, KdfParams};
use super::pin::Pin;
use crate::error::{Error, Result};
use crate::secret::{DEVICE_IDENTITY, DEVICE_TOKEN, GROUP_KEY, SecretError, SecretStore};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use zeroize::Zeroizing;

/// Marks a wrapped secret (and its format version).
const MAGIC: &[u8; 4] = b"HPW1";
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;
const KEY_LEN: usize = 32;
/// Associated data of the wrapped data key.
const DATA_KEY_AAD: &[u8] = b"heard.lock.data-key.v1";

/// A data key as the lock file keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct WrappedKey {
    /// Argon2id parameters and salt of the key-encryption key.
    kdf: String,
    /// Base64 of nonce ‖ ciphertext ‖ tag.
    key: String,
}

impl WrappedKey {
    /// A new data key, wrapped under `pin`.
    pub(crate) fn new(pin: &Pin, params: KdfParams) -> Result<WrappedKey> {
        let mut data_key = Zeroizing::new([0u8; KEY_LEN]);
        rand::rngs::OsRng.fill_bytes(data_key.as_mut());
        WrappedKey::wrap(&data_key, pin, params)
    }

    /// `data_key` wrapped under `pin`, with a fresh salt.
    pub(crate) fn wrap(data_key: &[u8; KEY_LEN], pin: &Pin, params: KdfParams) -> Result<Self> {
        let kdf = kdf::new_key_record(params)?;
        let kek = kdf::derive_key(&kdf, pin).map_err(Error::LockRefused)?;
        let sealed = seal(&kek, DATA_KEY_AAD, data_key)?;
        Ok(WrappedKey {
            kdf,
            key: BASE64.encode(sealed),
        })
    }

    /// Random bytes shaped like a wrapped key, which no PIN opens: the
    /// duress slot's filler when no duress PIN is set.
    pub(crate) fn decoy(params: KdfParams) -> Result<WrappedKey> {
        let mut sealed = [0u8; NONCE_LEN + KEY_LEN + TAG_LEN];
        rand::rngs::OsRng.fill_bytes(&mut sealed);
        Ok(WrappedKey {
            kdf: kdf::new_key_record(params)?,
            key: BASE64.encode(sealed),
        })
    }

    /// The data key, if `pin` opens it.
    pub(crate) fn unwrap(&self, pin: &Pin) -> Result<Zeroizing<[u8; KEY_LEN]>> {
        let kek = kdf::derive_key(&self.kdf, pin).map_err(Error::LockRefused)?;
        let sealed = BASE64.decode(&self.key).map_err(|_| Error::WrongPin)?;
        let plain = open(&kek, DATA_KEY_AAD, &sealed).ok_or(Error::WrongPin)?;
        let mut key = Zeroizing::new([0u8; KEY_LEN]);
        if plain.len() != KEY_LEN {
            return Err(Error::WrongPin);
        }
        key.copy_from_slice(&plain);
        Ok(key)
    }

    /// Checks the shape read from the lock file (not whether a PIN opens it).
    pub(crate) fn check(&self) -> std::result::Result<(), String> {
        kdf::check_phc(&self.kdf, false)?;
        match BASE64.decode(&self.key) {
            Ok(bytes) if bytes.len() == NONCE_LEN + KEY_LEN + TAG_LEN => Ok(()),
            _ => Err("the wrapped device key has the wrong size".into()),
        }
    }
}

/// nonce ‖ ciphertext ‖ tag of `msg` under `key`; the nonce is random, which
/// XChaCha20's 192-bit nonces make safe.
fn seal(key: &[u8; KEY_LEN], aad: &[u8], msg: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; NONCE_LEN];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ciphertext = XChaCha20Poly1305::new(key.into())
        .encrypt(XNonce::from_slice(&nonce), Payload { msg, aad })
        .map_err(|_| Error::KeyStore("a secret is too large to encrypt".into()))?;
    let mut out = Vec::with_capacity(NONCE_LEN + ciphertext.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

fn open(key: &[u8; KEY_LEN], aad: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    XChaCha20Poly1305::new(key.into())
        .decrypt(
            XNonce::from_slice(nonce),
            Payload {
                msg: ciphertext,
                aad,
            },
        )
        .ok()
        .map(Zeroizing::new)
}

fn secret_aad(name: &str) -> Vec<u8> {
    let mut aad = b"heard.pin-wrapped-secret.v1:".to_vec();
    aad.extend_from_slice(name.as_bytes());
    aad
}

/// A [`SecretStore`] that encrypts every secret with the data key the PIN
/// unwraps before handing it to `inner`, and decrypts on load. Made by
/// [`crate::lock::AppLock::unlock_secrets`]; for the desktop, where no
/// hardware key store exists.
pub struct PinWrappedSecretStore {
    inner: Arc<dyn SecretStore>,
    key: Zeroizing<[u8; KEY_LEN]>,
}

/// Never shows the key (this may end up in a log).
impl std::fmt::Debug for PinWrappedSecretStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PinWrappedSecretStore")
            .finish_non_exhaustive()
    }
}

impl PinWrappedSecretStore {
    pub(crate) fn new(inner: Arc<dyn SecretStore>, key: Zeroizing<[u8; KEY_LEN]>) -> Self {
        PinWrappedSecretStore { inner, key }
    }

    /// The store underneath, holding only encrypted bytes.
    pub fn inner(&self) -> &Arc<dyn SecretStore> {
        &self.inner
    }

    /// Encrypts, in place, Heard's secrets (device identity, group key,
    /// device token) that `inner` still holds in clear: for a desktop store
    /// created before its app lock. Returns how many were wrapped; already
    /// wrapped ones are left alone.
    pub fn wrap_existing(&self) -> Result<usize> {
        let mut wrapped = 0;
        for name in [DEVICE_IDENTITY, GROUP_KEY, DEVICE_TOKEN] {
            let Some(bytes) = self.inner.load(name.to_string())? else {
                continue;
            };
            let bytes = Zeroizing::new(bytes);
            if bytes.starts_with(MAGIC) {
                continue;
            }
            self.save(name.to_string(), bytes.to_vec())?;
            wrapped += 1;
        }
        Ok(wrapped)
    }
}

impl SecretStore for PinWrappedSecretStore {
    fn load(&self, name: String) -> Result<Option<Vec<u8>>, SecretError> {
        let Some(blob) = self.inner.load(name.clone())? else {
            return Ok(None);
        };
        // A secret in clear is refused, not passed through: accepting one
        // would let whoever can write the disk plant a device key they know.
        let sealed = blob.strip_prefix(MAGIC).ok_or_else(|| SecretError {
            message: format!(
                "the secret {name} is not protected by the PIN (it was stored in clear): \
                 wrap it first, or erase Heard and start over"
            ),
        })?;
        let plain = open(&self.key, &secret_aad(&name), sealed).ok_or_else(|| SecretError {
            message: format!(
                "the secret {name} cannot be decrypted with this PIN's key: \
                 it is damaged or was stored under another lock"
            ),
        })?;
        Ok(Some(plain.to_vec()))
    }

    fn save(&self, name: String, secret: Vec<u8>) -> Result<(), SecretError> {
        let secret = Zeroizing::new(secret);
        let sealed = seal(&self.key, &secret_aad(&name), &secret).map_err(|e| SecretError {
            message: e.to_string(),
        })?;
        let mut blob = MAGIC.to_vec();
        blob.extend_from_slice(&sealed);
        self.inner.save(name, blob)
    }

    fn delete(&self, name: String) -> Result<(), SecretError> {
        // Needs no key, so a wipe works even when the PIN is not known.
        self.inner.delete(name)
    }
}
