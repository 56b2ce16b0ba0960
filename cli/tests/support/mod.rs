//! A real heard-server on 127.0.0.1 (in this test process, over a temporary
//! SQLite file), an organization folder made with the `heard` binary, and
//! a simulated device that enrolls from `heard enroll`'s payload and
//! uploads through the core, as the apps do.
#![allow(dead_code)]

pub mod outsider;

use assert_cmd::Command;
use heard_cli::demo::LocalServer;
use heard_device::sync::{SyncConfig, Syncer};
use heard_device::{MemorySecretStore, Store, StoreConfig};
use heard_engine::{Answer, Cursor, Questionnaire, Response};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub const TOKEN: &str = "test-admin-token-0123456789";

/// A server, a steward's key and organization folder, in one temp dir.
pub struct Setup {
    pub dir: tempfile::TempDir,
    pub rt: tokio::runtime::Runtime,
    pub server: Option<LocalServer>,
    pub url: String,
}

pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

impl Setup {
    /// A running server only.
    pub fn server() -> Setup {
        let dir = tempfile::tempdir().expect("dir");
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let server = rt
            .block_on(LocalServer::start(&dir.path().join("server.db"), TOKEN))
            .expect("server");
        let url = server.url.clone();
        Setup {
            dir,
            rt,
            server: Some(server),
            url,
        }
    }

    /// A server, `steward.key` from `heard keygen`, and `org/` from
    /// `heard org init` with the survey published.
    pub fn organization() -> Setup {
        let s = Setup::server();
        s.heard(&["keygen", "-o", "steward.key"]).assert().success();
        s.heard(&[
            "org",
            "init",
            "--org",
            "org",
            "--name",
            "Refugee Legal Aid Network",
            "--server",
            &s.url,
            "--identity",
            "steward.key",
        ])
        .assert()
        .success();
        s.heard_admin(&["questionnaire", "publish"])
            .arg(repo("questionnaires/post-encounter"))
            .assert()
            .success();
        s
    }

    pub fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    /// `heard ARGS` in the temp dir.
    pub fn heard(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("heard").expect("binary");
        cmd.current_dir(self.dir.path()).args(args);
        cmd.env_remove("HEARD_ADMIN_TOKEN")
            .env_remove("HEARD_SERVER")
            .env_remove("HEARD_ORG");
        cmd
    }

    /// `heard ARGS --org org --admin-token TOKEN`.
    pub fn heard_admin(&self, args: &[&str]) -> Command {
        let mut cmd = self.heard(args);
        cmd.args(["--org", "org", "--admin-token", TOKEN]);
        cmd
    }

    /// Enrolls a device with `heard enroll` into `group`.
    pub fn device(&self, group: &str) -> Device {
        self.heard_admin(&["enroll", "--group", group, "--out", "codes"])
            .assert()
            .success();
        let payload = std::fs::read_to_string(self.path(&format!("codes/enroll-{group}.txt")))
            .expect("payload");
        let dir = tempfile::tempdir().expect("device dir");
        let secrets = MemorySecretStore::default();
        let store = Mutex::new(
            Store::open(
                dir.path().join("device.db"),
                &secrets,
                StoreConfig::default(),
            )
            .expect("store"),
        );
        let offer = heard_device::enroll::read_qr(payload.trim()).expect("offer");
        self.rt
            .block_on(heard_device::enroll::accept(&offer, &store, &secrets))
            .expect("accept");
        let config =
            SyncConfig::for_enrolled(&store.lock().expect("lock"), &secrets).expect("config");
        let token = config.token.clone();
        let syncer = Syncer::new(config).expect("syncer");
        self.rt.block_on(syncer.sync(&store)).expect("first sync");
        Device {
            _dir: dir,
            store,
            syncer,
            token,
        }
    }
}

pub struct Device {
    _dir: tempfile::TempDir,
    pub store: Mutex<Store>,
    pub syncer: Syncer,
    pub token: String,
}

pub fn survey() -> Arc<Questionnaire> {
    Arc::new(Questionnaire::load(repo("questionnaires/post-encounter")).expect("survey"))
}

/// A complete survey response in `locale` with `respect` on the respect
/// scale and `comment` as the free text.
pub fn response(locale: &str, respect: &str, comment: Option<&str>) -> Response {
    let mut r = Response::new(survey(), &[locale]);
    r.answer("consent", Answer::Consent(true)).expect("consent");
    r.answer("contact_kind", Answer::Choice("reported_crime".into()))
        .expect("contact");
    r.answer("language_needed", Answer::Choice("yes".into()))
        .expect("language");
    r.answer("interpreter_offered", Answer::Choice("not_offered".into()))
        .expect("interpreter");
    r.answer("searched", Answer::Choice("no".into()))
        .expect("searched");
    for item in ["pj_voice", "pj_neutrality", "pj_motives"] {
        r.answer(item, Answer::Choice("3".into())).expect(item);
    }
    r.answer("pj_respect", Answer::Choice(respect.into()))
        .expect("respect");
    if let Some(c) = comment {
        r.answer("anything_else", Answer::Text(c.into()))
            .expect("comment");
    }
    while r.next_screen().expect("next") != Cursor::End {}
    r
}

impl Device {
    /// Seals and queues a response.
    pub fn submit(&self, r: &Response) -> String {
        let mut store = self.store.lock().expect("lock");
        let draft = store.create_draft(r).expect("draft");
        store.submit(&draft, r).expect("submit")
    }

    /// Uploads the outbox.
    pub fn sync(&self, setup: &Setup) {
        let report = setup
            .rt
            .block_on(self.syncer.sync(&self.store))
            .expect("sync");
        assert_eq!(report.pending, 0, "{report:?}");
    }

    /// Uploads raw envelopes with this device's token, bypassing its store.
    pub fn upload_raw(&self, setup: &Setup, items: Vec<heard_protocol::UploadItem>) {
        let url = format!("{}/v1/submissions", setup.url);
        let token = self.token.clone();
        let response: heard_protocol::UploadResponse = setup.rt.block_on(async move {
            reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .json(&heard_protocol::UploadRequest { items })
                .send()
                .await
                .expect("upload")
                .json()
                .await
                .expect("results")
        });
        for r in response.results {
            assert_eq!(r.status, heard_protocol::ItemStatus::Stored, "{r:?}");
        }
    }
}
