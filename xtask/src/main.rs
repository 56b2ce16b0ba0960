//! Project automation: `cargo xtask test` runs every test runner and ends
//! with one line, `N passed, N failed`, summing them all; `cargo xtask bench`
//! runs the benchmarks, each printing `name: value unit` lines;
//! `cargo xtask desktop [-- ARGS]` builds and starts the desktop app.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

mod bench;
mod bindings;
mod desktop;
mod kotlin;
mod soak;
mod wasm;
mod web;

#[derive(Parser)]
#[command(about = "Heard's project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Install what the tests need if it is missing, run every test runner, print the total.
    Test,
    /// Run the benchmarks (release build), printing `name: value unit` lines.
    Bench,
    /// Regenerate the Kotlin and Swift bindings of heard-ffi (uniffi-bindgen, library mode).
    Bindings {
        /// Only check that the bindings in the tree are up to date; fail naming the stale files.
        #[arg(long)]
        check: bool,
    },
    /// Build and start the desktop app (android/desktop: the shared screens in a window).
    Desktop {
        /// Passed to the app: --data-dir DIR, --sync-every-minutes N, --screenshot OUT.png,
        /// --software-render, --help.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Build the web survey page (wasm, JS, CSS, service worker) into target/web or --out DIR.
    Web(web::Args),
    /// The reliability harnesses, bounded: fuzz targets, SIGKILL crash test, sync fault mix, server soak.
    Soak(soak::Args),
}

/// What one runner reported.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    /// What a runner that could not run, or ended without saying why it
    /// failed, counts as: one failure, so it can never look like success.
    const ONE_FAILURE: Tally = Tally {
        passed: 0,
        failed: 1,
    };
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, other: Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
    }
}

/// Reads libtest's summary line: `test result: ok. 12 passed; 0 failed; …`.
fn parse_libtest(line: &str) -> Option<Tally> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let number_before = |word: &str| -> Option<u64> {
        let end = rest.find(word)?;
        rest[..end]
            .trim_end()
            .rsplit([' ', '.', ';'])
            .next()?
            .parse()
            .ok()
    };
    Some(Tally {
        passed: number_before(" passed")?,
        failed: number_before(" failed")?,
    })
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Runs a command, echoing its output, and sums the libtest summaries in it.
/// A runner that fails without reporting counts as one failure, so a crash
/// or a build error can never look like success.
fn run_cargo_tests(root: &Path) -> Result<Tally> {
    let mut command = Command::new(env!("CARGO"));
    command
        // Every test binary runs even after one fails, so the final tally
        // counts the whole suite, not what ran before the first failure.
        .args([
            "test",
            "--workspace",
            "--locked",
            "--no-fail-fast",
            "--color",
            "never",
        ])
        .current_dir(root);
    let (mut tally, status) = stream_tally(command, "cargo test", parse_libtest)?;
    if !status.success() && tally.failed == 0 {
        eprintln!(
            "xtask: cargo test exited with {status} without a failing test: counting it as a failure"
        );
        tally.failed += 1;
    }
    if tally.passed + tally.failed == 0 {
        bail!("cargo test ran no tests");
    }
    Ok(tally)
}

/// Runs `command` (named `what`), echoing its output, and sums the
/// summary lines `parse` recognises in it.
fn stream_tally(
    mut command: Command,
    what: &str,
    parse: fn(&str) -> Option<Tally>,
) -> Result<(Tally, std::process::ExitStatus)> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("starting {what}"))?;
    let stdout = child
        .stdout
        .take()
        .with_context(|| format!("{what}'s output"))?;
    let mut tally = Tally::default();
    for line in BufReader::new(stdout).lines() {
        let line = line.with_context(|| format!("reading {what}'s output"))?;
        println!("{line}");
        if let Some(t) = parse(&line) {
            tally += t;
        }
    }
    let status = child
        .wait()
        .with_context(|| format!("waiting for {what}"))?;
    Ok((tally, status))
}

/// Reads Node's test-runner summary lines: `# pass 12`, `# fail 1`, and
/// `# cancelled 1` (counted as failed).
fn parse_node(line: &str) -> Option<Tally> {
    let rest = line.trim().strip_prefix("# ")?;
    let (word, n) = rest.split_once(' ')?;
    let n: u64 = n.trim().parse().ok()?;
    match word {
        "pass" => Some(Tally {
            passed: n,
            failed: 0,
        }),
        "fail" | "cancelled" => Some(Tally {
            passed: 0,
            failed: n,
        }),
        _ => None,
    }
}

/// The browser tests in `tests/browser`: `npm ci` when its packages are
/// not installed, then `node --test` against the debug `heard` binary
/// (built here if cargo test did not). A run that fails without a failing
/// test, or reports no test at all, counts as one failure.
fn run_browser_tests(root: &Path) -> Result<Tally> {
    let dir = root.join("tests/browser");
    for (program, package) in [("node", "nodejs"), ("npm", "npm")] {
        if !present(program) {
            bail!(
                "the browser tests need `{program}`: install the Debian package {package} (Node 20 or later)"
            );
        }
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let status = Command::new(env!("CARGO"))
        .args(["build", "--locked", "-p", "heard-cli", "--bin", "heard"])
        .current_dir(root)
        .status()
        .context("building heard for the browser tests")?;
    if !status.success() {
        eprintln!(
            "xtask: building heard for the browser tests failed ({status}): counting it as a failure"
        );
        return Ok(Tally::ONE_FAILURE);
    }
    // The web survey test runs against heard-server with the page built in,
    // as an organization deploys it. Built after `heard`: the build-time
    // page changes only heard-server, and nothing is built after it.
    let site = target.join("web");
    let built = web::build(root, &site).and_then(|()| web::build_server_with(root, &site, "dev"));
    if let Err(e) = built {
        eprintln!(
            "xtask: building the web page into heard-server failed: {e:#}: counting it as a failure"
        );
        return Ok(Tally::ONE_FAILURE);
    }
    if !dir.join("node_modules/.package-lock.json").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(&dir)
            .status()
            .context("starting npm ci in tests/browser")?;
        if !status.success() {
            eprintln!("xtask: npm ci in tests/browser failed ({status}): counting it as a failure");
            return Ok(Tally::ONE_FAILURE);
        }
    }
    let mut command = Command::new("node");
    // One file at a time: each starts Chromium and servers, and Node's
    // default (one less than the CPUs it sees) counts a container's host.
    command
        .args(["--test", "--test-concurrency=1"])
        .env("HEARD_BIN", target.join("debug/heard"))
        .env("HEARD_SERVER_BIN", target.join("debug/heard-server"))
        .env("HEARD_WEB_BUILT_IN", &site)
        .current_dir(&dir);
    let (mut tally, status) = stream_tally(command, "node --test in tests/browser", parse_node)?;
    if tally.passed + tally.failed == 0 {
        eprintln!("xtask: node --test reported no test ({status}): counting it as a failure");
        tally.failed += 1;
    } else if !status.success() && tally.failed == 0 {
        eprintln!(
            "xtask: node --test exited with {status} without a failing test: counting it as a failure"
        );
        tally.failed += 1;
    }
    Ok(tally)
}

/// A program the tests need, and the Debian package that provides it.
struct Requirement {
    command: &'static str,
    package: &'static str,
    why: &'static str,
}

/// PostgreSQL's server binaries live outside PATH on Debian.
fn postgres_present() -> bool {
    std::fs::read_dir("/usr/lib/postgresql").is_ok_and(|rd| {
        rd.filter_map(Result::ok)
            .any(|e| e.path().join("bin/initdb").exists() && e.path().join("bin/pg_ctl").exists())
    })
}

const REQUIREMENTS: &[Requirement] = &[
    Requirement {
        command: "age",
        package: "age",
        why: "interoperability tests decrypt sealed submissions with the age CLI",
    },
    Requirement {
        command: "age-keygen",
        package: "age",
        why: "interoperability tests make identity files with age-keygen",
    },
    Requirement {
        command: "chromium",
        package: "chromium",
        why: "the report tests open the HTML report in headless Chromium",
    },
    Requirement {
        command: "chromedriver",
        package: "chromium-driver",
        why: "the wasm engine's tests in Chromium (wasm-bindgen-test-runner drives it)",
    },
    Requirement {
        command: "initdb",
        package: "postgresql",
        why: "the server's store tests start a throwaway PostgreSQL cluster",
    },
    Requirement {
        command: FONTS,
        package: "fonts-noto-core",
        why: "the browser tests render Tigrinya (Ethiopic) and Arabic reports as text, not boxes",
    },
    Requirement {
        command: "systemd-analyze",
        package: "systemd",
        why: "the server tests verify the shipped systemd unit with systemd-analyze",
    },
    Requirement {
        command: "node",
        package: "nodejs",
        why: "the browser tests (tests/browser) run on Node's test runner",
    },
    Requirement {
        command: "npm",
        package: "npm",
        why: "the browser tests install playwright-core and axe-core, and the web page's build esbuild, with npm ci",
    },
    Requirement {
        command: "java",
        package: "default-jdk-headless",
        why: "the Kotlin binding tests (android/) run on the JVM",
    },
    Requirement {
        command: "mvn",
        package: "maven",
        why: "the Kotlin binding tests (android/) are built and run with Maven",
    },
];

/// Not a program: fonts for Ethiopic and Arabic script, as fontconfig sees them.
const FONTS: &str = "fonts for Ethiopic and Arabic";

/// Whether fontconfig knows a font for Tigrinya and one for Arabic.
fn fonts_present() -> bool {
    ["ti", "ar"].iter().all(|lang| {
        Command::new("fc-list")
            .args([format!(":lang={lang}"), "family".to_string()])
            .output()
            .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty())
    })
}

fn present(command: &str) -> bool {
    if command == "initdb" {
        return postgres_present();
    }
    if command == FONTS {
        return fonts_present();
    }
    Command::new(command)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Installs missing programs with apt-get (Debian/Ubuntu), or fails saying
/// exactly what to install: a test run never skips what it cannot run.
fn ensure_requirements() -> Result<()> {
    let missing: Vec<&Requirement> = REQUIREMENTS
        .iter()
        .filter(|r| !present(r.command))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut packages: Vec<&str> = missing.iter().map(|r| r.package).collect();
    packages.dedup();
    for r in &missing {
        println!(
            "==> missing `{}` ({}): installing Debian package {}",
            r.command, r.why, r.package
        );
    }
    if !present("apt-get") {
        bail!(
            "install the packages {} (this machine has no apt-get)",
            packages.join(" ")
        );
    }
    let sudo: &[&str] = if is_root() { &[] } else { &["sudo"] };
    let run = |args: &[&str]| -> Result<()> {
        let all: Vec<&str> = sudo.iter().chain(args).copied().collect();
        let status = Command::new(all[0])
            .args(&all[1..])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .with_context(|| format!("running {}", all.join(" ")))?;
        if !status.success() {
            bail!("`{}` failed ({status})", all.join(" "));
        }
        Ok(())
    };
    run(&["apt-get", "update", "-qq"])?;
    let mut install = vec!["apt-get", "install", "-y", "-qq"];
    install.extend(&packages);
    run(&install)?;
    let still: Vec<&str> = missing
        .iter()
        .filter(|r| !present(r.command))
        .map(|r| r.command)
        .collect();
    if !still.is_empty() {
        bail!(
            "installed {} but {} is still missing",
            packages.join(" "),
            still.join(", ")
        );
    }
    Ok(())
}

fn test() -> Result<ExitCode> {
    let root = workspace_root();
    ensure_requirements()?;
    let mut total = Tally::default();
    println!("==> cargo test (every crate: unit, integration, property, crash and interop tests)");
    total += run_cargo_tests(&root)?;
    println!(
        "==> wasm tests (heard-web in WebAssembly under Node and in headless Chromium: wasm-bindgen-test)"
    );
    total += wasm::run_wasm_tests(&root)?;
    println!(
        "==> mvn test (android/: the Kotlin bindings against the real core and a real heard-server)"
    );
    total += kotlin::run_maven_tests(&root)?;
    println!(
        "==> node --test (tests/browser: the reports in headless Chromium, axe-core, PDF, CSV)"
    );
    total += run_browser_tests(&root)?;
    println!("{} passed, {} failed", total.passed, total.failed);
    Ok(if total.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn bench() -> Result<ExitCode> {
    bench::run(&workspace_root())
}

fn main() -> Result<ExitCode> {
    match Cli::parse().task {
        Task::Test => test(),
        Task::Bench => bench(),
        Task::Bindings { check } => {
            bindings::run(&workspace_root(), check).map(|()| ExitCode::SUCCESS)
        }
        Task::Desktop { args } => desktop::run(&workspace_root(), &args),
        Task::Web(args) => web::run(&workspace_root(), &args),
        Task::Soak(args) => soak::run(&workspace_root(), &args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_libtest_summaries() {
        let t = parse_libtest(
            "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s",
        );
        assert_eq!(
            t,
            Some(Tally {
                passed: 12,
                failed: 0
            })
        );
        let t = parse_libtest("test result: FAILED. 3 passed; 2 failed; 0 ignored");
        assert_eq!(
            t,
            Some(Tally {
                passed: 3,
                failed: 2
            })
        );
        assert_eq!(parse_libtest("running 3 tests"), None);
    }

    #[test]
    fn reads_node_test_summaries() {
        assert_eq!(
            parse_node("# pass 29"),
            Some(Tally {
                passed: 29,
                failed: 0
            })
        );
        assert_eq!(
            parse_node("# fail 2"),
            Some(Tally {
                passed: 0,
                failed: 2
            })
        );
        assert_eq!(
            parse_node("# cancelled 1"),
            Some(Tally {
                passed: 0,
                failed: 1
            })
        );
        assert_eq!(parse_node("# skipped 0"), None);
        assert_eq!(parse_node("# Subtest: en report"), None);
        assert_eq!(parse_node("ok 1 - en report"), None);
    }
}
