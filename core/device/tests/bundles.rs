//! Installing signed questionnaire bundles: only a complete bundle, one
//! whose questionnaire loads and whose recordings are accepted audio within
//! the caps, replaces what the device has.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use heard_device::{Error, MemorySecretStore, Store, StoreConfig};
use heard_protocol::signing::{Bundle, OrgConfig, SecretKey, Signed};
use std::path::Path;

struct Device {
    _dir: tempfile::TempDir,
    store: Store,
    org: SecretKey,
}

/// A store enrolled with a fresh organization key.
fn enrolled() -> Device {
    let dir = tempfile::tempdir().expect("temp dir");
    let secrets = MemorySecretStore::default();
    let mut store = Store::open(
        dir.path().join("heard.db"),
        &secrets,
        StoreConfig::default(),
    )
    .expect("store opens");
    let org = SecretKey::generate();
    let config = OrgConfig {
        org_name: "Test".into(),
        server: "https://heard.example".into(),
        recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
        serial: 1,
    };
    store
        .enroll(
            &org.public().to_base64(),
            "field",
            &SecretKey::generate().to_base64(),
            &Signed::sign(&config, &org),
            &secrets,
        )
        .expect("enrolled");
    Device {
        _dir: dir,
        store,
        org,
    }
}

/// The shipped survey packed as `version` (its `questionnaire.toml` and
/// `questionnaire.json` say so).
fn survey(version: u32) -> Bundle {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../questionnaires/post-encounter");
    let mut bundle = heard_engine::bundle::pack(&dir).expect("packs");
    let toml = bundle
        .files
        .get_mut("questionnaire.toml")
        .expect("definition");
    assert!(toml.contains("\nversion = 1\n"));
    *toml = toml.replace("\nversion = 1\n", &format!("\nversion = {version}\n"));
    // The JSON form beside it must say the same.
    let json = bundle
        .files
        .get_mut(heard_engine::DEFINITION_JSON)
        .expect("JSON form");
    assert_eq!(json.matches("\"version\":1").count(), 1);
    *json = json.replace("\"version\":1", &format!("\"version\":{version}"));
    bundle.version = version;
    bundle
}

fn installed(store: &Store) -> Vec<(String, u32)> {
    store
        .bundles()
        .expect("bundles")
        .into_iter()
        .map(|b| (b.questionnaire_id, b.version))
        .collect()
}

/// Installing `bundle` is refused; the refusal says `expected`, and the
/// device still has version 1.
fn refused(device: &mut Device, bundle: &Bundle, expected: &[&str]) {
    let err = device
        .store
        .install_bundle(&Signed::sign(bundle, &device.org))
        .expect_err("refused");
    assert!(matches!(err, Error::Bundle(_)), "{err:?}");
    let shown = err.to_string();
    for part in expected {
        assert!(shown.contains(part), "{part:?} not in {shown:?}");
    }
    assert_eq!(
        installed(&device.store),
        [("post-encounter".to_string(), 1)],
        "the installed version is kept"
    );
}

#[test]
fn a_bundle_whose_questionnaire_does_not_load_is_refused_and_the_installed_one_kept() {
    let mut device = enrolled();
    let v1 = Signed::sign(&survey(1), &device.org);
    assert!(device.store.install_bundle(&v1).expect("v1 installs"));

    let mut broken = survey(2);
    broken
        .files
        .insert("locales/en/zz.ftl".into(), "oops = { $".into());
    refused(
        &mut device,
        &broken,
        &[
            "\"post-encounter\" version 2",
            "post-encounter v2/locales/en/zz.ftl:1",
        ],
    );

    // The header says version 2, the questionnaire inside is version 1.
    let mut mislabelled = survey(1);
    mislabelled.version = 2;
    refused(
        &mut device,
        &mislabelled,
        &["\"post-encounter\" version 2", "holds post-encounter v1"],
    );

    let v2 = Signed::sign(&survey(2), &device.org);
    assert!(
        device
            .store
            .install_bundle(&v2)
            .expect("a good v2 installs")
    );
    assert_eq!(
        installed(&device.store),
        [("post-encounter".to_string(), 2)]
    );
}

#[test]
fn a_bundle_with_audio_over_the_caps_or_not_audio_is_refused() {
    let mut device = enrolled();
    let v1 = Signed::sign(&survey(1), &device.org);
    assert!(device.store.install_bundle(&v1).expect("v1 installs"));

    let mut too_large = survey(2);
    let mut ogg = b"OggS\0".to_vec();
    ogg.resize(heard_protocol::audio::MAX_AUDIO_FILE + 1, 0);
    too_large
        .audio
        .insert("locales/en/audio/consent.ogg".into(), STANDARD.encode(&ogg));
    refused(
        &mut device,
        &too_large,
        &[
            "\"post-encounter\" version 2",
            "locales/en/audio/consent.ogg",
        ],
    );

    let mut not_audio = survey(2);
    not_audio.audio.insert(
        "locales/en/audio/consent.mp3".into(),
        STANDARD.encode(b"#!/bin/sh\necho hello\n"),
    );
    refused(
        &mut device,
        &not_audio,
        &[
            "\"post-encounter\" version 2",
            "locales/en/audio/consent.mp3",
        ],
    );
}
