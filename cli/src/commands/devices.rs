//! `heard devices list|revoke`.

use anyhow::Result;
use heard_cli::org::Org;
use std::path::Path;
use std::process::ExitCode;

use super::{Target, emit};

fn open_org(dir: &Path) -> Option<Org> {
    Org::open(dir).ok()
}

/// Lists enrolled devices.
pub async fn list(org_dir: &Path, target: Target) -> Result<ExitCode> {
    let org = open_org(org_dir);
    let admin = target.admin(org.as_ref())?;
    let devices = admin.devices().await?;
    let mut out = String::new();
    if devices.is_empty() {
        outln!(out, "No device is enrolled on {} yet.", admin.server());
    } else {
        outln!(out, "{:<34} {:<20} status", "device", "group");
        for d in &devices {
            outln!(
                out,
                "{:<34} {:<20} {}",
                d.device_id,
                d.group,
                if d.revoked { "revoked" } else { "active" }
            );
        }
        let active = devices.iter().filter(|d| !d.revoked).count();
        outln!(out, "{} device(s), {active} active.", devices.len());
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Revokes one device, or a whole group.
pub async fn revoke(
    org_dir: &Path,
    target: Target,
    device: Option<String>,
    group: Option<String>,
) -> Result<ExitCode> {
    let mut org = open_org(org_dir);
    let admin = target.admin(org.as_ref())?;
    let mut out = String::new();
    if let Some(group) = group {
        let n = admin.revoke_group(&group).await?;
        if let Some(org) = org.as_mut() {
            org.revoke_group(&group)?;
        }
        outln!(
            out,
            "Revoked group \"{group}\": {n} device(s) can no longer upload. heard pull now sets its submissions aside."
        );
    } else if let Some(device) = device {
        admin.revoke_device(&device).await?;
        outln!(
            out,
            "Revoked device {device}: the server refuses its uploads from now on. If it was seized, also revoke its group (heard devices revoke --group NAME) and enroll the others anew."
        );
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
