//! nginx snippets. nginx has no per-folder files: each comment says which block of the site's
//! configuration the lines go in, and the tests load them there with `nginx -t` and a live request.

use handshake_l10n::t;

use crate::report::{Fix, FixKind};

use super::{fix, Site};

const RELOAD: &str = "then test and reload nginx (sudo nginx -t && sudo systemctl reload nginx).";

/// Pretty permalinks: unknown paths go to WordPress's index.php.
pub fn try_files_permalinks(site: &Site<'_>) -> Fix {
    let base = site.base();
    let text = format!(
        "# Handshake: route pretty permalinks and the REST API ({rest}) to WordPress.\n\
         # Paste inside the server {{ }} block for {host}; {RELOAD}\n\
         # If that block already has \"location {base} {{\", add only the try_files line inside it.\n\
         location {base} {{\n\
         \x20   try_files $uri $uri/ {index}?$args;\n\
         }}",
        rest = site.rest_prefix(),
        host = site.host(),
        index = site.index_php(),
    );
    fix(
        FixKind::Nginx,
        t!(site.lang, "nginx-permalinks-title", "rest" => "/wp-json/"),
        text,
    )
}

/// A prefix location with `^~` wins over every regex location, so a `location ~ wp-json { deny all; }`
/// (or `return 403`) no longer applies to the REST API.
pub fn route_rest_api_first(site: &Site<'_>) -> Fix {
    let rest = site.rest_prefix();
    let text = format!(
        "# Handshake: send the WordPress REST API ({rest}) to WordPress, ahead of any regex location that blocks it.\n\
         # Paste inside the server {{ }} block for {host}, next to the other location blocks; {RELOAD}\n\
         location ^~ {rest} {{\n\
         \x20   try_files $uri $uri/ {index}?$args;\n\
         }}",
        host = site.host(),
        index = site.index_php(),
    );
    fix(
        FixKind::Nginx,
        t!(site.lang, "nginx-rest-first-title"),
        text,
    )
}

/// Hands the `Authorization` header to PHP-FPM explicitly.
pub fn pass_authorization(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: pass the Authorization header to PHP.\n\
         # Paste inside the PHP block (location ~ \\.php$ {{ … }}), next to the other fastcgi_param lines; {RELOAD}\n\
         fastcgi_param HTTP_AUTHORIZATION $http_authorization;"
    );
    fix(FixKind::Nginx, t!(site.lang, "nginx-pass-auth-title"), text)
}

/// `allow` lines for the app's addresses. nginx stops at the first matching allow/deny, so above
/// the deny lines they win for these addresses only.
pub fn allow_app_addresses(site: &Site<'_>) -> Option<Fix> {
    if !site.has_ips() {
        return None;
    }
    let mut text = format!(
        "# Handshake: let {app}'s servers in. Paste ABOVE the first \"deny\" line of the block that denies them\n\
         # (server {{ }} or location {{ }}); {RELOAD}\n",
        app = site.app(),
    );
    for ip in site.ips() {
        text.push_str(&format!("allow {ip};\n"));
    }
    Some(fix(
        FixKind::Nginx,
        t!(site.lang, "nginx-allow-app-title", "app" => site.app()),
        text.trim_end(),
    ))
}

/// FastCGI page caches (`fastcgi_cache`) must not answer API or authorization requests.
pub fn skip_cache(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: never serve the REST API or the app authorization pages from nginx's FastCGI cache.\n\
         # Paste inside the server {{ }} block for {host}, above the PHP location; {RELOAD}\n\
         # If the block already sets $skip_cache, add only the \"if\" block.\n\
         set $skip_cache 0;\n\
         if ($request_uri ~* \"^({rest}|{auth})\") {{\n\
         \x20   set $skip_cache 1;\n\
         }}\n\
         fastcgi_cache_bypass $skip_cache;\n\
         fastcgi_no_cache $skip_cache;",
        host = site.host(),
        rest = regex_literal(&site.rest_prefix()),
        auth = regex_literal(&site.auth_prefix()),
    );
    fix(
        FixKind::Nginx,
        t!(site.lang, "nginx-skip-cache-title"),
        text,
    )
}

/// Escapes regex metacharacters in a path (`.` in a folder name).
fn regex_literal(path: &str) -> String {
    path.chars()
        .flat_map(|c| {
            let special = matches!(
                c,
                '.' | '+' | '*' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '^' | '$' | '\\'
            );
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

/// Turns `auth_basic` off for the REST API and the app authorization pages. `$request_uri` is the
/// original address, so the exemption still holds after try_files hands the request to index.php
/// (a `location` with `auth_basic off` alone would not: the PHP location asks again).
pub fn exempt_from_http_password(site: &Site<'_>) -> Fix {
    let base = site.base();
    let text = format!(
        "# Handshake: no HTTP password for the REST API ({rest}) and the app authorization pages ({auth}).\n\
         # 1. Paste in the http {{ }} block (e.g. /etc/nginx/conf.d/handshake-auth.conf), and put the realm you use now\n\
         #    (the text after auth_basic) in place of \"Restricted\":\n\
         map $request_uri $handshake_auth_basic {{\n\
         \x20   ~^{base}(wp-json|wc-auth)/  off;\n\
         \x20   default                     \"Restricted\";\n\
         }}\n\
         # 2. In the server {{ }} block for {host}, replace the auth_basic line with:\n\
         #    auth_basic $handshake_auth_basic;\n\
         #    (keep auth_basic_user_file as it is); {RELOAD}",
        rest = site.rest_prefix(),
        auth = site.auth_prefix(),
        host = site.host(),
    );
    fix(
        FixKind::Nginx,
        t!(site.lang, "nginx-exempt-password-title"),
        text,
    )
}
