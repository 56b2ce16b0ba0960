//! The JVM side: the Maven runner of `cargo xtask test` (the Kotlin binding
//! tests in `android/` against the real core and a real `heard-server`) and
//! the JNA render benchmark for `cargo xtask bench`.

use crate::bindings;
use crate::{Tally, present};
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Maven project.
const ANDROID: &str = "android";
/// Where surefire writes its reports, inside each module of `android/`
/// (`android/<module>/target/surefire-reports`: bindings, screens, ...).
const REPORTS: &str = "target/surefire-reports";

/// The surefire report folders of every module of `android/` (each
/// subfolder with a `pom.xml`), sorted.
fn report_dirs(root: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(root.join(ANDROID)) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("pom.xml").is_file())
        .map(|p| p.join(REPORTS))
        .collect();
    dirs.sort();
    dirs
}

/// Sums the reports of every module in [dirs]; `None` when no module wrote
/// any. A module that wrote none is reported, and counts as one failure
/// (a module whose tests silently did not run must not pass).
fn read_all_reports(dirs: &[PathBuf]) -> Option<Tally> {
    let mut total: Option<Tally> = None;
    let mut silent = 0;
    for dir in dirs {
        match read_reports(dir) {
            Some(t) => *total.get_or_insert_with(Tally::default) += t,
            None => {
                eprintln!(
                    "xtask: no surefire report in {}: counting it as a failure",
                    dir.display()
                );
                silent += 1;
            }
        }
    }
    if let Some(t) = total.as_mut() {
        t.failed += silent;
    }
    total
}

/// Builds what the Kotlin tests load and run: `libheard_ffi` (alone, so
/// uniffi's bindgen features stay out of it) and the debug `heard` and
/// `heard-server` binaries.
fn build_native(root: &Path) -> Result<()> {
    bindings::build_library(root)?;
    bindings::cargo(
        root,
        &[
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
        ],
    )
}

/// `mvn` with the flags every run here uses: batch mode, no download
/// progress, no colour, and the directories of the native library and
/// binaries. `HEARD_MAVEN_OFFLINE=1` adds `-o` for machines without network
/// (with a warm `~/.m2`); online, Maven only fetches what it lacks.
pub(crate) fn mvn(root: &Path, native_dir: &Path) -> Command {
    let mut command = Command::new("mvn");
    command
        .args(["-B", "-ntp", "-Dstyle.color=never"])
        .arg(format!("-Dheard.native.dir={}", native_dir.display()))
        .arg(format!("-Dheard.bin.dir={}", native_dir.display()))
        .arg(format!("-Dheard.repo.dir={}", root.display()))
        .current_dir(root.join(ANDROID));
    if std::env::var_os("HEARD_MAVEN_OFFLINE").is_some_and(|v| v == "1") {
        command.arg("-o");
    }
    command
}

/// Reads one surefire report (`TEST-*.xml`): the root `<testsuite>`'s
/// `tests`, `failures`, `errors` and `skipped`. Errors and skipped tests
/// count as failed: nothing is skipped silently.
pub fn parse_surefire(xml: &str) -> Option<Tally> {
    let start = xml.find("<testsuite ")?;
    let tag = &xml[start..];
    let tag = &tag[..tag.find('>')?];
    let attr = |name: &str| -> Option<u64> {
        let needle = format!(" {name}=\"");
        let at = tag.find(&needle)? + needle.len();
        let rest = &tag[at..];
        rest[..rest.find('"')?].trim().parse().ok()
    };
    let tests = attr("tests")?;
    let bad = attr("failures").unwrap_or(0) + attr("errors").unwrap_or(0);
    let skipped = attr("skipped").unwrap_or(0);
    let failed = bad + skipped;
    Some(Tally {
        passed: tests.saturating_sub(failed),
        failed,
    })
}

/// Sums every `TEST-*.xml` in `dir`; `None` when there is none. A report
/// that cannot be read counts as one failure.
fn read_reports(dir: &Path) -> Option<Tally> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut reports: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("TEST-") && n.ends_with(".xml"))
        })
        .collect();
    reports.sort();
    if reports.is_empty() {
        return None;
    }
    let mut tally = Tally::default();
    for report in reports {
        match std::fs::read_to_string(&report)
            .ok()
            .as_deref()
            .and_then(parse_surefire)
        {
            Some(t) => {
                if t.failed > 0 {
                    println!(
                        "xtask: {} failed or skipped in {}",
                        t.failed,
                        report.display()
                    );
                }
                tally += t;
            }
            None => {
                eprintln!(
                    "xtask: cannot read the surefire report {}: counting it as a failure",
                    report.display()
                );
                tally.failed += 1;
            }
        }
    }
    Some(tally)
}

/// The Kotlin binding tests: builds the core and the binaries, regenerates
/// the bindings (the tests always run against the current core), runs
/// `mvn test` in `android/` and reads surefire's reports. A build that
/// fails, a run without reports, or a failing run without a failing test
/// each count as one failure.
pub fn run_maven_tests(root: &Path) -> Result<Tally> {
    let started = std::time::Instant::now();
    if let Err(e) = build_native(root).and_then(|()| bindings::run(root, false)) {
        eprintln!(
            "xtask: building heard-ffi, the binaries or the bindings for the Kotlin tests failed: {e:#}: counting it as a failure"
        );
        return Ok(Tally::ONE_FAILURE);
    }
    let reports = report_dirs(root);
    for dir in &reports {
        if dir.exists() {
            std::fs::remove_dir_all(dir)
                .with_context(|| format!("removing old reports in {}", dir.display()))?;
        }
    }
    let native = bindings::target_dir(root).join("debug");
    // `clean`: the Kotlin compiler leaves classes of deleted sources in
    // target/, which surefire would still run.
    let status = mvn(root, &native)
        .args(["clean", "test"])
        .status()
        .context("starting mvn test in android/")?;
    let Some(mut tally) = read_all_reports(&reports) else {
        eprintln!("xtask: mvn test wrote no surefire report ({status}): counting it as a failure");
        return Ok(Tally::ONE_FAILURE);
    };
    if tally.passed + tally.failed == 0 {
        eprintln!("xtask: mvn test ran no test ({status}): counting it as a failure");
        tally.failed += 1;
    } else if !status.success() && tally.failed == 0 {
        eprintln!(
            "xtask: mvn test exited with {status} without a failing test: counting it as a failure"
        );
        tally.failed += 1;
    }
    println!(
        "mvn test: {} passed, {} failed ({:.0} s with the builds)",
        tally.passed,
        tally.failed,
        started.elapsed().as_secs_f64()
    );
    Ok(tally)
}

/// The JNA benchmark: `render()` on a survey screen called from Kotlin
/// through the generated bindings and JNA, against the release
/// `libheard_ffi` (a questionnaire installed by enrolling with a local
/// `heard-server`, as the tests do). Prints `ffi_render_call_jna: N ns`,
/// the median of single calls.
pub fn bench(root: &Path) -> Result<()> {
    for program in ["mvn", "java"] {
        if !present(program) {
            bail!(
                "the JNA benchmark needs `{program}`: install the Debian packages maven and default-jdk-headless"
            );
        }
    }
    // The bindings come from the debug build (bindgen cannot read a
    // stripped library); their checksums match any build of the same API.
    build_native(root)?;
    bindings::run(root, false)?;
    bindings::cargo(root, &["build", "--locked", "--release", "-p", "heard-ffi"])?;
    let target = bindings::target_dir(root);
    let release = target.join("release");
    let debug = target.join("debug");
    let classpath_file = root.join("android/bindings/target/bench.classpath");
    let status = mvn(root, &release)
        .args([
            "-q",
            "test-compile",
            "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
            "-Dmdep.includeScope=test",
        ])
        .arg(format!("-Dmdep.outputFile={}", classpath_file.display()))
        .status()
        .context("starting mvn test-compile in android/")?;
    if !status.success() {
        bail!("mvn test-compile for the JNA benchmark failed ({status})");
    }
    let deps = std::fs::read_to_string(&classpath_file)
        .with_context(|| format!("reading {}", classpath_file.display()))?;
    let module = root.join("android/bindings/target");
    let classpath = [
        module.join("test-classes").display().to_string(),
        module.join("classes").display().to_string(),
        deps.trim().to_string(),
    ]
    .join(":");
    let status = Command::new("java")
        .arg("-cp")
        .arg(classpath)
        .arg(format!("-Djna.library.path={}", release.display()))
        .arg(format!("-Dheard.bin.dir={}", debug.display()))
        .arg(format!("-Dheard.repo.dir={}", root.display()))
        .arg("org.heard.core.RenderBenchKt")
        .current_dir(root.join("android/bindings"))
        .status()
        .context("starting the JNA benchmark")?;
    if !status.success() {
        bail!("the JNA benchmark failed ({status})");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_surefire_reports() {
        let ok = r#"<?xml version="1.0" encoding="UTF-8"?>
<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd" version="3.0.2" name="org.heard.core.SafetyTest" time="12.5" tests="4" errors="0" skipped="0" failures="0">
  <properties><property name="tests" value="99"/></properties>
  <testcase name="a" classname="org.heard.core.SafetyTest" time="1.0"/>
</testsuite>"#;
        assert_eq!(
            parse_surefire(ok),
            Some(Tally {
                passed: 4,
                failed: 0
            })
        );
        let bad = r#"<testsuite name="X" time="1" tests="5" errors="1" skipped="1" failures="2">"#;
        assert_eq!(
            parse_surefire(bad),
            Some(Tally {
                passed: 1,
                failed: 4
            }),
            "errors and skipped tests count as failed"
        );
        assert_eq!(parse_surefire("<testsuites></testsuites>"), None);
        assert_eq!(parse_surefire("not xml"), None);
        assert_eq!(parse_surefire(r#"<testsuite name="X" tests="many">"#), None);
    }

    #[test]
    fn sums_reports_and_notices_when_there_are_none() {
        let dir = std::env::temp_dir().join(format!("heard-surefire-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        assert_eq!(read_reports(&dir), None, "an empty folder has no report");
        std::fs::write(
            dir.join("TEST-a.xml"),
            r#"<testsuite name="a" tests="3" errors="0" skipped="0" failures="1">"#,
        )
        .expect("write");
        std::fs::write(
            dir.join("TEST-b.xml"),
            r#"<testsuite name="b" tests="2" errors="0" skipped="0" failures="0">"#,
        )
        .expect("write");
        std::fs::write(dir.join("TEST-c.xml"), "garbage").expect("write");
        std::fs::write(dir.join("a.txt"), "tests=\"100\"").expect("write");
        let tally = read_reports(&dir);
        std::fs::remove_dir_all(&dir).expect("clean");
        assert_eq!(
            tally,
            Some(Tally {
                passed: 4,
                failed: 2
            })
        );
        assert_eq!(read_reports(Path::new("/nonexistent/heard")), None);
    }

    #[test]
    fn counts_the_reports_of_every_module() {
        let root =
            std::env::temp_dir().join(format!("heard-surefire-modules-{}", std::process::id()));
        let module = |name: &str| root.join(ANDROID).join(name);
        for name in ["bindings", "screens", "quiet"] {
            std::fs::create_dir_all(module(name)).expect("dir");
            std::fs::write(module(name).join("pom.xml"), "<project/>").expect("pom");
        }
        std::fs::create_dir_all(module("not-a-module")).expect("dir");
        let dirs = report_dirs(&root);
        assert_eq!(
            dirs,
            vec![
                module("bindings").join(REPORTS),
                module("quiet").join(REPORTS),
                module("screens").join(REPORTS),
            ]
        );
        assert_eq!(read_all_reports(&dirs), None, "no module wrote a report");
        for (name, xml) in [
            (
                "bindings",
                r#"<testsuite name="a" tests="3" errors="0" skipped="0" failures="0">"#,
            ),
            (
                "screens",
                r#"<testsuite name="b" tests="2" errors="0" skipped="0" failures="1">"#,
            ),
        ] {
            std::fs::create_dir_all(module(name).join(REPORTS)).expect("dir");
            std::fs::write(module(name).join(REPORTS).join("TEST-x.xml"), xml).expect("write");
        }
        let tally = read_all_reports(&dirs);
        std::fs::remove_dir_all(&root).expect("clean");
        assert_eq!(
            tally,
            Some(Tally {
                passed: 4,
                failed: 2
            }),
            "both modules count, and the module without reports is one failure"
        );
    }
}
