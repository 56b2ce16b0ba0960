//! `heard keygen -o FILE` and `heard keygen -y FILE`: the organization's
//! age identity, in the same file format as `age-keygen`.

use age::secrecy::ExposeSecret;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// Writes a new identity to `path` (mode 0600, never over an existing file)
/// and prints its public recipient.
pub fn create(path: &Path) -> Result<ExitCode> {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = match options.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "{} already exists: heard keygen never overwrites a key (anything sealed to it would become unreadable). Choose another file name.",
                path.display()
            );
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e).with_context(|| format!("cannot create {}", path.display())),
    };
    let created = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let text = format!(
        "# created: {created}\n# public key: {recipient}\n{}\n",
        identity.to_string().expose_secret()
    );
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!(
        "Wrote the organization's key to {} (readable by you only). Keep it off shared and cloud drives.",
        path.display()
    );
    eprintln!("Its public recipient, to give to enrollment (safe to share):");
    emit(&format!("{recipient}\n"))?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the public recipient of each identity in `path`.
pub fn show(path: &Path) -> Result<ExitCode> {
    let out: String = heard_cli::keys::read_identities(path)?
        .iter()
        .map(|i| format!("{}\n", i.to_public()))
        .collect();
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
