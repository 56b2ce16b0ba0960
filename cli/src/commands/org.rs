//! `heard org init|show|set`: the organization folder, and changes to
//! the signed config devices follow.

use anyhow::{Context, Result};
use heard_cli::org::{Org, OrgChange};
use std::path::Path;
use std::process::ExitCode;

use super::{Target, emit};

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
    // As a public survey link's URL carries it after #k=, so a poster's
    // URL can be checked against this organization's key.
    outln!(
        out,
        "signing key: k={} (in a public survey link's URL)",
        heard_cli::link::org_key_param(&org.public_key())
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

/// `heard org set`: signs the changed config with a higher serial,
/// publishes it on the server devices sync with now (`--publish-to`, or
/// the one in `org.toml`: a moved server is only where they go next), and
/// only once that server accepted it writes `org.toml`, so a refused or
/// failed publish changes nothing here.
pub async fn set(dir: &Path, target: Target, change: OrgChange) -> Result<ExitCode> {
    let mut org = Org::open(dir)?;
    let file = org.changed(&change)?;
    let signed = org.sign_config(&file);
    let server = target
        .server
        .clone()
        .unwrap_or_else(|| org.file.server.clone());
    let moves = file.server != org.file.server;
    if moves && file.server == server.trim_end_matches('/') {
        // Published only where devices do not sync yet, the config would
        // never reach them (HEARD_SERVER left pointing at the new server is
        // the usual way to get here).
        anyhow::bail!(
            "--publish-to (or HEARD_SERVER) names {}, the new server: the config must be published where devices sync now, {}. Unset HEARD_SERVER or pass --publish-to {}; nothing was changed",
            file.server,
            org.file.server,
            org.file.server
        );
    }
    if moves {
        // Devices take configs only from the server they sync with, so one
        // moved to a server that cannot take them is stranded: the new one
        // is checked, and holds this config, before any device learns of it.
        heard_cli::org::check_moved_server(&server, &file.server, &target.admin_token).await?;
        heard_cli::org::publish_config(&file.server, &target.admin_token, &signed).await?;
    }
    let stored = heard_cli::org::publish_config(&server, &target.admin_token, &signed)
        .await
        .with_context(|| {
            if moves {
                format!(
                    "{} already holds the new config, so run the same heard org set again once this is fixed (a server accepts the same config twice); nothing changed in {}",
                    file.server,
                    dir.display()
                )
            } else {
                format!("nothing changed in {}", dir.display())
            }
        })?;
    let old = org.file.clone();
    org.replace_file(file.clone()).with_context(|| {
        format!(
            "{} accepted the config with serial {stored}, but {} could not be written; run the same heard org set again (the server accepts the same config twice)",
            server.trim_end_matches('/'),
            dir.join("org.toml").display()
        )
    })?;

    let mut out = String::new();
    let published_on = if moves {
        format!("{} and {}", server.trim_end_matches('/'), file.server)
    } else {
        server.trim_end_matches('/').to_string()
    };
    outln!(
        out,
        "Published the organization config on {published_on}: serial {} → {}.",
        old.serial,
        file.serial
    );
    if old.name != file.name {
        outln!(out, "  name:      {} → {}", old.name, file.name);
    }
    if old.server != file.server {
        outln!(out, "  server:    {} → {}", old.server, file.server);
    }
    for r in file
        .recipients
        .iter()
        .filter(|r| !old.recipients.contains(r))
    {
        outln!(out, "  sealed to: + {r} (added)");
    }
    for r in old
        .recipients
        .iter()
        .filter(|r| !file.recipients.contains(r))
    {
        outln!(out, "  sealed to: - {r} (removed)");
    }
    outln!(
        out,
        "Devices take it at their next sync; what they seal from then on goes to {} key{}. Answers sealed before keep the keys they were sealed to.",
        file.recipients.len(),
        if file.recipients.len() == 1 { "" } else { "s" }
    );
    if old.recipients.iter().any(|r| !file.recipients.contains(r)) {
        outln!(
            out,
            "Keep the removed key's identity file until you have pulled everything sealed to it: devices may still hold answers sealed before they synced."
        );
        outln!(
            out,
            "Enrollment codes printed before carry the old configuration: a device enrolled with one seals to the removed key until its first sync. If that key may be compromised, cancel them (heard enroll list, heard enroll cancel HANDLE) and print new ones."
        );
    }
    if old.server != file.server {
        outln!(
            out,
            "After that sync, devices send to {} (which holds this config too). A moved server must already hold this server's data: see docs/SERVER.md, \"Moving to another server\". Keep {} running until every device has synced once: a device's uploads in the sync that moves it still go there.",
            file.server,
            old.server
        );
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
