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

/// Revokes one device, or a whole group. A group is marked revoked in the
/// organization folder first, so `heard pull` sets its submissions aside
/// even if the server cannot be told; the folder is required for that.
pub async fn revoke(
    org_dir: &Path,
    target: Target,
    device: Option<String>,
    group: Option<String>,
) -> Result<ExitCode> {
    let mut out = String::new();
    if let Some(group) = group {
        let mut org = Org::open(org_dir)?;
        org.revoke_group(&group)?;
        let admin = target.admin(Some(&org))?;
        let n = admin.revoke_group(&group).await.map_err(|e| {
            anyhow::anyhow!(
                "{e}\nGroup \"{group}\" is marked revoked in {} (heard pull sets its submissions aside), but its devices were not revoked on the server: run this command again.",
                org_dir.display()
            )
        })?;
        outln!(
            out,
            "Revoked group \"{group}\": {n} device(s) can no longer upload, and heard pull sets aside anything signed with the group's key."
        );
    } else if let Some(device) = device {
        let org = open_org(org_dir);
        let admin = target.admin(org.as_ref())?;
        admin.revoke_device(&device).await?;
        outln!(
            out,
            "Revoked device {device}: the server refuses its uploads from now on. If it was seized, also revoke its group (heard devices revoke --group NAME) and enroll the others anew."
        );
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}
