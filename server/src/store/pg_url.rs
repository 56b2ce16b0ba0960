//! `--db postgres://…`: the URL's TLS options taken out and understood here
//! (tokio-postgres knows only `disable`, `prefer` and `require`, and no
//! `sslrootcert`), the rest parsed by tokio-postgres, and the database
//! described for logs and errors without its password.

use super::StoreError;
use std::path::PathBuf;
use std::time::Duration;
use tokio_postgres::config::{Host, SslMode};

/// How the connection uses TLS, as libpq's `sslmode` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain TCP.
    Disable,
    /// TLS if the server offers it, unverified; plain otherwise (the default).
    Prefer,
    /// TLS or nothing; the certificate is not checked.
    Require,
    /// TLS with a certificate signed by a trusted authority, any name.
    VerifyCa,
    /// TLS with a trusted certificate for the host connected to.
    VerifyFull,
}

impl TlsMode {
    /// The `sslmode` value.
    pub fn name(self) -> &'static str {
        match self {
            TlsMode::Disable => "disable",
            TlsMode::Prefer => "prefer",
            TlsMode::Require => "require",
            TlsMode::VerifyCa => "verify-ca",
            TlsMode::VerifyFull => "verify-full",
        }
    }
}

/// Which authorities sign the certificates `verify-ca` and `verify-full`
/// accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Roots {
    /// The PEM file `sslrootcert=PATH` names.
    File(PathBuf),
    /// The system's trusted authorities (`sslrootcert=system`, and the
    /// default): what a managed database with a public certificate needs.
    System,
}

/// A parsed `postgres://` URL.
#[derive(Debug, Clone)]
pub struct Target {
    /// What tokio-postgres connects with (TLS options removed).
    pub config: tokio_postgres::Config,
    /// The TLS mode in force.
    pub tls: TlsMode,
    /// The trusted authorities for the verifying modes.
    pub roots: Roots,
}

/// How long one connection attempt may take unless the URL says otherwise.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Target {
    /// Reads a `postgres://` or `postgresql://` URL.
    pub fn parse(url: &str) -> Result<Target, StoreError> {
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let (mut mode, mut root_file) = (None, None);
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_encoding::percent_decode_str(value)
                .decode_utf8()
                .map_err(|_| {
                    StoreError::Config(format!("--db: the value of {key} is not valid UTF-8"))
                })?
                .into_owned();
            match key {
                "sslmode" => mode = Some(value),
                "sslrootcert" => root_file = Some(value),
                _ => kept.push(pair),
            }
        }
        let rebuilt = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        let mut config: tokio_postgres::Config = rebuilt.parse().map_err(|e| {
            StoreError::Config(format!(
                "--db {}: {}",
                redact(url),
                super::pg_error::chain(&e)
            ))
        })?;
        let roots = match root_file.as_deref() {
            None | Some("system") => Roots::System,
            Some("") => {
                return Err(StoreError::Config(
                    "--db: sslrootcert= names no file: give the CA certificate's path, or sslrootcert=system".into(),
                ));
            }
            Some(path) => Roots::File(path.into()),
        };
        let tls = match mode.as_deref() {
            None | Some("prefer") => TlsMode::Prefer,
            Some("disable") => TlsMode::Disable,
            // As libpq: `require` with a root certificate file checks the
            // authority too.
            Some("require") if matches!(roots, Roots::File(_)) => TlsMode::VerifyCa,
            Some("require") => TlsMode::Require,
            Some("verify-ca") => TlsMode::VerifyCa,
            Some("verify-full") => TlsMode::VerifyFull,
            Some("allow") => {
                return Err(StoreError::Config(
                    "--db: sslmode=allow is not supported: use prefer, require, verify-ca or verify-full".into(),
                ));
            }
            Some(other) => {
                return Err(StoreError::Config(format!(
                    "--db: sslmode={other} is not understood: use disable, prefer, require, verify-ca or verify-full"
                )));
            }
        };
        config.ssl_mode(match tls {
            TlsMode::Disable => SslMode::Disable,
            TlsMode::Prefer => SslMode::Prefer,
            _ => SslMode::Require,
        });
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        if config.get_user().is_none() {
            return Err(StoreError::Config(format!(
                "--db {}: no user: write postgres://USER@HOST:PORT/DATABASE",
                redact(url)
            )));
        }
        Ok(Target { config, tls, roots })
    }

    /// Where the server is: `HOST:PORT` (several joined by commas).
    pub fn server(&self) -> String {
        let ports = self.config.get_ports();
        let hosts: Vec<String> = self
            .config
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let port = ports
                    .get(i)
                    .or_else(|| ports.first())
                    .copied()
                    .unwrap_or(5432);
                match host {
                    Host::Tcp(name) if name.contains(':') => format!("[{name}]:{port}"),
                    Host::Tcp(name) => format!("{name}:{port}"),
                    #[cfg(unix)]
                    Host::Unix(dir) => format!("{} (port {port})", dir.display()),
                }
            })
            .collect();
        if hosts.is_empty() {
            // tokio-postgres connects to localhost when no host is given.
            "localhost:5432".into()
        } else {
            hosts.join(",")
        }
    }

    /// The database name (libpq's default: the user name).
    pub fn dbname(&self) -> String {
        self.config
            .get_dbname()
            .or(self.config.get_user())
            .unwrap_or_default()
            .to_string()
    }

    /// "PostgreSQL database NAME on HOST:PORT as USER (TLS: MODE)".
    pub fn describe(&self) -> String {
        format!(
            "PostgreSQL database {} on {} as {} (TLS: {}{})",
            self.dbname(),
            self.server(),
            self.config.get_user().unwrap_or_default(),
            self.tls.name(),
            match (&self.roots, self.tls) {
                (Roots::File(path), TlsMode::VerifyCa | TlsMode::VerifyFull) =>
                    format!(", trusting {}", path.display()),
                (Roots::System, TlsMode::VerifyCa | TlsMode::VerifyFull) =>
                    ", trusting the system's authorities".into(),
                _ => String::new(),
            }
        )
    }
}

/// The URL with any password replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) if userinfo.contains(':') => {
            let user = userinfo.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:***@{host}{tail}")
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_options_are_read_and_the_rest_goes_to_tokio_postgres() {
        let t = Target::parse(
            "postgres://heard:secret@db.example.org:6432/heard?sslmode=verify-full&sslrootcert=%2Fetc%2Fheard%2Fca.pem&application_name=heard",
        )
        .expect("parse");
        assert_eq!(t.tls, TlsMode::VerifyFull);
        assert_eq!(t.roots, Roots::File("/etc/heard/ca.pem".into()));
        assert_eq!(t.config.get_application_name(), Some("heard"));
        assert_eq!(t.config.get_ssl_mode(), SslMode::Require);
        assert_eq!(t.server(), "db.example.org:6432");
        assert_eq!(
            t.describe(),
            "PostgreSQL database heard on db.example.org:6432 as heard (TLS: verify-full, trusting /etc/heard/ca.pem)"
        );
        assert!(!t.describe().contains("secret"));
        assert_eq!(t.config.get_connect_timeout(), Some(&CONNECT_TIMEOUT));
    }

    #[test]
    fn modes_follow_libpq() {
        let mode = |q: &str| Target::parse(&format!("postgres://u@h/d{q}")).map(|t| t.tls);
        assert_eq!(mode("").expect("default"), TlsMode::Prefer);
        assert_eq!(mode("?sslmode=disable").expect("m"), TlsMode::Disable);
        assert_eq!(mode("?sslmode=require").expect("m"), TlsMode::Require);
        assert_eq!(
            mode("?sslmode=require&sslrootcert=ca.pem").expect("m"),
            TlsMode::VerifyCa
        );
        assert_eq!(mode("?sslmode=verify-ca").expect("m"), TlsMode::VerifyCa);
        let e = mode("?sslmode=sometimes").expect_err("bad").to_string();
        assert!(e.contains("sslmode=sometimes is not understood"), "{e}");
        let e = Target::parse("postgres://u:pw@h/d?nonsense=1")
            .expect_err("unknown")
            .to_string();
        assert!(e.contains("unknown option `nonsense`"), "{e}");
        assert!(!e.contains("pw"), "{e}");
    }

    #[test]
    fn passwords_never_appear() {
        assert_eq!(
            redact("postgres://heard:s3cret@db:5432/heard?sslmode=require"),
            "postgres://heard:***@db:5432/heard?sslmode=require"
        );
        assert_eq!(
            redact("postgres://heard@db/heard"),
            "postgres://heard@db/heard"
        );
        assert_eq!(redact("sqlite:x.db"), "sqlite:x.db");
    }
}
