//! `cargo xtask soak`: the reliability harnesses, each bounded, with one
//! `name: value unit` line per figure at the end.
//!
//! 1. every fuzz target of `fuzz/` (cargo-fuzz, nightly) for
//!    `--fuzz-seconds`, from the committed seed corpus plus a working
//!    corpus under `target/fuzz/corpus/`, so the tree never changes;
//! 2. the SIGKILL crash test of the device store (`tests/tests/crash.rs`)
//!    with `--kills` kills;
//! 3. the sync fault mix (`tests/tests/sync.rs`) for `--fault-rounds`;
//! 4. the soak (`tests/tests/soak.rs`): `--devices` devices through fault
//!    proxies to two `heard-server` processes on one PostgreSQL, servers
//!    killed and restarted, `heard pull` now and then, for `--soak-seconds`.
//!
//! None of it is part of `cargo xtask test` (which runs the crash and sync
//! tests with their small defaults and skips the soak).

use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// `cargo xtask soak` options.
#[derive(clap::Args)]
pub struct Args {
    /// Seconds each fuzz target runs.
    #[arg(long, default_value_t = 60)]
    fuzz_seconds: u64,
    /// Kills of the store's crash test.
    #[arg(long, default_value_t = 1000)]
    kills: u64,
    /// Rounds of the sync fault mix.
    #[arg(long, default_value_t = 200)]
    fault_rounds: u64,
    /// Simulated devices in the soak.
    #[arg(long, default_value_t = 20)]
    devices: u64,
    /// Seconds of churn in the soak (devices syncing, servers restarting),
    /// before everything settles and is checked; at most 1800.
    #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=1800))]
    soak_seconds: u64,
    /// Only these parts (fuzz, crash, sync, soak), comma-separated; default all.
    #[arg(long, value_delimiter = ',')]
    only: Vec<String>,
    /// Only these fuzz targets (default: every one in fuzz/Cargo.toml).
    #[arg(long, value_delimiter = ',')]
    targets: Vec<String>,
}

const PARTS: [&str; 4] = ["fuzz", "crash", "sync", "soak"];

/// One figure of the summary.
struct Figure {
    name: String,
    value: String,
    unit: String,
}

impl Figure {
    fn new(name: impl Into<String>, value: impl ToString, unit: &str) -> Figure {
        Figure {
            name: name.into(),
            value: value.to_string(),
            unit: unit.to_string(),
        }
    }
}

/// Reads `soak: name: value unit`, the lines the tests print for this.
fn parse_figure(line: &str) -> Option<Figure> {
    let rest = line.trim().strip_prefix("soak: ")?;
    let (name, value) = rest.split_once(": ")?;
    let (value, unit) = value.trim().split_once(' ').unwrap_or((value.trim(), ""));
    Some(Figure::new(name.trim(), value, unit.trim()))
}

/// The fuzz targets declared in `fuzz/Cargo.toml` (`[[bin]] name = …`).
fn fuzz_targets(root: &Path) -> Result<Vec<String>> {
    let manifest =
        std::fs::read_to_string(root.join("fuzz/Cargo.toml")).context("reading fuzz/Cargo.toml")?;
    let mut targets = Vec::new();
    let mut in_bin = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_bin = line == "[[bin]]";
        } else if in_bin && let Some(v) = line.strip_prefix("name") {
            let name = v
                .trim_start()
                .trim_start_matches('=')
                .trim()
                .trim_matches('"');
            targets.push(name.to_string());
        }
    }
    if targets.is_empty() {
        bail!("fuzz/Cargo.toml declares no fuzz target");
    }
    Ok(targets)
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// The PATH to run `cargo +nightly fuzz` with: cargo-fuzz installed
/// under `target/tools` (first on it) when it is not on PATH already.
fn fuzz_path(root: &Path) -> Result<std::ffi::OsString> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let on_path = Command::new("cargo-fuzz")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if on_path {
        return Ok(path);
    }
    let tools = target_dir(root).join("tools");
    if !tools.join("bin/cargo-fuzz").exists() {
        println!("==> installing cargo-fuzz into {}", tools.display());
        let status = Command::new(env!("CARGO"))
            .args(["install", "cargo-fuzz", "--locked", "--root"])
            .arg(&tools)
            .status()
            .context("running cargo install cargo-fuzz")?;
        if !status.success() {
            bail!("cargo install cargo-fuzz failed ({status})");
        }
    }
    let mut dirs = vec![tools.join("bin")];
    dirs.extend(std::env::split_paths(&path));
    std::env::join_paths(dirs).context("PATH with target/tools/bin")
}

/// libFuzzer's final statistics (`-print_final_stats=1`): `stat::name: value`.
fn parse_fuzz_stat(line: &str) -> Option<(String, String)> {
    let rest = line.trim().strip_prefix("stat::")?;
    let (name, value) = rest.split_once(':')?;
    Some((name.trim().to_string(), value.trim().to_string()))
}

/// Runs the fuzz targets; returns their figures and whether all held.
fn fuzz(root: &Path, args: &Args, figures: &mut Vec<Figure>) -> Result<bool> {
    let path = fuzz_path(root)?;
    let mut targets = fuzz_targets(root)?;
    if !args.targets.is_empty() {
        if let Some(unknown) = args.targets.iter().find(|t| !targets.contains(t)) {
            bail!("no fuzz target {unknown}; there are {}", targets.join(", "));
        }
        targets.retain(|t| args.targets.contains(t));
    }
    let fuzz_target_dir = target_dir(root).join("fuzz");
    // No sanitizer: Heard's crates forbid unsafe code, and the time goes
    // to executions; debug assertions and overflow checks stay on.
    // `cargo` here is rustup's, which understands `+nightly`; the
    // toolchain this xtask runs on stays out of it.
    let fuzz_command = || {
        let mut c = Command::new("cargo");
        c.arg("+nightly")
            .arg("fuzz")
            .current_dir(root)
            .env("PATH", &path)
            .env_remove("RUSTUP_TOOLCHAIN")
            .env_remove("CARGO")
            .env("CARGO_INCREMENTAL", "0");
        c
    };
    println!("==> building the fuzz targets (nightly, cargo fuzz build)");
    let status = fuzz_command()
        .arg("build")
        .args(["--sanitizer", "none", "--target-dir"])
        .arg(&fuzz_target_dir)
        .status()
        .context("starting cargo +nightly fuzz build")?;
    if !status.success() {
        bail!("building the fuzz targets failed ({status})");
    }
    let mut all_ok = true;
    let mut total_execs: u64 = 0;
    for target in &targets {
        println!(
            "==> fuzz {target} for {} s (cargo fuzz run)",
            args.fuzz_seconds
        );
        let work = fuzz_target_dir.join("corpus").join(target);
        std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
        let artifacts = fuzz_target_dir.join("artifacts").join(target);
        std::fs::create_dir_all(&artifacts)?;
        let seeds = root.join("fuzz/corpus").join(target);
        let mut run = fuzz_command();
        run.arg("run")
            .args(["--sanitizer", "none", "--target-dir"])
            .arg(&fuzz_target_dir)
            .arg(target)
            .arg(&work)
            .arg(&seeds)
            .arg("--")
            .arg(format!("-max_total_time={}", args.fuzz_seconds))
            .arg("-print_final_stats=1")
            .arg("-timeout=25")
            .arg("-rss_limit_mb=4096")
            .arg(format!("-artifact_prefix={}/", artifacts.display()));
        let started = Instant::now();
        let (status, stats, output) = run_capturing(run, parse_fuzz_stat)?;
        let stat = |name: &str| {
            stats
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        let execs: u64 = stat("number_of_executed_units")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        total_execs += execs;
        let secs = started.elapsed().as_secs_f64();
        let crashed = !status.success();
        figures.push(Figure::new(
            format!("fuzz_{target}_executions"),
            execs,
            "executions",
        ));
        figures.push(Figure::new(
            format!("fuzz_{target}_rate"),
            stat("average_exec_per_sec").unwrap_or_else(|| format!("{:.0}", execs as f64 / secs)),
            "executions/s",
        ));
        figures.push(Figure::new(
            format!("fuzz_{target}_new_units"),
            stat("new_units_added").unwrap_or_else(|| "0".into()),
            "inputs",
        ));
        figures.push(Figure::new(
            format!("fuzz_{target}_peak_rss"),
            stat("peak_rss_mb").unwrap_or_else(|| "?".into()),
            "MB",
        ));
        figures.push(Figure::new(
            format!("fuzz_{target}_crashes"),
            u8::from(crashed),
            "crashes",
        ));
        if crashed {
            all_ok = false;
            let artifact = output
                .lines()
                .find_map(|l| l.split("Test unit written to ").nth(1))
                .unwrap_or("(no artifact named)")
                .trim()
                .to_string();
            eprintln!(
                "xtask: fuzz target {target} failed ({status}); input: {artifact}; reproduce with: cargo +nightly fuzz run -s none {target} {artifact}"
            );
        }
    }
    figures.push(Figure::new(
        "fuzz_total_executions",
        total_execs,
        "executions",
    ));
    Ok(all_ok)
}

/// Runs `command`, echoing stdout and stderr, and collects what `parse`
/// recognises in either; also returns all of stderr.
fn run_capturing<T: Send + 'static>(
    mut command: Command,
    parse: fn(&str) -> Option<T>,
) -> Result<(std::process::ExitStatus, Vec<T>, String)> {
    let what = command.get_program().to_string_lossy().into_owned();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {what}"))?;
    let stdout = child.stdout.take().context("stdout")?;
    let stderr = child.stderr.take().context("stderr")?;
    let out_thread = std::thread::spawn(move || {
        let mut found = Vec::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            found.extend(parse(&line));
        }
        found
    });
    let mut found = Vec::new();
    let mut text = String::new();
    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
        eprintln!("{line}");
        found.extend(parse(&line));
        text.push_str(&line);
        text.push('\n');
    }
    let status = child.wait().context("waiting")?;
    let mut from_stdout = out_thread.join().unwrap_or_default();
    from_stdout.extend(found);
    Ok((status, from_stdout, text))
}

/// Runs one test of the heard-e2e crate with `env`, and collects the
/// `soak:` figures it prints.
fn e2e_test(
    root: &Path,
    test: &str,
    filter: &str,
    extra: &[&str],
    env: &[(&str, String)],
    figures: &mut Vec<Figure>,
) -> Result<bool> {
    let mut c = Command::new(env!("CARGO"));
    c.args(["test", "--locked", "-p", "heard-e2e", "--test", test, "--"])
        .arg(filter)
        .args(["--exact", "--nocapture"])
        .args(extra)
        .current_dir(root);
    for (k, v) in env {
        c.env(k, v);
    }
    let started = Instant::now();
    let (status, found, _) = run_capturing(c, parse_figure)?;
    figures.extend(found);
    figures.push(Figure::new(
        format!("{test}_time"),
        format!("{:.1}", started.elapsed().as_secs_f64()),
        "s",
    ));
    figures.push(Figure::new(
        format!("{test}_passed"),
        u8::from(status.success()),
        "",
    ));
    if !status.success() {
        eprintln!("xtask: the {test} test failed ({status})");
    }
    Ok(status.success())
}

/// A setting the caller may have given in the environment, else `value`.
fn env_or(name: &'static str, value: u64) -> (&'static str, String) {
    (
        name,
        std::env::var(name).unwrap_or_else(|_| value.to_string()),
    )
}

/// Runs `cargo xtask soak`.
pub fn run(root: &Path, args: &Args) -> Result<ExitCode> {
    if let Some(bad) = args.only.iter().find(|p| !PARTS.contains(&p.as_str())) {
        bail!("--only {bad}: the parts are {}", PARTS.join(", "));
    }
    let wanted = |part: &str| args.only.is_empty() || args.only.iter().any(|p| p == part);
    let started = Instant::now();
    let mut figures = Vec::new();
    let mut failed = Vec::new();
    if wanted("fuzz") {
        match fuzz(root, args, &mut figures) {
            Ok(true) => {}
            Ok(false) => failed.push("fuzz"),
            Err(e) => {
                eprintln!("xtask: fuzzing could not run: {e:#}");
                failed.push("fuzz");
            }
        }
    }
    if wanted("crash") {
        println!("==> the store's SIGKILL crash test, {} kills", args.kills);
        let ok = e2e_test(
            root,
            "crash",
            "the_store_survives_hundreds_of_kills_without_losing_or_duplicating_anything",
            &[],
            &[env_or("HEARD_CRASH_KILLS", args.kills)],
            &mut figures,
        )?;
        if !ok {
            failed.push("crash");
        }
    }
    if wanted("sync") {
        println!("==> the sync fault mix, {} rounds", args.fault_rounds);
        let ok = e2e_test(
            root,
            "sync",
            "a_random_mix_of_faults_round_after_round_loses_and_duplicates_nothing",
            &[],
            &[env_or("HEARD_SYNC_FAULT_ROUNDS", args.fault_rounds)],
            &mut figures,
        )?;
        if !ok {
            failed.push("sync");
        }
    }
    if wanted("soak") {
        println!(
            "==> the soak: {} devices, two servers on PostgreSQL, {} s of churn",
            args.devices, args.soak_seconds
        );
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--locked",
                "-p",
                "heard-cli",
                "--bin",
                "heard",
                "-p",
                "heard-server",
                "--bin",
                "heard-server",
            ])
            .current_dir(root)
            .status()
            .context("building heard and heard-server")?;
        let ok = status.success()
            && e2e_test(
                root,
                "soak",
                "devices_servers_restarts_and_pulls_lose_and_duplicate_nothing",
                &["--ignored"],
                &[
                    env_or("HEARD_SOAK_DEVICES", args.devices),
                    env_or("HEARD_SOAK_SECONDS", args.soak_seconds),
                    (
                        "HEARD_BIN",
                        target_dir(root).join("debug/heard").display().to_string(),
                    ),
                    (
                        "HEARD_SERVER_BIN",
                        target_dir(root)
                            .join("debug/heard-server")
                            .display()
                            .to_string(),
                    ),
                ],
                &mut figures,
            )?;
        if !ok {
            failed.push("soak");
        }
    }
    figures.push(Figure::new(
        "soak_wall_time",
        format!("{:.0}", started.elapsed().as_secs_f64()),
        "s",
    ));
    figures.push(Figure::new("soak_parts_failed", failed.len(), "parts"));
    println!("==> summary");
    for f in &figures {
        println!("{}: {} {}", f.name, f.value, f.unit);
    }
    if failed.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("xtask: failed: {}", failed.join(", "));
        Ok(ExitCode::FAILURE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_figures_tests_print() {
        let f = parse_figure("soak: crash_kills: 1000 kills").expect("a figure");
        assert_eq!(
            (f.name.as_str(), f.value.as_str(), f.unit.as_str()),
            ("crash_kills", "1000", "kills")
        );
        let f = parse_figure("soak: sync_fault_round_time: 1.25 s/round").expect("a figure");
        assert_eq!((f.value.as_str(), f.unit.as_str()), ("1.25", "s/round"));
        assert!(parse_figure("test result: ok. 1 passed").is_none());
    }

    #[test]
    fn reads_libfuzzer_final_stats() {
        assert_eq!(
            parse_fuzz_stat("stat::number_of_executed_units: 123456"),
            Some(("number_of_executed_units".into(), "123456".into()))
        );
        assert_eq!(parse_fuzz_stat("#1024 pulse cov: 3"), None);
    }

    #[test]
    fn finds_every_fuzz_target() {
        let targets = fuzz_targets(&crate::workspace_root()).expect("targets");
        for t in [
            "questionnaire_load",
            "expression",
            "envelope",
            "server_requests",
            "xlsform_import",
        ] {
            assert!(targets.iter().any(|x| x == t), "{t} in {targets:?}");
        }
    }
}
