//! Pickup-token checks: the bearer token must hash to the session's stored hash.

use axum::http::{header, HeaderMap};

use super::refusal::Refusal;
use super::state::AppState;
use crate::ids;
use crate::store::SessionView;

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(token.trim())
}

/// Loads the session named in the path and checks the caller's token against it.
pub async fn authorized_session(
    state: &AppState,
    id: &str,
    headers: &HeaderMap,
) -> Result<SessionView, Refusal> {
    if !ids::is_valid_session_id(id) {
        return Err(Refusal::unknown_session());
    }
    let token = bearer(headers).ok_or_else(Refusal::unauthorized)?;
    let view = state
        .store
        .get(id)
        .await?
        .ok_or_else(Refusal::unknown_session)?;
    if !ids::token_matches(token, &view.meta.token_hash) {
        tracing::warn!(session = %ids::log_tag(id), "wrong pickup token");
        return Err(Refusal::unauthorized());
    }
    Ok(view)
}
