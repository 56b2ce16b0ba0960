//! Argon2id: PIN hashes as PHC strings, decoys that look like them, and
//! keys derived from a PIN.

use super::pin::Pin;
use crate::error::{Error, Result};
use argon2::password_hash::{Output, PasswordHash, PasswordHasher, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use zeroize::Zeroizing;

/// Argon2id cost parameters. Each hash stores the ones it was made with, so
/// raising them later leaves existing hashes readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub memory_kib: u32,
    /// Passes over the memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
}

impl KdfParams {
    /// The parameters for real PINs: 64 MiB, 2 passes, 1 lane (see the
    /// module documentation of [`crate::lock`] for the measurements).
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// Argon2's smallest parameters, so tests run fast. A PIN hashed with
    /// these falls to a brute force in seconds: never use them in an app.
    pub const INSECURE_FOR_TESTS: KdfParams = KdfParams {
        memory_kib: 8,
        iterations: 1,
        parallelism: 1,
    };

    fn params(&self) -> Result<Params> {
        if self.memory_kib > MAX_MEMORY_KIB
            || self.iterations > MAX_ITERATIONS
            || self.parallelism > MAX_PARALLELISM
        {
            return Err(Error::LockRefused(format!(
                "Argon2 parameters {self:?} are beyond what a phone can compute"
            )));
        }
        Params::new(
            self.memory_kib,
            self.iterations,
            self.parallelism,
            Some(OUTPUT_LEN),
        )
        .map_err(|e| Error::LockRefused(format!("Argon2 parameters {self:?} refused: {e}")))
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::DEFAULT
    }
}

/// Bounds on parameters read from a file, so a tampered file cannot make the
/// app allocate gigabytes or spin for hours before it says "wrong PIN".
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_ITERATIONS: u32 = 64;
const MAX_PARALLELISM: u32 = 16;

/// Hash and key length.
const OUTPUT_LEN: usize = 32;
const SALT_LEN: usize = 16;

fn argon2(params: Params) -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn random_salt() -> Result<SaltString> {
    let mut bytes = [0u8; SALT_LEN];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    SaltString::encode_b64(&bytes)
        .map_err(|e| Error::LockRefused(format!("cannot encode a salt: {e}")))
}

/// The PHC string of `pin`: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`.
pub(crate) fn hash_pin(pin: &Pin, params: KdfParams) -> Result<String> {
    let salt = random_salt()?;
    let hash = argon2(params.params()?)
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|e| Error::LockRefused(format!("cannot hash the PIN: {e}")))?;
    Ok(hash.to_string())
}

/// A PHC string no PIN matches, indistinguishable from a real one (Argon2's
/// output is pseudorandom). It fills the duress slot when no duress PIN is
/// set, so the lock file does not tell whether one is.
pub(crate) fn decoy_hash(params: KdfParams) -> Result<String> {
    let salt = random_salt()?;
    let mut bytes = [0u8; OUTPUT_LEN];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let broken = |e: argon2::password_hash::Error| {
        Error::LockRefused(format!("cannot build a decoy hash: {e}"))
    };
    let hash = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: (&params.params()?).try_into().map_err(broken)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&bytes).map_err(broken)?),
    };
    Ok(hash.to_string())
}

/// Whether `pin` matches the PHC string `phc`. Uses argon2's
/// `PasswordVerifier`, whose final comparison is constant-time (`Output`'s
/// equality is `subtle::ConstantTimeEq`). `Err` means the string itself is
/// unusable, which [`check_phc`] should have caught at load.
pub(crate) fn matches(phc: &str, pin: &Pin) -> std::result::Result<bool, String> {
    use argon2::password_hash::PasswordVerifier;
    let hash = parse(phc, true)?;
    match Argon2::default().verify_password(pin.as_bytes(), &hash) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::Password) => Ok(false),
        Err(e) => Err(format!("a PIN hash cannot be checked: {e}")),
    }
}

/// Checks a PHC string read from the lock file: Argon2id v19, parameters
/// within bounds, a salt, and (when `with_hash`) a 32-byte hash.
pub(crate) fn check_phc(phc: &str, with_hash: bool) -> std::result::Result<(), String> {
    parse(phc, with_hash).map(|_| ())
}

fn parse(phc: &str, with_hash: bool) -> std::result::Result<PasswordHash<'_>, String> {
    let hash = PasswordHash::new(phc).map_err(|e| format!("a PIN hash is unreadable: {e}"))?;
    if hash.algorithm != argon2::ARGON2ID_IDENT {
        return Err(format!("a PIN hash uses {}, not argon2id", hash.algorithm));
    }
    if hash.version != Some(Version::V0x13.into()) {
        return Err("a PIN hash is not Argon2 version 19".into());
    }
    let params = Params::try_from(&hash).map_err(|e| format!("a PIN hash's parameters: {e}"))?;
    if params.m_cost() > MAX_MEMORY_KIB
        || params.t_cost() > MAX_ITERATIONS
        || params.p_cost() > MAX_PARALLELISM
    {
        return Err("a PIN hash asks for more work than a phone can do".into());
    }
    let salt_len = hash.salt.map_or(0, |s| s.len());
    if salt_len < SaltString::encode_b64(&[0; SALT_LEN]).map_or(22, |s| s.len()) {
        return Err("a PIN hash has no salt, or a short one".into());
    }
    match (&hash.hash, with_hash) {
        (Some(out), true) if out.len() == OUTPUT_LEN => Ok(hash),
        (None, false) => Ok(hash),
        (_, true) => Err("a PIN hash has no hash of the right length".into()),
        (Some(_), false) => Err("a key derivation record holds a hash".into()),
    }
}

/// A fresh key-derivation record, `$argon2id$v=19$m=…,t=…,p=…$salt`: the
/// parameters and salt of a key made from a PIN, never the key itself.
pub(crate) fn new_key_record(params: KdfParams) -> Result<String> {
    let salt = random_salt()?;
    let broken =
        |e: argon2::password_hash::Error| Error::LockRefused(format!("cannot build a salt: {e}"));
    let record = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: (&params.params()?).try_into().map_err(broken)?,
        salt: Some(salt.as_salt()),
        hash: None,
    };
    Ok(record.to_string())
}

/// The 32-byte key `pin` derives under `record` (see [`new_key_record`]).
pub(crate) fn derive_key(
    record: &str,
    pin: &Pin,
) -> std::result::Result<Zeroizing<[u8; 32]>, String> {
    let hash = parse(record, false)?;
    let params = Params::try_from(&hash).map_err(|e| format!("a key record's parameters: {e}"))?;
    let mut salt = [0u8; 64];
    let salt = hash
        .salt
        .ok_or("a key record has no salt")?
        .decode_b64(&mut salt)
        .map_err(|e| format!("a key record's salt: {e}"))?;
    let mut key = Zeroizing::new([0u8; 32]);
    argon2(params)
        .hash_password_into(pin.as_bytes(), salt, key.as_mut())
        .map_err(|e| format!("cannot derive a key from the PIN: {e}"))?;
    Ok(key)
}
