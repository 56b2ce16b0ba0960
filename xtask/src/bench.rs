//! `cargo xtask bench`: every benchmark, each printing `name: value unit`
//! lines.
//!
//! 1. `cargo bench` of the engine, the server, the CLI and the apps' API
//!    (`heard-ffi`: `app_cold_open`, `questionnaire_open_render`,
//!    `ffi_render_call_rust`, …).
//! 2. `core_cdylib_size`: the library the phones load, built with the
//!    `mobile` profile and stripped, in bytes (`core_cdylib_size_unstripped`
//!    before), and its goal, `core_cdylib_size_goal`.
//! 3. The Kotlin (JNA) render benchmark, `ffi_render_call_jna` (in ns),
//!    then `ffi_render_call`, that figure in µs, and
//!    `ffi_render_call_jna_vs_rust`, its ratio to the Rust-side call
//!    (`ffi_render_call_rust`, in µs).
//!
//! The output of the benchmarks is echoed as it comes and also kept, to
//! read the two render timings back. The JNA benchmark's JVM writes to the
//! process's own stdout, so it runs in a child `cargo xtask bench` (marked
//! by [`JNA_ONLY`]) whose output is captured the same way.

use crate::{bindings, present};
use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// Set in the child `xtask bench` that runs only the JNA benchmark.
const JNA_ONLY: &str = "HEARD_XTASK_BENCH_JNA_ONLY";

/// The goal for the stripped library the phones load: 4 MiB.
const CDYLIB_SIZE_GOAL: u64 = 4 * 1024 * 1024;

/// The crates whose `cargo bench` targets run.
const PACKAGES: &[&str] = &["heard-engine", "heard-server", "heard-cli", "heard-ffi"];

/// Runs every benchmark; fails if any of them failed, after running the rest.
pub fn run(root: &Path) -> Result<ExitCode> {
    if std::env::var_os(JNA_ONLY).is_some_and(|v| v == "1") {
        crate::kotlin::bench(root)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut ok = true;
    let mut output = String::new();

    let mut bench = Command::new(env!("CARGO"));
    bench.args(["bench", "--locked"]);
    for package in PACKAGES {
        bench.args(["-p", package]);
    }
    ok &= tee(bench.current_dir(root), "cargo bench", &mut output);

    if let Err(e) = cdylib_size(root) {
        eprintln!("core_cdylib_size failed: {e:#}");
        ok = false;
    }

    // Through `cargo run`, not this process's own file: cargo may have
    // rebuilt xtask since it started.
    let mut jna = Command::new(env!("CARGO"));
    jna.args(["run", "--quiet", "--locked", "-p", "xtask", "--", "bench"])
        .env(JNA_ONLY, "1")
        .current_dir(root);
    ok &= tee(&mut jna, "the JNA benchmark", &mut output);

    match render_calls(&output) {
        Ok(RenderCalls { jna_us, rust_us }) => {
            println!("ffi_render_call: {jna_us:.2} us");
            println!("ffi_render_call_jna_vs_rust: {:.2} ratio", jna_us / rust_us);
        }
        Err(e) => {
            eprintln!("ffi_render_call_jna_vs_rust: {e:#}");
            ok = false;
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs `command`, echoing its stdout line by line and appending it to
/// `output` (stderr goes straight through). Says whether it succeeded.
fn tee(command: &mut Command, what: &str, output: &mut String) -> bool {
    match try_tee(command, output) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("{what} failed: {e:#}");
            false
        }
    }
}

fn try_tee(command: &mut Command, output: &mut String) -> Result<()> {
    let mut child = command
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("starting {:?}", command.get_program()))?;
    let stdout = child.stdout.take().context("the child's stdout")?;
    let mut echo = std::io::stdout();
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading the child's output")?;
        writeln!(echo, "{line}").context("echoing the child's output")?;
        output.push_str(&line);
        output.push('\n');
    }
    let status = child.wait().context("waiting for the child")?;
    if !status.success() {
        bail!("{status}");
    }
    Ok(())
}

/// Builds `libheard_ffi` with the `mobile` profile and prints its size
/// before and after `strip` (on a copy: the build's own file keeps the
/// symbols uniffi-bindgen reads).
fn cdylib_size(root: &Path) -> Result<()> {
    if !present("strip") {
        bail!("`strip` is missing: install the Debian package binutils");
    }
    bindings::cargo(
        root,
        &[
            "build",
            "--locked",
            "-p",
            "heard-ffi",
            "--profile",
            "mobile",
        ],
    )?;
    let lib = bindings::target_dir(root)
        .join("mobile")
        .join(library_file());
    let unstripped = std::fs::metadata(&lib)
        .with_context(|| format!("cargo built heard-ffi but {} is missing", lib.display()))?
        .len();
    let copy =
        Stripped(std::env::temp_dir().join(format!("heard-ffi-size-{}.so", std::process::id())));
    std::fs::copy(&lib, &copy.0)
        .with_context(|| format!("copying {} to {}", lib.display(), copy.0.display()))?;
    let status = Command::new("strip")
        .arg("--strip-all")
        .arg(&copy.0)
        .status()
        .context("starting strip")?;
    if !status.success() {
        bail!("strip {} failed ({status})", copy.0.display());
    }
    let stripped = std::fs::metadata(&copy.0)
        .with_context(|| format!("reading {}", copy.0.display()))?
        .len();
    println!("core_cdylib_size: {stripped} bytes");
    println!("core_cdylib_size_goal: {CDYLIB_SIZE_GOAL} bytes");
    println!("core_cdylib_size_unstripped: {unstripped} bytes");
    Ok(())
}

/// The stripped copy, removed when done.
struct Stripped(PathBuf);

impl Drop for Stripped {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn library_file() -> &'static str {
    if cfg!(target_os = "macos") {
        "libheard_ffi.dylib"
    } else {
        "libheard_ffi.so"
    }
}

/// The value and unit of the benchmark line `name: value unit` in
/// `output` (the last one, if it was printed more than once).
fn value(output: &str, name: &str) -> Option<(f64, String)> {
    output
        .lines()
        .filter_map(|line| {
            let line = without_escapes(line);
            let rest = line.trim().strip_prefix(name)?.strip_prefix(':')?;
            let mut words = rest.split_whitespace();
            let value = words.next()?.parse().ok()?;
            Some((value, words.next().unwrap_or_default().to_string()))
        })
        .next_back()
}

/// The timing line `name` in `output`, in microseconds, whichever of
/// `ns`, `us` (`µs`), `ms` or `s` it was printed in.
fn micros(output: &str, name: &str) -> Result<f64> {
    let (value, unit) = value(output, name).with_context(|| format!("no `{name}` line"))?;
    let scale = match unit.as_str() {
        "ns" => 1e-3,
        "us" | "µs" => 1.0,
        "ms" => 1e3,
        "s" => 1e6,
        other => bail!("`{name}` is in {other:?}, not a unit of time"),
    };
    Ok(value * scale)
}

/// `line` without terminal escape sequences (`ESC [ … letter`), which
/// Maven's console leaves before what the JVM prints.
fn without_escapes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        }
    }
    out
}

/// The two render timings, in microseconds.
#[derive(Debug)]
struct RenderCalls {
    /// `ffi_render_call_jna`: one `render()` from Kotlin through JNA.
    jna_us: f64,
    /// `ffi_render_call_rust`: the same call from Rust.
    rust_us: f64,
}

/// `ffi_render_call_jna` and `ffi_render_call_rust` read from `output`.
fn render_calls(output: &str) -> Result<RenderCalls> {
    let rust_us = micros(output, "ffi_render_call_rust").context("cargo bench -p heard-ffi")?;
    let jna_us = micros(output, "ffi_render_call_jna").context("the Kotlin benchmark")?;
    if rust_us <= 0.0 {
        bail!("ffi_render_call_rust is {rust_us} us");
    }
    Ok(RenderCalls { jna_us, rust_us })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_benchmark_lines() {
        let out = "running\nffi_render_call_rust: 0.81 us\n  ffi_render_call_jna: 4050 ns\n\
                   ffi_render_call_jna_vs_rust: 5.00 ratio\n";
        assert_eq!(
            value(out, "ffi_render_call_rust"),
            Some((0.81, "us".to_string()))
        );
        assert_eq!(
            value(out, "ffi_render_call_jna"),
            Some((4050.0, "ns".to_string()))
        );
        assert_eq!(value(out, "ffi_render"), None);
        assert_eq!(value(out, "missing"), None);
        let maven = "\u{1b}[0m\u{1b}[0mffi_render_call_jna: 38970 ns\u{1b}[0m";
        assert_eq!(
            value(maven, "ffi_render_call_jna"),
            Some((38970.0, "ns".to_string()))
        );
        assert!((micros(maven, "ffi_render_call_jna").expect("ns") - 38.97).abs() < 1e-9);
        let calls = render_calls(out).expect("both lines");
        assert!((calls.jna_us - 4.05).abs() < 1e-9);
        assert!((calls.rust_us - 0.81).abs() < 1e-9);
        assert!((calls.jna_us / calls.rust_us - 5.0).abs() < 1e-9);
        assert!(render_calls("ffi_render_call_rust: 0.81 us\n").is_err());
        assert!(render_calls("ffi_render_call_jna: 4050 ns\n").is_err());
    }

    #[test]
    fn converts_timings_to_microseconds() {
        let us = |line: &str| micros(line, "t").expect(line);
        assert!((us("t: 1500 ns") - 1.5).abs() < 1e-9);
        assert!((us("t: 1.5 us") - 1.5).abs() < 1e-9);
        assert!((us("t: 1.5 µs") - 1.5).abs() < 1e-9);
        assert!((us("t: 2 ms") - 2000.0).abs() < 1e-9);
        assert!(micros("t: 4 bytes", "t").is_err());
        assert!(micros("t: 4", "t").is_err());
    }
}
