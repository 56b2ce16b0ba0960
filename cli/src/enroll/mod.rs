//! What `heard enroll` keeps and prints beside the server's enrollment
//! codes: a copy of each code's payload in the organization folder, so a
//! code can be shown and printed again ([`Copies`]), and the printable
//! enrollment sheet ([`sheet`]).
//!
//! The copies are `heard-org/enrollment/HANDLE.txt`, owner-only. They hold
//! the one-time code and the group's secret key; the folder already holds
//! every group's secret key (`groups.toml`), so keeping them there exposes
//! nothing new, while the code itself lets whoever reads the file enroll a
//! device until it expires or is used up. Copies of codes that can no
//! longer enroll are removed when the codes are listed.

pub mod sheet;

use crate::error::{Error, IoContext, Result};
use crate::org::Org;
use heard_protocol::signing::QrPayload;
use heard_protocol::{code_handle, valid_code_handle};
use std::path::{Path, PathBuf};

/// The folder inside the organization folder that holds the copies.
pub const COPIES_DIR: &str = "enrollment";

/// One kept copy of an enrollment code, checked.
#[derive(Debug, Clone)]
pub struct LocalCode {
    /// The code's handle ([`code_handle`] of the code).
    pub handle: String,
    /// The file.
    pub path: PathBuf,
    /// The QR code's text, as devices scan it.
    pub payload: String,
    /// What a device shows when it scans it.
    pub offer: heard_device::enroll::Offer,
}

/// The copies of one organization folder.
pub struct Copies {
    dir: PathBuf,
    words: Vec<String>,
}

impl Copies {
    /// The copies kept in `org`'s folder.
    pub fn new(org: &Org) -> Copies {
        Copies {
            dir: org.dir().join(COPIES_DIR),
            words: org
                .public_key()
                .fingerprint_words()
                .into_iter()
                .map(str::to_string)
                .collect(),
        }
    }

    /// The folder (`heard-org/enrollment`).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the copy of `handle` is kept (whether or not it exists).
    pub fn path(&self, handle: &str) -> PathBuf {
        self.dir.join(format!("{handle}.txt"))
    }

    /// Keeps a copy of `payload` (0600, in a 0700 folder); returns the
    /// code's handle and the file.
    pub fn keep(&self, payload: &str) -> Result<(String, PathBuf)> {
        let code = QrPayload::decode(payload)
            .map_err(|e| Error::Usage(format!("cannot keep a copy of the enrollment code: {e}")))?;
        let handle = code_handle(&code.code);
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&self.dir).at(&self.dir)?;
        let path = self.path(&handle);
        crate::files::write_atomic(&path, format!("{}\n", payload.trim()).as_bytes(), true)?;
        Ok((handle, path))
    }

    /// The handles of every copy kept, by file name, sorted. Files that
    /// are not named like a copy are left out (and left alone).
    pub fn handles(&self) -> Result<Vec<String>> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).at(&self.dir),
        };
        let mut handles = Vec::new();
        for entry in entries {
            let entry = entry.at(&self.dir)?;
            let name = entry.file_name();
            let Some(handle) = name.to_str().and_then(|n| n.strip_suffix(".txt")) else {
                continue;
            };
            if valid_code_handle(handle) {
                handles.push(handle.to_string());
            }
        }
        handles.sort();
        Ok(handles)
    }

    /// The copy of `handle`, checked: a Heard code with that handle, signed
    /// by this organization. `None` when no copy is kept.
    pub fn read(&self, handle: &str) -> Result<Option<LocalCode>> {
        check_handle(handle)?;
        let path = self.path(handle);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).at(&path),
        };
        let bad = |message: String| Error::BadFile {
            path: path.clone(),
            message,
        };
        let payload = text.trim().to_string();
        let code = QrPayload::decode(&payload)
            .map_err(|_| bad("not an enrollment code (damaged?); delete it".into()))?;
        if code_handle(&code.code) != handle {
            return Err(bad(format!(
                "holds code {} rather than {handle} (renamed?); delete it",
                code_handle(&code.code)
            )));
        }
        let offer =
            heard_device::enroll::read_qr(&payload).map_err(|e| bad(format!("{e}; delete it")))?;
        if offer.fingerprint != self.words {
            return Err(bad(format!(
                "this code is signed by another organization key (its words are {}, this folder's {}); delete it",
                offer.fingerprint.join(" "),
                self.words.join(" ")
            )));
        }
        Ok(Some(LocalCode {
            handle: handle.to_string(),
            path,
            payload,
            offer,
        }))
    }

    /// Removes the copy of `handle`; whether there was one.
    pub fn remove(&self, handle: &str) -> Result<bool> {
        check_handle(handle)?;
        let path = self.path(handle);
        match std::fs::remove_file(&path) {
            Ok(()) => {
                crate::files::sync_dir(&self.dir)?;
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e).at(&path),
        }
    }
}

/// Refuses what is not a code handle, before it names a file or a URL.
pub fn check_handle(handle: &str) -> Result<()> {
    if valid_code_handle(handle) {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "{handle:?} is not a code handle: a handle is 16 digits and letters a to f, as heard enroll list shows"
        )))
    }
}

/// Unix seconds as `YYYY-MM-DD HH:MM UTC`.
pub fn utc_minute(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0).map_or_else(
        || secs.to_string(),
        |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_kept_private_read_back_checked_and_removed() {
        let dir = tempfile::tempdir().expect("dir");
        let recipient = age::x25519::Identity::generate().to_public().to_string();
        let mut org = Org::init(
            &dir.path().join("org"),
            "Aid",
            "https://heard.example.org",
            &[recipient],
        )
        .expect("org");
        let (key, _) = org.group_secret("north").expect("group");
        org.add_group("north", &key).expect("keep group");
        let payload = QrPayload {
            code: "a-one-time-code".into(),
            group: "north".into(),
            group_key: key.to_base64(),
            org_key: org.public_key().to_base64(),
            config: org.signed_config(),
        }
        .encode();
        let copies = Copies::new(&org);
        assert_eq!(copies.handles().expect("none yet"), Vec::<String>::new());
        let (handle, path) = copies.keep(&payload).expect("keep");
        assert_eq!(handle, code_handle("a-one-time-code"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(copies.dir()), 0o700);
        }
        let local = copies.read(&handle).expect("read").expect("kept");
        assert_eq!(local.payload, payload);
        assert_eq!(local.offer.group, "north");
        assert_eq!(copies.handles().expect("one"), vec![handle.clone()]);
        // A copy under another code's name is refused, not shown.
        let other = code_handle("another");
        std::fs::copy(&path, copies.path(&other)).expect("copy");
        let err = copies.read(&other).expect_err("renamed");
        assert!(err.to_string().contains("renamed"), "{err}");
        assert!(copies.read("nothex").is_err());
        assert!(copies.read(&code_handle("never")).expect("none").is_none());
        assert!(copies.remove(&handle).expect("removed"));
        assert!(!copies.remove(&handle).expect("gone"));
    }
}
