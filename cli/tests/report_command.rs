//! `heard report` on a real pull: small cells suppressed (a lone Tigrinya
//! speaker is never shown, alone or by difference), sensitive text left out
//! unless asked for, every answer escaped, and the page opened in headless
//! Chromium: no console message, the charts present, screenshots saved.

mod support;

use heard_cli::report::tables::{Slice, Subject};
use heard_cli::report::{Options, prepare};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use support::{Setup, response};

const IMG: &str = "<img src=x onerror=alert(1)>";
const HYPERLINK: &str = "=HYPERLINK(\"http://evil.example\",\"x\")";

/// 6 Arabic and 6 Persian speakers, and one Tigrinya speaker who alone
/// strongly disagrees that the officer was respectful, in group "north";
/// one more Persian speaker in group "east".
fn pulled() -> Setup {
    let s = Setup::organization();
    let device = s.device("north");
    for i in 0..6 {
        let comment = (i == 0).then_some(HYPERLINK);
        device.submit(&response("ar", if i % 2 == 0 { "4" } else { "5" }, comment));
        device.submit(&response("fa", "4", Some("They listened.")));
    }
    device.submit(&response("ti", "1", Some(IMG)));
    device.sync(&s);
    // And one person surveyed by the only device of another district.
    let east = s.device("east");
    east.submit(&response("fa", "5", None));
    east.sync(&s);
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success();
    s
}

#[test]
fn a_lone_respondent_is_never_shown_and_answers_are_escaped() {
    let s = pulled();
    s.heard(&[
        "report",
        "out",
        "--org",
        "org",
        "-o",
        "report.html",
        "--k",
        "5",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("14 respondent(s)"));
    let html = std::fs::read_to_string(s.path("report.html")).expect("report");
    assert!(!html.contains("onerror"), "sensitive free text is left out");
    assert!(html.contains("Content-Security-Policy"));
    // What is pooled rests on the adjusted counts the report drew (below
    // k + 2σ = 11 is pooled): read them, so that the rare draw that lifts
    // the lone speaker or district to a column of its own is checked too,
    // rather than failing the test 1 run in 500.
    let ledger = std::fs::read_to_string(s.path("out/privacy-ledger.json")).expect("ledger");
    let ledger: serde_json::Value = serde_json::from_str(&ledger).expect("json");
    let drawn = |key: &str| {
        ledger["draws"][0]["figures"][key]
            .as_i64()
            .unwrap_or_else(|| panic!("{key} drawn"))
    };
    let (noisy_ti, noisy_east, noisy_north) = (
        drawn("language|ti|n"),
        drawn("group|east|n"),
        drawn("group|north|n"),
    );

    // The tables themselves: the lone "1" on the respect scale is hidden in
    // every slice, and Tigrinya is pooled into a column of at least k.
    let org = heard_cli::org::Org::open(&s.path("org")).expect("org");
    let options = Options {
        k: 5,
        ..Options::new("2026-11-23")
    };
    let prepared = prepare(&s.path("out"), Some(&org), &options).expect("prepare");
    let t = &prepared.tables[0];
    let q = t
        .tables
        .questions
        .iter()
        .position(|q| q.id == "pj_respect")
        .expect("respect question");
    let lone = Subject::Chose {
        question: q,
        option: 0,
    };
    // The lone answer is 1; whatever is printed rests on its adjusted value,
    // never on a figure below k.
    for slice in t.tables.dims.slices() {
        let shown = t.tables.shown(lone, slice);
        assert!(shown.is_none_or(|v| v >= 5), "{slice:?}: {shown:?}");
    }
    // Pooled below k + 2σ (11) on the adjusted counts: the one Tigrinya
    // speaker would need an adjustment of 10 (3.3σ) to get a column.
    assert_eq!(
        t.language_labels.iter().any(|l| l.contains("ትግርኛ")),
        noisy_ti >= 11,
        "{:?}",
        t.language_labels
    );
    assert_eq!(
        html.contains("ትግርኛ"),
        noisy_ti >= 11,
        "no column for the one Tigrinya speaker (adjusted to {noisy_ti})"
    );
    for c in 0..t.tables.dims.languages {
        let n = t.tables.shown(Subject::Respondents, Slice::Language(c));
        assert!(
            n.is_none_or(|n| n >= 5),
            "{:?}: {n:?}",
            t.language_labels[c]
        );
    }
    let quality = &html[html.find("class=\"quality\"").unwrap_or(0)..];
    if noisy_east < 11 {
        // East is pooled, and north with it, since "other" alone would be
        // below 11 too: in the tables and in data quality.
        assert_eq!(
            t.group_labels,
            ["Other groups"],
            "east is pooled, and so north with it"
        );
        let pooled = noisy_east + noisy_north;
        assert!(pooled < 50, "{pooled}");
        // Fluent isolates the number inside the sentence.
        let band = if pooled < 5 {
            "fewer than \u{2068}5\u{2069}"
        } else {
            "5–49"
        };
        assert!(
            !quality.contains(">east<")
                && quality.contains(&format!(
                    "<th scope=\"row\">Other groups</th><td class=\"n\">{band}</td>"
                )),
            "the lone district is pooled in data quality too: {quality}"
        );
    } else {
        assert!(quality.contains(">east<"), "{quality}");
    }
    for c in 0..t.tables.dims.groups {
        let n = t.tables.shown(Subject::Respondents, Slice::Group(c));
        assert!(n.is_none_or(|n| n >= 5), "{:?}: {n:?}", t.group_labels[c]);
    }

    // With --include-sensitive the text is there, escaped.
    s.heard(&[
        "report",
        "out",
        "--org",
        "org",
        "-o",
        "sensitive.html",
        "--include-sensitive",
    ])
    .assert()
    .success();
    let html = std::fs::read_to_string(s.path("sensitive.html")).expect("report");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "escaped"
    );
    assert!(!html.contains(IMG));
    assert!(html.contains("=HYPERLINK(&quot;http://evil.example&quot;"));
}

#[test]
fn bad_report_input_is_named() {
    let s = Setup::server();
    std::fs::create_dir_all(s.path("empty")).expect("dir");
    s.heard(&["report", "empty", "-o", "r.html"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not a pull folder"));
    assert!(!s.path("r.html").exists());
    s.heard(&[
        "report",
        "empty",
        "-o",
        "r.html",
        "--compare-at",
        "next week",
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("--compare-at"));
    s.heard(&["report", "empty", "-o", "r.html", "--k", "1"])
        .assert()
        .failure();
}

fn chromium() -> PathBuf {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if std::process::Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return PathBuf::from(name);
        }
    }
    panic!(
        "headless Chromium is required for the report tests: `cargo xtask test` installs the Debian package chromium"
    );
}

/// Opens `html` headless: returns the DOM and the browser's log, and saves
/// a screenshot to `shot`.
fn open(html: &Path, shot: &Path) -> (String, String) {
    let url = format!("file://{}", html.display());
    let common = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
        "--window-size=1200,2400",
    ];
    let dom = std::process::Command::new(chromium())
        .args(common)
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(
        dom.status.success(),
        "{}",
        String::from_utf8_lossy(&dom.stderr)
    );
    let shot_run = std::process::Command::new(chromium())
        .args(common)
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(shot_run.status.success());
    let png = std::fs::read(shot).expect("screenshot written");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    (
        String::from_utf8_lossy(&dom.stdout).into_owned(),
        String::from_utf8_lossy(&dom.stderr).into_owned()
            + &String::from_utf8_lossy(&shot_run.stderr),
    )
}

#[test]
fn the_report_opens_in_chromium_without_console_messages_with_its_charts() {
    let s = pulled();
    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("test-artifacts");
    std::fs::create_dir_all(&artifacts).expect("artifacts");
    for locale in ["en", "ar"] {
        let html = s.path(&format!("report-{locale}.html"));
        s.heard(&[
            "report",
            "out",
            "--org",
            "org",
            "--include-sensitive",
            "--locale",
            locale,
            "-o",
        ])
        .arg(&html)
        .assert()
        .success();
        let shot = artifacts.join(format!("report-{locale}.png"));
        let (dom, log) = open(&html, &shot);
        let console: Vec<&str> = log.lines().filter(|l| l.contains(":CONSOLE")).collect();
        assert!(console.is_empty(), "console messages: {console:#?}");
        assert!(dom.contains("class=\"chart bars\""), "answer charts");
        assert!(dom.contains("class=\"chart columns\""), "trend chart");
        assert!(dom.contains("<rect"), "bars drawn");
        assert!(!dom.contains("<img"), "the hostile answer stayed text");
        assert!(dom.contains("onerror=alert(1)"), "and is shown as text");
        if locale == "ar" {
            assert!(
                dom.contains("dir=\"rtl\""),
                "Arabic is laid out right to left"
            );
        }
        println!("screenshot: {}", shot.display());
    }
}
