//! WordPress's own app approval (`wp-admin/authorize-application.php`), for owners who prefer an
//! application password to WooCommerce keys. WordPress sends the browser back to `success_url` with
//! the new password; plain http is allowed there only for 127.0.0.1, so a one-shot listener on
//! loopback receives it — the password never leaves this computer.

use std::time::Duration;

use handshake_engine::{AppPassword, Credentials, StoreUrl};
use thiserror::Error;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use url::Url;

#[derive(Debug, Error)]
pub enum AppPasswordError {
    #[error("could not listen on this computer for WordPress's answer: {0}")]
    Listen(std::io::Error),
    #[error("the approval was declined in WordPress")]
    Declined,
    #[error("no approval arrived within {0:?}")]
    Timeout(Duration),
    #[error("WordPress's answer was not understood: {0}")]
    BadAnswer(String),
}

/// A waiting listener and the link that leads the owner to WordPress's approval screen.
pub struct Approval {
    listener: TcpListener,
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
    let mut link = store.join("wp-admin/authorize-application.php");
    link.query_pairs_mut()
        .append_pair("app_name", app_name)
        .append_pair("app_id", APP_ID)
        .append_pair("success_url", &format!("http://127.0.0.1:{port}/approved"))
        .append_pair("reject_url", &format!("http://127.0.0.1:{port}/declined"));
    Ok(Approval { listener, link })
}

const PAGE: &str = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Handshake</title></head>\
<body style=\"font-family:sans-serif;max-width:32em;margin:4em auto\"><h1>{TITLE}</h1><p>{TEXT}</p></body></html>";

impl Approval {
    /// Waits for the browser to come back; answers it with a short page and returns the password.
    pub async fn wait(self, timeout: Duration) -> Result<Credentials, AppPasswordError> {
        let work = async {
            loop {
                let (mut socket, _) = self
                    .listener
                    .accept()
                    .await
                    .map_err(AppPasswordError::Listen)?;
                // One request line and headers from a local browser: 16 KiB is plenty.
                let mut buf = vec![0u8; 16 * 1024];
                let mut len = 0;
                while len < buf.len() {
                    let n = match tokio::time::timeout(
                        Duration::from_secs(5),
                        socket.read(&mut buf[len..]),
                    )
                    .await
                    {
                        Ok(Ok(n)) => n,
                        _ => break,
                    };
                    if n == 0 {
                        break;
                    }
                    len += n;
                    if buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
                        break;
                    }
                }
                let head = String::from_utf8_lossy(&buf[..len]).to_string();
                let target = head.split_whitespace().nth(1).unwrap_or("").to_string();
                let Ok(url) = Url::parse(&format!("http://127.0.0.1{target}")) else {
                    continue;
                };
                let outcome = match url.path() {
                    "/approved" => parse_approved(&url),
                    "/declined" => Err(AppPasswordError::Declined),
                    // Favicons and the like: not for us.
                    _ => {
                        let _ = socket.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").await;
                        continue;
                    }
                };
                let (title, text) = match &outcome {
                    Ok(_) => ("Approved", "Handshake received the application password. You can close this tab."),
                    Err(AppPasswordError::Declined) => ("Declined", "You declined the request. You can close this tab."),
                    Err(_) => ("Something went wrong", "Handshake could not read WordPress's answer. Go back to Handshake for details."),
                };
                let body = PAGE.replace("{TITLE}", title).replace("{TEXT}", text);
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(response.as_bytes()).await;
                return outcome;
            }
        };
        tokio::time::timeout(timeout, work)
            .await
            .map_err(|_| AppPasswordError::Timeout(timeout))?
    }
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
