//! DNS, TCP and TLS: can the store be reached at all, and is its certificate one apps will trust?

use std::time::Instant;

use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeData, ProbeResult, Results};
use crate::report::Outcome;

/// How a TCP timeout is worded (the analysis tells a timeout from a refusal by it).
pub(crate) const NO_ANSWER_WITHIN: &str = "no answer within";

pub async fn dns(ctx: &Context) -> ProbeResult {
    let started = Instant::now();
    let host = ctx.store.host().to_string();
    let (outcome, summary, data) = match tokio::time::timeout(
        ctx.step_timeout,
        ctx.client.resolver().lookup(&host, ctx.store.port()),
    )
    .await
    {
        Ok(Ok(addrs)) => {
            let list = addrs
                .iter()
                .map(|a| a.ip().to_string())
                .collect::<Vec<_>>()
                .join(", ");
            (
                Outcome::Pass,
                format!("{host} → {list}"),
                ProbeData::Addresses(addrs),
            )
        }
        Ok(Err(e)) => (
            Outcome::Fail,
            e.to_string(),
            ProbeData::NetError(e.to_string()),
        ),
        Err(_) => {
            let duration = crate::human::duration(ctx.step_timeout);
            let msg = format!("looking up {host} took longer than {duration}");
            // The data stays in English (the analysis reads it); the summary is for a person.
            let summary = handshake_l10n::t!(ctx.lang, "probe-dns-slow",
                "host" => host.as_str(), "duration" => duration);
            (Outcome::Fail, summary, ProbeData::NetError(msg))
        }
    };
    ProbeResult {
        id: ProbeId::Dns,
        outcome,
        duration: started.elapsed(),
        summary,
        data,
    }
}

pub async fn tcp(ctx: &Context, results: &Results) -> ProbeResult {
    let Some(ProbeData::Addresses(addrs)) = results.get(ProbeId::Dns).map(|r| &r.data) else {
        return ProbeResult::skipped(
            ProbeId::Tcp,
            &handshake_l10n::t!(ctx.lang, "probe-skip-no-resolve"),
        );
    };
    let started = Instant::now();
    let mut last_error = String::from("no address to connect to");
    let mut last_summary = handshake_l10n::t!(ctx.lang, "probe-tcp-no-address");
    for addr in addrs {
        match tokio::time::timeout(ctx.step_timeout, tokio::net::TcpStream::connect(addr)).await {
            Ok(Ok(_)) => {
                return ProbeResult {
                    id: ProbeId::Tcp,
                    outcome: Outcome::Pass,
                    duration: started.elapsed(),
                    summary: handshake_l10n::t!(ctx.lang, "probe-tcp-connected",
                        "address" => addr.to_string()),
                    data: ProbeData::Connected(*addr),
                }
            }
            Ok(Err(e)) => {
                last_error = format!("{addr}: {e}");
                last_summary = last_error.clone();
            }
            Err(_) => {
                let duration = crate::human::duration(ctx.step_timeout);
                // The analysis reads NO_ANSWER_WITHIN in the data, which stays in English.
                last_error = format!("{addr}: {NO_ANSWER_WITHIN} {duration}");
                last_summary = handshake_l10n::t!(ctx.lang, "probe-tcp-no-answer",
                    "address" => addr.to_string(), "duration" => duration);
            }
        }
    }
    ProbeResult {
        id: ProbeId::Tcp,
        outcome: Outcome::Fail,
        duration: started.elapsed(),
        summary: last_summary,
        data: ProbeData::NetError(last_error),
    }
}

pub async fn tls(ctx: &Context, results: &Results) -> ProbeResult {
    if !ctx.store.is_https() {
        return ProbeResult::skipped(
            ProbeId::Tls,
            &handshake_l10n::t!(ctx.lang, "probe-skip-plain-http"),
        );
    }
    let Some(ProbeData::Connected(addr)) = results.get(ProbeId::Tcp).map(|r| &r.data) else {
        return ProbeResult::skipped(
            ProbeId::Tls,
            &handshake_l10n::t!(ctx.lang, "probe-skip-no-connection"),
        );
    };
    let started = Instant::now();
    let (outcome, summary, data) =
        match crate::net::tls_check::check(&ctx.trust, ctx.store.host(), *addr, ctx.step_timeout)
            .await
        {
            Ok(report) => match &report.problem {
                None => (
                    Outcome::Pass,
                    handshake_l10n::t!(ctx.lang, "probe-tls-valid",
                        "protocol" => report.protocol.to_string(),
                        "names" => report.subject_names.join(", "),
                        "date" => report.not_after.to_string()),
                    ProbeData::Tls(report),
                ),
                Some(p) => (
                    Outcome::Fail,
                    crate::catalog::network::cert_problem(ctx.lang, p),
                    ProbeData::Tls(report),
                ),
            },
            Err(e) => (
                Outcome::Fail,
                e.to_string(),
                ProbeData::NetError(e.to_string()),
            ),
        };
    ProbeResult {
        id: ProbeId::Tls,
        outcome,
        duration: started.elapsed(),
        summary,
        data,
    }
}
