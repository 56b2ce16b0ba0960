//! Where a questionnaire's files come from: a folder on disk or the file map
//! of a verified bundle. The loader reads both through [`Source`], so a
//! questionnaire gets the same diagnostics (file, line, item) either way.
//! Text files (`questionnaire.toml`, `.ftl`) are strings; recorded prompts
//! (`locales/<tag>/audio/*`) are bytes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Why a file could not be read.
pub(crate) enum ReadError {
    /// There is no such file.
    NotFound,
    /// The file exists but cannot be read as UTF-8 text (only a folder
    /// can hold such a file; a bundle's files are strings).
    #[cfg_attr(not(feature = "folder"), allow(dead_code))]
    Unreadable(String),
}

/// A questionnaire's files, addressed by `/`-separated relative paths
/// (`questionnaire.toml`, `locales/ar/survey.ftl`).
pub(crate) trait Source {
    /// The name diagnostics start their paths with: the folder, or the
    /// bundle's name.
    fn root(&self) -> &Path;
    /// The text of one file.
    fn read(&self, relative: &str) -> Result<String, ReadError>;
    /// The locale folder names under `locales/`, sorted; `None` when there
    /// is no `locales/` at all.
    fn locale_tags(&self) -> Option<Vec<String>>;
    /// The names of the files in `locales/<tag>/`, sorted.
    fn locale_files(&self, tag: &str) -> Vec<String>;
    /// The names of the files in `locales/<tag>/audio/`, sorted.
    fn audio_files(&self, tag: &str) -> Vec<String>;
    /// The bytes of one file, at most `limit + 1` of them: enough to tell
    /// that a file is over `limit` without reading all of a huge one.
    fn read_bytes(&self, relative: &str, limit: usize) -> Result<Vec<u8>, ReadError>;
    /// The path a diagnostic shows for `relative`.
    fn shown(&self, relative: &str) -> PathBuf {
        relative
            .split('/')
            .fold(self.root().to_path_buf(), |p, part| p.join(part))
    }
}

/// A questionnaire folder on disk.
#[cfg(feature = "folder")]
pub(crate) struct Folder<'a>(pub &'a Path);

#[cfg(feature = "folder")]
impl Source for Folder<'_> {
    fn root(&self) -> &Path {
        self.0
    }

    fn read(&self, relative: &str) -> Result<String, ReadError> {
        std::fs::read_to_string(self.shown(relative)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            _ => ReadError::Unreadable(e.to_string()),
        })
    }

    fn locale_tags(&self) -> Option<Vec<String>> {
        let entries = std::fs::read_dir(self.0.join("locales")).ok()?;
        let mut tags: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        tags.sort();
        Some(tags)
    }

    fn locale_files(&self, tag: &str) -> Vec<String> {
        files_in(&self.0.join("locales").join(tag))
    }

    fn audio_files(&self, tag: &str) -> Vec<String> {
        files_in(&self.0.join("locales").join(tag).join("audio"))
    }

    fn read_bytes(&self, relative: &str, limit: usize) -> Result<Vec<u8>, ReadError> {
        use std::io::Read;
        let file = std::fs::File::open(self.shown(relative)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            _ => ReadError::Unreadable(e.to_string()),
        })?;
        let mut bytes = Vec::new();
        file.take(limit as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ReadError::Unreadable(e.to_string()))?;
        Ok(bytes)
    }
}

/// The names of the files (not folders) in `dir`, sorted; none when it
/// cannot be read.
#[cfg(feature = "folder")]
fn files_in(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            // Directories are listed too: one named `x.ftl` is reported as
            // unreadable, as before the loader read through `Source`.
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The files of a bundle, already in memory.
pub(crate) struct Memory<'a> {
    /// What diagnostics call the bundle.
    pub name: PathBuf,
    /// Relative path → text.
    pub files: &'a BTreeMap<String, String>,
    /// Relative path → bytes of the recorded prompts.
    pub audio: &'a BTreeMap<String, Vec<u8>>,
}

impl Source for Memory<'_> {
    fn root(&self) -> &Path {
        &self.name
    }

    fn read(&self, relative: &str) -> Result<String, ReadError> {
        self.files.get(relative).cloned().ok_or(ReadError::NotFound)
    }

    fn locale_tags(&self) -> Option<Vec<String>> {
        // A locale folder holding only recordings is still a folder, as on
        // disk: the loader says that it has no messages.
        let mut tags: Vec<String> = self
            .files
            .keys()
            .chain(self.audio.keys())
            .filter_map(|k| {
                let rest = k.strip_prefix("locales/")?;
                let (tag, _) = rest.split_once('/')?;
                Some(tag.to_string())
            })
            .collect();
        tags.sort();
        tags.dedup();
        (!tags.is_empty()).then_some(tags)
    }

    fn locale_files(&self, tag: &str) -> Vec<String> {
        let prefix = format!("locales/{tag}/");
        self.files
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter(|rest| !rest.contains('/'))
            .map(str::to_string)
            .collect()
    }

    fn audio_files(&self, tag: &str) -> Vec<String> {
        let prefix = format!("locales/{tag}/audio/");
        self.audio
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter(|rest| !rest.contains('/'))
            .map(str::to_string)
            .collect()
    }

    fn read_bytes(&self, relative: &str, limit: usize) -> Result<Vec<u8>, ReadError> {
        let bytes = self.audio.get(relative).ok_or(ReadError::NotFound)?;
        Ok(bytes[..bytes.len().min(limit + 1)].to_vec())
    }
}
