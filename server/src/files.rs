//! Files the server keeps secret: created readable by its own user only
//! (files 0600, folders 0700), never overwritten, replaced atomically.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file operation that failed, with the path and a plain reason.
#[derive(Debug, thiserror::Error)]
#[error("cannot {action} {}: {reason}", path.display())]
pub struct FileError {
    /// What was being done ("create", "read", …).
    pub action: &'static str,
    /// The file or folder.
    pub path: PathBuf,
    /// Why, in words (the OS error once, without its number).
    pub reason: String,
}

impl FileError {
    /// A failure to `action` `path`.
    pub fn new(action: &'static str, path: &Path, e: &io::Error) -> FileError {
        FileError {
            action,
            path: path.to_path_buf(),
            reason: reason(e),
        }
    }
}

/// The OS error in words, without the "(os error N)" the steward cannot use.
pub fn reason(e: &io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Creates `dir` and any missing parents, each new one owner-only (0700);
/// folders that exist are left as they are (an operator's choice).
pub fn create_private_dir_all(dir: &Path) -> Result<(), FileError> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| FileError::new("create the folder", dir, &e))
}

/// Creates a new file readable by the owner only (0600), with its parent
/// folders; refuses a file that exists.
pub fn create_private(path: &Path) -> Result<File, FileError> {
    if let Some(parent) = path.parent() {
        create_private_dir_all(parent)?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            FileError {
                action: "create",
                path: path.to_path_buf(),
                reason: "it already exists, and is never overwritten: choose another name or move it away".into(),
            }
        } else {
            FileError::new("create", path, &e)
        }
    })
}

/// Writes `text` to a new owner-only file, flushed to disk.
pub fn write_private(path: &Path, text: &str) -> Result<(), FileError> {
    let mut file = create_private(path)?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| FileError::new("write", path, &e))
}

/// Whether other users may read `path` (group or world bits set).
pub fn readable_by_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// A temporary name next to `path` (same folder, so a rename is atomic).
pub fn temporary_next_to(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.partial-{}", std::process::id()))
}

/// Moves a finished temporary file into place and makes the rename durable.
pub fn rename_into_place(tmp: &Path, path: &Path) -> Result<(), FileError> {
    if path.exists() {
        let _ = std::fs::remove_file(tmp);
        return Err(FileError {
            action: "write",
            path: path.to_path_buf(),
            reason: "it appeared while the copy was being made, and is never overwritten".into(),
        });
    }
    std::fs::rename(tmp, path).map_err(|e| FileError::new("write", path, &e))?;
    // The rename is only durable once the folder itself is on disk.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        std::fs::metadata(p).expect("meta").permissions().mode() & 0o777
    }

    #[test]
    fn private_files_and_folders_are_owner_only_and_never_overwritten() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("a/b/secret");
        write_private(&file, "x").expect("write");
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&dir.path().join("a/b")), 0o700);
        let again = write_private(&file, "y").expect_err("refused");
        assert!(again.to_string().contains("never overwritten"), "{again}");
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "x");
        assert!(!readable_by_others(&file));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        assert!(readable_by_others(&file));
    }

    #[test]
    fn os_errors_are_said_once_without_their_number() {
        let e = std::fs::read("/nonexistent/heard").expect_err("missing");
        assert_eq!(reason(&e), "No such file or directory");
        let err = FileError::new("read", Path::new("/nonexistent/heard"), &e);
        assert_eq!(
            err.to_string(),
            "cannot read /nonexistent/heard: No such file or directory"
        );
    }
}
