//! `heard demo`, the README's main command: the whole flow in one process,
//! leaving files anyone can inspect, with no readable answer in the
//! device's store or the server's database.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(path: &Path, needle: &str) -> bool {
    let bytes = std::fs::read(path).expect("read");
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn the_demo_runs_the_whole_flow_and_leaves_no_plaintext_on_device_or_server() {
    let dir = tempfile::tempdir().expect("dir");
    let out = dir.path().join("demo");
    Command::cargo_bin("heard")
        .expect("binary")
        .args(["demo", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Started heard-server on http://127.0.0.1:",
        ))
        .stdout(predicate::str::contains(
            "Signed and published the post-encounter questionnaire",
        ))
        .stdout(predicate::str::contains(
            "Signed and published the listening-session questionnaire",
        ))
        .stdout(predicate::str::contains("Enrolled a simulated kiosk"))
        .stdout(predicate::str::contains(
            "collected 115 anonymous surveys in 10 languages",
        ))
        .stdout(predicate::str::contains("uploaded 116 envelopes"))
        .stdout(predicate::str::contains(
            "decrypted and verified 116 (0 set aside)",
        ))
        .stdout(predicate::str::contains("not found in any"));
    for file in [
        "steward.key",
        "heard-org/org.toml",
        "heard-org/signing.key",
        "server/heard-server.db",
        "device/heard.db",
        "enroll-demo-kiosk.png",
        "pull/pull.json",
        "pull/post-encounter-v1/submissions.csv",
        "pull/post-encounter-v1/submissions.jsonl",
        "pull/post-encounter-v1/submissions.xlsx",
        "pull/listening-session-v1/submissions.jsonl",
        "report-en.html",
        "report-ar.html",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    // The canary answer is readable only where the steward decrypted it.
    let canary = heard_cli::demo::CANARY;
    for file in files_under(&out.join("device"))
        .into_iter()
        .chain(files_under(&out.join("server")))
    {
        assert!(!contains(&file, canary), "plaintext in {}", file.display());
        assert!(
            !contains(&file, "reported_crime\",\"type"),
            "answer JSON in {}",
            file.display()
        );
    }
    assert!(contains(
        &out.join("pull/post-encounter-v1/submissions.jsonl"),
        canary
    ));
    // The reports leave the sensitive comment out.
    for report in ["report-en.html", "report-ar.html"] {
        assert!(!contains(&out.join(report), canary));
    }
    assert!(contains(&out.join("report-ar.html"), "dir=\"rtl\""));

    // A folder that already holds something is refused, untouched.
    Command::cargo_bin("heard")
        .expect("binary")
        .args(["demo", "--out"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("is not empty"));
    assert!(out.join("steward.key").is_file());
}
