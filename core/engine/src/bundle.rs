//! Questionnaire bundles: a questionnaire folder packed into one signed
//! document for distribution, and unpacked on the device after its
//! signature was checked. Only `questionnaire.toml` (and the same
//! definition as `questionnaire.json`, for the web survey),
//! `locales/<tag>/<name>.ftl` and recorded prompts
//! `locales/<tag>/audio/<message-id>.<ext>` may be in one, so a bundle
//! cannot write anywhere else; recordings are checked by extension, content
//! and size on both ends (see [`heard_protocol::audio`]).

use crate::error::{Error, Result};
use crate::model::Questionnaire;
use heard_protocol::audio;
use heard_protocol::signing::Bundle;
use std::collections::BTreeMap;
#[cfg(feature = "folder")]
use std::path::{Path, PathBuf};

/// Whether `path` may be in a bundle's text files.
pub fn allowed_path(path: &str) -> bool {
    if path == crate::load::DEFINITION_FILE || path == crate::load::DEFINITION_JSON {
        return true;
    }
    let parts: Vec<&str> = path.split('/').collect();
    matches!(parts.as_slice(), ["locales", tag, file] if audio::safe_segment(tag) && audio::safe_segment(file) && file.ends_with(".ftl"))
}

/// Whether `path` may be in a bundle's recordings:
/// `locales/<tag>/audio/<message-id>.<ext>` with an accepted extension.
pub fn allowed_audio_path(path: &str) -> bool {
    audio::parse_path(path).is_some()
}

/// Packs the questionnaire folder `dir` (it must load) into a bundle. The
/// recordings are those the loader checked, checked once more as they are
/// encoded.
#[cfg(feature = "folder")]
pub fn pack(dir: &Path) -> Result<Bundle> {
    let q = Questionnaire::load(dir)?;
    let mut files = BTreeMap::new();
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| Error::Io {
            path: p.to_path_buf(),
            source: e,
        })
    };
    let definition = read(&dir.join(crate::load::DEFINITION_FILE))?;
    let json = crate::load::json_form(&definition)
        .map_err(|e| Error::Bundle(format!("{}: {e}", dir.display())))?;
    files.insert(crate::load::DEFINITION_FILE.to_string(), definition);
    files.insert(crate::load::DEFINITION_JSON.to_string(), json);
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
    let recordings: BTreeMap<String, Vec<u8>> = q
        .audio
        .iter()
        .map(|(id, clip)| (id.to_string(), clip.bytes.clone()))
        .collect();
    let audio = audio::encode(&recordings).map_err(|e| refused(dir, e))?;
    Ok(Bundle {
        questionnaire_id: q.id.clone(),
        version: q.version,
        files,
        audio,
    })
}

/// An audio problem as a bundle refusal naming the file inside `within`.
fn refused(within: impl AsRef<std::path::Path>, e: audio::AudioError) -> Error {
    Error::Bundle(format!(
        "{}: {}",
        within.as_ref().join(&e.path).display(),
        e.problem
    ))
}

/// The name diagnostics and refusals give a bundle: `<id> v<version>`.
fn name(bundle: &Bundle) -> String {
    format!("{} v{}", bundle.questionnaire_id, bundle.version)
}

/// Refuses a bundle whose id is not a valid questionnaire id, that holds a
/// file the loader does not read, or whose recordings are not accepted
/// audio within the caps; returns the recordings decoded.
fn contents(bundle: &Bundle) -> Result<BTreeMap<String, Vec<u8>>> {
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
    audio::decode(&bundle.audio).map_err(|e| refused(name(bundle), e))
}

/// Checks what a bundle holds without loading it: a valid id, only files
/// the loader reads, and recordings of an accepted type (by extension and
/// content) within the size caps. [`open`] and [`unpack`] check this first;
/// a device can check it before storing a bundle.
pub fn check(bundle: &Bundle) -> Result<()> {
    contents(bundle).map(|_| ())
}

/// Loads the questionnaire a (verified) bundle holds straight from memory,
/// with the same diagnostics as a folder; their paths start with
/// `<id> v<version>`. The bundle must hold the questionnaire its header
/// names.
pub fn open(bundle: &Bundle) -> Result<Questionnaire> {
    let recordings = contents(bundle)?;
    let q = Questionnaire::from_files_with_audio(name(bundle), &bundle.files, &recordings)?;
    if q.id != bundle.questionnaire_id || q.version != bundle.version {
        return Err(Error::Bundle(format!(
            "the bundle says {} v{} but holds {} v{}",
            bundle.questionnaire_id, bundle.version, q.id, q.version
        )));
    }
    Ok(q)
}

/// Writes a bundle's files into `root/<id>/v<version>/` and returns that
/// folder, ready for [`crate::Questionnaire::load`]. Nothing is written
/// unless every file and recording is accepted.
#[cfg(feature = "folder")]
pub fn unpack(bundle: &Bundle, root: &Path) -> Result<PathBuf> {
    let recordings = contents(bundle)?;
    let dir = root
        .join(&bundle.questionnaire_id)
        .join(format!("v{}", bundle.version));
    let texts = bundle.files.iter().map(|(p, t)| (p, t.as_bytes()));
    let bytes = recordings.iter().map(|(p, b)| (p, b.as_slice()));
    for (relative, content) in texts.chain(bytes) {
        let path = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::Io {
                path: parent.to_path_buf(),
                source: e,
            })?;
        }
        std::fs::write(&path, content).map_err(|e| Error::Io {
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
        assert!(allowed_path("questionnaire.json"));
        assert!(
            !allowed_path("locales/ar/audio/q1.opus"),
            "recordings go in `audio`"
        );
        assert!(allowed_audio_path("locales/ar/audio/q1.opus"));
        assert!(!allowed_audio_path("locales/ar/q1.ftl"));
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
            "/../../questionnaires/post-encounter"
        ));
        let bundle = pack(src).expect("pack");
        assert!(bundle.files.contains_key("locales/ti/post-encounter.ftl"));
        assert!(
            !bundle.files.keys().any(|k| k.ends_with(".md")),
            "only what the loader reads"
        );
        assert!(
            bundle.audio.is_empty(),
            "no recordings: the JSON has no audio field and is signed as before"
        );
        assert!(
            !serde_json::to_string(&bundle)
                .expect("json")
                .contains("\"audio\"")
        );
        let root = tempfile::tempdir().expect("dir");
        let dir = unpack(&bundle, root.path()).expect("unpack");
        let q = crate::Questionnaire::load(&dir).expect("loads");
        assert_eq!(
            (q.id.as_str(), q.version, q.locales().len()),
            ("post-encounter", 1, 10)
        );
        let in_memory = open(&bundle).expect("loads from memory");
        assert_eq!(
            (
                in_memory.id.as_str(),
                in_memory.version,
                in_memory.locales()
            ),
            (q.id.as_str(), q.version, q.locales())
        );
        let mut broken = bundle.clone();
        broken
            .files
            .insert("locales/en/zz.ftl".into(), "oops = { $".into());
        let shown = open(&broken).expect_err("broken Fluent").to_string();
        assert!(
            shown.starts_with("post-encounter v1/locales/en/zz.ftl:1"),
            "diagnostics name the bundle's file and line: {shown}"
        );
        let mut evil = bundle.clone();
        evil.files
            .insert("../../outside.ftl".into(), "x = y".into());
        assert!(unpack(&evil, root.path()).is_err());
        assert!(!root.path().join("../outside.ftl").exists());
    }

    #[test]
    fn a_bundle_carries_the_json_form_and_it_must_agree() {
        let src = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../questionnaires/post-encounter"
        ));
        let bundle = pack(src).expect("pack");
        let json: serde_json::Value =
            serde_json::from_str(&bundle.files[crate::load::DEFINITION_JSON]).expect("JSON");
        let table: toml::Table =
            toml::from_str(&bundle.files[crate::load::DEFINITION_FILE]).expect("TOML");
        assert_eq!(json, serde_json::to_value(table).expect("as JSON"));
        assert_eq!(json["id"], "post-encounter");
        assert!(json["items"].as_array().is_some_and(|i| !i.is_empty()));

        // An unpacked bundle whose JSON form was changed, or a folder
        // edited after unpacking, is refused, naming the JSON file.
        let root = tempfile::tempdir().expect("dir");
        let mut altered = bundle.clone();
        altered.files.insert(
            crate::load::DEFINITION_JSON.into(),
            bundle.files[crate::load::DEFINITION_JSON].replace("\"version\":1", "\"version\":2"),
        );
        assert_ne!(altered, bundle);
        let shown = open(&altered).expect_err("disagrees").to_string();
        assert!(
            shown.starts_with(
                "post-encounter v1/questionnaire.json: does not say what questionnaire.toml says"
            ),
            "{shown}"
        );
        let dir = unpack(&altered, root.path()).expect("unpack");
        let shown = crate::Questionnaire::load(&dir)
            .expect_err("disagrees")
            .to_string();
        assert!(shown.contains("questionnaire.json"), "{shown}");
        assert!(
            shown.contains("delete it, or pack the questionnaire again"),
            "{shown}"
        );
        std::fs::remove_file(dir.join(crate::load::DEFINITION_JSON)).expect("rm");
        crate::Questionnaire::load(&dir).expect("the TOML alone loads");
        // Packing the folder again writes a fresh JSON form.
        assert_eq!(pack(&dir).expect("pack again"), bundle);
    }
}
