//! Runs before every handler: works out the client address, applies the per-address rate and the
//! global in-flight cap, adds protective headers, and logs one line per request — by route
//! template, so session ids, tokens and query strings never reach the log.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::refusal::Refusal;
use super::state::{AppState, ClientIp};
use crate::client_ip::{client_ip, limit_key};
use crate::limits::RateRefusal;

/// Routes exempt from the rate limit (load balancers probe them often).
const HEALTH: &str = "/v1/health";

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

    let mut response = if route != HEALTH {
        match state.rate.check(&limit_key(ip), Instant::now()) {
            Ok(()) => admit(&state, request, next).await,
            Err(RateRefusal::Limited(secs)) => Refusal::rate_limited(secs).into_response(),
            Err(RateRefusal::Saturated) => Refusal::overloaded().into_response(),
        }
    } else {
        next.run(request).await
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

/// Holds an in-flight permit for the whole request (long-polls included).
async fn admit(state: &AppState, request: Request, next: Next) -> Response {
    match state.inflight.clone().try_acquire_owned() {
        Ok(_permit) => next.run(request).await,
        Err(_) => Refusal::overloaded().into_response(),
    }
}
