//! Reading the steward's age identity file (the `age-keygen` format).

use crate::error::{Error, IoContext, Result};
use std::path::Path;
use std::str::FromStr;

/// Writes a new age identity to `path` in `age-keygen`'s format (mode
/// 0600, never over an existing file) and returns it.
pub fn write_new_identity(path: &Path) -> Result<age::x25519::Identity> {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let created = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let text = format!(
        "# created: {created}\n# public key: {}\n{}\n",
        identity.to_public(),
        identity.to_string().expose_secret()
    );
    crate::files::write_private_new(path, text.as_bytes())?;
    Ok(identity)
}

/// The identities in an age identity file. A line that is not a comment
/// and not an identity is an error naming the file and line.
pub fn read_identities(path: &Path) -> Result<Vec<age::x25519::Identity>> {
    let bytes = std::fs::read(path).at(path)?;
    let text = String::from_utf8(bytes).map_err(|_| Error::BadFile {
        path: path.to_path_buf(),
        message: "not a text file; an age identity file holds lines starting with AGE-SECRET-KEY-1"
            .into(),
    })?;
    let mut identities = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match age::x25519::Identity::from_str(line) {
            Ok(identity) => identities.push(identity),
            Err(_) => {
                return Err(Error::AtLine {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: "not an age identity (expected a line starting with AGE-SECRET-KEY-1)"
                        .into(),
                });
            }
        }
    }
    if identities.is_empty() {
        return Err(Error::BadFile {
            path: path.to_path_buf(),
            message: "holds no age identity".into(),
        });
    }
    Ok(identities)
}
