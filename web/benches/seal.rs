//! `web_seal_native_ms`: sealing one complete post-encounter response with
//! heard-web's plain-Rust `Survey` API (web/src/survey.rs), natively: the
//! baseline of `web_seal_ms`, the same call made from the browser through
//! WebAssembly (tests/browser/bench-web.mjs), which `cargo xtask bench`
//! divides by it (`web_seal_vs_native`).
//!
//! The same survey (the shipped post-encounter bundle, signed with an
//! organization key), the same answers (tests/common's, which the browser
//! bench gives too), one age recipient and a link's group signature, as a
//! link's page seals. Surveys are opened and answered beforehand; only the
//! seals are timed, 50 back to back, median of 15 rounds.

#[path = "../tests/common/mod.rs"]
mod common;

use heard_protocol::signing::SecretKey;
use heard_web::{Signer, Survey};
use std::hint::black_box;
use std::time::Instant;

const BATCH: usize = 50;
const ROUNDS: usize = 15;

fn on_screen(s: &Survey, item: &str) -> bool {
    let view = serde_json::to_value(s.render()).expect("view");
    view["screen"]["items"]
        .as_array()
        .is_some_and(|items| items.iter().any(|i| i["id"] == item))
}

fn view_name(s: &Survey) -> String {
    let view = serde_json::to_value(s.render()).expect("view");
    view["view"].as_str().unwrap_or_default().to_string()
}

/// A survey opened from the signed bundle and answered through to the
/// review, as the page leaves it before "Send".
fn answered(signed: &str, key: &str) -> Survey {
    let mut s = Survey::open(signed, key, &["en"]).expect("opens");
    for (item, value) in common::ANSWERS {
        while !on_screen(&s, item) {
            s.next().expect("next");
        }
        s.answer_json(item, value).expect(item);
    }
    while view_name(&s) == "questions" {
        s.next().expect("next");
    }
    assert_eq!(view_name(&s), "review");
    s
}

fn main() {
    let (signed, key) = common::published();
    let org = age::x25519::Identity::generate().to_public().to_string();
    let recipients = [org];
    let link_key = SecretKey::generate();
    let signer = Signer::new("poster-north", &link_key.to_base64()).expect("signer");
    let mut samples: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let mut surveys: Vec<Survey> = (0..BATCH).map(|_| answered(&signed, &key)).collect();
            let start = Instant::now();
            for s in &mut surveys {
                black_box(s.seal(&recipients, &signer).expect("seals"));
            }
            start.elapsed().as_secs_f64() * 1e3 / BATCH as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    println!("web_seal_native_ms: {:.4} ms", samples[ROUNDS / 2]);
}
