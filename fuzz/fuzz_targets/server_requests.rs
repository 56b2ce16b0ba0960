//! The server's request decoding, through its real router over a SQLite
//! store: JSON bodies of every route that reads one, the export's query
//! string, and request paths. Set up once per process: the shipped survey
//! published, an enrolled device. The first byte picks the route (its
//! high bit drops the JSON content type); the rest is the body, query or
//! path. A request must never make the server answer 500 (an internal
//! error is for the database failing, not for what a client sent) or panic.
#![no_main]

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

const ADMIN: &str = "heard-fuzz-admin-Xq7vB2mK9pLw4RtZ-n8Jc3Fh";

struct Harness {
    rt: tokio::runtime::Runtime,
    router: axum::Router,
    device_token: String,
    _dir: tempfile::TempDir,
}

fn survey_bundle() -> heard_protocol::signing::Signed {
    let mut files = BTreeMap::new();
    files.insert(
        "questionnaire.toml".to_string(),
        include_str!("../../questionnaires/post-encounter/questionnaire.toml").to_string(),
    );
    files.insert(
        "locales/en/post-encounter.ftl".to_string(),
        include_str!("../../questionnaires/post-encounter/locales/en/post-encounter.ftl")
            .to_string(),
    );
    let bundle = heard_protocol::signing::Bundle {
        questionnaire_id: "post-encounter".into(),
        version: 1,
        files,
        audio: Default::default(),
    };
    heard_protocol::signing::Signed::sign(&bundle, &heard_protocol::signing::SecretKey::generate())
}

async fn send(router: &axum::Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let res = router.clone().oneshot(req).await.expect("infallible");
    let status = res.status();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .map(|b| b.to_vec())
        .unwrap_or_default();
    (status, body)
}

fn json(method: Method, uri: &str, token: Option<&str>, body: Vec<u8>) -> Request<Body> {
    let mut b = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    b.body(Body::from(body)).expect("request")
}

fn harness() -> &'static Harness {
    static H: OnceLock<Harness> = OnceLock::new();
    H.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let dir = tempfile::tempdir().expect("dir");
        let db = format!("sqlite:{}", dir.path().join("server.db").display());
        let (router, device_token) = rt.block_on(async {
            let store = heard_server::store::open(&db).await.expect("store");
            let state = Arc::new(heard_server::AppState {
                store,
                admin_hash: heard_server::auth::hash(ADMIN),
                limits: heard_protocol::EnvelopeLimits::default(),
                max_body: 1024 * 1024,
                limiter: heard_server::ratelimit::RateLimiter::new(u32::MAX),
                metrics: Default::default(),
                received_granularity: 3600,
                log_client_addresses: false,
                page: None,
            });
            let router = heard_server::router(state);
            let bundle = serde_json::to_vec(&survey_bundle()).expect("bundle");
            let (s, _) = send(
                &router,
                json(Method::PUT, "/v1/admin/questionnaires", Some(ADMIN), bundle),
            )
            .await;
            assert!(s.is_success(), "publish: {s}");
            let code = serde_json::json!({"uses": 10, "expires_in_secs": 3600, "group": "fuzz"});
            let (s, body) = send(
                &router,
                json(
                    Method::POST,
                    "/v1/admin/enrollment-codes",
                    Some(ADMIN),
                    code.to_string().into_bytes(),
                ),
            )
            .await;
            assert!(s.is_success(), "code: {s}");
            let code: heard_protocol::CreateCodeResponse =
                serde_json::from_slice(&body).expect("code");
            let enroll = serde_json::json!({ "code": code.code });
            let (s, body) = send(
                &router,
                json(
                    Method::POST,
                    "/v1/enroll",
                    None,
                    enroll.to_string().into_bytes(),
                ),
            )
            .await;
            assert!(s.is_success(), "enroll: {s}");
            let enrolled: heard_protocol::EnrollResponse =
                serde_json::from_slice(&body).expect("enrolled");
            (router, enrolled.token)
        });
        Harness {
            rt,
            router,
            device_token,
            _dir: dir,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let h = harness();
    let device = Some(h.device_token.as_str());
    let admin = Some(ADMIN);
    let body = rest.to_vec();
    let mut req = match which & 0x7f {
        0..=39 => json(Method::POST, "/v1/submissions", device, body),
        40..=49 => json(Method::POST, "/v1/enroll", None, body),
        50..=59 => json(Method::PUT, "/v1/admin/questionnaires", admin, body),
        60..=69 => json(Method::PUT, "/v1/admin/config", admin, body),
        70..=79 => json(Method::POST, "/v1/admin/enrollment-codes", admin, body),
        80..=89 => json(Method::POST, "/v1/admin/purge", admin, body),
        90..=99 => json(Method::POST, "/v1/admin/links", admin, body),
        100..=113 => {
            let Ok(query) = std::str::from_utf8(rest) else {
                return;
            };
            let Ok(req) = Request::builder()
                .uri(format!("/v1/export?{query}"))
                .header(header::AUTHORIZATION, format!("Bearer {ADMIN}"))
                .body(Body::empty())
            else {
                return;
            };
            req
        }
        _ => {
            let Ok(path) = std::str::from_utf8(rest) else {
                return;
            };
            let Ok(req) = Request::builder()
                .uri(path)
                .header(header::AUTHORIZATION, format!("Bearer {}", h.device_token))
                .body(Body::empty())
            else {
                return;
            };
            req
        }
    };
    if which & 0x80 != 0 {
        req.headers_mut().remove(header::CONTENT_TYPE);
    }
    let (status, answer) = h.rt.block_on(send(&h.router, req));
    assert!(
        status != StatusCode::INTERNAL_SERVER_ERROR,
        "500 for {:?}: {}",
        String::from_utf8_lossy(data),
        String::from_utf8_lossy(&answer)
    );
});
