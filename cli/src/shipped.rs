//! The questionnaires Heard ships (`questionnaires/` of the source tree),
//! built into the binary: `heard questionnaire init` writes one out as a
//! starting point, and `heard demo` publishes them, with no checkout.

use crate::error::{Error, IoContext, Result};
use include_dir::{Dir, include_dir};
use std::path::Path;

static SHIPPED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../questionnaires");

/// The names of the shipped questionnaires, sorted.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = SHIPPED
        .dirs()
        .filter(|d| d.get_file(d.path().join("questionnaire.toml")).is_some())
        .filter_map(|d| d.path().to_str())
        .collect();
    names.sort_unstable();
    names
}

/// Writes the shipped questionnaire `name` into the folder `dir`, which
/// must not exist or be empty (a questionnaire being edited is never
/// overwritten).
pub fn write(name: &str, dir: &Path) -> Result<usize> {
    let Some(source) = SHIPPED.get_dir(name).filter(|_| names().contains(&name)) else {
        return Err(Error::Usage(format!(
            "no shipped questionnaire is called {name:?}; the shipped ones are: {}",
            names().join(", ")
        )));
    };
    if dir.exists() && std::fs::read_dir(dir).at(dir)?.next().is_some() {
        return Err(Error::Usage(format!(
            "{} is not empty; give a new or empty folder (nothing was written)",
            dir.display()
        )));
    }
    let mut written = 0;
    write_dir(source, name, dir, &mut written)?;
    Ok(written)
}

fn write_dir(source: &Dir<'_>, root: &str, dir: &Path, written: &mut usize) -> Result<()> {
    for file in source.files() {
        let relative = file.path().strip_prefix(root).unwrap_or(file.path());
        let target = dir.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).at(parent)?;
        }
        std::fs::write(&target, file.contents()).at(&target)?;
        *written += 1;
    }
    for sub in source.dirs() {
        write_dir(sub, root, dir, written)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_shipped_questionnaire_is_built_in_and_loads_when_written_out() {
        assert_eq!(super::names(), ["listening-session", "post-encounter"]);
        for name in super::names() {
            let dir = tempfile::tempdir().expect("dir");
            let out = dir.path().join(name);
            let files = super::write(name, &out).expect("written");
            assert!(files >= 2, "{name}: {files} files");
            heard_engine::Questionnaire::load(&out).expect("it loads");
        }
    }

    #[test]
    fn an_unknown_name_lists_the_shipped_ones_and_a_folder_in_use_is_kept() {
        let dir = tempfile::tempdir().expect("dir");
        let err = super::write("post-encouter", dir.path()).expect_err("unknown");
        assert!(
            err.to_string()
                .contains("the shipped ones are: listening-session, post-encounter"),
            "{err}"
        );
        std::fs::write(dir.path().join("mine.txt"), "keep").expect("write");
        let err = super::write("post-encounter", dir.path()).expect_err("in use");
        assert!(err.to_string().contains("is not empty"), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("mine.txt")).expect("kept"),
            "keep"
        );
    }
}
