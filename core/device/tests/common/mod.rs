//! Helpers shared by the store tests.
#![allow(dead_code)]

use heard_engine::{Answer, Cursor, Questionnaire, Response};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The shipped post-encounter survey, loaded once.
pub fn survey() -> Arc<Questionnaire> {
    static Q: OnceLock<Arc<Questionnaire>> = OnceLock::new();
    Q.get_or_init(|| {
        Arc::new(Questionnaire::load("../../questionnaires/post-encounter").expect("survey loads"))
    })
    .clone()
}

/// The shipped listening-session guide, loaded once.
pub fn session_guide() -> Arc<Questionnaire> {
    static Q: OnceLock<Arc<Questionnaire>> = OnceLock::new();
    Q.get_or_init(|| {
        Arc::new(
            Questionnaire::load("../../questionnaires/listening-session").expect("guide loads"),
        )
    })
    .clone()
}

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

/// A complete survey response whose free text is `text`.
pub fn filled_survey(locale: &str, text: &str) -> Response {
    let mut r = Response::new(survey(), &[locale]);
    r.answer("consent", Answer::Consent(true)).expect("consent");
    r.answer("contact_kind", choice("stopped_transport"))
        .expect("contact");
    r.answer("reason_explained", choice("no")).expect("reason");
    r.answer("language_needed", choice("yes"))
        .expect("language");
    r.answer("interpreter_offered", choice("not_offered"))
        .expect("interpreter");
    r.answer("searched", choice("no")).expect("searched");
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        r.answer(item, choice("2")).expect(item);
    }
    if !text.is_empty() {
        r.answer("anything_else", Answer::Text(text.into()))
            .expect("free text");
    }
    while r.next_screen().expect("complete pages") != Cursor::End {}
    assert!(r.is_complete(), "{:?}", r.completion());
    r
}

/// The bytes of the database file and its companions, concatenated.
pub fn database_bytes(db: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_os_string();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(PathBuf::from(p)) {
            all.extend(bytes);
        }
    }
    all
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
