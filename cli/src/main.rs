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
        Command::Questionnaire(QuestionnaireCommand::Check { dir }) => commands::check::run(&dir),
        Command::Questionnaire(QuestionnaireCommand::Preview { dir, locale }) => {
            commands::preview::run(&dir, locale.as_deref())
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
