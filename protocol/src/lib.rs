//! Heard's wire protocol, version 1: the JSON bodies exchanged between a
//! device, `heard-server` and the organization's `heard` tool, and the checks
//! every party applies to a sealed envelope before storing or opening it.
//! See `docs/PROTOCOL.md`.

pub mod audio;
pub mod envelope;
pub mod signing;
pub mod wire;

pub use envelope::{EnvelopeError, EnvelopeLimits, check_envelope};
pub use wire::*;

/// The protocol version spoken here; it is part of every path (`/v1/…`).
pub const PROTOCOL_VERSION: u32 = 1;
