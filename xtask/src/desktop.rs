//! `cargo xtask desktop [-- ARGS]`: the desktop app (`android/desktop`, the
//! shared screens in a Compose window) in one command. Builds the debug
//! `libheard_ffi` and regenerates the Kotlin bindings (so the app runs
//! against the current core), installs the Maven modules it needs
//! (`mvn -q -pl desktop -am install -DskipTests`), then starts it with
//! `mvn exec:exec` in `android/desktop`, JNA pointed at the library. ARGS
//! go to the app (`--data-dir DIR`, `--sync-every-minutes N`,
//! `--screenshot OUT.png`, `--software-render`, `--help`).

use crate::bindings;
use crate::present;
use anyhow::{Context, Result, bail};
use std::path::Path;
use std::process::ExitCode;

/// The desktop module in the Maven project under android/.
const MODULE: &str = "desktop";

/// One argument for exec-maven-plugin's `commandlineArgs`, which splits on
/// spaces and honours single and double quotes (no backslash escapes).
fn quote(arg: &str) -> Result<String> {
    let plain = !arg.is_empty()
        && !arg
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '\'');
    if plain {
        Ok(arg.to_string())
    } else if !arg.contains('"') {
        Ok(format!("\"{arg}\""))
    } else if !arg.contains('\'') {
        Ok(format!("'{arg}'"))
    } else {
        bail!("the argument {arg:?} has both kinds of quotes, which mvn exec:exec cannot pass on")
    }
}

/// The app's arguments as the one `heard.desktop.args` property.
fn app_args(args: &[String]) -> Result<String> {
    let quoted: Vec<String> = args.iter().map(|a| quote(a)).collect::<Result<_>>()?;
    Ok(quoted.join(" "))
}

/// Builds and starts the desktop app; its exit status is the task's.
pub fn run(root: &Path, args: &[String]) -> Result<ExitCode> {
    for (program, package) in [("java", "default-jdk-headless"), ("mvn", "maven")] {
        if !present(program) {
            bail!("the desktop app needs `{program}`: install the Debian package {package}");
        }
    }
    let app_args = app_args(args)?;
    // Builds libheard_ffi first, then the bindings from it.
    bindings::run(root, false)?;
    let native = bindings::target_dir(root).join("debug");
    let status = crate::kotlin::mvn(root, &native)
        .arg("-q")
        .args(["-pl", MODULE, "-am", "install", "-DskipTests"])
        .status()
        .context("starting mvn install in android/")?;
    if !status.success() {
        bail!("`mvn -pl {MODULE} -am install -DskipTests` in android/ failed ({status})");
    }
    let status = crate::kotlin::mvn(root, &native)
        .arg("-q")
        .args(["-pl", MODULE, "exec:exec"])
        .arg(format!("-Dheard.desktop.args={app_args}"))
        .status()
        .context("starting mvn exec:exec in android/desktop")?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        eprintln!("xtask: the desktop app exited with {status}");
        ExitCode::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_exec_would_split() {
        let args = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert_eq!(
            app_args(&args(&["--data-dir", "/tmp/heard"])).expect("plain"),
            "--data-dir /tmp/heard"
        );
        assert_eq!(
            app_args(&args(&["--data-dir", "/tmp/my heard"])).expect("space"),
            "--data-dir \"/tmp/my heard\""
        );
        assert_eq!(quote("it's").expect("single"), "\"it's\"");
        assert_eq!(quote("say \"hi\"").expect("double"), "'say \"hi\"'");
        assert_eq!(quote("").expect("empty"), "\"\"");
        assert!(quote("a'b\"c").is_err());
        assert_eq!(app_args(&[]).expect("none"), "");
    }
}
