//! `POST /v1/callback/{id}`: the store's server-to-server POST of the new key.
//!
//! WooCommerce keeps the key only if this answers exactly `200`; any other answer makes it delete
//! the key. So the order is: validate, seal, store — and once stored, nothing but `200` is sent.
//! Every refusal happens before storing. Callbacks are served from capacity of their own
//! (`Limits::max_inflight_callbacks`), outside every other cap.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::body::read_limited;
use super::fair::Preempt;
use super::refusal::Refusal;
use super::state::{AppState, ClientIp};
use crate::client_ip::limit_key;
use crate::protocol::{codes, Attempt, AttemptKind, CallbackAck};
use crate::store::{PutOutcome, SessionMeta};
use crate::{clock, ids, seal, wc_callback};

pub async fn receive(
    State(state): State<Arc<AppState>>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    path: Result<Path<String>, PathRejection>,
    preempt: Option<Extension<Preempt>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let id = match path {
        Ok(Path(id)) if ids::is_valid_session_id(&id) => id,
        _ => return Refusal::unknown_session().into_response(),
    };
    let tag = ids::log_tag(&id);
    // The session first: a POST for no session is refused before a byte of its body is read, so
    // slow bodies need a real session (which the per-address session limits bound).
    let view = match state.store.get(&id).await {
        Ok(Some(view)) => view,
        Ok(None) => {
            tracing::warn!(session = %tag, ip = %ip, "callback for an unknown session");
            return Refusal::unknown_session().into_response();
        }
        Err(e) => return Refusal::from(e).into_response(),
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    // Wiped on drop: it holds the plaintext key.
    let bytes = match wc_callback::check_content_type(content_type) {
        Err(e) => Err(Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            e.code(),
            e.to_string(),
        )),
        Ok(()) => {
            read_limited(
                &headers,
                body,
                state.limits.max_body_bytes,
                state.limits.body_timeout,
                &preempt.map(|p| p.0).unwrap_or_else(Preempt::never),
            )
            .await
        }
    };
    let size = bytes.as_ref().map(|b| b.len() as u64).unwrap_or(0);

    let meta = view.meta;
    let now = clock::now_ms();

    let outcome = match bytes {
        Err(refusal) => Err(refusal),
        Ok(_) if now >= meta.expires_ms => Err(Refusal::expired()),
        // A place of the callbacks' own capacity, taken only now: a body still arriving holds a
        // connection (fairly capped) but no place, so slow uploads cannot crowd out a store.
        Ok(bytes) => match state.callbacks.hold(ip, None) {
            Ok(place) => {
                let stored = store_sealed(&state, &meta, &bytes, now).await;
                drop(place);
                stored
            }
            Err(_) => {
                state.tally.add("overloaded: callback cap", &limit_key(ip));
                Err(Refusal::overloaded())
            }
        },
    };
    let (status, result) = match &outcome {
        Ok(()) => (StatusCode::OK, "accepted"),
        Err(r) => (r.status, r.code),
    };
    let attempt = Attempt {
        at: clock::rfc3339(now),
        kind: AttemptKind::Callback,
        source_ip: ip.to_string(),
        bytes: size,
        result: result.to_string(),
        http_status: status.as_u16(),
    };
    if let Err(e) = state.store.add_attempt(&meta, &attempt).await {
        // Diagnostics lost; the answer must not change because of it (the payload may be stored).
        tracing::warn!(session = %tag, error = %e, "could not record the callback attempt");
    }
    state.changed.notify_waiters();
    tracing::info!(session = %tag, ip = %ip, bytes = size, result, "callback");

    match outcome {
        Ok(()) => (
            StatusCode::OK,
            Json(CallbackAck {
                status: "received".into(),
            }),
        )
            .into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

/// Validates, seals and stores. `Ok` means stored: the caller must answer 200.
async fn store_sealed(
    state: &AppState,
    meta: &SessionMeta,
    body: &[u8],
    now: u64,
) -> Result<(), Refusal> {
    let callback =
        wc_callback::parse(body, state.limits.max_json_depth, meta.user_id()).map_err(|e| {
            let status = match e {
                wc_callback::CallbackError::Malformed | wc_callback::CallbackError::TooDeep(_) => {
                    StatusCode::BAD_REQUEST
                }
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            Refusal::new(status, e.code(), e.to_string())
        })?;
    let plaintext = callback.sealed_plaintext(&clock::rfc3339(now));
    let sealed = seal::seal(&meta.public_key, &plaintext).map_err(|_| {
        Refusal::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            codes::INTERNAL,
            "sealing failed",
        )
    })?;
    drop(plaintext);
    match state.store.put_payload(&meta.id, sealed, now).await {
        Ok(PutOutcome::Stored) => Ok(()),
        Ok(PutOutcome::AlreadyReceived) => Err(Refusal::new(
            StatusCode::CONFLICT,
            codes::ALREADY_RECEIVED,
            "this session already received keys; a second key is refused so the store deletes it",
        )),
        Ok(PutOutcome::Expired) => Err(Refusal::expired()),
        Ok(PutOutcome::Unknown) => Err(Refusal::unknown_session()),
        Err(e) => {
            // The write may or may not have landed; undo it so "stored" never pairs with a non-200.
            if let Err(undo) = state.store.forget_payload(&meta.id).await {
                tracing::error!(session = %ids::log_tag(&meta.id), error = %undo, "could not undo an uncertain store");
            }
            Err(Refusal::from(e))
        }
    }
}
