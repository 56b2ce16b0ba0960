//! What an enrolled device does with the organization's signed config when
//! it syncs, on both server backends: a newer config the organization
//! signed is applied (new submissions are sealed to its recipients), one
//! signed by another key or with an older serial is refused and reported,
//! and trouble fetching it never stops the uploads.

mod support;

use heard_device::enroll::{accept, read_qr};
use heard_device::sync::{SyncConfig, SyncStatus, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_protocol::ExportPage;
use heard_protocol::signing::{QrPayload, SecretKey, Signed};
use reqwest::StatusCode;
use std::sync::Mutex;
use std::time::Duration;
use support::proxy::{Fault, Proxy};
use support::{ADMIN, Server, database};

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

on_both_backends!(an_enrolled_device_takes_a_newer_config_and_refuses_forgeries_and_rollbacks);

/// A device enrolled from a QR code whose config (signed by the
/// organization) has `serial` and seals to `recipients`.
struct Device {
    _dir: tempfile::TempDir,
    secrets: MemorySecretStore,
    store: Mutex<Store>,
}

impl Device {
    async fn enroll(url: &str, recipients: &[&age::x25519::Identity], serial: u64) -> Device {
        support::publish_survey(url).await;
        let code = support::create_code(url, 1, "north").await;
        let qr = QrPayload {
            code: code.code,
            group: "north".into(),
            group_key: SecretKey::generate().to_base64(),
            org_key: support::org_key().public().to_base64(),
            config: Signed::sign(
                &support::org_config(url, recipients, serial),
                support::org_key(),
            ),
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
        accept(&read_qr(&qr).expect("code"), &store, &secrets)
            .await
            .expect("enrolled");
        Device {
            _dir: dir,
            secrets,
            store,
        }
    }

    fn syncer(&self) -> Syncer {
        let config = SyncConfig::for_enrolled(&self.store.lock().expect("lock"), &self.secrets)
            .expect("config");
        Syncer::new(SyncConfig {
            base_delay: Duration::from_millis(20),
            ..config
        })
        .expect("syncer")
    }

    fn submit(&self) {
        let mut store = self.store.lock().expect("lock");
        let r = support::filled("en", "2");
        let draft = store.create_draft(&r).expect("draft");
        store.submit(&draft, &r).expect("submit");
    }

    fn serial(&self) -> u64 {
        self.store
            .lock()
            .expect("lock")
            .enrollment()
            .expect("read")
            .expect("enrolled")
            .config
            .serial
    }
}

/// The envelopes on the server, oldest first.
async fn envelopes(url: &str) -> Vec<Vec<u8>> {
    let page: ExportPage = reqwest::Client::new()
        .get(format!("{url}/v1/export?after=0&limit=1000"))
        .bearer_auth(ADMIN)
        .send()
        .await
        .expect("export")
        .json()
        .await
        .expect("page");
    page.items.into_iter().map(|i| i.envelope).collect()
}

async fn an_enrolled_device_takes_a_newer_config_and_refuses_forgeries_and_rollbacks(
    backend: &str,
) {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database(backend, dir.path()));
    let url = server.url.clone();
    let (a, b) = (
        age::x25519::Identity::generate(),
        age::x25519::Identity::generate(),
    );
    let device = Device::enroll(&url, &[&a], 1).await;
    let syncer = device.syncer();

    // Nothing published: nothing to take, nothing refused.
    device.submit();
    let report = syncer.sync(&device.store).await.expect("sync");
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            &report.config_refused,
            &report.status
        ),
        (1, None, &None, &SyncStatus::Done)
    );

    // The steward adds a second key.
    let two = Signed::sign(&support::org_config(&url, &[&a, &b], 2), support::org_key());
    assert_eq!(
        support::put_config(&url, ADMIN, &two).await.status(),
        StatusCode::OK
    );
    let report = syncer.sync(&device.store).await.expect("sync");
    assert_eq!(
        (report.config_updated, &report.config_refused),
        (Some(2), &None)
    );
    assert_eq!(device.serial(), 2);
    device.submit();
    let report = syncer.sync(&device.store).await.expect("sync");
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            &report.config_refused
        ),
        (1, None, &None),
        "nothing new the second time"
    );
    let sealed = envelopes(&url).await;
    assert_eq!(sealed.len(), 2);
    assert!(
        age::decrypt(&b, &sealed[0]).is_err(),
        "sealed before the change: A only"
    );
    let plain = age::decrypt(&b, &sealed[1]).expect("the new key alone opens the new one");
    assert!(String::from_utf8_lossy(&plain).contains("post-encounter"));
    assert!(age::decrypt(&a, &sealed[1]).is_ok(), "and A still does");

    // A compromised server (or anyone with the admin token) publishes a
    // config another key signed: stored, since the server cannot tell, but
    // refused by the device, which keeps sealing to A and B and uploading.
    let attacker = age::x25519::Identity::generate();
    let forged = Signed::sign(
        &support::org_config(&url, &[&attacker], 9),
        &SecretKey::generate(),
    );
    assert_eq!(
        support::put_config(&url, ADMIN, &forged).await.status(),
        StatusCode::OK
    );
    device.submit();
    let report = syncer.sync(&device.store).await.expect("sync");
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            report.config_refused.as_deref()
        ),
        (
            1,
            None,
            Some(
                "organization config refused: the signature does not match the organization's key"
            )
        )
    );
    assert_eq!(device.serial(), 2);
    let sealed = envelopes(&url).await;
    assert!(age::decrypt(&attacker, &sealed[2]).is_err());
    assert!(age::decrypt(&b, &sealed[2]).is_ok());
    assert_eq!(
        syncer
            .sync(&device.store)
            .await
            .expect("sync")
            .config_refused
            .as_deref(),
        Some("organization config refused: the signature does not match the organization's key"),
        "reported at every sync while it is there"
    );

    // A device enrolled from a newer code, on a server holding an older
    // config the organization really signed (a replay, or a server
    // restored from an old backup): refused, never rolled back.
    let dir = tempfile::tempdir().expect("dir");
    let other = Server::start(&database(backend, dir.path()));
    let newer = Device::enroll(&other.url, &[&a, &b], 3).await;
    let old = Signed::sign(
        &support::org_config(&other.url, &[&a], 2),
        support::org_key(),
    );
    assert_eq!(
        support::put_config(&other.url, ADMIN, &old).await.status(),
        StatusCode::OK
    );
    newer.submit();
    let report = newer.syncer().sync(&newer.store).await.expect("sync");
    assert_eq!(
        (
            report.uploaded,
            report.config_updated,
            report.config_refused.as_deref()
        ),
        (
            1,
            None,
            Some("organization config refused: serial 2 is not newer than the current 3")
        )
    );
    assert_eq!(newer.serial(), 3);
    assert!(age::decrypt(&b, &envelopes(&other.url).await[0]).is_ok());
}

#[tokio::test(flavor = "multi_thread")]
async fn trouble_fetching_the_config_never_stops_the_uploads() {
    let dir = tempfile::tempdir().expect("dir");
    let server = Server::start(&database("sqlite", dir.path()));
    let a = age::x25519::Identity::generate();
    let b = age::x25519::Identity::generate();
    let device = Device::enroll(&server.url, &[&a], 1).await;
    let two = Signed::sign(
        &support::org_config(&server.url, &[&a, &b], 2),
        support::org_key(),
    );
    assert_eq!(
        support::put_config(&server.url, ADMIN, &two).await.status(),
        StatusCode::OK
    );

    let proxy = Proxy::start(&server.url).await;
    let token = SyncConfig::for_enrolled(&device.store.lock().expect("lock"), &device.secrets)
        .expect("config")
        .token;
    let syncer = Syncer::new(SyncConfig {
        base_delay: Duration::from_millis(20),
        ..SyncConfig::new(&proxy.url, token)
    })
    .expect("syncer");
    for fault in [
        Fault::ServerError,
        Fault::Unavailable,
        Fault::ResetMidUpload,
        Fault::TruncateAfterCommit,
    ] {
        device.submit();
        // The first request of a sync is the config.
        proxy.inject(&[fault]);
        let report = syncer.sync(&device.store).await.expect("sync");
        assert_eq!(
            (
                report.uploaded,
                report.pending,
                report.config_updated,
                &report.config_refused,
                &report.status
            ),
            (1, 0, None, &None, &SyncStatus::Done),
            "{fault:?}"
        );
        assert_eq!(device.serial(), 1, "{fault:?}");
    }
    let report = syncer.sync(&device.store).await.expect("sync");
    assert_eq!(report.config_updated, Some(2), "taken once it gets through");
    assert_eq!(support::server_ids(&server.url).await.len(), 4);
}
