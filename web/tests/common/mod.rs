//! The shipped post-encounter survey as a bundle built in memory (the
//! files compiled in, so the wasm tests need no file system), signed with
//! a fresh organization key, and the answers a complete response gives.
//! The native tests check that this bundle is exactly what
//! `heard_engine::bundle::pack` (`heard questionnaire pack`) makes of the
//! folder.
#![allow(dead_code)]

use heard_protocol::signing::{Bundle, SecretKey, Signed};
use std::collections::BTreeMap;

macro_rules! survey_file {
    ($rel:literal) => {
        (
            $rel,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../questionnaires/post-encounter/",
                $rel
            )),
        )
    };
}

/// The post-encounter survey's files, by path inside the bundle.
pub fn bundle() -> Bundle {
    let files: BTreeMap<String, String> = [
        survey_file!("questionnaire.toml"),
        (
            "questionnaire.json",
            include_str!(concat!(env!("OUT_DIR"), "/post-encounter.json")),
        ),
        survey_file!("locales/ar/post-encounter.ftl"),
        survey_file!("locales/en/post-encounter.ftl"),
        survey_file!("locales/es/post-encounter.ftl"),
        survey_file!("locales/fa/post-encounter.ftl"),
        survey_file!("locales/fr/post-encounter.ftl"),
        survey_file!("locales/prs/post-encounter.ftl"),
        survey_file!("locales/ps/post-encounter.ftl"),
        survey_file!("locales/so/post-encounter.ftl"),
        survey_file!("locales/ti/post-encounter.ftl"),
        survey_file!("locales/uk/post-encounter.ftl"),
    ]
    .into_iter()
    .map(|(p, t)| (p.to_string(), t.to_string()))
    .collect();
    Bundle {
        questionnaire_id: "post-encounter".into(),
        version: 1,
        files,
        audio: BTreeMap::new(),
    }
}

/// `bundle` signed with `key`, as the JSON text `heard questionnaire pack`
/// writes (pretty-printed `Signed`).
pub fn signed_json(bundle: &Bundle, key: &SecretKey) -> String {
    serde_json::to_string_pretty(&Signed::sign(bundle, key)).expect("signed bundle as JSON")
}

/// A new organization key and the post-encounter bundle signed with it:
/// (signed JSON, public key as the link carries it).
pub fn published() -> (String, String) {
    let key = SecretKey::generate();
    (signed_json(&bundle(), &key), key.public().to_base64())
}

/// A complete response, item by item, as the page sends answers (JSON).
pub const ANSWERS: [(&str, &str); 10] = [
    ("consent", r#"{"type":"consent","value":true}"#),
    (
        "contact_kind",
        r#"{"type":"choice","value":"stopped_transport"}"#,
    ),
    ("reason_explained", r#"{"type":"choice","value":"no"}"#),
    ("language_needed", r#"{"type":"choice","value":"yes"}"#),
    (
        "interpreter_offered",
        r#"{"type":"choice","value":"not_offered"}"#,
    ),
    ("searched", r#"{"type":"choice","value":"no"}"#),
    ("pj_voice", r#"{"type":"choice","value":"2"}"#),
    ("pj_neutrality", r#"{"type":"choice","value":"3"}"#),
    ("pj_respect", r#"{"type":"choice","value":"2"}"#),
    ("pj_motives", r#"{"type":"choice","value":"5"}"#),
];
