//! Performs random store operations forever, journaling each one, until it
//! is killed. Driven by the crash test: `store_worker DB SECRETS JOURNAL
//! RECIPIENT SEED`.

use anyhow::{Context, Result, bail};
use heard_device::Store;
use heard_device::{FileSecretStore, StoreConfig};
use heard_e2e::{Entry, fingerprint};
use heard_engine::{Answer, Cursor, Questionnaire, Response};
use rand::{Rng, SeedableRng};
use std::io::Write;
use std::sync::Arc;

struct Journal(std::fs::File);

impl Journal {
    fn write(&mut self, entry: &Entry) -> Result<()> {
        // One write per line, flushed before the next operation starts.
        self.0.write_all(format!("{}\n", entry.line()).as_bytes())?;
        Ok(())
    }
}

fn choice(c: &str) -> Answer {
    Answer::Choice(c.into())
}

fn complete_survey(q: &Arc<Questionnaire>, rng: &mut impl Rng) -> Result<Response> {
    let mut r = Response::new(Arc::clone(q), &["en"]);
    r.answer("consent", Answer::Consent(true))?;
    r.answer("contact_kind", choice("id_check"))?;
    r.answer("reason_explained", choice("yes"))?;
    r.answer("language_needed", choice("no"))?;
    r.answer("searched", choice("no"))?;
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        r.answer(item, choice(&rng.gen_range(1..=5).to_string()))?;
    }
    r.answer("officers_count", Answer::Integer(rng.gen_range(1..=30)))?;
    while r.next_screen()? != Cursor::End {}
    Ok(r)
}

fn complete_session(q: &Arc<Questionnaire>, rng: &mut impl Rng) -> Result<Response> {
    let mut r = Response::new(Arc::clone(q), &["fr"]);
    r.answer("session_date", Answer::Date("2026-11-20".into()))?;
    r.answer("setting", choice("community_centre"))?;
    r.answer(
        "session_languages",
        Answer::Choices(vec!["ti".into(), "ar".into()]),
    )?;
    r.answer(
        "prompt_trust",
        Answer::Text(format!("note {}", rng.r#gen::<u32>())),
    )?;
    Ok(r)
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, db, secrets, journal, recipient, seed] = args.as_slice() else {
        bail!("usage: store_worker DB SECRETS JOURNAL RECIPIENT SEED");
    };
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../questionnaires");
    let survey = Arc::new(Questionnaire::load(format!("{root}/post-encounter"))?);
    let guide = Arc::new(Questionnaire::load(format!("{root}/listening-session"))?);
    let secrets = FileSecretStore::new(secrets);
    let mut store =
        Store::open(db, &secrets, StoreConfig::default()).context("opening the store")?;
    store.set_recipients("*", std::slice::from_ref(recipient))?;
    let mut journal = Journal(
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(journal)?,
    );
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed.parse()?);
    println!("ready");
    std::io::stdout().flush()?;
    loop {
        let drafts = store.drafts()?;
        match rng.gen_range(0..10) {
            // A new survey or session draft, partly or fully answered.
            0..=2 => {
                let r = if rng.gen_bool(0.5) {
                    complete_survey(&survey, &mut rng)?
                } else {
                    complete_session(&guide, &mut rng)?
                };
                let id = heard_engine::submission::random_id();
                journal.write(&Entry::Save {
                    id: id.clone(),
                    fp: fingerprint(&r.draft_answers()),
                })?;
                store.save_draft(&id, &r)?;
                journal.write(&Entry::Done { submission: None })?;
            }
            // Answer one more question of an existing draft (a note in a session).
            3..=5 if !drafts.is_empty() => {
                let d = &drafts[rng.gen_range(0..drafts.len())];
                let q = if d.questionnaire_id == survey.id {
                    &survey
                } else {
                    &guide
                };
                let (mut r, _) = store.load_draft(&d.id, Arc::clone(q))?;
                if q.id == survey.id {
                    r.answer("officers_count", Answer::Integer(rng.gen_range(1..=30)))?;
                } else {
                    r.answer(
                        "prompt_rights",
                        Answer::Text(format!("rights {}", rng.r#gen::<u32>())),
                    )?;
                }
                journal.write(&Entry::Save {
                    id: d.id.clone(),
                    fp: fingerprint(&r.draft_answers()),
                })?;
                store.save_draft(&d.id, &r)?;
                journal.write(&Entry::Done { submission: None })?;
            }
            // Submit a survey or close a session.
            6..=7 if !drafts.is_empty() => {
                let d = &drafts[rng.gen_range(0..drafts.len())];
                let q = if d.questionnaire_id == survey.id {
                    &survey
                } else {
                    &guide
                };
                let (r, _) = store.load_draft(&d.id, Arc::clone(q))?;
                journal.write(&Entry::Submit { id: d.id.clone() })?;
                let submission = store.submit(&d.id, &r)?;
                journal.write(&Entry::Done {
                    submission: Some(submission),
                })?;
            }
            // The server acknowledged a few.
            8 => {
                let ids: Vec<String> = store
                    .outbox_batch(3)?
                    .into_iter()
                    .map(|i| i.submission_id)
                    .collect();
                if !ids.is_empty() {
                    journal.write(&Entry::Ack { ids: ids.clone() })?;
                    store.acknowledge(&ids)?;
                    journal.write(&Entry::Done { submission: None })?;
                }
            }
            _ => {}
        }
    }
}
