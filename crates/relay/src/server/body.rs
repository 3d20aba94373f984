//! Reading a request body with a size cap and a deadline, so neither a huge nor a dripping body
//! can tie the relay up. The body is collected into a buffer wiped on drop: for a callback it is the
//! store's plaintext key. (hyper's own read buffers are outside our reach; they are reused or freed
//! by hyper.)

use std::time::Duration;

use axum::body::Body;
use axum::http::{header, HeaderMap, StatusCode};
use futures::StreamExt;

use super::fair::Preempt;
use super::refusal::Refusal;
use crate::protocol::codes;
use crate::wipe::{self, WipedBuf};

pub async fn read_limited(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    deadline: Duration,
    preempt: &Preempt,
) -> Result<WipedBuf, Refusal> {
    // Refuse an announced oversize body before reading a byte of it.
    let announced = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(Refusal::too_large(limit));
    }
    let read = async {
        let mut stream = body.into_data_stream();
        // Room for the announced size up front, so the buffer rarely has to move.
        let mut buf = wipe::with_capacity(announced.map_or(1024, |n| n as usize).min(limit));
        while let Some(chunk) = stream.next().await {
            let chunk =
                chunk.map_err(|_| Refusal::bad_request("the request body could not be read"))?;
            if buf.len() + chunk.len() > limit {
                return Err(Refusal::too_large(limit));
            }
            wipe::extend(&mut buf, &chunk);
        }
        Ok(buf)
    };
    tokio::select! {
        done = tokio::time::timeout(deadline, read) => done.map_err(|_| {
            Refusal::new(
                StatusCode::REQUEST_TIMEOUT,
                codes::BODY_TIMEOUT,
                "the request body arrived too slowly",
            )
        })?,
        // The relay is full and this address holds more than its share: the slow upload yields.
        _ = preempt.ended() => Err(Refusal::overloaded()),
    }
}
