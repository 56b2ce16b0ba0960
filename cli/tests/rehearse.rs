//! `heard rehearse` against a real server on 127.0.0.1: samples through a
//! simulated device, kept apart by pull, never counted in the real report,
//! reportable on their own, and purged like any kept submission.

mod support;

use predicates::prelude::*;
use support::{Setup, repo, response};

fn lines(path: std::path::PathBuf) -> usize {
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .count()
}

#[test]
fn a_rehearsal_is_kept_apart_reported_on_its_own_and_purged() {
    let s = Setup::organization();
    s.heard_admin(&["questionnaire", "publish"])
        .arg(repo("questionnaires/listening-session"))
        .assert()
        .success();
    let device = s.device("north");
    for respect in ["2", "4"] {
        device.submit(&response("en", respect, None));
    }
    device.sync(&s);

    s.heard_admin(&["rehearse", "--surveys", "8"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "through a simulated device in the enrollment group \"rehearsal\"",
        ))
        .stdout(predicate::str::contains("8 of post-encounter"))
        .stdout(predicate::str::contains("1 of listening-session"))
        .stdout(predicate::str::contains("(9 stored)"));
    // The simulated device cannot send again.
    let listed = s
        .heard_admin(&["devices", "list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let listed = String::from_utf8(listed).expect("utf-8");
    let rehearsal_line = listed
        .lines()
        .find(|l| l.contains("rehearsal"))
        .unwrap_or_else(|| panic!("no rehearsal device in:\n{listed}"));
    assert!(rehearsal_line.contains("revoked"), "{listed}");
    // Real devices cannot be enrolled into the rehearsal group.
    s.heard_admin(&["enroll", "--group", "rehearsal", "--out", "codes"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is the rehearsal group"));

    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Pulled 11 new envelope(s)"))
        .stdout(predicate::str::contains(
            "2 decrypted and verified, 9 rehearsal sample(s), 0 set aside",
        ))
        .stdout(predicate::str::contains(
            "rehearsal: 9 sample submission(s)",
        ));
    assert_eq!(lines(s.path("out/post-encounter-v1/submissions.jsonl")), 2);
    assert_eq!(
        lines(s.path("out/rehearsal/post-encounter-v1/submissions.jsonl")),
        8
    );
    assert!(
        s.path("out/rehearsal/post-encounter-v1/submissions.csv")
            .exists()
    );
    assert!(
        !s.path("out/listening-session-v1").exists(),
        "the sample session is apart"
    );

    // The real report counts the real submissions only.
    s.heard(&["report", "out", "--out", "real.html", "--org", "org"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "with 2 respondent(s), 0 listening session(s)",
        ))
        .stdout(predicate::str::contains("Left out 9 rehearsal sample(s)"));
    // The rehearsal folder is a pull folder of its own, with its own ledger.
    s.heard(&[
        "report",
        "out/rehearsal",
        "--out",
        "rehearsal.html",
        "--org",
        "org",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("Rehearsal:"))
    .stdout(predicate::str::contains(
        "with 8 respondent(s), 1 listening session(s)",
    ));
    assert!(s.path("out/rehearsal/privacy-ledger.json").exists());
    // The rehearsal part is never pulled into by itself.
    s.heard_admin(&[
        "pull",
        "--identity",
        "steward.key",
        "--out",
        "out/rehearsal",
        "--purge",
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains(
        "pull into that folder (its parent)",
    ));
    let html = std::fs::read_to_string(s.path("rehearsal.html")).expect("report");
    assert!(
        html.contains("not from answers of real people"),
        "the rehearsal says so"
    );
    let real = std::fs::read_to_string(s.path("real.html")).expect("report");
    assert!(!real.contains("not from answers of real people"));

    // Pulling again resumes cleanly; purge deletes real and samples alike.
    s.heard_admin(&[
        "pull",
        "--identity",
        "steward.key",
        "--out",
        "out",
        "--purge",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("Deleted 11 envelope(s)"));
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "fresh"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Pulled 0 new envelope(s)"));
}
