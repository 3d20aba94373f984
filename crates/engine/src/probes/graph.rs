//! Runs the probe plan as a dependency graph: every probe starts the moment the probes it depends on
//! have finished, all on one tokio runtime sharing one HTTP client. The run ends at its deadline
//! whatever the server does; unfinished probes are reported as timed out.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Instant;

use tokio::task::JoinSet;

use super::context::Context;
use super::id::ProbeId;
use super::result::{ProbeData, ProbeResult, Results};
use super::{
    access, auth, cache_contrast, clock, legacy_api, network, oauth_site, reach, rest,
    woocommerce_status,
};
use crate::http::{FetchError, Fetched};
use crate::report::Outcome;

/// A probe still waiting this long when the run ends was kept waiting by the store; a shorter wait
/// proves nothing (it may have started just before the end).
const CUT_AFTER: std::time::Duration = std::time::Duration::from_secs(2);

/// Live progress for terminals and the wizard.
#[derive(Debug, Clone)]
pub enum ProgressEvent {
    Started {
        id: String,
        label: String,
    },
    Finished {
        id: String,
        label: String,
        outcome: Outcome,
        summary: String,
        duration_ms: u64,
    },
}

pub type ProgressSink = Arc<dyn Fn(ProgressEvent) + Send + Sync>;

async fn run_one(id: ProbeId, ctx: &Context, results: &Results) -> ProbeResult {
    // A store that answers at another address is checked there once the owner confirms it:
    // paths under the entered address would only report the redirect again, as other causes.
    if !matches!(
        id,
        ProbeId::Dns | ProbeId::Tcp | ProbeId::Tls | ProbeId::Home
    ) {
        if let Some(other) = results.home().and_then(|h| h.elsewhere.as_ref()) {
            return ProbeResult::skipped(
                id,
                &handshake_l10n::t!(ctx.lang, "probe-skip-redirects-elsewhere", "address" => other.to_string()),
            );
        }
    }
    match id {
        ProbeId::Dns => network::dns(ctx).await,
        ProbeId::Tcp => network::tcp(ctx, results).await,
        ProbeId::Tls => network::tls(ctx, results).await,
        ProbeId::Home => reach::home(ctx, results).await,
        ProbeId::RestIndex
        | ProbeId::RestIndexQuery
        | ProbeId::RestIndexBrowser
        | ProbeId::RestPost
        | ProbeId::RestPut
        | ProbeId::AuthHeaderEcho
        | ProbeId::WcAuth
        | ProbeId::WcAuthQuery => rest::run(id, ctx, results).await,
        ProbeId::AuthBasic
        | ProbeId::AuthQuery
        | ProbeId::AuthOAuth
        | ProbeId::AuthOAuthHttp
        | ProbeId::AuthAppPassword => auth::run(id, ctx, results).await,
        ProbeId::Read(_) | ProbeId::Write(_) => access::run(id, ctx, results).await,
        ProbeId::Clock => clock::run(ctx, results).await,
        ProbeId::AuthOAuthSite => oauth_site::run(ctx, results).await,
        ProbeId::WcSystemStatus | ProbeId::WcWebhooks => {
            woocommerce_status::run(id, ctx, results).await
        }
        ProbeId::LegacyApi => legacy_api::run(ctx, results).await,
        ProbeId::CacheAnon | ProbeId::CacheAuthBusted | ProbeId::CacheAnonBusted => {
            cache_contrast::run(id, ctx, results).await
        }
    }
}

pub async fn run(ctx: Arc<Context>, progress: ProgressSink, deadline: Instant) -> Results {
    let plan = ctx.plan();
    let planned: HashSet<ProbeId> = plan.iter().copied().collect();
    let mut results = Results::default();
    let mut waiting: Vec<ProbeId> = plan;
    let mut running: JoinSet<ProbeResult> = JoinSet::new();
    let mut in_flight: HashMap<tokio::task::Id, ProbeId> = HashMap::new();
    // When each probe started: one cut off by the run's time limit says how long the store kept it
    // waiting.
    let mut started: HashMap<ProbeId, Instant> = HashMap::new();

    loop {
        // Start everything whose dependencies (those in the plan) are done.
        let (ready, rest): (Vec<ProbeId>, Vec<ProbeId>) = waiting.into_iter().partition(|id| {
            id.deps()
                .iter()
                .all(|d| !planned.contains(d) || results.contains(*d))
        });
        waiting = rest;
        for id in ready {
            progress(ProgressEvent::Started {
                id: id.name(),
                label: id.label_in(ctx.lang),
            });
            let ctx = ctx.clone();
            // Each probe sees a snapshot of the results it depends on.
            let snapshot = results.clone();
            let handle = running.spawn(async move { run_one(id, &ctx, &snapshot).await });
            in_flight.insert(handle.id(), id);
            started.insert(id, Instant::now());
        }
        if running.is_empty() {
            break;
        }
        let next = tokio::time::timeout_at(deadline.into(), running.join_next_with_id()).await;
        match next {
            Ok(Some(Ok((task, result)))) => {
                in_flight.remove(&task);
                finish(&progress, &result, ctx.lang);
                results.insert(result);
            }
            Ok(Some(Err(join_error))) => {
                // A probe panicked: that is our bug, not the store's. Say so and keep going, so
                // the probes that depend on it run (and skip) instead of waiting forever.
                if let Some(id) = in_flight.remove(&join_error.id()) {
                    let r = ProbeResult {
                        outcome: Outcome::Error,
                        summary: handshake_l10n::t!(ctx.lang, "probe-internal-error",
                            "error" => join_error.to_string()),
                        ..ProbeResult::skipped(id, "")
                    };
                    finish(&progress, &r, ctx.lang);
                    results.insert(r);
                }
            }
            Ok(None) => break,
            Err(_) => {
                running.abort_all();
                for id in in_flight.drain().map(|(_, id)| id).chain(waiting.drain(..)) {
                    let waited = started.get(&id).map(|t| t.elapsed()).unwrap_or_default();
                    let r = if waited >= CUT_AFTER {
                        // In flight that long: the store had the request and gave no complete
                        // answer (the analysis reads this as `http.unresponsive`).
                        ProbeResult {
                            outcome: Outcome::Error,
                            duration: waited,
                            summary: handshake_l10n::t!(ctx.lang, "probe-time-limit-incomplete",
                                "seconds" => format!("{:.1}", waited.as_secs_f64())),
                            data: ProbeData::Http(Fetched {
                                hops: Vec::new(),
                                error: Some(FetchError::Timeout(waited)),
                            }),
                            ..ProbeResult::skipped(id, "")
                        }
                    } else {
                        ProbeResult {
                            outcome: Outcome::Error,
                            summary: handshake_l10n::t!(ctx.lang, "probe-time-limit-stopped"),
                            ..ProbeResult::skipped(id, "")
                        }
                    };
                    finish(&progress, &r, ctx.lang);
                    results.insert(r);
                }
                break;
            }
        }
    }
    results
}

fn finish(progress: &ProgressSink, r: &ProbeResult, lang: crate::report::Lang) {
    progress(ProgressEvent::Finished {
        id: r.id.name(),
        label: r.id.label_in(lang),
        outcome: r.outcome,
        // Summaries quote what the store said; progress lines reach the terminal as they come.
        summary: crate::safe_text::line(&r.summary).into_owned(),
        duration_ms: r.duration.as_millis() as u64,
    });
}
