//! Realistic pages for every vendor (trimmed copies of what those products serve), and the answers
//! that must never count as a block.

use http::{HeaderMap, HeaderName, HeaderValue};

use super::*;

fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.append(
            HeaderName::from_bytes(name.as_bytes()).unwrap(),
            HeaderValue::from_str(value).unwrap(),
        );
    }
    map
}

fn classify_page(status: u16, pairs: &[(&str, &str)], body: &str) -> Option<Block> {
    let h = headers(pairs);
    classify(&ResponseView {
        status,
        headers: &h,
        body: body.as_bytes(),
    })
}

fn stock(status: u16, pairs: &[(&str, &str)], body: &str) -> Option<StockPage> {
    let h = headers(pairs);
    stock_page(&ResponseView {
        status,
        headers: &h,
        body: body.as_bytes(),
    })
}

const CLOUDFLARE_1020: &str = r#"<!DOCTYPE html>
<!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="en-US"> <!--<![endif]-->
<head>
<title>Access denied | shop.example.com used Cloudflare to restrict access</title>
<meta charset="UTF-8" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/main.css" />
</head>
<body>
<div id="cf-wrapper">
    <div id="cf-error-details" class="p-0">
        <header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased">
            <h1 class="inline-block md:block mr-2 md:mb-2 font-light text-60 md:text-3xl text-black-dark leading-tight">
              <span data-translate="error">Error</span>
              <span>1020</span>
            </h1>
            <span class="inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: 8a1b2c3d4e5f6789 &bull;</span>
            <h2 class="text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light">Access denied</h2>
        </header>
        <section class="w-240 lg:w-full mx-auto mb-8 lg:px-8">
            <div id="what-happened-section" class="w-1/2 md:w-full">
                <h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased" data-translate="what_happened">What happened?</h2>
                <p>This website is using a security service to protect itself from online attacks.</p>
            </div>
        </section>
        <div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
  <p class="text-13">
    <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">8a1b2c3d4e5f6789</strong></span>
  </p>
</div>
    </div>
</div>
</body>
</html>"#;

const CLOUDFLARE_CHALLENGE: &str = r#"<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1"><style>*{box-sizing:border-box;margin:0;padding:0}</style></head><body><div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript></div></div><script>(function(){window._cf_chl_opt={cvId: '3',cZone: "shop.example.com",cType: 'managed'};var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8a1b2c3d4e5f6790';})();</script></body></html>"#;

const CLOUDFLARE_SORRY: &str = r#"<!DOCTYPE html>
<html class="no-js" lang="en-US"> <head>
<title>Attention Required! | Cloudflare</title>
</head>
<body>
  <div id="cf-wrapper">
    <div id="cf-error-details" class="cf-error-details-wrapper">
      <div class="cf-wrapper cf-header cf-error-overview">
        <h1 data-translate="block_headline">Sorry, you have been blocked</h1>
        <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> shop.example.com</h2>
      </div>
      <div class="cf-section cf-wrapper">
        <h2 data-translate="blocked_why_headline">Why have I been blocked?</h2>
        <p data-translate="blocked_why_detail">This website is using a security service to protect itself from online attacks. The action you just performed triggered the security solution.</p>
      </div>
      <div class="cf-error-footer cf-wrapper">
        <span class="cf-footer-item">Cloudflare Ray ID: <strong class="font-semibold">8a1b2c3d4e5f6791</strong></span>
      </div>
    </div>
  </div>
</body>
</html>"#;

const SUCURI_BLOCK: &str = r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<link rel="stylesheet" href="https://cdn.sucuri.net/sucuri-firewall-block.css" />
<title>Sucuri WebSite Firewall - Access Denied</title>
</head>
<body>
<div id="main-container">
<h2 class="title">Access Denied - Sucuri Website Firewall</h2>
<h4>If you are the site owner (or you manage this site), please whitelist your IP or if you think this block is an error please <a href="https://support.sucuri.net" class="color-green underline">open a support ticket</a> and make sure to include the block details (displayed in the box below), so we can assist you in troubleshooting the issue. </h4>
<h2>Block details:</h1>
<table class="property-table overflow-break-all line-height-16">
<tr><td>Your IP:</td><td><span>203.0.113.50</span></td></tr>
<tr><td><span>URL:</span></td><td><span>shop.example.com/wp-json/wc/v3/orders</span></td></tr>
<tr><td><span>Block ID:</span></td><td><span>GEO02</span></td></tr>
<tr><td><span>Block reason:</span></td><td><span>Access from your Country was disabled by the administrator.</span></td></tr>
</table>
<p>cloudproxy@sucuri.net</p>
</div>
</body>
</html>"#;

const WORDFENCE_BLOCK: &str = r#"<!DOCTYPE html>
<html>
<head>
<title>Your access to this site has been limited by the site owner</title>
</head>
<body>
<h1>Your access to this site has been limited by the site owner</h1>
<p>Your access to this service has been limited. (HTTP response code 503)</p>
<p>If you think you have been blocked in error, contact the owner of this site for assistance.</p>
<h2>Block Technical Data</h2>
<table border="0" cellspacing="0" cellpadding="0" class="wf-block-data">
<tr><th class="about-text">Block Reason:</th><td>You have been blocked by the Wordfence Firewall</td></tr>
<tr><th class="about-text">Time:</th><td>Mon, 23 Nov 2026 11:00:00 GMT</td></tr>
</table>
<p class="generated">Generated by Wordfence at Mon, 23 Nov 2026 11:00:00 GMT.<br>Your computer's time: <script>document.write(new Date().toUTCString());</script>.</p>
</body>
</html>"#;

const MODSEC_406: &str = r#"<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>406 Not Acceptable</title>
</head><body>
<h1>Not Acceptable</h1>
<p>An appropriate representation of the requested resource could not be found on this server.</p>
<p>Additionally, a 406 Not Acceptable
error was encountered while trying to use an ErrorDocument to handle the request.</p>
<p>This error was generated by Mod_Security.</p>
</body></html>"#;

const APACHE_403: &str = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>You don't have permission to access this resource.</p>\n<hr>\n<address>Apache/2.4.71 (Debian) Server at 127.0.0.1 Port 8443</address>\n</body></html>\n";

const APACHE_403_UNSIGNED: &str = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>You don't have permission to access this resource.</p>\n</body></html>\n";

const NGINX_403: &str = "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";

const LITESPEED_403: &str = r#"<!DOCTYPE html>
<html style="height:100%">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title> 403 Forbidden
</title></head>
<body style="color: #444; margin:0;font: normal 14px/20px Arial, Helvetica, sans-serif; height:100%; background-color: #fff;">
<div style="height:auto; min-height:100%; ">     <div style="text-align: center; width:800px; margin-left: -400px; position:absolute; top: 30%; left:50%;">
        <h1 style="margin:0; font-size:150px; line-height:150px; font-weight:bold;">403</h1>
<h2 style="margin-top:20px;font-size: 30px;">Forbidden
</h2>
<p>Access to this resource on the server is denied!</p>
</div></div><div style="color:#f0f0f0; font-size:12px;margin:auto;padding:0px 30px 0px 30px;position:relative;clear:both;height:100px;margin-top:-101px;background-color:#474747;border-top: 1px solid rgba(0,0,0,0.15);box-shadow: 0 1px 0 rgba(255, 255, 255, 0.3) inset;">
<br>Proudly powered by <a style="color:#fff;" href="http://www.litespeedtech.com/error-page">LiteSpeed Web Server</a><p>Please be advised that LiteSpeed Technologies Inc. is not a web hosting company and, as such, has no control over content found elsewhere on this site.</p></div></body></html>"#;

const AKAMAI_403: &str = "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access \"http&#58;&#47;&#47;shop&#46;example&#46;com&#47;wp&#45;json&#47;wc&#47;v3&#47;orders\" on this server.<P>\nReference&#32;&#35;18&#46;6a7b3e17&#46;1700000000&#46;1a2b3c4d\n<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;6a7b3e17&#46;1700000000&#46;1a2b3c4d</P>\n</BODY>\n</HTML>\n";

const AKAMAI_403_PLAIN: &str = "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \nYou don't have permission to access \"http://shop.example.com/wp-json/wc/v3/orders\" on this server.<P>\nReference #18.6a7b3e17.1700000000.1a2b3c4d\n</BODY>\n</HTML>\n";

const IMPERVA_403: &str = r#"<html style="height:100%"><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW"><meta name="format-detection" content="telephone=no"><meta name="viewport" content="initial-scale=1.0"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"></head><body style="margin:0px;height:100%"><iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=9&xinfo=10-12345678-0%200NNN%20RT%281700000000000%2044%29%20q%280%20-1%20-1%20-1%29%20r%280%20-1%29%20B12%284%2c316%2c0%29%20U18&incident_id=123000450123456789-98765432123456789&edet=12&cinfo=04000000&rpinfo=0&mth=GET" frameborder=0 width="100%" height="100%" marginheight="0px" marginwidth="0px">Request unsuccessful. Incapsula incident ID: 123000450123456789-98765432123456789</iframe></body></html>"#;

const SITEGROUND_202: &str = r#"<html><head><link rel="icon" href="data:;"><meta http-equiv="refresh" content="0;/.well-known/sgcaptcha/?r=%2Fwp-json%2Fwc%2Fv3%2Forders&y=ipr:203.0.113.50:1700000000.123"></meta></head></html>"#;

const IMUNIFY_WAIT: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>One moment, please...</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{background:#fff}</style></head><body><div class="container"><h1>Please wait while your request is being verified...</h1></div><script>var a = "imunify360-preloader";</script></body></html>"#;

const IMUNIFY_JSON: &str = r#"{"message":"Access denied by Imunify360 bot-protection. IPs used for automation should be whitelisted"}"#;

const UNKNOWN_BLOCK: &str = r#"<!DOCTYPE html><html><head><title>Request blocked</title></head><body><h1>Request blocked</h1><p>Your request was blocked by our security policy. If you believe this is a mistake, contact the site administrator and quote reference 7f3a.</p></body></html>"#;

const SHOP_PAGE: &str = r#"<!DOCTYPE html><html lang="en-US"><head><title>Security cameras &#8211; Example Shop</title><link rel="https://api.w.org/" href="https://shop.example.com/wp-json/" /></head><body class="home page woocommerce"><h1>Security cameras</h1><p>Our bestselling home security camera. Access denied to burglars, blocked doors, malicious intruders beware! Too many requests for this item: order now.</p></body></html>"#;

const WC_AUTH_ERROR: &str = r#"<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>Access denied</title>
</head>
<body id="error-page">
	<div class="wp-die-message">Error: An error occurred in the request and at the time were unable to send the consumer data.</div></body>
</html>"#;

const MAINTENANCE: &str = r#"<!DOCTYPE html><html lang="en-US"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Maintenance</title></head><body id="error-page"><div class="wp-die-message"><h1>Briefly unavailable for scheduled maintenance. Check back in a minute.</h1></div></body></html>"#;

#[test]
fn cloudflare_1020_block_with_ray_id() {
    let b = classify_page(
        403,
        &[
            ("server", "cloudflare"),
            ("cf-ray", "8a1b2c3d4e5f6789-FRA"),
            ("content-type", "text/html; charset=UTF-8"),
        ],
        CLOUDFLARE_1020,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Cloudflare);
    assert_eq!(b.kind, BlockKind::Blocked);
    assert!(b.marker.contains("1020"), "{}", b.marker);
    assert_eq!(b.incident_id.as_deref(), Some("8a1b2c3d4e5f6789-FRA"));
}

#[test]
fn cloudflare_ray_id_read_from_page_when_header_is_missing() {
    let b = classify_page(403, &[("content-type", "text/html")], CLOUDFLARE_1020).unwrap();
    assert_eq!(b.vendor, Vendor::Cloudflare);
    assert_eq!(b.incident_id.as_deref(), Some("8a1b2c3d4e5f6789"));
}

#[test]
fn cloudflare_managed_challenge() {
    let b = classify_page(
        403,
        &[
            ("server", "cloudflare"),
            ("cf-mitigated", "challenge"),
            ("cf-ray", "8a1b2c3d4e5f6790-AMS"),
        ],
        CLOUDFLARE_CHALLENGE,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Cloudflare);
    assert_eq!(b.kind, BlockKind::Challenge);
    assert_eq!(b.marker, "cf-mitigated: challenge");
    // Without the header, the page itself still gives it away.
    let b = classify_page(503, &[("server", "cloudflare")], CLOUDFLARE_CHALLENGE).unwrap();
    assert_eq!(
        (b.vendor, b.kind),
        (Vendor::Cloudflare, BlockKind::Challenge)
    );
}

#[test]
fn cloudflare_sorry_you_have_been_blocked() {
    let b = classify_page(
        403,
        &[("server", "cloudflare"), ("cf-ray", "8a1b2c3d4e5f6791-LHR")],
        CLOUDFLARE_SORRY,
    )
    .unwrap();
    assert_eq!((b.vendor, b.kind), (Vendor::Cloudflare, BlockKind::Blocked));
    assert!(
        b.marker.contains("sorry, you have been blocked"),
        "{}",
        b.marker
    );
}

#[test]
fn cloudflare_1015_is_a_rate_limit() {
    let body = "<html><head><title>Access denied | shop.example.com used Cloudflare to restrict access</title></head><body><h1><span>Error</span> <span>1015</span></h1><h2>You are being rate limited</h2></body></html>";
    let b = classify_page(
        429,
        &[("server", "cloudflare"), ("cf-ray", "8a1b2c3d4e5f6792-CDG")],
        body,
    )
    .unwrap();
    assert_eq!(
        (b.vendor, b.kind),
        (Vendor::Cloudflare, BlockKind::RateLimited)
    );
}

#[test]
fn origin_apache_403_through_cloudflare_is_a_stock_page_not_a_cloudflare_block() {
    let h = [
        ("server", "cloudflare"),
        ("cf-ray", "8a1b2c3d4e5f6793-FRA"),
        ("content-type", "text/html; charset=iso-8859-1"),
    ];
    assert_eq!(classify_page(403, &h, APACHE_403), None);
    assert_eq!(
        stock(403, &h, APACHE_403),
        Some(StockPage {
            server: ServerKind::Apache,
            status: 403
        })
    );
}

#[test]
fn sucuri_block_with_block_id() {
    let b = classify_page(
        403,
        &[
            ("server", "Sucuri/Cloudproxy"),
            ("x-sucuri-id", "15016"),
            ("x-sucuri-block", "GEO02"),
        ],
        SUCURI_BLOCK,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Sucuri);
    assert_eq!(b.marker, "x-sucuri-block: GEO02");
    assert_eq!(b.incident_id.as_deref(), Some("GEO02"));
    // Sucuri can answer 200 with its block page.
    let b = classify_page(200, &[], SUCURI_BLOCK).unwrap();
    assert_eq!(b.vendor, Vendor::Sucuri);
}

#[test]
fn wordfence_block_page() {
    let b = classify_page(
        503,
        &[
            ("retry-after", "3600"),
            ("content-type", "text/html; charset=UTF-8"),
        ],
        WORDFENCE_BLOCK,
    )
    .unwrap();
    assert_eq!((b.vendor, b.kind), (Vendor::Wordfence, BlockKind::Blocked));
    let rate = WORDFENCE_BLOCK.replace(
        "You have been blocked by the Wordfence Firewall",
        "Exceeded the maximum number of page not found errors per minute for humans.",
    );
    assert_eq!(
        classify_page(503, &[], &rate).unwrap().kind,
        BlockKind::RateLimited
    );
}

#[test]
fn modsecurity_406_on_shared_hosting_and_noyb_server() {
    let b = classify_page(
        406,
        &[
            ("server", "Apache"),
            ("content-type", "text/html; charset=iso-8859-1"),
        ],
        MODSEC_406,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::ModSecurity);
    assert!(b.marker.contains("406"), "{}", b.marker);
    assert_eq!(
        stock(406, &[("server", "Apache")], MODSEC_406),
        None,
        "a named page is not a stock page"
    );
    let b = classify_page(403, &[("server", "NOYB")], APACHE_403_UNSIGNED).unwrap();
    assert_eq!(b.vendor, Vendor::ModSecurity);
    assert_eq!(b.marker, "server: noyb");
}

#[test]
fn imunify360_answers_200_json_and_wait_pages() {
    let b = classify_page(200, &[("content-type", "application/json")], IMUNIFY_JSON).unwrap();
    assert_eq!((b.vendor, b.kind), (Vendor::Imunify360, BlockKind::Blocked));
    let b = classify_page(
        200,
        &[("server", "imunify360-webshield/1.21")],
        IMUNIFY_WAIT,
    )
    .unwrap();
    assert_eq!(
        (b.vendor, b.kind),
        (Vendor::Imunify360, BlockKind::Challenge)
    );
    let b = classify_page(
        415,
        &[("server", "imunify360-webshield/1.21")],
        "<html><body></body></html>",
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Imunify360);
}

#[test]
fn siteground_captcha_202() {
    let b = classify_page(
        202,
        &[("sg-captcha", "challenge"), ("server", "nginx")],
        SITEGROUND_202,
    )
    .unwrap();
    assert_eq!(
        (b.vendor, b.kind),
        (Vendor::SiteGround, BlockKind::Challenge)
    );
    assert_eq!(b.marker, "sg-captcha: challenge");
    // A HEAD shows a plain 202 without the header; the GET body still names it.
    let b = classify_page(202, &[("server", "nginx")], SITEGROUND_202).unwrap();
    assert_eq!(b.vendor, Vendor::SiteGround);
}

#[test]
fn akamai_access_denied_with_reference() {
    let b = classify_page(
        403,
        &[("server", "AkamaiGHost"), ("content-type", "text/html")],
        AKAMAI_403_PLAIN,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Akamai);
    assert_eq!(
        b.incident_id.as_deref(),
        Some("18.6a7b3e17.1700000000.1a2b3c4d")
    );
    // Akamai's real pages encode punctuation as entities; the edge error link still names it.
    let b = classify_page(403, &[("server", "AkamaiGHost")], AKAMAI_403).unwrap();
    assert_eq!(b.vendor, Vendor::Akamai);
}

#[test]
fn imperva_incident() {
    let b = classify_page(
        403,
        &[
            ("x-cdn", "Imperva"),
            ("x-iinfo", "10-12345678-0 0NNN RT(1700000000000 44)"),
        ],
        IMPERVA_403,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Imperva);
    assert_eq!(
        b.incident_id.as_deref(),
        Some("123000450123456789-98765432123456789")
    );
}

#[test]
fn unknown_block_page_on_a_refusing_status() {
    let b = classify_page(
        403,
        &[("server", "nginx"), ("content-type", "text/html")],
        UNKNOWN_BLOCK,
    )
    .unwrap();
    assert_eq!(b.vendor, Vendor::Unknown);
    assert!(b.marker.contains("403"), "{}", b.marker);
    let b = classify_page(
        429,
        &[("content-type", "text/html")],
        "<html><body><h1>Too Many Requests</h1><p>Slow down.</p></body></html>",
    )
    .unwrap();
    assert_eq!(
        (b.vendor, b.kind),
        (Vendor::Unknown, BlockKind::RateLimited)
    );
}

#[test]
fn named_security_plugins_are_unknown_vendor_with_a_product_marker() {
    let body = "<html><head><title>Security check by BitNinja.IO</title></head><body><h1>Security check by BitNinja.IO</h1></body></html>";
    let b = classify_page(200, &[], body).unwrap();
    assert_eq!(b.vendor, Vendor::Unknown);
    assert!(b.marker.starts_with("BitNinja"), "{}", b.marker);
}

#[test]
fn wordpress_json_answers_are_never_blocks() {
    let disabled = r#"{"code":"rest_disabled","message":"The REST API has been disabled on this site.","data":{"status":401}}"#;
    assert_eq!(
        classify_page(
            401,
            &[("content-type", "application/json; charset=UTF-8")],
            disabled
        ),
        None
    );
    let forbidden = r#"{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that. Access denied by security policy.","data":{"status":403}}"#;
    assert_eq!(
        classify_page(
            403,
            &[("content-type", "application/json"), ("server", "nginx")],
            forbidden
        ),
        None
    );
    let cannot_view = r#"{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}}"#;
    assert_eq!(
        classify_page(
            401,
            &[("server", "cloudflare"), ("cf-ray", "8a1b-FRA")],
            cannot_view
        ),
        None
    );
    assert_eq!(stock(401, &[("server", "Apache")], cannot_view), None);
}

#[test]
fn shop_page_mentioning_security_is_not_a_block() {
    assert_eq!(
        classify_page(
            200,
            &[
                ("content-type", "text/html"),
                ("server", "cloudflare"),
                ("cf-ray", "x-FRA")
            ],
            SHOP_PAGE
        ),
        None
    );
    assert_eq!(stock(200, &[], SHOP_PAGE), None);
}

#[test]
fn wordpress_error_pages_are_not_blocks() {
    assert_eq!(
        classify_page(401, &[("content-type", "text/html")], WC_AUTH_ERROR),
        None
    );
    assert_eq!(
        classify_page(503, &[("retry-after", "600")], MAINTENANCE),
        None
    );
}

#[test]
fn stock_pages_are_reported_not_classified() {
    assert_eq!(
        classify_page(403, &[("server", "Apache/2.4.71 (Debian)")], APACHE_403),
        None
    );
    assert_eq!(
        stock(403, &[], APACHE_403),
        Some(StockPage {
            server: ServerKind::Apache,
            status: 403
        })
    );
    assert_eq!(
        stock(403, &[("server", "Apache")], APACHE_403_UNSIGNED).map(|s| s.server),
        Some(ServerKind::Apache)
    );
    assert_eq!(
        classify_page(403, &[("server", "nginx/1.22.1")], NGINX_403),
        None
    );
    assert_eq!(
        stock(403, &[("server", "nginx/1.22.1")], NGINX_403).map(|s| s.server),
        Some(ServerKind::Nginx)
    );
    // LiteSpeed's stock page says "denied", which must not read as an unknown firewall.
    assert_eq!(
        classify_page(403, &[("server", "LiteSpeed")], LITESPEED_403),
        None
    );
    assert_eq!(
        stock(403, &[("server", "LiteSpeed")], LITESPEED_403).map(|s| s.server),
        Some(ServerKind::LiteSpeed)
    );
    let not_found = APACHE_403
        .replace("403 Forbidden", "404 Not Found")
        .replace("Forbidden", "Not Found")
        .replace(
            "You don't have permission to access this resource.",
            "The requested URL was not found on this server.",
        );
    assert_eq!(stock(404, &[], &not_found).map(|s| s.status), Some(404));
    assert_eq!(stock(200, &[], APACHE_403), None);
}

#[test]
fn any_bytes_are_safe_and_only_the_head_is_read() {
    let h = headers(&[("server", "cloudflare")]);
    let garbage: Vec<u8> = (0..=255u8).cycle().take(200_000).collect();
    assert_eq!(
        classify(&ResponseView {
            status: 403,
            headers: &h,
            body: &garbage
        }),
        None
    );
    let _ = stock_page(&ResponseView {
        status: 403,
        headers: &h,
        body: &garbage,
    });
    for cut in [0, 1, 2, 3, 17, 100] {
        let body = "é<title>Just a moment...</title>\u{feff}€".as_bytes();
        let body = &body[..body.len().min(cut)];
        let _ = classify(&ResponseView {
            status: 403,
            headers: &h,
            body,
        });
    }
    // A marker past the first 64 KiB is not seen (bodies of several MiB stay cheap).
    let mut late = vec![b' '; page::SCAN_LIMIT + 10];
    late.extend_from_slice(b"Sorry, you have been blocked");
    assert_eq!(
        classify(&ResponseView {
            status: 403,
            headers: &h,
            body: &late
        }),
        None
    );
    let big = "x".repeat(8 * 1024 * 1024);
    let started = std::time::Instant::now();
    let _ = classify(&ResponseView {
        status: 403,
        headers: &h,
        body: big.as_bytes(),
    });
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}

#[test]
fn fronting_vendors_and_server_kinds() {
    assert_eq!(
        fronted_by(&headers(&[("cf-ray", "8a1b-FRA")])),
        Some(Vendor::Cloudflare)
    );
    assert_eq!(
        fronted_by(&headers(&[("x-sucuri-id", "15016")])),
        Some(Vendor::Sucuri)
    );
    assert_eq!(
        fronted_by(&headers(&[("server", "AkamaiGHost")])),
        Some(Vendor::Akamai)
    );
    assert_eq!(
        fronted_by(&headers(&[("set-cookie", "visid_incap_123=abc; path=/")])),
        Some(Vendor::Imperva)
    );
    assert_eq!(fronted_by(&headers(&[("server", "Apache")])), None);
    assert_eq!(
        server_kind(&headers(&[("server", "Apache/2.4.71 (Debian)")])),
        ServerKind::Apache
    );
    assert_eq!(
        server_kind(&headers(&[("server", "nginx")])),
        ServerKind::Nginx
    );
    assert_eq!(
        server_kind(&headers(&[("server", "LiteSpeed")])),
        ServerKind::LiteSpeed
    );
    assert_eq!(
        server_kind(&headers(&[("server", "cloudflare")])),
        ServerKind::Unknown
    );
    assert_eq!(server_kind(&headers(&[])), ServerKind::Unknown);
}
