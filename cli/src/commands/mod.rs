//! One module per `heard` subcommand. Commands build their report in a
//! `String` and [`emit`] it, so a closed pipe (`heard … | head`) ends quietly.

use std::io::Write;

/// `writeln!` into a `String`, which cannot fail.
macro_rules! outln {
    ($out:expr) => {
        $out.push('\n')
    };
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

pub mod check;
pub mod demo;
pub mod devices;
pub mod enroll;
pub mod import;
pub mod init;
pub mod keygen;
pub mod link;
pub mod org;
pub mod preview;
pub mod publish;
pub mod pull;
pub mod rehearse;
pub mod report;
pub mod status;

/// The server a command talks to, as given on the command line.
pub struct Target {
    /// `--server`, if given.
    pub server: Option<String>,
    /// `--admin-token`.
    pub admin_token: String,
}

impl Target {
    /// The admin client: `--server`, or the organization's own server.
    pub fn admin(
        &self,
        org: Option<&heard_cli::org::Org>,
    ) -> anyhow::Result<heard_cli::admin::Admin> {
        let server = match (&self.server, org) {
            (Some(s), _) => s.clone(),
            (None, Some(org)) => org.file.server.clone(),
            (None, None) => anyhow::bail!(
                "which server? Pass --server URL (or create the organization folder with heard org init)"
            ),
        };
        Ok(heard_cli::admin::Admin::new(&server, &self.admin_token)?)
    }
}

/// Writes a command's report to standard output; a reader that went away
/// (a closed pipe) is not an error.
pub fn emit(out: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
