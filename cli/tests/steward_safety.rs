//! The mistakes a hurried steward makes that used to lose or silently
//! change data, each reproduced against a real server on 127.0.0.1:
//! a refused publish rewriting the organization's copy, a wrong
//! organization folder plus `--purge` emptying the server, a report
//! replaced by an empty one, and an empty first pull leaving no state.

mod support;

use predicates::prelude::*;
use support::{Setup, TOKEN, repo, response};

/// Copies the shipped survey into `dir` so a test can change it.
fn copy_survey(s: &Setup, dir: &str) {
    let from = repo("questionnaires/post-encounter");
    let to = s.path(dir);
    for entry in walk(&from) {
        let relative = entry.strip_prefix(&from).expect("inside");
        let target = to.join(relative);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(&entry, &target).expect("copy");
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    std::fs::write(path, text.replace(from, to)).expect("write");
}

/// How many envelopes the server holds, as a fresh pull with the right
/// organization folder and key sees them.
fn on_server(s: &Setup, out: &str) -> String {
    let output = s
        .heard_admin(&["pull", "--identity", "steward.key", "--out", out])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).expect("utf-8")
}

#[test]
fn a_changed_questionnaire_under_the_same_version_never_rewrites_the_organization_copy() {
    let s = Setup::organization();
    let kept = s.path("org/bundles/post-encounter-v1.json");
    let before = std::fs::read(&kept).expect("the published copy is kept");
    copy_survey(&s, "q");
    let ftl = s.path("q/locales/en/post-encounter.ftl");
    edit(
        &ftl,
        "I was stopped on public transport or at a station",
        "I was arrested at home",
    );
    // Refused here, before anything is signed or sent.
    s.heard_admin(&["questionnaire", "publish", "q"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "version 1 was already signed with other content",
        ))
        .stderr(predicate::str::contains("locales/en/post-encounter.ftl"))
        .stderr(predicate::str::contains("Raise `version`"));
    s.heard(&["questionnaire", "pack", "q", "-o", "q.json", "--org", "org"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "already signed with other content",
        ));
    assert_eq!(std::fs::read(&kept).expect("copy"), before);
    assert!(!s.path("q.json").exists(), "nothing signed");

    // Without the local copy (another steward's machine), the server's
    // refusal must not leave a copy of the refused text behind either.
    std::fs::remove_file(&kept).expect("rm");
    s.heard_admin(&["questionnaire", "publish", "q"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("HTTP 409"));
    assert!(
        !kept.exists(),
        "a refused publish wrote the organization copy"
    );
    std::fs::write(&kept, &before).expect("restore");

    // A signed file of the changed text is refused too.
    std::fs::remove_file(&kept).expect("rm");
    s.heard(&["questionnaire", "pack", "q", "-o", "q.json", "--org", "org"])
        .assert()
        .success();
    assert!(!kept.exists(), "pack keeps no copy: only a publish does");
    std::fs::write(&kept, &before).expect("restore");
    s.heard_admin(&["questionnaire", "publish", "q.json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "already signed with other content",
        ));
    assert_eq!(std::fs::read(&kept).expect("copy"), before);

    // Raising the version publishes; version 1's copy is untouched.
    edit(
        &s.path("q/questionnaire.toml"),
        "version = 1",
        "version = 2",
    );
    s.heard_admin(&["questionnaire", "publish", "q"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Published post-encounter version 2",
        ));
    assert_eq!(std::fs::read(&kept).expect("copy"), before);
    let v2 = std::fs::read_to_string(s.path("org/bundles/post-encounter-v2.json")).expect("v2");
    assert!(v2.contains("I was arrested at home"));
    // Publishing the same text again is harmless.
    s.heard_admin(&["questionnaire", "publish", "q"])
        .assert()
        .success();
}

#[test]
fn a_wrong_organization_folder_and_purge_delete_nothing_set_aside() {
    let s = Setup::organization();
    let device = s.device("north");
    for respect in ["1", "3", "5"] {
        device.submit(&response("en", respect, None));
    }
    device.sync(&s);
    // The hurried steward makes a new organization folder, as the old
    // message suggested, and pulls with --purge.
    s.heard(&[
        "org",
        "init",
        "--org",
        "new-org",
        "--name",
        "Refugee Legal Aid Network",
        "--server",
        &s.url,
        "--identity",
        "steward.key",
    ])
    .assert()
    .success();
    let wrong = |extra: &[&str]| {
        let mut cmd = s.heard(&[
            "pull",
            "--org",
            "new-org",
            "--admin-token",
            TOKEN,
            "--identity",
            "steward.key",
            "--out",
            "wrong",
        ]);
        cmd.args(extra);
        cmd
    };
    // A dry run says what would happen, and writes nothing.
    wrong(&["--purge", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Dry run: nothing was written"))
        .stdout(predicate::str::contains(
            "0 decrypted and verified, 3 set aside",
        ))
        .stdout(predicate::str::contains("unknown-group: 3"))
        .stdout(predicate::str::contains("the purge was stopped"));
    assert!(!s.path("wrong").exists(), "a dry run writes nothing");
    wrong(&["--purge"])
        .assert()
        .failure()
        .stdout(predicate::str::contains("Deleted 0 envelope(s)"))
        .stderr(predicate::str::contains(
            "the purge was stopped: 3 of the 3 envelopes in one page were set aside (unknown-group: 3)",
        ))
        .stderr(predicate::str::contains("--recheck-set-aside"));
    // Everything is still on the server.
    assert!(
        on_server(&s, "check").contains("Pulled 3 new envelope(s)"),
        "the server lost envelopes"
    );
    // A purge never deletes set-aside envelopes, even below the threshold
    // and behind the cursor.
    wrong(&["--purge"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Deleted 0 envelope(s)"));
    assert!(on_server(&s, "check-2").contains("Pulled 3 new envelope(s)"));
    // A pull.json from an older heard, whose interrupted purge listed
    // set-aside envelopes as pending: they are still never deleted.
    let state_path = s.path("wrong/pull.json");
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state_path).expect("state")).expect("json");
    let ids: Vec<serde_json::Value> =
        std::fs::read_to_string(s.path("wrong/set-aside/set-aside.jsonl"))
            .expect("list")
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).expect("line")["submission_id"].clone()
            })
            .collect();
    assert_eq!(ids.len(), 3);
    state["pending_purge"] = serde_json::Value::Array(ids);
    std::fs::write(&state_path, state.to_string()).expect("write");
    wrong(&["--purge"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Deleted 0 envelope(s)"));
    assert!(on_server(&s, "check-2b").contains("Pulled 3 new envelope(s)"));

    // With the right folder, the set-aside envelopes are read after all.
    s.heard_admin(&[
        "pull",
        "--identity",
        "steward.key",
        "--out",
        "wrong",
        "--recheck-set-aside",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains(
        "Checked 3 set-aside envelope(s) again: 3 now decrypt and verify",
    ))
    .stdout(predicate::str::contains(
        "post-encounter-v1: 3 submission(s)",
    ));
    let jsonl = std::fs::read_to_string(s.path("wrong/post-encounter-v1/submissions.jsonl"))
        .expect("exported");
    assert_eq!(jsonl.lines().count(), 3);
    assert!(s.path("wrong/post-encounter-v1/submissions.csv").exists());
    // Checking again finds nothing left to recover.
    s.heard_admin(&[
        "pull",
        "--identity",
        "steward.key",
        "--out",
        "wrong",
        "--recheck-set-aside",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("Checked 0 set-aside envelope(s)"));
    // The report reads the recovered submissions.
    s.heard(&["report", "wrong", "--out", "report.html", "--org", "org"])
        .assert()
        .success()
        .stdout(predicate::str::contains("with 3 respondent(s)"));
    // Now they are safe here, and a purge deletes them.
    s.heard_admin(&[
        "pull",
        "--identity",
        "steward.key",
        "--out",
        "wrong",
        "--purge",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("Deleted 3 envelope(s)"));
    assert!(on_server(&s, "check-3").contains("Pulled 0 new envelope(s)"));
}

#[test]
fn a_report_never_replaces_a_good_one_with_an_empty_one() {
    let s = Setup::organization();
    let device = s.device("north");
    for respect in ["1", "2"] {
        device.submit(&response("en", respect, None));
    }
    device.sync(&s);
    // An early pull folder holds 2; the real one, later, 32.
    on_server(&s, "early");
    for i in 0..30 {
        device.submit(&response("en", ["1", "2", "3", "4", "5"][i % 5], None));
    }
    device.sync(&s);
    on_server(&s, "out");
    s.heard(&["report", "out", "--out", "report.html", "--org", "org"])
        .assert()
        .success();
    let good = std::fs::read(s.path("report.html")).expect("report");
    // A misspelt --org: refused before anything is written.
    s.heard(&["report", "out", "--out", "report.html", "--org", "orgg"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("orgg"))
        .stderr(predicate::str::contains("no organization folder here"));
    assert_eq!(std::fs::read(s.path("report.html")).expect("report"), good);
    // The wrong (older, smaller) pull folder with the same --out: refused.
    s.heard(&["report", "early", "--out", "report.html", "--org", "org"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("is a report of more data"))
        .stderr(predicate::str::contains("--replace-smaller"));
    assert_eq!(std::fs::read(s.path("report.html")).expect("report"), good);
    // Asked for explicitly, it is replaced.
    s.heard(&[
        "report",
        "early",
        "--out",
        "report.html",
        "--org",
        "org",
        "--replace-smaller",
    ])
    .assert()
    .success();
    assert_ne!(std::fs::read(s.path("report.html")).expect("report"), good);
    std::fs::write(s.path("report.html"), &good).expect("restore");
    // A pull folder that cannot be read: refused, the report stays.
    std::fs::write(s.path("out/pull.json"), "{ not json").expect("damage");
    s.heard(&["report", "out", "--out", "report.html", "--org", "org"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("pull.json"));
    assert_eq!(std::fs::read(s.path("report.html")).expect("report"), good);
}

#[test]
fn an_empty_first_pull_leaves_a_pull_folder_and_says_so() {
    let s = Setup::organization();
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Pulled 0 new envelope(s)"))
        .stdout(predicate::str::contains("Nothing in out yet"))
        .stdout(predicate::str::contains("so far:").not());
    assert!(
        s.path("out/pull.json").exists(),
        "an empty pull records its state"
    );
    // The report says there is nothing to report yet, not "pull first",
    // and writes nothing.
    s.heard(&["report", "out", "--out", "report.html", "--org", "org"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("holds no submissions yet"))
        .stderr(predicate::str::contains("run heard pull first").not());
    assert!(!s.path("report.html").exists());
    // The next pull into the same folder still works.
    let device = s.device("north");
    device.submit(&response("en", "4", None));
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Pulled 1 new envelope(s)"));
}
