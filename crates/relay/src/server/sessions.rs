//! `POST /v1/sessions` (create) and `GET /v1/sessions/{id}` (status without consuming).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Extension, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::auth::authorized_session;
use super::body::read_limited;
use super::fair::Preempt;
use super::refusal::Refusal;
use super::state::{AppState, ClientIp};
use crate::client_ip::{limit_key, prefix_key};
use crate::protocol::{codes, CreateSessionRequest, CreateSessionResponse, StatusResponse};
use crate::store::{CreateLimits, SessionMeta};
use crate::{clock, ids, json_depth, seal};

/// Longest store URL accepted (it is only echoed back).
const MAX_STORE_URL: usize = 2048;

pub async fn create(
    State(state): State<Arc<AppState>>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    preempt: Option<Extension<Preempt>>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Refusal> {
    let bytes = read_limited(
        &headers,
        body,
        state.limits.max_body_bytes,
        state.limits.body_timeout,
        &preempt.map(|p| p.0).unwrap_or_else(Preempt::never),
    )
    .await?;
    if json_depth::too_deep(&bytes, state.limits.max_json_depth) {
        return Err(Refusal::new(
            StatusCode::BAD_REQUEST,
            codes::JSON_TOO_DEEP,
            "the body nests too deeply",
        ));
    }
    let request: CreateSessionRequest = serde_json::from_slice(&bytes).map_err(|e| {
        Refusal::new(
            StatusCode::BAD_REQUEST,
            codes::MALFORMED_JSON,
            format!("expected {{\"public_key\": ...}}: {e}"),
        )
    })?;
    let public_key = seal::parse_public_key(&request.public_key)
        .map_err(|e| Refusal::bad_request(e.to_string()))?;
    let store_url = match request.store_url {
        Some(u) if u.len() > MAX_STORE_URL || u.chars().any(char::is_control) => {
            return Err(Refusal::bad_request(
                "store_url is too long or contains control characters",
            ));
        }
        other => other,
    };

    let now = clock::now_ms();
    let id = ids::new_session_id();
    let token = ids::new_token();
    let expires_ms = now.saturating_add(clock::ms(state.session_ttl));
    let meta = SessionMeta {
        id: id.clone(),
        token_hash: ids::token_hash(&token),
        public_key,
        store_url,
        created_ip: limit_key(ip),
        created_prefix: prefix_key(ip),
        created_ms: now,
        expires_ms,
        retain_until_ms: expires_ms.saturating_add(clock::ms(state.retain)),
    };
    let limits = CreateLimits {
        max_pending: state.limits.max_pending_sessions,
        max_per_ip: state.limits.max_sessions_per_ip,
        max_per_prefix: state.limits.max_sessions_per_prefix,
        max_retained: state.limits.max_retained,
    };
    state.store.create(&meta, limits, now).await?;
    tracing::info!(session = %ids::log_tag(&id), ip = %ip, "session created");

    let answer = CreateSessionResponse {
        callback_url: state.url_for(&format!("v1/callback/{id}")),
        return_url: state.url_for(&format!("v1/return/{id}")),
        user_id: id.clone(),
        session_id: id,
        pickup_token: token,
        expires_at: clock::rfc3339(expires_ms),
        expires_in_secs: state.session_ttl.as_secs(),
        max_wait_secs: state.max_wait.as_secs(),
    };
    Ok((StatusCode::CREATED, Json(answer)).into_response())
}

pub async fn status(
    State(state): State<Arc<AppState>>,
    path: Result<Path<String>, PathRejection>,
    headers: HeaderMap,
) -> Result<Json<StatusResponse>, Refusal> {
    let Path(id) = path.map_err(|_| Refusal::unknown_session())?;
    let view = authorized_session(&state, &id, &headers).await?;
    Ok(Json(StatusResponse {
        session_id: view.meta.id.clone(),
        status: view.state(clock::now_ms()),
        expires_at: clock::rfc3339(view.meta.expires_ms),
        store_url: view.meta.store_url.clone(),
        attempts: view.attempts,
    }))
}
