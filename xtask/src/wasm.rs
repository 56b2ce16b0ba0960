//! The web engine's own tests in WebAssembly: `cargo test -p heard-web
//! --target wasm32-unknown-unknown`, run under Node by
//! `wasm-bindgen-test-runner`. The runner must be exactly the version of
//! the `wasm-bindgen` crate in Cargo.lock; it is installed once under
//! `target/tools` (about 5 minutes), where later runs and CI find it.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::Tally;

pub(crate) const TARGET: &str = "wasm32-unknown-unknown";

/// The `wasm-bindgen` version Cargo.lock pins.
fn locked_version(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            let version = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
                .and_then(|v| v.strip_suffix('"'))
                .context("Cargo.lock: no version after name = \"wasm-bindgen\"")?;
            return Ok(version.to_string());
        }
    }
    bail!("Cargo.lock holds no wasm-bindgen package")
}

/// `target/tools/bin/<program>` (a program of wasm-bindgen-cli) at the
/// locked version, installed with `cargo install` when missing or of
/// another version.
fn tool(root: &Path, program: &str) -> Result<PathBuf> {
    let version = locked_version(root)?;
    let tools = crate::bindings::target_dir(root).join("tools");
    let path = tools.join("bin").join(program);
    let installed = Command::new(&path)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(&version));
    if !installed {
        println!(
            "==> installing wasm-bindgen-cli {version} under {}",
            tools.display()
        );
        let status = Command::new(env!("CARGO"))
            .args([
                "install",
                "wasm-bindgen-cli",
                "--version",
                &version,
                "--root",
            ])
            .arg(&tools)
            .status()
            .context("starting cargo install wasm-bindgen-cli")?;
        if !status.success() {
            bail!("cargo install wasm-bindgen-cli {version} failed ({status})");
        }
    }
    Ok(path)
}

/// `target/tools/bin/wasm-bindgen-test-runner` at the locked version.
fn runner(root: &Path) -> Result<PathBuf> {
    tool(root, "wasm-bindgen-test-runner")
}

/// `target/tools/bin/wasm-bindgen` (the CLI that makes the page's JS glue)
/// at the locked version.
pub(crate) fn wasm_bindgen(root: &Path) -> Result<PathBuf> {
    tool(root, "wasm-bindgen")
}

/// Adds the wasm32 target with rustup when it is missing.
pub(crate) fn ensure_target() -> Result<()> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == TARGET)
        });
    if installed {
        return Ok(());
    }
    let status = Command::new("rustup")
        .args(["target", "add", TARGET])
        .status()
        .context("starting rustup target add")?;
    if !status.success() {
        bail!("rustup target add {TARGET} failed ({status})");
    }
    Ok(())
}

/// Runs heard-web's wasm-bindgen tests under Node, then in headless Chromium.
/// A run that fails without a failing test, or reports none, counts as one failure.
pub fn run_wasm_tests(root: &Path) -> Result<Tally> {
    if !crate::present("node") {
        bail!("the wasm tests need `node`: install the Debian package nodejs (Node 20 or later)");
    }
    let runner = match ensure_target().and_then(|()| runner(root)) {
        Ok(runner) => runner,
        Err(e) => {
            eprintln!("xtask: preparing the wasm tests failed: {e:#}: counting it as a failure");
            return Ok(Tally::ONE_FAILURE);
        }
    };
    // Under Node every test target runs; then the wasm-bindgen tests again
    // in headless Chromium (Debian's chromium-driver), where the page runs.
    let mut tally = wasm_test_run(root, &runner, false)?;
    if crate::present("chromedriver") {
        tally += wasm_test_run(root, &runner, true)?;
    } else {
        eprintln!(
            "xtask: no chromedriver (Debian package chromium-driver): the wasm tests in Chromium count as a failure"
        );
        tally.failed += 1;
    }
    Ok(tally)
}

/// One `cargo test -p heard-web --target wasm32`: under Node, or the
/// `wasm` test target in headless Chromium (the runner finds
/// `chromedriver` on PATH).
fn wasm_test_run(root: &Path, runner: &Path, in_chromium: bool) -> Result<Tally> {
    let mut command = Command::new(env!("CARGO"));
    command
        .args([
            "test",
            "--locked",
            "-p",
            "heard-web",
            "--target",
            TARGET,
            "--color",
            "never",
        ])
        .env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", runner)
        .current_dir(root);
    let what = if in_chromium {
        command
            .args(["--test", "wasm"])
            .env("WASM_BINDGEN_USE_BROWSER", "1");
        "the wasm tests in Chromium"
    } else {
        "the wasm tests under Node"
    };
    let (mut tally, status) = crate::stream_tally(command, what, crate::parse_libtest)?;
    if !status.success() && tally.failed == 0 {
        eprintln!(
            "xtask: {what} exited with {status} without a failing test: counting it as a failure"
        );
        tally.failed += 1;
    }
    if tally.passed + tally.failed == 0 {
        eprintln!("xtask: {what} ran no test: counting it as a failure");
        return Ok(Tally::ONE_FAILURE);
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locked_wasm_bindgen_version_is_read_from_cargo_lock() {
        let version = locked_version(&crate::workspace_root()).expect("version");
        assert!(
            version.split('.').count() == 3 && version.starts_with("0.2."),
            "{version}"
        );
    }
}
