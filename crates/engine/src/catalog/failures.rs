//! HTTP failing in front of or below WordPress: an HTTP password, a redirect loop, a 5xx, no answer
//! in time, answers beyond the size caps. Every status, server and vendor named here comes from the
//! finding's own evidence and details.

use handshake_l10n::{t, Lang};

use crate::details::{LoopPattern, Measured, Measurement, RedirectLoop, ServerError};
use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{apache, fix, nginx, server_snippets, wordpress};
use crate::report::{Fix, FixKind};

use super::context::{phrase_list, Ctx, Words};

/// WordPress's own text on its "critical error" page, quoted as it shows it.
const WP_CRITICAL: &str = "There has been a critical error on this website.";

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::HttpBasicAuth => basic_auth(ctx),
        FindingId::HttpRedirectLoop => redirect_loop(ctx),
        FindingId::HttpServerError => server_error(ctx),
        FindingId::HttpUnresponsive => unresponsive(ctx),
        _ => oversized(ctx),
    }
}

/// One line per measurement: "GET /a, GET /b and 3 more: no complete answer within 8 s".
fn measured_lines(ctx: &Ctx<'_>) -> Vec<String> {
    ctx.d
        .measured
        .iter()
        .map(|m| measured_line(ctx.lang, m))
        .collect()
}

fn measured_line(lang: Lang, m: &Measured) -> String {
    let r = &m.requests;
    let requests = match r.len() {
        0 => String::new(),
        1 => r[0].clone(),
        2 => {
            t!(lang, "failures-measured-requests-two", "first" => r[0].as_str(), "second" => r[1].as_str())
        }
        n => t!(lang, "failures-measured-requests-more",
            "first" => r[0].as_str(), "second" => r[1].as_str(), "more" => n - 2),
    };
    let what = match &m.what {
        Measurement::NoAnswer { limit, took: None } => {
            t!(lang, "failures-measured-no-answer", "limit" => seconds(lang, *limit))
        }
        Measurement::NoAnswer {
            limit,
            took: Some(took),
        } => t!(lang, "failures-measured-no-answer-gave-up",
            "limit" => seconds(lang, *limit), "took" => seconds(lang, *took)),
        Measurement::HeaderBlockTooLarge => t!(lang, "failures-measured-header-block"),
        Measurement::HeadersTooLarge => t!(lang, "failures-measured-headers"),
        Measurement::BodyCut {
            status,
            cap_mib,
            encoding,
            content_length,
        } => {
            let status = status.to_string();
            let cap = cap_mib.to_string();
            match (encoding, content_length) {
                (None, Some(len)) => t!(lang, "failures-measured-body-cut-length",
                    "status" => status, "cap" => cap, "length" => len.as_str()),
                (None, None) => t!(lang, "failures-measured-body-cut",
                    "status" => status, "cap" => cap),
                (Some(enc), Some(len)) => t!(lang, "failures-measured-body-cut-unpacked-length",
                    "status" => status, "cap" => cap, "encoding" => enc.as_str(), "length" => len.as_str()),
                (Some(enc), None) => t!(lang, "failures-measured-body-cut-unpacked",
                    "status" => status, "cap" => cap, "encoding" => enc.as_str()),
            }
        }
    };
    t!(lang, "failures-measured-line", "requests" => requests, "what" => what)
}

/// "8 s", "2.5 s" (a comma in German and Spanish): whole seconds from 5 s on.
fn seconds(lang: Lang, d: std::time::Duration) -> String {
    let s = d.as_secs_f64();
    let text = if s >= 5.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    };
    match lang {
        Lang::De | Lang::Es => text.replace('.', ","),
        _ => text,
    }
}

/// "HTTP 502" or "HTTP 500 and 502": the statuses the evidence shows, never a fixed text.
pub(super) fn statuses(ctx: &Ctx<'_>) -> String {
    let mut seen: Vec<u16> = ctx
        .evidence
        .iter()
        .filter_map(|e| e.status)
        .filter(|s| *s >= 400)
        .collect();
    seen.sort_unstable();
    seen.dedup();
    let list: Vec<String> = seen.iter().map(|s| s.to_string()).collect();
    if list.is_empty() {
        t!(ctx.lang, "failures-statuses-none")
    } else {
        t!(ctx.lang, "failures-statuses", "list" => phrase_list(ctx.lang, &list, ""))
    }
}

/// "GET /wp-json/ → 403 and GET / → 403" → "GET /wp-json/ and GET /": for sentences that add the
/// statuses themselves.
pub(super) fn without_outcomes(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut rest = phrase;
    while let Some(i) = rest.find(" → ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " → ".len()..];
        let digits = after.chars().take_while(|c| c.is_ascii_digit()).count();
        rest = if digits > 0 { &after[digits..] } else { after };
        if digits == 0 {
            out.push_str(" → ");
        }
    }
    out.push_str(rest);
    out
}

/// Sentences joined with a space, empty ones left out.
fn sentences(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn host_message(ctx: &Ctx<'_>, subject: String, problem: String, ask: String) -> Fix {
    let recipient = t!(ctx.lang, "failures-recipient-host");
    SupportMessage {
        recipient: &recipient,
        subject,
        problem,
        failing: ctx.failing_lines(),
        passing: ctx.passing_lines(),
        ask,
        attachment: (!ctx.d.measured.is_empty()).then(|| {
            let mut text = format!("{}\n", t!(ctx.lang, "failures-measured-heading"));
            for m in measured_lines(ctx) {
                text.push_str(&format!("- {m}\n"));
            }
            text
        }),
        mention_addresses: false,
    }
    .into_fix(&ctx.site)
}

fn basic_auth(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let d = ctx.d;
    let app = ctx.app();
    let rest = ctx.site.rest_prefix();
    let auth = ctx.site.auth_prefix();
    let challenge = d.auth_challenge.clone().unwrap_or_else(|| "Basic".into());
    let blocked = ctx.blocked_phrase(&t!(lang, "failures-basic-blocked-fallback"));
    if d.api_exempt {
        return Words {
            title: t!(lang, "failures-basic-exempt-title"),
            summary: t!(lang, "failures-basic-exempt-summary", "app" => app),
            action: t!(lang, "failures-basic-exempt-action"),
            explanation: t!(lang, "failures-basic-exempt-explanation",
                "blocked" => blocked,
                "status" => statuses(ctx),
                "challenge" => challenge,
                "app" => app,
                "rest" => rest,
                "auth" => auth),
            fixes: vec![],
        };
    }
    let scope = if d.blocks_everything { "site" } else { "api" };
    let mut fixes = server_snippets(
        ctx.server(),
        vec![apache::exempt_from_http_password(&ctx.site)],
        vec![nginx::exempt_from_http_password(&ctx.site)],
    );
    fixes.push(fix(
        FixKind::Instructions,
        t!(lang, "failures-basic-panel-title"),
        t!(lang, "failures-basic-panel",
            "app" => app,
            "url" => ctx.site.url(),
            "rest" => rest.as_str(),
            "auth" => auth.as_str()),
    ));
    fixes.push(host_message(
        ctx,
        t!(lang, "failures-basic-support-subject", "host" => ctx.host()),
        t!(lang, "failures-basic-support-problem",
            "scope" => scope,
            "challenge" => challenge.as_str(),
            "app" => app),
        t!(lang, "failures-basic-support-ask", "rest" => rest.as_str(), "auth" => auth.as_str()),
    ));
    Words {
        title: t!(lang, "failures-basic-title", "scope" => scope),
        summary: t!(lang, "failures-basic-summary", "scope" => scope, "app" => app),
        action: t!(lang, "failures-basic-action"),
        explanation: t!(lang, "failures-basic-explanation",
            "blocked" => blocked,
            "status" => statuses(ctx),
            "challenge" => challenge,
            "app" => app,
            "rest" => rest,
            "auth" => auth),
        fixes,
    }
}

fn redirect_loop(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let l = ctx.d.redirect_loop.clone().unwrap_or_default();
    let first = ctx
        .d
        .redirect_from
        .clone()
        .unwrap_or_else(|| ctx.site.url().to_string());
    let urls: Vec<String> = l.chain.iter().map(|c| url_of(c)).collect();
    // Query strings (cache busters) drown the sentence, unless they are the only difference.
    let cycle = readable(&l.cycle);
    let what = match (l.pattern, cycle.as_slice()) {
        (LoopPattern::SelfRedirect, [a]) => t!(lang, "failures-loop-self", "a" => a.as_str()),
        (LoopPattern::Endless, _) => t!(lang, "failures-loop-endless",
            "first" => readable(std::slice::from_ref(&first))[0].clone(),
            "n" => l.chain.len(),
            "chain" => urls.iter().skip(1).take(2).cloned().collect::<Vec<_>>().join(", ")),
        (_, [a, b]) => t!(lang, "failures-loop-pair", "a" => a.as_str(), "b" => b.as_str()),
        (_, cycle) => t!(lang, "failures-loop-circle", "cycle" => cycle.join(" → ")),
    };
    let why = match l.pattern {
        LoopPattern::SelfRedirect if l.cloudflare => t!(lang, "failures-loop-why-cloudflare"),
        LoopPattern::SelfRedirect => t!(lang, "failures-loop-why-proxy"),
        LoopPattern::Scheme => t!(lang, "failures-loop-why-scheme"),
        LoopPattern::Www => t!(lang, "failures-loop-why-www"),
        LoopPattern::TrailingSlash => t!(lang, "failures-loop-why-slash"),
        LoopPattern::Endless => t!(lang, "failures-loop-why-endless"),
        LoopPattern::Other => String::new(),
    };
    let who = who_redirects(&l, ctx);
    let mut fixes: Vec<Fix> = Vec::new();
    if l.cloudflare {
        fixes.push(fix(
            FixKind::Instructions,
            t!(lang, "failures-loop-cloudflare-title"),
            t!(lang, "failures-loop-cloudflare", "host" => ctx.host(), "first" => first.as_str()),
        ));
    }
    if matches!(
        l.pattern,
        LoopPattern::SelfRedirect | LoopPattern::Scheme | LoopPattern::Www
    ) {
        fixes.push(wordpress::site_address(&ctx.site, &preferred_url(&l, ctx)));
    }
    fixes.push(fix(
        FixKind::Instructions,
        t!(lang, "failures-loop-rule-title"),
        t!(lang, "failures-loop-rule",
        "base" => ctx.site.base(),
        "pattern" => match l.pattern {
            LoopPattern::Scheme | LoopPattern::SelfRedirect => "scheme",
            LoopPattern::Www => "www",
            LoopPattern::TrailingSlash => "slash",
            _ => "other",
        }),
    ));
    let mut chain: Vec<String> = urls.iter().take(4).cloned().collect();
    if urls.len() > 4 {
        chain.push("…".into());
    }
    fixes.push(host_message(
        ctx,
        t!(lang, "failures-loop-support-subject", "host" => ctx.host()),
        t!(lang, "failures-loop-support-problem", "chain" => chain.join(" → ")),
        t!(lang, "failures-loop-support-ask"),
    ));
    let giveup = t!(lang, "failures-loop-giveup", "app" => ctx.app());
    Words {
        title: t!(lang, "failures-loop-title"),
        summary: if l.pattern == LoopPattern::Endless {
            t!(lang, "failures-loop-summary-endless")
        } else {
            t!(lang, "failures-loop-summary")
        },
        action: match l.pattern {
            LoopPattern::Endless => t!(lang, "failures-loop-action-endless"),
            _ if l.cloudflare => t!(lang, "failures-loop-action-cloudflare"),
            _ => t!(lang, "failures-loop-action"),
        },
        explanation: sentences(&[&what, &why, &who, &giveup]),
        fixes,
    }
}

/// URLs without their query strings, unless the query is all that tells them apart.
fn readable(urls: &[String]) -> Vec<String> {
    let bare: Vec<String> = urls
        .iter()
        .map(|u| u.split('?').next().unwrap_or(u).to_string())
        .collect();
    let mut distinct = bare.clone();
    distinct.dedup();
    if distinct.len() == bare.len() || bare.len() == 1 {
        bare
    } else {
        urls.to_vec()
    }
}

/// `https://shop.example.com/wp-json/ → 301` → `https://shop.example.com/wp-json/`.
fn url_of(chain_line: &str) -> String {
    chain_line
        .split(" → ")
        .next()
        .unwrap_or(chain_line)
        .to_string()
}

/// URLs without query strings, each once.
fn bare_distinct(urls: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for u in urls {
        let bare = u.split('?').next().unwrap_or(u).to_string();
        if !out.contains(&bare) {
            out.push(bare);
        }
    }
    out
}

/// Who sent which hop, when the answers said so ("" when they did not).
fn who_redirects(l: &RedirectLoop, ctx: &Ctx<'_>) -> String {
    let lang = ctx.lang;
    let wordpress = phrase_list(lang, &bare_distinct(&l.by_wordpress), "");
    let server = phrase_list(lang, &bare_distinct(&l.by_server), "");
    match (l.by_wordpress.is_empty(), l.by_server.is_empty()) {
        (true, true) => String::new(),
        (false, true) => t!(lang, "failures-loop-who-wordpress", "wordpress" => wordpress),
        (true, false) => t!(lang, "failures-loop-who-server", "server" => server),
        (false, false) => t!(lang, "failures-loop-who-both",
            "wordpress" => wordpress,
            "server" => server),
    }
}

/// The https address of the loop when there is one (the address the site should settle on).
fn preferred_url(l: &RedirectLoop, ctx: &Ctx<'_>) -> String {
    let base = l
        .cycle
        .iter()
        .find(|u| u.starts_with("https://"))
        .cloned()
        .unwrap_or_else(|| ctx.site.url().to_string());
    match url::Url::parse(&base) {
        Ok(u) => {
            format!(
                "{}://{}{}",
                u.scheme(),
                u.host_str().unwrap_or(""),
                u.port().map(|p| format!(":{p}")).unwrap_or_default()
            ) + ctx.site.base()
        }
        Err(_) => base,
    }
}

fn server_error(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let blocked = ctx.blocked_phrase(&t!(lang, "failures-server-blocked-fallback"));
    let status = statuses(ctx);
    let kind = ctx.d.server_error.clone().unwrap_or(ServerError::Other {
        status: 500,
        server: None,
    });
    let works = ctx
        .passed_phrase()
        .map(|p| t!(lang, "failures-works", "passed" => p))
        .unwrap_or_default();
    match kind {
        ServerError::WordPressCritical { plugin, theme } => {
            let named = match (&plugin, &theme) {
                (Some(p), _) => t!(lang, "failures-critical-named-plugin",
                    "folder" => format!("wp-content/plugins/{p}")),
                (None, Some(t)) => t!(lang, "failures-critical-named-theme",
                    "folder" => format!("wp-content/themes/{t}")),
                _ => String::new(),
            };
            let mut steps = vec![
                t!(lang, "failures-critical-step-email",
                    "subject" => "Your Site is Experiencing a Technical Issue"),
                t!(lang, "failures-critical-step-log",
                    "log" => "wp-content/debug.log",
                    "line" => "PHP Fatal error"),
            ];
            if let Some(p) = &plugin {
                steps.push(t!(lang, "failures-critical-step-plugin",
                    "plugin" => p.as_str(),
                    "folder" => format!("wp-content/plugins/{p}")));
            } else {
                steps.push(t!(lang, "failures-critical-step-other"));
            }
            let explanation = t!(lang, "failures-critical-explanation",
                "blocked" => blocked,
                "status" => status,
                "wp_message" => WP_CRITICAL);
            Words {
                title: t!(lang, "failures-critical-title"),
                summary: t!(lang, "failures-critical-summary"),
                action: match &plugin {
                    Some(p) => t!(lang, "failures-critical-action-plugin", "plugin" => p.as_str()),
                    None => t!(lang, "failures-critical-action"),
                },
                explanation: sentences(&[
                    &explanation,
                    &named,
                    &works,
                    &t!(lang, "failures-critical-recovery"),
                ]),
                fixes: vec![
                    fix(
                        FixKind::Instructions,
                        t!(lang, "failures-critical-steps-title"),
                        steps.join("\n"),
                    ),
                    fix(
                        FixKind::WpConfig,
                        t!(lang, "failures-critical-debug-title", "log" => "wp-content/debug.log"),
                        // wp-config-sample.php already defines WP_DEBUG as false, and PHP ignores a second define:
                        // pasting these lines alone would log nothing (seen on the real-server testbed).
                        "// Handshake: log errors to wp-content/debug.log without showing them to visitors.\n\
                         // First delete the line define( 'WP_DEBUG', false ); from wp-config.php if it is there (PHP ignores a second define).\n\
                         // Paste above the line /* That's all, stop editing! */ in wp-config.php; remove again when done.\n\
                         define( 'WP_DEBUG', true );\n\
                         define( 'WP_DEBUG_LOG', true );\n\
                         define( 'WP_DEBUG_DISPLAY', false );",
                    ),
                    host_message(
                        ctx,
                        t!(lang, "failures-critical-support-subject", "host" => ctx.host()),
                        t!(lang, "failures-critical-support-problem", "wp_message" => WP_CRITICAL),
                        t!(lang, "failures-critical-support-ask"),
                    ),
                ],
            }
        }
        ServerError::Gateway {
            status: code,
            server,
        } => {
            let explanation = t!(lang, "failures-gateway-explanation",
                "blocked" => blocked,
                "status" => status,
                "has_server" => yes_no(server.is_some()),
                "server" => server.clone().unwrap_or_default());
            Words {
                title: t!(lang, "failures-gateway-title", "code" => code.to_string()),
                summary: t!(lang, "failures-gateway-summary"),
                action: t!(lang, "failures-gateway-action"),
                explanation: sentences(&[
                    &explanation,
                    &works,
                    &t!(lang, "failures-gateway-fixed-there"),
                ]),
                fixes: vec![host_message(
                    ctx,
                    t!(lang, "failures-gateway-support-subject",
                        "code" => code.to_string(),
                        "host" => ctx.host()),
                    t!(lang, "failures-gateway-support-problem", "code" => code.to_string()),
                    t!(lang, "failures-gateway-support-ask"),
                )],
            }
        }
        ServerError::ServerPage {
            status: code,
            server,
        } => {
            let name = server
                .clone()
                .unwrap_or_else(|| t!(lang, "failures-page-server-fallback"));
            let nginx = ctx.server() == crate::details::ServerKind::Nginx;
            // nginx reads no .htaccess: there the cause is its configuration or what it passes to.
            let likely = if nginx {
                t!(lang, "failures-page-likely-nginx")
            } else {
                t!(lang, "failures-page-likely")
            };
            let mut fixes = vec![fix(
                FixKind::Instructions,
                t!(lang, "failures-page-fix-title"),
                t!(lang, "failures-page-fix",
                    "example" => "Invalid command ... perhaps misspelled or defined by a module not included",
                    "base" => ctx.site.base(),
                    "off" => ".htaccess-off"),
            )];
            fixes.push(host_message(
                ctx,
                t!(lang, "failures-page-support-subject",
                    "code" => code.to_string(),
                    "host" => ctx.host()),
                t!(lang, "failures-page-support-problem", "code" => code.to_string()),
                t!(lang, "failures-page-support-ask"),
            ));
            let explanation = t!(lang, "failures-page-explanation",
                "blocked" => blocked,
                "status" => status,
                "name" => name);
            Words {
                title: t!(lang, "failures-page-title", "code" => code.to_string()),
                summary: t!(lang, "failures-page-summary"),
                action: if nginx {
                    t!(lang, "failures-page-action-nginx")
                } else {
                    t!(lang, "failures-page-action")
                },
                explanation: sentences(&[&explanation, &works, &likely]),
                fixes,
            }
        }
        ServerError::Other {
            status: code,
            server,
        } => {
            let explanation = t!(lang, "failures-other-explanation",
                "blocked" => blocked,
                "status" => status,
                "has_server" => yes_no(server.is_some()),
                "server" => server.clone().unwrap_or_default());
            Words {
                title: t!(lang, "failures-other-title", "code" => code.to_string()),
                summary: t!(lang, "failures-other-summary"),
                action: t!(lang, "failures-other-action"),
                explanation: sentences(&[&explanation, &works, &t!(lang, "failures-other-reason")]),
                fixes: vec![host_message(
                    ctx,
                    t!(lang, "failures-other-support-subject",
                        "code" => code.to_string(),
                        "host" => ctx.host()),
                    t!(lang, "failures-other-support-problem", "code" => code.to_string()),
                    t!(lang, "failures-other-support-ask"),
                )],
            }
        }
    }
}

fn unresponsive(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let measured = phrase_list(
        lang,
        &measured_lines(ctx),
        &t!(lang, "failures-slow-measured-fallback"),
    );
    let works = ctx
        .passed_phrase()
        .map(|p| t!(lang, "failures-slow-works", "passed" => p))
        .unwrap_or_default();
    Words {
        title: t!(lang, "failures-slow-title"),
        summary: t!(lang, "failures-slow-summary"),
        action: t!(lang, "failures-slow-action"),
        explanation: sentences(&[
            &t!(lang, "failures-slow-measured", "measured" => measured),
            &works,
            &t!(lang, "failures-slow-explanation", "app" => ctx.app()),
        ]),
        fixes: vec![host_message(
            ctx,
            t!(lang, "failures-slow-support-subject", "host" => ctx.host()),
            t!(lang, "failures-slow-support-problem"),
            t!(lang, "failures-slow-support-ask"),
        )],
    }
}

fn oversized(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let measured = phrase_list(
        lang,
        &measured_lines(ctx),
        &t!(lang, "failures-big-measured-fallback"),
    );
    Words {
        title: t!(lang, "failures-big-title"),
        summary: t!(lang, "failures-big-summary"),
        action: t!(lang, "failures-big-action"),
        explanation: t!(lang, "failures-big-explanation", "measured" => measured, "app" => ctx.app()),
        fixes: vec![host_message(
            ctx,
            t!(lang, "failures-big-support-subject", "host" => ctx.host()),
            t!(lang, "failures-big-support-problem"),
            t!(lang, "failures-big-support-ask"),
        )],
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn outcomes_are_dropped_from_request_phrases() {
        assert_eq!(
            super::without_outcomes("GET /wp-json/ → 403, GET / → 403 and 2 more"),
            "GET /wp-json/, GET / and 2 more"
        );
        assert_eq!(super::without_outcomes("A → B"), "A → B");
    }
}

#[cfg(test)]
mod measured_tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn measurements_read_as_before_in_english() {
        let slow = |requests: &[&str], took| Measured {
            requests: requests.iter().map(|r| r.to_string()).collect(),
            what: Measurement::NoAnswer {
                limit: Duration::from_secs(8),
                took,
            },
        };
        let line = |m: &Measured| measured_line(Lang::En, m);
        assert_eq!(
            line(&slow(&["GET /a", "GET /b", "GET /c"], None)),
            "GET /a, GET /b and 1 more: no complete answer within 8 s"
        );
        assert_eq!(
            line(&slow(
                &["GET /a", "GET /b"],
                Some(Duration::from_millis(2500))
            )),
            "GET /a and GET /b: no complete answer within 8 s (gave up after 2.5 s)"
        );
        assert_eq!(
            measured_line(
                Lang::De,
                &slow(&["GET /a"], Some(Duration::from_millis(2500)))
            ),
            "GET /a: keine vollständige Antwort innerhalb von 8 s (nach 2,5 s aufgegeben)"
        );
        let cut = Measured {
            requests: vec!["GET /wp-json/".into()],
            what: Measurement::BodyCut {
                status: 200,
                cap_mib: 8,
                encoding: Some("gzip".into()),
                content_length: Some("120".into()),
            },
        };
        assert_eq!(
            line(&cut),
            "GET /wp-json/: HTTP 200, the body went past 8 MiB and was cut there after unpacking \
             (Content-Encoding: gzip); it declared Content-Length 120"
        );
    }
}
