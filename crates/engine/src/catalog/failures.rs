//! HTTP failing in front of or below WordPress: an HTTP password, a redirect loop, a 5xx, no answer
//! in time, answers beyond the size caps. Every status, server and vendor named here comes from the
//! finding's own evidence and details.

use crate::details::{LoopPattern, RedirectLoop, ServerError};
use crate::finding_id::FindingId;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{apache, fix, nginx, server_snippets, wordpress};
use crate::report::{Fix, FixKind};

use super::context::{phrase_list, Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::HttpBasicAuth => basic_auth(ctx),
        FindingId::HttpRedirectLoop => redirect_loop(ctx),
        FindingId::HttpServerError => server_error(ctx),
        FindingId::HttpUnresponsive => unresponsive(ctx),
        _ => oversized(ctx),
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
        "an error answer".to_string()
    } else {
        format!("HTTP {}", phrase_list(ctx.lang, &list, ""))
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

fn host_message(ctx: &Ctx<'_>, subject: String, problem: String, ask: String) -> Fix {
    SupportMessage {
        recipient: "your host",
        subject,
        problem,
        failing: ctx.failing_lines(),
        passing: ctx.passing_lines(),
        ask,
        attachment: (!ctx.d.measured.is_empty()).then(|| {
            let mut text = "What was measured:\n".to_string();
            for m in &ctx.d.measured {
                text.push_str(&format!("- {m}\n"));
            }
            text
        }),
        mention_addresses: false,
    }
    .into_fix(&ctx.site)
}

fn basic_auth(ctx: &Ctx<'_>) -> Words {
    let d = ctx.d;
    let challenge = d.auth_challenge.clone().unwrap_or_else(|| "Basic".into());
    let blocked = ctx.blocked_phrase("requests to the store");
    if d.api_exempt {
        return Words {
            title: "An HTTP password protects the site, but not its API".to_string(),
            summary: format!("An extra password protects the site, but not the parts {} uses.", ctx.app()),
            action: "Nothing needs to change: keep the API and the approval pages outside the password.".to_string(),
            explanation: format!(
                "{blocked} got {status} (WWW-Authenticate: {challenge}), while {rest} and {auth} answer without it, so {app} \
                 can connect with WooCommerce's keys. Only the ?rest_route= form of the API stays behind the password, and \
                 apps use that form only on stores whose permalinks are set to Plain.",
                status = statuses(ctx),
                app = ctx.app(),
                rest = ctx.site.rest_prefix(),
                auth = ctx.site.auth_prefix(),
            ),
            fixes: vec![],
        };
    }
    let scope = if d.blocks_everything {
        "the whole site"
    } else {
        "the WordPress REST API"
    };
    let mut fixes = server_snippets(
        ctx.server(),
        vec![apache::exempt_from_http_password(&ctx.site)],
        vec![nginx::exempt_from_http_password(&ctx.site)],
    );
    fixes.push(fix(
        FixKind::Instructions,
        "If the hosting panel set the password",
        format!(
            "Hosting panels protect a whole folder: cPanel's \"Directory Privacy\", Plesk's \"Password-Protected Directories\", \
             WP Engine's and other hosts' password protection for staging sites. They usually cannot leave single addresses out.\n\
             1. Turn the protection off for the site {app} connects to ({url}), or\n\
             2. ask your host to leave {rest} and {auth} out of it (the message below asks for that).\n\
             If the password has to stay on these addresses too, {app} must send the site password in the Authorization header, \
             and its API keys then have to go in the query string (over HTTPS) or as an OAuth 1.0a signature, because a request \
             carries only one Authorization header.",
            app = ctx.app(),
            url = ctx.site.url(),
            rest = ctx.site.rest_prefix(),
            auth = ctx.site.auth_prefix(),
        ),
    ));
    fixes.push(host_message(
        ctx,
        format!("An HTTP password blocks the WordPress API on {}", ctx.host()),
        format!(
            "The web server asks for an HTTP password (WWW-Authenticate: {challenge}) on {scope}, so {app} cannot reach the \
             WooCommerce REST API.",
            app = ctx.app()
        ),
        format!(
            "leave {rest} and {auth} out of the password protection, so that WooCommerce's own API keys work there",
            rest = ctx.site.rest_prefix(),
            auth = ctx.site.auth_prefix(),
        ),
    ));
    Words {
        title: format!("An HTTP password protects {scope}"),
        summary: format!(
            "An extra password set on the web server stands in front of {}, and {} cannot get past it.",
            if d.blocks_everything { "the whole site" } else { "the WordPress API" },
            ctx.app()
        ),
        action: "Leave the WordPress API and WooCommerce's approval pages out of the password protection, or send your host \
                 the message below."
            .to_string(),
        explanation: format!(
            "{blocked} got {status} (WWW-Authenticate: {challenge}): the web server asks for its own username and password \
             before WordPress sees the request. Staging sites and the \"password protect directory\" settings of hosting panels \
             add such a password. {app} cannot get past it, because WooCommerce's keys travel in the same Authorization header, \
             so leave {rest} and {auth} out of the protection.",
            status = statuses(ctx),
            app = ctx.app(),
            rest = ctx.site.rest_prefix(),
            auth = ctx.site.auth_prefix(),
        ),
        fixes,
    }
}

fn redirect_loop(ctx: &Ctx<'_>) -> Words {
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
        (LoopPattern::SelfRedirect, [a]) => format!("{a} redirects to itself, so the redirect never ends."),
        (LoopPattern::Endless, _) => format!(
            "{first} redirected {n} times, each time to a new address ({chain}, …), and never reached a page.",
            first = readable(std::slice::from_ref(&first))[0],
            n = l.chain.len(),
            chain = urls.iter().skip(1).take(2).cloned().collect::<Vec<_>>().join(", "),
        ),
        (_, [a, b]) => format!("{a} redirects to {b}, and {b} back to {a}, so the redirect never ends."),
        (_, cycle) => format!(
            "The redirects go round in a circle ({}), so they never end.",
            cycle.join(" → ")
        ),
    };
    let why = match l.pattern {
        LoopPattern::SelfRedirect if l.cloudflare => {
            " Cloudflare answered these requests, and an address that redirects to itself behind Cloudflare is the typical sign \
             of its SSL mode \"Flexible\": Cloudflare fetches the site over plain http, the site sends it back to https, and \
             Cloudflare passes that redirect on."
        }
        LoopPattern::SelfRedirect => {
            " A proxy or CDN in front of the site that talks plain http to it, while the site insists on https, does this."
        }
        LoopPattern::Scheme => " One rule forces https and another forces http.",
        LoopPattern::Www => " One rule adds www. and another removes it.",
        LoopPattern::TrailingSlash => " One rule adds a trailing slash and another removes it.",
        LoopPattern::Endless => " A rule keeps changing the address without ever reaching a page.",
        LoopPattern::Other => "",
    };
    let who = who_redirects(&l, ctx);
    let mut fixes: Vec<Fix> = Vec::new();
    if l.cloudflare {
        fixes.push(fix(
            FixKind::Instructions,
            "Cloudflare: set SSL/TLS to Full (strict)",
            format!(
                "1. In the Cloudflare dashboard, open {host} → SSL/TLS → Overview.\n\
                 2. Choose \"Full (strict)\" (it needs a valid certificate on your server; most hosts provide a free one) and save.\n\
                 3. Open {first} again: it should now answer instead of redirecting.",
                host = ctx.host(),
            ),
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
        "Find the redirect rule to remove",
        format!(
            "Two rules send the address back and forth; keep one and remove the other.\n\
             1. In .htaccess (WordPress folder {base}), look for RewriteRule lines ending in [R=301,L] or [R,L] and Redirect lines \
             that change {change}.\n\
             2. In WordPress, check redirect plugins (Really Simple SSL, Redirection, Yoast SEO redirects, a caching plugin's \
             \"force https\") and turn off the one that duplicates the server's rule.\n\
             3. In the hosting panel, check \"Force HTTPS\" and \"www\" redirect settings, and at your CDN its redirect rules.",
            base = ctx.site.base(),
            change = match l.pattern {
                LoopPattern::Scheme | LoopPattern::SelfRedirect => "http to https (or back)",
                LoopPattern::Www => "www. to the bare domain (or back)",
                LoopPattern::TrailingSlash => "trailing slashes",
                _ => "the address",
            },
        ),
    ));
    let mut chain: Vec<String> = urls.iter().take(4).cloned().collect();
    if urls.len() > 4 {
        chain.push("…".into());
    }
    fixes.push(host_message(
        ctx,
        format!("Redirect loop on {}", ctx.host()),
        format!(
            "Requests to my site redirect in a loop: {}.",
            chain.join(" → ")
        ),
        "find which two rules send these addresses back and forth and remove one of them"
            .to_string(),
    ));
    Words {
        title: "The store's address redirects in a loop".to_string(),
        summary: if l.pattern == LoopPattern::Endless {
            "The store's address keeps redirecting to new addresses and never reaches a page.".to_string()
        } else {
            "The store's address keeps redirecting in a circle and never reaches a page.".to_string()
        },
        action: match l.pattern {
            LoopPattern::Endless => "Find the rule that keeps changing the address and remove it.",
            _ if l.cloudflare => {
                "Check Cloudflare's SSL/TLS mode first, then find the two redirect rules that undo each other and remove one."
            }
            _ => "Find the two redirect rules that undo each other and remove one of them.",
        }
        .to_string(),
        explanation: format!(
            "{what}{why}{who} {app} gives up after a few redirects, like a browser, so it cannot reach the store until one of \
             the rules goes.",
            app = ctx.app(),
        ),
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

/// Who sent which hop, when the answers said so.
fn who_redirects(l: &RedirectLoop, ctx: &Ctx<'_>) -> String {
    let mut parts = Vec::new();
    if !l.by_wordpress.is_empty() {
        parts.push(format!(
            "WordPress itself sent the redirect from {} (X-Redirect-By: WordPress)",
            phrase_list(ctx.lang, &bare_distinct(&l.by_wordpress), "")
        ));
    }
    if !l.by_server.is_empty() {
        parts.push(format!(
            "the web server's own redirect page answered for {}",
            phrase_list(ctx.lang, &bare_distinct(&l.by_server), "")
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        let mut s = format!(" {}.", parts.join("; "));
        // Sentence case.
        if let Some(c) = s.get(1..2) {
            let upper = c.to_uppercase();
            s.replace_range(1..2, &upper);
        }
        s
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
    let blocked = ctx.blocked_phrase("requests to the API");
    let status = statuses(ctx);
    let kind = ctx.d.server_error.clone().unwrap_or(ServerError::Other {
        status: 500,
        server: None,
    });
    let works = ctx
        .passed_phrase()
        .map(|p| format!(" {p} worked, so the site itself is up."))
        .unwrap_or_default();
    match kind {
        ServerError::WordPressCritical { plugin, theme } => {
            let named = match (&plugin, &theme) {
                (Some(p), _) => {
                    format!(" The error names the plugin folder wp-content/plugins/{p}.")
                }
                (None, Some(t)) => {
                    format!(" The error names the theme folder wp-content/themes/{t}.")
                }
                _ => String::new(),
            };
            let mut steps = vec![
                "1. Look for an e-mail to the site's admin address titled \"Your Site is Experiencing a Technical Issue\": its \
                 recovery-mode link logs you in with the failing plugin paused and names it."
                    .to_string(),
                "2. Or turn on WordPress's error log (the wp-config.php lines in the next fix), repeat the request, and read \
                 wp-content/debug.log: the \"PHP Fatal error\" line names the file."
                    .to_string(),
            ];
            if let Some(p) = &plugin {
                steps.push(format!(
                    "3. Update or deactivate the plugin in the folder {p} (Plugins screen; or rename wp-content/plugins/{p} over \
                     FTP if WordPress's admin fails too), then try again."
                ));
            } else {
                steps.push(
                    "3. Update or deactivate the plugin or theme the log names, then try again."
                        .to_string(),
                );
            }
            Words {
                title: "WordPress stops with a PHP error (\"critical error\") on the API".to_string(),
                summary: "WordPress stops with an error in its code while it handles the app's requests.".to_string(),
                action: match &plugin {
                    Some(p) => format!(
                        "Update or deactivate the plugin in the folder {p}, which the error names, then check again."
                    ),
                    None => "Find the plugin or theme that fails (WordPress's e-mail or its error log names it) and update or \
                             deactivate it."
                        .to_string(),
                },
                explanation: format!(
                    "{blocked} got {status} with WordPress's message \"There has been a critical error on this website.\": PHP \
                     stopped with a fatal error while WordPress handled the request, so WooCommerce never answered.{named}{works} \
                     WordPress e-mails the site's administrator a recovery-mode link when this happens, and the PHP error log has \
                     the exact error."
                ),
                fixes: vec![
                    fix(FixKind::Instructions, "Find the plugin or theme that fails", steps.join("\n")),
                    fix(
                        FixKind::WpConfig,
                        "Log PHP errors to wp-content/debug.log (wp-config.php)",
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
                        format!("PHP fatal error on the WordPress API of {}", ctx.host()),
                        "WordPress answers its REST API with \"There has been a critical error on this website.\" (a PHP fatal \
                         error)."
                            .to_string(),
                        "look up the PHP fatal error for these requests in the PHP error log and tell me which plugin or theme \
                         file it names"
                            .to_string(),
                    ),
                ],
            }
        }
        ServerError::Gateway {
            status: code,
            server,
        } => {
            let by = server
                .as_deref()
                .map(|s| format!(" from the server that calls itself \"{s}\""))
                .unwrap_or_default();
            Words {
                title: format!("The server in front of WordPress cannot get an answer from PHP (HTTP {code})"),
                summary: "The server in front of WordPress gets no answer from the program that runs it, so WooCommerce never \
                          replies."
                    .to_string(),
                action: "Ask your host to check PHP on the server, with the message below.".to_string(),
                explanation: format!(
                    "{blocked} got {status}{by}: a proxy or gateway took the request but got no valid answer from the program \
                     behind it, usually PHP (PHP-FPM stopped, crashed, is overloaded or too slow).{works} This is fixed on the \
                     server, so send your host the message below."
                ),
                fixes: vec![host_message(
                    ctx,
                    format!("HTTP {code} (gateway error) on {}", ctx.host()),
                    format!("Requests to the WordPress REST API get HTTP {code}: the web server cannot get an answer from PHP."),
                    "check that PHP-FPM (or the PHP handler) for the site is running and reachable, look up these requests in the \
                     web server's error log (upstream errors), and raise the PHP limits if workers are exhausted"
                        .to_string(),
                )],
            }
        }
        ServerError::ServerPage {
            status: code,
            server,
        } => {
            let name = server.clone().unwrap_or_else(|| "the web server".into());
            // nginx reads no .htaccess: there the cause is its configuration or what it passes to.
            let likely = if ctx.server() == crate::details::ServerKind::Nginx {
                "The server's error log names what failed (its configuration, or the program it passes requests to)."
            } else {
                "Most often a line in .htaccess that the server cannot read (a typo, or a module that is not installed) does \
                 this, and the server's error log names the line."
            };
            let mut fixes = vec![fix(
                FixKind::Instructions,
                "Find the broken line",
                format!(
                    "1. Open the web server's error log (hosting panel → Logs → Error log): the line for these requests names \
                     the problem, e.g. \"Invalid command ... perhaps misspelled or defined by a module not included\" in \
                     .htaccess.\n\
                     2. If it points to .htaccess: download a copy of the .htaccess file in the WordPress folder ({base}), remove \
                     or fix that line, and upload it again. If you changed .htaccess recently, put the old copy back.\n\
                     3. To test quickly, rename .htaccess to .htaccess-off and save Settings → Permalinks in WordPress: it writes \
                     a fresh file with its own rules.",
                    base = ctx.site.base()
                ),
            )];
            fixes.push(host_message(
                ctx,
                format!("HTTP {code} from the web server on {}", ctx.host()),
                format!("Requests to the WordPress REST API get the web server's own \"{code}\" page, not an answer from WordPress."),
                "look these requests up in the web server's error log and tell me which configuration line (.htaccess or \
                 server) or handler fails"
                    .to_string(),
            ));
            Words {
                title: format!("The web server fails before WordPress runs (HTTP {code})"),
                summary: "The web server fails on the app's requests before WordPress even runs.".to_string(),
                action: if ctx.server() == crate::details::ServerKind::Nginx {
                    "Ask your host to look these requests up in the server's error log, with the message below.".to_string()
                } else {
                    "Find the line the server cannot read in its error log and fix or remove it, or send your host the message \
                     below."
                        .to_string()
                },
                explanation: format!(
                    "{blocked} got {status}, the web server's own error page ({name}), not an answer from WordPress: the server \
                     failed before WordPress ran.{works} {likely}"
                ),
                fixes,
            }
        }
        ServerError::Other {
            status: code,
            server,
        } => {
            let by = server
                .as_deref()
                .map(|s| format!(" (server: {s})"))
                .unwrap_or_default();
            Words {
                title: format!("The store answers the API with a server error (HTTP {code})"),
                summary: "The store's server fails while it handles the app's requests, and WordPress gives no reason.".to_string(),
                action: "Send your host the message below: the server's error log has the reason.".to_string(),
                explanation: format!(
                    "{blocked} got {status}{by} with no message from WordPress: the server failed while handling the request.\
                     {works} The server's error log has the reason, so send your host the message below."
                ),
                fixes: vec![host_message(
                    ctx,
                    format!("HTTP {code} on the WordPress API of {}", ctx.host()),
                    format!("Requests to the WordPress REST API get HTTP {code} without a WordPress error message."),
                    "look these requests up in the web server's and PHP's error logs and fix what fails".to_string(),
                )],
            }
        }
    }
}

fn unresponsive(ctx: &Ctx<'_>) -> Words {
    let measured = phrase_list(ctx.lang, &ctx.d.measured, "requests to the API got no answer in time");
    let works = ctx
        .passed_phrase()
        .map(|p| format!(" {p} answered, so the server is there."))
        .unwrap_or_default();
    Words {
        title: "The store's API does not answer in time".to_string(),
        summary: "The store's API takes too long to answer, so apps give up waiting.".to_string(),
        action: "Ask your host to check the server's load and anything that slows visitors down, with the message below."
            .to_string(),
        explanation: format!(
            "Measured: {measured}.{works} A server that stays silent, or sends its answer a few bytes at a time, does this: \
             an overloaded server, a stuck PHP process, or a security tool that slows down clients it distrusts. {app} waits \
             only a limited time for each request, so it fails the same way.",
            app = ctx.app(),
        ),
        fixes: vec![host_message(
            ctx,
            format!("The WordPress API of {} does not answer in time", ctx.host()),
            "Requests to the WordPress REST API get no complete answer in time.".to_string(),
            "check the server's load, PHP's slow log and any tool that throttles clients (fail2ban, a tarpit, a firewall's \
             rate control) for these requests"
                .to_string(),
        )],
    }
}

fn oversized(ctx: &Ctx<'_>) -> Words {
    let measured = phrase_list(ctx.lang, &ctx.d.measured, "answers were larger than the limits");
    Words {
        title: "The store's answers are too large to read".to_string(),
        summary: "The store's answers are far larger than any normal answer, so apps stop reading them.".to_string(),
        action: "Ask your host to find the plugin, proxy or setting that produces them, with the message below.".to_string(),
        explanation: format!(
            "Measured: {measured}. An answer that never ends, unpacks into far more than it sent, or carries thousands of headers \
             cannot be read safely, so {app} and this check stop at these limits. WooCommerce's own answers stay far below \
             them, so a plugin, proxy or server setting in between produces these.",
            app = ctx.app(),
        ),
        fixes: vec![host_message(
            ctx,
            format!("Oversized answers from the WordPress API of {}", ctx.host()),
            "Requests to the WordPress REST API get answers beyond any normal size (see the measurements).".to_string(),
            "find which component (a plugin, a proxy, compression settings) produces these answers and fix it".to_string(),
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
