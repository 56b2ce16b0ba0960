//! `heard`: the organization's tool. This first part validates and previews
//! questionnaires; keys, publishing, enrollment, pull and reports follow.

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
    /// Work with questionnaires (folders holding questionnaire.toml and locales/).
    #[command(subcommand)]
    Questionnaire(QuestionnaireCommand),
}

#[derive(Subcommand)]
enum QuestionnaireCommand {
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
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        form_version: Option<u32>,
        /// Replace DIR when it holds an earlier import.
        #[arg(long)]
        force: bool,
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: Result<ExitCode> = match cli.command {
        Command::Keygen { out: Some(out), .. } => commands::keygen::create(&out),
        Command::Keygen {
            recipient_of: Some(file),
            ..
        } => commands::keygen::show(&file),
        Command::Keygen { .. } => unreachable!("clap requires -o or -y"),
        Command::Questionnaire(QuestionnaireCommand::Check { dir }) => commands::check::run(&dir),
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
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
