//! Connecting a store: pasted keys are checked, proven with a diagnosis that uses them, and saved to
//! the keyring. The keys arrive once from the UI and never go back to it.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use zeroize::Zeroizing;

use handshake_connect::flow::{self, ConnectEvent, ConnectOptions, ConnectOutcome, EventSink};
use handshake_connect::revoke;
use handshake_connect::saved::SavedStores;
use handshake_engine::{Credentials, DiagnoseOptions, StoreUrl, WooKeys};

use super::check::cancellable;
use super::stores::SavedStoreView;
use super::{keyring_kind, CheckedReport};
use crate::error::AppError;
use crate::progress::{channel_sink, CheckEvent};
use crate::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectStatus {
    /// The keys signed in and are saved.
    Connected,
    /// The store refused the keys (unknown key, wrong secret, no sign-in method worked).
    Rejected,
    /// The store could not be reached, so the keys could not be tried.
    Unreachable,
    /// Authorize in the browser: the preflight found problems the approval cannot get past.
    Blocked,
    /// Authorize in the browser: the approval or the key handover failed (the report says why).
    Failed,
}

#[derive(Debug, Serialize)]
pub struct ConnectResult {
    pub status: ConnectStatus,
    #[serde(flatten)]
    pub checked: CheckedReport,
    /// The saved store (no secret in it), when connected.
    pub store: Option<SavedStoreView>,
    /// Which keyring holds the keys: `secret-service`, `keychain` or `credential-manager`.
    pub keyring: &'static str,
    /// One sentence: how to revoke the key.
    pub revoke: String,
    /// WooCommerce's REST API keys page for this store.
    pub keys_page: String,
}

#[tauri::command(rename_all = "snake_case")]
pub async fn connect_with_keys(
    state: State<'_, AppState>,
    run_id: u32,
    url: String,
    consumer_key: String,
    consumer_secret: String,
    on_event: Channel<CheckEvent>,
) -> Result<ConnectResult, AppError> {
    // The pasted text is wiped from memory when this command returns.
    let consumer_key = Zeroizing::new(consumer_key);
    let consumer_secret = Zeroizing::new(consumer_secret);
    let store = StoreUrl::parse(&url)?;
    let keys = WooKeys::new(&consumer_key, &consumer_secret)?;
    let state = state.inner();
    cancellable(state, run_id, async {
        let mut opts = DiagnoseOptions::new(store.clone());
        opts.lang = crate::language::current();
        opts.trust = state.trust()?;
        let creds = Credentials {
            woo: Some(keys.clone()),
            app_password: None,
        };
        // The verification's probes go to the progress list, as a check's do.
        let sink = channel_sink(on_event, creds.redactor());
        let events: EventSink = Arc::new(move |e| {
            if let ConnectEvent::Verifying(e) = e {
                sink(e)
            }
        });
        let saved = SavedStores::open_default()?;
        let outcome = flow::verify_and_save(&opts, &store, creds, None, &events, &saved).await?;
        Ok(result(state, outcome, &store, Some(keys.truncated_key())))
    })
    .await
}

/// What the UI hears while "Authorize in the browser" runs.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AuthorizeEvent {
    /// A probe of the preflight (`phase: "preflight"`) or of the key verification (`"verifying"`).
    Probe {
        phase: &'static str,
        event: CheckEvent,
    },
    /// The approval page's address (the browser was asked to open it).
    AuthorizeUrl {
        url: String,
    },
    /// No browser could be opened: the owner copies the address.
    BrowserNotOpened {
        reason: String,
    },
    /// Still waiting for the owner's approval.
    Waiting {
        status: String,
        waited_secs: u64,
    },
    /// WooCommerce delivered a key (its last characters and permission, never the key).
    KeysReceived {
        key_hint: String,
        permissions: String,
    },
    Saved,
}

fn authorize_event(event: ConnectEvent) -> AuthorizeEvent {
    let redactor = handshake_engine::Redactor::default();
    match event {
        ConnectEvent::Preflight(e) => AuthorizeEvent::Probe {
            phase: "preflight",
            event: CheckEvent::from_engine(e, &redactor),
        },
        // The verification signs in with the delivered key, which this process never sees here:
        // its probe summaries are left out rather than risk showing a part of it.
        ConnectEvent::Verifying(e) => {
            let mut event = CheckEvent::from_engine(e, &redactor);
            if let CheckEvent::ProbeFinished { summary, .. } = &mut event {
                summary.clear();
            }
            AuthorizeEvent::Probe {
                phase: "verifying",
                event,
            }
        }
        ConnectEvent::AuthorizeUrl(url) => AuthorizeEvent::AuthorizeUrl { url },
        ConnectEvent::BrowserNotOpened(reason) => AuthorizeEvent::BrowserNotOpened { reason },
        ConnectEvent::Waiting { status, waited } => AuthorizeEvent::Waiting {
            status,
            waited_secs: waited.as_secs(),
        },
        ConnectEvent::KeysReceived {
            key_hint,
            permissions,
        } => AuthorizeEvent::KeysReceived {
            key_hint,
            permissions,
        },
        ConnectEvent::Saved { .. } => AuthorizeEvent::Saved,
    }
}

/// Puts the approval page's address on the clipboard, for an owner whose browser could not be
/// opened. Only a WooCommerce approval address is accepted: the page cannot use this command to
/// place arbitrary text there.
#[tauri::command(rename_all = "snake_case")]
pub fn copy_approval_link(app: AppHandle, url: String) -> Result<(), AppError> {
    let approval = url::Url::parse(&url)
        .ok()
        .filter(|u| {
            matches!(u.scheme(), "https" | "http") && u.path().ends_with("/wc-auth/v1/authorize")
        })
        .ok_or(AppError::AuthorizeBadLink)?;
    app.clipboard()
        .write_text(approval.to_string())
        .map_err(|e| AppError::Clipboard {
            detail: e.to_string(),
        })
}

/// How long the owner has to approve in the browser.
const APPROVAL_TIME: Duration = Duration::from_secs(10 * 60);

/// "Authorize in the browser": a preflight, then WooCommerce's own approval page in the owner's
/// browser; the keys come back sealed through the callback relay, are verified and saved
/// (handshake_connect::flow). The keys never reach the UI.
#[tauri::command(rename_all = "snake_case")]
pub async fn connect_authorize(
    state: State<'_, AppState>,
    run_id: u32,
    url: String,
    on_event: Channel<AuthorizeEvent>,
) -> Result<ConnectResult, AppError> {
    let store = StoreUrl::parse(&url)?;
    let state = state.inner();
    let relay_url = state.relay_url.clone().ok_or(AppError::AuthorizeNoRelay)?;
    cancellable(state, run_id, async {
        let mut diagnose = DiagnoseOptions::new(store.clone());
        diagnose.lang = crate::language::current();
        diagnose.trust = state.trust()?;
        let opts = ConnectOptions {
            diagnose,
            relay_url,
            relay_ca_pem: state.extra_ca_pem.clone(),
            open_browser: true,
            approval_timeout: APPROVAL_TIME,
        };
        let events: EventSink = Arc::new(move |e| {
            let _ = on_event.send(authorize_event(e));
        });
        let saved = SavedStores::open_default()?;
        let outcome = flow::connect(opts, events, &saved).await?;
        Ok(result(state, outcome, &store, None))
    })
    .await
}

/// The UI's view of how the connect flow ended; `hint` is the pasted key's, for a key not saved.
fn result(
    state: &AppState,
    outcome: ConnectOutcome,
    typed: &StoreUrl,
    hint: Option<String>,
) -> ConnectResult {
    let (status, report, saved) = match outcome {
        ConnectOutcome::Connected { report, saved, .. } => {
            (ConnectStatus::Connected, report, Some(*saved))
        }
        ConnectOutcome::Blocked { report } => (ConnectStatus::Blocked, report, None),
        ConnectOutcome::Failed { report } => (ConnectStatus::Failed, report, None),
        ConnectOutcome::Rejected { report } => (ConnectStatus::Rejected, report, None),
        ConnectOutcome::Unreachable { report } => (ConnectStatus::Unreachable, report, None),
    };
    let resolved = saved
        .as_ref()
        .and_then(|s| StoreUrl::parse(&s.url).ok())
        .unwrap_or_else(|| flow::filing_address(typed, &report));
    let hint = saved.as_ref().and_then(|s| s.key_hint.clone()).or(hint);
    let auth_kind = saved
        .as_ref()
        .map(|s| s.auth_kind.clone())
        .unwrap_or_else(|| "woocommerce-keys".into());
    ConnectResult {
        status,
        store: saved.map(SavedStoreView::from),
        keyring: keyring_kind(),
        revoke: revoke::instructions(&resolved, &auth_kind, hint.as_deref()),
        keys_page: revoke::woocommerce_keys_page(&resolved),
        checked: CheckedReport::keep(state, report),
    }
}
