//! The commands the UI calls. Each one is thin: it turns UI input into engine and connect calls and
//! their errors into [`crate::error::AppError`]. Every `#[tauri::command(rename_all = "snake_case")]`
//! here is a command the UI may call: build.rs lists them (`src/ipc_gen.rs`) for the handler and the
//! permissions, and `ui/bindings.js` is generated from them.

pub mod check;
pub mod connect;
pub mod email;
pub mod explain;
pub mod export;
pub mod language;
pub mod stores;
pub mod url;
pub mod watch;

use serde::Serialize;

use handshake_engine::{AccessRow, Report};

use crate::state::AppState;

/// A finished check as the UI receives it: the (redacted) report, its id for Copy and Export, and the
/// access matrix.
#[derive(Debug, Clone, Serialize)]
pub struct CheckedReport {
    pub report_id: String,
    pub report: Report,
    pub access: Vec<AccessRow>,
    /// The store refused the credentials the check ran with (revoked, regenerated, user deleted).
    pub credentials_refused: bool,
    /// New keys (a reconnect) would fix something the check found.
    pub new_credentials_fix: bool,
}

impl CheckedReport {
    pub fn keep(state: &AppState, report: Report) -> CheckedReport {
        CheckedReport::keep_with_copy(state, report, None)
    }

    /// Keeps the report with its English copy (the host e-mail quotes both).
    pub fn keep_with_copy(
        state: &AppState,
        report: Report,
        english: Option<Report>,
    ) -> CheckedReport {
        let access = report.access();
        let credentials_refused = report.credentials_refused();
        let new_credentials_fix = report.new_credentials_fix();
        let report_id = state.keep_report_with_copy(report.clone(), english);
        CheckedReport {
            report_id,
            report,
            access,
            credentials_refused,
            new_credentials_fix,
        }
    }
}

/// Which keyring holds the keys on this platform; strings.js says it in words.
pub fn keyring_kind() -> &'static str {
    if cfg!(target_os = "macos") {
        "keychain"
    } else if cfg!(target_os = "windows") {
        "credential-manager"
    } else {
        "secret-service"
    }
}
