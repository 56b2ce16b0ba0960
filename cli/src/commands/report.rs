//! `heard report`.

use anyhow::{Context, Result, bail};
use heard_cli::org::Org;
use heard_cli::report::{Options, data::Period};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::emit;

/// Writes the report.
#[allow(clippy::too_many_arguments)]
pub fn run(
    dir: &Path,
    out: &Path,
    k: u64,
    locale: Option<&str>,
    period: &str,
    compare_at: Option<&str>,
    include_sensitive: bool,
    org_dir: &Path,
    privacy: &crate::PrivacyArgs,
    formats: &crate::FormatArgs,
) -> Result<ExitCode> {
    // Every file is checked before any figure is drawn or budget spent.
    let targets = targets(out, formats)?;
    let compare_at = compare_at
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("--compare-at {d:?}: expected a date such as 2026-09-01"))
        })
        .transpose()?;
    something_to_report(dir)?;
    // Without the questionnaires the organization signed, a report holds
    // only its data-quality section: refused, so a misspelt --org never
    // replaces a real report with an empty one.
    let org = Org::open(org_dir).with_context(|| {
        format!(
            "the report needs the organization folder whose questionnaires the answers belong to (--org {}); nothing was written",
            org_dir.display()
        )
    })?;
    let org = Some(org);
    let options = Options {
        k,
        locale: locale.map(str::to_string),
        period: if period == "week" {
            Period::Week
        } else {
            Period::Month
        },
        compare_at,
        include_sensitive,
        over_budget: privacy.over_budget,
        sigma: privacy.noise,
        budget: privacy.privacy_budget,
        ..Options::new(&chrono::Utc::now().format("%Y-%m-%d").to_string())
    };
    let written = write_all(
        dir,
        org.as_ref(),
        &options,
        &targets,
        formats.replace_smaller,
    )?;
    let state = heard_cli::pull::PullState::load(dir)?;
    let mut text = String::new();
    if state.rehearsal {
        outln!(
            text,
            "Rehearsal: {} holds sample submissions from heard rehearse, not answers of real people; this report is for trying things out, never for publishing.",
            dir.display()
        );
    }
    outln!(
        text,
        "Wrote {}: {} survey(s) with {} respondent(s), {} listening session(s); {} figure(s) hidden to protect small groups (k = {k}).",
        out.display(),
        written.surveys,
        written.respondents,
        written.sessions,
        written.hidden
    );
    let p = &written.protection;
    if p.cost > 0.0 {
        outln!(
            text,
            "Every count was adjusted at random (typically by {} either way). This report drew new figures and spent {:.2} of the privacy budget; {:.2} of {:.2} is now used (ledger: {}).",
            p.typical,
            p.cost,
            p.spent,
            p.budget,
            dir.join(heard_cli::report::protect::ledger::LEDGER_FILE)
                .display()
        );
    } else {
        outln!(
            text,
            "Every count was adjusted at random (typically by {} either way). The figures were already in the privacy ledger for this data: nothing new was spent ({:.2} of {:.2} used).",
            p.typical,
            p.spent,
            p.budget
        );
    }
    let samples: u64 = state.summary.rehearsal.values().sum();
    if samples > 0 {
        outln!(
            text,
            "Left out {samples} rehearsal sample(s) from heard rehearse (in {}).",
            dir.join(heard_cli::pull::REHEARSAL_DIR).display()
        );
    }
    for (kind, path) in &targets[1..] {
        outln!(text, "Wrote {} ({}).", path.display(), kind.describe());
    }
    emit(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// Refuses a pull folder with no submission in it: a report of nothing
/// must not replace one of something.
fn something_to_report(dir: &Path) -> Result<()> {
    if !dir.join(heard_cli::pull::STATE_FILE).exists() {
        bail!(
            "{}: not a pull folder (no pull.json): run heard pull --out with this folder first",
            dir.display()
        );
    }
    let state = heard_cli::pull::PullState::load(dir)?;
    let summary = &state.summary;
    if summary.exported_total() > 0 {
        return Ok(());
    }
    let aside = summary.set_aside_total();
    let hint = if aside > 0 {
        format!(
            " {aside} envelope(s) were set aside: see {}, and after fixing the organization folder or key run heard pull --recheck-set-aside.",
            dir.join("set-aside/set-aside.jsonl").display()
        )
    } else {
        String::new()
    };
    bail!(
        "{} holds no submissions yet (pulled from {}), so there is nothing to report and nothing was written.{hint} Run heard pull again once devices have synced.",
        dir.display(),
        state.server
    )
}

/// Refuses to write over a report that covers more than this one: more
/// surveys or sessions, or clearly more respondents (see
/// [`heard_cli::report::Coverage::clearly_less_than`]): the report on disk
/// is read as published, so adjusted, and this one is compared by its
/// exact numbers, which the steward holds anyway.
fn keep_a_larger_report(out: &Path, new: &heard_cli::report::Coverage, sigma: f64) -> Result<()> {
    let Some(old) = heard_cli::report::coverage_of(out) else {
        return Ok(());
    };
    // How far one published figure may lie from the truth: the audit's bound.
    let slack = heard_cli::report::protect::noise::Noise { sigma }.audit_bound() as u64;
    if new.clearly_less_than(&old, slack) {
        bail!(
            "{} is a report of more data ({} survey(s), about {} respondent(s), {} session(s)) than this one would be ({} survey(s), {} respondent(s), {} session(s)); it was left as it is and nothing was written. Check that this is the pull folder and organization folder you meant, write to another --out, or pass --replace-smaller to replace it anyway.",
            out.display(),
            old.surveys,
            old.respondents,
            old.sessions,
            new.surveys,
            new.respondents,
            new.sessions
        );
    }
    Ok(())
}

/// One output of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Csv,
    EasyRead,
    Pdf,
}

impl Kind {
    fn flag(self) -> &'static str {
        match self {
            Kind::Html => "--out",
            Kind::Csv => "--csv",
            Kind::EasyRead => "--easy-read",
            Kind::Pdf => "--pdf",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Kind::Html => "the HTML report",
            Kind::Csv => "the published figures as CSV",
            Kind::EasyRead => "the easy-read summary",
            Kind::Pdf => "the report as PDF",
        }
    }
}

/// The files to write, the HTML report first and the PDF (the slowest,
/// and the one needing a browser) last, each checked: its folder exists,
/// it is not a folder, and no two outputs are the same file.
fn targets(out: &Path, formats: &crate::FormatArgs) -> Result<Vec<(Kind, PathBuf)>> {
    let mut targets = vec![(Kind::Html, out.to_path_buf())];
    for (kind, path) in [
        (Kind::Csv, &formats.csv),
        (Kind::EasyRead, &formats.easy_read),
        (Kind::Pdf, &formats.pdf),
    ] {
        if let Some(path) = path {
            targets.push((kind, path.clone()));
        }
    }
    for (i, (kind, path)) in targets.iter().enumerate() {
        check_target(kind.flag(), path)?;
        if let Some((other, _)) = targets[..i].iter().find(|(_, p)| same_file(p, path)) {
            bail!(
                "{} {}: {} names the same file; give each output its own",
                kind.flag(),
                path.display(),
                other.flag()
            );
        }
    }
    Ok(targets)
}

/// A file that can be created: not a folder, in a folder that exists.
fn check_target(flag: &str, path: &Path) -> Result<()> {
    if path.is_dir() {
        bail!(
            "{flag} {}: is a folder; give the name of the file to write",
            path.display()
        );
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !parent.is_dir() {
        bail!(
            "{flag} {}: the folder {} does not exist; create it first or choose another file",
            path.display(),
            parent.display()
        );
    }
    Ok(())
}

/// Whether two paths name the same file (the same text, or the same file
/// once their folders are resolved).
fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| {
        let parent = p.parent().filter(|d| !d.as_os_str().is_empty());
        let dir = parent.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        dir.canonicalize()
            .ok()
            .zip(p.file_name())
            .map(|(d, n)| d.join(n))
    };
    a == b || resolve(a).is_some_and(|x| Some(x) == resolve(b))
}

/// Reads and protects the pull folder once, then renders every output
/// from the same figures. The HTML report is written first; if a later
/// output fails, the error says which files were written.
fn write_all(
    dir: &Path,
    org: Option<&Org>,
    options: &Options,
    targets: &[(Kind, PathBuf)],
    replace_smaller: bool,
) -> Result<heard_cli::report::Written> {
    let prepared = heard_cli::report::prepare(dir, org, options)?;
    if !replace_smaller {
        keep_a_larger_report(
            &targets[0].1,
            &prepared.exact_coverage(),
            prepared.protection.sigma,
        )?;
    }
    let name = org.map(|o| o.file.name.as_str());
    let mut written: Vec<&Path> = Vec::new();
    for (kind, path) in targets {
        let result = match kind {
            Kind::Html => heard_cli::report::html::write(&prepared, options, name, path),
            Kind::Csv => heard_cli::report::csv::write(&prepared, options, path),
            Kind::EasyRead => heard_cli::report::easy::write(&prepared, options, name, path),
            Kind::Pdf => heard_cli::report::pdf::write(&prepared, options, name, path),
        };
        result.with_context(|| {
            let done: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
            if done.is_empty() {
                format!("{} was not written", path.display())
            } else {
                format!("wrote {}, but not {}", done.join(", "), path.display())
            }
        })?;
        written.push(path);
    }
    Ok(prepared.written())
}
