//! `heard keygen`: age identity files, interoperable with `age-keygen` and
//! `age` (the Debian package, installed by `cargo xtask test`) both ways.

use assert_cmd::Command;
use std::io::Write;
use std::process::Stdio;

fn heard() -> Command {
    Command::cargo_bin("heard").expect("the heard binary is built")
}

fn age_tool(name: &str) -> std::process::Command {
    let present = std::process::Command::new(name)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        present,
        "`{name}` is not installed: run `cargo xtask test`, which installs the Debian package age"
    );
    std::process::Command::new(name)
}

#[test]
fn keygen_writes_a_private_age_identity_that_the_age_cli_uses() {
    let dir = tempfile::tempdir().expect("dir");
    let key = dir.path().join("steward.key");
    let out = heard()
        .args(["keygen", "-o"])
        .arg(&key)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recipient = String::from_utf8(out.stdout)
        .expect("utf-8")
        .trim()
        .to_string();
    assert!(recipient.starts_with("age1"), "{recipient}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&key).expect("meta").permissions().mode() & 0o777,
            0o600
        );
    }
    let text = std::fs::read_to_string(&key).expect("read");
    assert!(
        text.contains(&format!("# public key: {recipient}")),
        "{text}"
    );

    let mut enc = age_tool("age")
        .args(["-e", "-r", &recipient])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("age -e");
    enc.stdin
        .take()
        .expect("stdin")
        .write_all("شهادة".as_bytes())
        .expect("write");
    let sealed = enc.wait_with_output().expect("sealed").stdout;
    let file = dir.path().join("msg.age");
    std::fs::write(&file, sealed).expect("write");
    let plain = age_tool("age")
        .args(["-d", "-i"])
        .arg(&key)
        .arg(&file)
        .output()
        .expect("age -d");
    assert!(
        plain.status.success(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    assert_eq!(
        plain.stdout,
        "شهادة".as_bytes(),
        "age decrypts with heard's key file"
    );
    let y = age_tool("age-keygen")
        .arg("-y")
        .arg(&key)
        .output()
        .expect("age-keygen -y");
    assert_eq!(String::from_utf8_lossy(&y.stdout).trim(), recipient);
}

#[test]
fn keygen_reads_identity_files_made_by_age_keygen() {
    let dir = tempfile::tempdir().expect("dir");
    let key = dir.path().join("from-age.key");
    assert!(
        age_tool("age-keygen")
            .arg("-o")
            .arg(&key)
            .output()
            .expect("age-keygen")
            .status
            .success()
    );
    let theirs = age_tool("age-keygen")
        .arg("-y")
        .arg(&key)
        .output()
        .expect("age-keygen -y")
        .stdout;
    heard()
        .args(["keygen", "-y"])
        .arg(&key)
        .assert()
        .success()
        .stdout(String::from_utf8(theirs).expect("utf-8"));
}

#[test]
fn keygen_never_overwrites_a_key() {
    let dir = tempfile::tempdir().expect("dir");
    let key = dir.path().join("steward.key");
    heard().args(["keygen", "-o"]).arg(&key).assert().success();
    let before = std::fs::read(&key).expect("read");
    let out = heard()
        .args(["keygen", "-o"])
        .arg(&key)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("already exists: heard keygen never overwrites a key")
    );
    assert_eq!(
        std::fs::read(&key).expect("read"),
        before,
        "the key is untouched"
    );
}

#[test]
fn a_file_that_is_not_an_identity_is_named_with_its_line() {
    let dir = tempfile::tempdir().expect("dir");
    let bad = dir.path().join("bad.key");
    std::fs::write(&bad, "# comment\n\nage1notasecret\n").expect("write");
    let out = heard()
        .args(["keygen", "-y"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "bad.key:3: not an age identity (expected a line starting with AGE-SECRET-KEY-1)"
        ),
        "{err}"
    );
    heard().args(["keygen"]).assert().failure();
}
