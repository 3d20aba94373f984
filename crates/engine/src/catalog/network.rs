//! Reaching the store at all: DNS, connections, HTTPS certificates, redirects, maintenance mode,
//! rate limits, and whether WordPress is there.

use crate::details::ConnectFailure;
use crate::finding_id::FindingId;
use crate::firewall::Vendor;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{cloudflare, fix, plugins, wordpress};
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
    Words {
        title: format!("The store's address {host} cannot be found"),
        summary: format!("The name {host} does not lead to any server on the internet."),
        action: "Check that the address is spelled exactly as in WordPress and that the domain has not expired; your host \
                 can tell you where it should point."
            .to_string(),
        explanation: format!(
            "Looking up the name {host} (DNS, the internet's address book) found no server{error}. \
             {app} cannot reach a store whose name leads nowhere. Check that the address is spelled exactly as in \
             WordPress under Settings → General, and that the domain has not expired and still points to your host.",
            app = ctx.app(),
        ),
        fixes: vec![
            fix(
                FixKind::Instructions,
                "Check the address and its DNS records",
                format!(
                    "1. Compare {url} with \"Site Address (URL)\" in WordPress → Settings → General, and use that exact address in {app}.\n\
                     2. Log in where the domain is registered and check that it has not expired.\n\
                     3. In its DNS settings, {host} needs an A record (and optionally AAAA) pointing to your hosting server's IP address, \
                     which your host can tell you. After a change, allow up to a few hours before testing again.",
                    url = ctx.site.url(),
                    app = ctx.app(),
                ),
            ),
            SupportMessage {
                recipient: "your host",
                subject: format!("DNS for {host} does not resolve"),
                problem: format!("The name {host} does not resolve to any address{error}."),
                failing: vec![format!("DNS lookup of {host}")],
                passing: vec![],
                ask: format!("tell me which DNS records {host} needs to point to my hosting account, or check them for me"),
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
    // Said by what happened: a refusal, silence and a non-HTTP answer have different causes.
    let (title, summary, happened, causes, problem) = match ctx.d.connect_failure {
        Some(ConnectFailure::Refused) => (
            format!("The store's server refuses connections to {host}, port {port}"),
            format!("The store's server at {host} refuses connections, so nothing reaches the store."),
            format!("The name {host} leads to a server, but it refused the connection on port {port}{error}."),
            "Usually the web server is stopped, or it is not set up to serve this port.",
            format!("Connections to {host} on port {port} are refused{error}."),
        ),
        Some(ConnectFailure::TimedOut) => (
            format!("The store's server does not answer on {host}, port {port}"),
            format!("The store's server at {host} does not answer at all."),
            format!("The name {host} leads to a server, but nothing answered on port {port} in time{error}."),
            "Usually a firewall silently drops outside connections, or the server is overloaded or down.",
            format!("Connections to {host} on port {port} time out{error}."),
        ),
        Some(ConnectFailure::ClosedWithoutAnswer) => (
            format!("The store's server closes connections to {host}, port {port} without answering"),
            format!("The store's server at {host} hangs up without answering."),
            format!("The server at {host} accepted the connection on port {port}, then closed it without sending any answer{error}."),
            "Usually the web server crashes on the request, a firewall cuts the connection, or the port expects \
             HTTPS while the address says http:// (or the reverse).",
            format!("Connections to {host} on port {port} are accepted and then closed without an answer{error}."),
        ),
        Some(ConnectFailure::NotHttp) => (
            format!("The store's server at {host}, port {port} answers something that is not a web page"),
            format!("Something answers at {host}, but not the way a website does."),
            format!("The server at {host} accepted the connection on port {port}, but what it sent back is not HTTP{error}."),
            "Usually another service (mail, SSH, a database) listens on this port, or the port expects HTTPS while \
             the address says http:// (or the reverse).",
            format!("Port {port} on {host} accepts connections but does not answer in HTTP{error}."),
        ),
        Some(ConnectFailure::Failed) | None => (
            format!("Connections to the store's server at {host}, port {port} fail"),
            format!("Connections to the store's server at {host} fail."),
            format!("The name {host} leads to a server, but the connection on port {port} failed{error}."),
            "Usually the web server is down, a server firewall interferes, or the site is not set up for this port.",
            format!("Connections to {host} on port {port} fail{error}."),
        ),
    };
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
            "If you typed the address by hand, try it with https instead of http (or the reverse); otherwise send your \
             host the message below."
                .to_string()
        } else {
            "Ask your host to check that the web server is running and accepts connections from outside, with the \
             message below."
                .to_string()
        },
        explanation: format!("{happened} {causes} {app} needs the same connection, so ask your host to check it."),
        fixes: vec![SupportMessage {
            recipient: "your host",
            subject: format!("Connections to {host} port {port} fail"),
            problem,
            failing: vec![format!("TCP connection to {host}:{port}")],
            passing: vec![],
            ask: format!(
                "check that the web server for {host} is running and answers HTTP(S) on port {port}, and that the server \
                 firewall accepts connections on port {port} from outside, including from {app}'s servers"
            ),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site)],
    }
}

fn certificate(ctx: &Ctx<'_>) -> Words {
    let host = ctx.name();
    let https_url = https_root(ctx);
    let problem = ctx
        .d
        .tls_problem
        .clone()
        .unwrap_or_else(|| "it could not be verified".to_string());
    Words {
        title: format!("The store's HTTPS certificate is not valid ({})", problem.trim_end_matches('.')),
        summary: "The store's security certificate is not valid, so apps refuse to send it keys or orders.".to_string(),
        action: "Renew or reinstall the certificate in your hosting panel, or ask your host to do it.".to_string(),
        explanation: format!(
            "The certificate that {host} presents is not accepted: {problem}. Apps, like browsers, refuse to send keys and \
             orders over a connection they cannot verify, so {app} stops here. The certificate must be current, be issued for \
             the name {host}, and be sent with its intermediate certificates (the full chain).",
            problem = problem.trim_end_matches('.'),
            app = ctx.app(),
        ),
        fixes: vec![
            fix(
                FixKind::Instructions,
                "Renew or reinstall the certificate",
                format!(
                    "In your hosting panel: cPanel → SSL/TLS Status → select {host} → Run AutoSSL; Plesk → Websites & Domains → \
                     SSL/TLS Certificates → Let's Encrypt (include {host}). Behind Cloudflare, also check SSL/TLS → Edge Certificates. \
                     Then open {https_url} in a browser: it must show a padlock without warnings."
                ),
            ),
            SupportMessage {
                recipient: "your host",
                subject: format!("HTTPS certificate for {host} is not valid"),
                problem: format!("The HTTPS certificate for {host} is rejected: {problem}."),
                failing: vec![format!("HTTPS connection to {https_url}")],
                passing: vec![],
                ask: format!(
                    "install a valid certificate that covers {host}, together with its full intermediate chain, and make sure it \
                     renews automatically"
                ),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ],
    }
}

fn no_https(ctx: &Ctx<'_>) -> Words {
    let host = ctx.host();
    let https_url = ctx.site.store.with_scheme("https").to_string();
    let https_root = https_root(ctx);
    Words {
        title: format!("The store has no working HTTPS at {https_root}"),
        summary: "The store cannot be reached over a secure connection (HTTPS), which WooCommerce needs before it accepts \
                  an app's keys the usual way."
            .to_string(),
        action: "Ask your host for a certificate (Let's Encrypt is free), then switch WordPress's address to its https form."
            .to_string(),
        explanation: format!(
            "{host} answers only over plain HTTP{error}. WooCommerce accepts API keys sent the usual way only over HTTPS, and \
             sending keys and customer data unencrypted is unsafe. Ask your host for a certificate (Let's Encrypt is free), \
             then switch WordPress's address to {https_url}.",
            error = error_suffix(ctx.d.tls_problem.as_ref().or(ctx.d.network_error.as_ref())),
        ),
        fixes: vec![
            SupportMessage {
                recipient: "your host",
                subject: format!("Please enable HTTPS for {host}"),
                problem: format!("The store has no working HTTPS: {https_root} does not answer with a valid certificate."),
                failing: vec![format!("HTTPS connection to {https_root}")],
                passing: vec![],
                ask: format!("install a certificate for {host} (Let's Encrypt is fine) and serve the site over HTTPS"),
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
    let to = ctx.d.redirect_to.clone().unwrap_or_default();
    let status = ctx
        .d
        .redirect_status
        .map(|s| format!(" with HTTP {s}"))
        .unwrap_or_default();
    // The base URL to use: the target without the /wp-json/… part.
    let use_url = ctx.d.redirect_use.clone().unwrap_or_else(|| {
        StoreUrl::parse(&to)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| to.clone())
    });
    let speaks_tls = if ctx.d.redirect_use.is_some() {
        format!(
            " That address answers \"You're speaking plain HTTP to an SSL-enabled server port\": it speaks https, so {use_url} is the form to use."
        )
    } else {
        String::new()
    };
    let lost = if ctx.d.post_becomes_get {
        "; when one does, a POST turns into a GET and the credentials are dropped, so an order update silently becomes a read"
    } else {
        ", and most drop the credentials when they do"
    };
    let mut fixes = Vec::new();
    if !use_url.is_empty() {
        fixes.push(fix(
            FixKind::Instructions,
            format!("Use this store address in {}", ctx.app()),
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
            " This redirect arrived over plain http, which anyone between this computer and the store can forge: \
             use the new address only if you recognise it as your store's."
        } else {
            " Use it only if you recognise it as your store's address."
        };
        return Words {
            title: format!("The store answers at another address: {}", if use_url.is_empty() { &to } else { &use_url }),
            summary: "The address you entered leads to a different address, so nothing was checked with keys or \
                      connected."
                .to_string(),
            action: "If you recognise the new address as your store's, check again with it.".to_string(),
            explanation: format!(
                "Requests to {from} are sent on{status} to {to}, which is not the address you entered. Handshake sends \
                 API keys and opens WooCommerce's approval page only at the address you entered, so nothing was checked \
                 with keys and nothing was connected.{speaks_tls} If {use_url} is your store, check again with that address.{forged}",
                to = if to.is_empty() { "another address" } else { &to },
            ),
            fixes,
        };
    }
    Words {
        title: format!("The store address redirects to {}", if use_url.is_empty() { "another address" } else { &use_url }),
        summary: "The address you entered redirects to another address, and apps can lose their keys or changes on \
                  the way."
            .to_string(),
        action: format!("Enter the address it leads to in {}.", ctx.app()),
        explanation: format!(
            "Requests to {from} are sent on{status} to {to}. API clients do not follow redirects for every request{lost}. \
             Enter the address the store redirects to ({use_url}) in {app}.",
            to = if to.is_empty() { "another address" } else { &to },
            app = ctx.app(),
        ),
        fixes,
    }
}

fn maintenance(ctx: &Ctx<'_>) -> Words {
    let retry = ctx
        .d
        .retry_after
        .as_ref()
        .map(|r| format!(" and asks to retry after {r} seconds"))
        .unwrap_or_default();
    Words {
        title: "The store is in maintenance mode".to_string(),
        summary: "The store is in maintenance mode, so no app can connect to it right now.".to_string(),
        action: "Wait a few minutes and check again; if it stays, finish the interrupted update as the first fix shows."
            .to_string(),
        explanation: format!(
            "The store answers every request with 503 \"Briefly unavailable for scheduled maintenance\"{retry}. WordPress does \
             this while it installs updates, and no app can connect meanwhile. If it lasts more than a few minutes, an update \
             was interrupted and left a .maintenance file behind."
        ),
        fixes: vec![
            wordpress::finish_maintenance(&ctx.site),
            SupportMessage {
                recipient: "your host",
                subject: format!("{} stuck in WordPress maintenance mode", ctx.host()),
                problem: "The site has been answering 503 \"Briefly unavailable for scheduled maintenance\" for longer than an update takes.".to_string(),
                failing: ctx.failing_lines(),
                passing: vec![],
                ask: format!("remove the .maintenance file from the WordPress folder ({}) and check whether an update was interrupted", ctx.site.base()),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ],
    }
}

fn rate_limited(ctx: &Ctx<'_>) -> Words {
    let who = ctx.vendor_name("The store's server");
    let retry = ctx
        .d
        .retry_after
        .as_ref()
        .map(|r| format!(", asking to wait {r} seconds"))
        .unwrap_or_default();
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
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("API requests to {} are rate limited", ctx.host()),
            problem: format!("Requests to the WooCommerce API are refused as too many (HTTP 429 or a rate-limit page){marker}."),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: format!("raise the request limit for {} and {}, or exempt {}'s servers from it", ctx.site.wc_prefix(), ctx.site.auth_prefix(), ctx.app()),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: format!("{who} limits how many requests {} may send", ctx.app()),
        summary: format!("{who} turns {}'s requests away as too many.", ctx.app()),
        action: format!(
            "Raise the request limit for the WooCommerce API, or exempt {}'s addresses from it.",
            ctx.app()
        ),
        explanation: format!(
            "{who} refused {blocked} as too many requests{marker}{retry}. Apps sync orders and products in bursts, so a tight \
             limit breaks the connection again and again. Raise the limit for the WooCommerce API, or exempt {app}'s addresses.",
            blocked = ctx.blocked_phrase("the API requests"),
            app = ctx.app(),
        ),
        fixes,
    }
}

fn not_wordpress(ctx: &Ctx<'_>) -> Words {
    let url = ctx.site.url();
    Words {
        title: format!("No WordPress site was found at {url}"),
        summary: "No WordPress site answers at this address.".to_string(),
        action: "Use the exact Site Address shown in WordPress under Settings → General.".to_string(),
        explanation: format!(
            "{url} answered, but neither its pages nor {rest} look like WordPress. The store may live in another folder or on \
             another address, or another system answers at this one. Use the address shown in WordPress under Settings → \
             General → Site Address (URL).",
            rest = ctx.site.link("wp-json/"),
        ),
        fixes: vec![fix(
            FixKind::Instructions,
            "Find the store's exact address",
            "Log in to your WordPress admin (the address you use ends in /wp-admin/), go to Settings → General and copy \
             \"Site Address (URL)\". Enter that exact address in the app and in Handshake."
                .to_string(),
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
