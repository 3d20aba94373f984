//! The one HTTP client every probe shares, and the record of each request it made.

pub(crate) mod client;
pub(crate) mod exchange;
pub(crate) mod json;

pub use client::{Auth, FetchError, HttpClient, ProbeRequest, BODY_CAP, MAX_REDIRECTS};
pub use exchange::{Exchange, Fetched};
pub use json::lenient_json;
