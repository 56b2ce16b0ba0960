//! `hostile_envelope_reject`: an age envelope with 4,000 recipient stanzas,
//! as a hostile enrolled device could upload, refused by the checks that
//! stand before any decryption:
//! - `hostile_envelope_reject_server`: the server's upload check
//!   (`heard_protocol::check_envelope` with the limits heard-server runs
//!   with by default), in µs, against `hostile_envelope_check_normal`, the
//!   same check passing a normal sealed submission;
//! - `hostile_envelope_reject_pull`: `heard pull`'s classification
//!   (`heard_cli::pull::classify`) setting it aside, in µs, against
//!   `hostile_envelope_classify_normal`, the classification of a normal
//!   submission (checked, decrypted, parsed, signature verified);
//! - the same two with a server started with `--max-envelope 1048576`
//!   (`_max_envelope_1mib`): the envelope then fits in the size limit and
//!   it is the stanza limit that refuses it;
//! - `hostile_envelope_uncapped_age_decrypt`: what the checks save, the age
//!   crate decrypting the same envelope without them (one run).

use heard_cli::pull::{Keys, Outcome, classify};
use heard_engine::Answer;
use heard_engine::submission::{GroupSignature, QuestionnaireRef, Submission};
use heard_protocol::signing::SecretKey;
use heard_protocol::{EnvelopeLimits, ExportItem, check_envelope};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

const STANZAS: usize = 4_000;

/// Median microseconds per call of `f` over 15 rounds of `iters` calls.
fn median_us(iters: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..15)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iters {
                f();
            }
            start.elapsed().as_secs_f64() * 1e6 / f64::from(iters)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// An envelope of `{}` sealed to `n` fresh recipients (none of them the
/// organization's).
fn hostile(n: usize) -> Vec<u8> {
    let recipients: Vec<age::x25519::Recipient> = (0..n)
        .map(|_| age::x25519::Identity::generate().to_public())
        .collect();
    heard_engine::seal::seal(&heard_engine::seal::pad(b"{}".to_vec(), 1024), &recipients)
        .expect("seal")
}

/// A complete, group-signed post-encounter submission sealed to `to`.
fn normal(to: &age::x25519::Recipient, group: &SecretKey) -> (String, Vec<u8>) {
    let mut answers = BTreeMap::new();
    answers.insert("consent".to_string(), Answer::Consent(true));
    answers.insert(
        "contact_kind".to_string(),
        Answer::Choice("reported_crime".into()),
    );
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        answers.insert(item.to_string(), Answer::Choice("3".into()));
    }
    let mut s = Submission {
        schema: 1,
        submission_id: format!("{:032x}", 7u128),
        questionnaire: QuestionnaireRef {
            id: "post-encounter".into(),
            version: 1,
        },
        kind: "survey".into(),
        locale: "en".into(),
        submitted_on: "2026-11-23".into(),
        answers,
        group: None,
    };
    s.group = Some(GroupSignature {
        group: "north".into(),
        signature: group.sign(&s.signed_bytes()),
    });
    let plain = heard_engine::seal::pad(s.to_canonical_json(), 1024);
    let envelope = heard_engine::seal::seal(&plain, std::slice::from_ref(to)).expect("seal");
    (s.submission_id, envelope)
}

fn item(id: &str, envelope: Vec<u8>) -> ExportItem {
    ExportItem {
        seq: 1,
        submission_id: id.to_string(),
        questionnaire_id: "post-encounter".into(),
        questionnaire_version: 1,
        envelope,
    }
}

fn main() {
    let identity = age::x25519::Identity::generate();
    let group = SecretKey::generate();
    let keys = Keys {
        identities: vec![identity.clone()],
        groups: [("north".to_string(), (Some(group.public()), false))].into(),
        rehearsal: Default::default(),
    };
    let server = EnvelopeLimits::default();
    let large = EnvelopeLimits {
        max_total: 1024 * 1024,
        ..EnvelopeLimits::default()
    };

    let bad = hostile(STANZAS);
    let (id, good) = normal(&identity.to_public(), &group);
    let bad_item = item(&format!("{:032x}", 8u128), bad.clone());
    let good_item = item(&id, good.clone());

    // What refuses it, for the record (stderr: not a figure).
    for (name, limits) in [("default", &server), ("1 MiB", &large)] {
        let err = check_envelope(&bad, limits).expect_err("a hostile envelope is refused");
        eprintln!(
            "hostile envelope ({} bytes, {STANZAS} stanzas), {name} limits: {err}",
            bad.len()
        );
        assert!(check_envelope(&good, limits).is_ok(), "a normal one passes");
    }
    assert!(matches!(
        classify(&good_item, &keys, &server),
        Outcome::Kept { .. }
    ));
    assert!(matches!(
        classify(&bad_item, &keys, &server),
        Outcome::SetAside(..)
    ));

    let normal_check = median_us(20_000, || {
        black_box(check_envelope(black_box(&good), &server).is_ok());
    });
    let normal_classify = median_us(200, || {
        black_box(classify(black_box(&good_item), &keys, &server));
    });
    let lines = |suffix: &str, limits: &EnvelopeLimits| -> f64 {
        let server_us = median_us(20_000, || {
            black_box(check_envelope(black_box(&bad), limits).is_err());
        });
        let pull_us = median_us(20_000, || {
            black_box(classify(black_box(&bad_item), &keys, limits));
        });
        println!("hostile_envelope_reject_server{suffix}: {server_us:.4} µs");
        println!(
            "hostile_envelope_reject_server{suffix}_vs_check_normal: {:.2} ratio",
            server_us / normal_check
        );
        println!("hostile_envelope_reject_pull{suffix}: {pull_us:.4} µs");
        println!(
            "hostile_envelope_reject_pull{suffix}_vs_classify_normal: {:.4} ratio",
            pull_us / normal_classify
        );
        pull_us
    };
    println!("hostile_envelope_check_normal: {normal_check:.3} µs");
    println!("hostile_envelope_classify_normal: {normal_classify:.1} µs");
    let reject_pull = lines("", &server);
    lines("_max_envelope_1mib", &large);

    // Without the checks: the age crate tries the identity on every stanza.
    let start = Instant::now();
    let opened = age::Decryptor::new_buffered(&bad[..]).and_then(|d| {
        d.decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map(|_| ())
    });
    let uncapped = start.elapsed().as_secs_f64() * 1e6;
    assert!(opened.is_err(), "not sealed to this key");
    println!("hostile_envelope_uncapped_age_decrypt: {uncapped:.0} µs");
    println!(
        "hostile_envelope_uncapped_age_decrypt_vs_reject_pull: {:.0} ratio",
        uncapped / reject_pull
    );
}
