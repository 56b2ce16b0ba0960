//! The web survey page (`web/`, built by `cargo xtask web`), served under
//! each public survey link's path, `/s/<link>/`, so a resident's browser
//! loads the page, the engine and the questionnaire from one origin.
//! The files are read once, at startup, and kept in memory, or built into
//! the binary (`HEARD_WEB_PAGE_DIR` at build time, see `build.rs`).

use axum::body::Bytes;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::path::Path;

/// The page's files and their media types: nothing else is served.
pub const FILES: [(&str, &str); 7] = [
    ("index.html", "text/html; charset=utf-8"),
    ("app.js", "text/javascript; charset=utf-8"),
    ("upload.js", "text/javascript; charset=utf-8"),
    ("style.css", "text/css; charset=utf-8"),
    ("sw.js", "text/javascript; charset=utf-8"),
    ("heard_web.js", "text/javascript; charset=utf-8"),
    ("heard_web_bg.wasm", "application/wasm"),
];

/// What the page may do, sent with every file: scripts and styles from
/// this origin only (the engine needs `wasm-unsafe-eval` to compile),
/// requests to this origin only, recordings played from `blob:` URLs, and
/// no framing, forms, plugins or base rewriting.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; media-src blob:; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// A page that cannot be served.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// A file of the page is missing or unreadable.
    #[error(
        "the web survey page in {dir} lacks {file} ({reason}): build it with `cargo xtask web --out {dir}`"
    )]
    Missing {
        /// The folder given.
        dir: String,
        /// The file.
        file: &'static str,
        /// Why it could not be read.
        reason: String,
    },
    /// The page built into this binary lacks a file.
    #[error(
        "the web survey page built into this heard-server lacks {file}: rebuild it with `cargo xtask web --server`, or give --web-page DIR"
    )]
    EmbeddedIncomplete {
        /// The file.
        file: &'static str,
    },
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_page.rs"));
}

/// The page's files, in memory.
#[derive(Debug, Clone, Default)]
pub struct Page {
    files: BTreeMap<&'static str, (&'static str, Bytes)>,
}

impl Page {
    /// Reads every file of [`FILES`] from `dir`, refusing a folder that
    /// lacks one (a half-built page would fail in residents' browsers).
    pub fn load(dir: &Path) -> Result<Page, PageError> {
        let mut files = BTreeMap::new();
        for (name, media_type) in FILES {
            let bytes = std::fs::read(dir.join(name)).map_err(|e| PageError::Missing {
                dir: dir.display().to_string(),
                file: name,
                reason: e.to_string(),
            })?;
            files.insert(name, (media_type, Bytes::from(bytes)));
        }
        Ok(Page { files })
    }

    /// The page built into this binary, if it was built with one; refused
    /// when a file is missing, as [`Page::load`] refuses a folder.
    pub fn embedded() -> Result<Option<Page>, PageError> {
        Self::from_files(embedded::EMBEDDED)
    }

    /// A page from `(name, bytes)` pairs; `None` when there are none.
    fn from_files(given: &[(&str, &'static [u8])]) -> Result<Option<Page>, PageError> {
        if given.is_empty() {
            return Ok(None);
        }
        let mut files = BTreeMap::new();
        for (name, media_type) in FILES {
            let (_, bytes) = given
                .iter()
                .find(|(n, _)| *n == name)
                .ok_or(PageError::EmbeddedIncomplete { file: name })?;
            files.insert(name, (media_type, Bytes::from_static(bytes)));
        }
        Ok(Some(Page { files }))
    }

    /// The page's size in bytes (for the startup log).
    pub fn len(&self) -> usize {
        self.files.values().map(|(_, b)| b.len()).sum()
    }

    /// Whether the page has no bytes at all.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The file `name` (`""` is the page itself) with its headers, or 404.
    pub fn respond(&self, name: &str) -> Response {
        let name = if name.is_empty() { "index.html" } else { name };
        let Some((media_type, bytes)) = self.files.get(name) else {
            return (StatusCode::NOT_FOUND, "no such file").into_response();
        };
        let mut response = (StatusCode::OK, bytes.clone()).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
        for (name, value) in SECURITY_HEADERS {
            headers.insert(name, HeaderValue::from_static(value));
        }
        response
    }
}

/// Sent with every file of the page. `no-cache` lets the service worker
/// and the browser check for a new page each time they are online; the
/// service worker keeps its own copy for offline use.
const SECURITY_HEADERS: [(header::HeaderName, &str); 6] = [
    (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
    (header::REFERRER_POLICY, "no-referrer"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::CACHE_CONTROL, "no-cache"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (
        header::HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_missing_a_file_is_refused_by_name() {
        let dir = tempfile::tempdir().expect("dir");
        for (name, _) in &FILES[..6] {
            std::fs::write(dir.path().join(name), b"x").expect("write");
        }
        let e = Page::load(dir.path()).expect_err("no wasm").to_string();
        assert!(e.contains("lacks heard_web_bg.wasm"), "{e}");
        assert!(e.contains("cargo xtask web --out"), "{e}");
    }

    #[test]
    fn a_built_in_page_needs_every_file() {
        assert!(Page::from_files(&[]).expect("none").is_none());
        let all: Vec<(&str, &'static [u8])> =
            FILES.iter().map(|(n, _)| (*n, n.as_bytes())).collect();
        let page = Page::from_files(&all).expect("whole").expect("some");
        assert_eq!(page.respond("sw.js").status(), StatusCode::OK);
        let e = Page::from_files(&all[1..])
            .expect_err("no index.html")
            .to_string();
        assert!(e.contains("lacks index.html"), "{e}");
        assert!(e.contains("cargo xtask web --server"), "{e}");
    }

    #[test]
    fn files_carry_their_type_and_the_policy() {
        let dir = tempfile::tempdir().expect("dir");
        for (name, _) in FILES {
            std::fs::write(dir.path().join(name), name.as_bytes()).expect("write");
        }
        let page = Page::load(dir.path()).expect("page");
        let index = page.respond("");
        assert_eq!(index.status(), StatusCode::OK);
        assert_eq!(
            index.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
        assert_eq!(
            index.headers()[header::CONTENT_SECURITY_POLICY],
            CONTENT_SECURITY_POLICY
        );
        assert_eq!(
            page.respond("heard_web_bg.wasm").headers()[header::CONTENT_TYPE],
            "application/wasm"
        );
        assert_eq!(
            page.respond("../Cargo.toml").status(),
            StatusCode::NOT_FOUND
        );
    }
}
