//! The attacks that worked on published reports, run against real `heard
//! report` runs on a real pull, and the privacy ledger that stops them:
//!
//! 1. one report, attacked with integer programs over all its sums;
//! 2. two reports of the same pull with other options (k, comparison date,
//!    week against month);
//! 3. a release, then the next one with one more respondent;
//! 4. listening-session attendance after a second session;
//! 5. a hand-edited pull folder.
//!
//! Plus the ledger: figures reused, budget spent, refusal, override.

mod support;

use heard_cli::report::data::{Period, Session, Sessions};
use heard_cli::report::protect::ledger::Ledger;
use heard_cli::report::protect::{self, Drawer};
use heard_cli::report::tables::{Slice, Subject};
use heard_cli::report::{Options, prepare};
use predicates::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use support::outsider::Outsider;
use support::{Setup, response};

/// 28 respondents in Arabic, Persian and Ukrainian, one in Tigrinya, on
/// the respect scale, pulled into `out`.
fn pulled() -> Setup {
    let s = Setup::organization();
    let device = s.device("north");
    for i in 0..28 {
        let locale = ["ar", "fa", "uk"][i % 3];
        let respect = ["2", "3", "4", "5"][i % 4];
        device.submit(&response(locale, respect, None));
    }
    device.submit(&response("ti", "1", None));
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success();
    s
}

fn report(s: &Setup, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = vec!["report", "out", "--org", "org", "-o", "report.html"];
    args.extend_from_slice(extra);
    s.heard(&args).assert()
}

fn ledger(s: &Setup) -> Ledger {
    Ledger::open(&s.path("out")).expect("ledger")
}

fn prepared(s: &Setup, options: &Options) -> heard_cli::report::Prepared {
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    prepare(&s.path("out"), Some(&org), options).expect("prepare")
}

#[test]
fn one_report_leaves_every_small_count_between_zero_and_k() {
    let s = pulled();
    report(&s, &[]).success().stdout(predicate::str::contains(
        "Every count was adjusted at random",
    ));
    let spent = ledger(&s).spent("post-encounter");
    assert!(spent > 0.0);
    // The figures the command published, read again from the ledger.
    let p = prepared(&s, &Options::new("2026-12-01"));
    assert_eq!(
        ledger(&s).spent("post-encounter"),
        spent,
        "read again, nothing spent"
    );
    let t = &p.tables[0];
    let mut outsider = Outsider::default();
    outsider.read(t, "month");
    let bound = outsider.consistent_bound(5, (3.0 * p.protection.sigma).ceil());
    let mut checked = 0;
    for (i, f) in t.tables.figures.iter().enumerate() {
        let truth = t.tables.truth[i];
        let attacked = (t.tables.hidden[i] && t.tables.small[i]) || (1..5).contains(&truth);
        if !attacked {
            continue;
        }
        let Some((lo, hi)) = outsider.range(&Outsider::key(t, "month", *f, 0), 5, bound) else {
            continue;
        };
        checked += 1;
        assert!(lo < hi, "{f:?} (true {truth}) pinned at {lo}");
        if t.tables.small[i] {
            assert!(
                lo <= 0 && hi >= 5,
                "{f:?} (true {truth}) lies in {lo}..{hi}"
            );
        }
    }
    assert!(
        checked > 10,
        "the lone Tigrinya answer and others were attacked"
    );
}

#[test]
fn other_options_on_the_same_data_reuse_its_figures_and_a_new_breakdown_costs() {
    let s = pulled();
    report(&s, &["--k", "5"]).success();
    let after_first = ledger(&s).spent("post-encounter");
    report(&s, &["--k", "3"]).success();
    report(&s, &["--compare-at", "2026-01-01", "--locale", "ar"]).success();
    report(&s, &["--include-sensitive"]).success();
    assert_eq!(
        ledger(&s).spent("post-encounter"),
        after_first,
        "k, comparison date, language and free text draw nothing new"
    );
    report(&s, &["--period", "week"]).success();
    let l = ledger(&s);
    assert!(
        l.spent("post-encounter") > after_first,
        "weeks are a new breakdown"
    );
    assert_eq!(
        l.releases
            .iter()
            .filter(|r| r.questionnaire == "post-encounter")
            .count(),
        2
    );
    // The same figure in the k=5 and the k=3 report is the same number:
    // the drawn value itself, since either report may withhold it (the
    // suppression depends on k, and on the draws).
    let k5 = prepared(&s, &Options::new("2026-12-01"));
    let k3 = prepared(
        &s,
        &Options {
            k: 3,
            ..Options::new("2026-12-01")
        },
    );
    let (a, b) = (&k5.tables[0].tables, &k3.tables[0].tables);
    let drawn = |t: &heard_cli::report::tables::Tables| {
        let i = t
            .figure(Subject::Respondents, Slice::All)
            .expect("a respondents figure");
        t.system.values[i]
    };
    assert_eq!(drawn(a), drawn(b));
    for (x, y) in [
        (a.shown(Subject::Respondents, Slice::All), Some(drawn(a))),
        (b.shown(Subject::Respondents, Slice::All), Some(drawn(b))),
    ] {
        assert!(x.is_none() || x == y, "a shown figure is its drawn value");
    }
    // Months and weeks together, attacked as one system: nothing pinned.
    let weeks = prepared(
        &s,
        &Options {
            period: Period::Week,
            ..Options::new("2026-12-01")
        },
    );
    let mut outsider = Outsider::default();
    outsider.read(&k5.tables[0], "month");
    outsider.read(&weeks.tables[0], "week");
    let bound = outsider.consistent_bound(5, (3.0 * k5.protection.sigma).ceil());
    for (report, (t, family)) in [(&k5.tables[0], "month"), (&weeks.tables[0], "week")]
        .into_iter()
        .enumerate()
    {
        for (i, f) in t.tables.figures.iter().enumerate() {
            let truth = t.tables.truth[i];
            if !(1..5).contains(&truth) {
                continue;
            }
            if let Some((lo, hi)) = outsider.range(&Outsider::key(t, family, *f, report), 5, bound)
            {
                assert!(
                    lo < hi,
                    "{f:?} (true {truth}) pinned at {lo} by months and weeks"
                );
            }
        }
    }
}

#[test]
fn the_next_release_does_not_read_off_the_newcomer_and_the_budget_stops_the_series() {
    let s = pulled();
    report(&s, &["--privacy-budget", "12"]).success();
    let first = prepared(&s, &Options::new("2026-12-01"));
    // One more respondent, with answers of their own, in Ukrainian.
    let device = s.device("north");
    device.submit(&response("uk", "1", None));
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success();
    // The second release would pass the budget of 12: refused, nothing
    // written, the first report kept.
    let before = std::fs::read(s.path("report.html")).expect("report");
    report(&s, &[])
        .failure()
        .stderr(predicate::str::contains("--over-budget"))
        .stderr(predicate::str::contains("privacy budget"));
    assert_eq!(std::fs::read(s.path("report.html")).expect("kept"), before);
    report(&s, &["--over-budget"]).success();
    let l = ledger(&s);
    assert!(l.releases.last().is_some_and(|r| r.over_budget), "recorded");
    let second = prepared(&s, &Options::new("2026-12-01"));
    // The attack: every figure that moved by exactly +1 marks an answer.
    let (a, b) = (&first.tables[0].tables, &second.tables[0].tables);
    let mut read_off = 0;
    let mut questions = 0;
    for (q, question) in a.questions.iter().enumerate() {
        if question.multiple {
            continue;
        }
        questions += 1;
        let moved: Vec<usize> = (0..question.rows())
            .filter(|&option| {
                let f = Subject::Chose {
                    question: q,
                    option,
                };
                match (a.shown(f, Slice::All), b.shown(f, Slice::All)) {
                    (Some(x), Some(y)) => y == x + 1,
                    _ => false,
                }
            })
            .collect();
        let unchanged = (0..question.rows()).all(|option| {
            let f = Subject::Chose {
                question: q,
                option,
            };
            moved.contains(&option) || a.shown(f, Slice::All) == b.shown(f, Slice::All)
        });
        read_off += usize::from(moved.len() == 1 && unchanged);
    }
    assert!(questions >= 10);
    assert!(
        read_off * 2 < questions,
        "{read_off} of {questions} answers read off the difference"
    );
}

/// Two listening sessions; the second brings one person of "another
/// gender".
fn sessions(second: bool) -> Sessions {
    let q = Arc::new(
        heard_engine::Questionnaire::load(support::repo("questionnaires/listening-session"))
            .expect("listening session"),
    );
    let tally = |pairs: &[(&str, u32)]| -> BTreeMap<String, u32> {
        pairs.iter().map(|(c, n)| (c.to_string(), *n)).collect()
    };
    let session = |gender: BTreeMap<String, u32>| Session {
        date: None,
        themes: Vec::new(),
        tallies: [("attendance_gender".to_string(), gender)]
            .into_iter()
            .collect(),
        actions: Vec::new(),
        quotes: Vec::new(),
    };
    let mut list = vec![session(tally(&[("women", 9), ("men", 7), ("another", 5)]))];
    if second {
        list.push(session(tally(&[("women", 3), ("men", 4), ("another", 1)])));
    }
    Sessions {
        questionnaire: q,
        sessions: list,
        digest: format!("sessions-{second}"),
    }
}

#[test]
fn attendance_after_a_second_session_does_not_tell_who_came() {
    let dir = tempfile::tempdir().expect("dir");
    let mut ledger = Ledger::open(dir.path()).expect("ledger");
    let mut attendance = |second: bool| {
        let s = sessions(second);
        let mut drawer = Drawer::new(&mut ledger, "listening-session", &s.digest);
        let t = protect::sessions(&s, 3, &mut drawer).expect("protect");
        t.attendance
            .into_iter()
            .find(|a| a.item == "attendance_gender")
            .expect("gender tally")
    };
    let (one, two) = (attendance(false), attendance(true));
    let exact = [
        ("women", 3),
        ("men", 4),
        ("another", 1),
        ("not_recorded", 0),
    ];
    let codes: Vec<&str> = one.rows.iter().map(|(c, _)| c.as_str()).collect();
    assert!(codes.contains(&"another"), "{codes:?}");
    // Read as the attacker did: the difference is the second session.
    let all_read = exact.iter().all(|(code, n)| {
        let value = |t: &heard_cli::report::AttendanceTable| {
            t.rows.iter().find(|(c, _)| c == code).and_then(|(_, v)| *v)
        };
        matches!((value(&one), value(&two)), (Some(a), Some(b)) if b == a + n)
    });
    assert!(
        !all_read,
        "the second session's attendance is read off: {one:?} {two:?}"
    );
    // Each session set is drawn once: asking again gives the same figures.
    assert_eq!(attendance(true).rows, two.rows);
}

#[test]
fn a_hand_edited_pull_folder_is_refused_and_the_last_report_kept() {
    let s = pulled();
    report(&s, &[]).success();
    let before = std::fs::read(s.path("report.html")).expect("report");
    let jsonl = s.path("out/post-encounter-v1/submissions.jsonl");
    let original = std::fs::read_to_string(&jsonl).expect("jsonl");
    // A line copied (the same person twice).
    let first_line = original.lines().next().expect("a line");
    std::fs::write(&jsonl, format!("{original}{first_line}\n")).expect("edit");
    report(&s, &[])
        .failure()
        .stderr(predicate::str::contains("submissions.jsonl"))
        .stderr(predicate::str::contains("pull.json"));
    assert_eq!(std::fs::read(s.path("report.html")).expect("kept"), before);
    // A line dropped, the length made to match by padding: still refused.
    let mut lines: Vec<&str> = original.lines().collect();
    let dropped = lines.remove(3).len() + 1;
    let mut edited = lines.join("\n") + "\n";
    edited = edited.replacen("{", &format!("{{{}", " ".repeat(dropped)), 1);
    std::fs::write(&jsonl, edited).expect("edit");
    report(&s, &[])
        .failure()
        .stderr(predicate::str::contains("counted"));
    // Put back, it reports again with the figures already drawn.
    std::fs::write(&jsonl, &original).expect("restore");
    report(&s, &[]).success();
}
