//! Questionnaire loading from memory, as a verified bundle loads: the
//! input is `questionnaire.toml`, then the FTL files of `en`, `ar` and
//! `fr`, separated by NUL bytes. Whatever loads is then walked as a
//! respondent would: every screen rendered, the review, the completion
//! check (which runs every relevance, constraint and calculation).
//! Loading must end in `Ok` or diagnostics, never a panic.
#![no_main]

use heard_engine::{Cursor, Questionnaire, Response};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use std::sync::Arc;

const LOCALES: [&str; 3] = ["en", "ar", "fr"];

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&b| b == 0);
    let Some(toml) = parts.next() else { return };
    let mut files = BTreeMap::new();
    files.insert(
        "questionnaire.toml".to_string(),
        String::from_utf8_lossy(toml).into_owned(),
    );
    for (tag, ftl) in LOCALES.iter().zip(parts) {
        files.insert(
            format!("locales/{tag}/q.ftl"),
            String::from_utf8_lossy(ftl).into_owned(),
        );
    }
    let Ok(q) = Questionnaire::from_files("fuzz", &files) else {
        return;
    };
    let q = Arc::new(q);
    for locale in LOCALES {
        let mut r = Response::new(Arc::clone(&q), &[locale]);
        let _ = r.title();
        for _ in 0..64 {
            let _ = r.screen();
            let _ = r.progress();
            match r.next_screen() {
                Ok(Cursor::End) | Err(_) => break,
                Ok(_) => {}
            }
        }
        let _ = r.review();
        let _ = r.completion();
        let _ = r.answers();
    }
});
