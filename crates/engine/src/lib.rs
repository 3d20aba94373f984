//! Handshake's probe engine: probes a WooCommerce store, proves why an app cannot connect, and writes
//! the fix. No terminal or desktop code lives here; the CLI and the wizard render its [`Report`].

mod analysis;
mod catalog;
mod credential_scope;
mod credentials;
mod details;
mod diagnose;
mod finding_id;
mod firewall;
mod fixes;
pub mod host_email;
mod http;
pub mod human;
mod key_access;
pub mod net;
mod oauth1;
#[cfg(any(test, feature = "internals"))]
mod plain_words;
mod probes;
mod profile;
pub mod remote_check;
mod report;
pub mod safe_text;
mod store_url;
pub mod vantage;
mod wp;

/// Not the engine's API: what the workspace's own tests, benchmarks and fuzz targets reach inside
/// for (the HTTP client, the probe graph, the fix generators, the parsers). Front ends never enable
/// this feature; a test (tests/tests/engine_api.rs) keeps them off it.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals;

pub use analysis::Diagnosis;
pub use credentials::{AppPassword, CredentialError, Credentials, Redactor, WooKeys};
pub use details::{CredentialKind, Details, ServerKind};
pub use diagnose::{
    diagnose, diagnose_also_in, no_progress, DiagnoseOptions, EngineError, DEFAULT_TIMEOUT,
};
pub use finding_id::FindingId;
pub use key_access::{proven_permissions, Access, AccessRow};
pub use net::trust::Trust;
pub use probes::graph::{ProgressEvent, ProgressSink};
pub use probes::{ProbeId, RecordId};
pub use profile::{Profile, ProfileError, ProfileProblem, Resource, Scope, BROWSER_USER_AGENT};
pub use report::{
    BlockSeen, Evidence, Finding, Fix, FixKind, Lang, Outcome, ProbeRecord, RemoteCheck, Report,
    Severity, Vantage, Verdict, REPORT_SCHEMA,
};
pub use store_url::{StoreUrl, StoreUrlError};
