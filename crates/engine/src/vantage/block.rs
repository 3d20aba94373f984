//! Who refused a probe's request, recorded on its probe record so the contrast between vantages
//! reads it from records alone (the relay sends records, not exchanges).

use crate::details::ServerKind;
use crate::firewall::{self, Vendor};
use crate::http::Exchange;
use crate::report::BlockSeen;

/// `by` for the web server's own error page (an address or `.htaccess` deny looks like this).
pub const SERVER_PAGE: &str = "server";

pub fn vendor_id(v: Vendor) -> &'static str {
    match v {
        Vendor::Cloudflare => "cloudflare",
        Vendor::Sucuri => "sucuri",
        Vendor::Wordfence => "wordfence",
        Vendor::ModSecurity => "modsecurity",
        Vendor::Imunify360 => "imunify360",
        Vendor::SiteGround => "siteground",
        Vendor::Akamai => "akamai",
        Vendor::LiteSpeed => "litespeed",
        Vendor::Imperva => "imperva",
        Vendor::Unknown => "unknown",
    }
}

pub fn vendor_of(id: &str) -> Option<Vendor> {
    [
        Vendor::Cloudflare,
        Vendor::Sucuri,
        Vendor::Wordfence,
        Vendor::ModSecurity,
        Vendor::Imunify360,
        Vendor::SiteGround,
        Vendor::Akamai,
        Vendor::LiteSpeed,
        Vendor::Imperva,
        Vendor::Unknown,
    ]
    .into_iter()
    .find(|v| vendor_id(*v) == id)
}

/// The firewall page, or the web server's own error page, that answered instead of WordPress.
pub fn seen(e: &Exchange) -> Option<BlockSeen> {
    if let Some(block) = firewall::classify(&e.view()) {
        return Some(BlockSeen {
            by: vendor_id(block.vendor).to_string(),
            marker: crate::http::exchange::shorten(&block.marker, 120),
            incident_id: block
                .incident_id
                .map(|id| crate::http::exchange::shorten(&id, 80)),
        });
    }
    if e.status < 400 {
        return None;
    }
    firewall::stock_page(&e.view()).map(|page| BlockSeen {
        by: SERVER_PAGE.to_string(),
        marker: format!("{} own {} page", server_name(page.server), page.status),
        incident_id: None,
    })
}

fn server_name(kind: ServerKind) -> &'static str {
    match kind {
        ServerKind::Apache => "Apache's",
        ServerKind::Nginx => "nginx's",
        ServerKind::LiteSpeed => "LiteSpeed's",
        ServerKind::Unknown => "the web server's",
    }
}
