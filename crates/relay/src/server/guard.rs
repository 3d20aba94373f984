//! Runs before every handler: works out the client address, applies the per-address rate, the
//! in-flight caps and the address's share of them (store callbacks have capacity of their own), adds
//! protective headers, and logs one line per request — by route template, so session ids, tokens
//! and query strings never reach the log. Refusals by rate or capacity are counted instead, and
//! summarised every few seconds (see `tally`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::fair::PoolRefusal;
use super::refusal::Refusal;
use super::state::{AppState, ClientIp};
use crate::client_ip::{client_ip, limit_key};
use crate::limits::RateRefusal;

/// Routes exempt from the rate limit (load balancers probe them often).
const HEALTH: &str = "/v1/health";
/// The store's POST: takes a place of its own capacity only once its body is in (see `callback`).
const CALLBACK: &str = "/v1/callback/{id}";

pub async fn guard(
    State(state): State<Arc<AppState>>,
    mut request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "(unmatched)".to_string());
    let method = request.method().clone();
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED));
    let ip = client_ip(peer, request.headers(), &state.trusted_proxies);
    request.extensions_mut().insert(ClientIp(ip));

    let (mut response, refused) = if route != HEALTH {
        match state.rate.check(&limit_key(ip), Instant::now()) {
            Ok(()) => admit(&state, &route, ip, request, next).await,
            Err(RateRefusal::Limited(secs)) => (
                Refusal::rate_limited(secs).into_response(),
                Some("rate limited"),
            ),
            Err(RateRefusal::Saturated) => (
                Refusal::overloaded().into_response(),
                Some("overloaded: too many addresses"),
            ),
        }
    } else {
        (next.run(request).await, None)
    };

    let headers = response.headers_mut();
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    if let Some(kind) = refused {
        state.tally.add(kind, &limit_key(ip));
        return response;
    }
    tracing::info!(
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        ip = %ip,
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    response
}

/// Holds an in-flight permit and a share of the address's for the whole request (long-polls
/// included). Says which refusal it was, if any.
async fn admit(
    state: &AppState,
    route: &str,
    ip: IpAddr,
    mut request: Request,
    next: Next,
) -> (Response, Option<&'static str>) {
    if route == CALLBACK {
        return (next.run(request).await, None);
    }
    match state.inflight.hold(ip, None) {
        Ok(place) => {
            request.extensions_mut().insert(place.preempt());
            (next.run(request).await, None)
        }
        Err(PoolRefusal::AddressShare) => (
            Refusal::address_busy().into_response(),
            Some("refused: address's in-flight share"),
        ),
        Err(PoolRefusal::Full) => (
            Refusal::overloaded().into_response(),
            Some("overloaded: in-flight cap"),
        ),
    }
}
