//! Every finding the catalog can word, each variant once, built by the catalog's own constructor:
//! the owner's two sentences are checked ([`crate::plain_words`]) and the whole catalog's title,
//! summary, action and fix titles are pinned in one snapshot, so a change of wording is reviewed as
//! a diff and a new finding id cannot go unwritten.

use super::*;
use crate::details::{
    ConnectFailure, CredentialKind, LoopPattern, RedirectLoop, ServerError, ServerKind,
};
use crate::firewall::Vendor;

pub(super) fn acme() -> Profile {
    Profile {
        name: "Acme Sync".into(),
        allow_ips: vec!["203.0.113.7".into()],
        allow_hosts: vec!["api.acme.example".into()],
        callback_host: Some("relay.acme.example".into()),
        ..Profile::default()
    }
}

/// One variant of one finding: a label for the snapshot, the id and what the analysis proved.
pub(super) struct Case {
    pub id: FindingId,
    pub label: &'static str,
    pub details: Details,
}

pub(super) fn case(id: FindingId, label: &'static str, details: Details) -> Case {
    Case { id, label, details }
}

fn waf(vendor: Vendor, marker: &str) -> Details {
    Details {
        vendor: Some(vendor),
        marker: Some(marker.into()),
        incident_id: Some("8a1b2c3d4e5f6789".into()),
        blocked_requests: vec!["POST /wp-json/wc/v3/orders → 403".into()],
        ..Details::default()
    }
}

fn redirect_loop(pattern: LoopPattern, cloudflare: bool, cycle: &[&str]) -> Details {
    Details {
        redirect_loop: Some(RedirectLoop {
            chain: cycle
                .iter()
                .chain(cycle.iter())
                .map(|u| format!("{u} → 301"))
                .collect(),
            cycle: cycle.iter().map(|u| u.to_string()).collect(),
            pattern,
            cloudflare,
            ..RedirectLoop::default()
        }),
        ..Details::default()
    }
}

fn server_error(kind: ServerError, server: ServerKind) -> Details {
    Details {
        server,
        server_error: Some(kind),
        ..Details::default()
    }
}

/// Every variant the catalog words differently. A new finding id needs a case here (a test says
/// which), and a new variant of an existing one should get one.
/// A contrast between the two vantages, as `vantage::contrast` fills it.
fn contrast(set: impl FnOnce(&mut crate::vantage::Contrast)) -> crate::vantage::Contrast {
    let mut c = crate::vantage::Contrast {
        relay: Some(crate::vantage::RelayPlace {
            address: Some("203.0.113.9".into()),
            label: "Frankfurt".into(),
        }),
        differences: vec![crate::vantage::Difference::Sides {
            request: "GET /wp-json/".into(),
            browser_agent: false,
            here: crate::vantage::Answer::Normal,
            there: crate::vantage::Answer::Refused {
                status: 403,
                by: None,
            },
        }],
        app_agent: "AcmeSync/2.1".into(),
        app_agent_known: true,
        ..Default::default()
    };
    set(&mut c);
    c
}

pub(super) fn cases() -> Vec<Case> {
    use FindingId::*;
    let d = Details::default;
    let connect = |failure| Details {
        connect_failure: Some(failure),
        network_error: Some("connection refused".into()),
        ..d()
    };
    let mut cases = vec![
        case(NetDns, "", d()),
        case(NetConnect, "refused", connect(ConnectFailure::Refused)),
        case(NetConnect, "timed out", connect(ConnectFailure::TimedOut)),
        case(
            NetConnect,
            "closed without answer",
            connect(ConnectFailure::ClosedWithoutAnswer),
        ),
        case(NetConnect, "not HTTP", connect(ConnectFailure::NotHttp)),
        case(NetConnect, "failed", connect(ConnectFailure::Failed)),
        case(
            TlsCertificate,
            "",
            Details {
                tls_problem: Some("it expired on 2026-01-01".into()),
                ..d()
            },
        ),
        case(TlsMissing, "", d()),
        case(
            HttpRedirect,
            "within the address",
            Details {
                redirect_from: Some("http://shop.example.com/".into()),
                redirect_to: Some("https://shop.example.com/wp-json/".into()),
                redirect_status: Some(301),
                post_becomes_get: true,
                ..d()
            },
        ),
        case(
            HttpRedirect,
            "elsewhere, over http",
            Details {
                redirect_from: Some("http://shop.example.com/".into()),
                redirect_to: Some("https://www.shop.example.com/".into()),
                redirect_status: Some(301),
                redirect_elsewhere: true,
                redirect_over_http: true,
                ..d()
            },
        ),
        case(
            HttpRedirect,
            "elsewhere, to a port that speaks https",
            Details {
                redirect_from: Some("http://shop.example.com/".into()),
                redirect_to: Some("http://shop.example.com:8443/".into()),
                redirect_use: Some("https://shop.example.com:8443/".into()),
                redirect_elsewhere: true,
                ..d()
            },
        ),
        case(
            HttpMaintenance,
            "",
            Details {
                retry_after: Some("600".into()),
                ..d()
            },
        ),
        case(
            HttpRateLimited,
            "Cloudflare",
            Details {
                vendor: Some(Vendor::Cloudflare),
                retry_after: Some("60".into()),
                ..d()
            },
        ),
        case(HttpRateLimited, "the server", d()),
        case(
            HttpBasicAuth,
            "the whole site",
            Details {
                blocks_everything: true,
                auth_challenge: Some("Basic realm=\"Staging\"".into()),
                ..d()
            },
        ),
        case(HttpBasicAuth, "the API only", d()),
        case(
            HttpBasicAuth,
            "the API exempted",
            Details {
                api_exempt: true,
                ..d()
            },
        ),
        case(
            HttpRedirectLoop,
            "to itself behind Cloudflare",
            redirect_loop(
                LoopPattern::SelfRedirect,
                true,
                &["https://shop.example.com/"],
            ),
        ),
        case(
            HttpRedirectLoop,
            "http and https",
            redirect_loop(
                LoopPattern::Scheme,
                false,
                &["https://shop.example.com/", "http://shop.example.com/"],
            ),
        ),
        case(
            HttpRedirectLoop,
            "www",
            redirect_loop(
                LoopPattern::Www,
                false,
                &["https://shop.example.com/", "https://www.shop.example.com/"],
            ),
        ),
        case(
            HttpRedirectLoop,
            "trailing slash",
            redirect_loop(
                LoopPattern::TrailingSlash,
                false,
                &[
                    "https://shop.example.com/wp-json",
                    "https://shop.example.com/wp-json/",
                ],
            ),
        ),
        case(
            HttpRedirectLoop,
            "endless",
            redirect_loop(LoopPattern::Endless, false, &[]),
        ),
        case(
            HttpServerError,
            "critical error in a plugin",
            server_error(
                ServerError::WordPressCritical {
                    plugin: Some("broken-plugin".into()),
                    theme: None,
                },
                ServerKind::Apache,
            ),
        ),
        case(
            HttpServerError,
            "critical error, nothing named",
            server_error(
                ServerError::WordPressCritical {
                    plugin: None,
                    theme: None,
                },
                ServerKind::Apache,
            ),
        ),
        case(
            HttpServerError,
            "gateway",
            server_error(
                ServerError::Gateway {
                    status: 502,
                    server: Some("nginx".into()),
                },
                ServerKind::Nginx,
            ),
        ),
        case(
            HttpServerError,
            "server page, Apache",
            server_error(
                ServerError::ServerPage {
                    status: 500,
                    server: Some("Apache".into()),
                },
                ServerKind::Apache,
            ),
        ),
        case(
            HttpServerError,
            "server page, nginx",
            server_error(
                ServerError::ServerPage {
                    status: 500,
                    server: Some("nginx".into()),
                },
                ServerKind::Nginx,
            ),
        ),
        case(
            HttpServerError,
            "other",
            server_error(
                ServerError::Other {
                    status: 503,
                    server: None,
                },
                ServerKind::Unknown,
            ),
        ),
        case(
            HttpUnresponsive,
            "",
            Details {
                measured: vec![crate::details::Measured {
                    requests: vec!["GET /wp-json/".into()],
                    what: crate::details::Measurement::NoAnswer {
                        limit: std::time::Duration::from_secs(8),
                        took: None,
                    },
                }],
                ..d()
            },
        ),
        case(
            HttpOversized,
            "",
            Details {
                measured: vec![crate::details::Measured {
                    requests: vec!["GET /wp-json/".into()],
                    what: crate::details::Measurement::BodyCut {
                        status: 200,
                        cap_mib: 8,
                        encoding: Some("gzip".into()),
                        content_length: None,
                    },
                }],
                ..d()
            },
        ),
        case(SiteNotWordpress, "", d()),
        case(
            SiteUrlMismatch,
            "",
            Details {
                site_home: Some("https://www.shop.example.com".into()),
                app_address: Some("https://shop.example.com/".into()),
                url_differences: vec![crate::details::UrlDifference::Www {
                    wordpress: "www.shop.example.com".into(),
                    app: "shop.example.com".into(),
                }],
                ..d()
            },
        ),
        case(
            SiteUnexplained,
            "an answer nothing explains",
            Details {
                sent: vec![crate::details::Sent {
                    request: "GET /wp-json/wc/v3/orders".into(),
                    with: crate::details::SignIn::KeyInHeader,
                }],
                received: vec![crate::details::Received::Answer {
                    status: 418,
                    server: Some("nginx".into()),
                    content_type: Some("text/plain".into()),
                    body: Some("I'm a teapot".into()),
                }],
                ruled_out: vec![crate::details::RuledOut::KnownFirewall { seen: false }],
                ..d()
            },
        ),
        case(
            SiteUnexplained,
            "the server's page says why",
            Details {
                page_says: Some("You're speaking plain HTTP to an SSL-enabled server port".into()),
                page_url: Some("http://shop.example.com:8443/".into()),
                page_wants: Some("https://shop.example.com:8443/".into()),
                ..d()
            },
        ),
        case(
            RestPlainPermalinks,
            "plain permalinks",
            Details {
                permalinks_plain: true,
                ..d()
            },
        ),
        case(RestPlainPermalinks, "rewrites missing", d()),
        case(
            RestBlocked,
            "a path rule",
            Details {
                query_route_works: true,
                blocked_requests: vec!["GET /wp-json/ → 403".into()],
                ..d()
            },
        ),
        case(
            RestBlocked,
            "an IP block, Apache",
            Details {
                blocks_everything: true,
                server: ServerKind::Apache,
                ..d()
            },
        ),
        case(
            RestBlocked,
            "an IP block, nginx",
            Details {
                blocks_everything: true,
                server: ServerKind::Nginx,
                ..d()
            },
        ),
        case(
            RestDisabled,
            "for everyone",
            Details {
                rest_code: Some("rest_disabled".into()),
                ..d()
            },
        ),
        case(
            RestDisabled,
            "for visitors not signed in",
            Details {
                rest_code: Some("rest_login_required".into()),
                anonymous_only: true,
                ..d()
            },
        ),
        case(
            RestInvalidJson,
            "",
            Details {
                body_prefix: Some("PHP Warning: Undefined variable $x".into()),
                ..d()
            },
        ),
        case(
            RestCached,
            "Cloudflare",
            Details {
                cache_signals: vec!["cf-cache-status: HIT".into()],
                ..d()
            },
        ),
        case(RestCached, "no headers", d()),
        case(WcInactive, "", d()),
        case(
            WcAuthEndpoint,
            "stale rules",
            Details {
                auth_query_form_works: true,
                ..d()
            },
        ),
        case(WcAuthEndpoint, "missing or blocked", d()),
        case(
            WcWebhooksDisabled,
            "one",
            Details {
                webhooks: vec!["Order created (order.created) → https://hooks.example/a".into()],
                ..d()
            },
        ),
        case(
            WcWebhooksDisabled,
            "two",
            Details {
                webhooks: vec![
                    "Order created (order.created) → https://hooks.example/a".into(),
                    "Order updated (order.updated) → https://hooks.example/b".into(),
                ],
                ..d()
            },
        ),
        case(
            WcRemotePostFailed,
            "",
            Details {
                remote_post_response: Some("cURL error 7: Failed to connect".into()),
                ..d()
            },
        ),
        case(WcLegacyApi, "", d()),
        case(
            WafCloudflare,
            "block",
            waf(Vendor::Cloudflare, "Error 1020: Access denied"),
        ),
        case(
            WafCloudflare,
            "challenge",
            waf(Vendor::Cloudflare, "cf-mitigated: challenge"),
        ),
        case(
            WafCloudflare,
            "some requests pass",
            Details {
                passed_requests: vec!["GET /wp-json/wc/v3/orders".into()],
                ..waf(Vendor::Cloudflare, "Error 1020: Access denied")
            },
        ),
        case(WafSucuri, "", waf(Vendor::Sucuri, "x-sucuri-block")),
        case(
            WafWordfence,
            "",
            waf(Vendor::Wordfence, "Wordfence block page"),
        ),
        case(
            WafModsecurity,
            "methods",
            Details {
                blocked_methods: vec!["PUT".into(), "DELETE".into()],
                ..waf(Vendor::ModSecurity, "Mod_Security")
            },
        ),
        case(
            WafModsecurity,
            "contents",
            waf(Vendor::ModSecurity, "Mod_Security"),
        ),
        case(
            WafModsecurity,
            "a shared host's 406 page",
            waf(Vendor::ModSecurity, "406 Not Acceptable"),
        ),
        case(WafImunify360, "", waf(Vendor::Imunify360, "imunify360")),
        case(WafSiteground, "", waf(Vendor::SiteGround, "sgcaptcha")),
        case(WafAkamai, "", waf(Vendor::Akamai, "Access Denied")),
        case(WafUnknown, "", waf(Vendor::Unknown, "Request blocked")),
        case(
            AuthHeaderStripped,
            "WooCommerce keys",
            Details {
                credentials: CredentialKind::WooCommerceKeys,
                ..d()
            },
        ),
        case(
            AuthHeaderStripped,
            "application password",
            Details {
                credentials: CredentialKind::ApplicationPassword,
                ..d()
            },
        ),
        case(AuthHeaderStripped, "no credentials", d()),
        case(AuthKeyInvalid, "", d()),
        case(AuthSecretInvalid, "", d()),
        case(AuthHttpsRequired, "", d()),
        case(
            AuthHttpsNotDetected,
            "Cloudflare",
            Details {
                vendor: Some(Vendor::Cloudflare),
                ..d()
            },
        ),
        case(AuthHttpsNotDetected, "a proxy", d()),
        case(
            AuthReadOnly,
            "",
            Details {
                key_permission: Some("read".into()),
                ..d()
            },
        ),
        case(
            AuthCapability,
            "",
            Details {
                missing_capabilities: vec![("orders".into(), "edit_shop_orders".into())],
                ..d()
            },
        ),
        case(AuthAppPasswordInvalid, "", d()),
        case(
            AuthClockSkew,
            "refused, this computer in sync",
            Details {
                clock_skew_secs: Some(-7260),
                local_clock_synced: Some(true),
                oauth_refusal: Some("Invalid timestamp.".into()),
                ..d()
            },
        ),
        case(
            AuthClockSkew,
            "measured only, this computer unknown",
            Details {
                clock_skew_secs: Some(3600),
                ..d()
            },
        ),
        case(
            AuthClockSkew,
            "refused, not measured, this computer not in sync",
            Details {
                local_clock_synced: Some(false),
                oauth_refusal: Some("Invalid timestamp.".into()),
                ..d()
            },
        ),
        case(
            CallbackNotReceived,
            "",
            Details {
                callback_error: Some("cURL error 28: Operation timed out".into()),
                ..d()
            },
        ),
        case(
            CallbackRejected,
            "",
            Details {
                callback_status: Some(403),
                ..d()
            },
        ),
        case(ConnectDenied, "", d()),
        case(ConnectTimeout, "", d()),
        case(
            ConnectRelayUnreachable,
            "busy",
            Details {
                retry_after: Some("30".into()),
                ..d()
            },
        ),
        case(ConnectRelayUnreachable, "no answer", d()),
        case(
            NetBlocksAppServers,
            "Cloudflare blocks the relay's address",
            Details {
                vendor: Some(Vendor::Cloudflare),
                incident_id: Some("8a1b2c3d4e5f6789".into()),
                contrast: Some(contrast(|c| c.by_address = true)),
                ..d()
            },
        ),
        case(
            NetBlocksAppServers,
            "the server's own page",
            Details {
                contrast: Some(contrast(|c| {
                    c.by_address = true;
                    c.server_page = true;
                })),
                ..d()
            },
        ),
        case(
            NetBlocksAppServers,
            "the app's user agent",
            Details {
                vendor: Some(Vendor::Wordfence),
                contrast: Some(contrast(|c| c.by_agent = true)),
                ..d()
            },
        ),
        case(
            NetBlocksThisComputer,
            "",
            Details {
                contrast: Some(contrast(|c| c.by_address = true)),
                ..d()
            },
        ),
        case(
            SiteUnexplained,
            "the relay got no answer",
            Details {
                contrast: Some(contrast(|_| {})),
                ..d()
            },
        ),
    ];
    cases.sort_by_key(|c| c.id);
    cases
}

fn build(c: &Case) -> Finding {
    build_in(c, Lang::En)
}

/// The case's finding in `lang` (the pseudo-locale test renders every case in `Lang::Pseudo`).
pub(super) fn build_in(c: &Case, lang: Lang) -> Finding {
    let store = StoreUrl::parse("https://shop.example.com/").unwrap();
    let profile = acme();
    let evidence = vec![Evidence {
        probe: "rest.index".into(),
        request: "GET /wp-json/".into(),
        status: Some(403),
        detail: "a block page".into(),
    }];
    finding(
        c.id,
        Severity::Error,
        &c.details,
        FixTarget {
            store: &store,
            profile: &profile,
            lang,
        },
        evidence,
    )
}

#[test]
fn every_finding_id_has_a_case() {
    let cases = cases();
    let missing: Vec<&str> = FindingId::ALL
        .iter()
        .filter(|id| !cases.iter().any(|c| c.id == **id))
        .map(|id| id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "add a case (and its snapshot entry) in catalog/owner_words.rs for: {missing:?}"
    );
}

#[test]
fn every_finding_opens_with_two_plain_sentences() {
    let mut problems = Vec::new();
    // Every id with nothing proven beyond its id, too: the fallback wording of each variant.
    let bare = FindingId::ALL
        .iter()
        .map(|&id| case(id, "no details", Details::default()));
    for c in cases().into_iter().chain(bare) {
        let f = build(&c);
        for (field, text) in [("summary", &f.summary), ("action", &f.action)] {
            for p in crate::plain_words::problems(text) {
                problems.push(format!("{} ({}): {field} {p}: {text:?}", c.id, c.label));
            }
        }
        if f.summary == f.title {
            problems.push(format!("{} ({}): summary repeats the title", c.id, c.label));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The catalog as a store owner reads it first, in `lang`: title, what is wrong, what to do, and
/// the fixes.
fn owner_text(lang: Lang) -> String {
    let mut text = String::new();
    for c in cases() {
        let f = build_in(&c, lang);
        let label = if c.label.is_empty() {
            String::new()
        } else {
            format!(" ({})", c.label)
        };
        text.push_str(&format!("## {}{label}\n", c.id));
        text.push_str(&format!("title:   {}\n", f.title));
        text.push_str(&format!("summary: {}\n", f.summary));
        text.push_str(&format!("action:  {}\n", f.action));
        for (i, fix) in f.fixes.iter().enumerate() {
            text.push_str(&format!(
                "fix {}:   {} [{}]\n",
                i + 1,
                fix.title,
                fix.kind.as_str()
            ));
        }
        text.push('\n');
    }
    text
}

#[test]
fn catalog_snapshot() {
    insta::assert_snapshot!("catalog", owner_text(Lang::En));
}

/// The same in German and Spanish, with every message found in that language: a store owner
/// reads what is wrong and what to do in their own words.
#[test]
fn catalog_snapshot_de() {
    let text = owner_text(Lang::De);
    assert_eq!(handshake_l10n::misses(), Vec::<String>::new());
    insta::assert_snapshot!("catalog_de", text);
}

#[test]
fn catalog_snapshot_es() {
    let text = owner_text(Lang::Es);
    assert_eq!(handshake_l10n::misses(), Vec::<String>::new());
    insta::assert_snapshot!("catalog_es", text);
}

/// The two owner sentences follow the same rules in every language (one sentence each, no
/// method, status code, path or id), and say something other than the title.
#[test]
fn translated_findings_open_with_two_plain_sentences() {
    let mut problems = Vec::new();
    let bare = FindingId::ALL
        .iter()
        .map(|&id| case(id, "no details", Details::default()));
    for c in cases().into_iter().chain(bare) {
        for lang in [Lang::De, Lang::Es] {
            let f = build_in(&c, lang);
            for (field, text) in [("summary", &f.summary), ("action", &f.action)] {
                for p in crate::plain_words::problems(text) {
                    problems.push(format!(
                        "{lang} {} ({}): {field} {p}: {text:?}",
                        c.id, c.label
                    ));
                }
            }
            if f.summary == f.title {
                problems.push(format!(
                    "{lang} {} ({}): summary repeats the title",
                    c.id, c.label
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
