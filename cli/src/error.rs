//! The organization tool's errors: each names the file, server or item it
//! is about and says what to do.

use std::path::PathBuf;

/// Everything the `heard` library can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {}", path.display(), plain_io(source))]
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
    Load(#[from] heard_engine::LoadError),
    /// An error from Heard's questionnaire engine.
    #[error(transparent)]
    Engine(#[from] heard_engine::Error),
    /// An error from Heard's device layer (the demo and rehearsal devices).
    #[error(transparent)]
    Core(#[from] heard_device::Error),
    /// A spreadsheet could not be written.
    #[error("cannot write the spreadsheet {}: {reason}", path.display())]
    Xlsx {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A report would spend more privacy budget than is left.
    #[error(
        "{}: this report would spend {cost:.2} of the privacy budget of {questionnaire}, and only {left:.2} of {budget:.2} is left. Every new release of figures about the same people adds to what an outsider can learn about each of them. Publish less often, reuse an earlier report, or, if your organization decided to accept the risk, run again with --over-budget (it is recorded in the ledger).",
        path.display()
    )]
    BudgetSpent {
        /// The ledger file.
        path: PathBuf,
        /// The questionnaire whose budget it is.
        questionnaire: String,
        /// What this report would cost.
        cost: f64,
        /// What is left.
        left: f64,
        /// The whole budget.
        budget: f64,
    },
    /// Random noise could not be drawn (no system entropy).
    #[error(
        "cannot draw the random adjustments that protect the figures: {0}. Nothing was written; try again."
    )]
    Noise(String),
    /// The disclosure audit's solver failed.
    #[error(
        "the disclosure check of the report could not finish ({0}). Nothing was written; please report this."
    )]
    Audit(String),
    /// No browser to print a PDF or draw an image with.
    #[error(
        "cannot write {}: headless Chromium draws it and was not found (looked for {looked}). Install the Debian package chromium (sudo apt-get install chromium), or set HEARD_CHROMIUM to the browser's path.",
        path.display()
    )]
    BrowserMissing {
        /// The PDF that was asked for.
        path: PathBuf,
        /// Where the browser was looked for.
        looked: String,
    },
    /// Chromium could not print the PDF.
    #[error("cannot write the PDF {}: {reason}", path.display())]
    Pdf {
        /// The PDF that was asked for.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// An operating-system error in words a person knows, without its
/// number ("No such file or directory (os error 2)" reads "no such file
/// or folder").
pub fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "no such file or folder".into(),
        K::PermissionDenied => "permission denied (check who owns it and its mode)".into(),
        K::AlreadyExists => "already exists".into(),
        K::StorageFull => "the disk is full: free some space and run the command again".into(),
        K::IsADirectory => "is a folder, not a file".into(),
        K::NotADirectory => "a part of the path is a file, not a folder".into(),
        K::ReadOnlyFilesystem => "the disk is read-only".into(),
        K::DirectoryNotEmpty => "the folder is not empty".into(),
        K::InvalidData => "holds text that is not valid UTF-8".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(at) => text[..at].to_string(),
                None => text,
            }
        }
    }
}

impl Error {
    /// The same error about `path` instead (a file's temporary twin is
    /// not a name the person knows).
    pub fn about(self, path: &std::path::Path) -> Error {
        match self {
            Error::Io { source, .. } => Error::Io {
                path: path.to_path_buf(),
                source,
            },
            other => other,
        }
    }
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
