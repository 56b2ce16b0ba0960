//! `heard devices list|revoke`.

use anyhow::Result;
use heard_cli::org::Org;
use std::path::Path;
use std::process::ExitCode;

use super::enroll::table;
use super::{Target, emit};

fn open_org(dir: &Path) -> Option<Org> {
    Org::open(dir).ok()
}

/// Lists enrolled devices, with the day each enrolled and last synced.
///
/// The server keeps days, never times: its records, if seized, cannot be
/// matched to a person's visit at a given hour.
pub async fn list(org_dir: &Path, target: Target) -> Result<ExitCode> {
    let org = open_org(org_dir);
    let admin = target.admin(org.as_ref())?;
    let devices = admin.devices().await?;
    let mut out = String::new();
    if devices.is_empty() {
        outln!(out, "No device is enrolled on {} yet.", admin.server());
    } else {
        let header =
            ["device", "kind", "group", "status", "enrolled", "last sync"].map(String::from);
        let rows: Vec<[String; 6]> = devices
            .iter()
            .map(|d| {
                [
                    d.device_id.clone(),
                    match &d.link {
                        Some(l) => format!("link ({})", l.questionnaire_id),
                        None => "device".into(),
                    },
                    d.group.clone(),
                    if d.revoked { "revoked" } else { "active" }.to_string(),
                    enrolled(d),
                    last_sync(d),
                ]
            })
            .collect();
        out.push_str(&table(&header, &rows, &[false; 6]));
        let active = devices.iter().filter(|d| !d.revoked).count();
        let links = devices.iter().filter(|d| d.link.is_some()).count();
        outln!(
            out,
            "{} device(s), {active} active{}.",
            devices.len(),
            match links {
                0 => String::new(),
                n => format!("; {n} of them public survey link(s) (heard link list)"),
            }
        );
        if devices.iter().any(|d| d.enrolled_on.is_none()) {
            outln!(
                out,
                "Days are UTC. \"before this version\": enrolled before the server kept the day."
            );
        } else {
            outln!(out, "Days are UTC; the server keeps days, never times.");
        }
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The day a device enrolled, or that it was before the server kept it.
fn enrolled(d: &heard_protocol::DeviceInfo) -> String {
    d.enrolled_on
        .clone()
        .unwrap_or_else(|| "before this version".into())
}

/// The day a device last synced. A device enrolled before the server kept
/// days may have synced before then too, so it is not said to have never.
fn last_sync(d: &heard_protocol::DeviceInfo) -> String {
    match (&d.last_sync_on, &d.enrolled_on) {
        (Some(day), _) => day.clone(),
        (None, Some(_)) => "never".into(),
        (None, None) => "not since this version".into(),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use heard_protocol::DeviceInfo;

    fn device(enrolled_on: Option<&str>, last_sync_on: Option<&str>) -> DeviceInfo {
        DeviceInfo {
            link: None,
            device_id: "d".into(),
            group: "g".into(),
            revoked: false,
            enrolled_on: enrolled_on.map(String::from),
            last_sync_on: last_sync_on.map(String::from),
        }
    }

    #[test]
    fn days_missing_from_the_server_are_said_in_words() {
        let d = device(Some("2025-01-02"), Some("2025-01-03"));
        assert_eq!(
            (enrolled(&d), last_sync(&d)),
            ("2025-01-02".into(), "2025-01-03".into())
        );
        let d = device(Some("2025-01-02"), None);
        assert_eq!(last_sync(&d), "never");
        let d = device(None, None);
        assert_eq!(enrolled(&d), "before this version");
        assert_eq!(last_sync(&d), "not since this version");
        let d = device(None, Some("2025-01-03"));
        assert_eq!(last_sync(&d), "2025-01-03");
    }
}
