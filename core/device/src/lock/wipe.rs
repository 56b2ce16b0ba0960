//! Wiping the store for the lock, the way panic wipe does it: keys first,
//! then files.

use crate::error::{Error, Result};
use crate::secret::{DEVICE_IDENTITY, DEVICE_TOKEN, GROUP_KEY, SecretStore};
use crate::store::Store;
use std::path::{Path, PathBuf};

/// The store a wipe destroys: open (a phone's store may be open behind the
/// lock screen), shared (the app keeps it behind a lock that a sync may also
/// hold), or only its path (on the desktop the store cannot be opened before
/// the PIN unwraps its key).
pub enum WipeTarget<'a> {
    /// An open store: [`Store::panic_wipe`] destroys it. Boxed because a
    /// `Store` is large and the other variants are a pointer.
    Open(Box<Store>),
    /// A store the caller keeps: [`Store::wipe`] destroys it and leaves the
    /// handle closed.
    Shared(&'a mut Store),
    /// The database file of a store that is not open.
    Closed(PathBuf),
}

impl From<Store> for WipeTarget<'_> {
    fn from(store: Store) -> Self {
        WipeTarget::Open(Box::new(store))
    }
}

impl<'a> From<&'a mut Store> for WipeTarget<'a> {
    fn from(store: &'a mut Store) -> Self {
        WipeTarget::Shared(store)
    }
}

impl From<PathBuf> for WipeTarget<'_> {
    fn from(path: PathBuf) -> Self {
        WipeTarget::Closed(path)
    }
}

impl From<&Path> for WipeTarget<'_> {
    fn from(path: &Path) -> Self {
        WipeTarget::Closed(path.to_path_buf())
    }
}

/// Destroys the store's keys, then its files.
pub(crate) fn wipe_store(target: WipeTarget<'_>, secrets: &dyn SecretStore) -> Result<()> {
    match target {
        WipeTarget::Open(store) => store.panic_wipe(secrets),
        WipeTarget::Shared(store) => store.wipe(secrets),
        WipeTarget::Closed(path) => wipe_closed(&path, secrets),
    }
}

/// [`Store::panic_wipe`]'s sequence for a store that is not open: the same
/// `.wiping` marker (so [`Store::open`] finishes an interrupted wipe), the
/// same keys deleted first, then the database and its `-wal` and `-shm`
/// files overwritten and removed.
fn wipe_closed(path: &Path, secrets: &dyn SecretStore) -> Result<()> {
    let marker = sidecar(path, ".wiping");
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        })?;
    }
    std::fs::write(&marker, b"wipe in progress").map_err(|e| Error::Io {
        path: marker.clone(),
        source: e,
    })?;
    for name in [DEVICE_IDENTITY, GROUP_KEY, DEVICE_TOKEN] {
        secrets.delete(name.to_string())?;
    }
    for file in [
        path.to_path_buf(),
        sidecar(path, "-wal"),
        sidecar(path, "-shm"),
    ] {
        remove_overwritten(&file)?;
    }
    std::fs::remove_file(&marker).map_err(|e| Error::Io {
        path: marker,
        source: e,
    })
}

/// Overwrites `file` with zeros (a best effort on flash storage, where the
/// old blocks may survive) and removes it; a missing file is fine.
pub(crate) fn remove_overwritten(file: &Path) -> Result<()> {
    if let Ok(len) = std::fs::metadata(file).map(|m| m.len()) {
        let _ = std::fs::write(file, vec![0u8; usize::try_from(len).unwrap_or(0)]);
    }
    match std::fs::remove_file(file) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::Io {
            path: file.to_path_buf(),
            source: e,
        }),
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}
