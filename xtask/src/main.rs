//! Project automation: `cargo xtask test` runs every test runner and ends
//! with one line, `N passed, N failed`, summing them all; `cargo xtask bench`
//! runs the benchmarks, each printing `name: value unit` lines.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

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
}

/// What one runner reported.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    passed: u64,
    failed: u64,
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
    let mut child = Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--locked", "--color", "never"])
        .current_dir(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .context("starting cargo test")?;
    let stdout = child.stdout.take().context("cargo test's output")?;
    let mut tally = Tally::default();
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading cargo test's output")?;
        println!("{line}");
        if let Some(t) = parse_libtest(&line) {
            tally += t;
        }
    }
    let status = child.wait().context("waiting for cargo test")?;
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
        command: "initdb",
        package: "postgresql",
        why: "the server's store tests start a throwaway PostgreSQL cluster",
    },
];

fn present(command: &str) -> bool {
    if command == "initdb" {
        return postgres_present();
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
    println!("{} passed, {} failed", total.passed, total.failed);
    Ok(if total.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn bench() -> Result<ExitCode> {
    let status = Command::new(env!("CARGO"))
        .args([
            "bench",
            "--locked",
            "-p",
            "heard-core",
            "-p",
            "heard-server",
            "-p",
            "heard-cli",
        ])
        .current_dir(workspace_root())
        .status()
        .context("starting cargo bench")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn main() -> Result<ExitCode> {
    match Cli::parse().task {
        Task::Test => test(),
        Task::Bench => bench(),
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
}
