//! Reaching the store: name, connection, certificate, HTTPS, redirects, maintenance and rate limits.

use super::evidence::{from_exchange, note};
use super::{Diagnosis, Facts};
use crate::details::{ConnectFailure, Details};
use crate::finding_id::FindingId;
use crate::firewall;
use crate::http::FetchError;
use crate::probes::{network, ProbeData, ProbeId};
use crate::report::Severity;
use crate::wp;
use crate::wp::WpAnswer;

/// What happened when connecting: from the TCP probe's error when it failed, else from the home
/// page request's (the socket connected, and then the answer was missing or not HTTP).
fn connect_failure(tcp_error: Option<&str>, fetch: Option<&FetchError>) -> ConnectFailure {
    let refused = |m: &str| m.to_ascii_lowercase().contains("refused");
    if let Some(tcp) = tcp_error {
        return if tcp.contains(network::NO_ANSWER_WITHIN) {
            ConnectFailure::TimedOut
        } else if refused(tcp) {
            ConnectFailure::Refused
        } else {
            ConnectFailure::Failed
        };
    }
    match fetch {
        Some(FetchError::Timeout(_)) => ConnectFailure::TimedOut,
        Some(FetchError::Connect(m)) if refused(m) => ConnectFailure::Refused,
        // The socket connected (the TCP probe passed), then the server reset it: it hung up
        // without a word. "reset" in every OS's wording of ECONNRESET/WSAECONNRESET.
        Some(FetchError::Connect(m)) if m.to_ascii_lowercase().contains("reset") => {
            ConnectFailure::ClosedWithoutAnswer
        }
        // hyper's words for a connection closed before any response arrived.
        Some(FetchError::Protocol(m))
            if m.contains("connection closed before message completed")
                || m.contains("IncompleteMessage") =>
        {
            ConnectFailure::ClosedWithoutAnswer
        }
        Some(FetchError::Protocol(_)) => ConnectFailure::NotHttp,
        // The socket connected and the home page request had no outcome of its own: the run's
        // time limit stopped it while it waited for an answer.
        None => ConnectFailure::TimedOut,
        _ => ConnectFailure::Failed,
    }
}

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    let r = f.redactor;
    let host = f.ctx.store.host().to_string();

    if let Some(ProbeData::NetError(e)) = f.data(ProbeId::Dns) {
        let details = Details {
            network_error: Some(e.clone()),
            ..Default::default()
        };
        out.push(Diagnosis::new(
            FindingId::NetDns,
            Severity::Error,
            details,
            vec![note(ProbeId::Dns, &format!("resolve {host}"), e, r)],
        ));
        return out;
    }

    let home = f.home();
    let fell_back = home.is_some_and(|h| h.fell_back_to_http);
    if fell_back {
        let why = home.and_then(|h| h.https_error.clone()).unwrap_or_default();
        let details = Details {
            network_error: Some(why.clone()),
            ..Default::default()
        };
        let ev = vec![note(
            ProbeId::Home,
            &format!("GET {}", f.ctx.store),
            &format!("https failed ({why}); plain http answered"),
            r,
        )];
        out.push(Diagnosis::new(
            FindingId::TlsMissing,
            Severity::Error,
            details,
            ev,
        ));
    }

    if !f.reached() {
        let error = home.and_then(|h| h.fetched.error.clone());
        let tcp_error = match f.data(ProbeId::Tcp) {
            Some(ProbeData::NetError(e)) => Some(e.clone()),
            _ => None,
        };
        let failure = connect_failure(tcp_error.as_deref(), error.as_ref());
        let message = tcp_error
            .or_else(|| error.as_ref().map(|e| e.to_string()))
            .unwrap_or_else(|| "no answer".into());
        let id = match error {
            Some(FetchError::Dns(_)) => FindingId::NetDns,
            Some(FetchError::TooManyRedirects) => FindingId::HttpRedirect,
            Some(FetchError::Tls(_)) if f.ctx.store.is_https() => FindingId::TlsMissing,
            _ => FindingId::NetConnect,
        };
        let details = Details {
            network_error: Some(message.clone()),
            connect_failure: Some(failure),
            ..Default::default()
        };
        out.push(Diagnosis::new(
            id,
            Severity::Error,
            details,
            vec![note(
                ProbeId::Home,
                &format!("GET {}", f.ctx.store),
                &message,
                r,
            )],
        ));
        return out;
    }

    if let Some(ProbeData::Tls(report)) = f.data(ProbeId::Tls) {
        if let Some(problem) = &report.problem {
            let details = Details {
                tls_problem: Some(problem.to_string()),
                tls_cert_problem: Some(problem.clone()),
                ..Default::default()
            };
            let detail = format!(
                "{problem}; issuer {}, valid until {}",
                report.issuer, report.not_after
            );
            out.push(Diagnosis::new(
                FindingId::TlsCertificate,
                Severity::Error,
                details,
                vec![note(
                    ProbeId::Tls,
                    &format!("TLS handshake with {host}"),
                    &detail,
                    r,
                )],
            ));
        }
    } else if home.is_some_and(|h| h.insecure_tls) {
        let why = home.and_then(|h| h.https_error.clone()).unwrap_or_default();
        let details = Details {
            tls_problem: Some(why.clone()),
            ..Default::default()
        };
        out.push(Diagnosis::new(
            FindingId::TlsCertificate,
            Severity::Error,
            details,
            vec![note(
                ProbeId::Home,
                &format!("GET {}", f.ctx.store),
                &why,
                r,
            )],
        ));
    }

    if let Some(h) = home {
        if matches!(h.fetched.error, Some(FetchError::TooManyRedirects)) {
            // A chain that never ends is `http.redirect_loop` (analysis::failures), not a redirect
            // to follow.
        } else if h.fetched.redirected() || h.elsewhere.is_some() {
            let first = h.fetched.first().expect("a redirect implies hops");
            let details = Details {
                redirect_from: Some(first.url.to_string()),
                redirect_to: Some(match (&h.elsewhere, h.fetched.last()) {
                    // Where the chain really led, even when the address to use is its https form.
                    (Some(other), Some(last)) if other.as_url().scheme() != last.url.scheme() => {
                        let mut led = last.url.clone();
                        led.set_path(other.base_path());
                        led.set_query(None);
                        led.to_string()
                    }
                    (other, _) => other.as_ref().unwrap_or(&h.base).to_string(),
                }),
                redirect_use: h
                    .elsewhere
                    .as_ref()
                    .filter(|o| {
                        h.fetched
                            .last()
                            .is_some_and(|l| o.as_url().scheme() != l.url.scheme())
                    })
                    .map(|o| o.to_string()),
                redirect_status: Some(first.status),
                post_becomes_get: matches!(first.status, 301..=303),
                redirect_elsewhere: h.elsewhere.is_some(),
                redirect_over_http: h.elsewhere_over_http,
                ..Default::default()
            };
            let ev = h
                .fetched
                .hops
                .iter()
                .filter(|e| e.is_redirect())
                .map(|e| from_exchange(ProbeId::Home, e, r))
                .collect();
            // Another address is not the store until the owner says so: nothing was checked with
            // credentials, and nothing may be connected, until then.
            let severity = if h.elsewhere.is_some() {
                Severity::Error
            } else {
                Severity::Warning
            };
            out.push(Diagnosis::new(
                FindingId::HttpRedirect,
                severity,
                details,
                ev,
            ));
        }
    }

    // Maintenance and rate limits: whichever requests show them.
    let mut maintenance = Vec::new();
    let mut limited = Vec::new();
    let mut retry_after = None;
    for (id, e) in f.all_exchanges() {
        let json_maintenance = e.status == 503
            && e.wp_error()
                .is_some_and(|w| w.message.contains(wp::MAINTENANCE_TEXT));
        if wp::is_maintenance(e) || json_maintenance {
            retry_after = retry_after.or_else(|| e.header("retry-after").map(str::to_string));
            maintenance.push(from_exchange(id, e, r));
        } else if e.status == 429
            || firewall::classify(&e.view())
                .is_some_and(|b| b.kind == firewall::BlockKind::RateLimited)
        {
            retry_after = retry_after.or_else(|| e.header("retry-after").map(str::to_string));
            limited.push(from_exchange(id, e, r));
        }
    }
    if !maintenance.is_empty() {
        maintenance.truncate(4);
        let details = Details {
            retry_after: retry_after.clone(),
            ..Default::default()
        };
        out.push(Diagnosis::new(
            FindingId::HttpMaintenance,
            Severity::Error,
            details,
            maintenance,
        ));
    }
    if !limited.is_empty() {
        limited.truncate(4);
        let details = Details {
            retry_after,
            ..Default::default()
        };
        out.push(Diagnosis::new(
            FindingId::HttpRateLimited,
            Severity::Error,
            details,
            limited,
        ));
    }
    out
}
