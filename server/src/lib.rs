//! `heard-server`: relays sealed submissions it cannot read. It stores age
//! envelopes with minimal routing metadata (submission id, questionnaire id
//! and version, the hour received), enrolls devices with expiring codes, and
//! hands envelopes to the organization's `heard pull`.

mod admin;
pub mod auth;
pub mod backup;
pub mod error;
pub mod files;
mod links;
pub mod migrate;
pub mod page;
pub mod ratelimit;
pub mod routes;
pub mod store;
pub mod token;

pub use routes::{AppState, router};
