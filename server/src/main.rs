//! The `heard-server` binary.

use anyhow::{Context, Result};
use clap::Parser;
use heard_protocol::EnvelopeLimits;
use heard_server::ratelimit::RateLimiter;
use heard_server::{AppState, auth, router, store};
use std::sync::Arc;

/// Heard's relay server: stores sealed submissions it cannot read.
#[derive(Parser)]
#[command(name = "heard-server", version, about)]
struct Args {
    /// Database: sqlite:PATH (embedded) or postgres://USER@HOST:PORT/DATABASE.
    #[arg(long, env = "HEARD_DB", default_value = "sqlite:heard-server.db")]
    db: String,
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, env = "HEARD_LISTEN", default_value = "127.0.0.1:8080")]
    listen: String,
    /// The organization's admin token (for enrollment codes, devices, export, purge).
    #[arg(long, env = "HEARD_ADMIN_TOKEN", hide_env_values = true)]
    admin_token: String,
    /// Largest request body, in bytes.
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
}

#[tokio::main]
async fn main() -> Result<()> {
    // Database drivers log statement parameters (envelopes, token hashes) at
    // debug level: they stay at warn whatever RUST_LOG asks for.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info".into())
        .add_directive("tokio_postgres=warn".parse()?)
        .add_directive("deadpool=warn".parse()?);
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(false)
        .with_writer(std::io::stderr)
        .init();
    let args = Args::parse();
    if args.admin_token.len() < 16 {
        anyhow::bail!("the admin token must be at least 16 characters");
    }
    let store = store::open(&args.db).await?;
    let state = Arc::new(AppState {
        store,
        admin_hash: auth::hash(&args.admin_token),
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
        let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
            .await
            .with_context(|| {
                format!(
                    "cannot use the TLS certificate {} and key {}",
                    cert.display(),
                    key.display()
                )
            })?;
        let server = axum_server::tls_rustls::from_tcp_rustls(listener.into_std()?, tls)?;
        // The first line on stdout, for scripts and tests that started us on port 0.
        println!("listening on https://{addr}");
        tracing::info!(%addr, "heard-server started with TLS");
        server
            .serve(app.into_make_service_with_connect_info::<std::net::SocketAddr>())
            .await?;
        return Ok(());
    }
    println!("listening on http://{addr}");
    tracing::info!(%addr, "heard-server started (plain http: put it behind TLS)");
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
