//! `heard-server migrate --from sqlite:PATH --to postgres://…` against a
//! real PostgreSQL: every row copied, export positions kept so a pull goes
//! on where it stopped, counts checked, a non-empty target refused.

mod support;

use heard_protocol::{
    DeviceInfo, EnrollResponse, EnrollmentCodeList, ExportPage, ItemStatus, QuestionnaireList,
    ServerStatus, UploadItem, UploadRequest, UploadResponse,
};
use reqwest::StatusCode;
use serde_json::json;
use support::{ADMIN, Cluster, Server, heard_server};

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

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str, token: &str) -> T {
        let res = self
            .http
            .get(format!("{}{path}", self.url))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        res.json().await.expect("json")
    }

    async fn admin(&self, path: &str, body: serde_json::Value) -> reqwest::Response {
        self.http
            .post(format!("{}{path}", self.url))
            .bearer_auth(ADMIN)
            .json(&body)
            .send()
            .await
            .expect("request")
    }

    async fn code(&self, uses: u32, group: &str) -> String {
        let res = self
            .admin(
                "/v1/admin/enrollment-codes",
                json!({"uses": uses, "expires_in_secs": 3600, "group": group}),
            )
            .await;
        let body: serde_json::Value = res.json().await.expect("json");
        body["code"].as_str().expect("code").to_string()
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
        self.enroll(code).await.json().await.expect("enrolled")
    }

    async fn upload(&self, token: &str, ids: &[u32]) -> reqwest::Response {
        let items = ids
            .iter()
            .map(|n| UploadItem {
                submission_id: format!("{n:032x}"),
                questionnaire_id: "post-encounter".into(),
                questionnaire_version: 1,
                envelope: support::envelope(&format!("answer {n}")),
            })
            .collect();
        self.http
            .post(format!("{}/v1/submissions", self.url))
            .bearer_auth(token)
            .json(&UploadRequest { items })
            .send()
            .await
            .expect("request")
    }

    async fn export(&self, after: i64, limit: u32) -> ExportPage {
        self.get(&format!("/v1/export?after={after}&limit={limit}"), ADMIN)
            .await
    }

    async fn devices(&self) -> Vec<DeviceInfo> {
        let mut devices: Vec<DeviceInfo> = self.get("/v1/admin/devices", ADMIN).await;
        devices.sort_by(|a, b| a.device_id.cmp(&b.device_id));
        devices
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn migrate_copies_everything_and_a_pull_goes_on_where_it_stopped() {
    let dir = tempfile::tempdir().expect("dir");
    let sqlite = format!("sqlite:{}", dir.path().join("server.db").display());
    let server = Server::start(&sqlite, &[]);
    let api = Api::new(&server);
    support::publish_survey(&api.url).await;
    let north = api.code(5, "north").await;
    let south = api.code(1, "south").await;
    let (d1, d2, d3) = (
        api.device(&north).await,
        api.device(&north).await,
        api.device(&south).await,
    );
    let res = api
        .admin(
            &format!("/v1/admin/devices/{}/revoke", d3.device_id),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        api.upload(&d1.token, &[0, 1, 2, 3, 4, 5]).await.status(),
        200
    );
    assert_eq!(api.upload(&d2.token, &[6, 7]).await.status(), 200);
    // A pull took the first page and purged three of what it holds.
    let first_page = api.export(0, 5).await;
    let cursor = first_page.next_after.expect("a second page");
    let purged: Vec<String> = first_page.items[..3]
        .iter()
        .map(|i| i.submission_id.clone())
        .collect();
    let res = api
        .admin("/v1/admin/purge", json!({ "submission_ids": purged }))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let before_rest = api.export(cursor, 1000).await;
    let before_all = api.export(0, 1000).await;
    let before_devices = api.devices().await;
    let before_codes: EnrollmentCodeList = api.get("/v1/admin/enrollment-codes", ADMIN).await;
    let before_status: ServerStatus = api.get("/v1/admin/status", ADMIN).await;
    let before_list: QuestionnaireList = api.get("/v1/questionnaires", &d1.token).await;
    // The organization's signed config (as `heard org set` publishes it).
    let config = heard_protocol::signing::Signed::sign(
        &heard_protocol::signing::OrgConfig {
            org_name: "Refugee Legal Aid Network".into(),
            server: api.url.clone(),
            recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
            serial: 2,
        },
        support::org_key(),
    );
    let res = api
        .http
        .put(format!("{}/v1/admin/config", api.url))
        .bearer_auth(ADMIN)
        .json(&config)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::OK);
    drop(server);

    let cluster = Cluster::get();
    let name = cluster.create_database();
    let url = format!("postgres://postgres@127.0.0.1:{}/{name}", cluster.port());
    let out = heard_server(&["migrate", "--from", &sqlite, "--to", &url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    let expected = format!(
        "copied {} to PostgreSQL database {name} on 127.0.0.1:{} as postgres (TLS: prefer); every count matches:\n  enrollment codes  2\n  devices           3\n  questionnaires    1\n  envelopes         5 waiting, 3 purged (tombstones)\n  export position   8 (the next envelope gets a higher one)\n  org config        serial 2\nStart the server with --db {url}\n",
        dir.path().join("server.db").display(),
        cluster.port()
    );
    assert_eq!(said, expected);

    let server = Server::start(&url, &[]);
    let api = Api::new(&server);
    assert_eq!(
        api.export(cursor, 1000).await,
        before_rest,
        "the pull's next page is the same, positions and bytes"
    );
    assert_eq!(api.export(0, 1000).await, before_all);
    assert_eq!(
        api.devices().await,
        before_devices,
        "devices and their days"
    );
    let codes: EnrollmentCodeList = api.get("/v1/admin/enrollment-codes", ADMIN).await;
    assert_eq!(codes, before_codes);
    let status: ServerStatus = api.get("/v1/admin/status", ADMIN).await;
    assert_eq!(
        status,
        ServerStatus {
            database: "postgres".into(),
            ..before_status
        }
    );
    let list: QuestionnaireList = api.get("/v1/questionnaires", &d1.token).await;
    assert_eq!(list, before_list, "the same bundle, the same ETag");
    let served: heard_protocol::signing::Signed = api.get("/v1/config", &d1.token).await;
    assert_eq!(served, config, "the organization's exact signed config");

    // New envelopes come after every old position; old ids, purged or
    // not, are still known.
    let acks: UploadResponse = api
        .upload(&d1.token, &[100, 0, 7])
        .await
        .json()
        .await
        .expect("json");
    let statuses: Vec<ItemStatus> = acks.results.iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        [
            ItemStatus::Stored,
            ItemStatus::Duplicate,
            ItemStatus::Duplicate
        ]
    );
    let after = api
        .export(before_all.items.last().expect("items").seq, 1000)
        .await;
    assert_eq!(after.items.len(), 1);
    assert_eq!(after.items[0].submission_id, format!("{:032x}", 100));
    assert_eq!(after.items[0].seq, 9);
    // The revoked device stays revoked; the code's remaining uses still enroll.
    assert_eq!(
        api.upload(&d3.token, &[200]).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(api.enroll(&north).await.status(), StatusCode::OK);
    assert_eq!(api.enroll(&south).await.status(), StatusCode::GONE);
    drop(server);

    // A second migration into the same database is refused, changing nothing.
    let out = heard_server(&["migrate", "--from", &sqlite, "--to", &url]);
    assert!(!out.status.success());
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "heard-server: the target PostgreSQL database {name} on 127.0.0.1:{} as postgres (TLS: prefer) is not empty (4 devices, 9 envelopes, 1 questionnaires, 2 codes, an organization config (serial 2)): migrate into a new, empty database",
            cluster.port()
        )
    );
    assert_eq!(
        cluster.psql(&name, "SELECT count(*) FROM submissions"),
        "9",
        "nothing was added"
    );
}

#[test]
fn migrate_refuses_what_it_cannot_copy() {
    let dir = tempfile::tempdir().expect("dir");
    let missing = dir.path().join("missing.db");
    let cluster = Cluster::get();
    let url = cluster.database();
    let out = heard_server(&[
        "migrate",
        "--from",
        &format!("sqlite:{}", missing.display()),
        "--to",
        &url,
    ]);
    assert_eq!(
        text(&out.stderr).trim(),
        format!(
            "heard-server: there is no SQLite database at {}",
            missing.display()
        )
    );
    assert!(!missing.exists(), "no file is created");
    let out = heard_server(&["migrate", "--from", &url, "--to", &url]);
    assert_eq!(
        text(&out.stderr).trim(),
        "heard-server: --from must be the SQLite database, sqlite:PATH"
    );
}
