//! Harness of the device↔server tests: a real `heard-server` (its router
//! and store, in this test process, on 127.0.0.1 and a runtime of its own)
//! and a throwaway PostgreSQL cluster started from the Debian binaries in a
//! temp dir. Adapted from `server/tests/support`, whose binary
//! (`CARGO_BIN_EXE_heard-server`) only the server's own tests can start.
#![allow(dead_code)]

pub mod proxy;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

/// The admin token every test server is started with.
pub const ADMIN: &str = "heard-test-admin-Xq7vB2mK9pLw4RtZ-n8Jc3Fh";

/// A running server, stopped when dropped.
pub struct Server {
    /// Its base URL, `http://127.0.0.1:PORT`.
    pub url: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Starts a server over the database `db` (`sqlite:PATH` or
    /// `postgres://…`) with the settings `heard-server` starts with by
    /// default, on a free loopback port. Its runtime is its own, as a
    /// process's would be: dropping a test's future never touches it.
    pub fn start(db: &str) -> Server {
        let db = db.to_string();
        let (ready, started) = std::sync::mpsc::channel::<Result<String, String>>();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("server runtime");
            rt.block_on(async move {
                let store = match heard_server::store::open(&db).await {
                    Ok(store) => store,
                    Err(e) => {
                        let _ = ready.send(Err(format!("cannot open {db}: {e}")));
                        return;
                    }
                };
                let state = std::sync::Arc::new(heard_server::AppState {
                    store,
                    admin_hash: heard_server::auth::hash(ADMIN),
                    limits: heard_protocol::EnvelopeLimits::default(),
                    max_body: 8 * 1024 * 1024,
                    limiter: heard_server::ratelimit::RateLimiter::new(120),
                    metrics: Default::default(),
                    received_granularity: 3600,
                    log_client_addresses: false,
                });
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                let addr = listener.local_addr().expect("addr");
                let _ = ready.send(Ok(format!("http://{addr}")));
                let app = heard_server::router(state)
                    .into_make_service_with_connect_info::<std::net::SocketAddr>();
                tokio::select! {
                    _ = axum::serve(listener, app) => {}
                    _ = stopped => {}
                }
            });
            rt.shutdown_timeout(Duration::from_secs(5));
        });
        let url = started
            .recv()
            .expect("the server thread answers")
            .unwrap_or_else(|e| panic!("{e}"));
        Server {
            url,
            stop: Some(stop),
            thread: Some(thread),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A port nothing listens on (free a moment ago).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn postgres_bin(name: &str) -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path().join("bin"))
                .filter(|p| p.join(name).exists())
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions.pop().map(|dir| dir.join(name)).unwrap_or_else(|| {
        panic!("PostgreSQL's {name} was not found under /usr/lib/postgresql/*/bin: run `cargo xtask test`, which installs the Debian package postgresql")
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a PostgreSQL tool as the `postgres` user when we are root (initdb
/// and pg_ctl refuse to run as root).
fn pg_command(name: &str) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(postgres_bin(name));
        c
    } else {
        Command::new(postgres_bin(name))
    }
}

/// The throwaway cluster of this test process, stopped and removed by a
/// watchdog when the process exits.
pub struct Cluster {
    port: u16,
    dir: PathBuf,
}

impl Cluster {
    /// The shared cluster, started on first use.
    pub fn get() -> &'static Cluster {
        static CLUSTER: OnceLock<Cluster> = OnceLock::new();
        CLUSTER.get_or_init(Cluster::start)
    }

    fn start() -> Cluster {
        let dir =
            std::env::temp_dir().join(format!("heard-pg-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&dir).expect("cluster dir");
        let data = dir.join("data");
        let port = free_port();
        let opts = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
            dir.display()
        );
        if is_root() {
            let ok = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&dir)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "chown of {} to postgres failed", dir.display());
        }
        let out = pg_command("initdb")
            .args(["-A", "trust", "-U", "postgres", "-E", "UTF8", "-D"])
            .arg(&data)
            .output()
            .expect("initdb runs");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let out = pg_command("pg_ctl")
            .args(["start", "-w", "-D"])
            .arg(&data)
            .arg("-l")
            .arg(dir.join("log"))
            .args(["-o", &opts])
            .output()
            .expect("pg_ctl runs");
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}{}",
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(dir.join("log")).unwrap_or_default()
        );
        // Stop and remove the cluster when this test process ends, however it ends.
        let script = format!(
            "while kill -0 {me} 2>/dev/null; do sleep 0.5; done; {runas} {pg_ctl} stop -m immediate -D {data} >/dev/null 2>&1; rm -rf {dir}",
            me = std::process::id(),
            runas = if is_root() {
                "runuser -u postgres --"
            } else {
                ""
            },
            pg_ctl = postgres_bin("pg_ctl").display(),
            data = data.display(),
            dir = dir.display()
        );
        #[allow(
            clippy::zombie_processes,
            reason = "the watchdog outlives this process on purpose"
        )]
        Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("watchdog");
        Cluster { port, dir }
    }

    /// A fresh database in the cluster, as a `postgres://` URL.
    pub fn database(&self) -> String {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let name = format!(
            "heard_{}",
            N.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let out = Command::new(postgres_bin("createdb"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                &name,
            ])
            .output()
            .expect("createdb runs");
        assert!(
            out.status.success(),
            "createdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }

    /// Where the cluster lives.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// A database URL for `backend`: a fresh SQLite file or PostgreSQL database.
pub fn database(backend: &str, dir: &Path) -> String {
    match backend {
        "sqlite" => format!("sqlite:{}", dir.join("server.db").display()),
        "postgres" => Cluster::get().database(),
        other => panic!("unknown backend {other}"),
    }
}

/// An age envelope of `text` sealed to a fresh key.
pub fn envelope(text: &str) -> Vec<u8> {
    use std::io::Write;
    let r = age::x25519::Identity::generate().to_public();
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
        .expect("encryptor");
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).expect("wrap");
    w.write_all(text.as_bytes()).expect("write");
    w.finish().expect("finish");
    out
}

/// The key the test organization signs bundles with.
pub fn org_key() -> &'static heard_protocol::signing::SecretKey {
    static KEY: OnceLock<heard_protocol::signing::SecretKey> = OnceLock::new();
    KEY.get_or_init(heard_protocol::signing::SecretKey::generate)
}

/// A file of the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// A signed bundle of the shipped post-encounter survey at `version`.
pub fn survey_bundle(version: u32) -> heard_protocol::signing::Signed {
    let dir = repo("questionnaires/post-encounter");
    let mut files = std::collections::BTreeMap::new();
    files.insert(
        "questionnaire.toml".to_string(),
        std::fs::read_to_string(dir.join("questionnaire.toml")).expect("toml"),
    );
    files.insert(
        "locales/en/post-encounter.ftl".to_string(),
        std::fs::read_to_string(dir.join("locales/en/post-encounter.ftl")).expect("ftl"),
    );
    let bundle = heard_protocol::signing::Bundle {
        questionnaire_id: "post-encounter".into(),
        version,
        files,
        audio: Default::default(),
    };
    heard_protocol::signing::Signed::sign(&bundle, org_key())
}

/// Publishes the post-encounter survey (version 1) on the server at `url`,
/// so that it accepts submissions to it; publishing again is harmless.
pub async fn publish_survey(url: &str) {
    let res = reqwest::Client::new()
        .put(format!("{url}/v1/admin/questionnaires"))
        .bearer_auth(ADMIN)
        .json(&survey_bundle(1))
        .send()
        .await
        .expect("publish");
    assert!(
        res.status().is_success(),
        "publishing failed: {}",
        res.status()
    );
}

/// A new enrollment code for `group` with `uses` uses, valid for an hour.
pub async fn create_code(url: &str, uses: u32, group: &str) -> heard_protocol::CreateCodeResponse {
    reqwest::Client::new()
        .post(format!("{url}/v1/admin/enrollment-codes"))
        .bearer_auth(ADMIN)
        .json(&serde_json::json!({"uses": uses, "expires_in_secs": 3600, "group": group}))
        .send()
        .await
        .expect("code request")
        .json()
        .await
        .expect("code")
}

/// Enrolls a new device with a fresh single-use code; returns its token and
/// id. The post-encounter survey is published first.
pub async fn enroll_device(url: &str) -> heard_protocol::EnrollResponse {
    publish_survey(url).await;
    let code = create_code(url, 1, "tests").await;
    reqwest::Client::new()
        .post(format!("{url}/v1/enroll"))
        .json(&serde_json::json!({ "code": code.code }))
        .send()
        .await
        .expect("enroll request")
        .json()
        .await
        .expect("enrolled")
}

/// Every submission id the server holds (not purged), via the export.
pub async fn server_ids(url: &str) -> Vec<String> {
    let http = reqwest::Client::new();
    let mut ids = Vec::new();
    let mut after = 0;
    loop {
        let page: heard_protocol::ExportPage = http
            .get(format!("{url}/v1/export?after={after}&limit=1000"))
            .bearer_auth(ADMIN)
            .send()
            .await
            .expect("export")
            .json()
            .await
            .expect("page");
        ids.extend(page.items.iter().map(|i| i.submission_id.clone()));
        match page.next_after {
            Some(next) => after = next,
            None => return ids,
        }
    }
}
