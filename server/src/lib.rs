//! `heard-server`: relays sealed submissions it cannot read. It stores age
//! envelopes with minimal routing metadata (submission id, questionnaire id
//! and version, the hour received), enrolls devices with expiring codes, and
//! hands envelopes to the organization's `heard pull`.

pub mod auth;
pub mod error;
pub mod ratelimit;
pub mod routes;
pub mod store;

pub use routes::{AppState, router};
