//! The marker table: one detector per vendor, each needing a marker that only that vendor's block or
//! challenge page carries. Sources: wafw00f's plugins, the vendors' documentation, and pages seen in
//! the wild.

use http::HeaderMap;

use super::page::{header_lower, sets_cookie, Page};
use super::{Block, BlockKind, Vendor};

/// Statuses on which an unnamed page that talks about blocking counts as a block. Not 200 (a shop
/// page may mention "security"), not 401 (login prompts), not 404.
const BLOCKING_STATUSES: &[u16] = &[400, 403, 405, 406, 409, 418, 429, 444, 451, 503, 999];

/// Words an unnamed block page uses about itself.
const BLOCK_WORDS: &[&str] = &[
    "access denied",
    "has been blocked",
    "have been blocked",
    "request blocked",
    "request was blocked",
    "request has been denied",
    "request was denied",
    "request rejected",
    "not allowed to access",
    "web application firewall",
    "website firewall",
    "security rule",
    "security policy",
    "security check",
    "suspicious activity",
    "malicious",
    "verify you are human",
    "are you a robot",
    "bot protection",
    "too many requests",
    "rate limit",
];

/// Checks every named vendor in turn; the first whose marker is present wins.
pub(super) fn named_vendor(page: &Page<'_>) -> Option<Block> {
    const DETECTORS: &[fn(&Page<'_>) -> Option<Block>] = &[
        cloudflare,
        sucuri,
        imunify360,
        siteground,
        wordfence,
        modsecurity,
        akamai,
        imperva,
        litespeed_challenge,
        wordpress_security_plugins,
    ];
    DETECTORS.iter().find_map(|detect| detect(page))
}

/// A page that is neither WordPress nor a stock server page, on a refusing status, that talks about
/// being blocked.
pub(super) fn unnamed_block_page(page: &Page<'_>) -> Option<Block> {
    if !BLOCKING_STATUSES.contains(&page.status) || !page.is_html() {
        return None;
    }
    let word = page.first_of(BLOCK_WORDS)?;
    let kind = if page.status == 429 || word == "too many requests" || word == "rate limit" {
        BlockKind::RateLimited
    } else if matches!(
        word,
        "verify you are human" | "are you a robot" | "security check"
    ) {
        BlockKind::Challenge
    } else {
        BlockKind::Blocked
    };
    Some(block(
        Vendor::Unknown,
        format!("HTTP {} page saying \"{word}\"", page.status),
        None,
        kind,
    ))
}

/// A CDN/firewall in front of the site, seen on any response (blocked or not).
pub(super) fn fronting_vendor(headers: &HeaderMap) -> Option<Vendor> {
    let server = header_lower(headers, "server");
    if headers.contains_key("cf-ray") || server.contains("cloudflare") {
        Some(Vendor::Cloudflare)
    } else if headers.contains_key("x-sucuri-id")
        || headers.contains_key("x-sucuri-cache")
        || server.contains("sucuri")
    {
        Some(Vendor::Sucuri)
    } else if server.contains("akamaighost") {
        Some(Vendor::Akamai)
    } else if headers.contains_key("x-iinfo")
        || header_lower(headers, "x-cdn").contains("incapsula")
        || header_lower(headers, "x-cdn").contains("imperva")
        || sets_cookie(headers, "incap_ses_")
        || sets_cookie(headers, "visid_incap_")
    {
        Some(Vendor::Imperva)
    } else if server.contains("imunify360") {
        Some(Vendor::Imunify360)
    } else if sets_cookie(headers, "wfwaf-authcookie") {
        Some(Vendor::Wordfence)
    } else {
        None
    }
}

fn block(
    vendor: Vendor,
    marker: impl Into<String>,
    incident_id: Option<String>,
    kind: BlockKind,
) -> Block {
    Block {
        vendor,
        marker: marker.into(),
        incident_id,
        kind,
    }
}

/// Cloudflare: `cf-mitigated: challenge` is decisive; otherwise a Cloudflare error page body served
/// through Cloudflare (an origin's own 403 also carries `cf-ray`, so the header alone proves nothing).
fn cloudflare(page: &Page<'_>) -> Option<Block> {
    let ray = page
        .header_raw("cf-ray")
        .or_else(|| page.id_after("ray id"));
    if page.header("cf-mitigated") == "challenge" {
        return Some(block(
            Vendor::Cloudflare,
            "cf-mitigated: challenge",
            ray,
            BlockKind::Challenge,
        ));
    }
    // Body markers only count on a refusal: a shop page may quote any of these words.
    if page.status < 400 {
        return None;
    }
    let through_cloudflare =
        page.has_header("cf-ray") || page.header("server").contains("cloudflare");
    let error_code = ["1020", "1015", "1012", "1010", "1009", "1006", "1005"]
        .into_iter()
        .find(|code| {
            page.has(&format!("error {code}")) || page.has(&format!("error code: {code}"))
        });
    if let Some(code) = error_code {
        if through_cloudflare || page.has("cloudflare") {
            let (what, kind) = match code {
                "1015" => ("you are being rate limited", BlockKind::RateLimited),
                "1010" => ("browser signature banned", BlockKind::Blocked),
                _ => ("access denied", BlockKind::Blocked),
            };
            return Some(block(
                Vendor::Cloudflare,
                format!("Cloudflare error {code}: {what}"),
                ray,
                kind,
            ));
        }
    }
    if !through_cloudflare && !page.has("cloudflare") {
        return None;
    }
    if let Some(m) = page.first_of(&[
        "just a moment...",
        "/cdn-cgi/challenge-platform/",
        "enable javascript and cookies to continue",
    ]) {
        return Some(block(
            Vendor::Cloudflare,
            format!("Cloudflare challenge page: \"{m}\""),
            ray,
            BlockKind::Challenge,
        ));
    }
    if let Some(m) = page.first_of(&[
        "sorry, you have been blocked",
        "attention required! | cloudflare",
    ]) {
        return Some(block(
            Vendor::Cloudflare,
            format!("Cloudflare block page: \"{m}\""),
            ray,
            BlockKind::Blocked,
        ));
    }
    None
}

fn sucuri(page: &Page<'_>) -> Option<Block> {
    let block_id = page.id_after("block id:");
    if let Some(value) = page.header_raw("x-sucuri-block") {
        return Some(block(
            Vendor::Sucuri,
            format!("x-sucuri-block: {value}"),
            block_id,
            BlockKind::Blocked,
        ));
    }
    let m = page.first_of(&[
        "sucuri website firewall - access denied",
        "access denied - sucuri website firewall",
        "cdn.sucuri.net/sucuri-firewall-block.css",
        "cloudproxy@sucuri.net",
    ])?;
    Some(block(
        Vendor::Sucuri,
        format!("Sucuri block page: \"{m}\""),
        block_id,
        BlockKind::Blocked,
    ))
}

/// Imunify360 may answer 200 (JSON or a "please wait" page), so its markers are checked before the
/// "WordPress answered" rule.
fn imunify360(page: &Page<'_>) -> Option<Block> {
    if let Some(m) = page.first_of(&["access denied by imunify360", "imunify360 bot-protection"]) {
        return Some(block(
            Vendor::Imunify360,
            format!("Imunify360 message: \"{m}\""),
            None,
            BlockKind::Blocked,
        ));
    }
    if page.looks_like_json() {
        return None;
    }
    let server = page.header("server");
    if let Some(m) = page.first_of(&[
        "protected by imunify360",
        "powered by imunify360",
        "imunify360-preloader",
        "imunify360 preloader",
        "please wait while your request is being verified",
    ]) {
        return Some(block(
            Vendor::Imunify360,
            format!("Imunify360 page: \"{m}\""),
            None,
            BlockKind::Challenge,
        ));
    }
    if server.contains("imunify360") && page.status != 304 {
        return Some(block(
            Vendor::Imunify360,
            format!("server: {server}"),
            None,
            BlockKind::Challenge,
        ));
    }
    None
}

/// SiteGround's bot check answers 202 (or 200) with a meta refresh to `/.well-known/sgcaptcha/`.
fn siteground(page: &Page<'_>) -> Option<Block> {
    if page.header("sg-captcha") == "challenge" {
        return Some(block(
            Vendor::SiteGround,
            "sg-captcha: challenge",
            None,
            BlockKind::Challenge,
        ));
    }
    if let Some(m) = page.first_of(&[
        "/.well-known/sgcaptcha/",
        "our system thinks you might be a robot",
    ]) {
        return Some(block(
            Vendor::SiteGround,
            format!("SiteGround captcha: \"{m}\""),
            None,
            BlockKind::Challenge,
        ));
    }
    if page.has("access is restricted due to a security rule") && !page.looks_like_json() {
        return Some(block(
            Vendor::SiteGround,
            "SiteGround page: \"access is restricted due to a security rule\"",
            None,
            BlockKind::Blocked,
        ));
    }
    None
}

fn wordfence(page: &Page<'_>) -> Option<Block> {
    if page.status < 400 || page.looks_like_json() {
        return None;
    }
    let m = page.first_of(&[
        "your access to this site has been limited by the site owner",
        "a potentially unsafe operation has been detected in your request to this site",
        "generated by wordfence",
        "wordfence-blocking",
    ])?;
    let kind = if page.has("exceeded the maximum number of") || page.has("rate limit") {
        BlockKind::RateLimited
    } else {
        BlockKind::Blocked
    };
    Some(block(
        Vendor::Wordfence,
        format!("Wordfence page: \"{m}\""),
        None,
        kind,
    ))
}

fn modsecurity(page: &Page<'_>) -> Option<Block> {
    let server = page.header("server");
    if server.contains("mod_security") || server.contains("noyb") {
        if page.status >= 400 {
            return Some(block(
                Vendor::ModSecurity,
                format!("server: {server}"),
                None,
                BlockKind::Blocked,
            ));
        }
        return None;
    }
    if page.status < 400 {
        return None;
    }
    let m = page.first_of(&[
        "this error was generated by mod_security",
        "generated by mod_security",
        "mod_security rules triggered",
        "rules of the mod_security module",
        "protected by mod security",
        "/modsecurity_errorpage/",
    ])?;
    Some(block(
        Vendor::ModSecurity,
        format!("HTTP {} page: \"{m}\"", page.status),
        None,
        BlockKind::Blocked,
    ))
}

/// Akamai's edge denial: `server: AkamaiGHost` with "Access Denied … Reference #18.…".
fn akamai(page: &Page<'_>) -> Option<Block> {
    let ghost = page.header("server").contains("akamaighost");
    let reference = page.id_after("reference #");
    let denial = page.has("access denied") && reference.is_some();
    let edge_error = page.status >= 400 && (denial || page.has("errors.edgesuite.net"));
    if edge_error || (ghost && page.status >= 400 && page.is_html()) {
        let marker = match &reference {
            Some(r) => format!("Akamai \"Access Denied\" page, Reference #{r}"),
            None => "server: AkamaiGHost".to_string(),
        };
        return Some(block(Vendor::Akamai, marker, reference, BlockKind::Blocked));
    }
    None
}

fn imperva(page: &Page<'_>) -> Option<Block> {
    let m = page.first_of(&[
        "incapsula incident id",
        "request unsuccessful. incapsula",
        "_incapsula_resource",
    ])?;
    let incident = page.id_after("incident id");
    // The resource script without an incident id is Imperva's JavaScript check.
    let kind = if incident.is_some() {
        BlockKind::Blocked
    } else {
        BlockKind::Challenge
    };
    Some(block(
        Vendor::Imperva,
        format!("Imperva/Incapsula page: \"{m}\""),
        incident,
        kind,
    ))
}

/// LiteSpeed's own bot check (its stock 403 page is not a block: see `stock.rs`).
fn litespeed_challenge(page: &Page<'_>) -> Option<Block> {
    let m = page.first_of(&["/.lsrecap/", "lsrecaptcha"])?;
    Some(block(
        Vendor::LiteSpeed,
        format!("LiteSpeed reCAPTCHA page: \"{m}\""),
        None,
        BlockKind::Challenge,
    ))
}

/// Security plugins and host firewalls with a known page but no finding id of their own: reported
/// as an unknown firewall, with the product named in the marker.
fn wordpress_security_plugins(page: &Page<'_>) -> Option<Block> {
    if page.looks_like_json() {
        return None;
    }
    const KNOWN: &[(&str, &str, BlockKind)] = &[
        (
            "we're sorry, you are not allowed to proceed",
            "WP Cerber",
            BlockKind::Blocked,
        ),
        (
            "you were blocked by the shield",
            "Shield Security",
            BlockKind::Blocked,
        ),
        (
            "blocked because of malicious activities",
            "MalCare",
            BlockKind::Blocked,
        ),
        ("bpsmessage", "BulletProof Security", BlockKind::Blocked),
        (
            "security check by bitninja",
            "BitNinja",
            BlockKind::Challenge,
        ),
        (
            "visitor anti-robot validation",
            "BitNinja",
            BlockKind::Challenge,
        ),
        (
            "godaddy website firewall",
            "GoDaddy Website Firewall",
            BlockKind::Blocked,
        ),
    ];
    if let Some(value) = page.header_raw("aesecure-code") {
        return Some(block(
            Vendor::Unknown,
            format!("aeSecure: aesecure-code {value}"),
            None,
            BlockKind::Blocked,
        ));
    }
    KNOWN
        .iter()
        .find(|(needle, _, _)| page.has(needle))
        .map(|(needle, product, kind)| {
            block(
                Vendor::Unknown,
                format!("{product} page: \"{needle}\""),
                None,
                *kind,
            )
        })
}
