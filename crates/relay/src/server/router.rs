//! The routes. Every answer, including unknown routes and wrong methods, is JSON (or the return
//! page's HTML).

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{middleware, Json, Router};

use super::refusal::Refusal;
use super::state::AppState;
use super::{callback, guard, pickup, remote_check, return_page, sessions};
use crate::protocol::codes;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/sessions", post(sessions::create))
        .route("/v1/sessions/{id}", get(sessions::status))
        .route("/v1/sessions/{id}/pickup", get(pickup::pickup))
        .route("/v1/callback/{id}", post(callback::receive))
        .route("/v1/return/{id}", get(return_page::show))
        .route("/v1/remote-check", post(remote_check::check))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(state.clone(), guard::guard))
        .with_state(state)
}

async fn health(State(state): State<Arc<AppState>>) -> Response {
    match state.store.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ok" })).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: storage unavailable");
            Refusal::storage().into_response()
        }
    }
}

async fn not_found() -> Refusal {
    Refusal::new(
        StatusCode::NOT_FOUND,
        codes::NOT_FOUND,
        "no such route; see docs/relay.md for the API",
    )
}

async fn method_not_allowed() -> Refusal {
    Refusal::new(
        StatusCode::METHOD_NOT_ALLOWED,
        codes::METHOD_NOT_ALLOWED,
        "this route does not take that method",
    )
}
