//! `heard org set` against a real server on 127.0.0.1 with a device
//! enrolled through the core: a second steward's key reaches the device at
//! its next sync and opens what it seals from then on; a config signed by
//! another key, or older than the device's, is refused by the device; a
//! refused or failed publish changes nothing in the organization folder;
//! and a move to another server is checked before devices follow it.

mod support;

use heard_cli::demo::LocalServer;
use heard_cli::org::Org;
use heard_device::sync::{SyncConfig, SyncReport, Syncer};
use heard_protocol::ExportPage;
use heard_protocol::signing::{QrPayload, Signed};
use predicates::prelude::*;
use support::{Device, Setup, TOKEN, response};

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A new steward key with `heard keygen`; its identity and public key.
fn keygen(s: &Setup, file: &str) -> (age::x25519::Identity, String) {
    s.heard(&["keygen", "-o", file]).assert().success();
    let identity = heard_cli::keys::read_identities(&s.path(file))
        .expect("identity")
        .remove(0);
    let public = identity.to_public().to_string();
    (identity, public)
}

/// Every envelope on the server at `url`, oldest first.
fn envelopes(s: &Setup, url: &str) -> Vec<Vec<u8>> {
    let url = format!("{url}/v1/export?after=0&limit=1000");
    let page: ExportPage = s.rt.block_on(async move {
        reqwest::Client::new()
            .get(url)
            .bearer_auth(TOKEN)
            .send()
            .await
            .expect("export")
            .json()
            .await
            .expect("page")
    });
    page.items.into_iter().map(|i| i.envelope).collect()
}

/// Publishes `signed` straight to the server with the admin token, as a
/// compromised server or a stolen token could; the HTTP status.
fn put_config(s: &Setup, url: &str, signed: &Signed) -> u16 {
    let (url, signed) = (format!("{url}/v1/admin/config"), signed.clone());
    s.rt.block_on(async move {
        reqwest::Client::new()
            .put(url)
            .bearer_auth(TOKEN)
            .json(&signed)
            .send()
            .await
            .expect("request")
            .status()
            .as_u16()
    })
}

fn sync(s: &Setup, syncer: &Syncer, device: &Device) -> SyncReport {
    let report = s.rt.block_on(syncer.sync(&device.store)).expect("sync");
    assert_eq!(report.pending, 0, "{report:?}");
    report
}

fn serial(device: &Device) -> u64 {
    device
        .store
        .lock()
        .expect("lock")
        .enrollment()
        .expect("read")
        .expect("enrolled")
        .config
        .serial
}

fn org_toml(s: &Setup) -> String {
    std::fs::read_to_string(s.path("org/org.toml")).expect("org.toml")
}

/// A copy of the server's SQLite database started as a second server, as
/// an operator moving to another machine would make it.
fn copy_of_server(s: &Setup, name: &str) -> LocalServer {
    let backup = s.path(&format!("{name}-backup.db"));
    let db = s.path(&format!("{name}.db"));
    heard_server::backup::backup(&s.path("server.db"), &backup).expect("backup");
    heard_server::backup::restore(&backup, &db).expect("restore");
    s.rt.block_on(LocalServer::start(&db, TOKEN))
        .expect("second server")
}

#[test]
fn a_second_stewards_key_reaches_devices_and_forged_or_older_configs_are_refused() {
    let s = Setup::organization();
    let a = heard_cli::keys::read_identities(&s.path("steward.key"))
        .expect("identity")
        .remove(0);
    let device = s.device("north");
    assert_eq!(serial(&device), 1);
    // The config the device was enrolled with, as its QR code carried it.
    let payload = std::fs::read_to_string(s.path("codes/enroll-north.txt")).expect("payload");
    let enrolled_with = QrPayload::decode(payload.trim()).expect("qr").config;
    // A server copy from before the change (a backup restored later).
    let before_change = copy_of_server(&s, "before-change");

    let (b, b_public) = keygen(&s, "second.key");
    let out = s
        .heard_admin(&["org", "set", "--add-recipient", &b_public])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.starts_with(&format!(
            "Published the organization config on {}: serial 1 → 2.\n  sealed to: + {b_public} (added)\nDevices take it at their next sync",
            s.url
        )),
        "{said}"
    );
    s.heard(&["org", "show", "--org", "org"])
        .assert()
        .success()
        .stdout(predicate::str::contains("config:      serial 2"))
        .stdout(predicate::str::contains(format!("sealed to:   {b_public}")));

    // Sealed before the device synced: the first key only.
    device.submit(&response("en", "4", None));
    let report = sync(&s, &device.syncer, &device);
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            &report.config_refused
        ),
        (1, Some(2), &None)
    );
    device.submit(&response("en", "5", Some("the second key reads this")));
    let report = sync(&s, &device.syncer, &device);
    assert_eq!((report.uploaded, report.config_updated), (1, None));
    let sealed = envelopes(&s, &s.url);
    assert_eq!(sealed.len(), 2);
    assert!(
        age::decrypt(&b, &sealed[0]).is_err(),
        "sealed before: A only"
    );
    let plain = age::decrypt(&b, &sealed[1]).expect("B alone opens the new one");
    assert!(String::from_utf8_lossy(&plain).contains("the second key reads this"));
    assert!(age::decrypt(&a, &sealed[1]).is_ok(), "and A still does");

    // A config signed by another key, straight to the server: the server
    // cannot tell, the device refuses it and keeps sealing to A and B.
    let outsider = tempfile::tempdir().expect("dir");
    let other_org = Org::init(
        outsider.path(),
        "Refugee Legal Aid Network",
        &s.url,
        &[age::x25519::Identity::generate().to_public().to_string()],
    )
    .expect("another organization");
    let mut forged = other_org.file.clone();
    forged.serial = 7;
    assert_eq!(put_config(&s, &s.url, &other_org.sign_config(&forged)), 200);
    device.submit(&response("en", "3", None));
    let report = sync(&s, &device.syncer, &device);
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            report.config_refused.as_deref()
        ),
        (
            1,
            None,
            Some(
                "organization config refused: the signature does not match the organization's key"
            )
        )
    );
    assert_eq!(serial(&device), 2);
    assert!(age::decrypt(&b, &envelopes(&s, &s.url)[2]).is_ok());
    // The server itself refuses to go back below what it holds.
    assert_eq!(put_config(&s, &s.url, &enrolled_with), 409);

    // The older config the organization really signed, on the server copy
    // from before the change: refused, never rolled back.
    assert_eq!(put_config(&s, &before_change.url, &enrolled_with), 200);
    let to_copy = Syncer::new(SyncConfig::new(&before_change.url, &device.token)).expect("syncer");
    device.submit(&response("en", "2", None));
    let report = sync(&s, &to_copy, &device);
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            report.config_refused.as_deref()
        ),
        (
            1,
            None,
            Some("organization config refused: serial 1 is not newer than the current 2")
        )
    );
    assert_eq!(serial(&device), 2);
    assert!(age::decrypt(&b, &envelopes(&s, &before_change.url)[0]).is_ok());
}

#[test]
fn a_refused_or_failed_publish_changes_nothing_in_the_folder() {
    let s = Setup::organization();
    let before = org_toml(&s);
    let (_, b_public) = keygen(&s, "second.key");
    let unchanged = |s: &Setup, what: &str| assert_eq!(org_toml(s), before, "{what}");

    let out = s
        .heard(&[
            "org",
            "set",
            "--org",
            "org",
            "--admin-token",
            "not-the-token",
            "--add-recipient",
            &b_public,
        ])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(&format!(
            "the server at {} refused: missing or unknown credentials; check the admin token",
            s.url
        )),
        "{}",
        stderr(&out)
    );
    unchanged(&s, "wrong token");

    let out = s
        .heard_admin(&[
            "org",
            "set",
            "--add-recipient",
            &b_public,
            "--publish-to",
            "http://127.0.0.1:9",
        ])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("cannot reach the server at http://127.0.0.1:9"),
        "{}",
        stderr(&out)
    );
    unchanged(&s, "unreachable server");

    // The server holds a newer config (signed by another copy of this
    // organization folder, say): refused there, kept nowhere here.
    let org = Org::open(&s.path("org")).expect("org");
    let mut newer = org.file.clone();
    newer.serial = 5;
    newer.name = "Renamed elsewhere".into();
    assert_eq!(put_config(&s, &s.url, &org.sign_config(&newer)), 200);
    let out = s
        .heard_admin(&["org", "set", "--add-recipient", &b_public])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains(
            "this server holds the organization config with serial 5, newer than this one (2)"
        ),
        "{}",
        stderr(&out)
    );
    unchanged(&s, "a newer config on the server");

    let a_public = org.file.recipients[0].clone();
    let out = s
        .heard_admin(&["org", "set", "--remove-recipient", &b_public])
        .output()
        .expect("runs");
    assert_eq!(
        stderr(&out).trim(),
        format!(
            "error: {b_public} is not one of the keys answers are sealed to, so it cannot be removed; they are: {a_public}"
        )
    );
    let out = s
        .heard_admin(&["org", "set", "--remove-recipient", &a_public])
        .output()
        .expect("runs");
    assert!(
        stderr(&out).contains("this would leave no key to seal answers to"),
        "{}",
        stderr(&out)
    );
    let out = s
        .heard_admin(&["org", "set", "--server", "http://heard.example.org"])
        .output()
        .expect("runs");
    assert!(
        stderr(&out).contains("only https:// addresses are accepted"),
        "{}",
        stderr(&out)
    );
    let out = s.heard_admin(&["org", "set"]).output().expect("runs");
    assert!(
        stderr(&out).contains("nothing to change"),
        "{}",
        stderr(&out)
    );
    let out = s
        .heard_admin(&["org", "set", "--add-recipient", "age1nope"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    unchanged(&s, "bad input");
}

#[test]
fn a_move_is_checked_first_and_devices_follow_it_after_their_next_sync() {
    let s = Setup::organization();
    let a = heard_cli::keys::read_identities(&s.path("steward.key"))
        .expect("identity")
        .remove(0);
    let device = s.device("north");
    // A second device, revoked on the old server after the copy is made.
    let _lost = s.device("south");
    let before = org_toml(&s);

    // An empty server (a typo'd address, a copy not made yet) would strand
    // the devices: refused before anything is published anywhere.
    let empty =
        s.rt.block_on(LocalServer::start(&s.path("empty.db"), TOKEN))
            .expect("empty server");
    let out = s
        .heard_admin(&["org", "set", "--server", &empty.url])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out).trim(),
        format!(
            "error: {} does not hold this server's data: it lacks 2 of the 2 active devices enrolled on {} (it would refuse their uploads, and they would have to be enrolled again), and the questionnaires post-encounter version 1 (it would reject answers to them). Copy the data there first (docs/SERVER.md, \"Moving to another server\"), then run this again; nothing was changed",
            empty.url, s.url
        )
    );
    assert_eq!(org_toml(&s), before);
    let report = sync(&s, &device.syncer, &device);
    assert_eq!((report.config_updated, report.config_refused), (None, None));

    // A copy of the server's data.
    let copy = copy_of_server(&s, "moved");
    let refused = |args: &[&str], says: &str| {
        let mut all = vec![
            "org",
            "set",
            "--server",
            copy.url.as_str(),
            "--name",
            "RLAN",
        ];
        all.extend_from_slice(args);
        let out = s.heard_admin(&all).output().expect("runs");
        assert!(!out.status.success(), "{}", stdout(&out));
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
        assert_eq!(org_toml(&s), before, "nothing changed");
    };
    // Published only on the new server, the config would never reach the
    // devices (HEARD_SERVER left pointing there).
    refused(
        &["--publish-to", copy.url.as_str()],
        "must be published where devices sync now",
    );
    // A device revoked here since the copy would upload again there.
    s.heard_admin(&["devices", "revoke", "--group", "south"])
        .assert()
        .success();
    refused(&[], "still accepts 1 device(s) revoked on");
    s.heard(&[
        "devices",
        "revoke",
        "--group",
        "south",
        "--org",
        "org",
        "--admin-token",
        TOKEN,
        "--server",
        copy.url.as_str(),
    ])
    .assert()
    .success();
    // A code still active here would enroll a device the new server never
    // sees.
    let made = s
        .heard_admin(&["enroll", "--group", "north", "--out", "codes-late"])
        .output()
        .expect("runs");
    let made = stdout(&made);
    let handle = made
        .split("Its handle is ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .unwrap_or_else(|| panic!("no handle in: {made}"))
        .to_string();
    refused(&[], "active enrollment code(s)");
    s.heard_admin(&["enroll", "cancel", &handle])
        .assert()
        .success();

    // Now the move is accepted, and published on both.
    let out = s
        .heard_admin(&["org", "set", "--server", &copy.url, "--name", "RLAN"])
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains(&format!("  server:    {} → {}\n", s.url, copy.url))
            && said.contains("  name:      Refugee Legal Aid Network → RLAN\n")
            && said.contains(&format!("After that sync, devices send to {}", copy.url))
            && said.contains("docs/SERVER.md"),
        "{said}"
    );
    s.heard(&["org", "show", "--org", "org"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "server:      {}",
            copy.url
        )));

    // The running syncer still talks to the old server, where it finds the
    // new config; the next one built from the store goes to the new server.
    device.submit(&response("en", "4", None));
    let report = sync(&s, &device.syncer, &device);
    assert_eq!((report.uploaded, report.config_updated), (1, Some(2)));
    assert_eq!(
        envelopes(&s, &s.url).len(),
        1,
        "uploaded in the moving sync"
    );
    let enrollment = device
        .store
        .lock()
        .expect("lock")
        .enrollment()
        .expect("read")
        .expect("enrolled");
    assert_eq!(
        (
            enrollment.config.server.as_str(),
            enrollment.config.org_name.as_str()
        ),
        (copy.url.as_str(), "RLAN")
    );
    let config = SyncConfig::for_enrolled(&device.store.lock().expect("lock"), &key_store(&device))
        .expect("config");
    assert_eq!(config.server, copy.url);
    let moved = Syncer::new(config).expect("syncer");
    device.submit(&response("en", "5", Some("sent to the new server")));
    let report = sync(&s, &moved, &device);
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            &report.config_refused
        ),
        (1, None, &None),
        "the new server holds the same config"
    );
    let there = envelopes(&s, &copy.url);
    let plain = age::decrypt(&a, there.last().expect("an envelope")).expect("A opens it");
    assert!(String::from_utf8_lossy(&plain).contains("sent to the new server"));
    assert_eq!(there.len(), 1, "only what was sent after the move");
}

/// The platform key store holding the device's token, as the app's would
/// (the harness keeps the token, not the store).
fn key_store(device: &Device) -> heard_device::MemorySecretStore {
    use heard_device::SecretStore;
    let secrets = heard_device::MemorySecretStore::default();
    secrets
        .save(
            heard_device::secret::DEVICE_TOKEN.to_string(),
            device.token.clone().into_bytes(),
        )
        .expect("token");
    secrets
}
