//! A submission sealed by the store opens with the `age` command-line tool
//! (Debian package `age`, installed by `cargo xtask test`) using an identity
//! file made by `age-keygen`, and with the Rust `age` crate.

mod common;

use common::filled_survey;
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::submission::Submission;
use heard_engine::{Answer, seal};
use std::process::Command;

fn tool(name: &str) -> Command {
    let probe = Command::new(name).arg("--version").output();
    assert!(
        probe.is_ok_and(|o| o.status.success()),
        "`{name}` is not installed: run `cargo xtask test`, which installs the Debian package `age`"
    );
    Command::new(name)
}

#[test]
fn the_age_cli_and_the_age_crate_both_open_a_sealed_submission() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = dir.path().join("steward.key");
    let out = tool("age-keygen")
        .arg("-o")
        .arg(&key)
        .output()
        .expect("age-keygen runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let key_text = std::fs::read_to_string(&key).expect("identity file");
    let recipient = key_text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .expect("age-keygen writes the public key")
        .to_string();
    let rust_identity: age::x25519::Identity = key_text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .expect("secret")
        .parse()
        .expect("the crate reads age-keygen's key");

    let secrets = MemorySecretStore::default();
    let mut store = Store::open(
        dir.path().join("heard.db"),
        &secrets,
        StoreConfig::default(),
    )
    .expect("store");
    store
        .set_recipients("post-encounter", &[recipient])
        .expect("recipient");
    let text = "تم إيقافي في المحطة";
    let r = filled_survey("ar", text);
    let draft = store.create_draft(&r).expect("draft");
    let id = store.submit(&draft, &r).expect("submit");
    let envelope = store.outbox_batch(1).expect("batch").remove(0).envelope;
    let sealed = dir.path().join("submission.age");
    std::fs::write(&sealed, &envelope).expect("write");

    let out = tool("age")
        .arg("--decrypt")
        .arg("-i")
        .arg(&key)
        .arg(&sealed)
        .output()
        .expect("age runs");
    assert!(
        out.status.success(),
        "age -d failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let from_cli: Submission =
        serde_json::from_slice(&out.stdout).expect("the CLI's plaintext is our JSON");
    assert_eq!(from_cli.submission_id, id);
    assert_eq!(
        from_cli.answers.get("anything_else"),
        Some(&Answer::Text(text.into()))
    );
    assert_eq!(from_cli.answers, r.answers());

    let from_crate = seal::open(&envelope, &rust_identity).expect("the crate opens it");
    assert_eq!(from_crate, out.stdout, "both give the same bytes");

    // Someone else's age key opens nothing.
    let other = dir.path().join("other.key");
    tool("age-keygen")
        .arg("-o")
        .arg(&other)
        .output()
        .expect("age-keygen runs");
    let out = tool("age")
        .arg("--decrypt")
        .arg("-i")
        .arg(&other)
        .arg(&sealed)
        .output()
        .expect("age runs");
    assert!(!out.status.success());
}

#[test]
fn the_age_cli_seals_what_the_core_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let identity = age::x25519::Identity::generate();
    let plain = dir.path().join("plain.json");
    std::fs::write(&plain, br#"{"hello":"world"}"#).expect("write");
    let sealed = dir.path().join("plain.age");
    let out = tool("age")
        .args(["--encrypt", "-r", &identity.to_public().to_string(), "-o"])
        .arg(&sealed)
        .arg(&plain)
        .output()
        .expect("age runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let opened = seal::open(&std::fs::read(&sealed).expect("read"), &identity)
        .expect("the core opens the CLI's file");
    assert_eq!(opened, br#"{"hello":"world"}"#);
}
