//! `site.url_mismatch`: WordPress's own Site Address (the REST index's `home`, or WooCommerce's
//! status report) is not the address the app uses. WooCommerce builds the approval pages' links from
//! it and signs OAuth 1.0a requests against its host, so an app on another scheme, host, port or
//! folder is sent elsewhere during approval, and its signatures do not match.

use url::Url;

use super::evidence::note;
use super::{Diagnosis, Facts};
use crate::details::{Details, UrlDifference};
use crate::finding_id::FindingId;
use crate::probes::woocommerce_status::StatusReport;
use crate::probes::ProbeId;
use crate::report::{Evidence, Severity};
use crate::wp::WpAnswer;

/// WooCommerce's answer to an OAuth 1.0a signature made for another address.
const SIGNATURE_MISMATCH: &str = "provided signature does not match";

/// Adds `site.url_mismatch`; when WooCommerce's approval page sent the check to the Site Address,
/// the `wc.auth_endpoint` that this produced is withdrawn: the address is the cause.
pub fn apply(f: &Facts, found: &mut Vec<Diagnosis>) {
    let Some(d) = diagnose(f) else { return };
    if d.evidence.iter().any(|e| e.probe == ProbeId::WcAuth.name()) {
        found.retain(|x| x.id != FindingId::WcAuthEndpoint);
    }
    // The same secret signed correctly for the Site Address: the refused signature was the
    // address's doing, not a wrong secret.
    if signed_for_site(f) {
        found.retain(|x| x.id != FindingId::AuthSecretInvalid);
    }
    found.push(d);
}

fn signed_for_site(f: &Facts) -> bool {
    f.ex(ProbeId::AuthOAuthSite)
        .is_some_and(|e| e.status == 200)
}

fn diagnose(f: &Facts) -> Option<Diagnosis> {
    let (home, site_url, evidence) = site_addresses(f)?;
    let home_url = Url::parse(&home).ok()?;
    let app = f.base.as_url();
    // When the API itself redirected to WordPress's address, `http.redirect` already says which
    // address to use.
    let redirected_home = [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .iter()
        .filter_map(|id| f.probe(*id).and_then(|r| r.fetched()))
        .any(|x| x.redirected() && x.last().is_some_and(|e| same_origin(&e.url, &home_url)));
    // The same holds when the home page redirects there.
    let home_redirects = f.home().and_then(|h| h.fetched.first()).is_some_and(|e| {
        e.is_redirect() && e.location().is_some_and(|l| same_origin(&l, &home_url))
    });
    if redirected_home || home_redirects {
        return None;
    }
    let differences = differences(app, &home_url);
    if differences.is_empty() {
        return None;
    }
    let mut evidence = evidence;
    // WooCommerce's approval page sends visitors to its login form at the Site Address.
    let auth_hop = f
        .probe(ProbeId::WcAuth)
        .and_then(|r| r.fetched())
        .and_then(|x| x.first())
        .filter(|e| {
            e.is_redirect()
                && e.location()
                    .is_some_and(|l| same_origin(&l, &home_url) && !same_origin(&l, app))
        });
    if let Some(e) = auth_hop {
        evidence.push(super::evidence::from_exchange(
            ProbeId::WcAuth,
            e,
            f.redactor,
        ));
    }
    // WooCommerce signs against the Site Address's host: a signature for the app's address that
    // fails while the same key works otherwise proves the mismatch breaks signed requests.
    let host_differs = home_url.host_str() != app.host_str()
        || home_url.port_or_known_default() != app.port_or_known_default();
    let key_works = f.passed(ProbeId::AuthBasic) || f.passed(ProbeId::AuthQuery);
    let signature_refused = f
        .wp_message(ProbeId::AuthOAuth)
        .is_some_and(|m| m.contains(SIGNATURE_MISMATCH));
    let proven_break = host_differs && signature_refused && (key_works || signed_for_site(f));
    if proven_break {
        evidence.extend(
            f.evidence_of(&[ProbeId::AuthBasic, ProbeId::AuthQuery])
                .into_iter()
                .filter(|e| e.status == Some(200))
                .take(1),
        );
        evidence.extend(f.evidence(ProbeId::AuthOAuth));
        if signed_for_site(f) {
            evidence.extend(f.evidence(ProbeId::AuthOAuthSite));
        }
    }
    let details = Details {
        site_home: Some(home),
        site_url,
        app_address: Some(f.base.as_str().to_string()),
        url_differences: differences,
        ..Default::default()
    };
    Some(Diagnosis::new(
        FindingId::SiteUrlMismatch,
        if proven_break {
            Severity::Error
        } else {
            Severity::Warning
        },
        details,
        evidence,
    ))
}

/// WordPress's Site Address and WordPress Address, and where they were read.
fn site_addresses(f: &Facts) -> Option<(String, Option<String>, Vec<Evidence>)> {
    let from_index = [ProbeId::RestIndex, ProbeId::RestIndexQuery]
        .into_iter()
        .find_map(|id| {
            let e = f.ex(id).filter(|e| e.status == 200)?;
            let index = e.rest_index()?;
            (!index.home.is_empty()).then_some((id, e.request_line(), index))
        });
    if let Some((id, request, index)) = from_index {
        let detail = format!("home: {}, url: {}", index.home, index.url);
        let url = (!index.url.is_empty()).then(|| index.url.clone());
        return Some((
            index.home,
            url,
            vec![note(id, &request, &detail, f.redactor)],
        ));
    }
    let e = f.ex(ProbeId::WcSystemStatus)?;
    let report = StatusReport::from_exchange(e)?;
    let home = report.home_url.filter(|h| !h.is_empty())?;
    let detail = format!(
        "environment.home_url: {home}, site_url: {}",
        report.site_url.as_deref().unwrap_or("?")
    );
    Some((
        home,
        report.site_url,
        vec![note(
            ProbeId::WcSystemStatus,
            &e.request_line(),
            &detail,
            f.redactor,
        )],
    ))
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str().map(str::to_ascii_lowercase) == b.host_str().map(str::to_ascii_lowercase)
        && a.port_or_known_default() == b.port_or_known_default()
}

/// How the Site Address differs from the app's address.
pub fn differences(app: &Url, home: &Url) -> Vec<UrlDifference> {
    let mut out = Vec::new();
    if app.scheme() != home.scheme() {
        out.push(UrlDifference::Scheme {
            wordpress: home.scheme().to_string(),
            app: app.scheme().to_string(),
        });
    }
    let (a, h) = (
        app.host_str().unwrap_or("").to_ascii_lowercase(),
        home.host_str().unwrap_or("").to_ascii_lowercase(),
    );
    if a != h {
        let www = a.strip_prefix("www.") == Some(h.as_str())
            || h.strip_prefix("www.") == Some(a.as_str());
        if www {
            out.push(UrlDifference::Www {
                wordpress: h,
                app: a,
            });
        } else {
            out.push(UrlDifference::Domain {
                wordpress: h,
                app: a,
            });
        }
    } else if app.port_or_known_default() != home.port_or_known_default()
        && app.scheme() == home.scheme()
    {
        out.push(UrlDifference::Port {
            wordpress: home.port_or_known_default().unwrap_or(0),
            app: app.port_or_known_default().unwrap_or(0),
        });
    }
    let (ap, hp) = (app.path().trim_matches('/'), home.path().trim_matches('/'));
    if ap != hp {
        let show = |p: &str| {
            if p.is_empty() {
                "/".to_string()
            } else {
                format!("/{p}/")
            }
        };
        out.push(UrlDifference::Folder {
            wordpress: show(hp),
            app: show(ap),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn same_address_in_other_spelling_is_no_difference() {
        assert!(differences(&u("https://Shop.Example/"), &u("https://shop.example")).is_empty());
        assert!(differences(
            &u("https://shop.example:443/shop/"),
            &u("https://shop.example/shop")
        )
        .is_empty());
    }

    #[test]
    fn names_each_difference() {
        let d = |w: &str, a: &str| (w.to_string(), a.to_string());
        let (w, a) = d("http", "https");
        let (wh, ah) = d("www.shop.example", "shop.example");
        assert_eq!(
            differences(&u("https://shop.example/"), &u("http://www.shop.example")),
            vec![
                UrlDifference::Scheme {
                    wordpress: w,
                    app: a
                },
                UrlDifference::Www {
                    wordpress: wh,
                    app: ah
                },
            ]
        );
        let (wd, ad) = d("new.example", "old.example");
        let (wf, af) = d("/store/", "/");
        assert_eq!(
            differences(&u("https://old.example/"), &u("https://new.example/store")),
            vec![
                UrlDifference::Domain {
                    wordpress: wd,
                    app: ad
                },
                UrlDifference::Folder {
                    wordpress: wf,
                    app: af
                },
            ]
        );
        assert_eq!(
            differences(&u("https://127.0.0.1:8443/"), &u("https://127.0.0.1:9443")),
            vec![UrlDifference::Port {
                wordpress: 9443,
                app: 8443
            }]
        );
    }
}
