//! `heard org init|show`: the organization folder.

use anyhow::Result;
use heard_cli::org::Org;
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// Creates the organization folder.
pub fn init(
    dir: &Path,
    name: &str,
    server: &str,
    mut recipients: Vec<String>,
    identity: Option<&Path>,
) -> Result<ExitCode> {
    if let Some(file) = identity {
        recipients.extend(
            heard_cli::keys::read_identities(file)?
                .iter()
                .map(|i| i.to_public().to_string()),
        );
    }
    let org = Org::init(dir, name, server, &recipients)?;
    let mut out = String::new();
    outln!(out, "Created the organization folder {}.", dir.display());
    outln!(out, "  name:    {}", org.file.name);
    outln!(out, "  server:  {}", org.file.server);
    outln!(
        out,
        "  signing key fingerprint (devices show these words before enrolling): {}",
        org.public_key().fingerprint_words().join(" ")
    );
    outln!(
        out,
        "Keep {} private: whoever holds signing.key can sign questionnaires and configs devices trust.",
        dir.display()
    );
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints what the folder holds.
pub fn show(dir: &Path) -> Result<ExitCode> {
    let org = Org::open(dir)?;
    let mut out = String::new();
    outln!(out, "name:        {}", org.file.name);
    outln!(out, "server:      {}", org.file.server);
    outln!(out, "config:      serial {}", org.file.serial);
    for r in &org.file.recipients {
        outln!(out, "sealed to:   {r}");
    }
    outln!(
        out,
        "fingerprint: {}",
        org.public_key().fingerprint_words().join(" ")
    );
    for (name, (_, revoked)) in org.groups() {
        outln!(
            out,
            "group:       {name}{}",
            if revoked { " (revoked)" } else { "" }
        );
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
