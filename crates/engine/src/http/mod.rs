//! The one HTTP client every probe shares, and the record of each request it made.

pub(crate) mod client;
pub(crate) mod exchange;
pub(crate) mod json;

#[cfg(feature = "internals")]
pub use client::MAX_REDIRECTS;
pub use client::{Auth, FetchError, HttpClient, ProbeRequest, BODY_CAP};
pub use exchange::{Exchange, Fetched};
#[cfg(any(test, feature = "internals"))]
pub use json::lenient_json;
