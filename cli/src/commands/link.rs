//! `heard link create|list|revoke`: public survey links for residents
//! without the app, each with a printable poster.

use anyhow::{Context, Result, bail};
use heard_cli::link::LinkUrl;
use heard_cli::link::poster::{Line, Poster, PosterFiles};
use heard_cli::org::Org;
use heard_engine::Response;
use heard_protocol::CreateLinkRequest;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use super::enroll::table;
use super::{Target, emit};

/// What `heard link create` is given.
pub struct CreateOptions {
    /// The questionnaire the link serves.
    pub questionnaire: String,
    /// The link's group (one per poster), e.g. poster-north.
    pub group: String,
    /// When it stops accepting submissions (Unix seconds).
    pub expires_at: Option<i64>,
    /// How many submissions it accepts in all.
    pub max_submissions: Option<u32>,
    /// Where the poster goes.
    pub out: PathBuf,
}

/// Reads `--expires`: a UTC date `YYYY-MM-DD` (the link closes at the end
/// of that day) or a number of days from now, `30d`.
pub fn parse_expiry(text: &str, now: i64) -> Result<i64, String> {
    if let Some(days) = text.strip_suffix('d') {
        let days: i64 = days
            .parse()
            .ok()
            .filter(|d| (1..=3660).contains(d))
            .ok_or_else(|| format!("--expires {text:?}: give 1d to 3660d, or a date YYYY-MM-DD"))?;
        return Ok(now + days * 86_400);
    }
    let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("--expires {text:?}: give a date YYYY-MM-DD or a number of days, 30d")
    })?;
    let end = date
        .succ_opt()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().timestamp())
        .ok_or_else(|| format!("--expires {text:?} is out of range"))?;
    if end <= now {
        return Err(format!("--expires {text}: that day is over"));
    }
    Ok(end)
}

/// Creates a link on the server, keeps its group key, prints the URL and
/// writes the poster.
pub async fn create(org_dir: &Path, target: Target, opts: CreateOptions) -> Result<ExitCode> {
    let mut org = Org::open(org_dir)?;
    let bundle = org.latest_bundle(&opts.questionnaire)?.with_context(|| {
        format!(
            "{} has no signed bundle of questionnaire \"{}\": publish it first (heard questionnaire publish)",
            org_dir.display(),
            opts.questionnaire
        )
    })?;
    let (group_key, new_group) = org.group_secret(&opts.group)?;
    if !new_group {
        bail!(
            "group \"{}\" exists already; a link gets a group of its own (one per poster), so that its submissions are told apart: choose another --group",
            opts.group
        );
    }
    let questionnaire = Arc::new(
        heard_engine::bundle::open(&bundle)
            .with_context(|| format!("the signed bundle of \"{}\"", opts.questionnaire))?,
    );
    let admin = target.admin(Some(&org))?;
    // The page verifies this config before it shows anything, and seals to
    // its recipients: the server must hold the organization's newest.
    heard_cli::org::publish_config(admin.server(), &target.admin_token, &org.signed_config())
        .await
        .context("the link's page needs the organization's signed config on the server")?;
    let created = admin
        .create_link(&CreateLinkRequest {
            group: opts.group.clone(),
            questionnaire_id: opts.questionnaire.clone(),
            expires_at: opts.expires_at,
            max_submissions: opts.max_submissions,
        })
        .await?;
    org.add_link_group(&opts.group, &group_key, &created.link_id)
        .with_context(|| {
            format!(
                "the link {} was created on the server but its key could not be kept, so heard pull could not verify what it sends: revoke it (heard link revoke {})",
                created.link_id, created.link_id
            )
        })?;
    let url = LinkUrl {
        server: admin.server(),
        link_id: &created.link_id,
        org_key: &org.public_key().to_base64(),
        token: &created.token,
        group: &opts.group,
        group_key: &group_key.to_base64(),
        questionnaire_id: &opts.questionnaire,
    }
    .to_url();
    let lines = poster_lines(&questionnaire);
    let words: Vec<String> = org
        .public_key()
        .fingerprint_words()
        .into_iter()
        .map(str::to_string)
        .collect();
    std::fs::create_dir_all(&opts.out)
        .with_context(|| format!("cannot create {}", opts.out.display()))?;
    let files = PosterFiles::new(&opts.out, &opts.group);
    let poster = Poster {
        org_name: &org.file.name,
        words: &words,
        url: &url,
        lines: &lines,
    };
    let written = files.write(&poster);
    let poster_error = written.as_ref().err().map(ToString::to_string);
    let mut out = String::new();
    outln!(
        out,
        "Public survey link {} for \"{}\" (group \"{}\"){}{}:",
        created.link_id,
        opts.questionnaire,
        opts.group,
        opts.expires_at
            .map(|at| format!(", open until {}", heard_cli::enroll::utc_minute(at)))
            .unwrap_or_default(),
        opts.max_submissions
            .map(|n| format!(", for at most {n} submissions"))
            .unwrap_or_default()
    );
    outln!(out, "{url}");
    match &poster_error {
        None => outln!(
            out,
            "Poster: {}, {} and {}.",
            files.pdf.display(),
            files.png.display(),
            files.svg.display()
        ),
        Some(e) => outln!(
            out,
            "The poster could not be written ({e}); the link works: print its URL as a QR code yourself, or run heard link create again for a new one."
        ),
    }
    outln!(
        out,
        "Anyone who has this URL can answer: heard pull keeps what arrives through it apart from enrolled devices (group \"{}\"). Withdraw it with heard link revoke {}.",
        opts.group,
        created.link_id
    );
    emit(&out)?;
    // The link exists either way; a missing poster still fails the command,
    // so that a script does not go on to print nothing.
    Ok(if written.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// One line per language of the questionnaire: its title in that
/// language, inside the app's sentence saying it is anonymous.
pub fn poster_lines(q: &Arc<heard_engine::Questionnaire>) -> Vec<Line> {
    q.locales()
        .into_iter()
        .map(|locale| {
            let title = Response::new(q.clone(), &[locale]).title();
            let args = [(
                "title".to_string(),
                heard_engine::l10n::AppArg::Text(title.text.clone()),
            )];
            let sentence = heard_engine::l10n::app_text(&[locale], "poster-invite", &args);
            // A language the app has no sentence for gets the title alone,
            // never an English sentence around it (Dari's comes from Persian,
            // as in the apps).
            let (text, direction) = match sentence {
                Some(s) if !s.fallback || s.locale != "en" => (s.text, s.direction),
                _ => (title.text.clone(), title.direction),
            };
            let rtl = direction == heard_engine::Direction::Rtl;
            Line {
                locale: locale.to_string(),
                rtl,
                text,
            }
        })
        .collect()
}

/// Lists the public survey links the server has.
pub async fn list(org_dir: &Path, target: Target) -> Result<ExitCode> {
    let org = Org::open(org_dir).ok();
    let admin = target.admin(org.as_ref())?;
    let links: Vec<_> = admin
        .devices()
        .await?
        .into_iter()
        .filter_map(|d| d.link.clone().map(|l| (d, l)))
        .collect();
    let mut out = String::new();
    if links.is_empty() {
        outln!(out, "No public survey link on {}.", admin.server());
    } else {
        let header = [
            "link",
            "group",
            "questionnaire",
            "status",
            "stored",
            "closes",
        ]
        .map(String::from);
        let now = chrono::Utc::now().timestamp();
        let rows: Vec<[String; 6]> = links
            .iter()
            .map(|(d, l)| {
                let status = if d.revoked {
                    "withdrawn"
                } else if l.expires_at.is_some_and(|at| at <= now) {
                    "expired"
                } else if l
                    .max_submissions
                    .is_some_and(|cap| l.stored >= u64::from(cap))
                {
                    "full"
                } else {
                    "open"
                };
                [
                    d.device_id.clone(),
                    d.group.clone(),
                    l.questionnaire_id.clone(),
                    status.to_string(),
                    match l.max_submissions {
                        Some(cap) => format!("{} of {cap}", l.stored),
                        None => l.stored.to_string(),
                    },
                    l.expires_at
                        .map_or_else(|| "never".into(), heard_cli::enroll::utc_minute),
                ]
            })
            .collect();
        out.push_str(&table(
            &header,
            &rows,
            &[false, false, false, false, true, false],
        ));
        outln!(out, "{} link(s).", links.len());
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Withdraws a link: the server refuses what it sends from then on, and
/// its page says the survey is closed.
pub async fn revoke(org_dir: &Path, target: Target, link_id: &str) -> Result<ExitCode> {
    let org = Org::open(org_dir).ok();
    let admin = target.admin(org.as_ref())?;
    let known = admin
        .devices()
        .await?
        .into_iter()
        .any(|d| d.device_id == link_id && d.link.is_some());
    if !known {
        bail!(
            "{} has no public survey link {link_id} (heard link list shows them)",
            admin.server()
        );
    }
    admin.revoke_device(link_id).await?;
    let mut out = String::new();
    outln!(
        out,
        "Withdrew link {link_id}: the server refuses what it sends, and its page tells residents the survey is closed. What it sent before stays, and heard pull still keeps it."
    );
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_a_date_or_days() {
        let now = 1_800_000_000; // 2027-01-15 08:00 UTC
        assert_eq!(parse_expiry("30d", now), Ok(now + 30 * 86_400));
        assert_eq!(parse_expiry("2027-01-15", now), Ok(1_800_057_600));
        let e = parse_expiry("2027-01-14", now).expect_err("over");
        assert!(e.contains("that day is over"), "{e}");
        let e = parse_expiry("soon", now).expect_err("words");
        assert!(e.contains("YYYY-MM-DD"), "{e}");
        assert!(parse_expiry("0d", now).is_err());
    }
}
