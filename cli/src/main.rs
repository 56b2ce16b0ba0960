//! `heard`: the organization's tool: keys, questionnaires, enrollment,
//! devices, pull-decrypt-export, reports and the demo. The work is done by
//! the `heard_cli` library; this binary parses arguments and prints.

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

mod commands;

/// Heard: anonymous community feedback, collected offline, readable only by your organization.
#[derive(Parser)]
#[command(name = "heard", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create the organization's decryption key (an age identity file), or show a key's public half.
    ///
    /// The file is compatible with age-keygen and age. It is written with
    /// permissions 0600 and never overwritten. Keep it on the steward's
    /// machine only: whoever holds it can read every submission sealed to it.
    Keygen {
        /// Where to write the new identity, e.g. steward.key
        #[arg(
            long,
            short,
            value_name = "FILE",
            required_unless_present = "recipient_of",
            conflicts_with = "recipient_of"
        )]
        out: Option<PathBuf>,
        /// Print the public recipient(s) of an existing identity file instead (like age-keygen -y).
        #[arg(short = 'y', value_name = "FILE")]
        recipient_of: Option<PathBuf>,
    },
    /// Set up the organization folder: its name, server, signing key and public key.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Work with questionnaires (folders holding questionnaire.toml and locales/).
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),
    /// Create an enrollment code for devices (a QR code, files and a sheet to print); or list, show again or cancel codes.
    ///
    /// Devices scanning it join an enrollment group (one per team or
    /// district, say): they learn the server, the key to seal answers to,
    /// and the group's signing key, all signed by the organization.
    /// `heard enroll --group NAME` creates a code, as `heard enroll create` does.
    Enroll(commands::enroll::EnrollArgs),
    /// Show what is going on: envelopes waiting, devices and codes per group, what is published, the last pull.
    Status(commands::status::StatusArgs),
    /// List or revoke enrolled devices.
    #[command(subcommand)]
    Devices(DevicesCommand),
    /// Public survey links for residents without the app: a URL and a
    /// poster with its QR code. Anyone who sees the poster can answer.
    #[command(subcommand)]
    Link(LinkCommand),
    /// Download new submissions, decrypt them here, and export CSV, JSONL and XLSX.
    ///
    /// Only envelopes received since the last pull into the same folder are
    /// downloaded. Envelopes that fail to decrypt or to verify are kept
    /// aside in OUT/set-aside/ with the reason, and counted; they never
    /// enter the exports.
    Pull {
        #[command(flatten)]
        server: ServerArgs,
        /// The organization's age identity file (from heard keygen).
        #[arg(long, short, value_name = "FILE")]
        identity: PathBuf,
        /// The folder to pull into (created if needed; reused to resume).
        #[arg(long, short, value_name = "DIR")]
        out: PathBuf,
        /// Language of the choice labels in CSV and XLSX, e.g. fr.
        #[arg(long, short)]
        locale: Option<String>,
        /// Delete the pulled envelopes from the server once they are safe
        /// here. Only decrypted and verified ones are deleted; set-aside
        /// envelopes stay, and the purge stops when most of a page is set
        /// aside (a wrong organization folder or key).
        #[arg(long)]
        purge: bool,
        /// Show what a pull (and --purge) would do; write and delete nothing.
        #[arg(long, conflicts_with = "recheck_set_aside")]
        dry_run: bool,
        /// Check the envelopes set aside in --out again, with this
        /// organization folder and identity (after fixing either); those
        /// that now pass join the exports. Needs no server.
        #[arg(long, conflicts_with = "purge")]
        recheck_set_aside: bool,
    },
    /// Write an HTML report from a pull folder, with small numbers suppressed.
    ///
    /// Every figure resting on fewer than K respondents is hidden, and so
    /// are enough others that it cannot be worked out from totals. Free text
    /// marked sensitive is left out unless --include-sensitive.
    Report {
        /// The pull folder (from heard pull).
        dir: PathBuf,
        /// The HTML file to write.
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
        /// The smallest number of respondents a figure may rest on.
        #[arg(long, default_value_t = 5, value_parser = at_least::<2>)]
        k: u64,
        /// The report's language, e.g. fr or ar.
        #[arg(long, short)]
        locale: Option<String>,
        /// Trends by week or by month.
        #[arg(long, value_parser = ["week", "month"], default_value = "month")]
        period: String,
        /// Compare before and after this date (YYYY-MM-DD; it is moved to the start of its week or month).
        #[arg(long, value_name = "DATE")]
        compare_at: Option<String>,
        /// Include free text marked sensitive (quotes). Think before sharing the result.
        #[arg(long)]
        include_sensitive: bool,
        #[command(flatten)]
        privacy: PrivacyArgs,
        #[command(flatten)]
        formats: FormatArgs,
        #[command(flatten)]
        org: OrgArg,
    },
    /// Send sample submissions to your own server through a simulated
    /// device, to rehearse pull, report and purge before phones exist.
    ///
    /// The samples come from the enrollment group "rehearsal": heard pull
    /// keeps them apart (rehearsal/ in the pull folder), reports never
    /// count them, and --purge deletes them from the server.
    Rehearse {
        #[command(flatten)]
        server: ServerArgs,
        /// Sample submissions per survey (a listening session gets one).
        #[arg(long, default_value_t = 20, value_parser = at_least_usize::<1>)]
        surveys: usize,
    },
    /// Run the whole flow on this machine, offline: server, steward, device, pull, report.
    Demo {
        /// Where to keep everything (default: a new folder heard-demo-TIMESTAMP).
        #[arg(long, short, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// Where the organization folder is.
/// How a report's figures are protected across releases.
#[derive(clap::Args, Debug, Clone)]
pub struct PrivacyArgs {
    /// Release new figures even though this folder's privacy budget is spent (recorded in the ledger).
    #[arg(long)]
    pub over_budget: bool,
    /// For the folder's first report only: the noise added to each count (default 3; typical adjustment 2).
    #[arg(long, value_name = "SIGMA")]
    pub noise: Option<f64>,
    /// For the folder's first report only: the privacy budget per questionnaire (zCDP rho, default 25).
    #[arg(long, value_name = "RHO")]
    pub privacy_budget: Option<f64>,
}

/// Other formats of the same report, rendered from the same figures.
#[derive(clap::Args, Debug, Clone)]
pub struct FormatArgs {
    /// Also print the report to this PDF (needs headless Chromium: Debian package chromium).
    #[arg(long, value_name = "FILE")]
    pub pdf: Option<PathBuf>,
    /// Also write the published figures as one tidy CSV, for open-data portals.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Also write a short easy-read summary page (HTML) in plain words.
    #[arg(long, value_name = "FILE")]
    pub easy_read: Option<PathBuf>,
    /// Replace an existing report at --out even when it covers more
    /// (more surveys, sessions or respondents) than this one would.
    #[arg(long)]
    pub replace_smaller: bool,
}

#[derive(clap::Args)]
struct OrgArg {
    /// The organization folder (from heard org init).
    #[arg(
        long,
        env = "HEARD_ORG",
        default_value = "heard-org",
        value_name = "DIR"
    )]
    org: PathBuf,
}

/// The organization and its server.
#[derive(clap::Args)]
struct ServerArgs {
    #[command(flatten)]
    org: OrgArg,
    /// The server (default: the one in the organization folder).
    #[arg(long, env = "HEARD_SERVER", value_name = "URL")]
    server: Option<String>,
    /// The server's admin token.
    #[arg(
        long,
        env = "HEARD_ADMIN_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    admin_token: String,
}

#[derive(Subcommand)]
enum OrgCommand {
    /// Create the organization folder with a new signing key.
    Init {
        #[command(flatten)]
        org: OrgArg,
        /// The organization's name, shown on devices before they enroll.
        #[arg(long)]
        name: String,
        /// The server devices upload to (https://…).
        #[arg(long, value_name = "URL")]
        server: String,
        /// The public key submissions are sealed to (age1…); repeat for
        /// several. One of --recipient and --identity is needed (checked by
        /// `Org::init`, whose message names both).
        #[arg(long = "recipient", value_name = "AGE1…")]
        recipients: Vec<String>,
        /// Or take the public key from this identity file (from heard keygen).
        #[arg(long, value_name = "FILE")]
        identity: Option<PathBuf>,
    },
    /// Show the organization's name, server, keys and enrollment groups.
    Show {
        #[command(flatten)]
        org: OrgArg,
    },
    /// Change the name, server or public keys: a new signed config, with a higher serial, that devices take at their next sync.
    ///
    /// It is published on the server devices sync with now (the one in
    /// org.toml, or --publish-to); org.toml changes only once that server
    /// accepted it. A new --server is checked first: it must already hold
    /// this server's devices and questionnaires.
    Set {
        #[command(flatten)]
        org: OrgArg,
        /// A new name, shown on devices.
        #[arg(long)]
        name: Option<String>,
        /// The server devices sync with from now on (https://…).
        #[arg(long, value_name = "URL")]
        server: Option<String>,
        /// Seal answers to this public key as well (age1…); repeat for several.
        #[arg(long = "add-recipient", value_name = "AGE1…")]
        add_recipients: Vec<String>,
        /// Stop sealing new answers to this public key; repeat for several.
        #[arg(long = "remove-recipient", value_name = "AGE1…")]
        remove_recipients: Vec<String>,
        /// Publish on this server (default: the one in the organization folder).
        #[arg(long, env = "HEARD_SERVER", value_name = "URL")]
        publish_to: Option<String>,
        /// The server's admin token.
        #[arg(
            long,
            env = "HEARD_ADMIN_TOKEN",
            hide_env_values = true,
            value_name = "TOKEN"
        )]
        admin_token: String,
    },
}

#[derive(Subcommand)]
enum DevicesCommand {
    /// List enrolled devices with their group and whether they are revoked.
    List {
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Revoke a device (lost or seized), or a whole enrollment group with --group.
    Revoke {
        #[command(flatten)]
        server: ServerArgs,
        /// The device id (from heard devices list).
        #[arg(required_unless_present = "group", conflicts_with = "group")]
        device: Option<String>,
        /// Revoke every device of this group; its submissions are set aside from then on.
        #[arg(long)]
        group: Option<String>,
    },
}

#[derive(Subcommand)]
enum LinkCommand {
    /// Create a link for a published questionnaire, print its URL and write its poster.
    Create {
        #[command(flatten)]
        server: ServerArgs,
        /// The questionnaire it serves, e.g. post-encounter.
        #[arg(long)]
        questionnaire: String,
        /// A new group for this link (one per poster), e.g. poster-north: heard pull tells its submissions apart by it.
        #[arg(long)]
        group: String,
        /// When it closes: a UTC date YYYY-MM-DD (at the end of that day) or a number of days, 30d.
        #[arg(long)]
        expires: Option<String>,
        /// How many submissions it accepts in all.
        #[arg(long, value_parser = at_least_u32::<1>)]
        max_submissions: Option<u32>,
        /// Folder for the poster (link-GROUP-poster.pdf, .png and .svg).
        #[arg(long, short, value_name = "DIR", default_value = ".")]
        out: PathBuf,
    },
    /// List the links: group, questionnaire, open or not, how many it stored.
    List {
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Withdraw a link: the server refuses what it sends from then on.
    Revoke {
        #[command(flatten)]
        server: ServerArgs,
        /// The link's id (from heard link list).
        link: String,
    },
}

#[derive(Subcommand)]
enum QuestionnaireCommand {
    /// Write out a questionnaire Heard ships (post-encounter or
    /// listening-session) as a folder to adapt, check and publish.
    Init {
        /// The shipped questionnaire, e.g. post-encounter.
        name: String,
        /// The folder to create (new or empty).
        dir: PathBuf,
    },
    /// Check a questionnaire for errors and show how complete each translation is.
    ///
    /// Exits with status 1 and lists every problem (file:line: item: what is
    /// wrong) when the questionnaire cannot be used.
    Check {
        /// The questionnaire folder, e.g. questionnaires/post-encounter
        dir: PathBuf,
    },
    /// Import an XLSForm (the spreadsheet format of ODK and KoboToolbox) as a questionnaire folder.
    ///
    /// Reads the survey, choices and settings sheets of FORM (.xlsx, .xls,
    /// .ods, or pyxform's .csv layout) and writes DIR with questionnaire.toml
    /// and locales/<language>/*.ftl, checked by Heard's loader. Anything the
    /// form gets wrong or Heard cannot represent is listed with its sheet,
    /// row and column, and nothing is written (exit status 1), unless
    /// --allow-partial leaves the unsupported parts out. See docs/XLSFORM.md.
    Import {
        /// The XLSForm, e.g. survey.xlsx
        form: PathBuf,
        /// The questionnaire folder to create, e.g. questionnaires/my-survey
        #[arg(long, short, value_name = "DIR")]
        out: PathBuf,
        /// Leave out what Heard does not support (listed, and written to DIR/IMPORT-REPORT.md) instead of refusing.
        #[arg(long)]
        allow_partial: bool,
        /// The code of a language the form names without one, e.g. --lang "Dari=prs" (repeatable).
        #[arg(long = "lang", value_name = "NAME=CODE", value_parser = commands::import::parse_lang)]
        languages: Vec<(String, String)>,
        /// The language of label columns that name none (and the default language), e.g. en.
        #[arg(long, value_name = "LANGUAGE")]
        default_language: Option<String>,
        /// The questionnaire version (a whole number from 1), instead of the settings sheet's.
        #[arg(long, value_name = "N", value_parser = at_least_u32::<1>)]
        form_version: Option<u32>,
        /// Replace DIR when it holds an earlier import.
        #[arg(long)]
        force: bool,
    },
    /// Sign a questionnaire with the organization's key into a bundle file devices accept.
    Pack {
        /// The questionnaire folder, e.g. questionnaires/post-encounter
        dir: PathBuf,
        #[command(flatten)]
        org: OrgArg,
        /// The bundle file to write (default: ID-vVERSION.heard.json).
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Sign a questionnaire (a folder, or a bundle from pack) and publish it on the server.
    Publish {
        /// The questionnaire folder or a bundle file.
        source: PathBuf,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Print the questionnaire as a respondent would read it, in one language.
    Preview {
        /// The questionnaire folder, e.g. questionnaires/post-encounter
        dir: PathBuf,
        /// The language to show, as a code such as ar, fa, fr (default: the questionnaire's own).
        #[arg(long, short)]
        locale: Option<String>,
    },
}

impl ServerArgs {
    fn into_parts(self) -> (PathBuf, commands::Target) {
        (
            self.org.org,
            commands::Target {
                server: self.server,
                admin_token: self.admin_token,
            },
        )
    }
}

/// Runs an async command on a runtime of its own.
/// A whole number of at least `MIN`, with an error a person can read
/// (clap's own names the range up to 18446744073709551615).
fn at_least<const MIN: u64>(text: &str) -> Result<u64, String> {
    match text.trim().parse::<u64>() {
        Ok(n) if n >= MIN => Ok(n),
        _ => Err(format!("expected a whole number of {MIN} or more")),
    }
}

/// [`at_least`] for counts of things in memory.
fn at_least_usize<const MIN: u64>(text: &str) -> Result<usize, String> {
    let n = at_least::<MIN>(text)?;
    usize::try_from(n).map_err(|_| "that number is too large".to_string())
}

/// [`at_least`] for 32-bit counts.
fn at_least_u32<const MIN: u64>(text: &str) -> Result<u32, String> {
    let n = at_least::<MIN>(text)?;
    u32::try_from(n).map_err(|_| format!("expected a whole number from {MIN} to {}", u32::MAX))
}

fn block_on(command: impl std::future::Future<Output = Result<ExitCode>>) -> Result<ExitCode> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(command)
}

fn main() -> ExitCode {
    calm_panics();
    let cli = Cli::parse();
    let result: Result<ExitCode> = match cli.command {
        Command::Org(OrgCommand::Init {
            org,
            name,
            server,
            recipients,
            identity,
        }) => commands::org::init(&org.org, &name, &server, recipients, identity.as_deref()),
        Command::Org(OrgCommand::Show { org }) => commands::org::show(&org.org),
        Command::Org(OrgCommand::Set {
            org,
            name,
            server,
            add_recipients,
            remove_recipients,
            publish_to,
            admin_token,
        }) => block_on(commands::org::set(
            &org.org,
            commands::Target {
                server: publish_to,
                admin_token,
            },
            heard_cli::org::OrgChange {
                name,
                server,
                add_recipients,
                remove_recipients,
            },
        )),
        Command::Questionnaire(QuestionnaireCommand::Pack { dir, org, out }) => {
            commands::publish::pack(&dir, &org.org, out.as_deref())
        }
        Command::Questionnaire(QuestionnaireCommand::Publish { source, server }) => {
            let (org, target) = server.into_parts();
            block_on(commands::publish::publish(&source, &org, target))
        }
        Command::Enroll(args) => block_on(commands::enroll::main(args)),
        Command::Status(args) => block_on(commands::status::run(args)),
        Command::Link(LinkCommand::Create {
            server,
            questionnaire,
            group,
            expires,
            max_submissions,
            out,
        }) => {
            let (org, target) = server.into_parts();
            let now = chrono::Utc::now().timestamp();
            match expires
                .as_deref()
                .map(|e| commands::link::parse_expiry(e, now))
                .transpose()
            {
                Err(e) => Err(anyhow::anyhow!(e)),
                Ok(expires_at) => block_on(commands::link::create(
                    &org,
                    target,
                    commands::link::CreateOptions {
                        questionnaire,
                        group,
                        expires_at,
                        max_submissions,
                        out,
                    },
                )),
            }
        }
        Command::Link(LinkCommand::List { server }) => {
            let (org, target) = server.into_parts();
            block_on(commands::link::list(&org, target))
        }
        Command::Link(LinkCommand::Revoke { server, link }) => {
            let (org, target) = server.into_parts();
            block_on(commands::link::revoke(&org, target, &link))
        }
        Command::Devices(DevicesCommand::List { server }) => {
            let (org, target) = server.into_parts();
            block_on(commands::devices::list(&org, target))
        }
        Command::Devices(DevicesCommand::Revoke {
            server,
            device,
            group,
        }) => {
            let (org, target) = server.into_parts();
            block_on(commands::devices::revoke(&org, target, device, group))
        }
        Command::Pull {
            server,
            identity,
            out,
            locale,
            purge,
            dry_run,
            recheck_set_aside,
        } => {
            let (org, target) = server.into_parts();
            let mode = if recheck_set_aside {
                commands::pull::Mode::RecheckSetAside
            } else if dry_run {
                commands::pull::Mode::DryRun { purge }
            } else {
                commands::pull::Mode::Pull { purge }
            };
            block_on(commands::pull::run(
                &org,
                target,
                &identity,
                &out,
                locale.as_deref(),
                mode,
            ))
        }
        Command::Report {
            dir,
            out,
            k,
            locale,
            period,
            compare_at,
            include_sensitive,
            privacy,
            formats,
            org,
        } => commands::report::run(
            &dir,
            &out,
            k,
            locale.as_deref(),
            &period,
            compare_at.as_deref(),
            include_sensitive,
            &org.org,
            &privacy,
            &formats,
        ),
        Command::Demo { out } => block_on(commands::demo::run(out)),
        Command::Rehearse { server, surveys } => {
            let (org, target) = server.into_parts();
            block_on(commands::rehearse::run(&org, target, surveys))
        }
        Command::Keygen { out: Some(out), .. } => commands::keygen::create(&out),
        Command::Keygen {
            recipient_of: Some(file),
            ..
        } => commands::keygen::show(&file),
        Command::Keygen { .. } => unreachable!("clap requires -o or -y"),
        Command::Questionnaire(QuestionnaireCommand::Check { dir }) => commands::check::run(&dir),
        Command::Questionnaire(QuestionnaireCommand::Init { name, dir }) => {
            commands::init::run(&name, &dir)
        }
        Command::Questionnaire(QuestionnaireCommand::Preview { dir, locale }) => {
            commands::preview::run(&dir, locale.as_deref())
        }
        Command::Questionnaire(QuestionnaireCommand::Import {
            form,
            out,
            allow_partial,
            languages,
            default_language,
            form_version,
            force,
        }) => commands::import::run(
            &form,
            &out,
            &heard_xlsform::ImportOptions {
                allow_partial,
                force,
                languages,
                default_language,
                version: form_version,
            },
        ),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", describe(&e));
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes on one line, each cause said once: an error
/// that already quotes its cause (a path and its OS error) is not followed
/// by the same words again.
fn describe(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => heard_cli::error::plain_io(io),
            None => cause.to_string(),
        };
        if part.is_empty() || text.contains(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    text
}

/// A fault in heard itself is reported in one sentence, never as a
/// backtrace (whatever `RUST_BACKTRACE` says): a steward can act on the
/// sentence, not on the trace.
fn calm_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown fault".into());
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "error: heard stopped on an internal fault: {message}{place}. This is a bug in heard, not something you did; please report it with the command you ran. Files heard writes are replaced whole or not at all, so running the command again is safe."
        );
    }));
}
