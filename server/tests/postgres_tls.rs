//! PostgreSQL over TLS (`sslmode=require`, `verify-ca`, `verify-full` with
//! `sslrootcert=`) against a real cluster with a certificate, and the words
//! a steward reads when the database cannot be used: each names the server
//! and database, never a bare "db error".

mod support;

use std::path::Path;
use support::{ADMIN, Cluster, Server, heard_server};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Starting the server on `db` fails; its one line of error.
fn refused(db: &str) -> String {
    let out = heard_server(&[
        "--db",
        db,
        "--listen",
        "127.0.0.1:0",
        "--admin-token",
        ADMIN,
    ]);
    assert!(!out.status.success(), "{db} was accepted");
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("heard-server: "))
        .collect();
    assert_eq!(lines.len(), 1, "one line of error: {stderr}");
    assert!(!stderr.contains("db error"), "{stderr}");
    assert!(!stderr.contains("backtrace"), "{stderr}");
    lines[0].trim_start_matches("heard-server: ").to_string()
}

/// A server on `db` stores and exports an envelope.
async fn works(db: &str) -> Server {
    let server = Server::start(db, &[]);
    let device = support::enroll_device(&server.url).await;
    let res = reqwest::Client::new()
        .post(format!("{}/v1/submissions", server.url))
        .bearer_auth(&device.token)
        .json(&heard_protocol::UploadRequest {
            items: vec![heard_protocol::UploadItem {
                submission_id: format!("{:032x}", 1),
                questionnaire_id: "post-encounter".into(),
                questionnaire_version: 1,
                envelope: support::envelope("over tls"),
            }],
        })
        .send()
        .await
        .expect("upload");
    assert_eq!(res.status(), 200);
    assert_eq!(support::server_ids(&server.url).await.len(), 1);
    server
}

/// How many of the server's connections to database `name` use TLS.
fn tls_connections(cluster: &Cluster, name: &str) -> u32 {
    cluster
        .psql(
            "postgres",
            &format!(
                "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) WHERE ssl AND datname = '{name}'"
            ),
        )
        .parse()
        .expect("a count")
}

fn url(cluster: &Cluster, host: &str, name: &str, query: &str) -> String {
    format!(
        "postgres://postgres@{host}:{}/{name}?{query}",
        cluster.port()
    )
}

fn ca(cluster: &Cluster) -> String {
    cluster
        .ca
        .as_deref()
        .map(Path::display)
        .expect("a TLS cluster")
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn require_verify_ca_and_verify_full_connect_over_tls() {
    let cluster = Cluster::tls();
    let ca = ca(cluster);
    for (host, query) in [
        ("127.0.0.1", "sslmode=require".to_string()),
        ("127.0.0.1", format!("sslmode=verify-full&sslrootcert={ca}")),
        ("localhost", format!("sslmode=verify-full&sslrootcert={ca}")),
        // verify-ca checks the authority, not the name.
        (
            "other.invalid",
            format!("sslmode=verify-ca&sslrootcert={ca}&hostaddr=127.0.0.1"),
        ),
    ] {
        let name = cluster.create_database();
        let db = url(cluster, host, &name, &query);
        let server = works(&db).await;
        assert!(
            tls_connections(cluster, &name) > 0,
            "{query}: the server's connections use TLS"
        );
        let mode = if query.starts_with("sslmode=require") {
            "require".to_string()
        } else {
            query
                .split('&')
                .next()
                .and_then(|m| m.strip_prefix("sslmode="))
                .map(|m| format!("{m}, trusting {ca}"))
                .expect("mode")
        };
        let startup = format!(
            "using the PostgreSQL database {name} on {host}:{} as postgres (TLS: {mode})",
            cluster.port()
        );
        let log = server.log_with(&startup);
        assert!(log.contains(&startup), "{log}");
    }
}

#[test]
fn tls_failures_say_what_is_wrong_with_the_certificate_or_the_server() {
    let cluster = Cluster::tls();
    let ca = ca(cluster);
    let name = cluster.create_database();
    let port = cluster.port();

    // The certificate lists 127.0.0.1 and localhost, not this name.
    let db = url(
        cluster,
        "other.invalid",
        &name,
        &format!("sslmode=verify-full&sslrootcert={ca}&hostaddr=127.0.0.1"),
    );
    assert_eq!(
        refused(&db),
        format!(
            "the certificate of the PostgreSQL server at other.invalid:{port} is not valid for the name other.invalid: connect with a name the certificate lists, or use sslmode=verify-ca"
        )
    );

    // Signed by an authority this side does not trust.
    let dir = tempfile::tempdir().expect("dir");
    let stranger = dir.path().join("other-ca.pem");
    let key = rcgen::KeyPair::generate().expect("key");
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    std::fs::write(&stranger, params.self_signed(&key).expect("ca").pem()).expect("write");
    for query in [
        format!("sslmode=verify-full&sslrootcert={}", stranger.display()),
        // The system's authorities do not know the test authority either.
        "sslmode=verify-full".to_string(),
    ] {
        assert_eq!(
            refused(&url(cluster, "127.0.0.1", &name, &query)),
            format!(
                "the certificate of the PostgreSQL server at 127.0.0.1:{port} is not signed by an authority trusted here: give the authority's certificate with sslrootcert=FILE in --db"
            ),
            "{query}"
        );
    }

    let missing = dir.path().join("missing.pem");
    assert_eq!(
        refused(&url(
            cluster,
            "127.0.0.1",
            &name,
            &format!("sslmode=verify-full&sslrootcert={}", missing.display())
        )),
        format!(
            "cannot read the sslrootcert file {}: No such file or directory",
            missing.display()
        )
    );
    let not_pem = dir.path().join("not.pem");
    std::fs::write(&not_pem, "hello").expect("write");
    assert_eq!(
        refused(&url(
            cluster,
            "127.0.0.1",
            &name,
            &format!("sslmode=verify-ca&sslrootcert={}", not_pem.display())
        )),
        format!(
            "the sslrootcert file {} holds no certificate (expected PEM, -----BEGIN CERTIFICATE-----)",
            not_pem.display()
        )
    );

    // A server without TLS, when TLS is required.
    let plain = Cluster::get();
    let plain_name = plain.create_database();
    assert_eq!(
        refused(&url(plain, "127.0.0.1", &plain_name, "sslmode=require")),
        format!(
            "the PostgreSQL server at 127.0.0.1:{} does not accept TLS, and --db asks for sslmode=require: turn on ssl in its postgresql.conf, or use sslmode=prefer on a network you trust",
            plain.port()
        )
    );
}

#[test]
fn connection_failures_name_the_server_and_database() {
    let cluster = Cluster::get();
    let port = cluster.port();
    assert_eq!(
        refused(&format!("postgres://postgres@127.0.0.1:{port}/nosuch")),
        format!(
            "database \"nosuch\" does not exist on 127.0.0.1:{port}: create it (createdb nosuch) or correct the database name in --db"
        )
    );
    assert_eq!(
        refused(&format!("postgres://nobody@127.0.0.1:{port}/postgres")),
        format!(
            "role \"nobody\" does not exist on 127.0.0.1:{port}: check the user name and password in --db, and pg_hba.conf on the server"
        )
    );
    let nothing = support::free_port();
    assert_eq!(
        refused(&format!("postgres://heard@127.0.0.1:{nothing}/heard")),
        format!(
            "cannot reach PostgreSQL at 127.0.0.1:{nothing} (database heard): connection refused (is PostgreSQL running there, and listening on that address and port?)"
        )
    );
    let said = refused("postgres://heard:hunter2-secret@127.0.0.1/heard?sslmode=sometimes");
    assert_eq!(
        said,
        "--db: sslmode=sometimes is not understood: use disable, prefer, require, verify-ca or verify-full"
    );
    let said = refused("postgres://heard:hunter2-secret@127.0.0.1/heard?colour=blue");
    assert_eq!(
        said,
        "--db postgres://heard:***@127.0.0.1/heard?colour=blue: invalid connection string: unknown option `colour`"
    );
    let said = refused("mysql://heard:hunter2-secret@127.0.0.1/heard");
    assert!(!said.contains("hunter2"), "{said}");
    assert!(
        said.contains("use sqlite:PATH (embedded) or postgres://"),
        "{said}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_startup_line_names_the_database_but_never_its_password() {
    let cluster = Cluster::get();
    let name = cluster.create_database();
    // The test cluster trusts every connection, so any password is accepted.
    let db = format!(
        "postgres://postgres:hunter2-secret@127.0.0.1:{}/{name}",
        cluster.port()
    );
    let server = works(&db).await;
    let startup = format!(
        "using the PostgreSQL database {name} on 127.0.0.1:{} as postgres (TLS: prefer)",
        cluster.port()
    );
    let log = server.log_with(&startup);
    assert!(log.contains(&startup), "{log}");
    assert!(!log.contains("hunter2"), "{log}");
}
