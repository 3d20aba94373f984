//! Probes: small units that each ask the store one question and keep what they saw. They declare
//! what they depend on and [`graph`] runs each as soon as its inputs are known; the analysis turns
//! their evidence into findings.

pub(crate) mod access;
pub(crate) mod auth;
pub(crate) mod cache_contrast;
pub(crate) mod clock;
pub mod context;
#[cfg(any(test, feature = "internals"))]
pub mod critical;
pub mod graph;
pub mod id;
pub(crate) mod legacy_api;
pub(crate) mod network;
pub(crate) mod oauth_site;
pub(crate) mod reach;
pub(crate) mod rest;
pub mod result;
pub(crate) mod woocommerce_status;

pub use context::Context;
pub use id::{ProbeId, RecordId};
pub use result::{ProbeData, ProbeResult, Results};
