//! WordPress's own HTML pages: the shop home page, the theme's 404 and `wp_die()` screens.

use crate::ojson::oj;
use crate::request::esc_html;
use crate::response::Resp;
use crate::response::{build, nocache, With};

pub(crate) const SITE_NAME: &str = "Handshake Test Shop";
pub(crate) const SITE_DESCRIPTION: &str = "Everything for the test bench";
pub(crate) const WP_VERSION: &str = "6.1.9";
pub(crate) const WC_VERSION: &str = "6.6.0";

/// `Link: <root>; rel="https://api.w.org/"` value.
pub(crate) fn api_link(rest_root: &str) -> String {
    format!("<{rest_root}>; rel=\"https://api.w.org/\"")
}

fn head(title: &str, home: &str, rest_root: &str, woocommerce: bool) -> String {
    let wc = if woocommerce {
        format!(
            "<link rel='stylesheet' id='woocommerce-general-css' href='{home}/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver={WC_VERSION}' media='all' />\n\
             <meta name=\"generator\" content=\"WooCommerce {WC_VERSION}\" />\n\
             \t<noscript><style>.woocommerce-product-gallery{{ opacity: 1 !important; }}</style></noscript>\n"
        )
    } else {
        String::new()
    };
    format!(
        "<!doctype html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n\
         <meta name='robots' content='max-image-preview:large' />\n\
         <link rel=\"alternate\" type=\"application/rss+xml\" title=\"{SITE_NAME} &raquo; Feed\" href=\"{home}/feed/\" />\n\
         <link rel='stylesheet' id='storefront-style-css' href='{home}/wp-content/themes/storefront/style.css?ver=4.1.0' media='all' />\n\
         {wc}\
         <link rel=\"https://api.w.org/\" href=\"{rest_root}\" />\n\
         <link rel=\"EditURI\" type=\"application/rsd+xml\" title=\"RSD\" href=\"{home}/xmlrpc.php?rsd\" />\n\
         <link rel=\"wlwmanifest\" type=\"application/wlwmanifest+xml\" href=\"{home}/wp-includes/wlwmanifest.xml\" />\n\
         <meta name=\"generator\" content=\"WordPress {WP_VERSION}\" />\n\
         </head>\n"
    )
}

fn masthead(home: &str) -> String {
    format!(
        "<div id=\"page\" class=\"hfeed site\">\n<header id=\"masthead\" class=\"site-header\" role=\"banner\">\n\
         <div class=\"site-branding\"><div class=\"beta site-title\"><a href=\"{home}/\" rel=\"home\">{SITE_NAME}</a></div>\
         <p class=\"site-description\">{SITE_DESCRIPTION}</p></div>\n</header>\n"
    )
}

fn footer(home: &str) -> String {
    format!(
        "<footer id=\"colophon\" class=\"site-footer\" role=\"contentinfo\"><div class=\"site-info\">&copy; {SITE_NAME} 2026\
         <br /><a href=\"https://woocommerce.com\" target=\"_blank\" title=\"WooCommerce - The Best eCommerce Platform for WordPress\" rel=\"noreferrer nofollow\">Built with WooCommerce</a>.</div></footer>\n</div>\n\
         <script src='{home}/wp-includes/js/jquery/jquery.min.js?ver=3.6.1' id='jquery-core-js'></script>\n\
         </body>\n</html>\n"
    )
}

/// The shop's front page.
pub(crate) fn home_page(home: &str, rest_root: &str, woocommerce: bool) -> Resp {
    let products = if woocommerce {
        format!(
            "<ul class=\"products columns-4\">\n\
             <li class=\"product type-product post-31 status-publish instock product_cat-tools has-post-title taxable shipping-taxable purchasable product-type-simple\">\
             <a href=\"{home}/product/torque-wrench/\" class=\"woocommerce-LoopProduct-link woocommerce-loop-product__link\"><h2 class=\"woocommerce-loop-product__title\">Torque wrench</h2>\
             <span class=\"price\"><span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">&euro;</span>49.00</bdi></span></span></a>\
             <a href=\"?add-to-cart=31\" data-quantity=\"1\" class=\"button product_type_simple add_to_cart_button ajax_add_to_cart\" data-product_id=\"31\" rel=\"nofollow\">Add to cart</a></li>\n\
             <li class=\"product type-product post-32 status-publish instock product_cat-tools has-post-title taxable shipping-taxable purchasable product-type-simple\">\
             <a href=\"{home}/product/bench-vise/\" class=\"woocommerce-LoopProduct-link woocommerce-loop-product__link\"><h2 class=\"woocommerce-loop-product__title\">Bench vise</h2>\
             <span class=\"price\"><span class=\"woocommerce-Price-amount amount\"><bdi><span class=\"woocommerce-Price-currencySymbol\">&euro;</span>89.00</bdi></span></span></a>\
             <a href=\"?add-to-cart=32\" data-quantity=\"1\" class=\"button product_type_simple add_to_cart_button ajax_add_to_cart\" data-product_id=\"32\" rel=\"nofollow\">Add to cart</a></li>\n\
             </ul>\n"
        )
    } else {
        "<article class=\"post-1 post type-post status-publish\"><h2 class=\"alpha entry-title\">Hello world!</h2>\
         <div class=\"entry-content\"><p>Welcome to WordPress. This is your first post.</p></div></article>\n"
            .to_string()
    };
    let body_class = if woocommerce {
        "home page-template-default page page-id-6 wp-embed-responsive theme-storefront woocommerce-no-js storefront-align-wide right-sidebar woocommerce-active"
    } else {
        "home blog wp-embed-responsive theme-storefront storefront-align-wide right-sidebar"
    };
    let html = format!(
        "{}<body class=\"{body_class}\">\n{}<div id=\"content\" class=\"site-content\"><div class=\"col-full\">\n<main id=\"main\" class=\"site-main\">\n{products}</main>\n</div></div>\n{}",
        head(&format!("{SITE_NAME} &#8211; {SITE_DESCRIPTION}"), home, rest_root, woocommerce),
        masthead(home),
        footer(home)
    );
    build(200, "text/html; charset=UTF-8", html).with("link", api_link(rest_root))
}

/// The theme's "Page not found" page (WordPress's own 404, not Apache's).
pub(crate) fn not_found_page(home: &str, rest_root: &str, woocommerce: bool) -> Resp {
    let html = format!(
        "{}<body class=\"error404 wp-embed-responsive theme-storefront storefront-align-wide right-sidebar\">\n{}\
         <div id=\"content\" class=\"site-content\"><div class=\"col-full\">\n<main id=\"main\" class=\"site-main\">\n\
         <div class=\"error-404 not-found\"><div class=\"page-content\"><header class=\"page-header\"><h1 class=\"page-title\">Oops! That page can&rsquo;t be found.</h1></header>\n\
         <p>Nothing was found at this location. Try searching, or check out the links below.</p></div></div>\n</main>\n</div></div>\n{}",
        head(&format!("Page not found &#8211; {SITE_NAME}"), home, rest_root, woocommerce),
        masthead(home),
        footer(home)
    );
    let mut r = build(404, "text/html; charset=UTF-8", html).with("link", api_link(rest_root));
    nocache(&mut r);
    r
}

/// `wp_die( $message, $title, $status )`: the default HTML handler, or the JSON handler when the
/// request looks like JSON (`wp_is_json_request()`).
pub(crate) fn wp_die(message_html: &str, title: &str, status: u16, json: bool) -> Resp {
    let mut r = if json {
        let body = oj!({
            "code": "wp_die",
            "message": message_html,
            "data": {"status": status},
            "additional_errors": []
        });
        build(status, "application/json; charset=UTF-8", body.encode())
    } else {
        let html = format!(
            "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n\
             \t<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n\
             \t<meta name=\"viewport\" content=\"width=device-width\">\n\
             \t\t<meta name='robots' content='max-image-preview:large, noindex, follow' />\n\
             \t<title>{title}</title>\n\
             \t<style type=\"text/css\">\n\
             \t\thtml {{\n\t\t\tbackground: #f1f1f1;\n\t\t}}\n\
             \t\tbody {{\n\t\t\tbackground: #fff;\n\t\t\tborder: 1px solid #ccd0d4;\n\t\t\tcolor: #444;\n\
             \t\t\tfont-family: -apple-system, BlinkMacSystemFont, \"Segoe UI\", Roboto, Oxygen-Sans, Ubuntu, Cantarell, \"Helvetica Neue\", sans-serif;\n\
             \t\t\tmargin: 2em auto;\n\t\t\tpadding: 1em 2em;\n\t\t\tmax-width: 700px;\n\
             \t\t\t-webkit-box-shadow: 0 1px 1px rgba(0, 0, 0, .04);\n\t\t\tbox-shadow: 0 1px 1px rgba(0, 0, 0, .04);\n\t\t}}\n\
             \t\t#error-page {{\n\t\t\tmargin-top: 50px;\n\t\t}}\n\
             \t\t#error-page .wp-die-message, #error-page p {{\n\t\t\tfont-size: 14px;\n\t\t\tline-height: 1.5;\n\t\t\tmargin: 25px 0 20px;\n\t\t}}\n\
             \t</style>\n</head>\n<body id=\"error-page\">\n\
             \t<div class=\"wp-die-message\">{message_html}</div></body>\n</html>\n"
        );
        // blog_charset, as the real wp_die handler sends it.
        build(status, "text/html; charset=UTF-8", html)
    };
    nocache(&mut r);
    r
}

/// WooCommerce's auth error screen: `wp_die( 'Error: %s.', 'Access denied', 401 )`.
pub(crate) fn wc_auth_error(message: &str, json: bool) -> Resp {
    wp_die(
        &format!("Error: {}.", esc_html(message)),
        "Access denied",
        401,
        json,
    )
}
