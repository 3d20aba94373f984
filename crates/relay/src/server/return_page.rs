//! `GET /v1/return/{id}?success=1|0&user_id=…`: where WooCommerce sends the owner's browser after
//! the Approve/Deny screen. Records the outcome and shows a page that needs nothing remote.

use std::sync::Arc;

use axum::extract::rejection::PathRejection;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::page::Page;
use super::state::{AppState, ClientIp};
use crate::protocol::{codes, Attempt, AttemptKind};
use crate::store::ReturnOutcome;
use crate::{clock, ids};

fn query_value(query: &str, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

pub async fn show(
    State(state): State<Arc<AppState>>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    let id = match path {
        Ok(Path(id)) if ids::is_valid_session_id(&id) => id,
        _ => return Page::Invalid.into_response(),
    };
    let view = match state.store.get(&id).await {
        Ok(Some(view)) => view,
        Ok(None) => return Page::Invalid.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "session storage failed on the return page");
            let mut page = Page::Invalid.into_response();
            *page.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            return page;
        }
    };
    let query = query.unwrap_or_default();
    let now = clock::now_ms();
    let outcome = match query_value(&query, "success").as_deref() {
        Some("1") => Some(ReturnOutcome::Approved),
        Some("0") => Some(ReturnOutcome::Denied),
        _ => None,
    };
    let user_id_matches = query_value(&query, "user_id").is_some_and(|u| u == view.meta.user_id());

    let (page, result) = if now >= view.meta.expires_ms {
        (Page::Expired, codes::SESSION_EXPIRED)
    } else if !user_id_matches {
        (Page::Invalid, codes::USER_ID_MISMATCH)
    } else {
        match outcome {
            None => (Page::Invalid, codes::BAD_REQUEST),
            Some(o) => match state.store.set_return(&id, o).await {
                Ok(true) => match o {
                    ReturnOutcome::Approved => (Page::Approved, "approved"),
                    ReturnOutcome::Denied => (Page::Denied, "denied"),
                },
                Ok(false) => (Page::Invalid, codes::UNKNOWN_SESSION),
                Err(e) => {
                    tracing::error!(error = %e, "could not record the return");
                    (Page::Invalid, codes::STORAGE_UNAVAILABLE)
                }
            },
        }
    };
    let response = page.into_response();
    let attempt = Attempt {
        at: clock::rfc3339(now),
        kind: AttemptKind::Return,
        source_ip: ip.to_string(),
        bytes: 0,
        result: result.to_string(),
        http_status: response.status().as_u16(),
    };
    if let Err(e) = state.store.add_attempt(&view.meta, &attempt).await {
        tracing::warn!(error = %e, "could not record the return attempt");
    }
    state.changed.notify_waiters();
    tracing::info!(session = %ids::log_tag(&id), ip = %ip, result, "return page");
    response
}
