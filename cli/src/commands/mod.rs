//! One module per `heard` subcommand.

pub mod check;
pub mod preview;
