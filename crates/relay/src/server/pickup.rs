//! `GET /v1/sessions/{id}/pickup?wait=SECS`: the desktop's long-poll. Answers as soon as the
//! session's state changes (or at once if it is final); hands the sealed payload over exactly once.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::PathRejection;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use base64::Engine;
use tokio::time::Instant;

use super::auth::authorized_session;
use super::fair::Preempt;
use super::refusal::Refusal;
use super::state::{AppState, ClientIp};
use crate::protocol::{codes, PickupResponse, SessionState};
use crate::store::{SessionView, TakeOutcome};
use crate::{clock, ids};

fn parse_wait(query: Option<&str>, max: Duration) -> Result<Duration, Refusal> {
    let Some(query) = query else {
        return Ok(Duration::ZERO);
    };
    match url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "wait") {
        None => Ok(Duration::ZERO),
        Some((_, v)) => v
            .parse::<u64>()
            .map(|secs| Duration::from_secs(secs).min(max))
            .map_err(|_| Refusal::bad_request("wait must be a whole number of seconds")),
    }
}

fn already_delivered() -> Refusal {
    Refusal::new(
        StatusCode::GONE,
        codes::ALREADY_DELIVERED,
        "the keys were already picked up; the relay deleted them",
    )
}

fn answer(
    view: SessionView,
    status: SessionState,
    sealed: Option<Vec<u8>>,
) -> Json<PickupResponse> {
    Json(PickupResponse {
        status,
        sealed_payload: sealed.map(|s| base64::engine::general_purpose::STANDARD.encode(s)),
        expires_at: clock::rfc3339(view.meta.expires_ms),
        attempts: view.attempts,
    })
}

pub async fn pickup(
    State(state): State<Arc<AppState>>,
    Extension(ClientIp(ip)): Extension<ClientIp>,
    preempt: Option<Extension<Preempt>>,
    path: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Json<PickupResponse>, Refusal> {
    let Path(id) = path.map_err(|_| Refusal::unknown_session())?;
    let wait = parse_wait(query.as_deref(), state.max_wait)?;
    let deadline = Instant::now() + wait;
    let mut view = authorized_session(&state, &id, &headers).await?;
    let initial = view.state(clock::now_ms());
    // A place in the long-poll pool, taken only once there is something to wait for (a final or
    // ready session answers without one); losing it to a fairer claim answers at once.
    let mut hold = None;
    let mut preempts = [preempt.map(|p| p.0), None];
    let mut preempted = false;

    loop {
        // Arm the wake-up before reading, so a change between the read and the wait is not missed.
        let changed = state.changed.notified();
        tokio::pin!(changed);
        changed.as_mut().enable();

        let now = clock::now_ms();
        let current = view.state(now);
        match current {
            SessionState::Delivered => return Err(already_delivered()),
            SessionState::Ready => {
                return match state.store.take_payload(&view.meta, now).await? {
                    TakeOutcome::Taken(sealed) => {
                        tracing::info!(session = %ids::log_tag(&id), "payload delivered");
                        // Re-read for the freshest attempt log; the payload is already ours.
                        let fresh = state.store.get(&id).await.ok().flatten().unwrap_or(view);
                        Ok(answer(fresh, SessionState::Delivered, Some(sealed)))
                    }
                    TakeOutcome::AlreadyDelivered => Err(already_delivered()),
                    TakeOutcome::Expired => Ok(answer(view, SessionState::Expired, None)),
                    TakeOutcome::Unknown => Err(Refusal::unknown_session()),
                    // Cannot follow Ready unless another instance undid an uncertain store.
                    TakeOutcome::NotReady => Ok(answer(view, SessionState::Waiting, None)),
                };
            }
            SessionState::Denied | SessionState::Expired => return Ok(answer(view, current, None)),
            SessionState::Waiting | SessionState::ApprovedNoCallback => {
                if current != initial
                    || Instant::now() >= deadline
                    || state.is_closing()
                    || preempted
                {
                    return Ok(answer(view, current, None));
                }
            }
        }

        if hold.is_none() {
            let place = state
                .longpolls
                .hold(ip, Some(&id))
                .map_err(|_| Refusal::overloaded())?;
            preempts[1] = Some(place.preempt());
            hold = Some(place);
        }

        // Wake on a local change, on the poll interval (changes made by other instances), at the
        // session's expiry, or at the deadline — whichever comes first.
        let until_expiry = Duration::from_millis(view.meta.expires_ms.saturating_sub(now));
        let nap = state.poll_interval.min(until_expiry);
        let wake = (Instant::now() + nap).min(deadline);
        tokio::select! {
            _ = &mut changed => {}
            _ = tokio::time::sleep_until(wake) => {}
            _ = ended(&preempts) => preempted = true,
        }
        view = state
            .store
            .get(&id)
            .await?
            .ok_or_else(Refusal::unknown_session)?;
    }
}

/// Resolves when either place (in flight, long-poll) was given to another.
async fn ended(preempts: &[Option<Preempt>; 2]) {
    let wait = |p: &Option<Preempt>| {
        let p = p.clone();
        async move {
            match p {
                Some(p) => p.ended().await,
                None => std::future::pending().await,
            }
        }
    };
    tokio::select! {
        _ = wait(&preempts[0]) => {}
        _ = wait(&preempts[1]) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_is_clamped_and_validated() {
        let max = Duration::from_secs(30);
        assert_eq!(parse_wait(None, max).unwrap(), Duration::ZERO);
        assert_eq!(
            parse_wait(Some("wait=5"), max).unwrap(),
            Duration::from_secs(5)
        );
        assert_eq!(parse_wait(Some("wait=999"), max).unwrap(), max);
        assert!(parse_wait(Some("wait=-1"), max).is_err());
    }
}
