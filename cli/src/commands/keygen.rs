//! `heard keygen -o FILE` and `heard keygen -y FILE`: the organization's
//! age identity, in the same file format as `age-keygen`.

use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// Writes a new identity to `path` (mode 0600, never over an existing file)
/// and prints its public recipient.
pub fn create(path: &Path) -> Result<ExitCode> {
    let identity = match heard_cli::keys::write_new_identity(path) {
        Ok(identity) => identity,
        Err(heard_cli::Error::AlreadyExists { .. }) => {
            eprintln!(
                "{} already exists: heard keygen never overwrites a key (anything sealed to it would become unreadable). Choose another file name.",
                path.display()
            );
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e.into()),
    };
    eprintln!(
        "Wrote the organization's key to {} (readable by you only). Keep it off shared and cloud drives.",
        path.display()
    );
    eprintln!("Its public recipient, to give to enrollment (safe to share):");
    emit(&format!("{}\n", identity.to_public()))?;
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
