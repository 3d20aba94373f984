//! Hostile servers for robustness tests: slow drip, endless body, gzip bomb, redirect loop,
//! header flood. Only REST requests get them, so discovery of the site itself still works.

use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use futures::stream;

use super::gzip_bomb;
use crate::request::Req;
use crate::response::{build, Resp, With};

/// The body the bomb inflates to: a little over 1 GiB.
const BOMB_SIZE: u64 = (1 << 30) + (1 << 20);
/// How many headers the flood sends.
pub(crate) const FLOOD_HEADERS: usize = 5000;
/// Drip interval.
pub(crate) const DRIP: Duration = Duration::from_millis(500);

/// Re-sends `resp` with its body dripping one byte per interval (Content-Length stays honest).
pub(crate) async fn slow_drip(resp: Resp) -> Resp {
    let (mut parts, body) = resp.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    parts
        .headers
        .insert(http::header::CONTENT_LENGTH, bytes.len().into());
    let s = stream::unfold(0usize, move |i| {
        let bytes = bytes.clone();
        async move {
            if i >= bytes.len() {
                return None;
            }
            tokio::time::sleep(DRIP).await;
            Some((Ok::<_, std::io::Error>(bytes.slice(i..i + 1)), i + 1))
        }
    });
    http::Response::from_parts(parts, Body::from_stream(s))
}

pub(crate) fn never_ending_body() -> Resp {
    let chunk = Bytes::from(
        "{\"id\":728,\"status\":\"processing\",\"currency\":\"EUR\",\"total\":\"54.90\",\"line_items\":[]},".repeat(200),
    );
    let s = stream::unfold(true, move |first| {
        let chunk = chunk.clone();
        async move {
            let item = if first {
                Bytes::from_static(b"[")
            } else {
                chunk
            };
            tokio::task::yield_now().await;
            Some((Ok::<_, std::io::Error>(item), false))
        }
    });
    build(200, "application/json; charset=UTF-8", Body::from_stream(s))
}

pub(crate) fn gzip_bomb() -> Resp {
    let (s, _) = gzip_bomb::stream(BOMB_SIZE);
    build(200, "application/json; charset=UTF-8", Body::from_stream(s))
        .with("content-encoding", "gzip")
}

/// Redirects to the same path with a counter that grows forever.
pub(crate) fn redirect_loop(req: &Req) -> Resp {
    let n: u64 = req.get("hs_loop").and_then(|v| v.parse().ok()).unwrap_or(0) + 1;
    let mut query: Vec<String> = req
        .query_raw
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("hs_loop="))
        .map(str::to_string)
        .collect();
    query.push(format!("hs_loop={n}"));
    let location = format!(
        "{}://{}{}?{}",
        req.scheme(),
        req.authority,
        req.path,
        query.join("&")
    );
    build(302, "text/html; charset=UTF-8", "")
        .with("x-redirect-by", "WordPress")
        .with("location", location)
}

pub(crate) fn header_flood() -> Resp {
    let mut r = build(200, "application/json; charset=UTF-8", "[]");
    for i in 0..FLOOD_HEADERS {
        crate::response::add(&mut r, &format!("x-flood-{i:04}"), "aaaaaaaaaaaaaaaa");
    }
    r
}
