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
            let msg = format!(
                "looking up {host} took longer than {}",
                crate::human::duration(ctx.step_timeout)
            );
            (Outcome::Fail, msg.clone(), ProbeData::NetError(msg))
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
    for addr in addrs {
        match tokio::time::timeout(ctx.step_timeout, tokio::net::TcpStream::connect(addr)).await {
            Ok(Ok(_)) => {
                return ProbeResult {
                    id: ProbeId::Tcp,
                    outcome: Outcome::Pass,
                    duration: started.elapsed(),
                    summary: format!("connected to {addr}"),
                    data: ProbeData::Connected(*addr),
                }
            }
            Ok(Err(e)) => last_error = format!("{addr}: {e}"),
            Err(_) => {
                last_error = format!(
                    "{addr}: {NO_ANSWER_WITHIN} {}",
                    crate::human::duration(ctx.step_timeout)
                )
            }
        }
    }
    ProbeResult {
        id: ProbeId::Tcp,
        outcome: Outcome::Fail,
        duration: started.elapsed(),
        summary: last_error.clone(),
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
                    format!(
                        "{} certificate for {} valid until {}",
                        report.protocol,
                        report.subject_names.join(", "),
                        report.not_after
                    ),
                    ProbeData::Tls(report),
                ),
                Some(p) => (Outcome::Fail, p.to_string(), ProbeData::Tls(report)),
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
