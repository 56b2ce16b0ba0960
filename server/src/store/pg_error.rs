//! PostgreSQL failures in words a steward can act on, naming the server and
//! database: never tokio-postgres's bare "db error".

use super::StoreError;
use super::pg_url::Target;
use std::error::Error as _;
use std::io;
use tokio_postgres::error::SqlState;

/// An error and its causes joined by ": ", each said once.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}

/// A failure from the pool: connecting, or waiting for a connection.
pub fn from_pool(target: &Target, e: &deadpool_postgres::PoolError) -> StoreError {
    match e {
        deadpool_postgres::PoolError::Backend(e) => describe(target, e),
        deadpool_postgres::PoolError::Timeout(_) => StoreError::Unavailable(format!(
            "PostgreSQL at {} did not answer in time (database {})",
            target.server(),
            target.dbname()
        )),
        other => StoreError::Unavailable(format!(
            "cannot connect to PostgreSQL at {} (database {}): {other}",
            target.server(),
            target.dbname()
        )),
    }
}

/// A failure from tokio-postgres, said with the server and database.
pub fn describe(target: &Target, e: &tokio_postgres::Error) -> StoreError {
    let server = target.server();
    let database = target.dbname();
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let hint = if *code == SqlState::INVALID_CATALOG_NAME {
            format!(": create it (createdb {database}) or correct the database name in --db")
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            || *code == SqlState::INVALID_PASSWORD
        {
            ": check the user name and password in --db, and pg_hba.conf on the server".into()
        } else if *code == SqlState::TOO_MANY_CONNECTIONS {
            ": raise max_connections, or run fewer servers".into()
        } else {
            String::new()
        };
        let at_connect = code.code().starts_with("28")
            || code.code().starts_with("08")
            || code.code().starts_with("57P")
            || *code == SqlState::INVALID_CATALOG_NAME
            || *code == SqlState::TOO_MANY_CONNECTIONS;
        return if at_connect {
            StoreError::Unavailable(format!("{} on {server}{hint}", db.message()))
        } else {
            let detail = db.detail().map(|d| format!(" ({d})")).unwrap_or_default();
            StoreError::Database(format!(
                "PostgreSQL at {server} (database {database}): {}{detail}",
                db.message()
            ))
        };
    }
    if let Some(tls) = rustls_error(e) {
        return StoreError::Unavailable(tls_words(target, tls));
    }
    let text = chain(e);
    if text.contains("server does not support TLS") {
        return StoreError::Unavailable(format!(
            "the PostgreSQL server at {server} does not accept TLS, and --db asks for sslmode={}: turn on ssl in its postgresql.conf, or use sslmode=prefer on a network you trust",
            target.tls.name()
        ));
    }
    if let Some(io) = io_error(e) {
        let reason = match io.kind() {
            io::ErrorKind::ConnectionRefused => {
                "connection refused (is PostgreSQL running there, and listening on that address and port?)".to_string()
            }
            io::ErrorKind::TimedOut => "it did not answer in time".to_string(),
            _ => crate::files::reason(io),
        };
        return StoreError::Unavailable(format!(
            "cannot reach PostgreSQL at {server} (database {database}): {reason}"
        ));
    }
    if e.is_closed() || text.starts_with("timeout waiting for server") {
        return StoreError::Unavailable(format!(
            "lost the connection to PostgreSQL at {server} (database {database}): {text}"
        ));
    }
    StoreError::Database(format!(
        "PostgreSQL at {server} (database {database}): {text}"
    ))
}

/// The rustls error somewhere in the chain (inside tokio-rustls's io::Error).
fn rustls_error(e: &tokio_postgres::Error) -> Option<&rustls::Error> {
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(r) = s.downcast_ref::<rustls::Error>() {
            return Some(r);
        }
        if let Some(r) = s
            .downcast_ref::<io::Error>()
            .and_then(|io| io.get_ref())
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        {
            return Some(r);
        }
        source = s.source();
    }
    None
}

/// The io::Error somewhere in the chain.
fn io_error(e: &tokio_postgres::Error) -> Option<&io::Error> {
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<io::Error>() {
            return Some(io);
        }
        source = s.source();
    }
    None
}

fn tls_words(target: &Target, e: &rustls::Error) -> String {
    use rustls::CertificateError as C;
    let server = target.server();
    let host = server.rsplit_once(':').map_or(server.as_str(), |(h, _)| h);
    let what = format!("the certificate of the PostgreSQL server at {server}");
    match e {
        rustls::Error::InvalidCertificate(C::UnknownIssuer | C::BadSignature) => format!(
            "{what} is not signed by an authority trusted here: give the authority's certificate with sslrootcert=FILE in --db"
        ),
        rustls::Error::InvalidCertificate(
            C::NotValidForName | C::NotValidForNameContext { .. },
        ) => {
            format!(
                "{what} is not valid for the name {host}: connect with a name the certificate lists, or use sslmode=verify-ca"
            )
        }
        rustls::Error::InvalidCertificate(C::Expired | C::ExpiredContext { .. }) => {
            format!("{what} has expired: the database's operator must renew it")
        }
        rustls::Error::InvalidCertificate(C::NotValidYet | C::NotValidYetContext { .. }) => {
            format!("{what} is not valid yet: check this machine's clock")
        }
        other => format!(
            "TLS with the PostgreSQL server at {server} failed (sslmode={}): {other}",
            target.tls.name()
        ),
    }
}
