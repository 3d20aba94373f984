//! Reaching the store at all: DNS, connections, HTTPS certificates, redirects, maintenance mode,
//! rate limits, and whether WordPress is there.

use handshake_l10n::t;

use crate::details::ConnectFailure;
use crate::finding_id::FindingId;
use crate::firewall::Vendor;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{cloudflare, fix, plugins, wordpress};
use crate::net::tls_check::CertProblem;
use crate::report::FixKind;
use crate::store_url::StoreUrl;

use super::context::{Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::NetDns => dns(ctx),
        FindingId::NetConnect => connect(ctx),
        FindingId::TlsCertificate => certificate(ctx),
        FindingId::TlsMissing => no_https(ctx),
        FindingId::HttpRedirect => redirect(ctx),
        FindingId::HttpMaintenance => maintenance(ctx),
        FindingId::HttpRateLimited => rate_limited(ctx),
        _ => not_wordpress(ctx),
    }
}

/// `https://shop.example/` or `https://shop.example:8443/`: where HTTPS was (or would be) tried,
/// with the port when it is not 443.
fn https_root(ctx: &Ctx<'_>) -> String {
    format!("{}/", ctx.site.store.with_scheme("https").origin())
}

/// ": getaddrinfo failed" style suffix for sentences.
fn error_suffix(error: Option<&String>) -> String {
    error
        .map(|e| format!(" ({})", e.trim().trim_end_matches('.')))
        .unwrap_or_default()
}

fn dns(ctx: &Ctx<'_>) -> Words {
    let host = ctx.name();
    let error = error_suffix(ctx.d.network_error.as_ref());
    let lang = ctx.lang;
    let recipient = t!(lang, "network-recipient-host");
    Words {
        title: t!(lang, "network-dns-title", "host" => host),
        summary: t!(lang, "network-dns-summary", "host" => host),
        action: t!(lang, "network-dns-action"),
        explanation: t!(lang, "network-dns-explanation",
            "host" => host,
            "error" => error.as_str(),
            "app" => ctx.app()),
        fixes: vec![
            fix(
                FixKind::Instructions,
                t!(lang, "network-dns-fix-title"),
                t!(lang, "network-dns-fix",
                    "url" => ctx.site.url(),
                    "app" => ctx.app(),
                    "host" => host),
            ),
            SupportMessage {
                recipient: &recipient,
                subject: t!(lang, "network-dns-support-subject", "host" => host),
                problem: t!(lang, "network-dns-support-problem", "host" => host, "error" => error.as_str()),
                failing: vec![t!(lang, "network-dns-support-failing", "host" => host)],
                passing: vec![],
                ask: t!(lang, "network-dns-support-ask", "host" => host),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ],
    }
}

fn connect(ctx: &Ctx<'_>) -> Words {
    let host = ctx.name();
    let port = ctx.site.store.port();
    let error = error_suffix(ctx.d.network_error.as_ref());
    let app = ctx.app();
    let lang = ctx.lang;
    // Said by what happened: a refusal, silence and a non-HTTP answer have different causes.
    let kind = match ctx.d.connect_failure {
        Some(ConnectFailure::Refused) => "refused",
        Some(ConnectFailure::TimedOut) => "timeout",
        Some(ConnectFailure::ClosedWithoutAnswer) => "closed",
        Some(ConnectFailure::NotHttp) => "not-http",
        Some(ConnectFailure::Failed) | None => "failed",
    };
    let part = |name: &str| {
        t!(lang, &format!("network-{kind}-{name}"),
            "host" => host,
            "port" => port.to_string(),
            "error" => error.as_str())
    };
    let (title, summary, happened, causes, problem) = (
        part("title"),
        part("summary"),
        part("happened"),
        part("causes"),
        part("problem"),
    );
    // Hanging up and answering in another protocol are also what a secure port does to an insecure
    // address (and the reverse): the one cause the owner can try without the host.
    let scheme_may_differ = matches!(
        ctx.d.connect_failure,
        Some(ConnectFailure::ClosedWithoutAnswer | ConnectFailure::NotHttp)
    );
    Words {
        title,
        summary,
        action: if scheme_may_differ {
            t!(lang, "network-connect-action-scheme")
        } else {
            t!(lang, "network-connect-action")
        },
        explanation: format!(
            "{happened} {causes} {}",
            t!(lang, "network-connect-ask-host", "app" => app)
        ),
        fixes: vec![SupportMessage {
            recipient: &t!(lang, "network-recipient-host"),
            subject: t!(lang, "network-connect-support-subject",
                "host" => host,
                "port" => port.to_string()),
            problem,
            failing: vec![t!(lang, "network-connect-support-failing",
                "target" => format!("{host}:{port}"))],
            passing: vec![],
            ask: t!(lang, "network-connect-support-ask",
                "host" => host,
                "port" => port.to_string(),
                "app" => app),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site)],
    }
}

fn certificate(ctx: &Ctx<'_>) -> Words {
    let host = ctx.name();
    let https_url = https_root(ctx);
    let lang = ctx.lang;
    let problem = match &ctx.d.tls_cert_problem {
        Some(p) => cert_problem(lang, p),
        None => ctx
            .d
            .tls_problem
            .clone()
            .unwrap_or_else(|| t!(lang, "network-cert-unverified")),
    };
    let trimmed = problem.trim_end_matches('.');
    let recipient = t!(lang, "network-recipient-host");
    Words {
        title: t!(lang, "network-cert-title", "problem" => trimmed),
        summary: t!(lang, "network-cert-summary"),
        action: t!(lang, "network-cert-action"),
        explanation: t!(lang, "network-cert-explanation",
            "host" => host,
            "problem" => trimmed,
            "app" => ctx.app()),
        fixes: vec![
            fix(
                FixKind::Instructions,
                t!(lang, "network-cert-fix-title"),
                t!(lang, "network-cert-fix", "host" => host, "url" => https_url.as_str()),
            ),
            SupportMessage {
                recipient: &recipient,
                subject: t!(lang, "network-cert-support-subject", "host" => host),
                problem: t!(lang, "network-cert-support-problem",
                    "host" => host,
                    "problem" => problem.as_str()),
                failing: vec![
                    t!(lang, "network-https-support-failing", "url" => https_url.as_str()),
                ],
                passing: vec![],
                ask: t!(lang, "network-cert-support-ask", "host" => host),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ],
    }
}

/// The TLS check's finding in `lang` (the English wording is `CertProblem`'s Display).
pub(crate) fn cert_problem(lang: handshake_l10n::Lang, p: &CertProblem) -> String {
    match p {
        CertProblem::Expired { not_after } => {
            t!(lang, "network-cert-expired", "date" => not_after.as_str())
        }
        CertProblem::NotYetValid { not_before } => {
            t!(lang, "network-cert-not-yet-valid", "date" => not_before.as_str())
        }
        CertProblem::WrongName { host, names } if names.is_empty() => {
            t!(lang, "network-cert-no-name", "host" => host.as_str())
        }
        CertProblem::WrongName { host, names } => t!(lang, "network-cert-wrong-name",
            "names" => names.join(", "),
            "host" => host.as_str()),
        CertProblem::UntrustedIssuer {
            self_signed: true, ..
        } => t!(lang, "network-cert-self-signed"),
        CertProblem::UntrustedIssuer { issuer, .. } => {
            t!(lang, "network-cert-untrusted", "issuer" => issuer.as_str())
        }
        CertProblem::Other(m) => t!(lang, "network-cert-other", "error" => m.as_str()),
    }
}

fn no_https(ctx: &Ctx<'_>) -> Words {
    let host = ctx.host();
    let https_url = ctx.site.store.with_scheme("https").to_string();
    let https_root = https_root(ctx);
    let lang = ctx.lang;
    let recipient = t!(lang, "network-recipient-host");
    Words {
        title: t!(lang, "network-no-https-title", "url" => https_root.as_str()),
        summary: t!(lang, "network-no-https-summary"),
        action: t!(lang, "network-no-https-action"),
        explanation: t!(lang, "network-no-https-explanation",
            "host" => host.as_str(),
            "error" => error_suffix(ctx.d.tls_problem.as_ref().or(ctx.d.network_error.as_ref())),
            "url" => https_url.as_str()),
        fixes: vec![
            SupportMessage {
                recipient: &recipient,
                subject: t!(lang, "network-no-https-support-subject", "host" => host.as_str()),
                problem: t!(lang, "network-no-https-support-problem", "url" => https_root.as_str()),
                failing: vec![
                    t!(lang, "network-https-support-failing", "url" => https_root.as_str()),
                ],
                passing: vec![],
                ask: t!(lang, "network-no-https-support-ask", "host" => host.as_str()),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
            wordpress::site_address(&ctx.site, &https_url),
        ],
    }
}

fn redirect(ctx: &Ctx<'_>) -> Words {
    let from = ctx
        .d
        .redirect_from
        .clone()
        .unwrap_or_else(|| ctx.site.url().to_string());
    let lang = ctx.lang;
    let to = ctx.d.redirect_to.clone().unwrap_or_default();
    let has_status = if ctx.d.redirect_status.is_some() {
        "yes"
    } else {
        "no"
    };
    let status = ctx
        .d
        .redirect_status
        .map(|s| s.to_string())
        .unwrap_or_default();
    let to_or_another = if to.is_empty() {
        t!(lang, "network-redirect-another")
    } else {
        to.clone()
    };
    // The base URL to use: the target without the /wp-json/… part.
    let use_url = ctx.d.redirect_use.clone().unwrap_or_else(|| {
        StoreUrl::parse(&to)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| to.clone())
    });
    let speaks_tls = if ctx.d.redirect_use.is_some() {
        t!(lang, "network-redirect-speaks-tls",
            "answer" => "You're speaking plain HTTP to an SSL-enabled server port",
            "url" => use_url.as_str())
    } else {
        String::new()
    };
    let mut fixes = Vec::new();
    if !use_url.is_empty() {
        fixes.push(fix(
            FixKind::Instructions,
            t!(lang, "network-redirect-use-title", "app" => ctx.app()),
            use_url.clone(),
        ));
        // Only for a redirect within the address entered: WordPress's own address must never be
        // set to a host that the owner has not recognised as theirs.
        if !ctx.d.redirect_elsewhere {
            fixes.push(wordpress::site_address(&ctx.site, &use_url));
        }
    }
    if ctx.d.redirect_elsewhere {
        let forged = if ctx.d.redirect_over_http {
            t!(lang, "network-redirect-forged")
        } else {
            t!(lang, "network-redirect-recognise")
        };
        let sent_on = t!(lang, "network-redirect-elsewhere-explanation",
            "from" => from.as_str(),
            "has_status" => has_status,
            "status" => status.as_str(),
            "to" => to_or_another.as_str());
        let check_again = t!(lang, "network-redirect-check-again", "url" => use_url.as_str());
        let explanation = [sent_on, speaks_tls, check_again, forged]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        return Words {
            title: t!(lang, "network-redirect-elsewhere-title",
                "url" => if use_url.is_empty() { to.as_str() } else { use_url.as_str() }),
            summary: t!(lang, "network-redirect-elsewhere-summary"),
            action: t!(lang, "network-redirect-elsewhere-action"),
            explanation,
            fixes,
        };
    }
    Words {
        title: t!(lang, "network-redirect-title",
            "url" => if use_url.is_empty() { to_or_another.as_str() } else { use_url.as_str() }),
        summary: t!(lang, "network-redirect-summary"),
        action: t!(lang, "network-redirect-action", "app" => ctx.app()),
        explanation: t!(lang, "network-redirect-explanation",
            "from" => from.as_str(),
            "has_status" => has_status,
            "status" => status.as_str(),
            "to" => to_or_another.as_str(),
            "post" => if ctx.d.post_becomes_get { "yes" } else { "no" },
            "url" => use_url.as_str(),
            "app" => ctx.app()),
        fixes,
    }
}

fn maintenance(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    // WordPress's own notice while it updates.
    let notice = "Briefly unavailable for scheduled maintenance";
    let recipient = t!(lang, "network-recipient-host");
    Words {
        title: t!(lang, "network-maintenance-title"),
        summary: t!(lang, "network-maintenance-summary"),
        action: t!(lang, "network-maintenance-action"),
        explanation: t!(lang, "network-maintenance-explanation",
            "notice" => notice,
            "has_retry" => if ctx.d.retry_after.is_some() { "yes" } else { "no" },
            "retry" => ctx.d.retry_after.clone().unwrap_or_default(),
            "file" => ".maintenance"),
        fixes: vec![
            wordpress::finish_maintenance(&ctx.site),
            SupportMessage {
                recipient: &recipient,
                subject: t!(lang, "network-maintenance-support-subject", "host" => ctx.host()),
                problem: t!(lang, "network-maintenance-support-problem", "notice" => notice),
                failing: ctx.failing_lines(),
                passing: vec![],
                ask: t!(lang, "network-maintenance-support-ask",
                    "file" => ".maintenance",
                    "base" => ctx.site.base()),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ],
    }
}

fn rate_limited(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let who = ctx
        .vendor_name(&t!(lang, "network-rate-server"))
        .to_string();
    let marker = ctx.marker_phrase();
    let mut fixes = Vec::new();
    match ctx.d.vendor {
        Some(Vendor::Cloudflare) => {
            // Where to click before what to paste.
            fixes.push(cloudflare::skip_rule_steps(
                &ctx.site,
                ctx.d.incident_id.as_deref(),
            ));
            fixes.push(cloudflare::skip_rule(&ctx.site, ctx.d.permalinks_plain));
            fixes.extend(cloudflare::ip_access_rules(&ctx.site));
        }
        Some(Vendor::Wordfence) => fixes.push(plugins::wordfence_allowlist(&ctx.site)),
        Some(Vendor::Sucuri) => fixes.push(plugins::sucuri_allowlist(
            &ctx.site,
            ctx.d.incident_id.as_deref(),
        )),
        _ => {}
    }
    let recipient = t!(lang, "network-recipient-host");
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "network-rate-support-subject", "host" => ctx.host()),
            problem: t!(lang, "network-rate-support-problem", "marker" => marker.as_str()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "network-rate-support-ask",
                "wc" => ctx.site.wc_prefix(),
                "auth" => ctx.site.auth_prefix(),
                "app" => ctx.app()),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: t!(lang, "network-rate-title", "who" => who.as_str(), "app" => ctx.app()),
        summary: t!(lang, "network-rate-summary", "who" => who.as_str(), "app" => ctx.app()),
        action: t!(lang, "network-rate-action", "app" => ctx.app()),
        explanation: t!(lang, "network-rate-explanation",
            "who" => who.as_str(),
            "blocked" => ctx.blocked_phrase(&t!(lang, "network-rate-blocked-fallback")),
            "marker" => marker.as_str(),
            "has_retry" => if ctx.d.retry_after.is_some() { "yes" } else { "no" },
            "retry" => ctx.d.retry_after.clone().unwrap_or_default(),
            "app" => ctx.app()),
        fixes,
    }
}

fn not_wordpress(ctx: &Ctx<'_>) -> Words {
    let url = ctx.site.url();
    let lang = ctx.lang;
    Words {
        title: t!(lang, "network-not-wp-title", "url" => url),
        summary: t!(lang, "network-not-wp-summary"),
        action: t!(lang, "network-not-wp-action"),
        explanation: t!(lang, "network-not-wp-explanation",
            "url" => url,
            "link" => ctx.site.link("wp-json/")),
        fixes: vec![fix(
            FixKind::Instructions,
            t!(lang, "network-not-wp-fix-title"),
            t!(lang, "network-not-wp-fix", "admin" => "/wp-admin/"),
        )],
    }
}

#[cfg(test)]
mod tests {
    use super::super::{finding, FixTarget};
    use crate::details::{ConnectFailure, Details};
    use crate::finding_id::FindingId;
    use crate::profile::Profile;
    use crate::report::{Finding, Severity};
    use crate::store_url::StoreUrl;

    fn words(id: FindingId, url: &str, d: Details) -> Finding {
        let store = StoreUrl::parse(url).unwrap();
        let profile = Profile::default();
        finding(
            id,
            Severity::Error,
            &d,
            FixTarget {
                store: &store,
                profile: &profile,
                lang: Default::default(),
            },
            vec![],
        )
    }

    fn text(f: &Finding) -> String {
        let fixes: Vec<&str> = f.fixes.iter().map(|x| x.text.as_str()).collect();
        format!("{}\n{}\n{}", f.title, f.explanation, fixes.join("\n"))
    }

    #[test]
    fn connection_failures_are_worded_by_what_happened() {
        let cases = [
            (ConnectFailure::Refused, "refuses connections", "refused"),
            (
                ConnectFailure::TimedOut,
                "does not answer",
                "nothing answered",
            ),
            (
                ConnectFailure::ClosedWithoutAnswer,
                "without answering",
                "closed it without sending any answer",
            ),
            (ConnectFailure::NotHttp, "not a web page", "is not HTTP"),
        ];
        for (failure, title, explanation) in cases {
            let f = words(
                FindingId::NetConnect,
                "https://shop.example:8443/",
                Details {
                    connect_failure: Some(failure),
                    network_error: Some(
                        "the server's answer was malformed: invalid HTTP version parsed".into(),
                    ),
                    ..Details::default()
                },
            );
            assert!(f.title.contains(title), "{failure:?}: {}", f.title);
            assert!(f.title.contains("shop.example, port 8443"), "{}", f.title);
            assert!(
                f.explanation.contains(explanation),
                "{failure:?}: {}",
                f.explanation
            );
            // Only a timeout is "does not answer": a server that answered garbage did answer.
            assert_eq!(
                f.title.contains("does not answer"),
                failure == ConnectFailure::TimedOut,
                "{failure:?}: {}",
                f.title
            );
        }
    }

    /// The catalog's English wording of a certificate problem is the TLS check's own.
    #[test]
    fn certificate_problems_read_as_the_tls_check_words_them() {
        use crate::net::tls_check::CertProblem;
        let problems = [
            CertProblem::Expired {
                not_after: "2026-01-01".into(),
            },
            CertProblem::NotYetValid {
                not_before: "2030-01-01".into(),
            },
            CertProblem::WrongName {
                host: "shop.example".into(),
                names: vec!["other.example".into(), "www.other.example".into()],
            },
            CertProblem::WrongName {
                host: "shop.example".into(),
                names: vec![],
            },
            CertProblem::UntrustedIssuer {
                issuer: "CN=Private CA".into(),
                self_signed: false,
            },
            CertProblem::UntrustedIssuer {
                issuer: "CN=shop.example".into(),
                self_signed: true,
            },
            CertProblem::Other("BadSignature".into()),
        ];
        for p in problems {
            assert_eq!(
                super::cert_problem(handshake_l10n::Lang::En, &p),
                p.to_string()
            );
            for lang in [handshake_l10n::Lang::De, handshake_l10n::Lang::Es] {
                assert_ne!(super::cert_problem(lang, &p), p.to_string(), "{lang}");
            }
        }
        let f = words(
            FindingId::TlsCertificate,
            "https://shop.example/",
            Details {
                tls_problem: Some("the certificate expired on 2026-01-01".into()),
                tls_cert_problem: Some(CertProblem::Expired {
                    not_after: "2026-01-01".into(),
                }),
                ..Details::default()
            },
        );
        assert!(
            f.explanation
                .contains("is not accepted: the certificate expired on 2026-01-01."),
            "{}",
            f.explanation
        );
    }

    #[test]
    fn addresses_keep_a_port_that_is_not_the_default() {
        let missing = words(
            FindingId::TlsMissing,
            "http://shop.example:8080/",
            Details::default(),
        );
        let all = text(&missing);
        assert!(all.contains("https://shop.example:8080/"), "{all}");
        assert!(!all.contains("https://shop.example/"), "{all}");
        assert!(
            all.contains("shop.example:8080 answers only over plain HTTP"),
            "{all}"
        );

        let cert = text(&words(
            FindingId::TlsCertificate,
            "https://shop.example:8443/",
            Details::default(),
        ));
        assert!(
            cert.contains("open https://shop.example:8443/ in a browser"),
            "{cert}"
        );
        assert!(
            cert.contains("HTTPS connection to https://shop.example:8443/"),
            "{cert}"
        );
        // A certificate is issued for a name, never for a port.
        assert!(cert.contains("issued for the name shop.example,"), "{cert}");

        let maintenance = text(&words(
            FindingId::HttpMaintenance,
            "https://shop.example:8443/",
            Details::default(),
        ));
        assert!(
            maintenance.contains("Subject: shop.example:8443 stuck"),
            "{maintenance}"
        );

        // The default port is never shown.
        let plain = text(&words(
            FindingId::TlsMissing,
            "http://shop.example/",
            Details::default(),
        ));
        assert!(
            plain.contains("https://shop.example/") && !plain.contains(":443"),
            "{plain}"
        );
        // DNS is about the name alone.
        let dns = words(
            FindingId::NetDns,
            "https://shop.example:8443/",
            Details::default(),
        );
        assert!(
            dns.title.contains("shop.example cannot be found"),
            "{}",
            dns.title
        );
    }
}
