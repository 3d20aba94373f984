//! The one HTTP client every probe shares, and the record of each request it made.

pub mod client;
pub mod exchange;

pub use client::{Auth, FetchError, HttpClient, ProbeRequest, BODY_CAP};
pub use exchange::{Exchange, Fetched};
