//! The engine's front door: run every probe that applies to a store and return the report.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::analysis;
use crate::credentials::Credentials;
use crate::finding_id::FindingId;
use crate::http::{FetchError, HttpClient};
use crate::net::resolve::Resolver;
use crate::net::trust::{Trust, TrustError};
use crate::probes::graph::{self, ProgressSink};
use crate::probes::result::Results;
use crate::probes::Context;
use crate::profile::Profile;
use crate::report::{Lang, Report, Severity, Verdict, REPORT_SCHEMA};
use crate::store_url::StoreUrl;

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

#[derive(Debug, Error)]
pub enum EngineError {
    #[error(transparent)]
    Trust(#[from] TrustError),
    #[error("could not set up the HTTP client: {0}")]
    Client(#[from] FetchError),
    #[error("the time limit must be between 1 and 600 seconds")]
    BadTimeout,
}

impl EngineError {
    /// The message for a person, in `lang` (messages `error-engine-*`; what the system or the TLS
    /// library said stays a value). `Display` stays English for logs.
    pub fn message_in(&self, lang: Lang) -> String {
        use handshake_l10n::t;
        match self {
            EngineError::Trust(e) => e.message_in(lang),
            EngineError::Client(e) => {
                t!(lang, "error-engine-client", "error" => e.message_in(lang))
            }
            EngineError::BadTimeout => t!(lang, "error-engine-bad-timeout"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct DiagnoseOptions {
    pub store: StoreUrl,
    pub profile: Profile,
    pub credentials: Credentials,
    /// The whole run ends within this, whatever the server does.
    pub timeout: Duration,
    pub trust: Trust,
    /// `--resolve HOST=ADDR` overrides.
    pub resolve: HashMap<String, Vec<IpAddr>>,
    /// Resolve only through `resolve` (tests, demo): no DNS query leaves the machine.
    pub offline_dns: bool,
    /// The language the findings are written in.
    pub lang: Lang,
}

impl DiagnoseOptions {
    pub fn new(store: StoreUrl) -> DiagnoseOptions {
        DiagnoseOptions {
            store,
            profile: Profile::default(),
            credentials: Credentials::default(),
            timeout: DEFAULT_TIMEOUT,
            trust: Trust::system(),
            resolve: HashMap::new(),
            offline_dns: false,
            lang: Lang::default(),
        }
    }
}

pub fn no_progress() -> ProgressSink {
    Arc::new(|_| {})
}

pub async fn diagnose(
    opts: DiagnoseOptions,
    progress: ProgressSink,
) -> Result<Report, EngineError> {
    Ok(diagnose_also_in(opts, progress, None).await?.0)
}

/// One run whose report is also written in `also` (the probes run once; only the words differ):
/// the host e-mail in the owner's language carries an English copy below it.
pub async fn diagnose_also_in(
    opts: DiagnoseOptions,
    progress: ProgressSink,
    also: Option<Lang>,
) -> Result<(Report, Option<Report>), EngineError> {
    if opts.timeout < Duration::from_secs(1) || opts.timeout > Duration::from_secs(600) {
        return Err(EngineError::BadTimeout);
    }
    let started_at = time::OffsetDateTime::now_utc();
    let started = Instant::now();
    // Leave a little room at the end to analyse and render within the promised time.
    let deadline = started + opts.timeout.saturating_sub(Duration::from_millis(150));
    let resolver = if opts.offline_dns {
        Resolver::offline(opts.resolve.clone())
    } else {
        Resolver::with_overrides(opts.resolve.clone())
    };
    let per_request = opts.timeout.min(Duration::from_secs(15));
    let client = HttpClient::new(&opts.trust, resolver, deadline, per_request)?
        .with_user_agent(opts.profile.app_user_agent());
    let ctx = Arc::new(Context {
        client,
        trust: opts.trust.clone(),
        store: opts.store.clone(),
        credentials: opts.credentials.clone(),
        profile: opts.profile.clone(),
        step_timeout: opts.timeout.min(Duration::from_secs(8)),
        lang: opts.lang,
    });
    let results = graph::run(ctx.clone(), progress, deadline).await;
    let report = report_from(&ctx, &results, &opts, started, started_at);
    let copy = also.map(|lang| {
        let ctx = Context {
            client: ctx.client.clone(),
            trust: ctx.trust.clone(),
            store: ctx.store.clone(),
            credentials: ctx.credentials.clone(),
            profile: ctx.profile.clone(),
            step_timeout: ctx.step_timeout,
            lang,
        };
        let mut copy = report_from(&ctx, &results, &opts, started, started_at);
        copy.duration_ms = report.duration_ms;
        copy
    });
    Ok((report, copy))
}

/// The report of one run, written in `ctx.lang`.
fn report_from(
    ctx: &Context,
    results: &Results,
    opts: &DiagnoseOptions,
    started: Instant,
    started_at: time::OffsetDateTime,
) -> Report {
    let redactor = opts.credentials.redactor();
    let findings = analysis::analyze(ctx, results, &redactor);

    let mut probes: Vec<_> = results.all().map(|r| (r.id, r.record())).collect();
    probes.sort_by_key(|(id, _)| *id);
    let probes = probes.into_iter().map(|(_, mut rec)| {
        rec.summary = redactor.redact(&rec.summary);
        rec
    });
    let store_url = results
        .home()
        .map(|h| h.base.to_string())
        .unwrap_or_else(|| opts.store.to_string());
    let unreachable = findings
        .iter()
        .any(|f| matches!(f.id, FindingId::NetDns | FindingId::NetConnect))
        || results.home().is_none_or(|h| h.fetched.hops.is_empty());
    let verdict = if unreachable {
        Verdict::Unreachable
    } else if findings.iter().any(|f| f.severity == Severity::Error) {
        Verdict::Problems
    } else {
        Verdict::Healthy
    };
    let mut report = Report {
        schema: REPORT_SCHEMA.to_string(),
        tool_version: env!("CARGO_PKG_VERSION").to_string(),
        store_url,
        started_at: started_at
            .replace_nanosecond(0)
            .unwrap_or(started_at)
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        duration_ms: started.elapsed().as_millis() as u64,
        verdict,
        redirects_to: results
            .home()
            .and_then(|h| h.elsewhere.as_ref())
            .map(|u| u.to_string()),
        findings,
        probes: probes.collect(),
        remote_check: None,
        lang: ctx.lang,
    };
    // The app's agent against a browser's (and, once the relay's records join, both vantages).
    crate::vantage::apply(&mut report, &opts.profile);
    // Store text is escaped where it enters (wp, evidence); this pass covers every other path
    // (details quoted in explanations, probe summaries) before the report leaves the engine.
    report.sanitise();
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_errors_in_every_language() {
        let errors = [
            EngineError::BadTimeout,
            EngineError::Client(FetchError::Protocol("bad chunk".into())),
            EngineError::Trust(TrustError::NoCertificate {
                path: "ca.pem".into(),
            }),
        ];
        for e in &errors {
            assert_eq!(e.message_in(Lang::En), e.to_string());
            for lang in [Lang::De, Lang::Es] {
                assert_ne!(e.message_in(lang), e.to_string(), "{lang}: {e}");
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }
}
