//! The web survey's API on the native target, against the shipped
//! post-encounter questionnaire packed and signed as the CLI does: opening
//! and refusing bundles, rendering (Arabic right to left), answering
//! through to the review, drafts, and sealing an envelope that opens with
//! the organization's identity to the same submission a device makes.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use heard_engine::seal;
use heard_engine::{Answer, Cursor, Response, Submission};
use heard_protocol::signing::{OrgConfig, SecretKey, Signed};
use heard_web::{Error, Signer, Survey, View};
use serde_json::Value;
use std::path::Path;
use std::sync::Arc;

fn shipped(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../questionnaires")
        .join(name)
}

fn json(view: &View) -> Value {
    serde_json::to_value(view).expect("views serialize")
}

fn open(preferred: &[&str]) -> Survey {
    let (signed, key) = common::published();
    Survey::open(&signed, &key, preferred).expect("opens")
}

/// Answers every item of [`common::ANSWERS`], moving on a screen whenever
/// the next item is not on this one, then to the review.
fn fill(s: &mut Survey) {
    for (item, value) in common::ANSWERS {
        while !on_screen(s, item) {
            let view = json(&s.next().expect("next"));
            assert_eq!(view["view"], "questions", "{item} is shown: {view}");
            assert_eq!(view["errors"], serde_json::json!({}), "{view}");
        }
        s.answer_json(item, value).expect(item);
    }
    while json(&s.render())["view"] == "questions" {
        s.next().expect("next");
    }
}

fn on_screen(s: &Survey, item: &str) -> bool {
    let view = json(&s.render());
    view["screen"]["items"]
        .as_array()
        .is_some_and(|items| items.iter().any(|i| i["id"] == item))
}

#[test]
fn the_in_memory_fixture_is_what_the_cli_packs() {
    let packed = heard_engine::bundle::pack(&shipped("post-encounter")).expect("pack");
    assert_eq!(packed, common::bundle());
}

#[test]
fn a_signed_bundle_opens_and_renders_its_first_screen() {
    let s = open(&["en-GB", "en"]);
    let view = json(&s.render());
    assert_eq!(view["view"], "questions");
    assert_eq!(view["title"]["direction"], "ltr");
    assert_eq!(view["screen"]["id"], "consent");
    assert_eq!(view["screen"]["locale"], "en");
    assert_eq!(view["screen"]["direction"], "ltr");
    assert_eq!(view["screen"]["progress"]["n"], 1);
    let consent = &view["screen"]["items"][0];
    assert_eq!(consent["kind"], "consent");
    assert_eq!(consent["answer"], Value::Null);
    assert_eq!(consent["choices"].as_array().map(Vec::len), Some(2));
    let languages = s.languages();
    assert_eq!(languages.len(), 10);
    assert_eq!(languages[0].tag, "en", "the default first");
    let arabic = languages.iter().find(|l| l.tag == "ar").expect("Arabic");
    assert_eq!((arabic.name.as_str(), arabic.rtl), ("العربية", true));
    assert_eq!(s.questionnaire().id, "post-encounter");
}

#[test]
fn arabic_renders_right_to_left_and_the_language_can_change() {
    let mut s = open(&["ar-SY"]);
    let view = json(&s.render());
    assert_eq!(view["screen"]["locale"], "ar");
    assert_eq!(view["screen"]["direction"], "rtl");
    assert_eq!(view["title"]["direction"], "rtl");
    let consent = &view["screen"]["items"][0];
    assert_eq!(consent["label"]["direction"], "rtl");
    assert_eq!(consent["label"]["fallback"], false);
    s.answer_json("consent", common::ANSWERS[0].1)
        .expect("consent");
    let view = json(&s.set_locale(&["fr-CA"]));
    assert_eq!(view["screen"]["locale"], "fr");
    assert_eq!(view["screen"]["direction"], "ltr");
    assert_eq!(
        view["screen"]["items"][0]["answer"],
        serde_json::json!({"type": "consent", "value": true}),
        "answers survive a change of language"
    );
    let view = json(&s.set_locale(&["xx", "zz"]));
    assert_eq!(view["screen"]["locale"], "en", "unknown: the default");
}

#[test]
fn a_bundle_altered_after_signing_is_refused() {
    let key = SecretKey::generate();
    let public = key.public().to_base64();
    let mut signed = Signed::sign(&common::bundle(), &key);
    signed.payload = signed
        .payload
        .replace("stopped_transport", "stopped_trains");
    let text = serde_json::to_string(&signed).expect("json");
    let err = Survey::open(&text, &public, &["en"])
        .err()
        .expect("refused");
    assert!(matches!(err, Error::Signature(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        "the questionnaire was not signed with this organization's key \
         (the signature does not match the organization's key); it may have been altered, do not use it"
    );

    let mut garbled = Signed::sign(&common::bundle(), &key);
    garbled.signature = "not base64!".into();
    let text = serde_json::to_string(&garbled).expect("json");
    let err = Survey::open(&text, &public, &["en"])
        .err()
        .expect("refused");
    assert!(
        err.to_string().contains("not an ed25519 signature"),
        "{err}"
    );
}

#[test]
fn a_bundle_signed_by_another_key_is_refused() {
    let (signed, _) = common::published();
    let other = SecretKey::generate().public().to_base64();
    let err = Survey::open(&signed, &other, &["en"])
        .err()
        .expect("refused");
    assert!(matches!(err, Error::Signature(_)), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("the questionnaire was not signed with this organization's key"),
        "{err}"
    );
}

#[test]
fn malformed_keys_bundles_and_questionnaires_are_named() {
    let key = SecretKey::generate();
    let public = key.public().to_base64();
    let (signed, _) = common::published();

    let err = Survey::open(&signed, "not-a-key", &["en"])
        .err()
        .expect("bad key");
    assert!(matches!(err, Error::OrgKey(_)), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("the organization key in the link is not valid"),
        "{err}"
    );

    let err = Survey::open("<html>", &public, &["en"])
        .err()
        .expect("not JSON");
    assert!(matches!(err, Error::NotSigned(_)), "{err:?}");
    let err = Survey::open(r#"{"payload":"{}"}"#, &public, &["en"])
        .err()
        .expect("no signature");
    assert!(
        err.to_string().contains("missing field `signature`"),
        "{err}"
    );

    let config = OrgConfig {
        org_name: "Org".into(),
        server: "https://example.invalid".into(),
        recipients: vec![],
        serial: 1,
    };
    let text = serde_json::to_string(&Signed::sign(&config, &key)).expect("json");
    let err = Survey::open(&text, &public, &["en"])
        .err()
        .expect("a config");
    assert!(matches!(err, Error::NotABundle(_)), "{err:?}");

    let mut evil = common::bundle();
    evil.files
        .insert("../../outside.ftl".into(), "x = y".into());
    let err = Survey::open(&common::signed_json(&evil, &key), &public, &["en"])
        .err()
        .expect("a file outside the bundle");
    assert_eq!(
        err.to_string(),
        "questionnaire \"post-encounter\" version 1 cannot be used: \
         the bundle holds a file Heard does not accept: \"../../outside.ftl\""
    );

    let mut broken = common::bundle();
    broken
        .files
        .insert("locales/en/zz.ftl".into(), "oops = { $".into());
    let err = Survey::open(&common::signed_json(&broken, &key), &public, &["en"])
        .err()
        .expect("broken Fluent");
    assert!(
        err.to_string().starts_with(
            "questionnaire \"post-encounter\" version 1 cannot be used: post-encounter v1/locales/en/zz.ftl:1"
        ),
        "{err}"
    );

    let mut relabelled = common::bundle();
    relabelled.version = 2;
    let err = Survey::open(&common::signed_json(&relabelled, &key), &public, &["en"])
        .err()
        .expect("header and content disagree");
    assert!(
        err.to_string()
            .contains("the bundle says post-encounter v2 but holds post-encounter v1"),
        "{err}"
    );
}

#[test]
fn refused_answers_and_unmet_requirements_show_beside_their_items() {
    let mut s = open(&["en"]);
    let view = json(&s.next().expect("next"));
    assert_eq!(view["screen"]["id"], "consent", "consent is required");
    assert_eq!(view["errors"]["consent"]["code"], "required");

    s.answer_json("consent", common::ANSWERS[0].1)
        .expect("consent");
    assert_eq!(json(&s.render())["errors"], serde_json::json!({}));
    s.next().expect("next");
    let err = s
        .answer_typed("officers_count", "99")
        .expect_err("above max");
    assert!(
        matches!(err, Error::Engine(heard_engine::Error::Invalid(_))),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        "officers_count: The number must be \u{2068}30\u{2069} or less.",
        "with Fluent's isolation marks around the number"
    );
    let view = json(&s.render());
    assert_eq!(view["errors"]["officers_count"]["code"], "above-max");
    s.answer_typed("officers_count", "2").expect("fixed");
    let view = json(&s.render());
    assert_eq!(view["errors"], serde_json::json!({}));
    let officers = view["screen"]["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["id"] == "officers_count"))
        .expect("on this page");
    assert_eq!(
        officers["answer"],
        serde_json::json!({"type": "integer", "value": 2})
    );

    let err = s
        .answer_json("contact_kind", "\"stopped_public\"")
        .expect_err("not an Answer");
    assert!(matches!(err, Error::AnswerJson { .. }), "{err:?}");
    let err = s
        .answer_json("nonsense", common::ANSWERS[1].1)
        .expect_err("unknown item");
    assert_eq!(
        err.to_string(),
        "no item called \"nonsense\" in this questionnaire"
    );
    s.decline("contact_when").expect("prefer not to say");
    s.clear("officers_count").expect("clear");
    let view = json(&s.next().expect("next"));
    assert_eq!(view["errors"]["contact_kind"]["code"], "required");
    assert_eq!(view["screen"]["id"], "page_contact");
}

#[test]
fn answers_reach_the_review_and_seal_to_what_a_device_would_send() {
    let mut s = open(&["en"]);
    fill(&mut s);
    s.go_to(s.render().review_screen("anything_else"))
        .expect("go to");
    s.answer_typed("anything_else", "  The officer was polite.  ")
        .expect("text");
    while json(&s.render())["view"] == "questions" {
        s.next().expect("next");
    }
    let view = json(&s.render());
    assert_eq!(view["view"], "review", "{view}");
    assert_eq!(view["complete"], true);
    assert_eq!(view["missing"], serde_json::json!([]));
    let lines = view["lines"].as_array().expect("lines");
    let searched = lines
        .iter()
        .find(|l| l["item"] == "searched")
        .expect("a line");
    assert_eq!(searched["display"]["text"], "No");
    assert!(
        !lines.iter().any(|l| l["item"] == "search_consent"),
        "hidden questions are not reviewed"
    );

    // The same response driven straight through the engine, as a device does.
    let q = Arc::clone(s.response().questionnaire());
    let mut device = Response::new(Arc::clone(&q), &["en"]);
    for (item, value) in common::ANSWERS {
        let answer: Answer = serde_json::from_str(value).expect("answer JSON");
        device.answer(item, answer).expect(item);
    }
    device
        .answer(
            "anything_else",
            Answer::Text("The officer was polite.".into()),
        )
        .expect("text");
    while device.next_screen().expect("complete") != Cursor::End {}

    let org = age::x25519::Identity::generate();
    let second = age::x25519::Identity::generate();
    let recipients = [org.to_public().to_string(), second.to_public().to_string()];
    let link_key = SecretKey::generate();
    let signer = Signer::new("poster-north", &link_key.to_base64()).expect("signer");
    let envelope = s.seal(&recipients, &signer).expect("seals");
    assert!(envelope.starts_with(b"age-encryption.org/v1\n"));
    let plain = seal::open(&envelope, &org).expect("the organization opens it");
    assert_eq!(plain.len() % seal::PAD_BUCKET, 0, "padded");
    assert_eq!(
        seal::open(&envelope, &second).expect("and the second"),
        plain
    );
    let sealed: Submission = serde_json::from_slice(&plain).expect("a submission");
    assert_eq!(sealed.answers, device.answers());
    assert_eq!(
        sealed.answers.get("anything_else"),
        Some(&Answer::Text("The officer was polite.".into()))
    );
    assert!(
        sealed.answers.contains_key("pj_index"),
        "calculations are sent"
    );
    assert_eq!(Some(sealed.submission_id.as_str()), s.submission_id());
    assert_eq!(sealed.locale, "en");
    assert_eq!(
        sealed.group.as_ref().map(|g| g.group.as_str()),
        Some("poster-north"),
        "signed by the link's group"
    );
    assert!(
        sealed.verify_group(&link_key.public()),
        "with the link's key"
    );
    assert!(!sealed.verify_group(&SecretKey::generate().public()));

    // A device store (not enrolled) sealing the same response: the same
    // submission but for its random id, and an envelope of the same size.
    let dir = tempfile::tempdir().expect("dir");
    let mut store = heard_device::Store::open(
        dir.path().join("heard.sqlite"),
        &heard_device::MemorySecretStore::default(),
        heard_device::StoreConfig::default(),
    )
    .expect("store");
    store.set_recipients("*", &recipients).expect("recipients");
    let id = store.submit("no-draft", &device).expect("device seals");
    let outbox = store.outbox_batch(10).expect("outbox");
    let device_plain = seal::open(&outbox[0].envelope, &org).expect("opens");
    let from_device: Submission = serde_json::from_slice(&device_plain).expect("submission");
    assert_eq!(from_device.submission_id, id);
    assert_eq!(
        Submission {
            submission_id: id,
            group: None,
            ..sealed.clone()
        },
        from_device
    );
    assert_eq!(device_plain.len(), plain.len());
    let payload = |e: &[u8]| e.len() - seal::header_len(e).expect("age header");
    assert_eq!(payload(&envelope), payload(&outbox[0].envelope));

    // Sealed once: nothing more.
    assert_eq!(json(&s.render())["view"], "sealed");
    assert!(matches!(
        s.seal(&recipients, &signer),
        Err(Error::AlreadySealed)
    ));
    assert!(matches!(s.next(), Err(Error::AlreadySealed)));
    assert!(matches!(s.draft(), Err(Error::AlreadySealed)));
}

/// The screen a review line sends back to, from the rendered view.
trait ReviewScreen {
    fn review_screen(&self, item: &str) -> usize;
}

impl ReviewScreen for View {
    fn review_screen(&self, item: &str) -> usize {
        let View::Review { lines, .. } = self else {
            panic!("not the review: {self:?}");
        };
        lines
            .iter()
            .find(|l| l.item == item)
            .map(|l| l.screen)
            .expect("a line for the item")
    }
}

#[test]
fn sealing_is_refused_until_complete_and_without_valid_recipients() {
    let mut s = open(&["en"]);
    let signer = Signer::new("poster-north", &SecretKey::generate().to_base64()).expect("signer");
    let org = age::x25519::Identity::generate().to_public().to_string();
    s.answer_json("consent", common::ANSWERS[0].1)
        .expect("consent");
    let err = s.seal(&[org.as_str()], &signer).expect_err("incomplete");
    assert!(
        matches!(err, Error::Engine(heard_engine::Error::Incomplete(_))),
        "{err:?}"
    );
    fill(&mut s);
    assert!(matches!(
        s.seal::<&str>(&[], &signer),
        Err(Error::NoRecipients)
    ));
    let err = s
        .seal(&["age1notakey"], &signer)
        .expect_err("bad recipient");
    assert!(
        err.to_string()
            .starts_with("\"age1notakey\" is not an age X25519 recipient"),
        "{err}"
    );
    assert_eq!(s.submission_id(), None);
    let e = Signer::new("poster-north", "not-a-key")
        .err()
        .expect("bad key");
    assert!(matches!(e, Error::GroupKey(_)), "{e:?}");
    assert!(
        e.to_string()
            .contains("the link's signing key is not valid"),
        "{e}"
    );
    s.seal(&[org], &signer).expect("then it seals");
}

#[test]
fn a_draft_resumes_where_it_was_and_is_padded() {
    let (signed, key) = common::published();
    let mut s = Survey::open(&signed, &key, &["ar"]).expect("opens");
    s.answer_json("consent", common::ANSWERS[0].1)
        .expect("consent");
    s.next().expect("next");
    s.answer_json("contact_kind", common::ANSWERS[1].1)
        .expect("answer");
    s.answer_typed("officers_count", "3").expect("typed");
    let draft = s.draft().expect("draft");
    assert_eq!(draft.len() % seal::PAD_BUCKET, 0, "padded to 1 KiB");
    let value: Value = serde_json::from_str(&draft).expect("still JSON");
    assert_eq!(
        value["questionnaire"],
        serde_json::json!({"id": "post-encounter", "version": 1})
    );
    assert_eq!(value["locale"], "ar");

    let resumed = Survey::resume(&signed, &key, &draft).expect("resumes");
    assert_eq!(json(&resumed.render()), json(&s.render()));
    assert!(resumed.dropped_answers().is_empty());

    // A newer version without an item drops its answer and says so.
    let mut edited = value.clone();
    edited["answers"]["gone_item"] = serde_json::json!({"type": "text", "value": "x"});
    let resumed = Survey::resume(&signed, &key, &edited.to_string()).expect("resumes");
    assert_eq!(resumed.dropped_answers(), ["gone_item".to_string()]);

    let err = Survey::resume(&signed, &key, "{").err().expect("garbage");
    assert!(matches!(err, Error::Draft(_)), "{err:?}");
    let mut other = value;
    other["questionnaire"]["id"] = "listening-session".into();
    let err = Survey::resume(&signed, &key, &other.to_string())
        .err()
        .expect("another questionnaire");
    assert_eq!(
        err.to_string(),
        "the saved answers are for questionnaire \"listening-session\", not \"post-encounter\""
    );
    let other_key = SecretKey::generate().public().to_base64();
    assert!(matches!(
        Survey::resume(&signed, &other_key, &draft),
        Err(Error::Signature(_))
    ));
}

#[test]
fn declining_consent_ends_it_and_leaves_nothing_to_keep_or_seal() {
    let mut s = open(&["uk"]);
    let view = json(
        &s.answer_json("consent", r#"{"type":"consent","value":false}"#)
            .expect("declined"),
    );
    assert_eq!(view["view"], "ended");
    assert_eq!(view["locale"], "uk");
    assert!(
        view["message"]["text"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
    assert!(matches!(
        s.draft(),
        Err(Error::Engine(heard_engine::Error::Ended))
    ));
    let org = age::x25519::Identity::generate().to_public().to_string();
    let signer = Signer::new("poster-north", &SecretKey::generate().to_base64()).expect("signer");
    assert!(matches!(
        s.seal(&[org], &signer),
        Err(Error::Engine(heard_engine::Error::Ended))
    ));
}

#[test]
fn recorded_prompts_come_with_their_media_type() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/engine/tests/fixtures/audio-prompts");
    let bundle = heard_engine::bundle::pack(&dir).expect("pack");
    let key = SecretKey::generate();
    let s = Survey::open(
        &common::signed_json(&bundle, &key),
        &key.public().to_base64(),
        &["fa"],
    )
    .expect("opens");
    let view = json(&s.render());
    let audio = &view["screen"]["items"][0]["label_audio"];
    let id = audio["id"].as_str().expect("a recording");
    let clip = s.audio(id).expect("its bytes");
    assert!(clip.bytes.starts_with(b"OggS"));
    assert_eq!(
        clip.bytes.len() as u64,
        audio["size"].as_u64().expect("size")
    );
    assert!(
        clip.media_type.starts_with("audio/ogg"),
        "{}",
        clip.media_type
    );
    let err = s.audio("../../etc/passwd").expect_err("not a recording");
    assert_eq!(
        err.to_string(),
        "questionnaire \"audio-prompts\" has no recording \"../../etc/passwd\""
    );
    assert!(open(&["en"]).audio("locales/en/audio/consent.ogg").is_err());
}

#[test]
fn the_page_words_come_from_the_app_catalog_in_the_person_s_language() {
    let ar = heard_web::page_text(&["ar".to_string()], "nav-next").expect("nav-next");
    assert_eq!(ar.locale, "ar");
    assert_ne!(ar.text, "Next");
    let leave = heard_web::page_text(&["ti".to_string(), "en".to_string()], "web-leave")
        .expect("web-leave");
    assert_eq!(leave.locale, "ti", "{leave:?}");
    // Dari falls back to Persian for what it does not word differently.
    let dari = heard_web::page_text(&["prs".to_string()], "web-loading").expect("web-loading");
    assert!(dari.locale == "prs" || dari.locale == "fa", "{dari:?}");
    assert!(matches!(
        heard_web::page_text(&["en".to_string()], "no-such-word"),
        Err(Error::UnknownText(_))
    ));
}

/// A config signed with `key` naming `recipients`.
fn signed_config(key: &SecretKey, recipients: Vec<String>) -> String {
    let config = OrgConfig {
        org_name: "Refugee Legal Aid Network".into(),
        server: "https://heard.example.org".into(),
        recipients,
        serial: 3,
    };
    serde_json::to_string(&Signed::sign(&config, key)).expect("json")
}

#[test]
fn a_link_is_checked_whole_before_anything_is_shown() {
    let org = SecretKey::generate();
    let org_key = org.public().to_base64();
    let recipient = age::x25519::Identity::generate().to_public().to_string();
    let config = signed_config(&org, vec![recipient.clone()]);
    let bundle = common::signed_json(&common::bundle(), &org);
    let ok = heard_web::link_check(&config, &bundle, &org_key);
    assert_eq!(ok["ok"], true, "{ok}");
    assert_eq!(ok["recipients"], serde_json::json!([recipient]));
    assert_eq!(ok["org_name"], "Refugee Legal Aid Network");

    // A config from someone else (recipients redirected), a tampered key in
    // the fragment, a bundle signed by another key: untrusted, by name.
    let impostor = SecretKey::generate();
    let redirected = signed_config(&impostor, vec![recipient.clone()]);
    let tampered_key = {
        let mut k = org_key.clone().into_bytes();
        k[3] = if k[3] == b'A' { b'B' } else { b'A' };
        String::from_utf8(k).expect("ascii")
    };
    let foreign_bundle = common::signed_json(&common::bundle(), &impostor);
    for (config, bundle, key, says) in [
        (
            &redirected,
            &bundle,
            &org_key,
            "the organization's settings were not signed with its key",
        ),
        (
            &config,
            &bundle,
            &impostor.public().to_base64(),
            "not signed with its key",
        ),
        (
            &config,
            &foreign_bundle,
            &org_key,
            "the questionnaire was not signed with this organization's key",
        ),
        (
            &config,
            &bundle,
            &"short".to_string(),
            "the organization key in the link is not valid",
        ),
    ] {
        let checked = heard_web::link_check(config, bundle, key);
        assert_eq!(checked["ok"], false, "{checked}");
        assert_eq!(checked["untrusted"], true, "{checked}");
        let message = checked["message"].as_str().expect("message");
        assert!(message.contains(says), "{message}");
    }
    // One character of the key changed: either no longer a curve point or
    // another key, refused as untrusted both ways (which one depends on the
    // random key).
    let checked = heard_web::link_check(&config, &bundle, &tampered_key);
    assert_eq!(checked["ok"], false, "{checked}");
    assert_eq!(checked["untrusted"], true, "{checked}");
    let message = checked["message"].as_str().expect("message");
    assert!(
        message.contains("not signed with its key")
            || message.contains("the organization key in the link is not valid"),
        "{message}"
    );
    // A config naming no recipient, or one that is not an age key.
    for recipients in [vec![], vec!["age1notakey".to_string()]] {
        let empty = signed_config(&org, recipients);
        let checked = heard_web::link_check(&empty, &bundle, &org_key);
        assert_eq!(checked["ok"], false, "{checked}");
    }
}
