//! The admin token: making a strong one (`heard-server token`), reading it
//! from a file, and refusing obviously weak ones at startup. Whoever holds
//! it can enroll devices, revoke them and download every sealed envelope,
//! so it must not be guessable.

use crate::files::{self, FileError};
use std::path::Path;

/// Fewest characters an admin token may have.
pub const MIN_LENGTH: usize = 32;

/// Fewest different characters an admin token must use.
pub const MIN_DISTINCT: usize = 10;

/// How to make a good token, said with every refusal.
const HOW: &str = "make one with `heard-server token --out FILE` and start the server with --admin-token-file FILE";

/// Why a token cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    /// Neither `--admin-token` nor `--admin-token-file` was given.
    #[error(
        "no admin token: give --admin-token-file FILE (or HEARD_ADMIN_TOKEN_FILE), or set HEARD_ADMIN_TOKEN; {HOW}"
    )]
    Missing,
    /// Both were given.
    #[error("give the admin token once: --admin-token or --admin-token-file, not both")]
    Twice,
    /// The token file could not be read.
    #[error(transparent)]
    File(#[from] FileError),
    /// The token file holds nothing.
    #[error("the admin token file {0} is empty; {HOW}")]
    Empty(String),
    /// The token is guessable.
    #[error("the admin token is too weak: {0}; {HOW}")]
    Weak(String),
}

/// A new admin token: 256 random bits, base64url (43 characters).
pub fn generate() -> String {
    crate::auth::new_secret()
}

/// Refuses a token that is short, one character repeated, a short piece
/// repeated, or made of too few different characters. These catch typed
/// placeholders ("changeme", "aaaa…", "123123…"); a random token passes.
pub fn check(token: &str) -> Result<(), TokenError> {
    let chars: Vec<char> = token.chars().collect();
    if chars.len() < MIN_LENGTH {
        return Err(TokenError::Weak(format!(
            "it has {} characters, at least {MIN_LENGTH} are needed",
            chars.len()
        )));
    }
    let mut distinct = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() == 1 {
        return Err(TokenError::Weak(format!(
            "it is one character ({:?}) repeated",
            chars[0]
        )));
    }
    if let Some(unit) = (2..=chars.len() / 2)
        .find(|&n| chars.len().is_multiple_of(n) && chars.chunks(n).all(|c| c == &chars[..n]))
    {
        return Err(TokenError::Weak(format!(
            "it is the same {unit} characters repeated"
        )));
    }
    if distinct.len() < MIN_DISTINCT {
        return Err(TokenError::Weak(format!(
            "it uses only {} different characters, at least {MIN_DISTINCT} are needed",
            distinct.len()
        )));
    }
    Ok(())
}

/// Reads a token from a file: its first line, without surrounding spaces.
pub fn read(path: &Path) -> Result<String, TokenError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| FileError::new("read the admin token file", path, &e))?;
    let token = text.lines().next().unwrap_or_default().trim().to_string();
    if token.is_empty() {
        return Err(TokenError::Empty(path.display().to_string()));
    }
    Ok(token)
}

/// The token to start with, from `--admin-token` or `--admin-token-file`,
/// checked for strength.
pub fn resolve(given: Option<&str>, file: Option<&Path>) -> Result<String, TokenError> {
    let token = match (given, file) {
        (Some(_), Some(_)) => return Err(TokenError::Twice),
        (None, None) => return Err(TokenError::Missing),
        (Some(t), None) => t.trim().to_string(),
        (None, Some(path)) => read(path)?,
    };
    check(&token)?;
    Ok(token)
}

/// Writes a new token to `path`, owner-only, never over an existing file.
pub fn write_new(path: &Path) -> Result<(), TokenError> {
    files::write_private(path, &format!("{}\n", generate()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_pass_and_differ() {
        let (a, b) = (generate(), generate());
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
        check(&a).expect("strong");
        // 32 random hex digits (`openssl rand -hex 16`) pass too.
        check("3f9c2a7be1d04c8895a6f0e2b7d1c4a9").expect("hex");
    }

    #[test]
    fn weak_tokens_are_refused_with_the_reason() {
        for (token, reason) in [
            ("test-admin-token-0123456789", "it has 27 characters"),
            (&"a".repeat(40), "one character ('a') repeated"),
            (&"ab12".repeat(10), "the same 4 characters repeated"),
            (
                &"0123456789abcdef".repeat(2),
                "the same 16 characters repeated",
            ),
            (
                "aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd",
                "only 4 different characters",
            ),
        ] {
            let e = check(token).expect_err(token).to_string();
            assert!(e.contains(reason), "{token}: {e}");
            assert!(e.contains("heard-server token --out FILE"), "{e}");
        }
    }

    #[test]
    fn a_token_comes_from_one_place_only() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("token");
        write_new(&file).expect("write");
        let from_file = resolve(None, Some(&file)).expect("file");
        assert_eq!(from_file.len(), 43);
        assert!(matches!(
            resolve(Some(&from_file), Some(&file)),
            Err(TokenError::Twice)
        ));
        assert!(matches!(resolve(None, None), Err(TokenError::Missing)));
        std::fs::write(dir.path().join("empty"), "\n").expect("write");
        let e = resolve(None, Some(&dir.path().join("empty"))).expect_err("empty");
        assert!(e.to_string().contains("is empty"), "{e}");
        let missing = dir.path().join("missing");
        let e = resolve(None, Some(&missing)).expect_err("missing");
        assert_eq!(
            e.to_string(),
            format!(
                "cannot read the admin token file {}: No such file or directory",
                missing.display()
            )
        );
    }
}
