//! What every handler needs: the running app (scenario, database, options) and the request.

use std::sync::atomic::{AtomicU16, Ordering};
use std::time::Duration;

use crate::request::Req;
use crate::scenario::{Permalinks, Scenario, Site, SiteAddress};
use crate::state::Store;

pub(crate) struct App {
    pub scenario: Scenario,
    pub store: Store,
    pub auto_approve: bool,
    /// PEM the store trusts for its outgoing callback POST (`--ca-cert`).
    pub ca_cert: Option<Vec<u8>>,
    pub latency: Duration,
    /// The address the app's servers call from (firewall scenarios that block by address).
    pub app_servers: std::net::IpAddr,
    /// Port of the TLS listener that http-redirect-https redirects to (0 until bound).
    pub tls_port: AtomicU16,
    /// silent-cache: stored answers by request target.
    pub page_cache: crate::response::ResponseCache,
}

impl App {
    pub(crate) fn tls_port(&self) -> u16 {
        self.tls_port.load(Ordering::Relaxed)
    }
}

pub(crate) struct Ctx<'a> {
    pub app: &'a App,
    pub req: &'a Req,
}

impl<'a> Ctx<'a> {
    pub(crate) fn site(&self) -> Site {
        self.app.scenario.site
    }

    /// WordPress's `is_ssl()`: the connection is TLS and the server told PHP so.
    pub(crate) fn is_ssl(&self) -> bool {
        self.req.tls && !self.app.scenario.site.ssl_hidden
    }

    /// WordPress's Site Address (the `home` option): the address the request came to, except in
    /// site-url-mismatch, where it is set to localhost on the same port.
    pub(crate) fn home(&self) -> String {
        match self.app.scenario.site.site_address {
            SiteAddress::Localhost => {
                format!("{}://localhost:{}", self.req.scheme(), self.req.port)
            }
            SiteAddress::Requested => self.req.home(),
        }
    }

    /// The server's clock (PHP's `time()`), which clock-skew sets wrong.
    pub(crate) fn now(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::now_utc()
            + time::Duration::seconds(self.app.scenario.site.clock_offset_secs)
    }

    /// `get_rest_url()` for `path` (which starts with `/`).
    pub(crate) fn rest_url(&self, path: &str) -> String {
        match self.app.scenario.site.permalinks {
            Permalinks::Plain => format!("{}/index.php?rest_route={}", self.home(), path),
            _ => format!("{}/wp-json{}", self.home(), path),
        }
    }

    /// The API root advertised in `Link` headers and the index.
    pub(crate) fn rest_root(&self) -> String {
        self.rest_url("/")
    }
}
