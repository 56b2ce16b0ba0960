//! What the server's tests and the device↔server tests (`tests/`, which
//! include this file with `#[path]`) share: the admin token, a throwaway
//! PostgreSQL cluster started from the Debian binaries in a temp dir, and
//! helpers that publish, enroll and export over HTTP. How a server is
//! started differs: `support/mod.rs` here runs the `heard-server` binary,
//! `tests/tests/support/mod.rs` its router in the test process.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// The admin token every test server is started with (strong enough for
/// the server's startup check).
pub const ADMIN: &str = "heard-test-admin-Xq7vB2mK9pLw4RtZ-n8Jc3Fh";

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

/// A throwaway cluster: the shared ones are stopped and removed by a
/// watchdog when the test process exits; a private one also when dropped.
pub struct Cluster {
    port: u16,
    dir: PathBuf,
    data: PathBuf,
    opts: String,
    private: bool,
    /// With TLS: the authority's certificate (PEM file) that signed the
    /// server's certificate, for `sslrootcert=`.
    pub ca: Option<PathBuf>,
}

impl Cluster {
    /// The shared cluster, started on first use.
    pub fn get() -> &'static Cluster {
        static CLUSTER: OnceLock<Cluster> = OnceLock::new();
        CLUSTER.get_or_init(|| Cluster::start(false, false, false))
    }

    /// A shared cluster that flushes as a deployment's does (`fsync` and
    /// `synchronous_commit` on; the others run with `fsync=off`), for the
    /// benchmarks.
    pub fn durable() -> &'static Cluster {
        static CLUSTER: OnceLock<Cluster> = OnceLock::new();
        CLUSTER.get_or_init(|| Cluster::start(false, false, true))
    }

    /// A shared cluster with `ssl = on`, its certificate (for `127.0.0.1`
    /// and `localhost`) signed by a throwaway authority, [`Cluster::ca`].
    pub fn tls() -> &'static Cluster {
        static CLUSTER: OnceLock<Cluster> = OnceLock::new();
        CLUSTER.get_or_init(|| Cluster::start(true, false, false))
    }

    /// A cluster of the caller's own, which it may stop and start again;
    /// stopped and removed when dropped.
    pub fn private() -> Cluster {
        Cluster::start(false, true, false)
    }

    fn start(tls: bool, private: bool, durable: bool) -> Cluster {
        let dir =
            std::env::temp_dir().join(format!("heard-pg-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&dir).expect("cluster dir");
        let data = dir.join("data");
        let mut cluster = Cluster {
            port: free_port(),
            opts: String::new(),
            data,
            ca: None,
            private,
            dir,
        };
        let mut opts = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200 {}",
            cluster.port,
            cluster.dir.display(),
            if durable {
                "-c fsync=on -c synchronous_commit=on"
            } else {
                "-c fsync=off"
            }
        );
        if tls {
            let (ca, cert, key) = cluster.certificates();
            opts.push_str(&format!(
                " -c ssl=on -c ssl_cert_file={} -c ssl_key_file={}",
                cert.display(),
                key.display()
            ));
            cluster.ca = Some(ca);
        }
        if is_root() {
            let ok = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&cluster.dir)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "chown of {} to postgres failed", cluster.dir.display());
        }
        let out = pg_command("initdb")
            .args(["-A", "trust", "-U", "postgres", "-E", "UTF8", "-D"])
            .arg(&cluster.data)
            .output()
            .expect("initdb runs");
        assert!(
            out.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        cluster.opts = opts;
        cluster.start_again();
        // Stop and remove the cluster when this test process ends, however it ends.
        let pg_ctl = postgres_bin("pg_ctl");
        let me = std::process::id();
        let script = format!(
            "while kill -0 {me} 2>/dev/null; do sleep 0.5; done; {runas} {pg_ctl} stop -m immediate -D {data} >/dev/null 2>&1; rm -rf {dir}",
            runas = if is_root() {
                "runuser -u postgres --"
            } else {
                ""
            },
            pg_ctl = pg_ctl.display(),
            data = cluster.data.display(),
            dir = cluster.dir.display()
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
        cluster
    }

    /// A throwaway authority and the server certificate it signs, written
    /// into the cluster's folder (the key 0600, as PostgreSQL demands).
    fn certificates(&self) -> (PathBuf, PathBuf, PathBuf) {
        let ca_key = rcgen::KeyPair::generate().expect("key");
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Heard test authority");
        let ca_cert = ca_params.self_signed(&ca_key).expect("ca");
        let issuer = rcgen::Issuer::new(ca_params, ca_key);
        let key = rcgen::KeyPair::generate().expect("key");
        let mut params =
            rcgen::CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()])
                .expect("params");
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "localhost");
        let cert = params.signed_by(&key, &issuer).expect("cert");
        let (ca_file, cert_file, key_file) = (
            self.dir.join("ca.pem"),
            self.dir.join("server.crt"),
            self.dir.join("server.key"),
        );
        std::fs::write(&ca_file, ca_cert.pem()).expect("write");
        std::fs::write(&cert_file, cert.pem()).expect("write");
        std::fs::write(&key_file, key.serialize_pem()).expect("write");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&key_file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        std::fs::set_permissions(&ca_file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        (ca_file, cert_file, key_file)
    }

    /// Starts the cluster (again, after [`Cluster::stop`]).
    pub fn start_again(&self) {
        let out = pg_command("pg_ctl")
            .args(["start", "-w", "-D"])
            .arg(&self.data)
            .arg("-l")
            .arg(self.dir.join("log"))
            .args(["-o", &self.opts])
            .output()
            .expect("pg_ctl runs");
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}{}",
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
        );
    }

    /// Stops the cluster (fast: open connections are closed).
    pub fn stop(&self) {
        let out = pg_command("pg_ctl")
            .args(["stop", "-w", "-m", "fast", "-D"])
            .arg(&self.data)
            .output()
            .expect("pg_ctl runs");
        assert!(
            out.status.success(),
            "pg_ctl stop failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Its port on 127.0.0.1.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A fresh database in the cluster, as a `postgres://` URL.
    pub fn database(&self) -> String {
        format!(
            "postgres://postgres@127.0.0.1:{}/{}",
            self.port,
            self.create_database()
        )
    }

    /// Creates a fresh database; returns its name.
    pub fn create_database(&self) -> String {
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
        name
    }

    /// Runs SQL with psql in database `name`; returns what it printed
    /// (unaligned, tuples only).
    pub fn psql(&self, name: &str, sql: &str) -> String {
        let out = Command::new(postgres_bin("psql"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                "-d",
                name,
                "-At",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
            ])
            .output()
            .expect("psql runs");
        assert!(
            out.status.success(),
            "psql failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Where the cluster lives.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.private {
            let _ = pg_command("pg_ctl")
                .args(["stop", "-m", "immediate", "-D"])
                .arg(&self.data)
                .output();
            let _ = std::fs::remove_dir_all(&self.dir);
        }
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

/// A signed bundle of the shipped post-encounter survey (English only) at
/// `version`: its `questionnaire.toml` says that version too, so a device
/// installs it.
pub fn survey_bundle(version: u32) -> heard_protocol::signing::Signed {
    let dir = repo("questionnaires/post-encounter");
    let definition = std::fs::read_to_string(dir.join("questionnaire.toml")).expect("toml");
    assert!(
        definition.contains("\nversion = 1\n"),
        "the shipped survey is version 1"
    );
    let mut files = std::collections::BTreeMap::new();
    files.insert(
        "questionnaire.toml".to_string(),
        definition.replace("\nversion = 1\n", &format!("\nversion = {version}\n")),
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

/// The organization config the test steward signs: the server at
/// `server`, sealing to `recipients`, with `serial`.
pub fn org_config(
    server: &str,
    recipients: &[&age::x25519::Identity],
    serial: u64,
) -> heard_protocol::signing::OrgConfig {
    heard_protocol::signing::OrgConfig {
        org_name: "Refugee Legal Aid Network".into(),
        server: server.into(),
        recipients: recipients
            .iter()
            .map(|i| i.to_public().to_string())
            .collect(),
        serial,
    }
}

/// Publishes a signed organization config (`PUT /v1/admin/config`) with
/// `token`.
pub async fn put_config(
    url: &str,
    token: &str,
    signed: &heard_protocol::signing::Signed,
) -> reqwest::Response {
    reqwest::Client::new()
        .put(format!("{url}/v1/admin/config"))
        .bearer_auth(token)
        .json(signed)
        .send()
        .await
        .expect("request")
}

/// The enrollment QR payload an organization would print for `server`
/// (the survey published, a single-use code of group "north", a config
/// naming a fresh age recipient, signed by [`org_key`]).
pub async fn enrollment_qr(server: &str) -> String {
    publish_survey(server).await;
    qr_payload(server, &create_code(server, 1, "north").await.code)
}

/// The QR payload for enrollment code `code` of group "north" at `server`.
pub fn qr_payload(server: &str, code: &str) -> String {
    use heard_protocol::signing::{OrgConfig, QrPayload, SecretKey, Signed};
    let config = OrgConfig {
        org_name: "Refugee Legal Aid Network".into(),
        server: server.into(),
        recipients: vec![age::x25519::Identity::generate().to_public().to_string()],
        serial: 1,
    };
    QrPayload {
        code: code.to_string(),
        group: "north".into(),
        group_key: SecretKey::generate().to_base64(),
        org_key: org_key().public().to_base64(),
        config: Signed::sign(&config, org_key()),
    }
    .encode()
}

/// Enrolls a new device with a fresh single-use code; returns its token and
/// id. The post-encounter survey is published first.
pub async fn enroll_device(url: &str) -> heard_protocol::EnrollResponse {
    publish_survey(url).await;
    let http = reqwest::Client::new();
    let code = create_code(url, 1, "tests").await;
    http.post(format!("{url}/v1/enroll"))
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
