//! The home page: follow the store URL's redirects by hand, fall back from https to http when https
//! does not work at all, and learn the URL every later probe should use.

use std::time::Instant;

use super::context::Context;
use super::id::ProbeId;
use super::result::{HomeData, ProbeData, ProbeResult, Results};
use crate::http::{FetchError, Fetched, ProbeRequest};
use crate::report::Outcome;
use crate::store_url::StoreUrl;
use crate::wp;

pub async fn home(ctx: &Context, results: &Results) -> ProbeResult {
    if results
        .get(ProbeId::Dns)
        .is_some_and(|r| r.outcome != Outcome::Pass)
    {
        return ProbeResult::skipped(
            ProbeId::Home,
            &handshake_l10n::t!(ctx.lang, "probe-skip-no-resolve"),
        );
    }
    let started = Instant::now();
    let mut store = ctx.store.clone();
    let mut insecure_tls = false;
    let mut fell_back_to_http = false;
    let mut https_error = None;

    let mut fetched = ctx
        .client
        .fetch(
            &ProbeRequest::get(store.as_url().clone()).following(),
            false,
        )
        .await;
    match (&fetched.error, fetched.hops.is_empty()) {
        // A broken certificate: keep diagnosing the rest of the site, without credentials.
        (Some(FetchError::Tls(e)), true) if looks_like_certificate_error(e) => {
            https_error = Some(e.clone());
            insecure_tls = true;
            fetched = ctx
                .client
                .fetch(&ProbeRequest::get(store.as_url().clone()).following(), true)
                .await;
        }
        // No HTTPS at all (refused, or not TLS on that port): see whether plain http answers.
        (
            Some(e @ (FetchError::Tls(_) | FetchError::Connect(_) | FetchError::Protocol(_))),
            true,
        ) if store.is_https() => {
            let http_store = store.with_scheme("http");
            let attempt = ctx
                .client
                .fetch(
                    &ProbeRequest::get(http_store.as_url().clone()).following(),
                    false,
                )
                .await;
            if !attempt.hops.is_empty() {
                https_error = Some(e.to_string());
                fell_back_to_http = true;
                store = http_store;
                fetched = attempt;
            }
        }
        _ => {}
    }

    let Some(last) = fetched.last() else {
        let error = fetched
            .error
            .clone()
            .map(|e| e.message_in(ctx.lang))
            .unwrap_or_else(|| handshake_l10n::t!(ctx.lang, "probe-home-no-answer"));
        return ProbeResult {
            id: ProbeId::Home,
            outcome: Outcome::Fail,
            duration: started.elapsed(),
            summary: error,
            data: ProbeData::Home(HomeData {
                base: store,
                elsewhere: None,
                elsewhere_over_http: false,
                fetched,
                fell_back_to_http,
                https_error,
                insecure_tls,
            }),
        };
    };

    // A redirect may move the base within the address the owner entered (a subfolder, the https
    // upgrade); anywhere else it only names an address for the owner to confirm.
    let followed = base_after(&store, &fetched);
    // Where the chain pointed when its last hop got no answer (a name that does not resolve, a
    // refused port): still an address the owner has to confirm.
    let unanswered = fetched
        .error
        .as_ref()
        .and(last.location())
        .filter(|l| !ctx.store.allows_credentials_at(l))
        .and_then(|mut l| {
            // Named by where it really leads: a `user@host` prefix is not part of the address.
            let _ = l.set_username("");
            let _ = l.set_password(None);
            l.set_path(store.base_path());
            l.set_query(None);
            StoreUrl::from_redirect(&l)
        });
    // Compared as addresses: the Link header's root comes back as a StoreUrl with no assumed scheme.
    let (base, elsewhere) = if followed.as_url() != store.as_url()
        && !ctx.store.allows_credentials_at(followed.as_url())
    {
        (store.clone(), Some(followed))
    } else if let Some(other) = unanswered {
        (followed, Some(other))
    } else {
        (followed, None)
    };
    // Apache says it outright when the address it was sent to speaks TLS: name the https form,
    // the one that can work, rather than the plain-http address that just failed.
    let elsewhere = elsewhere.map(|other| {
        let says_tls = last.status == 400
            && String::from_utf8_lossy(&last.body)
                .contains("speaking plain HTTP to an SSL-enabled server port");
        if other.as_url().scheme() == "http"
            && says_tls
            && last.url.host_str() == other.as_url().host_str()
        {
            other.with_scheme("https")
        } else {
            other
        }
    });
    let elsewhere_over_http = elsewhere.is_some()
        && fetched
            .hops
            .iter()
            .any(|e| e.is_redirect() && e.url.scheme() == "http");
    let outcome = if (200..300).contains(&last.status) && fetched.error.is_none() {
        Outcome::Pass
    } else {
        Outcome::Fail
    };
    let lang = ctx.lang;
    let status = last.status.to_string();
    let mut parts = vec![if wp::looks_like_wordpress(last) {
        handshake_l10n::t!(lang, "probe-home-wordpress", "status" => status)
    } else {
        handshake_l10n::t!(lang, "probe-home-no-wordpress", "status" => status)
    }];
    if base != store {
        parts.push(handshake_l10n::t!(lang, "probe-home-store-url", "address" => base.to_string()));
    }
    if let Some(other) = &elsewhere {
        parts
            .push(handshake_l10n::t!(lang, "probe-home-redirects", "address" => other.to_string()));
    }
    let mut summary = parts.join(", ");
    if let Some(e) = &fetched.error {
        summary.push_str(&format!(" ({e})"));
    }
    ProbeResult {
        id: ProbeId::Home,
        outcome,
        duration: started.elapsed(),
        summary,
        data: ProbeData::Home(HomeData {
            base,
            elsewhere,
            elsewhere_over_http,
            fetched,
            fell_back_to_http,
            https_error,
            insecure_tls,
        }),
    }
}

fn looks_like_certificate_error(e: &str) -> bool {
    let e = e.to_ascii_lowercase();
    e.contains("certificate")
        || e.contains("unknownissuer")
        || e.contains("notvalidforname")
        || e.contains("expired")
}

/// The store URL after redirects. WordPress advertises its API root in a `Link` header, which also
/// gives the install folder; otherwise keep the folder the owner typed on the final origin.
fn base_after(store: &StoreUrl, fetched: &Fetched) -> StoreUrl {
    let Some(last) = fetched.last() else {
        return store.clone();
    };
    if let Some(root) = wp::api_root_link(last) {
        if let Ok(root) = last.url.join(&root) {
            let path = root.path();
            let folder = path
                .find("/wp-json")
                .or_else(|| path.find("/index.php"))
                .map(|i| &path[..=i])
                .unwrap_or("/");
            let mut base = root.clone();
            base.set_path(folder);
            base.set_query(None);
            if base.origin() == last.url.origin() {
                if let Some(s) = StoreUrl::from_redirect(&base) {
                    return s;
                }
            }
        }
    }
    if !fetched.redirected() {
        return store.clone();
    }
    let mut base = last.url.clone();
    base.set_path(store.base_path());
    base.set_query(None);
    StoreUrl::from_redirect(&base).unwrap_or_else(|| store.clone())
}
