//! Test harness: a real `heard-server` process on 127.0.0.1, and what the
//! device↔server tests share with these ([`common`]: the PostgreSQL
//! cluster, publishing, enrolling, the fault-injecting [`proxy`]).
#![allow(dead_code)]

mod common;
pub mod proxy;

pub use common::*;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

/// A running server process, killed when dropped.
pub struct Server {
    child: Child,
    /// Its base URL, `http://127.0.0.1:PORT`.
    pub url: String,
    /// What it wrote to stderr (its log).
    pub log: Arc<Mutex<String>>,
}

impl Server {
    /// Starts `heard-server --db DB` with extra arguments.
    pub fn start(db: &str, extra: &[&str]) -> Server {
        let mut args = vec!["--admin-token", ADMIN];
        args.extend_from_slice(extra);
        Server::start_with_token_args(db, &args)
    }

    /// Starts `heard-server --db DB` with these arguments and no admin token
    /// unless they give one.
    pub fn start_with_token_args(db: &str, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_heard-server"))
            .args(["--db", db, "--listen", "127.0.0.1:0"])
            .args(args)
            .env_remove("HEARD_ADMIN_TOKEN")
            .env_remove("HEARD_ADMIN_TOKEN_FILE")
            .env("RUST_LOG", "debug")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("heard-server starts");
        let log = Arc::new(Mutex::new(String::new()));
        let mut stderr = child.stderr.take().expect("stderr");
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut l) = sink.lock() {
                    l.push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            }
        });
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("first line");
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| {
                panic!(
                    "unexpected first line {line:?}; log: {}",
                    log.lock().map(|l| l.clone()).unwrap_or_default()
                )
            })
            .to_string();
        Server { child, url, log }
    }

    /// The log so far.
    pub fn log(&self) -> String {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// The log once it holds `needle` (it is read by another thread), or
    /// after 5 seconds without.
    pub fn log_with(&self, needle: &str) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        loop {
            let log = self.log();
            if log.contains(needle) || std::time::Instant::now() > deadline {
                return log;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `heard-server ARGS` to completion, with no HEARD_* settings from
/// the environment and backtraces asked for (the binary must print none).
pub fn heard_server(args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_heard-server"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HEARD_") {
            cmd.env_remove(key);
        }
    }
    cmd.args(args)
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("heard-server runs")
}
