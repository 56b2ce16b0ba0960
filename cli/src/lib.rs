//! The organization's side of Heard, as a library the `heard` binary (and
//! its tests and benchmarks) use: the organization folder with its signing
//! key and enrollment groups, the admin client, QR codes, pulling and
//! decrypting envelopes, exports, reports and the demo.

pub mod admin;
pub mod demo;
pub mod enroll;
pub mod error;
pub mod export;
pub mod files;
pub mod keys;
pub mod link;
pub mod org;
pub mod pull;
pub mod qr;
pub mod rehearse;
pub mod report;
pub mod shipped;

pub use error::{Error, Result};
