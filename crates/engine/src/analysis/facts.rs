//! The evidence, indexed the way the rules ask for it.

use crate::credentials::Redactor;
use crate::details::{CredentialKind, ServerKind};
use crate::firewall;
use crate::http::Exchange;
use crate::probes::result::HomeData;
use crate::probes::{Context, ProbeData, ProbeId, ProbeResult, Results};
use crate::report::{Evidence, Outcome};
use crate::store_url::StoreUrl;
use crate::wp::RestIndex;
use crate::wp::WpAnswer;

pub struct Facts<'a> {
    pub ctx: &'a Context,
    pub results: &'a Results,
    pub redactor: &'a Redactor,
    pub base: StoreUrl,
    pub server: ServerKind,
    pub credential_kind: CredentialKind,
}

impl<'a> Facts<'a> {
    pub fn gather(ctx: &'a Context, results: &'a Results, redactor: &'a Redactor) -> Facts<'a> {
        let base = results
            .home()
            .map(|h| h.base.clone())
            .unwrap_or_else(|| ctx.store.clone());
        let server = [ProbeId::RestIndex, ProbeId::Home, ProbeId::RestIndexQuery]
            .iter()
            .filter_map(|id| results.exchange(*id))
            .map(|e| firewall::server_kind(&e.headers))
            .find(|k| *k != ServerKind::Unknown)
            .unwrap_or_default();
        let credential_kind = if ctx.credentials.woo.is_some() {
            CredentialKind::WooCommerceKeys
        } else if ctx.credentials.app_password.is_some() {
            CredentialKind::ApplicationPassword
        } else {
            CredentialKind::None
        };
        Facts {
            ctx,
            results,
            redactor,
            base,
            server,
            credential_kind,
        }
    }

    pub fn home(&self) -> Option<&HomeData> {
        self.results.home()
    }

    /// The store answered HTTP at all.
    pub fn reached(&self) -> bool {
        self.home().is_some_and(|h| !h.fetched.hops.is_empty())
    }

    pub fn probe(&self, id: ProbeId) -> Option<&ProbeResult> {
        self.results.get(id)
    }

    pub fn passed(&self, id: ProbeId) -> bool {
        self.probe(id).is_some_and(|r| r.outcome == Outcome::Pass)
    }

    pub fn ex(&self, id: ProbeId) -> Option<&Exchange> {
        self.results.exchange(id)
    }

    /// Every exchange of every probe (all redirect hops), with its probe.
    pub fn all_exchanges(&self) -> Vec<(ProbeId, &Exchange)> {
        let mut out: Vec<(ProbeId, &Exchange)> = Vec::new();
        let mut results: Vec<&ProbeResult> = self.results.all().collect();
        results.sort_by_key(|r| r.id);
        for r in results {
            if let Some(f) = r.fetched() {
                out.extend(f.hops.iter().map(|e| (r.id, e)));
            }
        }
        out
    }

    pub fn evidence(&self, id: ProbeId) -> Option<Evidence> {
        self.ex(id)
            .map(|e| super::evidence::from_exchange(id, e, self.redactor))
    }

    pub fn evidence_of(&self, ids: &[ProbeId]) -> Vec<Evidence> {
        ids.iter().filter_map(|id| self.evidence(*id)).collect()
    }

    /// The REST index, from whichever route worked.
    pub fn index(&self) -> Option<RestIndex> {
        [ProbeId::RestIndex, ProbeId::RestIndexQuery]
            .iter()
            .filter_map(|id| self.ex(*id))
            .filter(|e| e.status == 200)
            .find_map(|e| e.rest_index())
    }

    pub fn wp_code(&self, id: ProbeId) -> Option<String> {
        self.ex(id).and_then(|e| e.wp_error()).map(|w| w.code)
    }

    pub fn wp_message(&self, id: ProbeId) -> Option<String> {
        self.ex(id).and_then(|e| e.wp_error()).map(|w| w.message)
    }

    /// A firewall block page (any vendor) answered this probe.
    pub fn firewall_blocked(&self, id: ProbeId) -> bool {
        self.ex(id)
            .is_some_and(|e| firewall::classify(&e.view()).is_some())
    }

    /// Answered by something other than WordPress and not a known firewall: a server's own 403/405/406
    /// page (an `.htaccess` or nginx rule, an IP deny, ModSecurity behind Apache). Not an HTTP
    /// password, a 5xx, a loop or a timeout (see [`Facts::explained`]), and not a JSON answer from
    /// a gateway nobody can name.
    pub fn plain_block(&self, id: ProbeId) -> bool {
        !self.explained(id)
            && self.ex(id).is_some_and(|e| {
                matches!(e.status, 403 | 405 | 406)
                    && e.wp_error().is_none()
                    && e.json().is_none()
                    && firewall::classify(&e.view()).is_none()
            })
    }

    /// The server's own stock error page (Apache, nginx, LiteSpeed) answered this probe.
    pub fn stock_page(&self, id: ProbeId) -> bool {
        self.ex(id)
            .is_some_and(|e| firewall::stock_page(&e.view()).is_some())
    }

    /// This probe's failure is one of HTTP's own (a password, a loop, a 5xx, no answer in time, an
    /// oversized answer): it proves nothing about blocks, firewalls or credentials.
    pub fn explained(&self, id: ProbeId) -> bool {
        self.probe(id)
            .and_then(|r| r.fetched())
            .and_then(super::failures::classify)
            .is_some()
    }

    pub fn data(&self, id: ProbeId) -> Option<&ProbeData> {
        self.probe(id).map(|r| &r.data)
    }
}
