//! Questionnaire bundles: a questionnaire folder packed into one signed
//! document for distribution, and unpacked on the device after its
//! signature was checked. Only `questionnaire.toml` and
//! `locales/<tag>/<name>.ftl` may be in one, so a bundle cannot write
//! anywhere else.

use crate::error::{Error, Result};
use heard_protocol::signing::Bundle;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn safe_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !s.starts_with('.')
}

/// Whether `path` may be in a bundle.
pub fn allowed_path(path: &str) -> bool {
    if path == crate::load::DEFINITION_FILE {
        return true;
    }
    let parts: Vec<&str> = path.split('/').collect();
    matches!(parts.as_slice(), ["locales", tag, file] if safe_segment(tag) && safe_segment(file) && file.ends_with(".ftl"))
}

/// Packs the questionnaire folder `dir` (it must load) into a bundle.
pub fn pack(dir: &Path) -> Result<Bundle> {
    let q = crate::Questionnaire::load(dir)?;
    let mut files = BTreeMap::new();
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| Error::Io {
            path: p.to_path_buf(),
            source: e,
        })
    };
    files.insert(
        crate::load::DEFINITION_FILE.to_string(),
        read(&dir.join(crate::load::DEFINITION_FILE))?,
    );
    for tag in q.locales() {
        let locale_dir = dir.join("locales").join(tag);
        let entries = std::fs::read_dir(&locale_dir).map_err(|e| Error::Io {
            path: locale_dir.clone(),
            source: e,
        })?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = format!("locales/{tag}/{name}");
            if allowed_path(&relative) {
                files.insert(relative, read(&entry.path())?);
            }
        }
    }
    Ok(Bundle {
        questionnaire_id: q.id.clone(),
        version: q.version,
        files,
    })
}

/// Writes a bundle's files into `root/<id>/v<version>/` and returns that
/// folder, ready for [`crate::Questionnaire::load`].
pub fn unpack(bundle: &Bundle, root: &Path) -> Result<PathBuf> {
    if !heard_protocol::valid_questionnaire_id(&bundle.questionnaire_id) {
        return Err(Error::Bundle(format!(
            "questionnaire id {:?} cannot be a folder name",
            bundle.questionnaire_id
        )));
    }
    if let Some(bad) = bundle.files.keys().find(|p| !allowed_path(p)) {
        return Err(Error::Bundle(format!(
            "the bundle holds a file Heard does not accept: {bad:?}"
        )));
    }
    let dir = root
        .join(&bundle.questionnaire_id)
        .join(format!("v{}", bundle.version));
    for (relative, text) in &bundle.files {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Io {
                path: parent.to_path_buf(),
                source: e,
            })?;
        }
        std::fs::write(&path, text).map_err(|e| Error::Io {
            path: path.clone(),
            source: e,
        })?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_definition_and_fluent_files_are_allowed() {
        assert!(allowed_path("questionnaire.toml"));
        assert!(allowed_path("locales/ar/post-encounter.ftl"));
        for bad in [
            "../x.toml",
            "locales/../../etc/passwd",
            "locales/ar/x.sh",
            "locales/.hidden/x.ftl",
            "/etc/x.ftl",
            "locales/ar/sub/x.ftl",
        ] {
            assert!(!allowed_path(bad), "{bad}");
        }
    }

    #[test]
    fn a_packed_questionnaire_unpacks_and_loads_the_same() {
        let src = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../questionnaires/post-encounter"
        ));
        let bundle = pack(src).expect("pack");
        assert!(bundle.files.contains_key("locales/ti/post-encounter.ftl"));
        assert!(
            !bundle.files.keys().any(|k| k.ends_with(".md")),
            "only what the loader reads"
        );
        let root = tempfile::tempdir().expect("dir");
        let dir = unpack(&bundle, root.path()).expect("unpack");
        let q = crate::Questionnaire::load(&dir).expect("loads");
        assert_eq!(
            (q.id.as_str(), q.version, q.locales().len()),
            ("post-encounter", 1, 10)
        );
        let mut evil = bundle.clone();
        evil.files
            .insert("../../outside.ftl".into(), "x = y".into());
        assert!(unpack(&evil, root.path()).is_err());
        assert!(!root.path().join("../outside.ftl").exists());
    }
}
