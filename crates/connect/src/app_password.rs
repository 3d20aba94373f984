//! WordPress's own app approval (`wp-admin/authorize-application.php`), for owners who prefer an
//! application password to WooCommerce keys. WordPress sends the browser back to `success_url` with
//! the new password in the query (so it shows in the address bar and may stay in the browser's
//! history: docs/security.md); plain http is allowed there only for 127.0.0.1, so a listener on
//! loopback receives it — the password never leaves this computer.
//!
//! Any local process can connect to that listener, so the return URLs carry a random per-attempt
//! nonce: an answer without it is refused with a page that says so and does not end the attempt.
//! Connections are served concurrently (at most [`MAX_CONNECTIONS`], each within
//! [`CONNECTION_TIME`]), so a stalled or hostile one cannot keep the browser's answer out.

use std::sync::Arc;
use std::time::Duration;

use handshake_engine::{AppPassword, Credentials, StoreUrl};
use thiserror::Error;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, Semaphore};
use tokio::task::JoinSet;
use url::Url;

#[derive(Debug, Error)]
pub enum AppPasswordError {
    #[error("could not listen on this computer for WordPress's answer: {0}")]
    Listen(std::io::Error),
    #[error("the approval was declined in WordPress")]
    Declined,
    #[error("no approval arrived within {}", handshake_engine::human::duration(*.0))]
    Timeout(Duration),
    #[error("WordPress's answer was not understood: {0}")]
    BadAnswer(String),
}

/// Connections served at once; more are closed at once (a browser needs one or two).
pub const MAX_CONNECTIONS: usize = 32;
/// One connection's whole life: reading the request head and writing the page.
pub const CONNECTION_TIME: Duration = Duration::from_secs(10);
/// One request line and headers from a local browser: 16 KiB is plenty.
const MAX_HEAD: usize = 16 * 1024;

/// A waiting listener and the link that leads the owner to WordPress's approval screen.
pub struct Approval {
    listener: TcpListener,
    nonce: String,
    pub link: Url,
}

/// App ids must be UUIDs; one fixed id lets WordPress group Handshake's passwords.
const APP_ID: &str = "5d4f5a2e-8c1b-4f3e-9a67-2b1c0d9e8f70";

pub async fn start(store: &StoreUrl, app_name: &str) -> Result<Approval, AppPasswordError> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(AppPasswordError::Listen)?;
    let port = listener
        .local_addr()
        .map_err(AppPasswordError::Listen)?
        .port();
    let nonce = new_nonce();
    let mut link = store.join("wp-admin/authorize-application.php");
    link.query_pairs_mut()
        .append_pair("app_name", app_name)
        .append_pair("app_id", APP_ID)
        .append_pair(
            "success_url",
            &format!("http://127.0.0.1:{port}/{nonce}/approved"),
        )
        .append_pair(
            "reject_url",
            &format!("http://127.0.0.1:{port}/{nonce}/declined"),
        );
    Ok(Approval {
        listener,
        nonce,
        link,
    })
}

/// 128 random bits as hex, from the OS's generator (through `rand`'s thread RNG).
fn new_nonce() -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

const PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Handshake</title></head>\
<body style=\"font-family:sans-serif;max-width:32em;margin:4em auto\"><h1>{TITLE}</h1><p>{TEXT}</p></body></html>";

/// What one connection asked for.
enum Request {
    /// WordPress's answer for this attempt (the nonce matched).
    Answer(Result<Credentials, AppPasswordError>),
    /// An approval path without this attempt's nonce: not from the approval Handshake opened.
    WrongNonce,
    /// Anything else (a favicon, a stray request, an unreadable head).
    Other,
}

impl Approval {
    /// Waits for the browser to come back; answers it with a short page and returns the password.
    pub async fn wait(self, timeout: Duration) -> Result<Credentials, AppPasswordError> {
        let Approval {
            listener, nonce, ..
        } = self;
        let nonce: Arc<str> = nonce.into();
        let (tx, mut rx) = mpsc::channel(1);
        let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        // Dropped on return: every connection still open is closed with it.
        let mut connections = JoinSet::new();
        let work = async {
            loop {
                tokio::select! {
                    answer = rx.recv() => {
                        if let Some(answer) = answer {
                            return answer;
                        }
                    }
                    accepted = listener.accept() => {
                        let (socket, _) = accepted.map_err(AppPasswordError::Listen)?;
                        // Over the bound: close it now rather than queue behind stalled ones.
                        let Ok(slot) = slots.clone().try_acquire_owned() else { continue };
                        let (nonce, tx) = (nonce.clone(), tx.clone());
                        connections.spawn(async move {
                            let _slot = slot;
                            let served = tokio::time::timeout(CONNECTION_TIME, serve(socket, &nonce)).await;
                            if let Ok(Some(answer)) = served {
                                let _ = tx.try_send(answer);
                            }
                        });
                        // Reap finished connections so the set stays small.
                        while connections.try_join_next().is_some() {}
                    }
                }
            }
        };
        tokio::time::timeout(timeout, work)
            .await
            .map_err(|_| AppPasswordError::Timeout(timeout))?
    }
}

/// Serves one connection; returns WordPress's answer when this request carried it.
async fn serve(
    mut socket: TcpStream,
    nonce: &str,
) -> Option<Result<Credentials, AppPasswordError>> {
    let head = read_head(&mut socket).await?;
    let target = head.split_whitespace().nth(1).unwrap_or("");
    let request = match Url::parse(&format!("http://127.0.0.1{target}")) {
        Ok(url) => classify(&url, nonce),
        Err(_) => Request::Other,
    };
    let (status, title, text, answer) = match request {
        Request::Answer(outcome) => {
            let (title, text) = match &outcome {
                Ok(_) => ("Approved", "Handshake received the application password. You can close this tab."),
                Err(AppPasswordError::Declined) => ("Declined", "You declined the request. You can close this tab."),
                Err(_) => ("Something went wrong", "Handshake could not read WordPress's answer. Go back to Handshake for details."),
            };
            ("200 OK", title, text, Some(outcome))
        }
        Request::WrongNonce => (
            "403 Forbidden",
            "Not from your approval",
            "This answer does not belong to the approval Handshake opened, so it was ignored. \
             Handshake is still waiting for WordPress: approve the app in the tab Handshake opened.",
            None,
        ),
        Request::Other => {
            let _ = socket
                .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .await;
            return None;
        }
    };
    let body = PAGE.replace("{TITLE}", title).replace("{TEXT}", text);
    // no-store and no-referrer: the URL that led here holds the password.
    let response = format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = socket.write_all(response.as_bytes()).await;
    answer
}

/// The request line and headers, or `None` when the peer sent nothing usable.
async fn read_head(socket: &mut TcpStream) -> Option<String> {
    let mut buf = vec![0u8; MAX_HEAD];
    let mut len = 0;
    while len < buf.len() {
        let n = socket.read(&mut buf[len..]).await.ok()?;
        if n == 0 {
            break;
        }
        len += n;
        if buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    (len > 0).then(|| String::from_utf8_lossy(&buf[..len]).into_owned())
}

/// `/NONCE/approved` and `/NONCE/declined` carry WordPress's answer; an approval path with any
/// other nonce (or none) is refused.
fn classify(url: &Url, nonce: &str) -> Request {
    let segments: Vec<&str> = url.path().trim_start_matches('/').split('/').collect();
    let (given, action) = match segments.as_slice() {
        [given, action] => (*given, *action),
        [action] => ("", *action),
        _ => return Request::Other,
    };
    if !matches!(action, "approved" | "declined") {
        return Request::Other;
    }
    if !same(given.as_bytes(), nonce.as_bytes()) {
        return Request::WrongNonce;
    }
    Request::Answer(match action {
        "approved" => parse_approved(url),
        _ => Err(AppPasswordError::Declined),
    })
}

/// Compares without stopping at the first difference, so timing tells nothing about the nonce.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn parse_approved(url: &Url) -> Result<Credentials, AppPasswordError> {
    let get = |k: &str| {
        url.query_pairs()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.into_owned())
    };
    if get("success").as_deref() == Some("false") {
        return Err(AppPasswordError::Declined);
    }
    let user =
        get("user_login").ok_or_else(|| AppPasswordError::BadAnswer("no user_login".into()))?;
    let password =
        get("password").ok_or_else(|| AppPasswordError::BadAnswer("no password".into()))?;
    let app = AppPassword::new(&user, &password)
        .map_err(|e| AppPasswordError::BadAnswer(e.to_string()))?;
    Ok(Credentials {
        woo: None,
        app_password: Some(app),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_attempts_nonce_carries_an_answer() {
        let nonce = new_nonce();
        assert_eq!(nonce.len(), 32);
        assert_ne!(nonce, new_nonce());
        let at = |path: &str| Url::parse(&format!("http://127.0.0.1{path}")).unwrap();
        let q = "?user_login=admin&password=abcd+EFGH+ijkl+MNOP+qrst+UVWX";
        assert!(matches!(
            classify(&at(&format!("/{nonce}/approved{q}")), &nonce),
            Request::Answer(Ok(_))
        ));
        assert!(matches!(
            classify(&at(&format!("/{nonce}/declined")), &nonce),
            Request::Answer(Err(AppPasswordError::Declined))
        ));
        for forged in [
            format!("/approved{q}"),
            format!("/{}/approved{q}", new_nonce()),
            format!("/{}/approved{q}", &nonce[..31]),
            "/declined".to_string(),
        ] {
            assert!(
                matches!(classify(&at(&forged), &nonce), Request::WrongNonce),
                "{forged}"
            );
        }
        assert!(matches!(
            classify(&at("/favicon.ico"), &nonce),
            Request::Other
        ));
    }

    #[test]
    fn reads_wordpress_answer() {
        let ok = Url::parse("http://127.0.0.1/approved?site_url=https%3A%2F%2Fs&user_login=admin&password=abcd+EFGH+ijkl+MNOP+qrst+UVWX").unwrap();
        let creds = parse_approved(&ok).unwrap();
        assert_eq!(creds.app_password.unwrap().user, "admin");
        let declined = Url::parse("http://127.0.0.1/approved?success=false").unwrap();
        assert!(matches!(
            parse_approved(&declined),
            Err(AppPasswordError::Declined)
        ));
        let broken =
            Url::parse("http://127.0.0.1/approved?user_login=admin&password=short").unwrap();
        assert!(matches!(
            parse_approved(&broken),
            Err(AppPasswordError::BadAnswer(_))
        ));
    }
}
