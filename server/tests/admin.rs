//! The organization's status, enrollment-code and device-day endpoints,
//! against a real `heard-server` on both backends, and a database from
//! before the device days were kept.

mod support;

use heard_protocol::{
    CodeCancelled, CreateCodeResponse, DeviceInfo, EnrollResponse, EnrollmentCodeList, ErrorBody,
    GroupDevices, Published, ServerStatus, UploadItem, UploadRequest, WaitingEnvelopes,
    code_handle,
};
use reqwest::StatusCode;
use serde_json::json;
use support::{ADMIN, Cluster, Server, database, envelope};

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
    status_counts_what_waits_devices_per_group_and_codes,
    active_codes_are_listed_by_handle_and_can_be_cancelled,
    devices_show_the_day_they_enrolled_and_last_synced,
    a_database_from_before_device_days_keeps_working,
);

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

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str) -> T {
        let res = self
            .http
            .get(format!("{}{path}", self.url))
            .bearer_auth(ADMIN)
            .send()
            .await
            .expect("request");
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        res.json().await.expect("json")
    }

    async fn post(&self, path: &str, body: serde_json::Value) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.url))
            .bearer_auth(ADMIN)
            .json(&body)
            .send()
            .await
            .expect("request")
    }

    async fn code(&self, uses: u32, group: &str) -> CreateCodeResponse {
        let res = self
            .post(
                "/v1/admin/enrollment-codes",
                json!({"uses": uses, "expires_in_secs": 3600, "group": group}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json().await.expect("json")
    }

    async fn enroll(&self, code: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/v1/enroll", self.url))
            .json(&json!({ "code": code }))
            .send()
            .await
            .expect("request")
    }

    async fn device(&self, code: &str) -> EnrollResponse {
        let res = self.enroll(code).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json().await.expect("json")
    }

    async fn upload(&self, token: &str, ids: std::ops::Range<u32>) {
        let items = ids
            .map(|n| UploadItem {
                submission_id: format!("{n:032x}"),
                questionnaire_id: "post-encounter".into(),
                questionnaire_version: 1,
                envelope: envelope(&format!("answer {n}")),
            })
            .collect();
        let res = self
            .http
            .post(format!("{}/v1/submissions", self.url))
            .bearer_auth(token)
            .json(&UploadRequest { items })
            .send()
            .await
            .expect("request");
        assert_eq!(res.status(), StatusCode::OK);
    }

    async fn devices(&self) -> Vec<DeviceInfo> {
        self.get("/v1/admin/devices").await
    }
}

/// Today's UTC date, as the server writes it.
fn today() -> String {
    chrono::Utc::now().format("%Y-%m-%d").to_string()
}

async fn status_counts_what_waits_devices_per_group_and_codes(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    let unauthorized = api
        .http
        .get(format!("{}/v1/admin/status", api.url))
        .send()
        .await
        .expect("request");
    assert_eq!(unauthorized.status(), StatusCode::UNAUTHORIZED);

    support::publish_survey(&api.url).await;
    let north = api.code(3, "north").await;
    let south = api.code(1, "south").await;
    let (n1, n2) = (api.device(&north.code).await, api.device(&north.code).await);
    api.device(&south.code).await;
    let res = api
        .post(
            &format!("/v1/admin/devices/{}/revoke", n2.device_id),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    api.upload(&n1.token, 0..3).await;
    let res = api
        .post(
            "/v1/admin/purge",
            json!({"submission_ids": [format!("{:032x}", 0)]}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    let status: ServerStatus = api.get("/v1/admin/status").await;
    assert_eq!(
        status,
        ServerStatus {
            server_version: env!("CARGO_PKG_VERSION").into(),
            database: backend.into(),
            waiting_total: 2,
            waiting: vec![WaitingEnvelopes {
                questionnaire_id: "post-encounter".into(),
                envelopes: 2
            }],
            oldest_waiting_on: Some(today()),
            purged_total: 1,
            groups: vec![
                GroupDevices {
                    group: "north".into(),
                    active: 1,
                    revoked: 1
                },
                GroupDevices {
                    group: "south".into(),
                    active: 1,
                    revoked: 0
                },
            ],
            // north has a use left; south's single use is spent.
            active_codes: 1,
            published: vec![Published {
                questionnaire_id: "post-encounter".into(),
                version: 1
            }],
        }
    );
}

async fn active_codes_are_listed_by_handle_and_can_be_cancelled(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()), &[]);
    let api = Api::new(&server);
    support::publish_survey(&api.url).await;
    let a = api.code(3, "a-group").await;
    let b = api.code(1, "b-group").await;
    let spent = api.code(1, "c-group").await;
    api.device(&spent.code).await;
    for code in [&a, &b, &spent] {
        assert_eq!(code.handle, code_handle(&code.code), "handle of the code");
    }
    let enrolled = api.device(&a.code).await;

    let res = api
        .http
        .get(format!("{}/v1/admin/enrollment-codes", api.url))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("request");
    let text = res.text().await.expect("text");
    for code in [&a, &b, &spent] {
        assert!(
            !text.contains(&code.code),
            "the list holds no code that enrolls: {text}"
        );
    }
    let list: EnrollmentCodeList = serde_json::from_str(&text).expect("json");
    let listed: Vec<(&str, &str, u32)> = list
        .items
        .iter()
        .map(|c| (c.handle.as_str(), c.group.as_str(), c.uses_left))
        .collect();
    assert_eq!(
        listed,
        [
            (a.handle.as_str(), "a-group", 2),
            (b.handle.as_str(), "b-group", 1)
        ],
        "the spent code is not listed"
    );
    assert_eq!(list.items[0].expires_at, a.expires_at);

    let cancel = |handle: String| {
        let api = &api;
        async move {
            api.post(
                &format!("/v1/admin/enrollment-codes/{handle}/cancel"),
                json!({}),
            )
            .await
        }
    };
    let res = cancel(a.handle.clone()).await;
    assert_eq!(res.status(), StatusCode::OK);
    let cancelled: CodeCancelled = res.json().await.expect("json");
    assert_eq!(
        cancelled,
        CodeCancelled {
            handle: a.handle.clone(),
            uses_cancelled: 2
        }
    );
    assert_eq!(
        api.enroll(&a.code).await.status(),
        StatusCode::GONE,
        "a cancelled code enrolls nobody"
    );
    let again: CodeCancelled = cancel(a.handle.clone()).await.json().await.expect("json");
    assert_eq!(again.uses_cancelled, 0, "cancelling twice is harmless");
    let list: EnrollmentCodeList = api.get("/v1/admin/enrollment-codes").await;
    assert_eq!(list.items.len(), 1);
    assert_eq!(list.items[0].handle, b.handle);
    // The device already enrolled with the cancelled code still works.
    api.upload(&enrolled.token, 0..1).await;

    let res = cancel("0123456789abcdef".into()).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body: ErrorBody = res.json().await.expect("json");
    assert_eq!(body.message, "no enrollment code 0123456789abcdef");
    let res = cancel("not-a-handle".into()).await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let body: ErrorBody = res.json().await.expect("json");
    assert!(
        body.message.contains("16 lowercase hex digits"),
        "{}",
        body.message
    );
    let res = api
        .http
        .get(format!("{}/v1/admin/enrollment-codes", api.url))
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

async fn devices_show_the_day_they_enrolled_and_last_synced(backend: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let db = database(backend, dir.path());
    let server = Server::start(&db, &[]);
    let api = Api::new(&server);
    support::publish_survey(&api.url).await;
    let code = api.code(2, "north").await;
    let syncing = api.device(&code.code).await;
    let idle = api.device(&code.code).await;
    let devices = api.devices().await;
    assert!(
        devices
            .iter()
            .all(|d| d.enrolled_on == Some(today()) && d.last_sync_on.is_none()),
        "{devices:?}"
    );
    api.upload(&syncing.token, 0..1).await;
    let devices = api.devices().await;
    let day = |id: &str| {
        devices
            .iter()
            .find(|d| d.device_id == id)
            .map(|d| d.last_sync_on.clone())
            .expect("listed")
    };
    assert_eq!(day(&syncing.device_id), Some(today()));
    assert_eq!(day(&idle.device_id), None, "never synced");
    // Fetching questionnaires is a sync too.
    let res = api
        .http
        .get(format!("{}/v1/questionnaires", api.url))
        .bearer_auth(&idle.token)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::OK);
    let devices = api.devices().await;
    assert!(devices.iter().all(|d| d.last_sync_on == Some(today())));
    if backend == "sqlite" {
        // The database holds days, never times.
        let path = db.strip_prefix("sqlite:").expect("path");
        let conn = rusqlite::Connection::open(path).expect("open");
        let values: Vec<String> = conn
            .prepare("SELECT enrolled_on || ' ' || last_sync_on FROM devices")
            .expect("prepare")
            .query_map([], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        assert_eq!(values, vec![format!("{} {}", today(), today()); 2]);
    }
}

/// The first schema, as databases made before the device days hold it.
const SCHEMA_1_SQLITE: &str = "
CREATE TABLE enrollment_codes (code_hash BLOB PRIMARY KEY, remaining INTEGER NOT NULL, expires_at INTEGER NOT NULL, grp TEXT NOT NULL);
CREATE TABLE devices (id TEXT PRIMARY KEY, token_hash BLOB NOT NULL UNIQUE, grp TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE questionnaires (id TEXT PRIMARY KEY, version INTEGER NOT NULL, bundle TEXT NOT NULL);
CREATE TABLE submissions (seq INTEGER PRIMARY KEY AUTOINCREMENT, submission_id TEXT NOT NULL UNIQUE, questionnaire_id TEXT NOT NULL, questionnaire_version INTEGER NOT NULL, received_hour INTEGER NOT NULL, envelope BLOB);
PRAGMA user_version = 1;
";

const SCHEMA_1_POSTGRES: &str = "
CREATE TABLE heard_schema (version INTEGER NOT NULL); INSERT INTO heard_schema VALUES (1);
CREATE TABLE enrollment_codes (code_hash BYTEA PRIMARY KEY, remaining INTEGER NOT NULL, expires_at BIGINT NOT NULL, grp TEXT NOT NULL);
CREATE TABLE devices (id TEXT PRIMARY KEY, token_hash BYTEA NOT NULL UNIQUE, grp TEXT NOT NULL, revoked BOOLEAN NOT NULL DEFAULT FALSE);
CREATE TABLE questionnaires (id TEXT PRIMARY KEY, version INTEGER NOT NULL, bundle TEXT NOT NULL);
CREATE TABLE submissions (seq BIGSERIAL PRIMARY KEY, submission_id TEXT NOT NULL UNIQUE, questionnaire_id TEXT NOT NULL, questionnaire_version INTEGER NOT NULL, received_hour BIGINT NOT NULL, envelope BYTEA);
";

/// An envelope stored under schema 1 (its position from the table's
/// sequence), its bytes written as `envelope` (a literal of the backend).
fn old_submission(envelope: &str) -> String {
    format!("INSERT INTO submissions (submission_id, questionnaire_id, questionnaire_version, received_hour, envelope)
             VALUES ('{:032x}', 'post-encounter', 1, 0, {envelope});", 99)
}

async fn a_database_from_before_device_days_keeps_working(backend: &str) {
    use sha2::{Digest, Sha256};
    let dir = tempfile::tempdir().expect("dir");
    let token = "an-old-device-token-from-schema-one";
    let hash: String = Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let db = match backend {
        "sqlite" => {
            let path = dir.path().join("old.db");
            let conn = rusqlite::Connection::open(&path).expect("open");
            conn.execute_batch(SCHEMA_1_SQLITE).expect("schema 1");
            conn.execute(
                "INSERT INTO devices (id, token_hash, grp) VALUES ('old-device', ?1, 'north')",
                [Sha256::digest(token.as_bytes()).to_vec()],
            )
            .expect("device");
            conn.execute_batch(&old_submission("X'00ff'"))
                .expect("submission");
            format!("sqlite:{}", path.display())
        }
        _ => {
            let cluster = Cluster::get();
            let name = cluster.create_database();
            cluster.psql(&name, SCHEMA_1_POSTGRES);
            cluster.psql(
                &name,
                &format!(
                    "INSERT INTO devices (id, token_hash, grp) VALUES ('old-device', '\\x{hash}', 'north')"
                ),
            );
            cluster.psql(&name, &old_submission("'\\x00ff'"));
            format!("postgres://postgres@127.0.0.1:{}/{name}", cluster.port())
        }
    };
    let server = Server::start(&db, &[]);
    let api = Api::new(&server);
    let devices = api.devices().await;
    assert_eq!(
        devices,
        [DeviceInfo {
            device_id: "old-device".into(),
            group: "north".into(),
            revoked: false,
            enrolled_on: None,
            last_sync_on: None,
            link: None,
        }],
        "the enrollment day of an older device is unknown"
    );
    support::publish_survey(&api.url).await;
    api.upload(token, 0..2).await;
    let devices = api.devices().await;
    assert_eq!(devices[0].last_sync_on, Some(today()));
    let status: ServerStatus = api.get("/v1/admin/status").await;
    assert_eq!(status.waiting_total, 3);
    // The envelope stored before keeps its position; new ones come after.
    assert_eq!(
        support::server_ids(&api.url).await,
        [
            format!("{:032x}", 99),
            format!("{:032x}", 0),
            format!("{:032x}", 1)
        ]
    );
}
