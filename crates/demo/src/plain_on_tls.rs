//! A TLS port that answers plain HTTP the way Apache's `mod_ssl` does: it peeks at the first byte
//! (a TLS handshake starts with 0x16), and for anything else reads the request head, writes the
//! 400 "You're speaking plain HTTP to an SSL-enabled server port" page and closes.

use std::future::Future;
use std::io;
use std::pin::Pin;

use axum_server::accept::Accept;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::apache;

/// Runs before the TLS acceptor; sets TCP_NODELAY like the other listeners.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PlainHttpAnswer {
    pub port: u16,
}

impl<S: Send + 'static> Accept<TcpStream, S> for PlainHttpAnswer {
    type Stream = TcpStream;
    type Service = S;
    type Future = Pin<Box<dyn Future<Output = io::Result<(TcpStream, S)>> + Send>>;

    fn accept(&self, stream: TcpStream, service: S) -> Self::Future {
        let port = self.port;
        Box::pin(async move {
            stream.set_nodelay(true)?;
            let mut first = [0u8; 1];
            if stream.peek(&mut first).await? == 1 && first[0] != 0x16 {
                answer(stream, port).await;
                return Err(io::Error::other("plain HTTP on the TLS port: answered 400"));
            }
            Ok((stream, service))
        })
    }
}

async fn answer(mut stream: TcpStream, port: u16) {
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    // The head ends at the blank line; a client that sends more than 16 KiB of it gets the page anyway.
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&head);
    let host = text
        .lines()
        .find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("host")
                .then(|| value.trim().to_string())
        })
        .map(|h| match h.rsplit_once(':') {
            Some((name, p)) if p.chars().all(|c| c.is_ascii_digit()) => name.to_string(),
            _ => h,
        })
        .unwrap_or_else(|| "localhost".into());
    let _ = stream
        .write_all(&apache::plain_http_on_tls_port(&host, port))
        .await;
    let _ = stream.shutdown().await;
}
