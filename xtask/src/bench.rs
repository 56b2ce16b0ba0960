//! `cargo xtask bench`: every benchmark, each printing `name: value unit`
//! lines, all of them then written as JSON to `target/bench/`
//! (`bench-<unix time>.json` and `latest.json`: the machine, and every
//! figure as `{name, value, unit}`). Release builds throughout.
//!
//! 1. `cargo bench` of the engine, the device store, the server, the CLI,
//!    the apps' API and the web engine (`heard-ffi`: `app_cold_open`,
//!    `questionnaire_open_render`, `ffi_render_call_rust`, …; `heard-cli`:
//!    `pull_decrypt_export_100k`, `report_*`, `hostile_envelope_*` and the
//!    cost curve `curve_*`, which runs the release `heard` and
//!    `heard-server` that `cargo bench` builds; `heard-web`:
//!    `web_seal_native_ms`).
//! 2. `core_cdylib_size`: the library the phones load, built with the
//!    `mobile` profile and stripped, in bytes (`core_cdylib_size_unstripped`
//!    before), and its goal, `core_cdylib_size_goal`.
//! 3. The Kotlin (JNA) render benchmark, `ffi_render_call_jna` (in ns),
//!    then `ffi_render_call`, that figure in µs, and
//!    `ffi_render_call_jna_vs_rust`, its ratio to the Rust-side call
//!    (`ffi_render_call_rust`, in µs).
//! 4. The web page built by `cargo xtask web --out target/bench/web`
//!    (`web_bundle_size`, and its goal `web_bundle_size_goal`), then
//!    `tests/browser/bench-web.mjs` in headless Chromium against a real
//!    heard-server serving it (`web_first_screen_*`, `web_seal_ms`), and
//!    `web_seal_vs_native`, the browser's seal over the native one.
//!
//! The output of the benchmarks is echoed as it comes and also kept, to
//! read the figures back. The JNA benchmark's JVM and the web build write
//! to the process's own stdout, so each runs in a child `cargo xtask`
//! (the JNA one marked by [`JNA_ONLY`]) whose output is captured the same
//! way.

use crate::{bindings, present};
use anyhow::{Context, Result, bail};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// Set in the child `xtask bench` that runs only the JNA benchmark.
const JNA_ONLY: &str = "HEARD_XTASK_BENCH_JNA_ONLY";

/// The goal for the stripped library the phones load: 4 MiB.
const CDYLIB_SIZE_GOAL: u64 = 4 * 1024 * 1024;

/// The goal for what a phone downloads to open the web survey (issue 14).
const WEB_BUNDLE_GOAL_KB: u64 = 300;

/// The PostgreSQL one-per-request ingest goals (issue 16): stored/s, and
/// the ratio to SQLite's in the same run.
const PG_SINGLE_GOAL: u64 = 3000;
const PG_SINGLE_VS_SQLITE_GOAL: f64 = 0.8;

/// The crates whose `cargo bench` targets run.
const PACKAGES: &[&str] = &[
    "heard-engine",
    "heard-device",
    "heard-server",
    "heard-cli",
    "heard-ffi",
    "heard-web",
];

/// Runs every benchmark; fails if any of them failed, after running the
/// rest. The figures are written to `target/bench/` either way.
pub fn run(root: &Path) -> Result<ExitCode> {
    if std::env::var_os(JNA_ONLY).is_some_and(|v| v == "1") {
        crate::kotlin::bench(root)?;
        return Ok(ExitCode::SUCCESS);
    }
    let started = Instant::now();
    let target = bindings::target_dir(root);
    let release = target.join("release");
    let mut ok = true;
    let mut output = String::new();

    // `cargo bench` builds `heard` and `heard-server` (release) too, which
    // the cost curve and the browser benchmark run as an organization
    // does; without the build-time page: heard-server gets it from
    // --web-page. (Built here, not by a `cargo build` of their own, which
    // would unify other features and build them twice.)
    let mut bench = Command::new(env!("CARGO"));
    bench.args(["bench", "--locked"]);
    for package in PACKAGES {
        bench.args(["-p", package]);
    }
    bench
        .env_remove("HEARD_WEB_PAGE_DIR")
        .env("HEARD_SERVER_BIN", release.join("heard-server"));
    ok &= tee(bench.current_dir(root), "cargo bench", &mut output);
    took("cargo bench", started);
    let built = ["heard", "heard-server"]
        .iter()
        .all(|bin| release.join(bin).exists());

    match cdylib_size(root) {
        Ok(lines) => {
            for line in lines {
                emit(&mut output, &line);
            }
        }
        Err(e) => {
            eprintln!("core_cdylib_size failed: {e:#}");
            ok = false;
        }
    }

    took("core_cdylib_size", started);

    // Through `cargo run`, not this process's own file: cargo may have
    // rebuilt xtask since it started.
    let mut jna = Command::new(env!("CARGO"));
    jna.args(["run", "--quiet", "--locked", "-p", "xtask", "--", "bench"])
        .env(JNA_ONLY, "1")
        .current_dir(root);
    ok &= tee(&mut jna, "the JNA benchmark", &mut output);

    match render_calls(&output) {
        Ok(RenderCalls { jna_us, rust_us }) => {
            emit(&mut output, &format!("ffi_render_call: {jna_us:.2} us"));
            emit(
                &mut output,
                &format!("ffi_render_call_jna_vs_rust: {:.2} ratio", jna_us / rust_us),
            );
        }
        Err(e) => {
            eprintln!("ffi_render_call_jna_vs_rust: {e:#}");
            ok = false;
        }
    }

    took("the JNA benchmark", started);
    ok &= web(root, &target, built, &mut output);
    took("the web benchmarks", started);
    ok &= derived(&mut output);

    let seconds = started.elapsed().as_secs_f64();
    emit(&mut output, &format!("bench_run_time: {seconds:.0} s"));
    match write_json(root, &target, &output) {
        Ok(path) => println!("==> the figures are in {}", path.display()),
        Err(e) => {
            eprintln!("writing the figures as JSON failed: {e:#}");
            ok = false;
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Says how long the run has taken when `what` ended (not a figure line).
fn took(what: &str, started: Instant) {
    println!(
        "==> {what} done, {:.0} s into the run",
        started.elapsed().as_secs_f64()
    );
}

/// Prints `line` and keeps it with the benchmarks' output.
fn emit(output: &mut String, line: &str) {
    println!("{line}");
    output.push_str(line);
    output.push('\n');
}

/// The web page's build (`web_bundle_size`) and the browser benchmark.
fn web(root: &Path, target: &Path, binaries_built: bool, output: &mut String) -> bool {
    let site = target.join("bench/web");
    let mut build = Command::new(env!("CARGO"));
    build
        .args([
            "run", "--quiet", "--locked", "-p", "xtask", "--", "web", "--out",
        ])
        .arg(&site)
        .env_remove("HEARD_WEB_PAGE_DIR")
        .current_dir(root);
    let mut ok = tee(&mut build, "cargo xtask web", output);
    if value(output, "web_bundle_size").is_some() {
        emit(
            output,
            &format!("web_bundle_size_goal: {WEB_BUNDLE_GOAL_KB} KB"),
        );
    }
    if !ok || !binaries_built {
        eprintln!("the browser benchmark needs the page and the release binaries: skipped");
        return false;
    }
    let dir = root.join("tests/browser");
    if !present("node") || !present("npm") {
        eprintln!("the browser benchmark needs node and npm (Debian packages nodejs, npm)");
        return false;
    }
    if !dir.join("node_modules/.package-lock.json").exists() {
        let installed = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if !installed {
            eprintln!("npm ci in tests/browser failed");
            return false;
        }
    }
    let release = target.join("release");
    let mut node = Command::new("node");
    node.arg("bench-web.mjs")
        .env("HEARD_WEB_SITE", &site)
        .env("HEARD_BIN", release.join("heard"))
        .env("HEARD_SERVER_BIN", release.join("heard-server"))
        .current_dir(&dir);
    ok &= tee(&mut node, "the browser benchmark", output);
    ok
}

/// The figures computed from others: the browser's seal over the native
/// one, and the goals beside what they judge.
fn derived(output: &mut String) -> bool {
    let mut ok = true;
    match (
        micros(output, "web_seal_ms"),
        micros(output, "web_seal_native_ms"),
    ) {
        (Ok(web), Ok(native)) if native > 0.0 => {
            emit(
                output,
                &format!("web_seal_vs_native: {:.2} ratio", web / native),
            );
        }
        (web, native) => {
            eprintln!(
                "web_seal_vs_native: {}",
                web.and(native)
                    .map_or_else(|e| format!("{e:#}"), |_| "a native seal of 0".into())
            );
            ok = false;
        }
    }
    if value(output, "server_ingest_postgres_single").is_some() {
        emit(
            output,
            &format!("server_ingest_postgres_single_goal: {PG_SINGLE_GOAL} submissions/s"),
        );
        emit(
            output,
            &format!(
                "server_ingest_postgres_single_vs_sqlite_single_goal: {PG_SINGLE_VS_SQLITE_GOAL:.1} ratio"
            ),
        );
    }
    ok
}

/// One `name: value unit` line of the benchmarks' output.
#[derive(Debug, Clone, PartialEq)]
struct Figure {
    name: String,
    value: f64,
    unit: String,
}

/// Every figure line of `output`, in order; a name printed again keeps its
/// last value, at its first place.
fn figures(output: &str) -> Vec<Figure> {
    let mut all: Vec<Figure> = Vec::new();
    for line in output.lines() {
        let line = without_escapes(line);
        let Some((name, rest)) = line.trim().split_once(':') else {
            continue;
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        let mut words = rest.split_whitespace();
        let Some(value) = words.next().and_then(|v| v.parse::<f64>().ok()) else {
            continue;
        };
        if !value.is_finite() {
            continue;
        }
        let unit = words.collect::<Vec<_>>().join(" ");
        match all.iter_mut().find(|f| f.name == name) {
            Some(f) => {
                f.value = value;
                f.unit = unit;
            }
            None => all.push(Figure {
                name: name.to_string(),
                value,
                unit,
            }),
        }
    }
    all
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What the figures were measured on.
struct Machine {
    cpus: usize,
    os: String,
    rustc: String,
    cpu: String,
    memory_kib: u64,
}

impl Machine {
    fn this() -> Machine {
        let first_line = |program: &str, args: &[&str]| {
            Command::new(program)
                .args(args)
                .output()
                .ok()
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
                .unwrap_or_default()
        };
        let release = std::fs::read_to_string("/etc/os-release")
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                l.strip_prefix("PRETTY_NAME=")
                    .map(|v| v.trim_matches('"').to_string())
            })
            .unwrap_or_default();
        let kernel = first_line("uname", &["-sr"]);
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                let (key, value) = l.split_once(':')?;
                (key.trim() == "model name").then(|| value.trim().to_string())
            })
            .unwrap_or_default();
        let memory_kib = std::fs::read_to_string("/proc/meminfo")
            .unwrap_or_default()
            .lines()
            .find_map(|l| {
                l.strip_prefix("MemTotal:")?
                    .trim()
                    .strip_suffix("kB")?
                    .trim()
                    .parse()
                    .ok()
            })
            .unwrap_or(0);
        Machine {
            cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
            os: [release, kernel]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            rustc: first_line("rustc", &["-V"]),
            cpu,
            memory_kib,
        }
    }
}

/// The JSON document of a run: the machine and the figures.
fn json(machine: &Machine, unix: u64, figures: &[Figure]) -> String {
    let mut out = String::from("{\n  \"machine\": {");
    out.push_str(&format!(
        "\"cpus\": {}, \"os\": {}, \"rustc\": {}, \"cpu\": {}, \"memory_kib\": {}}},\n",
        machine.cpus,
        json_string(&machine.os),
        json_string(&machine.rustc),
        json_string(&machine.cpu),
        machine.memory_kib,
    ));
    out.push_str(&format!("  \"unix_time\": {unix},\n  \"figures\": ["));
    for (i, f) in figures.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&format!(
            "    {{\"name\": {}, \"value\": {}, \"unit\": {}}}",
            json_string(&f.name),
            f.value,
            json_string(&f.unit)
        ));
    }
    out.push_str("\n  ]\n}\n");
    out
}

/// Writes the figures of `output` to `target/bench/bench-<unix time>.json`
/// and `target/bench/latest.json`; returns the first.
fn write_json(_root: &Path, target: &Path, output: &str) -> Result<PathBuf> {
    let dir = target.join("bench");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let unix = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let text = json(&Machine::this(), unix, &figures(output));
    let path = dir.join(format!("bench-{unix}.json"));
    std::fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
    let latest = dir.join("latest.json");
    std::fs::write(&latest, &text).with_context(|| format!("writing {}", latest.display()))?;
    Ok(path)
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

/// Builds `libheard_ffi` with the `mobile` profile and returns the lines
/// of its size before and after `strip` (on a copy: the build's own file
/// keeps the symbols uniffi-bindgen reads).
fn cdylib_size(root: &Path) -> Result<Vec<String>> {
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
    Ok(vec![
        format!("core_cdylib_size: {stripped} bytes"),
        format!("core_cdylib_size_goal: {CDYLIB_SIZE_GOAL} bytes"),
        format!("core_cdylib_size_unstripped: {unstripped} bytes"),
    ])
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
    fn collects_every_figure_line_once() {
        let out = "running 0 tests\ntest result: ok. 0 passed\n==> cargo build\n\
                   web_bundle_size: 462 KB\nheard_web_bg.wasm   1 bytes, 2 gzipped\n\
                   \u{1b}[0mffi_render_call_jna: 38970 ns\u{1b}[0m\n\
                   report_protect_100k_ratio: 1.5 x report_tables_100k\n\
                   curve_pull_1k: 0.5 s\nnote: not a number\nweb_bundle_size: 463 KB\n";
        let all = figures(out);
        let names: Vec<&str> = all.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "web_bundle_size",
                "ffi_render_call_jna",
                "report_protect_100k_ratio",
                "curve_pull_1k"
            ]
        );
        assert_eq!(all[0].value, 463.0, "the last value printed");
        assert_eq!(all[2].unit, "x report_tables_100k");
    }

    #[test]
    fn writes_the_figures_as_json() {
        let machine = Machine {
            cpus: 2,
            os: "Debian \"13\"".into(),
            rustc: "rustc 1.91.0".into(),
            cpu: "x\\y".into(),
            memory_kib: 1024,
        };
        let text = json(
            &machine,
            7,
            &figures("curve_submit_1k_per_item: 812.5 µs\nweb_seal_vs_native: 3 ratio\n"),
        );
        assert!(text.contains(r#""os": "Debian \"13\"""#), "{text}");
        assert!(text.contains(r#""cpu": "x\\y""#), "{text}");
        assert!(
            text.contains(r#"{"name": "curve_submit_1k_per_item", "value": 812.5, "unit": "µs"}"#)
        );
        assert!(text.contains(r#"{"name": "web_seal_vs_native", "value": 3, "unit": "ratio"}"#));
        assert!(text.contains(r#""unix_time": 7"#));
        assert_eq!(json_string("a\nb\u{1}"), r#""a\nb\u0001""#);
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
