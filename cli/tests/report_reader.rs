//! `heard report` read as a reader would (issue 17):
//!
//! - people a question never applied to (by the questionnaire's relevance
//!   logic) are "not asked", apart from "No answer or prefer not to say",
//!   in the tables, the charts, the CSV and the easy-read page, and the
//!   shares are of those asked;
//! - `--locale` with a language the report does not have is refused,
//!   listing the languages it has, before anything is written or spent;
//! - the HTML report carries what it covers in its `<head>`, and
//!   `coverage_of` reads it back.
//!
//! Withheld marks, the tally warning and the figures behind them are
//! tested in the modules (`report::html`, `report::protect`,
//! `report::tables`); right-to-left charts in `tests/browser/reader.test.mjs`.

mod support;

use heard_cli::report::csv::HEADERS;
use heard_cli::report::tables::{Slice, Subject};
use heard_cli::report::{Coverage, Options, coverage_of, prepare};
use heard_engine::{Answer, Cursor, Response};
use predicates::prelude::*;
use std::collections::BTreeMap;
use support::{Setup, survey};

/// How one respondent met the reason questions.
#[derive(Clone, Copy)]
enum Reason {
    /// Reported a crime: the page on the reason for a stop never showed.
    NotStopped,
    /// Stopped, told no reason: "how well did you understand it" never
    /// showed.
    NotExplained,
    /// Stopped, told the reason, understood it completely.
    Understood,
    /// Stopped, told the reason, declined to say how well they understood.
    Declined,
}

/// A complete response in English that meets the reason questions as
/// `reason` says.
fn respondent(reason: Reason) -> Response {
    let mut r = Response::new(survey(), &["en"]);
    let mut answer = |item: &str, a: Answer| r.answer(item, a).expect(item);
    answer("consent", Answer::Consent(true));
    let contact = match reason {
        Reason::NotStopped => "reported_crime",
        _ => "stopped_public",
    };
    answer("contact_kind", Answer::Choice(contact.into()));
    match reason {
        Reason::NotStopped => {}
        Reason::NotExplained => answer("reason_explained", Answer::Choice("no".into())),
        Reason::Understood => {
            answer("reason_explained", Answer::Choice("yes".into()));
            answer("reason_understood", Answer::Choice("4".into()));
        }
        Reason::Declined => {
            answer("reason_explained", Answer::Choice("yes".into()));
            answer("reason_understood", Answer::Declined);
        }
    }
    answer("language_needed", Answer::Choice("no".into()));
    answer("searched", Answer::Choice("no".into()));
    for item in ["pj_voice", "pj_neutrality", "pj_motives", "pj_respect"] {
        answer(item, Answer::Choice("3".into()));
    }
    while r.next_screen().expect("next") != Cursor::End {}
    r
}

/// 12 who reported a crime, 12 stopped and told no reason, 20 who
/// understood the reason completely and 20 who declined to say: 64
/// respondents, of whom 40 were asked how well they understood it.
/// Every figure a test reads is well above k plus the noise, so none is
/// hidden by chance.
fn pulled() -> Setup {
    let s = Setup::organization();
    let device = s.device("north");
    for (reason, n) in [
        (Reason::NotStopped, 12),
        (Reason::NotExplained, 12),
        (Reason::Understood, 20),
        // Well above k + noise, so the figure is never hidden by chance.
        (Reason::Declined, 20),
    ] {
        for _ in 0..n {
            device.submit(&respondent(reason));
        }
    }
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success();
    s
}

fn report(s: &Setup, more: &[&str]) -> assert_cmd::Command {
    let mut cmd = s.heard(&["report", "out", "--org", "org", "-o", "report.html"]);
    cmd.args(more);
    cmd
}

fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The CSV's records as maps from column to value.
fn csv_records(path: &std::path::Path) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).expect("csv");
    reader
        .records()
        .map(|r| {
            let r = r.expect("record");
            HEADERS
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn people_never_asked_a_question_are_not_asked_not_no_answer() {
    let s = pulled();
    report(&s, &["--csv", "figures.csv", "--easy-read", "easy.html"])
        .assert()
        .success();
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    // The figures the command published, read again from the ledger.
    let prepared = prepare(&s.path("out"), Some(&org), &Options::new("2026-12-01")).expect("read");
    let t = &prepared.tables[0].tables;
    let q = t
        .questions
        .iter()
        .position(|q| q.id == "reason_understood")
        .expect("question");
    assert!(t.is_conditional(q));
    let truth = |subject| t.truth[t.figure(subject, Slice::All).expect("figure")];
    assert_eq!(truth(Subject::NotAsked { question: q }), 24);
    assert_eq!(truth(Subject::Asked { question: q }), 40);
    assert_eq!(
        truth(Subject::Unanswered { question: q }),
        20,
        "only those who declined"
    );
    let explained = t
        .questions
        .iter()
        .position(|q| q.id == "reason_explained")
        .expect("question");
    assert_eq!(
        truth(Subject::NotAsked {
            question: explained
        }),
        12
    );
    let always = t
        .questions
        .iter()
        .position(|q| q.id == "pj_respect")
        .expect("question");
    assert!(!t.is_conditional(always), "asked of everyone");

    // The table: the "No answer" row rests on the 20 who declined, the
    // 24 never asked have a row of their own.
    let html = plain(&std::fs::read_to_string(s.path("report.html")).expect("html"));
    let table = {
        let at = html
            .find("data-question=\"reason_understood\" data-breakdown=\"language\"")
            .expect("table");
        &html[at..at + html[at..].find("</table>").expect("end")]
    };
    assert!(
        table.contains(
            "<tr data-kind=\"not_asked\" data-answer=\"\"><th scope=\"row\">Not asked (it did not apply to them)</th>"
        ),
        "{table}"
    );
    assert!(
        table.contains(
            "<tr data-kind=\"asked\" data-answer=\"\"><th scope=\"row\">Asked this question</th>"
        ),
        "{table}"
    );
    assert!(
        html.contains("Only some people were asked this question"),
        "the note under the question"
    );

    // The CSV: the same rows, with the same published figures.
    let records = csv_records(&s.path("figures.csv"));
    let overall = |kind: &str, code: &str| {
        records
            .iter()
            .find(|r| {
                r["kind"] == kind
                    && r["question_id"] == "reason_understood"
                    && r["answer_code"] == code
                    && r["breakdown"] == "all"
            })
            .unwrap_or_else(|| panic!("no {kind} {code} row"))
    };
    let published = |subject| t.shown(subject, Slice::All).map(|v| v.to_string());
    let not_asked = overall("not_asked", "");
    assert_eq!(
        Some(not_asked["value"].clone()),
        published(Subject::NotAsked { question: q })
    );
    let value: u64 = not_asked["value"].parse().expect("24 people are shown");
    assert!(value.abs_diff(24) <= 12, "adjusted, about 24: {value}");
    let no_answer = overall("answer", "");
    assert_eq!(
        no_answer["value"].parse::<u64>().ok(),
        t.shown(Subject::Unanswered { question: q }, Slice::All)
    );
    assert!(
        no_answer["value"]
            .parse::<u64>()
            .is_ok_and(|v| v.abs_diff(20) <= 12),
        "about the 20 who declined, not the 44 who gave no answer: {no_answer:?}"
    );

    // The chart: "Completely" as a share of those asked (20 of 40), from
    // the published figures.
    let completely = Subject::Chose {
        question: q,
        option: 3,
    };
    let (Some(part), Some(asked)) = (
        t.shown(completely, Slice::All),
        t.shown(Subject::Asked { question: q }, Slice::All),
    ) else {
        panic!("20 of 40 are shown")
    };
    let share = (part * 100 + asked / 2) / asked;
    assert!(
        html.contains(&format!("Completely: {share}%")),
        "{share}% of those asked"
    );
    assert!(
        html.contains(&format!(
            "Not asked (it did not apply to them): {}",
            not_asked["value"]
        )),
        "the chart lists those not asked"
    );

    // The easy-read page says how many were asked, and gives its shares
    // out of those asked.
    let easy = plain(&std::fs::read_to_string(s.path("easy.html")).expect("easy"));
    assert!(
        easy.contains(&format!("{asked} people were asked this question.")),
        "{easy}"
    );
    assert!(
        easy.contains(&format!("{} people were not asked.", not_asked["value"])),
        "{easy}"
    );
    assert!(easy.contains("out of every 100 people asked gave this answer"));
}

#[test]
fn a_report_language_that_does_not_exist_is_refused_before_anything_is_written() {
    let s = pulled();
    report(&s, &["--locale", "de", "--csv", "figures.csv"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--locale de"))
        .stderr(predicate::str::contains("ar (العربية)"))
        .stderr(predicate::str::contains("uk (українська)"))
        .stderr(predicate::str::contains("en (English)"));
    assert!(!s.path("report.html").exists());
    assert!(!s.path("figures.csv").exists());
    assert!(
        !s.path("out/privacy-ledger.json").exists(),
        "no figure drawn, no budget spent"
    );
    // A regional variant of a report language is that language.
    report(&s, &["--locale", "fr-CA"]).assert().success();
    let html = std::fs::read_to_string(s.path("report.html")).expect("html");
    assert!(html.contains("<html lang=\"fr\""), "{}", &html[..120]);
}

#[test]
fn the_report_says_what_it_covers_in_published_figures_and_reads_it_back() {
    let s = pulled();
    assert_eq!(coverage_of(&s.path("report.html")), None, "no report yet");
    report(&s, &["--easy-read", "easy.html"])
        .assert()
        .success()
        .stdout(predicate::str::contains("64 respondent(s)"));
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    let prepared = prepare(&s.path("out"), Some(&org), &Options::new("2026-12-01")).expect("read");
    let published = prepared.tables[0]
        .tables
        .shown(Subject::Respondents, Slice::All)
        .expect("64 are shown");
    let expected = Coverage {
        surveys: 1,
        respondents: published,
        sessions: 0,
    };
    assert_eq!(prepared.coverage(), expected);
    assert_eq!(prepared.written().coverage, expected);
    assert_eq!(coverage_of(&s.path("report.html")), Some(expected));
    let html = std::fs::read_to_string(s.path("report.html")).expect("html");
    assert!(html.contains(&format!(
        "<meta name=\"heard-coverage\" content=\"surveys=1 respondents={published} sessions=0\">"
    )));
    // The card shows the same published number.
    assert!(html.contains(&format!("<b>{published}</b>")));
    // Not every HTML file is a report.
    assert_eq!(coverage_of(&s.path("easy.html")), None);
    assert_eq!(coverage_of(&s.path("no-such-file.html")), None);
}

/// Some of these answers are the same for everyone (a question nobody was
/// asked, an answer everyone gave), so one of their figures equals the
/// total on the true counts. Before parts were capped at their totals,
/// the noise put such a figure far enough above the total in 26 of 1,000
/// fresh releases that the total itself was withheld (38 of 1,000 withheld
/// some figure); 100 releases would then have withheld one about 98
/// times in 100. A report of 64 people has no figure to withhold.
#[test]
fn fresh_releases_never_withhold_a_figure_because_the_noise_broke_a_line() {
    let s = pulled();
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    for release in 0..100 {
        // A new ledger: new draws every time.
        std::fs::remove_file(s.path("out/privacy-ledger.json")).ok();
        let prepared =
            prepare(&s.path("out"), Some(&org), &Options::new("2026-12-01")).expect("read");
        let t = &prepared.tables[0].tables;
        let withheld: Vec<_> = (0..t.figures.len())
            .filter(|&i| t.hidden[i] && !t.small[i])
            .map(|i| t.figures[i])
            .collect();
        assert!(
            withheld.is_empty(),
            "release {release} withheld {withheld:?}"
        );
        assert!(t.shown(Subject::Respondents, Slice::All).is_some());
    }
}
