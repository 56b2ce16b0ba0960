//! `heard demo`: the whole flow on one machine, offline, in one process.
//!
//! A steward key and an organization folder are created; a `heard-server`
//! runs on 127.0.0.1 over a fresh embedded SQLite file; both shipped
//! questionnaires are signed and published; a simulated kiosk device
//! enrolls from the QR payload, fills surveys offline in several languages
//! (right-to-left included) over three months and one listening session,
//! then syncs; the steward pulls, decrypts, exports and writes reports.
//! Everything stays under one folder so anyone can check that neither the
//! device's store nor the server's database holds a readable answer.

use crate::admin::Admin;
use crate::error::{Error, IoContext, Result};
use crate::org::Org;
use crate::pull::{Keys, PullOptions, PullReport};
use crate::report::{self, Options, data::Period};
use chrono::{Days, NaiveDate};
use heard_device::sync::{SyncConfig, Syncer};
use heard_device::{FileSecretStore, Store, StoreConfig};
use heard_engine::{Action, Answer, Cursor, ItemKind, Questionnaire, Response};
use heard_protocol::signing::QrPayload;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A phrase written into one sensitive answer, to search the databases for.
pub const CANARY: &str = "HEARD-DEMO-CANARY: the officer took my phone";

/// A `heard-server` running inside this process on 127.0.0.1.
pub struct LocalServer {
    /// Its address, `http://127.0.0.1:PORT`.
    pub url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl LocalServer {
    /// Starts a server on a free loopback port over the SQLite file `db`.
    pub async fn start(db: &Path, admin_token: &str) -> Result<LocalServer> {
        let store = heard_server::store::open(&format!("sqlite:{}", db.display()))
            .await
            .map_err(|e| {
                Error::Usage(format!(
                    "cannot open the server database {}: {e}",
                    db.display()
                ))
            })?;
        let state = Arc::new(heard_server::AppState {
            store,
            admin_hash: heard_server::auth::hash(admin_token),
            limits: heard_protocol::EnvelopeLimits::default(),
            max_body: 8 * 1024 * 1024,
            limiter: heard_server::ratelimit::RateLimiter::new(600),
            metrics: Default::default(),
            received_granularity: 3600,
            log_client_addresses: false,
            page: None,
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .at("127.0.0.1:0")?;
        let addr = listener.local_addr().at("127.0.0.1:0")?;
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = heard_server::router(state);
        let task = tokio::spawn(async move {
            let _ = axum::serve(
                listener,
                app.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await;
        });
        Ok(LocalServer {
            url: format!("http://{addr}"),
            shutdown: Some(tx),
            task,
        })
    }

    /// Stops the server and waits until it has.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

/// Where the demo put things, and what happened.
#[derive(Debug, Clone)]
pub struct DemoResult {
    /// The demo folder.
    pub out: PathBuf,
    /// Surveys filled.
    pub surveys: usize,
    /// Listening sessions filled.
    pub sessions: usize,
    /// Locales the surveys were answered in.
    pub locales: Vec<String>,
    /// What the pull did.
    pub pull: PullReport,
    /// The reports written.
    pub reports: Vec<PathBuf>,
    /// Files searched for the canary phrase, and whether it was found.
    pub plaintext_check: Vec<(PathBuf, bool)>,
}

/// Survey languages and how many respond in each: a lone Tigrinya, Pashto
/// and Dari speaker show how the report protects small groups.
const RESPONDENTS: &[(&str, usize)] = &[
    ("ar", 30),
    ("fa", 20),
    ("uk", 20),
    ("en", 15),
    ("fr", 12),
    ("so", 10),
    ("es", 4),
    ("ti", 1),
    ("ps", 1),
    ("prs", 2),
];

/// Runs the demo into `out` (which must not exist or be empty), telling
/// `say` what happens.
pub async fn run(out: &Path, today: NaiveDate, say: &mut dyn FnMut(String)) -> Result<DemoResult> {
    if out.exists() && std::fs::read_dir(out).at(out)?.next().is_some() {
        return Err(Error::Usage(format!(
            "{} is not empty; the demo writes into a new or empty folder",
            out.display()
        )));
    }
    std::fs::create_dir_all(out).at(out)?;
    let mut rng = StdRng::seed_from_u64(20261123);

    // 1. The steward's key and the organization folder.
    let key_path = out.join("steward.key");
    let identity = crate::keys::write_new_identity(&key_path)?;
    say(format!(
        "Created the steward's decryption key {} (public key {}).",
        key_path.display(),
        identity.to_public()
    ));

    // 2. The server.
    std::fs::create_dir_all(out.join("server")).at(out.join("server"))?;
    let admin_token = crate::files::random_token();
    let server = LocalServer::start(&out.join("server/heard-server.db"), &admin_token).await?;
    say(format!(
        "Started heard-server on {} with an embedded SQLite database in {}.",
        server.url,
        out.join("server").display()
    ));
    let result = flow(
        out,
        &server.url,
        &admin_token,
        &identity,
        &key_path,
        today,
        &mut rng,
        say,
    )
    .await;
    server.stop().await;
    let mut result = result?;
    result.plaintext_check = check_plaintext(out)?;
    Ok(result)
}

#[allow(clippy::too_many_arguments)]
async fn flow(
    out: &Path,
    url: &str,
    admin_token: &str,
    identity: &age::x25519::Identity,
    key_path: &Path,
    today: NaiveDate,
    rng: &mut StdRng,
    say: &mut dyn FnMut(String),
) -> Result<DemoResult> {
    let mut org = Org::init(
        &out.join("heard-org"),
        "Demo Refugee Support Network",
        url,
        &[identity.to_public().to_string()],
    )?;
    let admin = Admin::new(url, admin_token)?;

    // 3. Sign and publish both questionnaires.
    // Written out from the binary, so the demo runs without a checkout.
    let shipped = out.join("questionnaires");
    for name in ["post-encounter", "listening-session"] {
        crate::shipped::write(name, &shipped.join(name))?;
        let bundle = heard_engine::bundle::pack(&shipped.join(name))?;
        let signed = org.sign_bundle(&bundle);
        admin.publish(&signed).await?;
        org.keep_bundle(&bundle, &signed)?;
        say(format!(
            "Signed and published the {name} questionnaire (version {}, {} languages).",
            bundle.version,
            bundle
                .files
                .keys()
                .filter(|f| f.starts_with("locales/"))
                .count()
        ));
    }

    // 4. Enroll a kiosk device from the QR payload.
    let group = "demo-kiosk";
    let (group_key, _) = org.group_secret(group)?;
    let code = admin
        .create_code(1, Duration::from_secs(3600), group)
        .await?;
    org.add_group(group, &group_key)?;
    let payload = QrPayload {
        code: code.code,
        group: group.into(),
        group_key: group_key.to_base64(),
        org_key: org.public_key().to_base64(),
        config: org.signed_config(),
    }
    .encode();
    crate::qr::write_png(
        &crate::qr::encode(&payload)?,
        &out.join("enroll-demo-kiosk.png"),
    )?;
    let device_dir = out.join("device");
    std::fs::create_dir_all(&device_dir).at(&device_dir)?;
    let secrets = FileSecretStore::new(device_dir.join("keystore"));
    let store = Mutex::new(Store::open(
        device_dir.join("heard.db"),
        &secrets,
        StoreConfig::default(),
    )?);
    let offer = heard_device::enroll::read_qr(&payload)?;
    heard_device::enroll::accept(&offer, &store, &secrets).await?;
    say(format!(
        "Enrolled a simulated kiosk into group \"{group}\" after checking the organization's fingerprint: {}.",
        offer.fingerprint.join(" ")
    ));
    let syncer = Syncer::new(SyncConfig::for_enrolled(&*lock(&store)?, &secrets)?)?;
    syncer.sync(&store).await?;

    // 5. Offline: fill surveys over three months and one listening session.
    let bundles = lock(&store)?.bundles()?;
    let scratch = device_dir.join("questionnaires");
    let mut questionnaires = BTreeMap::new();
    for b in &bundles {
        let dir = heard_engine::bundle::unpack(b, &scratch)?;
        questionnaires.insert(
            b.questionnaire_id.clone(),
            Arc::new(Questionnaire::load(&dir)?),
        );
    }
    let survey = questionnaires
        .get("post-encounter")
        .cloned()
        .ok_or_else(|| Error::Usage("the device did not receive the survey".into()))?;
    let session = questionnaires
        .get("listening-session")
        .cloned()
        .ok_or_else(|| Error::Usage("the device did not receive the listening session".into()))?;
    let start = today.checked_sub_days(Days::new(84)).unwrap_or(today);
    let mut surveys = 0;
    let total: usize = RESPONDENTS.iter().map(|(_, n)| n).sum();
    for (locale, n) in RESPONDENTS {
        for _ in 0..*n {
            let day = start
                .checked_add_days(Days::new((surveys * 84 / total) as u64))
                .unwrap_or(today);
            // Respect improves after the (simulated) training half-way through.
            let later = day >= start.checked_add_days(Days::new(42)).unwrap_or(today);
            let mut r = Response::new(survey.clone(), &[*locale]);
            r.set_today(day);
            let canary = surveys == 0;
            fill(&mut r, rng, later, canary)?;
            let mut s = lock(&store)?;
            s.set_today(Some(day));
            let draft = s.create_draft(&r)?;
            s.submit(&draft, &r)?;
            surveys += 1;
        }
    }
    let mut r = Response::new(session.clone(), &["en"]);
    r.set_today(today);
    fill(&mut r, rng, true, false)?;
    {
        let mut s = lock(&store)?;
        s.set_today(Some(today));
        let draft = s.create_draft(&r)?;
        s.submit(&draft, &r)?;
    }
    let locales: Vec<String> = RESPONDENTS.iter().map(|(l, _)| l.to_string()).collect();
    say(format!(
        "Offline, the kiosk collected {surveys} anonymous surveys in {} languages (Arabic, Persian, Dari and Pashto right-to-left) over 12 weeks, and one listening session; each was sealed to the organization's key as it was submitted ({} waiting in the outbox).",
        locales.len(),
        lock(&store)?.outbox_len()?
    ));

    // 6. Reconnect: sync.
    let report = syncer.sync(&store).await?;
    say(format!(
        "Back online, the kiosk uploaded {} envelopes; its outbox now holds {}.",
        report.uploaded, report.pending
    ));

    // 7. Pull, decrypt, verify, export.
    let pull_dir = out.join("pull");
    let pulled = crate::pull::pull(
        &admin,
        PullOptions {
            out: &pull_dir,
            identity_path: key_path,
            keys: Keys {
                identities: vec![identity.clone()],
                groups: org.groups(),
                rehearsal: org.rehearsal_groups(),
            },
            org: Some(&org),
            purge: false,
            locale: Some("en"),
            page_size: 100,
            progress: false,
        },
    )
    .await?;
    say(format!(
        "The steward pulled {} envelopes, decrypted and verified {} ({} set aside), and exported CSV, JSONL and XLSX into {}.",
        pulled.pulled,
        pulled.exported,
        pulled.set_aside,
        pull_dir.display()
    ));

    // 8. Reports, in English and in Arabic.
    let mut reports = Vec::new();
    for locale in ["en", "ar"] {
        let path = out.join(format!("report-{locale}.html"));
        let options = Options {
            k: 5,
            locale: Some(locale.into()),
            period: Period::Month,
            compare_at: start.checked_add_days(Days::new(42)),
            include_sensitive: false,
            ..Options::new(&today.format("%Y-%m-%d").to_string())
        };
        let written = report::write(&pull_dir, Some(&org), &options, &path)?;
        say(format!(
            "Wrote the {locale} report {} ({} figures hidden to protect groups smaller than 5).",
            path.display(),
            written.hidden
        ));
        reports.push(path);
    }
    Ok(DemoResult {
        out: out.to_path_buf(),
        surveys,
        sessions: 1,
        locales,
        pull: pulled,
        reports,
        plaintext_check: Vec::new(),
    })
}

fn lock(store: &Mutex<Store>) -> Result<std::sync::MutexGuard<'_, Store>> {
    store
        .lock()
        .map_err(|_| Error::Usage("the device store lock was poisoned".into()))
}

/// Answers every shown item of `r`, screen by screen, until the end.
pub(crate) fn fill(r: &mut Response, rng: &mut StdRng, later: bool, canary: bool) -> Result<()> {
    for _ in 0..200 {
        if r.screen().is_none() {
            return Ok(());
        }
        // Answering can make more items relevant on the same screen.
        for _ in 0..4 {
            let pending: Vec<_> = r
                .screen()
                .map(|s| s.items)
                .unwrap_or_default()
                .into_iter()
                .filter(|i| i.kind.takes_answer() && i.answer.is_none())
                .collect();
            if pending.is_empty() {
                break;
            }
            for item in pending {
                if let Some(answer) = pick(&item, rng, later, canary) {
                    // An optional answer the questionnaire refuses is left out.
                    let _ = r.answer(&item.id, answer);
                }
            }
        }
        if r.next_screen()? == Cursor::End {
            return Ok(());
        }
    }
    Err(Error::Usage(
        "the demo could not finish a questionnaire".into(),
    ))
}

fn pick(
    item: &heard_engine::ItemView,
    rng: &mut StdRng,
    later: bool,
    canary: bool,
) -> Option<Answer> {
    let codes: Vec<&str> = item.choices.iter().map(|c| c.code.as_str()).collect();
    Some(match item.kind {
        ItemKind::Consent => Answer::Consent(true),
        ItemKind::Scale => {
            // Scales run from worst to best: skew towards better later.
            let n = codes.len();
            let bias = if later { n / 2 } else { 0 };
            let i = (rng.gen_range(0..n) + bias).min(n - 1);
            Answer::Choice(codes[i].to_string())
        }
        ItemKind::Single | ItemKind::YesNo => {
            if item.decline.is_some() && rng.gen_bool(0.05) {
                Answer::Declined
            } else {
                Answer::Choice(codes[rng.gen_range(0..codes.len())].to_string())
            }
        }
        ItemKind::Multiple => {
            let chosen: Vec<String> = codes
                .iter()
                .filter(|_| rng.gen_bool(0.35))
                .map(|c| c.to_string())
                .collect();
            if chosen.is_empty() {
                Answer::Choices(vec![codes[0].to_string()])
            } else {
                Answer::Choices(chosen)
            }
        }
        ItemKind::Integer => {
            let lo = item.min.unwrap_or(0.0) as i64;
            let hi = item.max.unwrap_or(10.0).min(lo as f64 + 4.0) as i64;
            Answer::Integer(rng.gen_range(lo..=hi.max(lo)))
        }
        ItemKind::Tally => Answer::Tally(
            codes
                .iter()
                .map(|c| (c.to_string(), rng.gen_range(0..6)))
                .collect(),
        ),
        // A session is dated the day it is held.
        ItemKind::Date => Answer::Date(chrono::Utc::now().format("%Y-%m-%d").to_string()),
        ItemKind::TextList => Answer::Entries(vec![
            "We only call the police when someone is badly hurt.".into(),
            "The interpreter made it possible to explain.".into(),
        ]),
        ItemKind::ActionList => Answer::Actions(vec![
            Action {
                what: "Publish the interpreter line in Tigrinya and Dari".into(),
                who: "community liaison officer".into(),
                due: None,
            },
            Action {
                what: "Hold the next session at the community centre".into(),
                who: "partner organization".into(),
                due: None,
            },
        ]),
        ItemKind::LongText if canary => Answer::Text(CANARY.into()),
        ItemKind::Prompt => Answer::Text("Notes from the discussion.".into()),
        _ => return None,
    })
}

/// Searches the device's and the server's database files for the canary.
fn check_plaintext(out: &Path) -> Result<Vec<(PathBuf, bool)>> {
    let mut found = Vec::new();
    for dir in [out.join("device"), out.join("server")] {
        for entry in std::fs::read_dir(&dir).at(&dir)?.flatten() {
            let path = entry.path();
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if path.is_file() && name.contains(".db") {
                let bytes = std::fs::read(&path).at(&path)?;
                let hit = bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes());
                found.push((path, hit));
            }
        }
    }
    Ok(found)
}
