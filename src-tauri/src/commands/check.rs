//! Running a check (a diagnosis) with live progress, and cancelling it.

use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::State;

use handshake_connect::vantage::{diagnose_from_both_also_in, RelayTarget};
use handshake_connect::vault;
use handshake_connect::watch::CheckSummary;
use handshake_demo as demo_store;
use handshake_engine::Lang;
use handshake_engine::{AppPassword, Credentials, DiagnoseOptions, StoreUrl, Trust, WooKeys};

use super::CheckedReport;
use crate::error::AppError;
use crate::progress::{channel_sink, CheckEvent};
use crate::state::{AppState, Demo};

/// What to check.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CheckTarget {
    /// A store address the owner typed: public checks only.
    Store { url: String },
    /// A saved store, with the keys from the keyring (they never leave this process).
    Saved { url: String },
    /// The built-in scenario store, with its test keys.
    Demo { scenario: String },
}

#[derive(Debug, Serialize)]
pub struct CheckResult {
    #[serde(flatten)]
    pub checked: CheckedReport,
    /// For a saved store: whether keys were found in the keyring and used.
    pub used_saved_keys: bool,
}

#[derive(Debug, Serialize)]
pub struct ScenarioView {
    pub name: &'static str,
    pub summary: String,
}

#[tauri::command(rename_all = "snake_case")]
pub fn list_scenarios() -> Vec<ScenarioView> {
    demo_store::scenarios()
        .iter()
        .map(|s| ScenarioView {
            name: s.name,
            summary: s.summary_in(crate::language::current()),
        })
        .collect()
}

/// Starts (or reuses) the demo store for a scenario; returns its URL and the CA to trust.
async fn demo_store(state: &AppState, scenario: &str) -> Result<(StoreUrl, Trust), AppError> {
    if !demo_store::scenarios().iter().any(|s| s.name == scenario) {
        return Err(AppError::DemoUnknownScenario {
            name: scenario.to_string(),
        });
    }
    let mut demo = state.demo.lock().await;
    if demo.as_ref().is_none_or(|d| d.scenario != scenario) {
        if let Some(old) = demo.take() {
            old.store.shutdown().await;
        }
        let store = demo_store::start(demo_store::StoreOptions::new(scenario))
            .await
            .map_err(|e| AppError::DemoStart {
                detail: e.to_string(),
            })?;
        let trust = match store.ca_pem() {
            Some(pem) => {
                Trust::from_pem(pem, "the demo store's CA").map_err(|e| AppError::DemoStart {
                    detail: e.to_string(),
                })?
            }
            None => Trust::system(),
        };
        let url = StoreUrl::parse(store.url().as_str()).map_err(|e| AppError::DemoStart {
            detail: e.to_string(),
        })?;
        *demo = Some(Demo {
            scenario: scenario.to_string(),
            store,
            url,
            trust,
        });
    }
    let d = demo.as_ref().expect("just started");
    Ok((d.url.clone(), d.trust.clone()))
}

/// Reads a saved store's keys from the keyring (a blocking D-Bus call, so off the async workers).
async fn saved_credentials(url: &str) -> Result<Option<Credentials>, AppError> {
    let key = url.to_string();
    tokio::task::spawn_blocking(move || vault::load(&key))
        .await
        .map_err(|e| AppError::KeyringUnavailable {
            detail: e.to_string(),
        })?
        .map_err(AppError::from)
}

/// The diagnosis options for a target; the bool says whether saved keys were used.
pub(crate) async fn options(
    state: &AppState,
    target: &CheckTarget,
) -> Result<(DiagnoseOptions, bool), AppError> {
    match target {
        CheckTarget::Store { url } => {
            let mut opts = DiagnoseOptions::new(StoreUrl::parse(url)?);
            opts.lang = crate::language::current();
            opts.trust = state.trust()?;
            Ok((opts, false))
        }
        CheckTarget::Saved { url } => {
            let mut opts = DiagnoseOptions::new(StoreUrl::parse(url)?);
            opts.lang = crate::language::current();
            opts.trust = state.trust()?;
            let creds = saved_credentials(url).await?;
            let used = creds.is_some();
            opts.credentials = creds.unwrap_or_default();
            Ok((opts, used))
        }
        CheckTarget::Demo { scenario } => {
            let (url, trust) = demo_store(state, scenario).await?;
            let mut opts = DiagnoseOptions::new(url);
            opts.lang = crate::language::current();
            opts.trust = trust;
            // The demo store lives on loopback: no DNS query leaves the machine.
            opts.offline_dns = true;
            opts.credentials = Credentials {
                woo: WooKeys::new(
                    demo_store::TEST_CONSUMER_KEY,
                    demo_store::TEST_CONSUMER_SECRET,
                )
                .ok(),
                app_password: AppPassword::new(
                    demo_store::TEST_WP_USER,
                    demo_store::TEST_WP_APP_PASSWORD,
                )
                .ok(),
            };
            Ok((opts, false))
        }
    }
}

/// The relay that also checks the store from the app's servers' side: the configured relay
/// (`--relay`, HANDSHAKE_RELAY_URL or the build's default), for a store the owner named. The demo
/// store lives on this computer's loopback, which no relay reaches.
fn remote_target(state: &AppState, target: &CheckTarget) -> Option<RelayTarget> {
    match target {
        CheckTarget::Store { .. } | CheckTarget::Saved { .. } => {
            state.relay_url.clone().map(|url| RelayTarget {
                url,
                ca_pem: state.extra_ca_pem.clone(),
            })
        }
        CheckTarget::Demo { .. } => None,
    }
}

/// Runs `work` until it ends or the UI cancels run `run_id`.
pub async fn cancellable<T>(
    state: &AppState,
    run_id: u32,
    work: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    let (_guard, cancelled) = state.start_run(run_id);
    tokio::select! {
        result = work => result,
        // Dropping `work` drops the diagnosis, which aborts its probes.
        _ = cancelled => Err(AppError::Cancelled),
    }
}

#[tauri::command(rename_all = "snake_case")]
pub async fn start_check(
    state: State<'_, AppState>,
    watcher: State<'_, crate::watch::Watcher>,
    run_id: u32,
    target: CheckTarget,
    on_event: Channel<CheckEvent>,
) -> Result<CheckResult, AppError> {
    let state = state.inner();
    cancellable(state, run_id, async {
        // A saved store is checked by one check at a time: Re-check waits for a scheduled one
        // (bounded by its timeout; Cancel ends the wait too).
        let _store_lock = match &target {
            CheckTarget::Saved { url } => Some(watcher.lock(url).await),
            _ => None,
        };
        let (opts, used_saved_keys) = options(state, &target).await?;
        let sink = channel_sink(on_event, opts.credentials.redactor());
        // Also in English when the owner reads another language: the host e-mail carries an
        // English copy (the probes run once).
        let english = (opts.lang != Lang::En).then_some(Lang::En);
        let (report, english) =
            diagnose_from_both_also_in(opts, remote_target(state, &target), sink, english).await?;
        if let CheckTarget::Saved { url } = &target {
            // The store card's last check and what changed, compared as the schedule and
            // `handshake stores --check` compare; failing to note it does not spoil the check.
            let summary = if used_saved_keys {
                CheckSummary::of(&report)
            } else {
                CheckSummary::no_keys(report.started_at.clone())
            };
            crate::watch::record(url, summary);
        }
        Ok(CheckResult {
            checked: CheckedReport::keep_with_copy(state, report, english),
            used_saved_keys,
        })
    })
    .await
}

#[tauri::command(rename_all = "snake_case")]
pub fn cancel_check(state: State<'_, AppState>, run_id: u32) -> bool {
    state.cancel(run_id)
}
