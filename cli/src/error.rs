//! The organization tool's errors: each names the file, server or item it
//! is about and says what to do.

use std::path::PathBuf;

/// Everything the `heard` library can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file exists but says something unusable.
    #[error("{}: {message}", path.display())]
    BadFile {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the line where known.
        message: String,
    },
    /// A secret file that would be overwritten.
    #[error("{}: already exists and is never overwritten", path.display())]
    AlreadyExists {
        /// The file.
        path: PathBuf,
    },
    /// A line of a file says something unusable.
    #[error("{}:{line}: {message}", path.display())]
    AtLine {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The server could not be reached at all.
    #[error(
        "cannot reach the server at {server}: {reason}. Check the address and your connection."
    )]
    Unreachable {
        /// The server's address.
        server: String,
        /// The transport error.
        reason: String,
    },
    /// The server answered with an error.
    #[error("the server at {server} refused: {message} (HTTP {status})")]
    Refused {
        /// The server's address.
        server: String,
        /// The HTTP status.
        status: u16,
        /// Its message.
        message: String,
    },
    /// A command-line value that cannot be used.
    #[error("{0}")]
    Usage(String),
    /// The steward's key does not open any of the envelopes.
    #[error(
        "{}: this key opens none of the submissions on the server (they were sealed to another organization key). Nothing was written. Use the identity file whose public key the devices were enrolled with.",
        path.display()
    )]
    WrongIdentity {
        /// The identity file.
        path: PathBuf,
    },
    /// A questionnaire that does not load.
    #[error(transparent)]
    Load(#[from] heard_core::LoadError),
    /// An error from Heard's core.
    #[error(transparent)]
    Core(#[from] heard_core::Error),
    /// A spreadsheet could not be written.
    #[error("cannot write the spreadsheet {}: {reason}", path.display())]
    Xlsx {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// Shorthand.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attaches a path to an I/O error.
pub(crate) trait IoContext<T> {
    fn at(self, path: impl Into<PathBuf>) -> Result<T>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn at(self, path: impl Into<PathBuf>) -> Result<T> {
        self.map_err(|source| Error::Io {
            path: path.into(),
            source,
        })
    }
}
