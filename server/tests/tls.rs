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

/// The device trusts Mozilla's root certificates only (webpki-roots, the
/// same on every platform): a server whose certificate no public authority
/// issued is refused before the enrollment code is sent, and the device
/// holds nothing of the organization afterwards.
#[tokio::test(flavor = "multi_thread")]
async fn a_device_refuses_a_server_certificate_no_public_authority_issued() {
    let dir = tempfile::tempdir().expect("dir");
    let cert =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()])
            .expect("certificate");
    let (cert_file, key_file) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert_file, cert.cert.pem()).expect("write");
    std::fs::write(&key_file, cert.signing_key.serialize_pem()).expect("write");
    let server = Server::start(
        &database("sqlite", dir.path()),
        &[
            "--tls-cert",
            &cert_file.display().to_string(),
            "--tls-key",
            &key_file.display().to_string(),
        ],
    );
    let admin = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).expect("pem")])
        .build()
        .expect("client");
    // The admin calls go through a client that trusts the certificate.
    let code: heard_protocol::CreateCodeResponse = admin
        .post(format!("{}/v1/admin/enrollment-codes", server.url))
        .bearer_auth(support::ADMIN)
        .json(&serde_json::json!({"uses": 1, "expires_in_secs": 3600, "group": "north"}))
        .send()
        .await
        .expect("code")
        .json()
        .await
        .expect("code body");
    let offer = heard_device::enroll::read_qr(&support::qr_payload(&server.url, &code.code))
        .expect("offer");
    let secrets = heard_device::MemorySecretStore::default();
    let store = std::sync::Mutex::new(
        heard_device::Store::open(
            dir.path().join("device.db"),
            &secrets,
            heard_device::StoreConfig::default(),
        )
        .expect("store"),
    );
    let err = heard_device::enroll::accept(&offer, &store, &secrets)
        .await
        .expect_err("an untrusted certificate is refused");
    let message = err.to_string();
    assert!(message.contains("certificate"), "{message}");
    let store = store.into_inner().expect("store");
    assert!(store.enrollment().expect("enrollment").is_none());
    // The code was never spent: a device that trusts the server can still use it.
    let enrolled = admin
        .post(format!("{}/v1/enroll", server.url))
        .json(&serde_json::json!({ "code": code.code }))
        .send()
        .await
        .expect("enroll");
    assert!(enrolled.status().is_success(), "{}", enrolled.status());
}
