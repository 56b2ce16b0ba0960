//! What a data steward runs: `heard-server token`, the token checks at
//! startup, the database file's permissions, backups and restores while the
//! server runs, and the shipped systemd unit.

mod support;

use heard_protocol::{EnrollResponse, UploadItem, UploadRequest};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use support::{ADMIN, Server, heard_server};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

fn arg(path: &Path) -> String {
    path.display().to_string()
}

#[test]
fn token_prints_a_strong_new_token_or_writes_it_owner_only() {
    let first = heard_server(&["token"]);
    let second = heard_server(&["token"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let (a, b) = (text(&first.stdout), text(&second.stdout));
    let (a, b) = (a.trim(), b.trim());
    assert_eq!(a.len(), 43, "{a}");
    assert!(
        a.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
        "{a}"
    );
    assert_ne!(a, b, "every token is new");
    heard_server::token::check(a).expect("strong enough for the server");

    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("etc/heard/admin-token");
    let out = heard_server(&["token", "--out", &arg(&file)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    let written = std::fs::read_to_string(&file).expect("token file");
    assert!(
        !said.contains(written.trim()),
        "the token is not printed: {said}"
    );
    assert!(said.contains("--admin-token-file"), "{said}");
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&dir.path().join("etc/heard")), 0o700);
    let again = heard_server(&["token", "--out", &arg(&file)]);
    assert!(!again.status.success());
    assert_eq!(
        text(&again.stderr).trim(),
        format!(
            "heard-server: cannot create {}: it already exists, and is never overwritten: choose another name or move it away",
            file.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        written,
        "unchanged"
    );
}

#[test]
fn weak_missing_or_doubled_tokens_are_refused_at_startup() {
    let dir = tempfile::tempdir().expect("dir");
    let db = format!("sqlite:{}", dir.path().join("server.db").display());
    let start = |extra: &[&str]| {
        let mut args = vec!["--db", db.as_str(), "--listen", "127.0.0.1:0"];
        args.extend_from_slice(extra);
        heard_server(&args)
    };
    for (token, reason) in [
        (
            "short-token-1234",
            "it has 16 characters, at least 32 are needed",
        ),
        (
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "it is one character ('x') repeated",
        ),
        (
            "passwordpasswordpasswordpassword",
            "it is the same 8 characters repeated",
        ),
        (
            "aaaabbbbccccddddaaaabbbbccccdddd1",
            "it uses only 5 different characters, at least 10 are needed",
        ),
    ] {
        let out = start(&["--admin-token", token]);
        assert!(!out.status.success(), "{token} was accepted");
        let stderr = text(&out.stderr);
        assert_eq!(
            stderr.trim(),
            format!(
                "heard-server: the admin token is too weak: {reason}; make one with `heard-server token --out FILE` and start the server with --admin-token-file FILE"
            ),
        );
        assert!(!stderr.contains(token), "the token is not repeated back");
    }
    let out = start(&[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).starts_with("heard-server: no admin token: give --admin-token-file FILE"),
        "{}",
        text(&out.stderr)
    );
    let file = dir.path().join("token");
    std::fs::write(&file, format!("{ADMIN}\n")).expect("write");
    let out = start(&["--admin-token", ADMIN, "--admin-token-file", &arg(&file)]);
    assert_eq!(
        text(&out.stderr).trim(),
        "heard-server: give the admin token once: --admin-token or --admin-token-file, not both"
    );
    let missing = dir.path().join("missing");
    let out = start(&["--admin-token-file", &arg(&missing)]);
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.trim(),
        format!(
            "heard-server: cannot read the admin token file {}: No such file or directory",
            missing.display()
        ),
        "the OS error once, no error number, no backtrace"
    );
    assert!(
        !dir.path().join("server.db").exists(),
        "nothing is created before the token is accepted"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_token_can_come_from_a_file_and_a_readable_one_is_warned_about() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("admin-token");
    let made = heard_server(&["token", "--out", &arg(&file)]);
    assert!(made.status.success());
    let token = std::fs::read_to_string(&file).expect("read");
    let db = format!("sqlite:{}", dir.path().join("server.db").display());
    let server = Server::start_with_token_args(&db, &["--admin-token-file", &arg(&file)]);
    let http = reqwest::Client::new();
    let status = |t: String| {
        let http = &http;
        let url = format!("{}/v1/admin/status", server.url);
        async move {
            http.get(url)
                .bearer_auth(t)
                .send()
                .await
                .expect("request")
                .status()
        }
    };
    assert_eq!(status(token.trim().to_string()).await, 200);
    assert_eq!(status(ADMIN.to_string()).await, 401);
    assert!(!server.log().contains("can be read by other users"));
    drop(server);

    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let server = Server::start_with_token_args(&db, &["--admin-token-file", &arg(&file)]);
    let warning = "the admin token file can be read by other users: chmod 600 it";
    let log = server.log_with(warning);
    assert!(log.contains(warning), "{log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_sqlite_database_and_its_folder_are_created_owner_only_and_named_at_startup() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = dir.path().join("state/heard/heard-server.db");
    let server = Server::start(&format!("sqlite:{}", path.display()), &[]);
    let device = support::enroll_device(&server.url).await;
    upload(&server.url, &device, 0..1).await;
    assert_eq!(mode(&path), 0o600, "the database file");
    assert_eq!(mode(&dir.path().join("state")), 0o700);
    assert_eq!(mode(&dir.path().join("state/heard")), 0o700);
    assert_eq!(mode(dir.path()), 0o755, "an existing folder is left alone");
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    assert!(wal.exists());
    assert_eq!(mode(&wal), 0o600, "SQLite's WAL copies the file's mode");
    let startup = format!(
        "heard-server listening on {} (plain http: put it behind TLS), using the SQLite database {}",
        server.url,
        path.display()
    );
    let log = server.log_with(&startup);
    assert!(log.contains(&startup), "{log}");
    drop(server);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let server = Server::start(&format!("sqlite:{}", path.display()), &[]);
    let warning = "the database file can be read by other users: chmod 600 it";
    let log = server.log_with(warning);
    assert!(log.contains(warning), "{log}");
}

async fn upload(url: &str, device: &EnrollResponse, ids: std::ops::Range<u32>) {
    let items = ids
        .map(|n| UploadItem {
            submission_id: format!("{n:032x}"),
            questionnaire_id: "post-encounter".into(),
            questionnaire_version: 1,
            envelope: support::envelope(&format!("answer {n}")),
        })
        .collect();
    let res = reqwest::Client::new()
        .post(format!("{url}/v1/submissions"))
        .bearer_auth(&device.token)
        .json(&UploadRequest { items })
        .send()
        .await
        .expect("upload");
    assert_eq!(res.status(), 200);
}

/// The highest export position the server lists.
async fn last_seq(url: &str) -> i64 {
    let http = reqwest::Client::new();
    let (mut after, mut last) = (0, 0);
    loop {
        let page: heard_protocol::ExportPage = http
            .get(format!("{url}/v1/export?after={after}&limit=1000"))
            .bearer_auth(ADMIN)
            .send()
            .await
            .expect("export")
            .json()
            .await
            .expect("page");
        last = page.items.last().map_or(last, |i| i.seq);
        match page.next_after {
            Some(next) => after = next,
            None => return last,
        }
    }
}

/// The number on the "envelopes  N waiting" line of a backup or restore.
fn waiting(stdout: &str) -> usize {
    stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("envelopes"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no envelope count in {stdout:?}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_taken_while_the_server_writes_restores_with_the_same_counts() {
    let dir = tempfile::tempdir().expect("dir");
    let live = dir.path().join("live.db");
    let server = Server::start(&format!("sqlite:{}", live.display()), &[]);
    let device = support::enroll_device(&server.url).await;
    upload(&server.url, &device, 0..40).await;

    // Uploads keep arriving while the backup is taken.
    let (url, writer_device) = (server.url.clone(), device.clone());
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop_writer = std::sync::Arc::clone(&stop);
    let writer = tokio::spawn(async move {
        let mut next = 1000;
        while !stop_writer.load(std::sync::atomic::Ordering::Relaxed) && next < 3000 {
            upload(&url, &writer_device, next..next + 10).await;
            next += 10;
        }
        next - 1000
    });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let backup_file = dir.path().join("backups/heard-1.db");
    let db_arg = format!("sqlite:{}", live.display());
    let out = tokio::task::spawn_blocking({
        let args = ["backup", "--db", &db_arg, "--out", &arg(&backup_file)].map(String::from);
        move || heard_server(&args.each_ref().map(String::as_str))
    })
    .await
    .expect("backup");
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let uploaded_during = writer.await.expect("writer");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with(&format!(
            "backed up {} to {} (readable by you only):",
            live.display(),
            backup_file.display()
        )),
        "{said}"
    );
    let in_backup = waiting(&said);
    assert!(in_backup >= 40, "{said}");
    assert!(
        uploaded_during > 0,
        "the server was written during the backup"
    );
    assert_eq!(mode(&backup_file), 0o600);
    assert_eq!(mode(&dir.path().join("backups")), 0o700);
    let live_ids = support::server_ids(&server.url).await;
    assert!(
        live_ids.len() > in_backup,
        "uploads went on after the backup"
    );
    let live_last_seq = last_seq(&server.url).await;
    drop(server);

    let restored = dir.path().join("restored/heard-server.db");
    let out = heard_server(&[
        "restore",
        "--from",
        &arg(&backup_file),
        "--db",
        &format!("sqlite:{}", restored.display()),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        waiting(&text(&out.stdout)),
        in_backup,
        "{}",
        text(&out.stdout)
    );
    assert_eq!(mode(&restored), 0o600);
    let server = Server::start(&format!("sqlite:{}", restored.display()), &[]);
    let restored_ids = support::server_ids(&server.url).await;
    assert_eq!(restored_ids.len(), in_backup);
    assert_eq!(
        restored_ids,
        live_ids[..in_backup],
        "the backup is one consistent snapshot: the first envelopes, in order"
    );
    // The device's token works on the restored server.
    upload(&server.url, &device, 5000..5001).await;
    assert_eq!(support::server_ids(&server.url).await.len(), in_backup + 1);
    // It comes after every position the lost database handed out, so a
    // pull that had gone further on the lost database still gets it.
    assert!(
        last_seq(&server.url).await > live_last_seq,
        "positions continue past the lost database's"
    );

    let conn = rusqlite::Connection::open(&backup_file).expect("open");
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(verdict, "ok");
    let journal: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(journal, "delete", "a backup is one self-contained file");
}

#[test]
fn backups_and_restores_never_overwrite_and_refuse_what_they_cannot_use() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("server.db");
    drop(heard_server::store::sqlite::SqliteStore::open_path(&db).expect("db"));
    let db_arg = format!("sqlite:{}", db.display());
    let existing = dir.path().join("existing");
    std::fs::write(&existing, "keep me").expect("write");

    let out = heard_server(&["backup", "--db", &db_arg, "--out", &arg(&existing)]);
    assert!(!out.status.success());
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "heard-server: {} exists, and is never overwritten: choose another name",
            existing.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&existing).expect("read"), "keep me");

    let missing = dir.path().join("missing.db");
    let out = heard_server(&[
        "backup",
        "--db",
        &format!("sqlite:{}", missing.display()),
        "--out",
        &arg(&dir.path().join("b.db")),
    ]);
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "heard-server: there is no database at {}: give the server's --db file",
            missing.display()
        )
    );
    assert!(!missing.exists(), "a backup creates no database");

    let out = heard_server(&[
        "backup",
        "--db",
        "postgres://heard@127.0.0.1/heard",
        "--out",
        "x.db",
    ]);
    assert!(
        text(&out.stderr).contains("for PostgreSQL use pg_dump and pg_restore"),
        "{}",
        text(&out.stderr)
    );

    let backup = dir.path().join("backup.db");
    assert!(
        heard_server(&["backup", "--db", &db_arg, "--out", &arg(&backup)])
            .status
            .success()
    );
    let out = heard_server(&["restore", "--from", &arg(&backup), "--db", &db_arg]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains(&format!(
            "{} exists: stop the server, move that file (and any -wal and -shm beside it) away, then restore",
            db.display()
        )),
        "{}",
        text(&out.stderr)
    );
    let out = heard_server(&[
        "restore",
        "--from",
        &arg(&existing),
        "--db",
        &format!("sqlite:{}", dir.path().join("new.db").display()),
    ]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!("heard-server: {} ", existing.display())),
        "{stderr}"
    );
    assert!(!stderr.contains("backtrace"), "{stderr}");
    assert!(!dir.path().join("new.db").exists());
}

/// The unit with its ExecStart pointed at the built binary, in a folder.
fn unit_copy(dir: &Path, binary: &str) -> PathBuf {
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/heard-server.service"
    ))
    .expect("the shipped unit");
    assert!(shipped.contains("ExecStart=/usr/local/bin/heard-server\n"));
    let unit = dir.join("heard-server.service");
    std::fs::write(
        &unit,
        shipped.replace(
            "ExecStart=/usr/local/bin/heard-server",
            &format!("ExecStart={binary}"),
        ),
    )
    .expect("write");
    unit
}

#[test]
fn the_shipped_systemd_unit_verifies_and_is_hardened() {
    let dir = tempfile::tempdir().expect("dir");
    let unit = unit_copy(dir.path(), env!("CARGO_BIN_EXE_heard-server"));
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&unit)
        .output()
        .expect("systemd-analyze runs (Debian package systemd)");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "systemd-analyze verify: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let out = Command::new("systemd-analyze")
        .args(["security", "--offline=true", "--threshold=20"])
        .arg(&unit)
        .output()
        .expect("systemd-analyze runs");
    let report = text(&out.stdout);
    // The threshold counts tenths: 20 is an exposure of 2.0 ("OK").
    assert!(out.status.success(), "exposure above 2.0:\n{report}");
    assert!(
        report.contains("Overall exposure level for heard-server.service: 1."),
        "{report}"
    );

    // verify does catch a broken unit, so the check above means something.
    let broken_dir = dir.path().join("broken");
    std::fs::create_dir(&broken_dir).expect("dir");
    let broken = unit_copy(&broken_dir, "/nonexistent/heard-server");
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(&broken)
        .output()
        .expect("systemd-analyze runs");
    assert!(!out.status.success(), "a missing binary is reported");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_units_settings_are_the_servers_own() {
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/heard-server.service"
    ))
    .expect("the shipped unit");
    for setting in [
        "DynamicUser=yes",
        "StateDirectory=heard",
        "StateDirectoryMode=0700",
        "ProtectSystem=strict",
        "NoNewPrivileges=yes",
        "LoadCredential=admin-token:/etc/heard/admin-token",
    ] {
        assert!(shipped.contains(setting), "{setting}");
    }
    // Start the binary with the unit's environment, its paths moved into a
    // temporary folder as systemd would provide them.
    let dir = tempfile::tempdir().expect("dir");
    let (state, credentials) = (dir.path().join("var/lib/heard"), dir.path().join("creds"));
    std::fs::create_dir_all(&credentials).expect("dir");
    let made = heard_server(&["token", "--out", &arg(&credentials.join("admin-token"))]);
    assert!(made.status.success());
    let mut env = Vec::new();
    for line in shipped.lines() {
        if let Some(assignment) = line.strip_prefix("Environment=") {
            let (key, value) = assignment.split_once('=').expect("KEY=VALUE");
            let value = value
                .replace("/var/lib/heard", &arg(&state))
                .replace("%d", &arg(&credentials))
                .replace("127.0.0.1:8080", "127.0.0.1:0");
            env.push((key.to_string(), value));
        }
    }
    assert_eq!(
        env.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        ["HEARD_DB", "HEARD_LISTEN", "HEARD_ADMIN_TOKEN_FILE"]
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_heard-server"))
        .envs(env)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starts");
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().expect("stdout")),
        &mut line,
    )
    .expect("line");
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .map(str::to_string);
    let ready = match &url {
        Some(url) => reqwest::get(format!("{url}/readyz"))
            .await
            .map(|r| r.status()),
        None => panic!("unexpected first line {line:?}"),
    };
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(ready.expect("readyz"), 200);
    assert!(state.join("heard-server.db").exists());
}
