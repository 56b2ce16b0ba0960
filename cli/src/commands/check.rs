//! `heard questionnaire check DIR`.

use anyhow::Result;
use heard_engine::{ItemKind, Questionnaire};
use heard_engine::{LocaleCoverage, coverage};
use std::path::Path;
use std::process::ExitCode;

use super::emit;

/// How many missing or fallback messages are listed by name per locale.
const LIST_AT_MOST: usize = 8;

fn list(keys: impl Iterator<Item = String>) -> String {
    let keys: Vec<String> = keys.collect();
    let mut shown = keys
        .iter()
        .take(LIST_AT_MOST)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if keys.len() > LIST_AT_MOST {
        shown.push_str(&format!(", … ({} more)", keys.len() - LIST_AT_MOST));
    }
    shown
}

/// Validates the questionnaire in `dir` and prints a summary and coverage.
pub fn run(dir: &Path) -> Result<ExitCode> {
    let q = match Questionnaire::load(dir) {
        Ok(q) => q,
        Err(e) => {
            let n = e.diagnostics.len();
            eprintln!("{e}");
            eprintln!(
                "\n{} is not usable: {n} problem{} found.",
                dir.display(),
                if n == 1 { "" } else { "s" }
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut out = String::new();
    let questions = q.questions().count();
    let count =
        |pred: &dyn Fn(&heard_engine::Item) -> bool| q.items.iter().filter(|i| pred(i)).count();
    let kind = match q.kind {
        heard_engine::QuestionnaireKind::Survey => "survey",
        heard_engine::QuestionnaireKind::ListeningSession => "listening session",
    };
    outln!(
        out,
        "{} — version {} ({kind}), {}",
        q.id,
        q.version,
        dir.display()
    );
    outln!(
        out,
        "  {} screens, {questions} questions; logic: {} shown-when, {} required-when-or-always, {} constraints, {} calculations",
        q.screens.len(),
        count(&|i| i.relevant.is_some()),
        count(&|i| !matches!(i.required, heard_engine::Required::No)),
        count(&|i| i.constraint.is_some()),
        count(&|i| i.kind == ItemKind::Calculate),
    );
    let declinable = count(&|i| i.decline);
    outln!(
        out,
        "  \"Prefer not to say\" offered on {declinable} of {questions} questions"
    );
    let sensitive: Vec<&str> = q
        .items
        .iter()
        .filter(|i| i.sensitive)
        .map(|i| i.id.as_str())
        .collect();
    if !sensitive.is_empty() {
        outln!(
            out,
            "  sensitive free text (kept out of reports unless asked): {}",
            sensitive.join(", ")
        );
    }
    let cov = coverage(&q);
    let total = cov.first().map_or(0, |c| c.present);
    outln!(
        out,
        "\nTranslations (default {}; {total} messages):",
        q.default_locale
    );
    outln!(
        out,
        "  {:<8} {:<16} {:<4} {:>8} {:>9} {:>8}",
        "locale",
        "name",
        "dir",
        "present",
        "fallback",
        "missing"
    );
    let mut notes = Vec::new();
    let mut warnings = Vec::new();
    for c in &cov {
        print_row(&mut out, c);
        if !c.declared {
            warnings.push(format!("{}: not in the language registry; its direction is assumed left-to-right. Declare it under [languages.{}] in questionnaire.toml.", c.locale, c.locale));
        }
        if !c.fallback.is_empty() {
            notes.push(format!(
                "{}: {} message(s) shown from a fallback: {}",
                c.locale,
                c.fallback.len(),
                list(c.fallback.iter().map(|(k, via)| format!("{k} ({via})")))
            ));
        }
        if !c.missing.is_empty() {
            warnings.push(format!(
                "{}: {} message(s) shown in {}: {}",
                c.locale,
                c.missing.len(),
                q.default_locale,
                list(c.missing.iter().cloned())
            ));
        }
        if !c.extra.is_empty() {
            warnings.push(format!(
                "{}: {} message(s) not in {} (misspelt or stale?): {}",
                c.locale,
                c.extra.len(),
                q.default_locale,
                list(c.extra.iter().cloned())
            ));
        }
        warnings.extend(c.format_errors.iter().cloned());
    }
    print_audio(&mut out, &q, &cov, &mut notes);
    if !notes.is_empty() {
        outln!(out, "\nDeclared fallbacks in use:");
        for n in &notes {
            outln!(out, "  {n}");
        }
    }
    if !warnings.is_empty() {
        outln!(out, "\nWarnings:");
        for w in &warnings {
            outln!(out, "  {w}");
        }
    }
    outln!(out, "\nOK: {} is valid.", dir.display());
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn print_row(out: &mut String, c: &LocaleCoverage) {
    let expected = c.present + c.fallback.len() + c.missing.len();
    outln!(
        out,
        "  {:<8} {:<16} {:<4} {:>8} {:>9} {:>8}",
        c.locale,
        c.name,
        c.direction.as_str(),
        format!("{}/{expected}", c.present),
        c.fallback.len(),
        c.missing.len()
    );
}

/// Recorded prompts per locale: how many of the messages the apps speak
/// (labels, hints, options, titles) each locale has recorded, and how many
/// play another locale's recording instead.
fn print_audio(
    out: &mut String,
    q: &Questionnaire,
    cov: &[LocaleCoverage],
    notes: &mut Vec<String>,
) {
    if q.audio_ids().next().is_none() {
        outln!(
            out,
            "\nAudio: none recorded (locales/<locale>/audio/<message-id>.opus, .ogg, .m4a or .mp3 speak a label, hint or option to people who cannot read)."
        );
        return;
    }
    let expected = cov.first().map_or(0, |c| c.audio.expected);
    outln!(
        out,
        "\nAudio ({} recordings; {expected} messages can be spoken: labels, hints, options, titles):",
        q.audio_ids().count()
    );
    outln!(
        out,
        "  {:<8} {:>9} {:>9} {:>8} {:>6}",
        "locale",
        "recorded",
        "fallback",
        "default",
        "none"
    );
    for c in cov {
        let a = &c.audio;
        outln!(
            out,
            "  {:<8} {:>9} {:>9} {:>8} {:>6}",
            c.locale,
            format!("{}/{}", a.present, a.expected),
            a.fallback.len(),
            a.default.len(),
            a.missing.len()
        );
        if !a.fallback.is_empty() {
            notes.push(format!(
                "{}: {} recording(s) played from a fallback: {}",
                c.locale,
                a.fallback.len(),
                list(a.fallback.iter().map(|(k, via)| format!("{k} ({via})")))
            ));
        }
    }
}
