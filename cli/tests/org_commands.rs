//! `heard org`, `questionnaire pack|publish`, `enroll` and `devices`
//! against a real server on 127.0.0.1, including bad input: an unreachable
//! server, a wrong admin token, a bundle signed by someone else.

mod support;

use predicates::prelude::*;
use support::{Setup, TOKEN, repo};

#[test]
fn a_steward_sets_up_publishes_enrolls_lists_and_revokes() {
    let s = Setup::organization();
    // org show names the server and the fingerprint words.
    s.heard(&["org", "show", "--org", "org"])
        .assert()
        .success()
        .stdout(predicate::str::contains(&s.url))
        .stdout(predicate::str::contains("fingerprint:"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.path("org/signing.key"))
            .expect("key")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the signing key is the owner's only");
    }
    // pack writes a bundle devices verify against the organization key.
    s.heard(&["questionnaire", "pack", "--org", "org", "-o", "ls.json"])
        .arg(repo("questionnaires/listening-session"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Signed listening-session version 1",
        ));
    s.heard_admin(&["questionnaire", "publish", "ls.json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Published listening-session version 1",
        ));
    // enroll prints a QR code and writes PNG, SVG and the payload text.
    s.heard_admin(&[
        "enroll", "--group", "north", "--uses", "2", "--out", "codes",
    ])
    .assert()
    .success()
    // A real payload needs a QR wider than 80 columns: the PNG is meant.
    .stdout(predicate::str::contains("too big to draw in 80 columns"))
    .stdout(predicate::str::contains("group \"north\""));
    let png = std::fs::read(s.path("codes/enroll-north.png")).expect("png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let svg = std::fs::read_to_string(s.path("codes/enroll-north.svg")).expect("svg");
    assert!(svg.contains("<svg"));
    let payload = std::fs::read_to_string(s.path("codes/enroll-north.txt")).expect("txt");
    #[cfg(unix)]
    for file in ["enroll-north.png", "enroll-north.svg", "enroll-north.txt"] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.path(&format!("codes/{file}")))
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file} holds the group's signing key");
    }
    let offer = heard_device::enroll::read_qr(payload.trim()).expect("a device accepts it");
    assert_eq!(offer.org_name, "Refugee Legal Aid Network");
    // A device enrolls; the list shows it; revoking it is reflected.
    let device = s.device("north");
    let _ = device;
    let listed = s
        .heard_admin(&["devices", "list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let listed = String::from_utf8(listed).expect("utf-8");
    assert!(
        listed.contains("north") && listed.contains("active"),
        "{listed}"
    );
    let id = listed
        .lines()
        .find(|l| l.contains("north"))
        .and_then(|l| l.split_whitespace().next())
        .expect("device id")
        .to_string();
    s.heard_admin(&["devices", "revoke", &id])
        .assert()
        .success()
        .stdout(predicate::str::contains("Revoked device"));
    s.heard_admin(&["devices", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("revoked"));
    // Revoking a group needs the organization folder, which pull reads.
    s.heard(&[
        "devices",
        "revoke",
        "--group",
        "north",
        "--org",
        "missing",
        "--admin-token",
        support::TOKEN,
        "--server",
        &s.url,
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains(
        "no organization folder here (no org.toml)",
    ));
    s.heard_admin(&["devices", "revoke", "--group", "north"])
        .assert()
        .success();
    let groups = std::fs::read_to_string(s.path("org/groups.toml")).expect("groups");
    assert!(groups.contains("revoked = true"), "{groups}");
    // A revoked group cannot enroll more devices.
    s.heard_admin(&["enroll", "--group", "north", "--out", "codes"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("revoked"));
}

#[test]
fn an_unreachable_server_fails_clearly_and_writes_nothing() {
    let s = Setup::organization();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        format!("http://{}", l.local_addr().expect("addr"))
    };
    s.heard_admin(&[
        "enroll", "--group", "south", "--out", "codes2", "--server", &closed,
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("cannot reach the server at"))
    .stderr(predicate::str::contains(
        "Check the address and your connection",
    ));
    assert!(
        !s.path("codes2").exists(),
        "no QR files for a code that does not exist"
    );
    let groups = std::fs::read_to_string(s.path("org/groups.toml")).expect("groups");
    assert!(
        !groups.contains("south"),
        "no group kept for a failed enrollment"
    );
    s.heard_admin(&["devices", "list", "--server", &closed])
        .assert()
        .failure()
        .stderr(predicate::str::contains("cannot reach the server"));
}

#[test]
fn bad_credentials_foreign_bundles_and_plain_http_are_refused() {
    let s = Setup::organization();
    s.heard(&[
        "devices",
        "list",
        "--org",
        "org",
        "--admin-token",
        "wrong-token-wrong-token",
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("check the admin token"));
    // A bundle signed by another organization is refused before upload.
    let other = Setup::server();
    other.heard(&["keygen", "-o", "k"]).assert().success();
    other
        .heard(&[
            "org",
            "init",
            "--org",
            "org",
            "--name",
            "Other",
            "--server",
            &other.url,
            "--identity",
            "k",
        ])
        .assert()
        .success();
    other
        .heard(&[
            "questionnaire",
            "pack",
            "--org",
            "org",
            "-o",
            "foreign.json",
        ])
        .arg(repo("questionnaires/post-encounter"))
        .assert()
        .success();
    std::fs::copy(other.path("foreign.json"), s.path("foreign.json")).expect("copy");
    s.heard_admin(&["questionnaire", "publish", "foreign.json"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "not signed by Refugee Legal Aid Network's key",
        ));
    // A broken questionnaire names its problems.
    std::fs::create_dir_all(s.path("broken")).expect("dir");
    std::fs::write(
        s.path("broken/questionnaire.toml"),
        "id = \"x\"\nversion = \n",
    )
    .expect("write");
    s.heard(&["questionnaire", "pack", "broken", "--org", "org"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("questionnaire.toml"));
    // An organization may not point devices at plain http on the network.
    s.heard(&[
        "org",
        "init",
        "--org",
        "o2",
        "--name",
        "X",
        "--server",
        "http://heard.example.org",
        "--identity",
        "steward.key",
    ])
    .assert()
    .failure()
    .stderr(predicate::str::contains("https"));
    assert!(!s.path("o2/org.toml").exists());
    let _ = TOKEN;
}
