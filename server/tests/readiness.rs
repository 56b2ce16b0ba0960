//! `/healthz` answers for the process, `/readyz` for the process and its
//! database: a load balancer stops sending requests to a server whose
//! database is down, and starts again when it is back.

mod support;

use reqwest::StatusCode;
use std::time::{Duration, Instant};
use support::{Cluster, Server};

async fn probe(url: &str, path: &str) -> (StatusCode, String) {
    let res = reqwest::Client::new()
        .get(format!("{url}{path}"))
        .timeout(Duration::from_secs(20))
        .send()
        .await
        .expect("the process answers");
    let status = res.status();
    (status, res.text().await.expect("text"))
}

/// Probes `/readyz` until it answers `want` (at most 30 seconds).
async fn readyz_becomes(url: &str, want: StatusCode) -> (StatusCode, String) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, body) = probe(url, "/readyz").await;
        if status == want || Instant::now() > deadline {
            return (status, body);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn readyz_is_503_while_postgres_is_down_and_200_when_it_is_back() {
    let cluster = Cluster::private();
    let server = Server::start(&cluster.database(), &[]);
    assert_eq!(
        probe(&server.url, "/readyz").await,
        (StatusCode::OK, "ready".into())
    );
    // The pool holds connections, as a serving server does.
    let device = support::enroll_device(&server.url).await;

    cluster.stop();
    let (status, body) = readyz_becomes(&server.url, StatusCode::SERVICE_UNAVAILABLE).await;
    assert_eq!(
        (status, body.as_str()),
        (
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: the database does not answer (the server log says why)"
        )
    );
    assert_eq!(
        probe(&server.url, "/healthz").await,
        (StatusCode::OK, "ok".into()),
        "the process itself is fine"
    );
    let reason = format!(
        "not ready: the database does not answer reason=cannot reach PostgreSQL at 127.0.0.1:{}",
        cluster.port()
    );
    let log = server.log_with(&reason);
    assert!(log.contains(&reason), "{log}");
    // Probes are not logged one by one.
    probe(&server.url, "/readyz").await;
    assert_eq!(
        server
            .log()
            .matches("not ready: the database does not answer")
            .count(),
        1,
        "{}",
        server.log()
    );

    cluster.start_again();
    let (status, _) = readyz_becomes(&server.url, StatusCode::OK).await;
    assert_eq!(status, StatusCode::OK, "ready again once the database is");
    let log = server.log_with("ready again: the database answers");
    assert!(log.contains("ready again: the database answers"), "{log}");
    // And the server works again without a restart.
    let res = reqwest::Client::new()
        .get(format!("{}/v1/questionnaires", server.url))
        .bearer_auth(&device.token)
        .send()
        .await
        .expect("request");
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn readyz_is_503_when_the_sqlite_file_is_gone() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("server.db");
    let server = Server::start(&format!("sqlite:{}", path.display()), &[]);
    assert_eq!(probe(&server.url, "/readyz").await.0, StatusCode::OK);
    std::fs::rename(&path, dir.path().join("moved.db")).expect("move");
    assert_eq!(
        probe(&server.url, "/readyz").await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    let reason = format!("the database file {} is gone", path.display());
    let log = server.log_with(&reason);
    assert!(log.contains(&reason), "{log}");
    assert_eq!(probe(&server.url, "/healthz").await.0, StatusCode::OK);
}
