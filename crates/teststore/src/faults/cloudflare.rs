//! Cloudflare in front of the store: the Error 1020 block page and the managed challenge.

use crate::request::Req;
use crate::response::{build, set, Resp, With};

pub(crate) const COLO: &str = "FRA";

/// `cf-ray: <16 hex>-FRA`.
pub(crate) fn ray() -> String {
    format!("{}-{COLO}", crate::response::random_hex(16))
}

fn block_headers(mut r: Resp) -> Resp {
    set(
        &mut r,
        "cache-control",
        "private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
    );
    set(&mut r, "expires", "Thu, 01 Jan 1970 00:00:01 GMT");
    r.with("referrer-policy", "same-origin")
        .with("x-frame-options", "SAMEORIGIN")
}

fn utc_now() -> String {
    let fmt =
        time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]:[second] UTC");
    time::OffsetDateTime::now_utc()
        .format(&fmt)
        .unwrap_or_default()
}

/// "Error 1020 Access denied": a customer firewall rule blocked the request.
pub(crate) fn error_1020(req: &Req, ray_id: &str) -> Resp {
    let host = req.host();
    let ray_hex = ray_id.split('-').next().unwrap_or(ray_id);
    let html = format!(
        "<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" lang=\"en-US\"> <![endif]-->\n\
         <!--[if gt IE 8]><!--> <html class=\"no-js\" lang=\"en-US\"> <!--<![endif]-->\n<head>\n\
         <title>Access denied | {host} used Cloudflare to restrict access</title>\n\
         <meta charset=\"UTF-8\" />\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n\
         <meta http-equiv=\"X-UA-Compatible\" content=\"IE=Edge\" />\n<meta name=\"robots\" content=\"noindex, nofollow\" />\n\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\" />\n\
         <link rel=\"stylesheet\" id=\"cf_styles-css\" href=\"/cdn-cgi/styles/main.css\" />\n</head>\n<body>\n\
         <div id=\"cf-wrapper\">\n<div class=\"cf-alert cf-alert-error cf-cookie-error hidden\" id=\"cookie-alert\" data-translate=\"enable_cookies\">Please enable cookies.</div>\n\
         <div id=\"cf-error-details\" class=\"p-0\">\n<header class=\"mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased\">\n\
         <h1 class=\"inline-block md:block mr-2 md:mb-2 font-light text-60 md:text-3xl text-black-dark leading-tight\">\n\
         <span data-translate=\"error\">Error</span>\n<span>1020</span>\n</h1>\n\
         <span class=\"inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed\">Ray ID: {ray_hex} &bull;</span>\n\
         <span class=\"inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed\">{now}</span>\n\
         <h2 class=\"text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light\">Access denied</h2>\n</header>\n\
         <section class=\"w-240 lg:w-full mx-auto mb-8 lg:px-8\">\n<div id=\"what-happened-section\" class=\"w-1/2 md:w-full\">\n\
         <h2 class=\"text-3xl leading-tight font-normal mb-4 text-black-dark antialiased\" data-translate=\"what_happened\">What happened?</h2>\n\
         <p>The owner of this website ({host}) has banned you temporarily from accessing this website.</p>\n</div>\n</section>\n\
         <div class=\"cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300\">\n\
         <p class=\"text-13\">\n<span class=\"cf-footer-item sm:block sm:mb-1\">Cloudflare Ray ID: <strong class=\"font-semibold\">{ray_hex}</strong></span>\n\
         <span class=\"cf-footer-separator sm:hidden\">&bull;</span>\n\
         <span id=\"cf-footer-item-ip\" class=\"cf-footer-item sm:block sm:mb-1\">Your IP: 127.0.0.1</span>\n\
         <span class=\"cf-footer-separator sm:hidden\">&bull;</span>\n\
         <span class=\"cf-footer-item sm:block sm:mb-1\"><span>Performance &amp; security by</span> <a rel=\"noopener noreferrer\" href=\"https://www.cloudflare.com/5xx-error-landing\" id=\"brand_link\" target=\"_blank\">Cloudflare</a></span>\n\
         </p>\n</div>\n</div>\n</div>\n</body>\n</html>\n",
        now = utc_now(),
    );
    block_headers(build(403, "text/html; charset=UTF-8", html))
}

/// The managed challenge ("Just a moment..."), marked with `cf-mitigated: challenge`.
pub(crate) fn challenge(req: &Req, ray_id: &str) -> Resp {
    let host = req.host();
    let ray_hex = ray_id.split('-').next().unwrap_or(ray_id);
    let token = crate::response::random_hex(40);
    let path = req.target.replace('"', "%22");
    let html = format!(
        "<!DOCTYPE html><html lang=\"en-US\"><head><title>Just a moment...</title>\
         <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><meta http-equiv=\"X-UA-Compatible\" content=\"IE=Edge\">\
         <meta name=\"robots\" content=\"noindex,nofollow\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <style>*{{box-sizing:border-box;margin:0;padding:0}}html{{line-height:1.15}}body{{display:flex;flex-direction:column;height:100vh;min-height:100vh}}.main-content{{margin:8rem auto;max-width:60rem;padding-left:1.5rem}}</style>\
         <meta http-equiv=\"refresh\" content=\"390\"></head><body class=\"no-js\"><div class=\"main-wrapper\" role=\"main\"><div class=\"main-content\">\
         <h1 class=\"zone-name-title h1\">{host}</h1><h2 id=\"challenge-running\" class=\"h2\">Verifying you are human. This may take a few seconds.</h2>\
         <noscript><div id=\"challenge-error-title\"><div class=\"h2\"><span class=\"icon-wrapper\"><div class=\"heading-icon warning-icon\"></div></span>\
         <span id=\"challenge-error-text\">Enable JavaScript and cookies to continue</span></div></div></noscript>\
         <div id=\"challenge-body-text\" class=\"core-msg spacer\">{host} needs to review the security of your connection before proceeding.</div></div></div>\
         <script>(function(){{window._cf_chl_opt={{cvId: '3',cZone: \"{host}\",cType: 'managed',cRay: '{ray_hex}',cH: '{token}',cUPMDTk: \"{path}\",cFPWv: 'g',cITimeS: '{ts}'}};\
         var cpo = document.createElement('script');cpo.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray={ray_hex}';\
         window._cf_chl_opt.cOgUHash = location.hash === '' && location.href.indexOf('#') !== -1 ? '#' : location.hash;\
         document.getElementsByTagName('head')[0].appendChild(cpo);}}());</script>\
         <div class=\"footer\" role=\"contentinfo\"><div class=\"footer-inner\"><div class=\"clearfix diagnostic-wrapper\"><div class=\"ray-id\">Ray ID: <code>{ray_hex}</code></div></div>\
         <div class=\"text-center\" id=\"footer-text\">Performance &amp; security by <a rel=\"noopener noreferrer\" href=\"https://www.cloudflare.com?utm_source=challenge&amp;utm_campaign=m\" target=\"_blank\">Cloudflare</a></div></div></div></body></html>",
        ts = time::OffsetDateTime::now_utc().unix_timestamp(),
    );
    block_headers(build(403, "text/html; charset=UTF-8", html))
        .with("cf-mitigated", "challenge")
        .with("cross-origin-embedder-policy", "require-corp")
        .with("cross-origin-opener-policy", "same-origin")
        .with("cross-origin-resource-policy", "same-origin")
        .with("origin-agent-cluster", "?1")
        .with(
            "permissions-policy",
            "accelerometer=(),autoplay=(),browsing-topics=(),camera=(),clipboard-read=(),clipboard-write=(),geolocation=(),gyroscope=(),hid=(),interest-cohort=(),magnetometer=(),microphone=(),payment=(),publickey-credentials-get=(),screen-wake-lock=(),serial=(),sync-xhr=(),usb=()",
        )
}
