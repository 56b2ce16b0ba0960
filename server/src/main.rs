//! The `heard-server` binary: serves (no subcommand), or runs one of the
//! steward's tools: `token`, `backup`, `restore`, `migrate`.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use heard_protocol::EnvelopeLimits;
use heard_server::ratelimit::RateLimiter;
use heard_server::store::{Location, pg_url};
use heard_server::{AppState, auth, backup, files, migrate, router, store, token};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// Heard's relay server: stores sealed submissions it cannot read.
///
/// Without a subcommand it serves; see docs/SERVER.md for running it.
#[derive(Parser)]
#[command(name = "heard-server", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: Args,
}

#[derive(Subcommand)]
enum Command {
    /// Make a new random admin token: printed, or written owner-only (0600) to --out.
    Token {
        /// Write it to this new file instead of printing it (never overwrites).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Copy the SQLite database to a new file, safely while the server runs.
    Backup {
        /// The server's database: sqlite:PATH.
        #[arg(long, env = "HEARD_DB", hide_env_values = true)]
        db: String,
        /// The backup file to create (never overwritten; written 0600).
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore a backup as the database file (stop the server first).
    Restore {
        /// The backup file.
        #[arg(long)]
        from: PathBuf,
        /// The database to create: sqlite:PATH (must not exist).
        #[arg(long, env = "HEARD_DB", hide_env_values = true)]
        db: String,
    },
    /// Copy everything from SQLite into an empty PostgreSQL database, and check the counts.
    Migrate {
        /// The SQLite database: sqlite:PATH (stop the server first).
        #[arg(long)]
        from: String,
        /// The empty PostgreSQL database: postgres://USER@HOST:PORT/DATABASE.
        #[arg(long)]
        to: String,
    },
}

/// Serving.
#[derive(clap::Args)]
struct Args {
    /// Database: sqlite:PATH (embedded) or postgres://USER@HOST:PORT/DATABASE[?sslmode=verify-full&sslrootcert=CA.pem].
    #[arg(
        long,
        env = "HEARD_DB",
        hide_env_values = true,
        default_value = "sqlite:heard-server.db"
    )]
    db: String,
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, env = "HEARD_LISTEN", default_value = "127.0.0.1:8080")]
    listen: String,
    /// The organization's admin token (for enrollment codes, devices, export,
    /// purge). Prefer --admin-token-file: a command line is visible to other users.
    #[arg(long, env = "HEARD_ADMIN_TOKEN", hide_env_values = true)]
    admin_token: Option<String>,
    /// A file holding the admin token (its first line), e.g. from `heard-server token --out FILE`.
    #[arg(long, env = "HEARD_ADMIN_TOKEN_FILE")]
    admin_token_file: Option<PathBuf>,
    /// Largest request body, in bytes. Publishing a questionnaire may add
    /// its recordings on top (up to 32 MiB of audio, about 43 MiB as base64).
    #[arg(long, env = "HEARD_MAX_BODY", default_value_t = 8 * 1024 * 1024)]
    max_body: usize,
    /// Largest envelope, in bytes.
    #[arg(long, env = "HEARD_MAX_ENVELOPE", default_value_t = 256 * 1024)]
    max_envelope: usize,
    /// Upload requests per minute allowed per device.
    #[arg(long, env = "HEARD_RATE_LIMIT", default_value_t = 120)]
    rate_limit: u32,
    /// TLS certificate chain (PEM). With --tls-key, the server speaks only https.
    #[arg(long, env = "HEARD_TLS_CERT", requires = "tls_key")]
    tls_cert: Option<std::path::PathBuf>,
    /// TLS private key (PEM).
    #[arg(long, env = "HEARD_TLS_KEY", requires = "tls_cert")]
    tls_key: Option<std::path::PathBuf>,
    /// Log each request with the client's address (off by default: an
    /// address can identify a resident's phone).
    #[arg(long, env = "HEARD_LOG_CLIENT_ADDRESSES")]
    log_client_addresses: bool,
    /// Store the arrival time of envelopes to the hour (default) or the day.
    #[arg(long, env = "HEARD_RECEIVED_GRANULARITY", value_parser = ["hour", "day"], default_value = "hour")]
    received_granularity: String,
    /// Delete envelopes this many hours after they arrived, pulled or not,
    /// keeping only tombstones (so a seized server holds as little as possible).
    #[arg(long, env = "HEARD_RETENTION_HOURS")]
    retention_hours: Option<u64>,
    /// How often the retention purge runs, in seconds.
    #[arg(
        long,
        env = "HEARD_RETENTION_CHECK_SECS",
        default_value_t = 3600,
        hide = true
    )]
    retention_check_secs: u64,
    /// Serve the web survey page (built by `cargo xtask web --out DIR`)
    /// under public survey links' paths, `/s/<link>/`.
    #[arg(long, env = "HEARD_WEB_PAGE")]
    web_page: Option<std::path::PathBuf>,
}

/// The web survey page: from `--web-page DIR` when given, else the one
/// built into this binary, if any.
fn web_page(
    dir: Option<&std::path::Path>,
) -> Result<Option<heard_server::page::Page>, heard_server::page::PageError> {
    use heard_server::page::Page;
    let (page, from) = match dir {
        Some(dir) => (Some(Page::load(dir)?), dir.display().to_string()),
        None => (Page::embedded()?, "built in".to_owned()),
    };
    match &page {
        Some(p) => tracing::info!(
            from,
            bytes = p.len(),
            "serving the web survey page under /s/<link>/"
        ),
        None => tracing::info!(
            "no web survey page: public links' pages answer 404 (build one in with `cargo xtask web --server`, or give --web-page DIR)"
        ),
    }
    Ok(page)
}

#[tokio::main]
async fn main() -> ExitCode {
    // Database drivers log statement parameters (envelopes, token hashes) at
    // debug level: they stay at warn whatever RUST_LOG asks for.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info".into())
        .add_directive("tokio_postgres=warn".parse().unwrap_or_default())
        .add_directive("deadpool=warn".parse().unwrap_or_default())
        .add_directive("rustls=warn".parse().unwrap_or_default());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        None => serve(cli.serve).await,
        Some(Command::Token { out }) => new_token(out.as_deref()),
        Some(Command::Backup { db, out }) => run_backup(&db, &out),
        Some(Command::Restore { from, db }) => run_restore(&from, &db),
        Some(Command::Migrate { from, to }) => run_migrate(&from, &to).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line, causes joined: never a backtrace.
            eprintln!("heard-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn new_token(out: Option<&Path>) -> Result<()> {
    match out {
        None => println!("{}", token::generate()),
        Some(path) => {
            token::write_new(path)?;
            println!(
                "wrote a new admin token to {} (readable by you only); start the server with --admin-token-file {}",
                path.display(),
                path.display()
            );
        }
    }
    Ok(())
}

/// The SQLite file a tool works on.
fn sqlite_path(db: &str, tool: &str) -> Result<PathBuf> {
    match Location::parse(db)? {
        Location::Sqlite(path) => Ok(path),
        Location::Postgres(_) => bail!(
            "{tool} works on SQLite databases; for PostgreSQL use pg_dump and pg_restore (see docs/SERVER.md)"
        ),
    }
}

fn run_backup(db: &str, out: &Path) -> Result<()> {
    let path = sqlite_path(db, "backup")?;
    let counts = backup::backup(&path, out)?;
    print!(
        "backed up {} to {} (readable by you only):\n{}",
        path.display(),
        out.display(),
        backup::summary(&counts)
    );
    Ok(())
}

fn run_restore(from: &Path, db: &str) -> Result<()> {
    let path = sqlite_path(db, "restore")?;
    let counts = backup::restore(from, &path)?;
    print!(
        "restored {} as {}:\n{}",
        from.display(),
        path.display(),
        backup::summary(&counts)
    );
    Ok(())
}

async fn run_migrate(from: &str, to: &str) -> Result<()> {
    let Location::Sqlite(source) = Location::parse(from)? else {
        bail!("--from must be the SQLite database, sqlite:PATH");
    };
    let Location::Postgres(url) = Location::parse(to)? else {
        bail!("--to must be the PostgreSQL database, postgres://USER@HOST:PORT/DATABASE");
    };
    let copied = migrate::sqlite_to_postgres(&source, &url).await?;
    print!(
        "copied {} to {}; every count matches:\n{copied}Start the server with --db {}\n",
        source.display(),
        store::pg_url::Target::parse(&url)?.describe(),
        pg_url::redact(&url)
    );
    Ok(())
}

async fn serve(args: Args) -> Result<()> {
    let admin_token = token::resolve(
        args.admin_token.as_deref(),
        args.admin_token_file.as_deref(),
    )?;
    if let Some(file) = &args.admin_token_file
        && files::readable_by_others(file)
    {
        tracing::warn!(
            file = %file.display(),
            "the admin token file can be read by other users: chmod 600 it"
        );
    }
    let store = store::open(&args.db).await?;
    let database = store.describe();
    let state = Arc::new(AppState {
        store,
        admin_hash: auth::hash(&admin_token),
        limits: EnvelopeLimits {
            max_total: args.max_envelope,
            ..EnvelopeLimits::default()
        },
        max_body: args.max_body,
        limiter: RateLimiter::new(args.rate_limit),
        metrics: Default::default(),
        received_granularity: if args.received_granularity == "day" {
            86_400
        } else {
            3_600
        },
        log_client_addresses: args.log_client_addresses,
        page: web_page(args.web_page.as_deref())?.map(Arc::new),
    });
    if let Some(hours) = args.retention_hours {
        let (store, every) = (
            state.store.clone(),
            std::time::Duration::from_secs(args.retention_check_secs.max(1)),
        );
        tokio::spawn(async move {
            loop {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64);
                match store
                    .purge_received_before(now - (hours as i64) * 3600)
                    .await
                {
                    Ok(0) => {}
                    Ok(n) => {
                        tracing::info!(purged = n, "retention: envelopes deleted, tombstones kept")
                    }
                    Err(e) => tracing::error!(error = %e, "retention purge failed"),
                }
                tokio::time::sleep(every).await;
            }
        });
    }
    let listener = tokio::net::TcpListener::bind(&args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let addr = listener.local_addr()?;
    let app = router(state);
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        // The server's TLS is aws-lc-rs. Built in one workspace with the
        // device layer, rustls also has ring, and then it picks no default
        // by itself: name it (an error only says one is already set).
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
            .await
            .map_err(|e| {
                anyhow::anyhow!(
                    "cannot use the TLS certificate {} and key {}: {}",
                    cert.display(),
                    key.display(),
                    files::reason(&e)
                )
            })?;
        let server = axum_server::tls_rustls::from_tcp_rustls(listener.into_std()?, tls)?;
        // The first line on stdout, for scripts and tests that started us on port 0.
        println!("listening on https://{addr}");
        tracing::info!("heard-server listening on https://{addr}, using the {database}");
        server
            .serve(app.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .await?;
        return Ok(());
    }
    println!("listening on http://{addr}");
    tracing::info!(
        "heard-server listening on http://{addr} (plain http: put it behind TLS), using the {database}"
    );
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
