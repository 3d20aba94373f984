//! What the app remembers between commands: running checks (to cancel them), recent reports (so Copy
//! and Export work on exactly what the engine produced), the demo store, and files it exported.
//! Never a secret: credentials go from the keyring (or the one paste) straight into a diagnosis.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::Mutex;

use tokio::sync::oneshot;

use handshake_demo::RunningStore;
use handshake_engine::{Report, StoreUrl, Trust};

use crate::error::AppError;

/// How many reports stay available for Copy and Export.
const KEPT_REPORTS: usize = 16;

pub struct Demo {
    pub scenario: String,
    pub store: RunningStore,
    pub url: StoreUrl,
    pub trust: Trust,
}

#[derive(Default)]
pub struct AppState {
    /// `--ca-cert PEM`: also trust this CA (stores behind a private CA, and tests).
    pub extra_ca_pem: Option<String>,
    /// The callback relay for "Authorize in the browser" (`--relay`, HANDSHAKE_RELAY_URL, or the
    /// build's default).
    pub relay_url: Option<String>,
    pub demo: tokio::sync::Mutex<Option<Demo>>,
    runs: Mutex<HashMap<u32, oneshot::Sender<()>>>,
    /// Each report, with the same findings in English when it was written in another language
    /// (the host e-mail's English copy).
    reports: Mutex<VecDeque<(String, Report, Option<Report>)>>,
    next_report: Mutex<u64>,
    exported: Mutex<HashSet<PathBuf>>,
}

/// Removes a run's cancel switch when the run ends, however it ends.
pub struct RunGuard<'a> {
    state: &'a AppState,
    id: u32,
}

impl Drop for RunGuard<'_> {
    fn drop(&mut self) {
        self.state.runs.lock().expect("runs lock").remove(&self.id);
    }
}

impl AppState {
    pub fn new(extra_ca_pem: Option<String>, relay_url: Option<String>) -> AppState {
        AppState {
            extra_ca_pem,
            relay_url,
            ..AppState::default()
        }
    }

    /// The roots a real store is checked with: the system's, plus `--ca-cert` when given.
    pub fn trust(&self) -> Result<Trust, AppError> {
        let mut trust = Trust::system();
        if let Some(pem) = &self.extra_ca_pem {
            trust
                .add_pem(pem, "--ca-cert")
                .map_err(|e| AppError::CheckFailed {
                    detail: e.to_string(),
                })?;
        }
        Ok(trust)
    }

    /// Registers a run that `cancel` can stop; the receiver fires on cancel.
    pub fn start_run(&self, id: u32) -> (RunGuard<'_>, oneshot::Receiver<()>) {
        let (tx, rx) = oneshot::channel();
        self.runs.lock().expect("runs lock").insert(id, tx);
        (RunGuard { state: self, id }, rx)
    }

    /// Stops a run; false when it had already ended.
    pub fn cancel(&self, id: u32) -> bool {
        match self.runs.lock().expect("runs lock").remove(&id) {
            Some(tx) => tx.send(()).is_ok(),
            None => false,
        }
    }

    /// Keeps a report for Copy and Export and returns its id.
    pub fn keep_report(&self, report: Report) -> String {
        self.keep_report_with_copy(report, None)
    }

    /// Keeps `report` and its English copy (see [`AppState::english_copy`]).
    pub fn keep_report_with_copy(&self, report: Report, english: Option<Report>) -> String {
        let id = {
            let mut n = self.next_report.lock().expect("report counter");
            *n += 1;
            format!("report-{n}")
        };
        let mut reports = self.reports.lock().expect("reports lock");
        reports.push_back((id.clone(), report, english));
        while reports.len() > KEPT_REPORTS {
            reports.pop_front();
        }
        id
    }

    pub fn report(&self, id: &str) -> Result<Report, AppError> {
        self.reports
            .lock()
            .expect("reports lock")
            .iter()
            .find(|(rid, _, _)| rid == id)
            .map(|(_, r, _)| r.clone())
            .ok_or(AppError::ReportNotFound)
    }

    /// The report's findings written in English, when the report is in another language.
    pub fn english_copy(&self, id: &str) -> Option<Report> {
        self.reports
            .lock()
            .expect("reports lock")
            .iter()
            .find(|(rid, _, _)| rid == id)
            .and_then(|(_, _, english)| english.clone())
    }

    pub fn remember_export(&self, path: PathBuf) {
        self.exported.lock().expect("exported lock").insert(path);
    }

    /// Only files this app wrote may be shown in the file manager.
    pub fn was_exported(&self, path: &std::path::Path) -> bool {
        self.exported.lock().expect("exported lock").contains(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_fires_once_and_guard_cleans_up() {
        let state = AppState::default();
        {
            let (_guard, mut rx) = state.start_run(7);
            assert!(state.cancel(7));
            assert!(rx.try_recv().is_ok());
            assert!(!state.cancel(7));
        }
        let (guard, _rx) = state.start_run(8);
        drop(guard);
        assert!(!state.cancel(8), "a finished run cannot be cancelled");
    }
}
