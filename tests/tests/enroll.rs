//! Enrolling a device from the organization's QR code against a real
//! server, then submitting and syncing: the organization decrypts the
//! envelope and verifies the enrollment-group signature inside it. And the
//! attacks: a config signed by another key, an older config, a QR whose
//! config its own key did not sign, plain http, a used code.

mod support;

use heard_device::enroll::{accept, read_qr};
use heard_device::secret::{DEVICE_TOKEN, GROUP_KEY};
use heard_device::sync::{SyncConfig, SyncStatus, Syncer};
use heard_device::{Error, MemorySecretStore, SecretStore, Store, StoreConfig};
use heard_engine::submission::Submission;
use heard_engine::{Answer, Questionnaire, seal};
use heard_protocol::signing::{OrgConfig, QrPayload, SecretKey, Signed};
use std::sync::Mutex;
use support::{ADMIN, Server, database, server_ids};

struct Steward {
    org: SecretKey,
    age: age::x25519::Identity,
    group: SecretKey,
}

impl Steward {
    fn new() -> Steward {
        Steward {
            // The key support::publish_survey signs bundles with.
            org: SecretKey::from_base64(&support::org_key().to_base64()).expect("key"),
            age: age::x25519::Identity::generate(),
            group: SecretKey::generate(),
        }
    }

    fn config(&self, server: &str, serial: u64, key: &SecretKey) -> Signed {
        let config = OrgConfig {
            org_name: "Refugee Legal Aid Network".into(),
            server: server.into(),
            recipients: vec![self.age.to_public().to_string()],
            serial,
        };
        Signed::sign(&config, key)
    }

    async fn qr(&self, server: &str) -> String {
        support::publish_survey(server).await;
        let code = support::create_code(server, 1, "north").await;
        QrPayload {
            code: code.code,
            group: "north".into(),
            group_key: self.group.to_base64(),
            org_key: self.org.public().to_base64(),
            config: self.config(server, 1, &self.org),
        }
        .encode()
    }
}

/// A server and a device enrolled with it from the steward's QR code.
struct Enrolled {
    dir: tempfile::TempDir,
    server: Server,
    steward: Steward,
    offer: heard_device::enroll::Offer,
    secrets: MemorySecretStore,
    store: Mutex<Store>,
}

impl Enrolled {
    async fn new() -> Enrolled {
        let dir = tempfile::tempdir().expect("dir");
        let server = Server::start(&database("sqlite", dir.path()));
        let steward = Steward::new();
        let offer = read_qr(&steward.qr(&server.url).await).expect("code");
        let secrets = MemorySecretStore::default();
        let store = Mutex::new(
            Store::open(
                dir.path().join("device.db"),
                &secrets,
                StoreConfig::default(),
            )
            .expect("store"),
        );
        accept(&offer, &store, &secrets).await.expect("enrolled");
        Enrolled {
            dir,
            server,
            steward,
            offer,
            secrets,
            store,
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_enrolled_device_seals_signs_and_syncs_what_only_the_organization_reads() {
    let Enrolled {
        dir: _dir,
        server,
        steward,
        offer,
        secrets,
        store,
    } = Enrolled::new().await;
    assert_eq!(offer.org_name, "Refugee Legal Aid Network");
    assert_eq!(
        offer.fingerprint,
        steward.org.public().fingerprint_words(),
        "the words to compare with the printed code"
    );
    assert_eq!(offer.group, "north");

    let token = String::from_utf8(
        secrets
            .load(DEVICE_TOKEN.into())
            .expect("load")
            .expect("token kept"),
    )
    .expect("text");
    assert!(secrets.load(GROUP_KEY.into()).expect("load").is_some());
    {
        let mut s = store.lock().expect("lock");
        let enrollment = s.enrollment().expect("read").expect("enrolled");
        assert_eq!(
            (enrollment.group.as_str(), enrollment.config.serial),
            ("north", 1)
        );
        let r = support::filled("ti", "1");
        let draft = s.create_draft(&r).expect("draft");
        s.submit(&draft, &r)
            .expect("sealed to the organization's recipients from the signed config");
    }
    let report = Syncer::new(SyncConfig::new(&server.url, &token))
        .expect("syncer")
        .sync(&store)
        .await
        .expect("sync");
    assert_eq!((report.uploaded, report.status), (1, SyncStatus::Done));

    let page: heard_protocol::ExportPage = reqwest::Client::new()
        .get(format!("{}/v1/export", server.url))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("export")
        .json()
        .await
        .expect("page");
    let plain =
        seal::open(&page.items[0].envelope, &steward.age).expect("the organization decrypts");
    let submission: Submission = serde_json::from_slice(&plain).expect("submission");
    assert_eq!(submission.locale, "ti");
    assert_eq!(
        submission.group.as_ref().map(|g| g.group.as_str()),
        Some("north")
    );
    assert!(
        submission.verify_group(&steward.group.public()),
        "signed by the enrollment group"
    );
    assert!(
        !submission.verify_group(&SecretKey::generate().public()),
        "no other group's key verifies it"
    );
    let mut forged = submission.clone();
    forged
        .answers
        .insert("pj_respect".into(), Answer::Choice("5".into()));
    assert!(
        !forged.verify_group(&steward.group.public()),
        "altered answers break the signature"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_cannot_re_point_or_roll_back_the_organization_config() {
    let Enrolled {
        dir: _dir,
        server,
        steward,
        store,
        ..
    } = Enrolled::new().await;
    let mut s = store.lock().expect("lock");
    let before = s.recipients("post-encounter").expect("recipients");

    let attacker = SecretKey::generate();
    let evil = steward.config("https://evil.example.org", 99, &attacker);
    let err = s.apply_config(&evil).expect_err("refused");
    assert_eq!(
        err.to_string(),
        "organization config refused: the signature does not match the organization's key"
    );
    let err = s
        .apply_config(&steward.config(&server.url, 1, &steward.org))
        .expect_err("not newer");
    assert_eq!(
        err.to_string(),
        "organization config refused: serial 1 is not newer than the current 1"
    );
    assert_eq!(
        s.recipients("post-encounter").expect("recipients").len(),
        before.len()
    );
    assert_eq!(
        s.enrollment()
            .expect("read")
            .expect("enrolled")
            .config
            .server,
        server.url
    );

    let newer = s
        .apply_config(&steward.config("https://new.example.org", 2, &steward.org))
        .expect("the organization's own update");
    assert_eq!(newer.server, "https://new.example.org");
}

#[tokio::test(flavor = "multi_thread")]
async fn suspicious_or_spent_codes_are_refused_with_a_clear_reason() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()));
    let steward = Steward::new();
    let text = steward.qr(&server.url).await;
    let mut qr = QrPayload::decode(&text).expect("decode");

    let mut forged = qr.clone();
    forged.config = steward.config(&server.url, 1, &SecretKey::generate());
    let err = read_qr(&forged.encode()).expect_err("config not signed by the code's key");
    assert!(
        err.to_string()
            .starts_with("this code's organization config is not signed by its organization key"),
        "{err}"
    );

    let mut plain_http = qr.clone();
    plain_http.config = steward.config("http://heard.example.org", 1, &steward.org);
    assert!(matches!(
        read_qr(&plain_http.encode()),
        Err(Error::InsecureServer(_))
    ));

    assert_eq!(
        read_qr("WIFI:S:cafe;;").expect_err("not ours").to_string(),
        "this QR code is not a Heard enrollment code"
    );

    let secrets = MemorySecretStore::default();
    let store = Mutex::new(
        Store::open(
            dir.path().join("device.db"),
            &secrets,
            StoreConfig::default(),
        )
        .expect("store"),
    );
    let offer = read_qr(&text).expect("valid");
    accept(&offer, &store, &secrets)
        .await
        .expect("first device");
    let other = MemorySecretStore::default();
    let other_store = Mutex::new(
        Store::open(dir.path().join("other.db"), &other, StoreConfig::default()).expect("store"),
    );
    let err = accept(&offer, &other_store, &other)
        .await
        .expect_err("single use");
    assert_eq!(
        err.to_string(),
        "the server refused the enrollment code: this enrollment code has expired or was already used"
    );
    assert!(
        other_store
            .lock()
            .expect("lock")
            .enrollment()
            .expect("read")
            .is_none(),
        "nothing half-enrolled"
    );
    assert_eq!(other.load(DEVICE_TOKEN.into()).expect("load"), None);

    qr.code = "made-up".into();
    let err = accept(
        &read_qr(&qr.encode()).expect("well-formed"),
        &other_store,
        &other,
    )
    .await
    .expect_err("unknown");
    assert_eq!(
        err.to_string(),
        "the server refused the enrollment code: unknown enrollment code"
    );
    assert!(server_ids(&server.url).await.is_empty());
}

#[test]
fn panic_wipe_destroys_the_token_and_group_key_too() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let steward = Steward::new();
    let mut store = Store::open(
        dir.path().join("device.db"),
        &secrets,
        StoreConfig::default(),
    )
    .expect("store");
    store
        .enroll(
            &steward.org.public().to_base64(),
            "north",
            &steward.group.to_base64(),
            &steward.config("https://h.example.org", 1, &steward.org),
            &secrets,
        )
        .expect("enroll");
    secrets
        .save(DEVICE_TOKEN.into(), b"token".to_vec())
        .expect("token");
    store.panic_wipe(&secrets).expect("wipe");
    for name in [
        DEVICE_TOKEN,
        GROUP_KEY,
        heard_device::secret::DEVICE_IDENTITY,
    ] {
        assert_eq!(secrets.load(name.into()).expect("load"), None, "{name}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn questionnaires_arrive_signed_newer_only_and_unforgeable() {
    let Enrolled {
        dir,
        server,
        steward: _,
        offer: _,
        secrets,
        store,
    } = Enrolled::new().await;
    let config =
        SyncConfig::for_enrolled(&store.lock().expect("lock"), &secrets).expect("enrolled config");
    assert_eq!(
        config.server, server.url,
        "the server comes from the organization's signed config"
    );
    let syncer = Syncer::new(config).expect("syncer");

    let report = syncer.sync(&store).await.expect("sync");
    assert_eq!(
        report.questionnaires_updated,
        [("post-encounter".to_string(), 1)]
    );
    let bundles = store.lock().expect("lock").bundles().expect("bundles");
    let unpacked = heard_engine::bundle::unpack(&bundles[0], &dir.path().join("questionnaires"))
        .expect("unpack");
    let q = Questionnaire::load(&unpacked).expect("the delivered questionnaire loads");
    assert_eq!((q.id.as_str(), q.version), ("post-encounter", 1));
    assert!(
        syncer
            .sync(&store)
            .await
            .expect("sync")
            .questionnaires_updated
            .is_empty(),
        "nothing new: 304"
    );

    let publish = |signed: Signed| {
        reqwest::Client::new()
            .put(format!("{}/v1/admin/questionnaires", server.url))
            .bearer_auth(ADMIN)
            .json(&signed)
            .send()
    };
    assert!(
        publish(support::survey_bundle(2))
            .await
            .expect("publish")
            .status()
            .is_success()
    );
    assert_eq!(
        syncer
            .sync(&store)
            .await
            .expect("sync")
            .questionnaires_updated,
        [("post-encounter".to_string(), 2)]
    );

    // A compromised server publishes a bundle the organization never signed.
    let bundle: heard_protocol::signing::Bundle =
        serde_json::from_str(&support::survey_bundle(3).payload).expect("bundle");
    let forged = Signed::sign(&bundle, &SecretKey::generate());
    assert!(
        publish(forged)
            .await
            .expect("publish")
            .status()
            .is_success(),
        "the server cannot tell"
    );
    let report = syncer.sync(&store).await.expect("sync");
    assert!(report.questionnaires_updated.is_empty());
    assert_eq!(
        report.questionnaires_refused,
        [(
            "post-encounter".to_string(),
            "questionnaire bundle refused: the signature does not match the organization's key"
                .to_string()
        )]
    );
    let err = store
        .lock()
        .expect("lock")
        .install_bundle(&support::survey_bundle(1))
        .expect_err("rollback");
    assert_eq!(
        err.to_string(),
        "questionnaire bundle refused: \"post-encounter\" version 1 is not newer than the installed version 2"
    );
    assert_eq!(
        store.lock().expect("lock").bundles().expect("bundles")[0].version,
        2
    );
}

/// What a device holds of an enrollment: the store's record, its
/// recipients, and the token and group key in the key store.
#[derive(Debug, PartialEq, Eq)]
struct Held {
    enrollment: Option<heard_device::Enrollment>,
    recipients: usize,
    token: Option<Vec<u8>>,
    group_key: Option<Vec<u8>>,
}

fn held(store: &Store, secrets: &MemorySecretStore) -> Held {
    Held {
        enrollment: store.enrollment().expect("read"),
        recipients: store.recipients("post-encounter").map_or(0, |r| r.len()),
        token: secrets.load(DEVICE_TOKEN.into()).expect("load"),
        group_key: secrets.load(GROUP_KEY.into()).expect("load"),
    }
}

#[test]
fn an_enrollment_whose_config_is_refused_leaves_the_device_as_it_was() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let mut store = Store::open(
        dir.path().join("device.db"),
        &secrets,
        StoreConfig::default(),
    )
    .expect("store");
    let steward = Steward::new();
    let signed = |server: &str, recipients: Vec<String>| {
        let config = OrgConfig {
            org_name: "Refugee Legal Aid Network".into(),
            server: server.into(),
            recipients,
            serial: 2,
        };
        Signed::sign(&config, &steward.org)
    };
    let good = vec![steward.age.to_public().to_string()];
    // Signed by the organization, so they pass the signature check, and
    // refused afterwards by what the config says.
    let refused = [
        (
            signed("http://heard.example.org", good.clone()),
            "server address refused: http://heard.example.org: only https:// addresses are accepted (plain http only on this device's loopback)",
        ),
        (
            signed("https://heard.example.org", Vec::new()),
            "organization config refused: it names no recipients",
        ),
    ];
    let never = held(&store, &secrets);
    assert_eq!(
        never,
        Held {
            enrollment: None,
            recipients: 0,
            token: None,
            group_key: None
        }
    );
    let org_key = steward.org.public().to_base64();
    for (config, why) in &refused {
        let err = store
            .enroll(
                &org_key,
                "north",
                &steward.group.to_base64(),
                config,
                &secrets,
            )
            .expect_err("refused");
        assert_eq!(err.to_string(), *why);
        assert_eq!(
            held(&store, &secrets),
            never,
            "not half-enrolled after: {why}"
        );
    }
    let bad_recipient = signed("https://heard.example.org", vec!["age1nope".into()]);
    store
        .enroll(
            &org_key,
            "north",
            &steward.group.to_base64(),
            &bad_recipient,
            &secrets,
        )
        .expect_err("a recipient that is not an age key");
    assert_eq!(held(&store, &secrets), never);

    // An enrolled device that is offered a refused enrollment keeps the one it had.
    store
        .enroll(
            &org_key,
            "north",
            &steward.group.to_base64(),
            &steward.config("https://heard.example.org", 1, &steward.org),
            &secrets,
        )
        .expect("enrolled");
    let enrolled = held(&store, &secrets);
    assert!(enrolled.enrollment.is_some() && enrolled.recipients == 1);
    for (config, _) in &refused {
        store
            .enroll(
                &org_key,
                "south",
                &SecretKey::generate().to_base64(),
                config,
                &secrets,
            )
            .expect_err("refused");
        assert_eq!(held(&store, &secrets), enrolled);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_enrollment_the_store_cannot_record_leaves_no_token_or_group_key_behind() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()));
    let steward = Steward::new();
    // A device never enrolled, and one enrolled before with other secrets.
    for (name, before) in [
        ("fresh", None),
        (
            "enrolled",
            Some((b"old-token".to_vec(), b"old-group-key".to_vec())),
        ),
    ] {
        let offer = read_qr(&steward.qr(&server.url).await).expect("code");
        let secrets = MemorySecretStore::default();
        let store = Store::open(
            dir.path().join(format!("{name}.db")),
            &secrets,
            StoreConfig::default(),
        )
        .expect("store");
        if let Some((token, group_key)) = &before {
            secrets
                .save(DEVICE_TOKEN.into(), token.clone())
                .expect("save");
            secrets
                .save(GROUP_KEY.into(), group_key.clone())
                .expect("save");
        }
        store.make_read_only_for_tests().expect("read-only");
        let store = Mutex::new(store);
        let err = accept(&offer, &store, &secrets)
            .await
            .expect_err("the enrollment cannot be recorded");
        assert!(matches!(err, Error::ReadOnly(_)), "{name}: {err}");
        let store = store.into_inner().expect("lock");
        let now = held(&store, &secrets);
        assert_eq!(now.enrollment, None, "{name}");
        assert_eq!(
            (now.token, now.group_key),
            before.map_or((None, None), |(t, g)| (Some(t), Some(g))),
            "{name}: the key store is as it was"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_never_answers_makes_accept_fail_within_its_timeout() {
    assert_eq!(
        heard_device::enroll::ENROLL_TIMEOUT,
        SyncConfig::new("https://heard.example.org", "t").timeout,
        "enrollment waits as long as one sync request"
    );
    // Takes connections and the request, and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    let steward = Steward::new();
    let qr = QrPayload {
        code: "a-code".into(),
        group: "north".into(),
        group_key: steward.group.to_base64(),
        org_key: steward.org.public().to_base64(),
        config: steward.config(&url, 1, &steward.org),
    }
    .encode();
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let store = Mutex::new(
        Store::open(
            dir.path().join("device.db"),
            &secrets,
            StoreConfig::default(),
        )
        .expect("store"),
    );
    let start = std::time::Instant::now();
    let err = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        heard_device::enroll::accept_within(
            &read_qr(&qr).expect("code"),
            &store,
            &secrets,
            std::time::Duration::from_millis(500),
        ),
    )
    .await
    .expect("accept gives up by itself")
    .expect_err("no answer");
    let waited = start.elapsed();
    assert!(
        waited >= std::time::Duration::from_millis(500)
            && waited < std::time::Duration::from_secs(5),
        "{waited:?}"
    );
    assert_eq!(
        err.to_string(),
        format!("{url} did not answer within 0.5 seconds: check the connection and try again")
    );
    let store = store.into_inner().expect("lock");
    assert_eq!(
        held(&store, &secrets),
        Held {
            enrollment: None,
            recipients: 0,
            token: None,
            group_key: None
        }
    );
}
