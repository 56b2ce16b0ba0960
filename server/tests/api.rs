//! The server's HTTP API against a real `heard-server` process on
//! 127.0.0.1, every scenario run on both backends (SQLite and PostgreSQL).

mod support;

use heard_protocol::{
    CreateCodeResponse, DeviceInfo, EnrollResponse, ErrorBody, ErrorCode, ExportPage, ItemStatus,
    PurgeResponse, UploadItem, UploadRequest, UploadResponse,
};
use reqwest::StatusCode;
use serde_json::json;
use support::{ADMIN, Server, database, envelope};

fn item(n: u32, env: Vec<u8>) -> UploadItem {
    UploadItem {
        submission_id: format!("{n:032x}"),
        questionnaire_id: "post-encounter".into(),
        questionnaire_version: 1,
        envelope: env,
    }
}

struct Api {
    http: reqwest::Client,
    url: String,
}

impl Api {
    fn new(server: &Server) -> Api {
        Api {
            http: reqwest::Client::new(),
            url: server.url.clone(),
        }
    }

    async fn code(&self, uses: u32) -> String {
        let res = self
            .http
            .post(format!("{}/v1/admin/enrollment-codes", self.url))
            .bearer_auth(ADMIN)
            .json(&json!({"uses": uses, "expires_in_secs": 3600, "group": "district-north"}))
            .send()
            .await
            .expect("request");
        assert_eq!(res.status(), StatusCode::OK);
        res.json::<CreateCodeResponse>().await.expect("json").code
    }

    async fn enroll(&self, code: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/v1/enroll", self.url))
            .json(&json!({ "code": code }))
            .send()
            .await
            .expect("request")
    }

    async fn device(&self) -> EnrollResponse {
        support::publish_survey(&self.url).await;
        let code = self.code(1).await;
        let res = self.enroll(&code).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json().await.expect("json")
    }

    async fn upload(&self, token: &str, items: Vec<UploadItem>) -> reqwest::Response {
        self.http
            .post(format!("{}/v1/submissions", self.url))
            .bearer_auth(token)
            .json(&UploadRequest { items })
            .send()
            .await
            .expect("request")
    }

    async fn export(&self, after: i64) -> ExportPage {
        let res = self
            .http
            .get(format!("{}/v1/export?after={after}&limit=1000", self.url))
            .bearer_auth(ADMIN)
            .send()
            .await
            .expect("request");
        assert_eq!(res.status(), StatusCode::OK);
        res.json().await.expect("json")
    }
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

on_both_backends!(
    upload_is_acknowledged_per_item_and_idempotent,
    export_pages_and_purge_leaves_tombstones,
    single_use_codes_enroll_exactly_one_of_racing_devices,
    multi_use_codes_stop_at_their_cap,
    bad_requests_get_clear_json_errors_and_store_nothing,
    revoked_and_unknown_devices_are_refused,
    rate_limits_answer_429_with_retry_after,
    logs_hold_no_tokens_envelopes_or_addresses,
    questionnaires_are_published_listed_with_etags_and_never_rolled_back,
    a_retention_period_purges_envelopes_and_keeps_tombstones,
    revoking_a_group_revokes_its_devices_and_codes,
);

async fn upload_is_acknowledged_per_item_and_idempotent(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let device = api.device().await;
    let items = vec![
        item(1, envelope("one")),
        item(2, b"not an age file".to_vec()),
        item(3, envelope("three")),
    ];
    let res = api.upload(&device.token, items.clone()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let acks: UploadResponse = res.json().await.expect("json");
    let statuses: Vec<ItemStatus> = acks.results.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [ItemStatus::Stored, ItemStatus::Rejected, ItemStatus::Stored]
    );
    assert_eq!(
        acks.results[1].reason.as_deref(),
        Some("invalid envelope: not an age v1 file (it must start with \"age-encryption.org/v1\")")
    );
    let again: UploadResponse = api
        .upload(&device.token, items)
        .await
        .json()
        .await
        .expect("json");
    let statuses: Vec<ItemStatus> = again.results.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            ItemStatus::Duplicate,
            ItemStatus::Rejected,
            ItemStatus::Duplicate
        ]
    );
    assert_eq!(api.export(0).await.items.len(), 2, "stored once each");
}

async fn export_pages_and_purge_leaves_tombstones(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let device = api.device().await;
    let envs: Vec<Vec<u8>> = (0..5).map(|i| envelope(&format!("answer {i}"))).collect();
    let items: Vec<UploadItem> = envs
        .iter()
        .enumerate()
        .map(|(i, e)| item(i as u32, e.clone()))
        .collect();
    api.upload(&device.token, items).await;
    let res = api
        .http
        .get(format!("{}/v1/export?limit=2", api.url))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("request");
    let first: ExportPage = res.json().await.expect("json");
    assert_eq!(first.items.len(), 2);
    let cursor = first.next_after.expect("more pages");
    let rest = api.export(cursor).await;
    assert_eq!(rest.items.len(), 3);
    assert_eq!(rest.next_after, None);
    let all: Vec<Vec<u8>> = first
        .items
        .iter()
        .chain(&rest.items)
        .map(|i| i.envelope.clone())
        .collect();
    assert_eq!(all, envs, "bytes come back exactly, in order");

    let ids: Vec<String> = (0..3).map(|i| format!("{i:032x}")).collect();
    let res = api
        .http
        .post(format!("{}/v1/admin/purge", api.url))
        .bearer_auth(ADMIN)
        .json(&json!({ "submission_ids": ids }))
        .send()
        .await
        .expect("request");
    assert_eq!(res.json::<PurgeResponse>().await.expect("json").purged, 3);
    assert_eq!(api.export(0).await.items.len(), 2);
    // A late re-send of a purged submission is a duplicate, not stored again.
    let late: UploadResponse = api
        .upload(&device.token, vec![item(0, envs[0].clone())])
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(late.results[0].status, ItemStatus::Duplicate);
    assert_eq!(api.export(0).await.items.len(), 2);
}

async fn single_use_codes_enroll_exactly_one_of_racing_devices(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = std::sync::Arc::new(Api::new(&server));
    let code = api.code(1).await;
    let racers: Vec<_> = (0..12)
        .map(|_| {
            let (api, code) = (api.clone(), code.clone());
            tokio::spawn(async move { api.enroll(&code).await.status() })
        })
        .collect();
    let mut statuses = Vec::new();
    for r in racers {
        statuses.push(r.await.expect("task"));
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::GONE).count(),
        11,
        "{statuses:?}"
    );
    let (status, body) = error(api.enroll("no-such-code").await).await;
    assert_eq!(
        (status, body.error),
        (StatusCode::NOT_FOUND, ErrorCode::NotFound)
    );
}

async fn multi_use_codes_stop_at_their_cap(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let code = api.code(3).await;
    let mut ok = 0;
    for _ in 0..5 {
        if api.enroll(&code).await.status() == StatusCode::OK {
            ok += 1;
        }
    }
    assert_eq!(ok, 3);
    let (status, body) = error(api.enroll(&code).await).await;
    assert_eq!(
        (status, body.message.as_str()),
        (
            StatusCode::GONE,
            "this enrollment code has expired or was already used"
        )
    );
    let devices: Vec<DeviceInfo> = api
        .http
        .get(format!("{}/v1/admin/devices", api.url))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("request")
        .json()
        .await
        .expect("json");
    assert_eq!(devices.len(), 3);
    assert!(
        devices
            .iter()
            .all(|d| d.group == "district-north" && !d.revoked)
    );
}

async fn bad_requests_get_clear_json_errors_and_store_nothing(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &["--max-body", "16384"]);
    let api = Api::new(&server);
    let device = api.device().await;
    let post = |body: &'static str, content_type: &'static str| {
        api.http
            .post(format!("{}/v1/submissions", api.url))
            .bearer_auth(&device.token)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let (status, body) = error(
        post("{\"items\": [", "application/json")
            .await
            .expect("request"),
    )
    .await;
    assert_eq!(
        (status, body.error),
        (StatusCode::BAD_REQUEST, ErrorCode::BadRequest)
    );
    let (status, body) = error(
        post("{\"items\": 3}", "application/json")
            .await
            .expect("request"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.message.contains("items"), "{}", body.message);
    let (status, body) = error(
        post("{\"items\": []}", "text/plain")
            .await
            .expect("request"),
    )
    .await;
    assert_eq!(
        (status, body.error),
        (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType
        )
    );
    let big = vec![item(9, vec![b'a'; 20_000])];
    let (status, body) = error(api.upload(&device.token, big).await).await;
    assert_eq!(
        (status, body.message.as_str()),
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            "the request body is larger than the 16384 bytes allowed"
        )
    );
    let many: Vec<UploadItem> = (0..101).map(|i| item(i, b"x".to_vec())).collect();
    let (status, body) = error(api.upload(&device.token, many).await).await;
    assert_eq!(
        (status, body.message.as_str()),
        (
            StatusCode::BAD_REQUEST,
            "at most 100 items per upload, not 101"
        )
    );
    let mut odd = item(1, envelope("x"));
    odd.submission_id = "not-hex".into();
    let res: UploadResponse = api
        .upload(&device.token, vec![odd])
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        res.results[0].reason.as_deref(),
        Some("submission_id must be 32 lowercase hex digits")
    );
    let (status, _) = error(
        api.http
            .get(format!("{}/v1/export", api.url))
            .bearer_auth("wrong-admin-token")
            .send()
            .await
            .expect("request"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = error(
        api.http
            .get(format!("{}/v1/nope", api.url))
            .send()
            .await
            .expect("request"),
    )
    .await;
    assert_eq!(
        (status, body.error),
        (StatusCode::NOT_FOUND, ErrorCode::NotFound)
    );
    assert!(api.export(0).await.items.is_empty(), "nothing was stored");
}

async fn revoked_and_unknown_devices_are_refused(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let device = api.device().await;
    let (status, body) = error(api.upload("made-up-token", vec![]).await).await;
    assert_eq!(
        (status, body.error),
        (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized)
    );
    let res = api
        .http
        .post(format!("{}/v1/submissions", api.url))
        .json(&json!({"items": []}))
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "no token");
    let res = api
        .http
        .post(format!(
            "{}/v1/admin/devices/{}/revoke",
            api.url, device.device_id
        ))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let (status, body) = error(
        api.upload(&device.token, vec![item(1, envelope("late"))])
            .await,
    )
    .await;
    assert_eq!(
        (status, body.error, body.message.as_str()),
        (
            StatusCode::UNAUTHORIZED,
            ErrorCode::Revoked,
            "this device was revoked by the organization"
        )
    );
    assert!(api.export(0).await.items.is_empty());
}

async fn rate_limits_answer_429_with_retry_after(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &["--rate-limit", "2"]);
    let api = Api::new(&server);
    let device = api.device().await;
    assert_eq!(
        api.upload(&device.token, vec![]).await.status(),
        StatusCode::OK
    );
    assert_eq!(
        api.upload(&device.token, vec![]).await.status(),
        StatusCode::OK
    );
    let res = api.upload(&device.token, vec![]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("Retry-After");
    assert!((1..=30).contains(&wait), "{wait}");
    // Another device is not slowed down by the first.
    let other = api.device().await;
    assert_eq!(
        api.upload(&other.token, vec![]).await.status(),
        StatusCode::OK
    );
}

async fn logs_hold_no_tokens_envelopes_or_addresses(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let db = database(backend, dir.path());
    let server = Server::start(&db, &[]);
    let api = Api::new(&server);
    let device = api.device().await;
    let env = envelope("secret");
    api.upload(&device.token, vec![item(7, env.clone())]).await;
    api.upload("bogus-token-value-123", vec![]).await;
    let metrics = api
        .http
        .get(format!("{}/metrics", api.url))
        .send()
        .await
        .expect("request")
        .text()
        .await
        .expect("text");
    assert!(
        metrics.contains("heard_submissions_total{outcome=\"stored\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("heard_envelopes_stored 1"), "{metrics}");
    assert_eq!(
        api.http
            .get(format!("{}/healthz", api.url))
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("text"),
        "ok"
    );
    let log = server.log();
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(&env);
    for secret in [
        device.token.as_str(),
        ADMIN,
        "bogus-token-value-123",
        &b64[..40],
        "with parameters",
    ] {
        assert!(!log.contains(secret), "the log contains {secret:?}:\n{log}");
    }
    // The only addresses in the log are the server's own and its
    // database's (named at startup), never a client's.
    let own = server.url.trim_start_matches("http://");
    let database_at = db
        .split_once('@')
        .and_then(|(_, rest)| rest.split('/').next())
        .unwrap_or("no database address");
    let addresses = log.matches("127.0.0.1:").count();
    assert_eq!(
        addresses,
        log.matches(own).count() + log.matches(database_at).count(),
        "a client address is logged:\n{log}"
    );
}

async fn questionnaires_are_published_listed_with_etags_and_never_rolled_back(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let device = api.device().await;
    let list = |etag: Option<String>| {
        let mut req = api
            .http
            .get(format!("{}/v1/questionnaires", api.url))
            .bearer_auth(&device.token);
        if let Some(tag) = etag {
            req = req.header("if-none-match", tag);
        }
        req.send()
    };
    let res = list(None).await.expect("list");
    assert_eq!(res.status(), StatusCode::OK);
    let tag = res
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("ETag")
        .to_string();
    let listed: heard_protocol::QuestionnaireList = res.json().await.expect("json");
    assert_eq!(
        listed
            .items
            .iter()
            .map(|i| (i.questionnaire_id.as_str(), i.version))
            .collect::<Vec<_>>(),
        [("post-encounter", 1)]
    );
    assert_eq!(
        list(Some(tag.clone())).await.expect("list").status(),
        StatusCode::NOT_MODIFIED
    );

    let fetched = api
        .http
        .get(format!("{}/v1/questionnaires/post-encounter", api.url))
        .bearer_auth(&device.token)
        .send()
        .await
        .expect("fetch");
    let bundle_tag = fetched
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .expect("ETag")
        .to_string();
    assert_eq!(bundle_tag, listed.items[0].etag);
    let signed: heard_protocol::signing::Signed = fetched.json().await.expect("signed bundle");
    assert_eq!(
        signed,
        support::survey_bundle(1),
        "the organization's exact signed bytes"
    );

    let publish = |bundle: heard_protocol::signing::Signed| {
        api.http
            .put(format!("{}/v1/admin/questionnaires", api.url))
            .bearer_auth(ADMIN)
            .json(&bundle)
            .send()
    };
    assert_eq!(
        publish(support::survey_bundle(2))
            .await
            .expect("publish")
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        list(Some(tag)).await.expect("list").status(),
        StatusCode::OK,
        "the list changed"
    );
    let (status, body) = error(publish(support::survey_bundle(1)).await.expect("publish")).await;
    assert_eq!(
        (status, body.error),
        (StatusCode::CONFLICT, ErrorCode::Conflict)
    );
    assert_eq!(
        body.message,
        "questionnaire \"post-encounter\" version 2 is published; publish a higher version than 1"
    );
    let (status, _) = error(
        publish(heard_protocol::signing::Signed {
            payload: "{}".into(),
            signature: "x".into(),
        })
        .await
        .expect("publish"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let res = api
        .http
        .put(format!("{}/v1/admin/questionnaires", api.url))
        .bearer_auth(&device.token)
        .json(&support::survey_bundle(3))
        .send()
        .await
        .expect("publish");
    assert_eq!(
        res.status(),
        StatusCode::UNAUTHORIZED,
        "devices cannot publish"
    );
    let res = api
        .http
        .get(format!("{}/v1/questionnaires", api.url))
        .send()
        .await
        .expect("list");
    assert_eq!(
        res.status(),
        StatusCode::UNAUTHORIZED,
        "listing needs an enrolled device"
    );

    let mut unknown = item(4, envelope("x"));
    unknown.questionnaire_id = "names-and-addresses".into();
    let res: UploadResponse = api
        .upload(&device.token, vec![unknown])
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(res.results[0].status, ItemStatus::Rejected);
    assert_eq!(
        res.results[0].reason.as_deref(),
        Some(
            "unknown questionnaire \"names-and-addresses\": it was never published on this server"
        )
    );
}

async fn a_retention_period_purges_envelopes_and_keeps_tombstones(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(
        &database(backend, dir.path()),
        &["--retention-hours", "0", "--retention-check-secs", "1"],
    );
    let api = Api::new(&server);
    let device = api.device().await;
    let env = envelope("old news");
    api.upload(&device.token, vec![item(1, env.clone())]).await;
    let mut purged = false;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if api.export(0).await.items.is_empty() {
            purged = true;
            break;
        }
    }
    assert!(purged, "the envelope outlived its retention");
    let again: UploadResponse = api
        .upload(&device.token, vec![item(1, env)])
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(
        again.results[0].status,
        ItemStatus::Duplicate,
        "the tombstone still deduplicates"
    );
}

async fn revoking_a_group_revokes_its_devices_and_codes(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let code = api.code(5).await;
    let first: EnrollResponse = api.enroll(&code).await.json().await.expect("enrolled");
    let second: EnrollResponse = api.enroll(&code).await.json().await.expect("enrolled");
    let res = api
        .http
        .post(format!("{}/v1/admin/groups/district-north/revoke", api.url))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("revoke");
    let body: serde_json::Value = res.json().await.expect("json");
    assert_eq!(body["revoked_devices"], 2);
    for device in [&first, &second] {
        let (status, body) = error(api.upload(&device.token, vec![]).await).await;
        assert_eq!(
            (status, body.error),
            (StatusCode::UNAUTHORIZED, ErrorCode::Revoked)
        );
    }
    let (status, _) = error(api.enroll(&code).await).await;
    assert_eq!(
        status,
        StatusCode::GONE,
        "the group's remaining code uses are gone too"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn client_addresses_are_logged_only_when_the_operator_asks_and_times_can_be_kept_to_the_day()
{
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("server.db");
    let server = Server::start(
        &format!("sqlite:{}", db.display()),
        &["--log-client-addresses", "--received-granularity", "day"],
    );
    let api = Api::new(&server);
    let device = api.device().await;
    api.upload(&device.token, vec![item(1, envelope("x"))])
        .await;
    let own = server.url.trim_start_matches("http://").to_string();
    // A request is logged after its response is sent: wait for the last one.
    let log = server.log_with("path=/v1/submissions ");
    let client_lines = log
        .lines()
        .filter(|l| l.contains("client=127.0.0.1:") && !l.contains(&own))
        .count();
    assert!(
        client_lines >= 3,
        "requests are logged with the client's address when asked:\n{log}"
    );
    let hour: i64 = rusqlite::Connection::open(&db)
        .expect("db")
        .query_row("SELECT received_hour FROM submissions", [], |r| r.get(0))
        .expect("row");
    assert_eq!(hour % 86_400, 0, "arrival kept to the day");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restarted_server_keeps_its_data_and_a_newer_schema_is_refused() {
    for backend in ["sqlite", "postgres"] {
        let dir = tempfile::tempdir().expect("dir");
        let db = database(backend, dir.path());
        let first = Server::start(&db, &[]);
        let api = Api::new(&first);
        let device = api.device().await;
        api.upload(&device.token, vec![item(1, envelope("kept"))])
            .await;
        drop(first);
        let second = Server::start(&db, &[]);
        assert_eq!(
            Api::new(&second).export(0).await.items.len(),
            1,
            "{backend}: data survives a restart"
        );
    }
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("server.db");
    drop(Server::start(&format!("sqlite:{}", path.display()), &[]));
    rusqlite::Connection::open(&path)
        .expect("db")
        .pragma_update(None, "user_version", 99)
        .expect("bump");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_heard-server"))
        .args([
            "--db",
            &format!("sqlite:{}", path.display()),
            "--listen",
            "127.0.0.1:0",
            "--admin-token",
            ADMIN,
        ])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "was written by a newer heard-server (schema 99, this one knows 5): upgrade the server"
        ),
        "{stderr}"
    );
}
