//! `POST /v1/remote-check`: the engine's credential-free probes run against a store from the
//! relay's network, so the desktop can contrast what the app's servers see with what the owner's
//! computer sees. Anyone can ask, so: public targets only (the engine's `NetPolicy`), bodies with
//! nothing but the address and at most two user agents, checks counted per client address and per
//! target address in fixed windows (shared through Redis when configured), and a cap on checks
//! running at once.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Extension, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use futures::future::join_all;
use handshake_engine::net::policy::{Lookup, NetPolicy, SystemLookup, DEFAULT_PORTS};
use handshake_engine::remote_check::{self, RemoteCheckError, RemoteCheckOptions};
use handshake_engine::Trust;
use tokio::sync::Semaphore;

use super::body::read_limited;
use super::fair::Preempt;
use super::refusal::Refusal;
use super::state::{AppState, ClientIp};
use crate::client_ip::limit_key;
use crate::protocol::{
    codes, RemoteCheckRequest, RemoteCheckResponse, RemoteProbe, RemoteVantage,
    MAX_REMOTE_USER_AGENTS, MAX_USER_AGENT_LEN, REMOTE_CHECK_SCHEMA,
};
use crate::{clock, json_depth};

/// Longest store address accepted.
const MAX_STORE_URL: usize = 2048;

/// How the relay runs remote checks. The defaults suit a public relay.
#[derive(Clone)]
pub struct RemoteCheckConfig {
    /// Answer `POST /v1/remote-check` at all (`--no-remote-check` turns it off).
    pub enabled: bool,
    /// `--probe-from`: the local address the checks' connections leave from.
    pub probe_from: Option<IpAddr>,
    /// `--ca-cert`: a CA trusted in the checks besides the system's roots (PEM).
    pub ca_cert_pem: Option<String>,
    /// `--unsafe-allow-private-targets`: tests only. Loopback and private targets, on any port.
    pub unsafe_allow_private_targets: bool,
    /// Ports public targets may use, besides 80, 443, 8080 and 8443 (`--remote-check-port`).
    pub extra_ports: Vec<u16>,
    /// One check, every agent included, ends within this.
    pub timeout: Duration,
    /// One request's share of it.
    pub per_request: Duration,
    /// Checks one client address (IPv6: /64) may ask for per window.
    pub per_client: u32,
    /// Checks one target address (IPv6: /64) may receive per window, from all clients together.
    pub per_target: u32,
    pub window: Duration,
    /// Checks running at once on this instance; more get 503.
    pub max_concurrent: usize,
    /// Requests one check may send (redirect hops included, every agent together).
    pub max_requests: usize,
    /// Largest answer body kept (after decompression).
    pub body_cap: usize,
    /// Tests only: exact addresses treated as public (a "public" store on loopback).
    pub allow_addresses: Vec<IpAddr>,
    /// Tests only: name resolution (answers that change between lookups). Default: the system's.
    pub lookup: Option<Arc<dyn Lookup>>,
}

impl std::fmt::Debug for RemoteCheckConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoteCheckConfig")
            .field("enabled", &self.enabled)
            .field("probe_from", &self.probe_from)
            .field(
                "unsafe_allow_private_targets",
                &self.unsafe_allow_private_targets,
            )
            .field("per_client", &self.per_client)
            .field("per_target", &self.per_target)
            .field("max_concurrent", &self.max_concurrent)
            .finish_non_exhaustive()
    }
}

impl Default for RemoteCheckConfig {
    fn default() -> RemoteCheckConfig {
        RemoteCheckConfig {
            enabled: true,
            probe_from: None,
            ca_cert_pem: None,
            unsafe_allow_private_targets: false,
            extra_ports: Vec::new(),
            timeout: Duration::from_secs(20),
            per_request: Duration::from_secs(8),
            per_client: 10,
            per_target: 30,
            window: Duration::from_secs(600),
            max_concurrent: 16,
            max_requests: 64,
            body_cap: 1024 * 1024,
            allow_addresses: Vec::new(),
            lookup: None,
        }
    }
}

/// What the handler needs, built once at start.
pub struct RemoteChecker {
    config: RemoteCheckConfig,
    options: RemoteCheckOptions,
    running: Arc<Semaphore>,
    label: String,
}

impl RemoteChecker {
    pub fn new(config: RemoteCheckConfig, label: String) -> Result<RemoteChecker, String> {
        let mut trust = Trust::system();
        if let Some(pem) = &config.ca_cert_pem {
            trust.add_pem(pem, "--ca-cert").map_err(|e| e.to_string())?;
        }
        let mut ports = DEFAULT_PORTS.to_vec();
        ports.extend(config.extra_ports.iter().copied());
        let policy = NetPolicy {
            allow_private: config.unsafe_allow_private_targets,
            allow_addresses: config.allow_addresses.clone(),
            ports,
            local_address: config.probe_from,
            max_requests: config.max_requests.max(1),
            body_cap: config.body_cap.max(1024),
            lookup: config
                .lookup
                .clone()
                .unwrap_or_else(|| Arc::new(SystemLookup)),
            ..NetPolicy::default()
        };
        let options = RemoteCheckOptions {
            timeout: config.timeout,
            per_request: config.per_request,
            ..RemoteCheckOptions::new(policy, trust)
        };
        if config.unsafe_allow_private_targets {
            tracing::warn!(
                "UNSAFE: --unsafe-allow-private-targets is on. Anyone who can reach this relay can \
                 make it send requests to loopback and private addresses on its network. This \
                 switch is for tests only; never run a public relay with it."
            );
        }
        Ok(RemoteChecker {
            running: Arc::new(Semaphore::new(config.max_concurrent.max(1))),
            options,
            config,
            label,
        })
    }
}

fn invalid(message: impl Into<String>) -> Refusal {
    Refusal::new(StatusCode::BAD_REQUEST, codes::INVALID_REQUEST, message)
}

fn limited(message: &str, retry_after_ms: u64) -> Refusal {
    Refusal {
        retry_after: Some(retry_after_ms.div_ceil(1000).max(1)),
        ..Refusal::new(StatusCode::TOO_MANY_REQUESTS, codes::RATE_LIMITED, message)
    }
}

/// Parses and validates the body; never quotes a value back (it could be anything).
fn parse(bytes: &[u8]) -> Result<RemoteCheckRequest, Refusal> {
    let request: RemoteCheckRequest = serde_json::from_slice(bytes).map_err(|e| {
        let text = e.to_string();
        if text.starts_with("unknown field") {
            // Names the field (never its value): the check takes no credentials or options.
            let field = text.split('`').nth(1).unwrap_or("?");
            invalid(format!(
                "unknown field \"{}\": the remote check takes only store_url and user_agents, and never a credential",
                field.escape_default()
            ))
        } else {
            invalid("expected {\"store_url\": \"https://shop.example/\", \"user_agents\": [\"...\"]}")
        }
    })?;
    if request.store_url.trim().is_empty()
        || request.store_url.len() > MAX_STORE_URL
        || request.store_url.chars().any(char::is_control)
    {
        return Err(invalid(format!(
            "store_url must be a web address of at most {MAX_STORE_URL} characters"
        )));
    }
    if request.user_agents.len() > MAX_REMOTE_USER_AGENTS {
        return Err(invalid(format!(
            "at most {MAX_REMOTE_USER_AGENTS} user agents per check"
        )));
    }
    for agent in &request.user_agents {
        if agent.trim().is_empty()
            || agent.len() > MAX_USER_AGENT_LEN
            || !agent.chars().all(|c| c == ' ' || c.is_ascii_graphic())
        {
            return Err(invalid(format!(
                "each user agent must be 1 to {MAX_USER_AGENT_LEN} printable ASCII characters"
            )));
        }
    }
    Ok(request)
}

pub async fn check(
    State(state): State<Arc<AppState>>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    preempt: Option<Extension<Preempt>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Refusal> {
    let checker = &state.remote_check;
    if !checker.config.enabled {
        return Err(Refusal::new(
            StatusCode::NOT_FOUND,
            codes::REMOTE_CHECK_DISABLED,
            "this relay does not offer the remote check",
        ));
    }
    let bytes = read_limited(
        &headers,
        body,
        state.limits.max_body_bytes,
        state.limits.body_timeout,
        &preempt.map(|p| p.0).unwrap_or_else(Preempt::never),
    )
    .await?;
    if json_depth::too_deep(&bytes, state.limits.max_json_depth) {
        return Err(invalid("the body nests too deeply"));
    }
    let request = parse(&bytes)?;
    drop(bytes);

    // A place first (nothing counted when the relay is full), then this client's share.
    let Ok(_running) = checker.running.clone().try_acquire_owned() else {
        return Err(Refusal {
            message: "the relay is running as many remote checks as it can; try again shortly"
                .into(),
            ..Refusal::overloaded()
        });
    };
    let window_ms = clock::ms(checker.config.window).max(1);
    let hit = state
        .store
        .hit_window(
            &format!("rc:client:{}", limit_key(ip)),
            checker.config.per_client,
            window_ms,
            clock::now_ms(),
        )
        .await?;
    if !hit.allowed {
        return Err(limited(
            "this address has asked for as many remote checks as it may for now",
            hit.retry_after_ms,
        ));
    }

    let prepared = match remote_check::prepare(&request.store_url, &checker.options).await {
        Ok(p) => p,
        Err(RemoteCheckError::Refused(r)) => {
            tracing::info!(ip = %ip, rule = r.rule(), "remote check refused");
            return Err(Refusal {
                rule: Some(r.rule()),
                ..Refusal::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    codes::TARGET_REFUSED,
                    format!("the remote check will not reach this store: {r}"),
                )
            });
        }
        Err(RemoteCheckError::BadUrl(e)) => return Err(invalid(e.to_string())),
        Err(e) => {
            tracing::error!(error = %e, "remote check could not start");
            return Err(Refusal::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                codes::INTERNAL,
                "the remote check could not start",
            ));
        }
    };
    // The target's share: by the address it resolved to, so many names for one server share it.
    let target = match prepared.addresses().first() {
        Some(addr) => format!("rc:target:{}", limit_key(*addr)),
        None => format!("rc:host:{}", prepared.store().host()),
    };
    let hit = state
        .store
        .hit_window(
            &target,
            checker.config.per_target,
            window_ms,
            clock::now_ms(),
        )
        .await?;
    if !hit.allowed {
        return Err(limited(
            "this store has been checked through this relay as often as it may for now",
            hit.retry_after_ms,
        ));
    }

    let started = Instant::now();
    let agents: Vec<Option<&str>> = if request.user_agents.is_empty() {
        vec![None]
    } else {
        request
            .user_agents
            .iter()
            .map(|a| Some(a.as_str()))
            .collect()
    };
    let runs = join_all(agents.iter().map(|agent| prepared.run(*agent))).await;
    let probes: Vec<RemoteProbe> = agents
        .iter()
        .zip(runs)
        .flat_map(|(agent, records)| {
            records.into_iter().map(move |record| RemoteProbe {
                record,
                user_agent: agent.map(str::to_string),
            })
        })
        .collect();
    let log_target = prepared
        .addresses()
        .first()
        .map(|a| a.to_string())
        .unwrap_or_else(|| "(did not resolve)".into());
    if checker.config.unsafe_allow_private_targets {
        tracing::warn!(ip = %ip, target = %log_target, "remote check with --unsafe-allow-private-targets on");
    }
    tracing::info!(
        ip = %ip,
        target = %log_target,
        agents = agents.len(),
        requests = prepared.requests_sent(),
        ms = started.elapsed().as_millis() as u64,
        "remote check"
    );
    let answer = RemoteCheckResponse {
        schema: REMOTE_CHECK_SCHEMA.to_string(),
        vantage: RemoteVantage {
            address: checker.config.probe_from.map(|a| a.to_string()),
            label: checker.label.clone(),
        },
        probes,
    };
    Ok((StatusCode::OK, Json(answer)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_with_anything_but_the_address_and_agents_are_refused() {
        let e =
            parse(br#"{"store_url":"https://s.example/","consumer_secret":"cs_x"}"#).unwrap_err();
        assert_eq!(e.code, codes::INVALID_REQUEST);
        assert!(e.message.contains("consumer_secret"), "{}", e.message);
        assert!(!e.message.contains("cs_x"), "{}", e.message);
        let e = parse(br#"{"store_url":"https://s.example/","user_agents":["a","b","c"]}"#)
            .unwrap_err();
        assert!(e.message.contains("at most 2"), "{}", e.message);
        let e = parse(br#"{"store_url":"https://s.example/","user_agents":["a\nb"]}"#).unwrap_err();
        assert!(e.message.contains("printable"), "{}", e.message);
        let e = parse(br#"{"store_url":5}"#).unwrap_err();
        assert!(!e.message.contains('5'), "{}", e.message);
        let ok = parse(br#"{"store_url":"shop.example","user_agents":["AcmeSync/2.1"]}"#).unwrap();
        assert_eq!(ok.user_agents, vec!["AcmeSync/2.1".to_string()]);
    }
}
