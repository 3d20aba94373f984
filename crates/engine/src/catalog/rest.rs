//! The WordPress REST API and WooCommerce's parts of it: routing, server blocks, plugins that turn it
//! off, broken or cached answers, WooCommerce missing, and the app authorization pages.

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
        title: "WordPress permalinks are set to \"Plain\", so the WooCommerce API address does not work".to_string(),
        summary: "WordPress's link setting is \"Plain\", and the addresses apps use to reach WooCommerce and to ask for \
                  approval do not work with it."
            .to_string(),
        action: "In WordPress, go to Settings → Permalinks, choose \"Post name\" and click Save Changes.".to_string(),
        explanation: format!(
            "{rest} is not found because Settings → Permalinks is set to \"Plain\"; the API only answers at ?rest_route=/. \
             WooCommerce (before 11.1) takes API keys only at /wp-json/wc/ addresses, so that ?rest_route= form does not work \
             with keys, and the page where you approve {app} needs pretty permalinks too. Choose \"Post name\" under \
             Settings → Permalinks and save.",
            app = ctx.app(),
        ),
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
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("Pretty permalinks do not work on {}", ctx.host()),
            problem: format!(
                "WordPress uses pretty permalinks, but the web server answers 404 for {rest} instead of passing it to \
                 WordPress (the same API works at {}?rest_route=/).",
                ctx.site.url()
            ),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: format!(
                "make the server pass unknown addresses to {index} (on Apache: mod_rewrite and AllowOverride All for the \
                 WordPress folder; on nginx: try_files $uri $uri/ {index}?$args; in the site's location)",
                index = ctx.site.index_php()
            ),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: "The web server does not pass /wp-json/ addresses to WordPress".to_string(),
        summary: "The web server does not hand the WooCommerce API's addresses to WordPress, so apps cannot reach it."
            .to_string(),
        action: "Put WordPress's address rules back on the server with the fixes below, or send your host the message \
                 below."
            .to_string(),
        explanation: format!(
            "WordPress answers at ?rest_route=/, but {rest} gets a \"not found\" page from the web server itself. Pretty \
             permalinks are on, so the server should hand such addresses to WordPress: WordPress's rules in .htaccess are \
             missing or ignored (Apache, LiteSpeed), or nginx lacks its try_files line. Until then {app} cannot reach the \
             WooCommerce API.",
            app = ctx.app(),
        ),
        fixes,
    }
}

fn path_blocked(ctx: &Ctx<'_>) -> Words {
    let blocked = super::failures::without_outcomes(&ctx.blocked_phrase("requests to /wp-json/"));
    let why = if ctx.d.query_route_works {
        "while the same API reached as ?rest_route=/ works, so a server rule refuses addresses containing \"wp-json\""
    } else {
        "with the server's plain error page and no firewall name, so a rule in the server configuration refuses them"
    };
    let mut fixes = server_snippets(
        ctx.server(),
        vec![apache::route_rest_api_first(&ctx.site)],
        vec![nginx::route_rest_api_first(&ctx.site)],
    );
    fixes.push(find_blocking_rule(ctx));
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("The WordPress REST API is blocked on {}", ctx.host()),
            problem: format!("Requests to the WordPress REST API ({}) are refused by the web server.", ctx.site.rest_prefix()),
            failing: ctx.failing_lines(),
            passing: ctx.passing_lines(),
            ask: format!(
                "find the rule that blocks {rest} (in .htaccess, the server or virtual host configuration, or a security module) \
                 and let these requests through to WordPress",
                rest = ctx.site.rest_prefix()
            ),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: format!("The web server blocks the WordPress REST API ({})", ctx.site.rest_prefix()),
        summary: format!("A rule on the web server refuses {}'s requests to the WordPress API.", ctx.app()),
        action: "Find and remove that rule (security plugins and the .htaccess file often hold it), or send your host the \
                 message below."
            .to_string(),
        explanation: format!(
            "{blocked} got {status} {why}. Such rules usually come from a security plugin or a hand-edited .htaccess \
             file. {app} talks to WooCommerce only through {wc}, so that path must reach WordPress.",
            status = super::failures::statuses(ctx),
            app = ctx.app(),
            wc = ctx.site.wc_prefix(),
        ),
        fixes,
    }
}

fn find_blocking_rule(ctx: &Ctx<'_>) -> crate::report::Fix {
    fix(
        FixKind::Instructions,
        "Find the rule that blocks the REST API",
        format!(
            "1. Open the .htaccess file in the WordPress folder ({base}) with your host's File Manager or FTP (show hidden files).\n\
             2. Look for lines that mention wp-json or rest_route: RewriteCond/RewriteRule lines ending in [F] or [R=403], \
             RedirectMatch 403, <Files>/<If> blocks with \"Require all denied\", or \"Deny from all\".\n\
             3. Security plugins write such rules: check Solid Security (iThemes), All-In-One Security (AIOS), BulletProof \
             Security and NinjaFirewall for a \"REST API\" or \"wp-json\" option, turn it off and save.\n\
             4. On nginx the rule is in the site's configuration (location ~ wp-json {{ deny all; }} or return 403): ask your host if you cannot edit it.",
            base = ctx.site.base(),
        ),
    )
}

fn ip_blocked(ctx: &Ctx<'_>) -> Words {
    let app = ctx.app();
    let mut fixes = server_snippets(
        ctx.server(),
        apache::allow_app_addresses(&ctx.site).into_iter().collect(),
        nginx::allow_app_addresses(&ctx.site).into_iter().collect(),
    );
    let addresses = if ctx.site.has_ips() {
        format!(
            "Make sure none of {app}'s addresses ({}) is denied.",
            ctx.site.ip_list()
        )
    } else {
        format!("Ask {app} which addresses it calls from and make sure none of them is denied.")
    };
    // Where the deny rule lives depends on the server that answered the 403.
    let server_rules = match ctx.server() {
        ServerKind::Nginx => "Look in the site's nginx configuration (its server block, the location blocks and the files they \
             include) for \"deny\" lines and \"allow …; deny all;\" lists (ask your host if you cannot edit it),"
            .to_string(),
        _ => format!(
            "Look in the .htaccess file of the WordPress folder ({base}) for \"Require not ip\", \"Deny from\" or <RequireAll> lines,",
            base = ctx.site.base(),
        ),
    };
    fixes.push(fix(
        FixKind::Instructions,
        "Find the IP rule",
        format!(
            "{server_rules} in security plugins' IP block lists (Wordfence → Firewall → Blocking, Solid Security → Banned Users), \
             and in your hosting panel's IP blocker (cPanel → Security → IP Blocker). {addresses}"
        ),
    ));
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!("Requests to {} are refused by an IP block", ctx.host()),
            problem: format!(
                "Every request, even for the home page, is refused with {} by the web server, which looks like an IP block.",
                super::failures::statuses(ctx)
            ),
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: format!("check whether an IP deny rule or firewall blocks these requests, and allow {app}'s servers"),
            attachment: None,
            mention_addresses: true,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: "The web server refuses every request from Handshake's address (an IP block)".to_string(),
        summary: "The web server turns away every request from this computer, even for the home page, which is how a \
                  block on its address looks."
            .to_string(),
        action: format!(
            "Check the IP block lists of the server, your security plugins and your hosting panel, and make sure neither \
             this computer nor {app}'s servers are on them."
        ),
        explanation: format!(
            "Every request, even the home page, got {status} from the web server itself. That is how an IP block looks: \
             the server denies the address the check came from, in .htaccess, the server configuration or a security plugin. \
             If {app}'s servers are denied as well, it cannot connect. {addresses}",
            status = super::failures::statuses(ctx),
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
        .map(|m| format!(" \"{}\"", m.trim().trim_end_matches('.')))
        .unwrap_or_default();
    let app = ctx.app();
    let (title, summary, consequence) = if ctx.d.anonymous_only {
        (
            "A plugin hides the REST API from visitors who are not signed in".to_string(),
            "A plugin hides the WordPress API, which apps use to reach WooCommerce, from visitors who are not signed in."
                .to_string(),
            format!(
                "Requests with valid WooCommerce keys still work, but apps that read the API index before signing in (as \
                 {app} may) stop at this error."
            ),
        )
    } else {
        (
            "A plugin or code snippet turns off the WordPress REST API".to_string(),
            "A plugin or code snippet has switched off the WordPress API, which apps use to reach WooCommerce.".to_string(),
            format!("Every API request, WooCommerce's included, is refused, so {app} can neither read nor change anything."),
        )
    };
    Words {
        title,
        summary,
        action: "Allow the REST API again in that plugin's settings, or add the snippet below that lets only WooCommerce \
                 through."
            .to_string(),
        explanation: format!(
            "WordPress itself answers {rest} with the error {code}{message}. {consequence} Allow the REST API again in that \
             plugin's settings, or allow only WooCommerce's routes with the snippet below.",
            rest = ctx.site.rest_prefix(),
        ),
        fixes: vec![plugins::find_rest_disabling_plugin(ctx.lang, Some(code.as_str())), wordpress::mu_plugin_allow_wc_routes(&ctx.site, &code)],
    }
}

fn invalid_json(ctx: &Ctx<'_>) -> Words {
    let prefix = ctx
        .d
        .body_prefix
        .as_ref()
        .map(|p| {
            format!(
                " with \"{}\"",
                crate::http::exchange::shorten(p.trim(), 160)
            )
        })
        .unwrap_or_default();
    Words {
        title: "The REST API's answers are spoiled by extra text before the data".to_string(),
        summary: "Extra text is printed in front of the store's API answers, so apps cannot read them.".to_string(),
        action: "Hide PHP warnings from visitors with the first fix, then find the plugin, theme or file that prints the \
                 text."
            .to_string(),
        explanation: format!(
            "WordPress's API answers must be pure JSON (the data format apps read), but they start{prefix}. {app} cannot read a \
             spoiled answer, so its calls fail even when WordPress did the work. This usually comes from PHP warnings printed on \
             the page, or a plugin or theme file that starts with blank lines or an invisible byte-order mark (BOM).",
            app = ctx.app(),
        ),
        fixes: vec![
            wordpress::hide_php_notices(ctx.lang),
            fix(
                FixKind::Instructions,
                "Find the file that prints the extra text",
                "A PHP warning names its file and line (\"… in /…/wp-content/plugins/NAME/file.php on line 12\"): update that \
                 plugin or theme, or deactivate it under Plugins → Installed Plugins. Blank lines or a BOM usually come from an \
                 edited file such as wp-config.php or the theme's functions.php: open it in a code editor and remove anything \
                 before <?php and after a closing ?> at the end, saving as UTF-8 without BOM."
                    .to_string(),
            ),
            SupportMessage {
                recipient: "your host",
                subject: format!("PHP output breaks the API on {}", ctx.host()),
                problem: format!("The WordPress REST API answers start{prefix} instead of clean JSON."),
                failing: ctx.failing_lines(),
                passing: vec![],
                ask: "turn off display_errors for the site (errors can still go to the log) and tell me which file prints this output".to_string(),
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
    fixes.push(
        SupportMessage {
            recipient: "your host",
            subject: format!(
                "Please exclude the WordPress API from caching on {}",
                ctx.host()
            ),
            problem: format!(
                "Answers from {} and {} come from a server cache{signals}.",
                ctx.site.rest_prefix(),
                ctx.site.auth_prefix()
            ),
            failing: ctx.failing_lines(),
            passing: vec![],
            ask: format!(
                "exclude {} and {} from every cache (Varnish, NGINX FastCGI cache, CDN)",
                ctx.site.rest_prefix(),
                ctx.site.auth_prefix()
            ),
            attachment: None,
            mention_addresses: false,
        }
        .into_fix(&ctx.site),
    );
    Words {
        title: "A page cache answers API requests with stored copies".to_string(),
        summary: "A page cache answers the app's requests with stored copies instead of asking WordPress.".to_string(),
        action: "Exclude the WordPress API and WooCommerce's approval pages from every cache: caching plugin, host and CDN."
            .to_string(),
        explanation: format!(
            "Answers from {rest} come from a cache{signals} instead of WordPress. A cached API answer shows {app} out-of-date \
             orders and stock. If the same cache also serves the approval pages at {auth}, an owner can be shown a stored page \
             whose security token has expired, and approving the app then fails. Exclude {rest} and {auth} from every cache.",
            rest = ctx.site.rest_prefix(),
            auth = ctx.site.auth_prefix(),
            app = ctx.app(),
        ),
        fixes,
    }
}

fn wc_inactive(ctx: &Ctx<'_>) -> Words {
    Words {
        title: "WooCommerce's API is missing: WooCommerce is not active".to_string(),
        summary: "WooCommerce is not active on this site (or not installed, or very old), so apps find no store to connect \
                  to."
            .to_string(),
        action: "In WordPress, go to Plugins → Installed Plugins and activate or update WooCommerce.".to_string(),
        explanation: format!(
            "WordPress answers at {rest}, but its list of APIs has no wc/v3, the WooCommerce API. That happens when WooCommerce \
             is deactivated, not installed, or very old. {app} talks only to wc/v3, so nothing works until WooCommerce is active.",
            rest = ctx.site.rest_prefix(),
            app = ctx.app(),
        ),
        fixes: vec![wordpress::activate_woocommerce(&ctx.site)],
    }
}

fn auth_endpoint(ctx: &Ctx<'_>) -> Words {
    let url = ctx.site.link("wc-auth/v1/authorize");
    let app = ctx.app();
    let mut fixes = vec![wordpress::resave_permalinks(&ctx.site)];
    let (summary, action) = if ctx.d.auth_query_form_works {
        (
            format!(
                "The page where you approve {app} cannot be found, because WordPress's saved address rules are out of date."
            ),
            "In WordPress, open Settings → Permalinks and click Save Changes without changing anything.".to_string(),
        )
    } else {
        (
            format!("The page where you approve {app} is missing or broken, so no key can be created."),
            "Save the permalink settings in WordPress once; if that does not help, send your host the message below."
                .to_string(),
        )
    };
    let explanation = if ctx.d.auth_query_form_works {
        format!(
            "The page where you approve {app} ({url}) is not found, while the same page works through \
             ?wc-auth-version=1&wc-auth-route=authorize. WordPress's saved address rules are out of date, so the approval \
             cannot finish and no key is created. Saving the permalink settings rebuilds them."
        )
    } else {
        fixes.extend(server_snippets(
            ctx.server(),
            vec![apache::wordpress_rewrite_block(&ctx.site)],
            vec![nginx::try_files_permalinks(&ctx.site)],
        ));
        fixes.push(
            SupportMessage {
                recipient: "your host",
                subject: format!(
                    "WooCommerce's authorization page does not work on {}",
                    ctx.host()
                ),
                problem: format!(
                    "WooCommerce's app authorization page {url} does not reach WordPress."
                ),
                failing: ctx.failing_lines(),
                passing: ctx.passing_lines(),
                ask: format!(
                    "check whether a server rule or security module blocks {}",
                    ctx.site.auth_prefix()
                ),
                attachment: None,
                mention_addresses: false,
            }
            .into_fix(&ctx.site),
        );
        format!(
            "The page where you approve {app} ({url}) is missing or broken, so no key can be created. WordPress's address \
             rules may be out of date (saving the permalink settings rebuilds them), or a server rule or plugin blocks \
             {auth}.",
            auth = ctx.site.auth_prefix(),
        )
    };
    Words {
        title: format!("WooCommerce's app approval page ({url}) does not work"),
        summary,
        action,
        explanation,
        fixes,
    }
}
