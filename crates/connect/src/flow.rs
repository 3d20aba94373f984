//! The connect flow: preflight → a relay session → the owner approves in the browser → the sealed keys
//! are picked up and opened here → verified with authenticated probes → saved to the OS keyring.
//! Every way it can fail ends in a report whose findings say which side broke and how to fix it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use handshake_engine::{
    diagnose, Credentials, Details, DiagnoseOptions, Diagnosis, EngineError, FindingId, Outcome,
    ProbeId, ProgressEvent, ProgressSink, Report, Severity, StoreUrl, Verdict, WooKeys,
};
use handshake_relay_client::protocol::{Attempt, AttemptKind};
use handshake_relay_client::{PickupOutcome, RelayClient};
use secrecy::ExposeSecret;
use thiserror::Error;

use crate::authorize::authorize_url;
use crate::report_edit::add_finding;
use crate::saved::{SavedError, SavedStore, SavedStores};
use crate::vault::{self, VaultError};

#[derive(Debug, Error)]
pub enum ConnectError {
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Saved(#[from] SavedError),
    #[error("the relay address is not valid: {0}")]
    BadRelay(String),
    #[error("cancelled")]
    Cancelled,
}

/// What the flow reports while it runs (for a terminal or the wizard).
#[derive(Debug, Clone)]
pub enum ConnectEvent {
    Preflight(ProgressEvent),
    /// The link to open; shown even when the browser is opened for the owner.
    AuthorizeUrl(String),
    /// No browser could be opened on this computer (the reason): the owner opens the link.
    BrowserNotOpened(String),
    /// Still waiting for the owner: `status` is the relay's word for it.
    Waiting {
        status: String,
        waited: Duration,
    },
    KeysReceived {
        key_hint: String,
        permissions: String,
    },
    Verifying(ProgressEvent),
    Saved {
        store: String,
    },
}

pub type EventSink = Arc<dyn Fn(ConnectEvent) + Send + Sync>;

#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Store, profile, trust, time limit per diagnosis. Its credentials are ignored.
    pub diagnose: DiagnoseOptions,
    pub relay_url: String,
    /// Extra CA for a relay with a private certificate (tests, self-hosted relays).
    pub relay_ca_pem: Option<String>,
    pub open_browser: bool,
    /// How long the owner has to approve.
    pub approval_timeout: Duration,
}

/// How the flow ended. Every variant carries a report: findings explain what happened.
#[derive(Debug, Clone)]
pub enum ConnectOutcome {
    /// Keys verified and saved.
    Connected {
        report: Report,
        saved: Box<SavedStore>,
        replaced: Option<Box<SavedStore>>,
    },
    /// The preflight found problems the authorization cannot get past; nothing was started.
    Blocked { report: Report },
    /// The authorization or the handover of the key failed; the report says which side broke it.
    Failed { report: Report },
    /// Credentials the owner gave were tried and did not sign in ([`Report::signed_in`]).
    Rejected { report: Report },
    /// The store could not be reached, so the credentials the owner gave could not be tried.
    Unreachable { report: Report },
}

impl ConnectOutcome {
    pub fn report(&self) -> &Report {
        match self {
            ConnectOutcome::Connected { report, .. }
            | ConnectOutcome::Blocked { report }
            | ConnectOutcome::Failed { report }
            | ConnectOutcome::Rejected { report }
            | ConnectOutcome::Unreachable { report } => report,
        }
    }
}

/// Longest single pickup long-poll.
const POLL: Duration = Duration::from_secs(5);

/// Findings that stop the authorization itself (the approval page or the key creation cannot work).
const BLOCKERS: &[FindingId] = &[
    FindingId::NetDns,
    FindingId::NetConnect,
    FindingId::TlsCertificate,
    FindingId::HttpMaintenance,
    FindingId::SiteNotWordpress,
    FindingId::WcInactive,
    FindingId::WcAuthEndpoint,
    FindingId::RestPlainPermalinks,
    FindingId::RestCached,
    // As an error: the store answers at another address, which the owner must confirm first.
    FindingId::HttpRedirect,
];

/// Does this preflight stop the authorization? Blocker findings, or a firewall on the approval page.
pub fn blocks_authorization(report: &Report) -> bool {
    let blocker = report
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error && BLOCKERS.contains(&f.id));
    let auth_page_failed = report
        .probe(ProbeId::WcAuth)
        .is_some_and(|p| matches!(p.outcome, Outcome::Fail | Outcome::Error));
    blocker || auth_page_failed || report.verdict == Verdict::Unreachable
}

fn forward(events: &EventSink, wrap: fn(ProgressEvent) -> ConnectEvent) -> ProgressSink {
    let events = events.clone();
    Arc::new(move |e| events(wrap(e)))
}

pub async fn connect(
    opts: ConnectOptions,
    events: EventSink,
    saved: &SavedStores,
) -> Result<ConnectOutcome, ConnectError> {
    // 1. Preflight, without credentials.
    let mut pre = opts.diagnose.clone();
    pre.credentials = Credentials::default();
    let preflight = diagnose(pre, forward(&events, ConnectEvent::Preflight)).await?;
    if blocks_authorization(&preflight) {
        return Ok(ConnectOutcome::Blocked { report: preflight });
    }
    let store =
        StoreUrl::parse(&preflight.store_url).unwrap_or_else(|_| opts.diagnose.store.clone());
    // The approval page opens, and keys are saved, only at the address the owner entered or its
    // https upgrade: never where a redirect or a plain-http answer pointed (the preflight's
    // findings say why and name the address to confirm).
    if !opts.diagnose.store.allows_credentials_at(store.as_url()) {
        return Ok(ConnectOutcome::Blocked { report: preflight });
    }
    let profile = &opts.diagnose.profile;

    // 2. A relay session.
    let client = RelayClient::new(&opts.relay_url, opts.relay_ca_pem.as_deref())
        .map_err(|e| ConnectError::BadRelay(e.to_string()))?;
    let session = match client.create_session(store.as_str()).await {
        Ok(s) => s,
        Err(e) => {
            let details = Details {
                network_error: Some(e.to_string()),
                // Set when the relay answered but refused for now (busy): not a network problem.
                retry_after: e.retry_after_secs().map(|s| s.to_string()),
                callback_url: Some(opts.relay_url.clone()),
                ..Default::default()
            };
            let report = add_finding(
                preflight,
                &store,
                profile,
                Diagnosis::new(
                    FindingId::ConnectRelayUnreachable,
                    Severity::Error,
                    details,
                    vec![],
                ),
            );
            return Ok(ConnectOutcome::Failed { report });
        }
    };
    let callback = url::Url::parse(&session.callback_url)
        .map_err(|e| ConnectError::BadRelay(e.to_string()))?;
    let return_url =
        url::Url::parse(&session.return_url).map_err(|e| ConnectError::BadRelay(e.to_string()))?;
    let link = authorize_url(&store, profile, &session.user_id, &callback, &return_url);
    events(ConnectEvent::AuthorizeUrl(link.to_string()));
    if opts.open_browser {
        // Not fatal: the link was shown, and the owner is told to open it.
        if let Err(e) = open::that_detached(link.as_str()) {
            events(ConnectEvent::BrowserNotOpened(e.to_string()));
        }
    }

    // 3. Wait for the owner and the store's POST.
    let started = Instant::now();
    let deadline = started + opts.approval_timeout;
    let mut transport_failures = 0;
    let mut approved_since: Option<Instant> = None;
    let keys = loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            let status = client.status(&session).await.ok();
            let attempts = status.map(|s| s.attempts).unwrap_or_default();
            let report = add_finding(
                preflight,
                &store,
                profile,
                timeout_diagnosis(&attempts, &session.callback_url),
            );
            return Ok(ConnectOutcome::Failed { report });
        }
        // Short long-polls: a refused callback changes no state, so it shows up at the next poll.
        match client
            .pickup(&session, remaining.min(session.max_wait).min(POLL))
            .await
        {
            Ok(PickupOutcome::Delivered(k)) => break k,
            Ok(PickupOutcome::Waiting { attempts }) => {
                transport_failures = 0;
                if let Some(d) = refused_callback(&attempts, &session.callback_url) {
                    return Ok(ConnectOutcome::Failed {
                        report: add_finding(preflight, &store, profile, d),
                    });
                }
                events(ConnectEvent::Waiting {
                    status: handshake_l10n::t!(opts.diagnose.lang, "connect-waiting-approval"),
                    waited: started.elapsed(),
                });
            }
            Ok(PickupOutcome::ApprovedNoCallback { attempts }) => {
                // WooCommerce POSTs the keys before it sends the browser back, so approval without a
                // key means the POST went astray. Allow a moment for a slow relay store to catch up.
                let since = *approved_since.get_or_insert_with(Instant::now);
                if since.elapsed() > Duration::from_secs(5) {
                    let d = refused_callback(&attempts, &session.callback_url)
                        .unwrap_or_else(|| not_received(&attempts, &session.callback_url));
                    return Ok(ConnectOutcome::Failed {
                        report: add_finding(preflight, &store, profile, d),
                    });
                }
                events(ConnectEvent::Waiting {
                    status: handshake_l10n::t!(opts.diagnose.lang, "connect-waiting-key"),
                    waited: started.elapsed(),
                });
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Ok(PickupOutcome::Denied { attempts }) => {
                let ev = attempt_evidence(&attempts);
                let d = Diagnosis::new(
                    FindingId::ConnectDenied,
                    Severity::Error,
                    Details::default(),
                    ev,
                );
                return Ok(ConnectOutcome::Failed {
                    report: add_finding(preflight, &store, profile, d),
                });
            }
            Ok(PickupOutcome::Expired { attempts }) => {
                let report = add_finding(
                    preflight,
                    &store,
                    profile,
                    timeout_diagnosis(&attempts, &session.callback_url),
                );
                return Ok(ConnectOutcome::Failed { report });
            }
            Err(e) => {
                transport_failures += 1;
                if transport_failures >= 3 {
                    let details = Details {
                        network_error: Some(e.to_string()),
                        retry_after: e.retry_after_secs().map(|s| s.to_string()),
                        callback_url: Some(opts.relay_url.clone()),
                        ..Default::default()
                    };
                    let d = Diagnosis::new(
                        FindingId::ConnectRelayUnreachable,
                        Severity::Error,
                        details,
                        vec![],
                    );
                    return Ok(ConnectOutcome::Failed {
                        report: add_finding(preflight, &store, profile, d),
                    });
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    };

    // 4. Verify the delivered keys with authenticated probes, then save them.
    let woo = WooKeys::new(
        keys.consumer_key.expose_secret(),
        keys.consumer_secret.expose_secret(),
    )
    .map_err(|e| ConnectError::BadRelay(format!("the delivered key is malformed: {e}")))?;
    let permissions = match keys.key_permissions {
        handshake_relay_client::protocol::KeyPermissions::Read => "read",
        handshake_relay_client::protocol::KeyPermissions::Write => "write",
        handshake_relay_client::protocol::KeyPermissions::ReadWrite => "read_write",
    };
    events(ConnectEvent::KeysReceived {
        key_hint: woo.truncated_key(),
        permissions: permissions.to_string(),
    });
    let creds = Credentials {
        woo: Some(woo),
        app_password: None,
    };
    let delivered = Delivered {
        key_id: keys.key_id,
        permissions,
    };
    // A delivered key that does not sign in is a failed handover, as the owner sees it: the
    // report's findings say which side broke it.
    Ok(
        match verify_and_save(
            &opts.diagnose,
            &store,
            creds,
            Some(delivered),
            &events,
            saved,
        )
        .await?
        {
            ConnectOutcome::Rejected { report } | ConnectOutcome::Unreachable { report } => {
                ConnectOutcome::Failed { report }
            }
            other => other,
        },
    )
}

/// What WooCommerce said about a key it delivered through the relay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub key_id: u64,
    /// WooCommerce's word for the permission the owner approved: `read`, `write` or `read_write`.
    pub permissions: &'static str,
}

/// Where credentials for `entered` are filed after a check: the address the store answered at when
/// the entered one allows credentials there (its https upgrade, a subfolder), else the entered one.
/// Never another host, scheme or port a redirect pointed to.
pub fn filing_address(entered: &StoreUrl, report: &Report) -> StoreUrl {
    StoreUrl::parse(&report.store_url)
        .ok()
        .filter(|r| entered.allows_credentials_at(r.as_url()))
        .unwrap_or_else(|| entered.clone())
}

/// How saved credentials are described: `woocommerce-keys` or `application-password`.
pub fn auth_kind(creds: &Credentials) -> &'static str {
    if creds.woo.is_some() {
        "woocommerce-keys"
    } else {
        "application-password"
    }
}

/// Verifies credentials with a full diagnosis and, when they sign in ([`Report::signed_in`]), saves
/// them under [`filing_address`]. The one way credentials are saved, for the relay flow, pasted
/// keys, and application passwords, in the CLI and in the wizard.
///
/// The saved entry: the owner's name for a store connected before is kept (else the host);
/// `connected_at` is when the key was saved; the verdict is the report's own word; the permission
/// is WooCommerce's when it delivered the key, else only what the verification proved
/// ([`handshake_engine::proven_permissions`]).
pub async fn verify_and_save(
    diagnose_opts: &DiagnoseOptions,
    store: &StoreUrl,
    creds: Credentials,
    delivered: Option<Delivered>,
    events: &EventSink,
    saved: &SavedStores,
) -> Result<ConnectOutcome, ConnectError> {
    let mut opts = diagnose_opts.clone();
    opts.store = store.clone();
    opts.credentials = creds.clone();
    let report = diagnose(opts, forward(events, ConnectEvent::Verifying)).await?;
    if report.verdict == Verdict::Unreachable {
        return Ok(ConnectOutcome::Unreachable { report });
    }
    if !report.signed_in() {
        return Ok(ConnectOutcome::Rejected { report });
    }
    let key = filing_address(store, &report).to_string();
    let permissions = match delivered {
        Some(d) => Some(d.permissions),
        None => handshake_engine::proven_permissions(&report.access()),
    };
    let verdict = crate::watch::verdict_word(report.verdict);
    let checked_at = report.started_at.clone();
    let (saved_to, entry_key) = (saved.clone(), key.clone());
    // The keyring may block (D-Bus, a locked keychain): off the async workers.
    let (entry, replaced) = tokio::task::spawn_blocking(move || {
        let replaced = saved_to.get(&entry_key)?;
        vault::save(&entry_key, &creds)?;
        let entry = SavedStore {
            url: entry_key.clone(),
            display_name: replaced
                .as_ref()
                .map(|r| r.display_name.clone())
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| {
                    StoreUrl::parse(&entry_key)
                        .map(|u| u.display_host())
                        .unwrap_or_else(|_| entry_key.clone())
                }),
            connected_at: crate::watch::now_rfc3339(),
            last_check: Some(checked_at),
            last_verdict: Some(verdict.to_string()),
            auth_kind: auth_kind(&creds).to_string(),
            key_hint: creds.woo.as_ref().map(|w| w.truncated_key()),
            key_permissions: permissions.map(str::to_string),
            key_id: delivered.map(|d| d.key_id),
        };
        saved_to.upsert(entry.clone())?;
        Ok::<_, ConnectError>((entry, replaced))
    })
    .await
    .map_err(|e| VaultError::Unavailable(e.to_string()))??;
    events(ConnectEvent::Saved { store: key });
    Ok(ConnectOutcome::Connected {
        report,
        saved: Box::new(entry),
        replaced: replaced.map(Box::new),
    })
}

fn attempt_evidence(attempts: &[Attempt]) -> Vec<handshake_engine::Evidence> {
    attempts
        .iter()
        .map(|a| handshake_engine::Evidence {
            probe: "relay".into(),
            request: match a.kind {
                AttemptKind::Callback => format!("store POST to the callback from {}", a.source_ip),
                AttemptKind::Return => format!(
                    "owner's browser back at the return page from {}",
                    a.source_ip
                ),
            },
            status: Some(a.http_status),
            detail: format!("{} at {} ({} bytes)", a.result, a.at, a.bytes),
        })
        .collect()
}

/// The store's POST reached the relay but was refused (so WooCommerce deleted the key).
fn refused_callback(attempts: &[Attempt], callback_url: &str) -> Option<Diagnosis> {
    let refused = attempts
        .iter()
        .rev()
        .find(|a| a.kind == AttemptKind::Callback && a.http_status != 200)?;
    let details = Details {
        callback_url: Some(callback_url.to_string()),
        callback_status: Some(refused.http_status),
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::CallbackRejected,
        Severity::Error,
        details,
        attempt_evidence(attempts),
    ))
}

fn not_received(attempts: &[Attempt], callback_url: &str) -> Diagnosis {
    let details = Details {
        callback_url: Some(callback_url.to_string()),
        ..Default::default()
    };
    let mut ev = attempt_evidence(attempts);
    ev.push(handshake_engine::Evidence {
        probe: "relay".into(),
        request: "store POST to the callback".into(),
        status: None,
        detail: "never arrived at the relay".into(),
    });
    Diagnosis::new(FindingId::CallbackNotReceived, Severity::Error, details, ev)
}

/// Time ran out: if the owner approved, the POST was lost; if nothing happened, the owner never
/// finished (or saw an error page — they can paste its text).
fn timeout_diagnosis(attempts: &[Attempt], callback_url: &str) -> Diagnosis {
    if let Some(d) = refused_callback(attempts, callback_url) {
        return d;
    }
    if attempts
        .iter()
        .any(|a| a.kind == AttemptKind::Return && a.result == "approved")
    {
        return not_received(attempts, callback_url);
    }
    let details = Details {
        callback_url: Some(callback_url.to_string()),
        ..Default::default()
    };
    Diagnosis::new(
        FindingId::ConnectTimeout,
        Severity::Error,
        details,
        attempt_evidence(attempts),
    )
}
