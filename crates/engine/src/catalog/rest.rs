//! The WordPress REST API and WooCommerce's parts of it: routing, server blocks, plugins that turn it
//! off, broken or cached answers, WooCommerce missing, and the app authorization pages.

use handshake_l10n::t;

use crate::details::ServerKind;
use crate::finding_id::FindingId;
use crate::firewall::Vendor;
use crate::fixes::hosting::SupportMessage;
use crate::fixes::{apache, cloudflare, fix, nginx, plugins, server_snippets, wordpress};
use crate::report::FixKind;

use super::context::{Ctx, Words};

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    match ctx.id {
        FindingId::RestPlainPermalinks if ctx.d.permalinks_plain => plain_permalinks(ctx),
        FindingId::RestPlainPermalinks => rewrite_missing(ctx),
        FindingId::RestBlocked if ctx.d.blocks_everything => ip_blocked(ctx),
        FindingId::RestBlocked => path_blocked(ctx),
        FindingId::RestDisabled => disabled(ctx),
        FindingId::RestInvalidJson => invalid_json(ctx),
        FindingId::RestCached => cached(ctx),
        FindingId::WcInactive => wc_inactive(ctx),
        _ => auth_endpoint(ctx),
    }
}

fn plain_permalinks(ctx: &Ctx<'_>) -> Words {
    let rest = ctx.site.link("wp-json/");
    let mut fixes = vec![wordpress::permalinks_post_name(&ctx.site)];
    fixes.extend(server_snippets(
        ctx.server(),
        vec![apache::wordpress_rewrite_block(&ctx.site)],
        vec![nginx::try_files_permalinks(&ctx.site)],
    ));
    Words {
        title: t!(ctx.lang, "rest-plain-title"),
        summary: t!(ctx.lang, "rest-plain-summary"),
        action: t!(ctx.lang, "rest-plain-action"),
        explanation: t!(ctx.lang, "rest-plain-explanation", "link" => rest, "app" => ctx.app()),
        fixes,
    }
}

fn rewrite_missing(ctx: &Ctx<'_>) -> Words {
    let rest = ctx.site.link("wp-json/");
    let mut fixes = server_snippets(
        ctx.server(),
        vec![apache::wordpress_rewrite_block(&ctx.site)],
        vec![nginx::try_files_permalinks(&ctx.site)],
    );
    fixes.push(wordpress::resave_permalinks(&ctx.site));
    let lang = ctx.lang;
    let recipient = t!(lang, "rest-recipient-host");
    let index = ctx.site.index_php();
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "rest-rewrite-support-subject", "host" => ctx.host()),
            problem: t!(lang, "rest-rewrite-support-problem",
                "link" => rest.as_str(),
                "url" => ctx.site.url()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "rest-rewrite-support-ask",
                "index" => index.as_str(),
                "try_files" => format!("try_files $uri $uri/ {index}?$args;")),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: t!(lang, "rest-rewrite-title", "rest" => "/wp-json/"),
        summary: t!(lang, "rest-rewrite-summary"),
        action: t!(lang, "rest-rewrite-action"),
        explanation: t!(lang, "rest-rewrite-explanation", "link" => rest, "app" => ctx.app()),
        fixes,
    }
}

fn path_blocked(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let blocked = super::failures::without_outcomes(
        &ctx.blocked_phrase(&t!(lang, "rest-path-blocked-fallback", "rest" => "/wp-json/")),
    );
    let mut fixes = server_snippets(
        ctx.server(),
        vec![apache::route_rest_api_first(&ctx.site)],
        vec![nginx::route_rest_api_first(&ctx.site)],
    );
    fixes.push(find_blocking_rule(ctx));
    let recipient = t!(lang, "rest-recipient-host");
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "rest-path-support-subject", "host" => ctx.host()),
            problem: t!(lang, "rest-path-support-problem", "rest" => ctx.site.rest_prefix()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: t!(lang, "rest-path-support-ask", "rest" => ctx.site.rest_prefix()),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: t!(lang, "rest-path-title", "rest" => ctx.site.rest_prefix()),
        summary: t!(lang, "rest-path-summary", "app" => ctx.app()),
        action: t!(lang, "rest-path-action"),
        explanation: t!(lang, "rest-path-explanation",
            "blocked" => blocked,
            "status" => super::failures::statuses(ctx),
            "query_works" => if ctx.d.query_route_works { "yes" } else { "no" },
            "app" => ctx.app(),
            "wc" => ctx.site.wc_prefix()),
        fixes,
    }
}

fn find_blocking_rule(ctx: &Ctx<'_>) -> crate::report::Fix {
    fix(
        FixKind::Instructions,
        t!(ctx.lang, "rest-path-find-title"),
        t!(ctx.lang, "rest-path-find",
            "base" => ctx.site.base(),
            "deny" => "location ~ wp-json { deny all; }",
            "refuse" => "return 403"),
    )
}

fn ip_blocked(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let mut fixes = server_snippets(
        ctx.server(),
        apache::allow_app_addresses(&ctx.site).into_iter().collect(),
        nginx::allow_app_addresses(&ctx.site).into_iter().collect(),
    );
    let lang = ctx.lang;
    let addresses = if ctx.site.has_ips() {
        t!(lang, "rest-ip-addresses-known", "app" => app, "ips" => ctx.site.ip_list())
    } else {
        t!(lang, "rest-ip-addresses-unknown", "app" => app)
    };
    // Where the deny rule lives depends on the server that answered the 403.
    let server_rules = match ctx.server() {
        ServerKind::Nginx => t!(lang, "rest-ip-rules-nginx"),
        _ => t!(lang, "rest-ip-rules", "base" => ctx.site.base()),
    };
    fixes.push(fix(
        FixKind::Instructions,
        t!(lang, "rest-ip-find-title"),
        format!("{server_rules} {addresses}"),
    ));
    let recipient = t!(lang, "rest-recipient-host");
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "rest-ip-support-subject", "host" => ctx.host()),
            problem: t!(lang, "rest-ip-support-problem", "status" => super::failures::statuses(ctx)),
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: t!(lang, "rest-ip-support-ask", "app" => app),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: t!(lang, "rest-ip-title"),
        summary: t!(lang, "rest-ip-summary"),
        action: t!(lang, "rest-ip-action", "app" => app),
        explanation: format!(
            "{} {addresses}",
            t!(lang, "rest-ip-explanation",
                "status" => super::failures::statuses(ctx),
                "app" => app)
        ),
        fixes,
    }
}

fn disabled(ctx: &Ctx<'_>) -> Words {
    let code = ctx
        .d
        .rest_code
        .clone()
        .unwrap_or_else(|| "rest_disabled".to_string());
    let message = ctx
        .d
        .rest_message
        .as_ref()
        .map(|m| m.trim().trim_end_matches('.').to_string());
    let app = ctx.app();
    let lang = ctx.lang;
    let (title, summary, consequence) = if ctx.d.anonymous_only {
        (
            t!(lang, "rest-disabled-anon-title"),
            t!(lang, "rest-disabled-anon-summary"),
            t!(lang, "rest-disabled-anon-consequence", "app" => app),
        )
    } else {
        (
            t!(lang, "rest-disabled-title"),
            t!(lang, "rest-disabled-summary"),
            t!(lang, "rest-disabled-consequence", "app" => app),
        )
    };
    let answer = t!(lang, "rest-disabled-explanation",
        "rest" => ctx.site.rest_prefix(),
        "code" => code.as_str(),
        "has_message" => if message.is_some() { "yes" } else { "no" },
        "message" => message.unwrap_or_default());
    Words {
        title,
        summary,
        action: t!(lang, "rest-disabled-action"),
        explanation: format!("{answer} {consequence} {}", t!(lang, "rest-disabled-allow")),
        fixes: vec![
            plugins::find_rest_disabling_plugin(ctx.lang, Some(code.as_str())),
            wordpress::mu_plugin_allow_wc_routes(&ctx.site, &code),
        ],
    }
}

fn invalid_json(ctx: &Ctx<'_>) -> Words {
    let lang = ctx.lang;
    let prefix = ctx
        .d
        .body_prefix
        .as_ref()
        .map(|p| crate::http::exchange::shorten(p.trim(), 160));
    let has_prefix = if prefix.is_some() { "yes" } else { "no" };
    let prefix = prefix.unwrap_or_default();
    let recipient = t!(lang, "rest-recipient-host");
    Words {
        title: t!(lang, "rest-json-title"),
        summary: t!(lang, "rest-json-summary"),
        action: t!(lang, "rest-json-action"),
        explanation: t!(lang, "rest-json-explanation",
            "has_prefix" => has_prefix,
            "prefix" => prefix.as_str(),
            "app" => ctx.app()),
        fixes: vec![
            wordpress::hide_php_notices(ctx.lang),
            fix(
                FixKind::Instructions,
                t!(lang, "rest-json-find-title"),
                t!(lang, "rest-json-find",
                    "example" => "… in /…/wp-content/plugins/NAME/file.php on line 12",
                    "open" => "<?php",
                    "close" => "?>"),
            ),
            SupportMessage {
                recipient: &recipient,
                subject: t!(lang, "rest-json-support-subject", "host" => ctx.host()),
                problem: t!(lang, "rest-json-support-problem",
                    "has_prefix" => has_prefix,
                    "prefix" => prefix.as_str()),
                failing: ctx.failing_lines(),
                passing: vec![],
                ask: t!(lang, "rest-json-support-ask"),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        ],
    }
}

fn cached(ctx: &Ctx<'_>) -> Words {
    let signals = if ctx.d.cache_signals.is_empty() {
        String::new()
    } else {
        format!(" ({})", ctx.d.cache_signals.join(", "))
    };
    let cloudflare_cache = ctx.d.vendor == Some(Vendor::Cloudflare)
        || ctx
            .d
            .cache_signals
            .iter()
            .any(|s| s.to_ascii_lowercase().contains("cf-cache-status"));
    let mut fixes = vec![plugins::exclude_from_page_cache(&ctx.site)];
    if cloudflare_cache {
        fixes.push(cloudflare::cache_bypass_rule(&ctx.site));
    }
    fixes.push(nginx::skip_cache(&ctx.site));
    let lang = ctx.lang;
    let rest = ctx.site.rest_prefix();
    let auth = ctx.site.auth_prefix();
    let recipient = t!(lang, "rest-recipient-host");
    fixes.push(
        SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "rest-cached-support-subject", "host" => ctx.host()),
            problem: t!(lang, "rest-cached-support-problem",
                "rest" => rest.as_str(),
                "auth" => auth.as_str(),
                "signals" => signals.as_str()),
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: t!(lang, "rest-cached-support-ask", "rest" => rest.as_str(), "auth" => auth.as_str()),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: t!(lang, "rest-cached-title"),
        summary: t!(lang, "rest-cached-summary"),
        action: t!(lang, "rest-cached-action"),
        explanation: t!(lang, "rest-cached-explanation",
            "rest" => rest.as_str(),
            "auth" => auth.as_str(),
            "signals" => signals.as_str(),
            "app" => ctx.app()),
        fixes,
    }
}

fn wc_inactive(ctx: &Ctx<'_>) -> Words {
    Words {
        title: t!(ctx.lang, "rest-wc-inactive-title"),
        summary: t!(ctx.lang, "rest-wc-inactive-summary"),
        action: t!(ctx.lang, "rest-wc-inactive-action"),
        explanation: t!(ctx.lang, "rest-wc-inactive-explanation",
            "rest" => ctx.site.rest_prefix(),
            "app" => ctx.app()),
        fixes: vec![wordpress::activate_woocommerce(&ctx.site)],
    }
}

fn auth_endpoint(ctx: &Ctx<'_>) -> Words {
    let url = ctx.site.link("wc-auth/v1/authorize");
    let app = ctx.app();
    let mut fixes = vec![wordpress::resave_permalinks(&ctx.site)];
    let lang = ctx.lang;
    let (summary, action) = if ctx.d.auth_query_form_works {
        (
            t!(lang, "rest-auth-stale-summary", "app" => app),
            t!(lang, "rest-auth-stale-action"),
        )
    } else {
        (
            t!(lang, "rest-auth-broken-summary", "app" => app),
            t!(lang, "rest-auth-broken-action"),
        )
    };
    let explanation = if ctx.d.auth_query_form_works {
        t!(lang, "rest-auth-stale-explanation",
            "app" => app,
            "url" => url.as_str(),
            "query" => "?wc-auth-version=1&wc-auth-route=authorize")
    } else {
        let recipient = t!(lang, "rest-recipient-host");
        fixes.extend(server_snippets(
            ctx.server(),
            vec![apache::wordpress_rewrite_block(&ctx.site)],
            vec![nginx::try_files_permalinks(&ctx.site)],
        ));
        fixes.push(
            SupportMessage {
                recipient: &recipient,
                subject: t!(lang, "rest-auth-support-subject", "host" => ctx.host()),
                problem: t!(lang, "rest-auth-support-problem", "url" => url.as_str()),
                failing: ctx.failing_lines(),
                passing: ctx.passing_lines(),
                ask: t!(lang, "rest-auth-support-ask", "auth" => ctx.site.auth_prefix()),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        );
        t!(lang, "rest-auth-broken-explanation",
            "app" => app,
            "url" => url.as_str(),
            "auth" => ctx.site.auth_prefix())
    };
    Words {
        title: t!(lang, "rest-auth-title", "url" => url.as_str()),
        summary,
        action,
        explanation,
        fixes,
    }
}
