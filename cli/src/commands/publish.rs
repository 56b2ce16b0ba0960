//! `heard questionnaire pack|publish`: sign a questionnaire with the
//! organization's key, and put it on the server for devices to fetch.
//!
//! The organization folder keeps a copy of each published version, which
//! pull and report label answers with. It is written only after the server
//! accepted the bundle, and a version is never signed twice with different
//! content: either would print new labels over answers given to old ones.

use anyhow::{Context, Result};
use heard_cli::org::Org;
use heard_protocol::signing::{Bundle, Signed};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Target, emit};

/// Checks and signs the questionnaire folder `dir`, refusing a version
/// this organization already signed with other content.
fn sign(dir: &Path, org: &Org) -> Result<(Bundle, Signed)> {
    let bundle = heard_engine::bundle::pack(dir).with_context(|| {
        format!(
            "{} cannot be packed; run `heard questionnaire check {}` for every problem",
            dir.display(),
            dir.display()
        )
    })?;
    org.check_unchanged(&bundle)?;
    let signed = org.sign_bundle(&bundle);
    Ok((bundle, signed))
}

/// `heard questionnaire pack DIR [-o FILE]`.
pub fn pack(dir: &Path, org_dir: &Path, out: Option<&Path>) -> Result<ExitCode> {
    let org = Org::open(org_dir)?;
    let (bundle, signed) = sign(dir, &org)?;
    let out: PathBuf = out.map_or_else(
        || {
            PathBuf::from(format!(
                "{}-v{}.heard.json",
                bundle.questionnaire_id, bundle.version
            ))
        },
        Path::to_path_buf,
    );
    let json = serde_json::to_vec_pretty(&signed)?;
    heard_cli::files::write_atomic(&out, &json, false)?;
    let mut text = String::new();
    outln!(
        text,
        "Signed {} version {} ({} files) with {}'s key: {}",
        bundle.questionnaire_id,
        bundle.version,
        bundle.files.len(),
        org.file.name,
        out.display()
    );
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// `heard questionnaire publish DIR|FILE`.
pub async fn publish(source: &Path, org_dir: &Path, target: Target) -> Result<ExitCode> {
    let org = Org::open(org_dir)?;
    let (bundle, signed) = if source.is_dir() {
        sign(source, &org)?
    } else {
        let text = std::fs::read_to_string(source)
            .with_context(|| format!("cannot read {}", source.display()))?;
        let signed: Signed = serde_json::from_str(&text).with_context(|| {
            format!(
                "{}: not a bundle from heard questionnaire pack (line {})",
                source.display(),
                text.lines().count()
            )
        })?;
        let bundle = signed
            .verify::<Bundle>(&org.public_key(), "questionnaire bundle")
            .with_context(|| {
                format!(
                    "{}: not signed by {}'s key, so devices would refuse it",
                    source.display(),
                    org.file.name
                )
            })?;
        org.check_unchanged(&bundle)?;
        (bundle, signed)
    };
    let admin = target.admin(Some(&org))?;
    let published = admin.publish(&signed).await?;
    // Only now, with the server holding exactly this text, does the
    // organization's copy (which pull and report label answers with) change.
    org.keep_bundle(&bundle, &signed).with_context(|| {
        format!(
            "{} version {} was published, but its copy in the organization folder could not be kept; publish it again (the server accepts the same text twice) so that pull and report can label its answers",
            bundle.questionnaire_id, bundle.version
        )
    })?;
    let mut text = String::new();
    outln!(
        text,
        "Published {} version {} on {}. Devices fetch it at their next sync.",
        published.questionnaire_id,
        published.version,
        admin.server()
    );
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}
