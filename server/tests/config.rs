//! The organization's signed config on the server (`PUT /v1/admin/config`,
//! `GET /v1/config`) on both backends: kept newer only, served to enrolled
//! devices with an `ETag`, kept by backups. (What an enrolled device does
//! with it when it syncs is tested in the workspace's `tests/` crate.)

mod support;

use heard_protocol::signing::Signed;
use heard_protocol::{ErrorBody, ErrorCode};
use reqwest::StatusCode;
use support::{ADMIN, Server, database};

async fn get(url: &str, token: Option<&str>, etag: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{url}/v1/config"));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(tag) = etag {
        request = request.header("if-none-match", tag);
    }
    request.send().await.expect("request")
}

async fn error(res: reqwest::Response) -> (StatusCode, ErrorBody) {
    let status = res.status();
    (status, res.json().await.expect("errors are JSON"))
}

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name("sqlite").await })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread")] async fn $name() { super::$name("postgres").await })*
        }
    };
}

on_both_backends!(the_config_is_kept_newer_only_and_served_to_devices_with_an_etag);

async fn the_config_is_kept_newer_only_and_served_to_devices_with_an_etag(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let db = database(backend, dir.path());
    let server = Server::start(&db, &[]);
    let url = server.url.clone();
    let device = support::enroll_device(&url).await;
    let a = age::x25519::Identity::generate();
    let b = age::x25519::Identity::generate();

    let (status, body) = error(get(&url, Some(&device.token), None).await).await;
    assert_eq!(
        (status, body.error, body.message.as_str()),
        (
            StatusCode::NOT_FOUND,
            ErrorCode::NotFound,
            "no organization config was published on this server"
        )
    );
    assert_eq!(
        get(&url, None, None).await.status(),
        StatusCode::UNAUTHORIZED,
        "only enrolled devices read it"
    );

    let first = Signed::sign(&support::org_config(&url, &[&a], 1), support::org_key());
    assert_eq!(
        support::put_config(&url, &device.token, &first)
            .await
            .status(),
        StatusCode::UNAUTHORIZED,
        "devices cannot publish"
    );
    let res = support::put_config(&url, ADMIN, &first).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body, serde_json::json!({ "serial": 1 }));
    assert_eq!(
        support::put_config(&url, ADMIN, &first).await.status(),
        StatusCode::OK,
        "the same text twice is harmless"
    );

    let res = get(&url, Some(&device.token), None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let tag = res
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("ETag")
        .to_string();
    let served: Signed = res.json().await.expect("signed");
    assert_eq!(served, first, "the organization's exact signed text");
    assert_eq!(
        get(&url, Some(&device.token), Some(&tag)).await.status(),
        StatusCode::NOT_MODIFIED
    );

    let (status, body) = error(
        support::put_config(
            &url,
            ADMIN,
            &Signed::sign(&support::org_config(&url, &[&a, &b], 1), support::org_key()),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body.error),
        (StatusCode::CONFLICT, ErrorCode::Conflict)
    );
    assert_eq!(
        body.message,
        "this server holds a different organization config with serial 1; sign the change with a higher serial than 1"
    );

    let third = Signed::sign(&support::org_config(&url, &[&a, &b], 3), support::org_key());
    assert_eq!(
        support::put_config(&url, ADMIN, &third).await.status(),
        StatusCode::OK
    );
    let res = get(&url, Some(&device.token), Some(&tag)).await;
    assert_eq!(res.status(), StatusCode::OK, "it changed");
    assert_eq!(res.json::<Signed>().await.expect("signed"), third);

    let (status, body) = error(
        support::put_config(
            &url,
            ADMIN,
            &Signed::sign(&support::org_config(&url, &[&a], 2), support::org_key()),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        body.message,
        "this server holds the organization config with serial 3, newer than this one (2); devices would refuse an older config: start from the organization folder that signed serial 3"
    );

    let (status, body) = error(
        support::put_config(
            &url,
            ADMIN,
            &Signed {
                payload: "{\"questionnaire_id\":\"x\"}".into(),
                signature: "x".into(),
            },
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body.message
            .starts_with("payload is not an organization config:"),
        "{}",
        body.message
    );
    let (status, body) = error(
        support::put_config(
            &url,
            ADMIN,
            &Signed::sign(
                &support::org_config(&url, &[&a], u64::MAX),
                support::org_key(),
            ),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body.message.as_str()),
        (
            StatusCode::BAD_REQUEST,
            "serial 18446744073709551615 is too large: serials go up by one with every change"
        )
    );

    // It survives a restart, and the revoked device may no longer read it.
    drop(server);
    let server = Server::start(&db, &[]);
    assert_eq!(
        get(&server.url, Some(&device.token), None)
            .await
            .json::<Signed>()
            .await
            .expect("signed"),
        third
    );
    let res = reqwest::Client::new()
        .post(format!(
            "{}/v1/admin/devices/{}/revoke",
            server.url, device.device_id
        ))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("revoke");
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let (status, body) = error(get(&server.url, Some(&device.token), None).await).await;
    assert_eq!(
        (status, body.error),
        (StatusCode::UNAUTHORIZED, ErrorCode::Revoked)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_keeps_the_config_and_one_from_before_it_still_restores() {
    let dir = tempfile::tempdir().expect("dir");
    let live = dir.path().join("server.db");
    let server = Server::start(&format!("sqlite:{}", live.display()), &[]);
    let device = support::enroll_device(&server.url).await;
    let a = age::x25519::Identity::generate();
    let four = Signed::sign(
        &support::org_config(&server.url, &[&a], 4),
        support::org_key(),
    );
    assert_eq!(
        support::put_config(&server.url, ADMIN, &four)
            .await
            .status(),
        StatusCode::OK
    );
    let backup = dir.path().join("backup.db");
    let out = support::heard_server(&[
        "backup",
        "--db",
        &format!("sqlite:{}", live.display()),
        "--out",
        &backup.display().to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(said.ends_with("  org config        serial 4\n"), "{said}");
    drop(server);

    let restored = dir.path().join("restored.db");
    let out = support::heard_server(&[
        "restore",
        "--from",
        &backup.display().to_string(),
        "--db",
        &format!("sqlite:{}", restored.display()),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let server = Server::start(&format!("sqlite:{}", restored.display()), &[]);
    let served: Signed = get(&server.url, Some(&device.token), None)
        .await
        .json()
        .await
        .expect("signed");
    assert_eq!(served, four);
    drop(server);

    // A backup made by a server from before the config table (and the
    // public survey links' columns, which came after it).
    let old = dir.path().join("old-backup.db");
    std::fs::copy(&backup, &old).expect("copy");
    rusqlite::Connection::open(&old)
        .expect("open")
        .execute_batch(
            "DROP TABLE org_config;
             ALTER TABLE devices DROP COLUMN questionnaire_id;
             ALTER TABLE devices DROP COLUMN expires_at;
             ALTER TABLE devices DROP COLUMN max_submissions;
             ALTER TABLE devices DROP COLUMN stored;
             PRAGMA user_version = 2;",
        )
        .expect("schema 2");
    let again = dir.path().join("again.db");
    let out = support::heard_server(&[
        "restore",
        "--from",
        &old.display().to_string(),
        "--db",
        &format!("sqlite:{}", again.display()),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        said.ends_with("  org config        none published\n"),
        "{said}"
    );
    let server = Server::start(&format!("sqlite:{}", again.display()), &[]);
    assert_eq!(
        get(&server.url, Some(&device.token), None).await.status(),
        StatusCode::NOT_FOUND,
        "upgraded in place, with no config yet"
    );
    assert_eq!(
        support::put_config(&server.url, ADMIN, &four)
            .await
            .status(),
        StatusCode::OK
    );
}
