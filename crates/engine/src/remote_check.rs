//! The remote check: the credential-free probes run from somewhere else than the owner's computer
//! (the relay, where the app's traffic comes from), under a [`NetPolicy`] so that a check asked
//! for by anyone can reach only public stores. It runs the home page, the REST index both ways,
//! the unauthenticated POST and PUT to `wc/v3` and `/wc-auth/v1/authorize` — nothing that takes a
//! credential, so none is ever asked for.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::join_all;
use thiserror::Error;
use url::Url;

use crate::credentials::Credentials;
use crate::http::{FetchError, HttpClient};
use crate::net::policy::{AdmitError, Guard, NetPolicy, Refused};
use crate::net::trust::Trust;
use crate::probes::{reach, rest, Context, ProbeId, ProbeResult, Results};
use crate::profile::Profile;
use crate::report::{Outcome, ProbeRecord, Vantage};
use crate::store_url::{StoreUrl, StoreUrlError};

/// The probes a remote check runs, in report order. None of them carries a credential.
pub const REMOTE_PROBES: [ProbeId; 6] = [
    ProbeId::Home,
    ProbeId::RestIndex,
    ProbeId::RestIndexQuery,
    ProbeId::RestPost,
    ProbeId::RestPut,
    ProbeId::WcAuth,
];

/// Query parameters that carry credentials: a store address holding one is refused outright.
const SECRET_PARAMS: &[&str] = &[
    "consumer_key",
    "consumer_secret",
    "oauth_consumer_key",
    "oauth_signature",
    "password",
    "pwd",
];

#[derive(Debug, Error)]
pub enum RemoteCheckError {
    #[error("the store address is not valid: {0}")]
    BadUrl(#[from] StoreUrlError),
    /// The address (or what it resolves to) is one the policy does not reach.
    #[error(transparent)]
    Refused(#[from] Refused),
    #[error("the time limit must be between 1 and 120 seconds")]
    BadTimeout,
    #[error("could not set up the HTTP client: {0}")]
    Client(#[from] FetchError),
}

#[derive(Debug, Clone)]
pub struct RemoteCheckOptions {
    pub policy: Arc<NetPolicy>,
    /// The system's roots, plus the relay's `--ca-cert`.
    pub trust: Trust,
    /// The whole check (every agent) ends within this.
    pub timeout: Duration,
    /// One request's share of it.
    pub per_request: Duration,
}

impl RemoteCheckOptions {
    pub fn new(policy: NetPolicy, trust: Trust) -> RemoteCheckOptions {
        RemoteCheckOptions {
            policy: Arc::new(policy),
            trust,
            timeout: Duration::from_secs(20),
            per_request: Duration::from_secs(8),
        }
    }
}

/// A check whose target was admitted: the host resolved once (those addresses are the only ones it
/// will connect to) and found public. Run it once per user agent.
pub struct PreparedCheck {
    store: StoreUrl,
    guard: Arc<Guard>,
    client: HttpClient,
    trust: Trust,
    addresses: Vec<IpAddr>,
    dns_error: Option<String>,
    deadline: Instant,
    step_timeout: Duration,
}

impl std::fmt::Debug for PreparedCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparedCheck")
            .field("store", &self.store.as_str())
            .field("addresses", &self.addresses)
            .finish_non_exhaustive()
    }
}

/// Parses and admits the store address: refuses credentials in it, schemes other than http(s),
/// ports WooCommerce stores do not use and every address that is not public (after resolving the
/// host, once). A host that does not resolve is not refused: the probes then say so, which is
/// itself a difference between vantages.
pub async fn prepare(
    store_url: &str,
    opts: &RemoteCheckOptions,
) -> Result<PreparedCheck, RemoteCheckError> {
    if opts.timeout < Duration::from_secs(1) || opts.timeout > Duration::from_secs(120) {
        return Err(RemoteCheckError::BadTimeout);
    }
    if carries_credentials(store_url) {
        return Err(Refused::Credentials.into());
    }
    let store = StoreUrl::parse(store_url).map_err(|e| match e {
        StoreUrlError::HasCredentials => RemoteCheckError::Refused(Refused::Credentials),
        StoreUrlError::UnsupportedScheme(scheme) | StoreUrlError::NotWebAddress(scheme) => {
            RemoteCheckError::Refused(Refused::Scheme(scheme))
        }
        other => RemoteCheckError::BadUrl(other),
    })?;
    let guard = Guard::new(opts.policy.clone());
    let (addresses, dns_error) = match guard.admit(store.as_url()).await {
        Ok(addresses) => (addresses, None),
        Err(AdmitError::Refused(r)) => return Err(r.into()),
        Err(AdmitError::Resolve(e)) => (Vec::new(), Some(e.to_string())),
    };
    let deadline = Instant::now() + opts.timeout;
    let per_request = opts.per_request.min(opts.timeout);
    let client = HttpClient::guarded(&opts.trust, guard.clone(), deadline, per_request)?;
    Ok(PreparedCheck {
        store,
        guard,
        client,
        trust: opts.trust.clone(),
        addresses,
        dns_error,
        deadline,
        step_timeout: per_request,
    })
}

/// Whether the raw address holds a user name, a password or a credential parameter.
fn carries_credentials(input: &str) -> bool {
    let text = input.trim();
    let with_scheme = if text.contains("://") {
        text.to_string()
    } else {
        format!("https://{text}")
    };
    let Ok(url) = Url::parse(&with_scheme) else {
        return false;
    };
    !url.username().is_empty()
        || url.password().is_some()
        || url
            .query_pairs()
            .any(|(k, _)| SECRET_PARAMS.contains(&k.to_ascii_lowercase().as_str()))
}

impl PreparedCheck {
    /// The store address as it will be checked.
    pub fn store(&self) -> &StoreUrl {
        &self.store
    }

    /// The addresses the store's host resolved to (empty when it did not resolve): the only ones
    /// this check connects to for that host.
    pub fn addresses(&self) -> &[IpAddr] {
        &self.addresses
    }

    /// Why the host did not resolve, when it did not.
    pub fn dns_error(&self) -> Option<&str> {
        self.dns_error.as_deref()
    }

    /// Requests sent so far (every agent's).
    pub fn requests_sent(&self) -> usize {
        self.guard.requests()
    }

    /// Runs the probes with this `User-Agent` (`None`: Handshake's own) and returns their records,
    /// each marked `vantage: relay`. Never fails: what went wrong is in the records.
    pub async fn run(&self, user_agent: Option<&str>) -> Vec<ProbeRecord> {
        let mut client = self.client.clone();
        if let Some(agent) = user_agent {
            client = client.with_user_agent(agent.to_string());
        }
        let ctx = Context {
            client,
            trust: self.trust.clone(),
            store: self.store.clone(),
            credentials: Credentials::default(),
            profile: Profile::default(),
            step_timeout: self.step_timeout,
            // The relay's records carry no sentences a person reads; the desktop words them.
            lang: Default::default(),
        };
        let work = async {
            let mut results = Results::default();
            let home = reach::home(&ctx, &results).await;
            results.insert(home);
            let elsewhere = results
                .home()
                .and_then(|h| h.elsewhere.as_ref())
                .map(|u| u.to_string());
            let rest = join_all(REMOTE_PROBES[1..].iter().map(|id| {
                let (ctx, results, elsewhere) = (&ctx, &results, &elsewhere);
                async move {
                    match elsewhere {
                        // As in a local run: the store answers at another address.
                        Some(other) => ProbeResult::skipped(
                            *id,
                            &format!("the store redirects to {other}: check that address to go on"),
                        ),
                        None => rest::run(*id, ctx, results).await,
                    }
                }
            }))
            .await;
            for r in rest {
                results.insert(r);
            }
            results
        };
        // Every request is bounded by the deadline already; this is the belt to its braces.
        let results =
            tokio::time::timeout_at((self.deadline + Duration::from_millis(500)).into(), work)
                .await
                .ok();
        REMOTE_PROBES
            .iter()
            .map(|id| {
                let mut record = match results.as_ref().and_then(|r| r.get(*id)) {
                    Some(r) => r.record(),
                    None => ProbeResult {
                        outcome: Outcome::Error,
                        summary: "stopped: the check's time limit was reached".into(),
                        ..ProbeResult::skipped(*id, "")
                    }
                    .record(),
                };
                record.vantage = Some(Vantage::Relay);
                crate::safe_text::clean_line(&mut record.summary);
                record
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_in_the_address_are_seen() {
        for input in [
            "https://user:pw@shop.example/",
            "user@shop.example",
            "https://shop.example/?consumer_key=ck_1",
            "shop.example/wp-json/?Consumer_Secret=cs_1",
            "https://shop.example/?oauth_signature=x",
        ] {
            assert!(carries_credentials(input), "{input}");
        }
        for input in ["https://shop.example/", "shop.example/shop/?lang=de"] {
            assert!(!carries_credentials(input), "{input}");
        }
    }
}
