//! Handshake's probe engine: probes a WooCommerce store, proves why an app cannot connect, and writes
//! the fix. No terminal or desktop code lives here; the CLI and the wizard render its [`Report`].

pub mod analysis;
pub mod catalog;
pub mod credential_scope;
pub mod credentials;
pub mod details;
pub mod diagnose;
pub mod finding_id;
pub mod firewall;
pub mod fixes;
pub mod host_email;
pub mod http;
pub mod human;
mod key_access;
pub mod net;
pub mod oauth1;
pub mod plain_words;
pub mod probes;
pub mod profile;
pub mod remote_check;
pub mod report;
pub mod safe_text;
pub mod store_url;
pub mod vantage;
pub mod wp;

pub use credentials::{AppPassword, Credentials, WooKeys};
pub use diagnose::{diagnose, no_progress, DiagnoseOptions, EngineError, DEFAULT_TIMEOUT};
pub use finding_id::FindingId;
pub use key_access::{proven_permissions, Access, AccessRow};
pub use net::trust::Trust;
pub use probes::graph::{ProgressEvent, ProgressSink};
pub use probes::ProbeId;
pub use profile::{Profile, Resource, Scope};
pub use report::{
    Evidence, Finding, Fix, FixKind, Outcome, ProbeRecord, Report, Severity, Vantage, Verdict,
};
pub use store_url::{StoreUrl, StoreUrlError};
