//! What a steward reads when something goes wrong: one plain sentence
//! naming the file or server and what to do; no doubled OS errors, no
//! temporary file names, no library jargon, never a backtrace (even with
//! `RUST_BACKTRACE` set in the shell).

mod support;

use support::{Setup, TOKEN, repo};

/// What no message may contain.
fn assert_plain(stderr: &str) {
    for jargon in [
        "os error",
        ".partial",
        "tcp connect error",
        "InvalidContentType",
        "18446744073709551615",
        "4294967295",
        "stack backtrace",
        "panicked",
        "reqwest",
        "hyper",
    ] {
        assert!(!stderr.contains(jargon), "{jargon:?} in: {stderr}");
    }
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
}

fn stderr_of(assert: assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).expect("utf-8")
}

#[test]
fn a_missing_file_is_named_once_in_plain_words() {
    let s = Setup::organization();
    let err = stderr_of(
        s.heard_admin(&["questionnaire", "publish", "no-such-bundle.json"])
            .env("RUST_BACKTRACE", "full")
            .assert()
            .failure(),
    );
    assert_plain(&err);
    assert!(err.contains("no-such-bundle.json"), "{err}");
    assert_eq!(err.matches("no such file or folder").count(), 1, "{err}");
    // The file asked for is named, never its temporary twin.
    let err = stderr_of(
        s.heard(&[
            "questionnaire",
            "pack",
            "--org",
            "org",
            "-o",
            "gone/out.json",
        ])
        .arg(repo("questionnaires/listening-session"))
        .env("RUST_BACKTRACE", "1")
        .assert()
        .failure(),
    );
    assert_plain(&err);
    assert!(err.contains("gone/out.json"), "{err}");
}

#[test]
fn a_server_that_cannot_be_reached_is_described_not_quoted() {
    let s = Setup::organization();
    // Nothing listens on this port once the listener is dropped.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let err = stderr_of(
        s.heard(&["devices", "list", "--org", "org", "--admin-token", TOKEN])
            .args(["--server", &format!("http://127.0.0.1:{port}")])
            .env("RUST_BACKTRACE", "1")
            .assert()
            .failure(),
    );
    assert_plain(&err);
    assert!(
        err.contains("nothing answers at that address and port"),
        "{err}"
    );
    // HTTPS to a plain-HTTP server.
    let https = s.url.replacen("http://", "https://", 1);
    let err = stderr_of(
        s.heard(&["devices", "list", "--org", "org", "--admin-token", TOKEN])
            .args(["--server", &https])
            .assert()
            .failure(),
    );
    assert_plain(&err);
    assert!(err.contains("does not speak HTTPS"), "{err}");
}

#[test]
fn bad_values_and_missing_keys_say_what_to_give() {
    let s = Setup::server();
    let err = stderr_of(
        s.heard(&["report", "out", "--out", "r.html", "--k", "1"])
            .assert()
            .failure(),
    );
    assert!(
        err.contains("expected a whole number of 2 or more"),
        "{err}"
    );
    assert!(!err.contains("18446744073709551615"), "{err}");
    let err = stderr_of(
        s.heard(&[
            "org", "init", "--org", "org", "--name", "Aid", "--server", &s.url,
        ])
        .assert()
        .failure(),
    );
    assert_plain(&err);
    assert!(
        err.contains("--recipient") && err.contains("--identity"),
        "{err}"
    );
    s.heard(&["keygen", "-o", "steward.key"]).assert().success();
    let err = stderr_of(
        s.heard(&[
            "org",
            "init",
            "--org",
            "org",
            "--name",
            "Aid",
            "--server",
            "heard.example.org",
            "--identity",
            "steward.key",
        ])
        .assert()
        .failure(),
    );
    assert_plain(&err);
    assert!(
        err.contains("add the scheme, as in https://heard.example.org"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_during_a_pull_says_running_it_again_is_safe() {
    let s = Setup::organization();
    // A server that accepts and never answers, so the pull is waiting.
    let stalled = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", stalled.local_addr().expect("addr"));
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("heard"))
        .current_dir(s.dir.path())
        .args([
            "pull",
            "--org",
            "org",
            "--admin-token",
            TOKEN,
            "--server",
            &url,
            "--identity",
            "steward.key",
            "--out",
            "out",
        ])
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("heard starts");
    // Wait until the request reached the stalled server.
    let (_connection, _) = stalled.accept().expect("the pull connects");
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let output = child.wait_with_output().expect("heard ends");
    let err = String::from_utf8(output.stderr).expect("utf-8");
    assert_eq!(output.status.code(), Some(130), "{err}");
    assert!(
        err.contains("Running the same heard pull again is safe"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_pull_on_a_terminal_shows_a_total_and_no_long_decimals() {
    let s = Setup::organization();
    let device = s.device("north");
    for respect in ["1", "2", "3"] {
        device.submit(&support::response("en", respect, None));
    }
    device.sync(&s);
    // `script` gives the pull a terminal, as a steward's shell does.
    let heard = assert_cmd::cargo::cargo_bin("heard");
    let command = format!(
        "{} pull --org org --admin-token {TOKEN} --identity steward.key --out out",
        heard.display()
    );
    let output = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(s.dir.path())
        .env("COLUMNS", "120")
        .output()
        .expect("script (util-linux) runs");
    let text = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(output.status.success(), "{text}");
    assert!(text.contains("/3 envelopes pulled and decrypted"), "{text}");
    assert!(text.contains("left)"), "an ETA: {text}");
    assert!(
        !has_long_decimal(&text),
        "a rate with long decimals: {text}"
    );
}

/// Whether `text` holds a number with four or more decimals.
fn has_long_decimal(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .any(|w| {
            w.split_once('.')
                .is_some_and(|(_, d)| d.len() >= 4 && d.chars().all(|c| c.is_ascii_digit()))
        })
}
