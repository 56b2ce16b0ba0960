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
pub mod import;
pub mod keygen;
pub mod preview;

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
