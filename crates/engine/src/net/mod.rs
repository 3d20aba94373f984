//! Network plumbing shared by every probe: name resolution, trust roots, and the raw TLS check.

pub mod policy;
pub mod resolve;
pub(crate) mod tls_check;
pub(crate) mod trust;
pub(crate) mod trusted_leaf;
