//! `--tls-cert`/`--tls-key`: the server speaks https only, with the
//! operator's certificate.

mod support;

use support::{Server, database};

#[tokio::test(flavor = "multi_thread")]
async fn with_a_certificate_the_server_speaks_https_only() {
    let dir = tempfile::tempdir().expect("dir");
    let cert =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()])
            .expect("certificate");
    let (cert_pem, key_pem) = (cert.cert.pem(), cert.signing_key.serialize_pem());
    let (cert_file, key_file) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_file, &cert_pem).expect("write");
    std::fs::write(&key_file, key_pem).expect("write");
    let server = Server::start(
        &database("sqlite", dir.path()),
        &[
            "--tls-cert",
            &cert_file.display().to_string(),
            "--tls-key",
            &key_file.display().to_string(),
        ],
    );
    assert!(server.url.starts_with("https://"), "{}", server.url);
    let client = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(cert_pem.as_bytes()).expect("pem")])
        .build()
        .expect("client");
    let body = client
        .get(format!("{}/healthz", server.url))
        .send()
        .await
        .expect("https request")
        .text()
        .await
        .expect("text");
    assert_eq!(body, "ok");
    let plain = server.url.replace("https://", "http://");
    let refused = reqwest::Client::new()
        .get(format!("{plain}/healthz"))
        .send()
        .await;
    assert!(
        refused.is_err() || !refused.is_ok_and(|r| r.status().is_success()),
        "plain http must not be served"
    );
    let untrusting = reqwest::Client::new()
        .get(format!("{}/healthz", server.url))
        .send()
        .await;
    assert!(
        untrusting.is_err(),
        "a client that does not trust the certificate refuses it"
    );
}
