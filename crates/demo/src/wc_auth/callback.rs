//! `wp_safe_remote_post` of the keys to callback_url. Errors are worded as WordPress shows them
//! (WP_Http's URL check, cURL transport errors). Only loopback targets are ever contacted.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::time::Duration;

use crate::context::Ctx;
use crate::tls;

const INVALID_URL: &str = "A valid URL was not provided.";
const NOT_SENT: &str =
    "An error occurred in the request and at the time were unable to send the consumer data";

/// `wp_http_validate_url`, in test mode: loopback hosts (any port) and the store's own host are
/// allowed; every other host is treated as unresolvable, so no traffic leaves the machine.
fn target(ctx: &Ctx, url: &url::Url) -> Result<(String, SocketAddr), String> {
    if !matches!(url.scheme(), "http" | "https")
        || !url.username().is_empty()
        || url.password().is_some()
    {
        return Err(INVALID_URL.into());
    }
    let port = url.port_or_known_default().ok_or(INVALID_URL)?;
    let host = url.host_str().ok_or(INVALID_URL)?.to_string();
    let ip = match url.host() {
        Some(url::Host::Ipv4(ip)) if ip.is_loopback() => IpAddr::V4(ip),
        Some(url::Host::Ipv6(ip)) if ip.is_loopback() => IpAddr::V6(ip),
        Some(url::Host::Domain(d))
            if d.eq_ignore_ascii_case("localhost") || d.eq_ignore_ascii_case(ctx.req.host()) =>
        {
            IpAddr::V4(Ipv4Addr::LOCALHOST)
        }
        _ => return Err(INVALID_URL.into()),
    };
    Ok((host, SocketAddr::new(ip, port)))
}

fn error_chain(e: &reqwest::Error) -> String {
    let mut text = format!("{e:?}");
    let mut src: Option<&dyn std::error::Error> = std::error::Error::source(e);
    while let Some(s) = src {
        text.push_str(&format!(" {s}"));
        src = s.source();
    }
    text
}

fn curl_message(e: &reqwest::Error, host: &str, port: u16) -> String {
    let chain = error_chain(e);
    if chain.contains("UnknownIssuer") || chain.contains("unknown issuer") {
        "cURL error 60: SSL certificate problem: unable to get local issuer certificate".into()
    } else if chain.contains("Expired") || chain.contains("expired") {
        "cURL error 60: SSL certificate problem: certificate has expired".into()
    } else if chain.contains("NotValidForName") || chain.contains("not valid for name") {
        format!("cURL error 60: SSL: no alternative certificate subject name matches target host name '{host}'")
    } else if e.is_timeout() {
        "cURL error 28: Operation timed out after 60000 milliseconds with 0 bytes received".into()
    } else if chain.contains("refused") {
        format!("cURL error 7: Failed to connect to {host} port {port} after 0 ms: Couldn't connect to server")
    } else if chain.to_ascii_lowercase().contains("tls") || chain.contains("certificate") {
        format!(
            "cURL error 35: OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to {host}:{port} "
        )
    } else {
        "cURL error 56: Failure when receiving data from the peer".into()
    }
}

/// POSTs `body`; `Ok` only for exactly HTTP 200 (redirects are not followed: they fail too).
pub(crate) async fn post(
    ctx: &Ctx<'_>,
    callback_url: &str,
    body: String,
    user_agent: &str,
) -> Result<(), String> {
    let url = url::Url::parse(callback_url).map_err(|_| INVALID_URL.to_string())?;
    let (host, addr) = target(ctx, &url)?;
    if ctx.site().key_delivery == crate::scenario::KeyDelivery::Blocked {
        // The host's firewall drops outgoing connections: nothing is sent.
        return Err(format!("cURL error 7: Failed to connect to {host} port {} after 0 ms: Couldn't connect to server", addr.port()));
    }
    let roots: Vec<Vec<u8>> = ctx.app.ca_cert.iter().cloned().collect();
    let tls = tls::client_config(&roots).map_err(|e| e.to_string())?;
    let client = reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .resolve(&host, addr)
        .build()
        .map_err(|e| e.to_string())?;
    let response = client
        .post(url.clone())
        .header("content-type", "application/json;charset=UTF-8")
        .header("user-agent", user_agent)
        .header("accept", "*/*")
        .body(body)
        .send()
        .await
        .map_err(|e| curl_message(&e, &host, addr.port()))?;
    if response.status().as_u16() == 200 {
        Ok(())
    } else {
        Err(NOT_SENT.into())
    }
}
