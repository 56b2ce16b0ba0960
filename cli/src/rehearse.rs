//! `heard rehearse`: a dress rehearsal on the organization's own server
//! before any phone exists. A simulated device enrolls into the rehearsal
//! group through the real enrollment and sync API, fills the published
//! questionnaires with random sample answers in their languages, seals and
//! uploads them exactly as an app does, and is revoked at the end.
//!
//! The rehearsal group is marked in `groups.toml`, so `heard pull` keeps its
//! submissions apart (under `rehearsal/`), the report never counts them,
//! and `--purge` deletes them from the server like any kept submission.

use crate::admin::Admin;
use crate::error::{Error, IoContext, Result};
use crate::org::{Org, REHEARSAL_GROUP};
use heard_device::sync::{SyncConfig, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::{Questionnaire, QuestionnaireKind, Response};
use heard_protocol::signing::QrPayload;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What a rehearsal sent.
#[derive(Debug, Clone, Default)]
pub struct Rehearsed {
    /// Sample submissions per questionnaire id.
    pub sent: Vec<(String, usize)>,
    /// Envelopes the server stored.
    pub uploaded: u64,
    /// The simulated device's id (revoked at the end).
    pub device_id: String,
}

/// Sends `surveys` sample submissions of every published survey (and one
/// of every listening session) to the organization's server.
pub async fn run(org: &mut Org, admin: &Admin, surveys: usize) -> Result<Rehearsed> {
    let (key, new) = org.rehearsal_secret()?;
    let code = admin
        .create_code(1, Duration::from_secs(600), REHEARSAL_GROUP)
        .await?;
    if new {
        org.add_rehearsal_group(&key)?;
    }
    let payload = QrPayload {
        code: code.code,
        group: REHEARSAL_GROUP.into(),
        group_key: key.to_base64(),
        org_key: org.public_key().to_base64(),
        config: org.signed_config(),
    }
    .encode();
    let dir = tempfile::tempdir().at(std::env::temp_dir())?;
    let secrets = MemorySecretStore::default();
    let store = Mutex::new(Store::open(
        dir.path().join("device.db"),
        &secrets,
        StoreConfig::default(),
    )?);
    let offer = heard_device::enroll::read_qr(&payload)?;
    let device_id = heard_device::enroll::accept(&offer, &store, &secrets).await?;
    let result = fill_and_send(&store, &secrets, dir.path(), surveys).await;
    // The simulated device never syncs again, whatever happened.
    admin.revoke_device(&device_id).await?;
    let (sent, uploaded) = result?;
    Ok(Rehearsed {
        sent,
        uploaded,
        device_id,
    })
}

async fn fill_and_send(
    store: &Mutex<Store>,
    secrets: &MemorySecretStore,
    scratch: &std::path::Path,
    surveys: usize,
) -> Result<(Vec<(String, usize)>, u64)> {
    let syncer = Syncer::new(SyncConfig::for_enrolled(&*lock(store)?, secrets)?)?;
    syncer.sync(store).await?;
    let bundles = lock(store)?.bundles()?;
    if bundles.is_empty() {
        return Err(Error::Usage(
            "the server has no questionnaire published, so there is nothing to rehearse: publish one first (heard questionnaire publish)".into(),
        ));
    }
    let mut rng = StdRng::from_entropy();
    let mut sent = Vec::new();
    for bundle in &bundles {
        let dir = heard_engine::bundle::unpack(bundle, &scratch.join("questionnaires"))?;
        let q = Arc::new(Questionnaire::load(&dir)?);
        let n = match q.kind {
            QuestionnaireKind::Survey => surveys,
            QuestionnaireKind::ListeningSession => 1,
        };
        let locales: Vec<String> = q.locales().iter().map(|l| l.to_string()).collect();
        for _ in 0..n {
            let locale = locales
                .choose(&mut rng)
                .cloned()
                .unwrap_or_else(|| q.default_locale.clone());
            let mut r = Response::new(q.clone(), &[locale.as_str()]);
            crate::demo::fill(&mut r, &mut rng, true, false)?;
            let mut s = lock(store)?;
            let draft = s.create_draft(&r)?;
            s.submit(&draft, &r)?;
        }
        sent.push((bundle.questionnaire_id.clone(), n));
    }
    let report = syncer.sync(store).await?;
    if report.pending > 0 {
        return Err(Error::Usage(format!(
            "the server stored {} sample(s), and {} could not be sent ({:?}); run heard rehearse again",
            report.uploaded, report.pending, report.status
        )));
    }
    Ok((sent, report.uploaded))
}

fn lock(store: &Mutex<Store>) -> Result<std::sync::MutexGuard<'_, Store>> {
    store
        .lock()
        .map_err(|_| Error::Usage("the simulated device's store lock was poisoned".into()))
}
