//! Writing files safely: secrets readable by their owner only and never
//! overwritten, results replaced atomically so a crash or a full disk
//! leaves the previous version rather than half of a new one.

use crate::error::{Error, IoContext, Result};
use std::io::Write;
use std::path::Path;

/// Creates `path` with `bytes`, readable and writable by the owner only
/// (0600 on Unix); fails if it exists.
pub fn write_private_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            Error::AlreadyExists {
                path: path.to_path_buf(),
            }
        } else {
            Error::Io {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .at(path)
}

/// Replaces `path` with `bytes` atomically (a temporary file beside it,
/// synced, renamed, then the folder synced), with mode 0600 when `private`.
pub fn write_atomic(path: &Path, bytes: &[u8], private: bool) -> Result<()> {
    let tmp = partial_path(path);
    // Errors name the file the person asked for, not the temporary one.
    let written = (|| -> std::io::Result<()> {
        let mut file = if private {
            create_private(&tmp).map_err(into_io)?
        } else {
            std::fs::File::create(&tmp)?
        };
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.at(path)?;
    sync_parent(path)
}

/// The I/O error inside one of ours (for code that works in `io::Result`).
fn into_io(e: crate::Error) -> std::io::Error {
    match e {
        crate::Error::Io { source, .. } => source,
        other => std::io::Error::other(other.to_string()),
    }
}

/// `FILE.partial` beside `path`: one temporary name per file.
pub fn partial_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".partial");
    path.with_file_name(name)
}

/// Creates or truncates `path` readable and writable by the owner only,
/// also when it already existed with a wider mode.
pub fn create_private(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path).at(path)?;
    restrict(path)?;
    Ok(file)
}

/// Opens `path` for appending, created owner-only.
pub fn append_private(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).at(path)
}

/// Sets `path` to mode 0600 (0700 for a folder) on Unix.
pub fn restrict(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).at(path)?;
    }
    Ok(())
}

/// Syncs the folder holding `path`, so that a file created or renamed in
/// it survives a power cut.
pub fn sync_parent(path: &Path) -> Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => sync_dir(dir),
        _ => Ok(()),
    }
}

/// Syncs a folder's entries to disk (a no-op where folders cannot be opened).
pub fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .at(dir)?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Makes a spreadsheet cell safe to open: text a spreadsheet would read as
/// a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is
/// prefixed with an apostrophe, OWASP's advice for CSV injection. Answers
/// are written by anyone with the app, so every text cell goes through this.
pub fn neutralise_formula(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

/// 256 random bits as hex (a fresh admin token).
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised_and_other_text_is_kept() {
        for hostile in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(neutralise_formula(hostile), format!("'{hostile}"));
        }
        assert_eq!(neutralise_formula("plain"), "plain");
        assert_eq!(neutralise_formula(""), "");
        assert_eq!(neutralise_formula("a=b"), "a=b");
    }

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(
            escape_html("<img src=x onerror='alert(1)'>&\""),
            "&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;&quot;"
        );
    }

    #[test]
    fn secrets_are_never_overwritten_and_owner_only() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("k");
        write_private_new(&path, b"one").expect("first");
        assert!(write_private_new(&path, b"two").is_err());
        assert_eq!(std::fs::read(&path).expect("read"), b"one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
