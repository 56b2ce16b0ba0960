//! One rule for questionnaire ids and group names, from the loader to a
//! device: an id of 65 characters used to load, upload and publish, and
//! then no device could unpack its bundle. Now every layer gives the same
//! answer at the edge (64 passes, 65 is refused), checked on a real
//! `heard-server` and the real loader and bundle code.

mod support;

use heard_protocol::signing::{Bundle, Signed};
use support::{ADMIN, Server};

/// A questionnaire folder whose id is `id` (the shipped survey, renamed).
fn questionnaire(dir: &std::path::Path, id: &str) -> std::path::PathBuf {
    let from = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../questionnaires/post-encounter"
    );
    let to = dir.join(id.chars().take(20).collect::<String>());
    std::fs::create_dir_all(to.join("locales/en")).expect("mkdir");
    let toml = std::fs::read_to_string(format!("{from}/questionnaire.toml")).expect("toml");
    let toml = toml.replacen("id = \"post-encounter\"", &format!("id = \"{id}\""), 1);
    assert!(toml.contains(id), "the shipped questionnaire names its id");
    std::fs::write(to.join("questionnaire.toml"), toml).expect("write");
    std::fs::copy(
        format!("{from}/locales/en/post-encounter.ftl"),
        to.join("locales/en/post-encounter.ftl"),
    )
    .expect("copy");
    to
}

#[test]
fn the_longest_id_passes_every_layer_and_one_more_character_none() {
    let ok = format!("q{}", "x".repeat(heard_protocol::MAX_ID_LEN - 1));
    let long = format!("{ok}x");
    assert!(heard_protocol::valid_questionnaire_id(&ok));
    assert!(!heard_protocol::valid_questionnaire_id(&long));
    assert!(!heard_protocol::valid_questionnaire_id(".hidden"));
    assert!(!heard_protocol::valid_questionnaire_id("-dash"));
    assert!(heard_protocol::valid_group_name(&"g".repeat(64)));
    assert!(!heard_protocol::valid_group_name(&"g".repeat(65)));

    let dir = tempfile::tempdir().expect("dir");
    // The loader: the longest id loads and packs, and its bundle unpacks.
    let folder = questionnaire(dir.path(), &ok);
    let bundle = heard_engine::bundle::pack(&folder).expect("the longest id packs");
    heard_engine::bundle::unpack(&bundle, &dir.path().join("device")).expect("and unpacks");
    // One more character: the loader says where and why.
    let folder = questionnaire(&dir.path().join("long"), &long);
    let err = heard_engine::Questionnaire::load(&folder).expect_err("refused");
    let text = err.to_string();
    assert!(text.contains("questionnaire.toml:"), "{text}");
    assert!(text.contains("1 to 64 characters"), "{text}");
    // A bundle made by hand with that id is refused by a device.
    let forged = Bundle {
        questionnaire_id: long.clone(),
        ..bundle.clone()
    };
    assert!(heard_engine::bundle::unpack(&forged, &dir.path().join("device2")).is_err());

    // The server: the same edge for publishing and uploading.
    let server = Server::start(&format!("sqlite:{}", dir.path().join("s.db").display()));
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let http = reqwest::Client::new();
    let publish = |b: &Bundle| {
        let signed = Signed::sign(b, support::org_key());
        rt.block_on(
            http.put(format!("{}/v1/admin/questionnaires", server.url))
                .bearer_auth(ADMIN)
                .json(&signed)
                .send(),
        )
        .expect("publish")
        .status()
    };
    assert!(publish(&bundle).is_success());
    let refused = publish(&forged);
    assert_eq!(
        refused.as_u16(),
        400,
        "a bundle no device can unpack is refused"
    );
    let code = |group: &str| {
        rt.block_on(
            http.post(format!("{}/v1/admin/enrollment-codes", server.url))
                .bearer_auth(ADMIN)
                .json(&serde_json::json!({"uses": 1, "expires_in_secs": 3600, "group": group}))
                .send(),
        )
        .expect("code")
        .status()
    };
    assert!(code(&"g".repeat(64)).is_success());
    assert_eq!(code(&"g".repeat(65)).as_u16(), 400);
}
