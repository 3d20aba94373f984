//! `.htaccess` snippets (Apache and LiteSpeed read them). Each one is safe to paste into the
//! `.htaccess` file of the WordPress folder: it touches only the requests it names, and the tests load
//! every one into a real Apache and check the behaviour.

use handshake_l10n::t;

use crate::report::{Fix, FixKind, Lang};

use super::{fix, Site};

/// Where an `.htaccess` snippet goes, said the same way every time. The comments inside the
/// snippets stay English (the text to paste is the same in every language).
fn htaccess_location(site: &Site<'_>) -> String {
    htaccess_location_in(Lang::En, site)
}

fn htaccess_location_in(lang: Lang, site: &Site<'_>) -> String {
    if site.base() == "/" {
        t!(lang, "apache-location-root", "example" => "public_html/.htaccess")
    } else {
        t!(lang, "apache-location-folder",
            "base" => site.base(),
            "example" => format!("public_html{}.htaccess", site.base()))
    }
}

/// Sends `/wp-json/…` straight to WordPress and stops every later rewrite rule for it (`END`), so a
/// rule further down that refuses `wp-json` never runs. Other requests are untouched.
pub fn route_rest_api_first(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: send the WordPress REST API ({rest}) straight to WordPress, before any rule below can block it.\n\
         # Paste at the very top of {location}.\n\
         <IfModule mod_rewrite.c>\n\
         RewriteEngine On\n\
         RewriteRule ^wp-json(/.*)?$ {index} [END,E=HTTP_AUTHORIZATION:%{{HTTP:Authorization}}]\n\
         </IfModule>",
        rest = site.rest_prefix(),
        location = htaccess_location(site),
        index = site.index_php(),
    );
    fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-rest-first-title"),
        text,
    )
}

/// The lines WordPress itself writes to pass the `Authorization` header to PHP under CGI/FastCGI.
pub fn pass_authorization_rewrite(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: pass the Authorization header to WordPress (the line WordPress 5.6+ writes itself).\n\
         # Paste at the very top of {location}.\n\
         <IfModule mod_rewrite.c>\n\
         RewriteEngine On\n\
         RewriteRule .* - [E=HTTP_AUTHORIZATION:%{{HTTP:Authorization}}]\n\
         </IfModule>",
        location = htaccess_location(site),
    );
    fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-pass-auth-rewrite-title"),
        text,
    )
}

/// The same through mod_setenvif, for hosts where rewrite rules are not read first.
pub fn pass_authorization_setenvif(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: pass the Authorization header to WordPress.\n\
         # Paste at the very top of {location}.\n\
         <IfModule mod_setenvif.c>\n\
         SetEnvIf Authorization \"(.*)\" HTTP_AUTHORIZATION=$1\n\
         </IfModule>",
        location = htaccess_location(site),
    );
    fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-pass-auth-setenvif-title"),
        text,
    )
}

/// Apache 2.4.13+'s own switch. Needs `AllowOverride AuthConfig`; where the host forbids it the site
/// answers 500 at once, so the comment says how to undo it.
pub fn cgi_pass_auth(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: let PHP (CGI/FastCGI/PHP-FPM) see the Authorization header. Needs Apache 2.4.13 or newer.\n\
         # Paste at the very top of {location}.\n\
         # If the site then shows \"500 Internal Server Error\", your host does not allow this line: delete it and use another fix.\n\
         CGIPassAuth On",
        location = htaccess_location(site),
    );
    fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-cgi-pass-auth-title", "directive" => "CGIPassAuth On"),
        text,
    )
}

/// Lets the app's addresses in even where an IP rule denies them. `<If>` applies only to those
/// addresses, so nobody else's access changes (a bare `Require ip` line would lock everyone else out).
pub fn allow_app_addresses(site: &Site<'_>) -> Option<Fix> {
    if !site.has_ips() {
        return None;
    }
    let condition = site
        .ips()
        .iter()
        .map(|ip| format!("-R '{ip}'"))
        .collect::<Vec<_>>()
        .join(" || ");
    let text = format!(
        "# Handshake: let {app}'s servers in even if an IP rule denies them. Changes nothing for other visitors.\n\
         # Paste at the very bottom of {location}.\n\
         <If \"{condition}\">\n\
         Require all granted\n\
         </If>",
        app = site.app(),
        location = htaccess_location(site),
    );
    Some(fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-allow-app-title", "app" => site.app()),
        text,
    ))
}

/// WordPress's standard rewrite block, for a site whose `.htaccess` lost it (pretty permalinks
/// then 404 on `/wp-json/`).
pub fn wordpress_rewrite_block(site: &Site<'_>) -> Fix {
    let base = site.base();
    let text = format!(
        "# BEGIN WordPress\n\
         <IfModule mod_rewrite.c>\n\
         RewriteEngine On\n\
         RewriteRule .* - [E=HTTP_AUTHORIZATION:%{{HTTP:Authorization}}]\n\
         RewriteBase {base}\n\
         RewriteRule ^index\\.php$ - [L]\n\
         RewriteCond %{{REQUEST_FILENAME}} !-f\n\
         RewriteCond %{{REQUEST_FILENAME}} !-d\n\
         RewriteRule . {base}index.php [L]\n\
         </IfModule>\n\
         # END WordPress",
    );
    fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-wordpress-rewrite-title",
            "location" => htaccess_location_in(site.lang, site)),
        text,
    )
}

/// Lets the REST API and the app authorization pages through an HTTP password (Basic/Digest auth
/// set in the same `.htaccess` or the server configuration). `THE_REQUEST` is the request line as
/// received, so the exemption still holds after WordPress's rewrite to `index.php`.
pub fn exempt_from_http_password(site: &Site<'_>) -> Fix {
    let text = format!(
        "# Handshake: no HTTP password for the REST API ({rest}) and the app authorization pages ({auth}).\n\
         # Paste at the end of {location} (after the AuthType/Require lines).\n\
         <If \"%{{THE_REQUEST}} =~ m#^[A-Z]+ {base}(wp-json|wc-auth)/#\">\n\
         \x20   Require all granted\n\
         </If>",
        rest = site.rest_prefix(),
        auth = site.auth_prefix(),
        base = site.base(),
        location = htaccess_location(site),
    );
    fix(
        FixKind::Htaccess,
        t!(site.lang, "apache-exempt-password-title"),
        text,
    )
}
