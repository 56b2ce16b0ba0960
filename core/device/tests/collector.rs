//! Collecting on a personal phone and on a shared kiosk tablet.

mod common;

use common::{session_guide, survey};
use heard_device::{Collector, Error, MemorySecretStore, Mode, Store, StoreConfig};
use heard_engine::{Answer, Cursor};
use std::sync::{Arc, Mutex};

fn collector(dir: &tempfile::TempDir, secrets: &MemorySecretStore, mode: Mode) -> Collector {
    let mut store =
        Store::open(dir.path().join("heard.db"), secrets, StoreConfig::default()).expect("store");
    store
        .set_recipients(
            "*",
            &[age::x25519::Identity::generate().to_public().to_string()],
        )
        .expect("recipients");
    Collector::new(
        Arc::new(Mutex::new(store)),
        mode,
        [survey(), session_guide()],
    )
}

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

fn fill(c: &mut Collector) {
    c.answer("consent", Answer::Consent(true)).expect("consent");
    c.answer("contact_kind", choice("stopped_public"))
        .expect("contact");
    c.answer("reason_explained", choice("partly"))
        .expect("reason");
    c.answer("language_needed", choice("no")).expect("language");
    c.answer("searched", choice("no")).expect("search");
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        c.answer(item, choice("3")).expect(item);
    }
    c.answer(
        "anything_else",
        Answer::Text("the previous respondent's story".into()),
    )
    .expect("text");
    while c.next_screen().expect("next") != Cursor::End {}
}

#[test]
fn every_accepted_answer_is_saved_before_the_call_returns() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let mut c = collector(&dir, &secrets, Mode::Personal);
    let id = c.start("post-encounter", &["so"]).expect("start");
    c.answer("consent", Answer::Consent(true)).expect("consent");
    c.next_screen().expect("next");
    c.answer("contact_kind", choice("at_home")).expect("answer");
    assert!(
        c.answer("officers_count", Answer::Integer(99)).is_err(),
        "refused answers are not saved either"
    );
    drop(c);
    // The app was killed: a new collector finds the draft as it was.
    let mut c = collector(&dir, &secrets, Mode::Personal);
    assert_eq!(c.drafts().expect("drafts").len(), 1);
    c.resume(&id).expect("resume");
    let r = c.response().expect("active");
    assert_eq!(r.answer_of("contact_kind"), Some(&choice("at_home")));
    assert_eq!(r.answer_of("officers_count"), None);
    assert_eq!(r.cursor(), Cursor::Screen(1));
    assert_eq!(r.locale(), "so");
}

#[test]
fn a_kiosk_starts_fresh_after_each_submit_and_keeps_nothing_of_the_previous_person() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let mut c = collector(
        &dir,
        &secrets,
        Mode::Kiosk {
            locale: "en".into(),
        },
    );
    let first = c.start("post-encounter", &["ti"]).expect("start");
    fill(&mut c);
    let done = c.submit().expect("submit");
    let next = done.next_draft.expect("a fresh response");
    assert_ne!(next, first);
    let fresh = c.response().expect("active");
    assert!(
        fresh.draft_answers().is_empty(),
        "nothing of the previous respondent: {:?}",
        fresh.draft_answers()
    );
    assert_eq!(
        fresh.locale(),
        "en",
        "the kiosk's language, not the previous person's"
    );
    assert_eq!(fresh.cursor(), Cursor::Screen(0));
    assert!(fresh.review().iter().all(|e| e.answer.is_none()));
    assert!(
        c.drafts().expect("drafts").is_empty(),
        "survey drafts are never listed on a kiosk"
    );
    assert!(matches!(c.resume(&first), Err(Error::UnknownDraft(_))));
    assert!(
        matches!(
            c.store().expect("store").load_draft(&first, survey()),
            Err(Error::UnknownDraft(_))
        ),
        "the submitted draft is gone from the store"
    );
    assert_eq!(c.store().expect("store").outbox_len().expect("count"), 1);
}

#[test]
fn a_kiosk_forgets_a_survey_someone_walked_away_from() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let mut c = collector(
        &dir,
        &secrets,
        Mode::Kiosk {
            locale: "ar".into(),
        },
    );
    let abandoned = c.start("post-encounter", &["ar"]).expect("start");
    c.answer("consent", Answer::Consent(true)).expect("consent");
    c.answer("contact_kind", choice("id_check"))
        .expect("answer");
    assert!(
        matches!(c.resume(&abandoned), Err(Error::UnknownDraft(_))),
        "not resumable on a kiosk"
    );
    c.start("post-encounter", &["ar"]).expect("next person");
    let left = c.store().expect("store").drafts().expect("drafts");
    assert_eq!(left.len(), 1);
    assert_ne!(left[0].id, abandoned);
}

#[test]
fn declining_consent_on_a_kiosk_starts_over_with_nothing_saved() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let mut c = collector(
        &dir,
        &secrets,
        Mode::Kiosk {
            locale: "fr".into(),
        },
    );
    let first = c.start("post-encounter", &["fa"]).expect("start");
    c.answer("consent", Answer::Consent(false))
        .expect("decline");
    assert_ne!(c.draft_id(), Some(first.as_str()));
    assert!(c.response().expect("fresh").draft_answers().is_empty());
    assert_eq!(
        c.store().expect("store").drafts().expect("drafts").len(),
        1,
        "only the fresh, empty draft"
    );
    assert_eq!(c.store().expect("store").outbox_len().expect("count"), 0);
}

#[test]
fn a_liaison_can_resume_a_listening_session_on_a_kiosk_and_close_it() {
    let dir = tempfile::tempdir().expect("dir");
    let secrets = MemorySecretStore::default();
    let mut c = collector(
        &dir,
        &secrets,
        Mode::Kiosk {
            locale: "en".into(),
        },
    );
    let session = c.start("listening-session", &["uk"]).expect("start");
    c.answer(
        "prompt_language",
        Answer::Text("Нам не запропонували перекладача".into()),
    )
    .expect("note");
    drop(c);
    let mut c = collector(
        &dir,
        &secrets,
        Mode::Kiosk {
            locale: "en".into(),
        },
    );
    assert_eq!(
        c.drafts()
            .expect("drafts")
            .into_iter()
            .map(|d| d.id)
            .collect::<Vec<_>>(),
        std::slice::from_ref(&session)
    );
    c.resume(&session).expect("resume");
    c.answer("session_date", Answer::Date("2026-11-20".into()))
        .expect("date");
    c.answer("setting", choice("school")).expect("setting");
    c.answer("session_languages", Answer::Choices(vec!["uk".into()]))
        .expect("languages");
    let closed = c.submit().expect("close the session");
    assert_eq!(
        closed.next_draft, None,
        "closing a session does not open another"
    );
    assert_eq!(c.store().expect("store").outbox_len().expect("count"), 1);
    assert!(c.drafts().expect("drafts").iter().all(|d| d.id != session));
}
