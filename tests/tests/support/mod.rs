//! Harness of the device↔server tests: a real `heard-server` (its router
//! and store, in this test process, on 127.0.0.1 and a runtime of its own).
//! The rest (the PostgreSQL cluster, publishing, enrolling, the
//! fault-injecting proxy) is the server's own test support, included from
//! `server/tests/support/`; only how a server starts differs, since its
//! binary (`CARGO_BIN_EXE_heard-server`) only the server's own tests can
//! start.
#![allow(dead_code)]

#[path = "../../../server/tests/support/common.rs"]
mod common;
#[path = "../../../server/tests/support/proxy.rs"]
pub mod proxy;

pub use common::*;

use heard_engine::{Answer, Cursor, Questionnaire, Response};
use std::sync::Arc;

/// The shipped post-encounter survey.
pub fn survey() -> Arc<Questionnaire> {
    Arc::new(
        Questionnaire::load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../questionnaires/post-encounter"
        ))
        .expect("survey"),
    )
}

/// A complete post-encounter response in `locale`: a reported crime, an
/// interpreter needed and not offered, no search, and `scale` on every
/// procedural-justice question; at its review.
pub fn filled(locale: &str, scale: &str) -> Response {
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
    for item in ["pj_voice", "pj_neutrality", "pj_respect", "pj_motives"] {
        r.answer(item, Answer::Choice(scale.into())).expect(item);
    }
    while r.next_screen().expect("next") != Cursor::End {}
    r
}

use std::time::Duration;

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
                    page: None,
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
