//! Probes: small units that each ask the store one question and keep what they saw. They declare
//! what they depend on and [`graph`] runs each as soon as its inputs are known; the analysis turns
//! their evidence into findings.

pub mod access;
pub mod auth;
pub mod cache_contrast;
pub mod clock;
pub mod context;
pub mod critical;
pub mod graph;
pub mod id;
pub mod legacy_api;
pub mod network;
pub mod oauth_site;
pub mod reach;
pub mod rest;
pub mod result;
pub mod woocommerce_status;

pub use context::Context;
pub use id::ProbeId;
pub use result::{ProbeData, ProbeResult, Results};
