//! `heard enroll`: a new enrollment code as a QR code on the terminal and
//! as PNG and SVG files to print.

use anyhow::{Result, bail};
use heard_cli::org::Org;
use heard_protocol::signing::QrPayload;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use super::{Target, emit};

/// Creates the code on the server and shows it.
pub async fn run(
    org_dir: &Path,
    target: Target,
    group: &str,
    uses: u32,
    hours: u64,
    out: &Path,
) -> Result<ExitCode> {
    if !(1..=720).contains(&hours) {
        bail!("--hours must be from 1 to 720 (30 days)");
    }
    let mut org = Org::open(org_dir)?;
    let (group_key, new_group) = org.group_secret(group)?;
    let admin = target.admin(Some(&org))?;
    let code = admin
        .create_code(uses, Duration::from_secs(hours * 3600), group)
        .await?;
    if new_group {
        org.add_group(group, &group_key)?;
    }
    let payload = QrPayload {
        code: code.code,
        group: group.to_string(),
        group_key: group_key.to_base64(),
        org_key: org.public_key().to_base64(),
        config: org.signed_config(),
    }
    .encode();
    let qr = heard_cli::qr::encode(&payload)?;
    std::fs::create_dir_all(out)?;
    let png = out.join(format!("enroll-{group}.png"));
    let svg = out.join(format!("enroll-{group}.svg"));
    heard_cli::qr::write_png(&qr, &png)?;
    heard_cli::files::write_atomic(&svg, heard_cli::qr::to_svg(&qr).as_bytes(), true)?;
    let txt = out.join(format!("enroll-{group}.txt"));
    heard_cli::files::write_atomic(&txt, format!("{payload}\n").as_bytes(), true)?;
    let expires = chrono::DateTime::from_timestamp(code.expires_at, 0).map_or_else(
        || code.expires_at.to_string(),
        |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
    );
    let mut text = String::new();
    outln!(text, "{}", heard_cli::qr::to_terminal(&qr));
    outln!(
        text,
        "Enrollment code for group \"{group}\" of {}: {uses} device(s), valid until {expires}.",
        org.file.name
    );
    outln!(
        text,
        "Before accepting, the device shows these words; they must match: {}",
        org.public_key().fingerprint_words().join(" ")
    );
    outln!(text, "To print: {} and {}", png.display(), svg.display());
    outln!(
        text,
        "For a device that cannot scan (the desktop app), paste the text in {}",
        txt.display()
    );
    outln!(
        text,
        "Anyone who scans the code can enroll until it is used up or expires, and it holds the group's signing key: destroy the prints and delete these files once the devices are enrolled."
    );
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}
