//! Signing in. The same list request, signed four ways, proves the cause:
//! - header fails, query string works → the server strips `Authorization`;
//! - OAuth says "Consumer key is invalid." → the key is unknown or revoked (Basic only says
//!   "cannot list resources", since WooCommerce treats an unknown key as no key);
//! - "Consumer secret is invalid." → the secret does not match;
//! - OAuth works only when signed for `http` → WordPress does not know it is reached over HTTPS;
//! - a plain-http store: keys only work with OAuth signatures.
//!
//! Without any credentials, a deliberately wrong Basic login to `wp/v2/users/me` still shows whether
//! the header reaches WordPress ("Unknown username") or is dropped ("not logged in").

use super::evidence::note;
use super::{Diagnosis, Facts};
use crate::details::{Details, RuledOut};
use crate::finding_id::FindingId;
use crate::probes::ProbeId;
use crate::report::Severity;
use crate::wp::WpAnswer;

/// WooCommerce's answer to a request it did not authenticate at all.
fn unauthenticated(f: &Facts, id: ProbeId) -> bool {
    f.ex(id).is_some_and(|e| {
        e.status == 401
            && e.wp_error().is_some_and(|w| {
                matches!(
                    w.code.as_str(),
                    "woocommerce_rest_cannot_view"
                        | "woocommerce_rest_cannot_create"
                        | "rest_not_logged_in"
                )
            })
    })
}

fn message_is(f: &Facts, id: ProbeId, text: &str) -> bool {
    f.wp_message(id).is_some_and(|m| m.contains(text))
}

/// Answers that came from a firewall or maintenance page say nothing about the credentials.
fn reached_wordpress(f: &Facts, id: ProbeId) -> bool {
    f.ex(id)
        .is_some_and(|e| e.wp_error().is_some() || e.status == 200)
        && !f.firewall_blocked(id)
}

pub fn diagnose(f: &Facts) -> Vec<Diagnosis> {
    let mut out = Vec::new();
    let https = f.base.is_https();
    let ev = |ids: &[ProbeId]| f.evidence_of(ids);

    // Credential-free check of the Authorization header.
    let index = f.index();
    let app_passwords_offered = index
        .as_ref()
        .is_some_and(|i| i.app_password_endpoint.is_some());
    // A Basic login that worked is direct proof the header arrives.
    let app_password_worked = f.passed(ProbeId::AuthAppPassword);
    // WordPress core without WooCommerce (seen on a real WordPress 6.1 site) reports a failed Basic
    // login only after it has already treated the request as anonymous: an unknown user, a wrong
    // password and a dropped header all answer `rest_not_logged_in`. WooCommerce authenticates
    // earlier, so with it active an arriving header gets "Unknown username". Without WooCommerce
    // the check only counts when the owner's own application password was refused the same way.
    let wc_active = index.as_ref().is_some_and(|i| i.has_namespace("wc/v3"));
    let app_password_refused =
        f.wp_code(ProbeId::AuthAppPassword).as_deref() == Some("rest_not_logged_in");
    // With keys given, the query-string form is the control: refused as anonymous too, the
    // header alone cannot be what is lost.
    let keys_refused_everywhere = f.ctx.credentials.woo.is_some()
        && unauthenticated(f, ProbeId::AuthQuery)
        && unauthenticated(f, ProbeId::AuthBasic);
    let header_dropped_without_keys = https
        && !keys_refused_everywhere
        && app_passwords_offered
        && !app_password_worked
        && (wc_active || app_password_refused)
        && f.wp_code(ProbeId::AuthHeaderEcho).as_deref() == Some("rest_not_logged_in");

    if f.ctx.credentials.woo.is_some() && https {
        let basic_ok = f.passed(ProbeId::AuthBasic);
        let query_ok = f.passed(ProbeId::AuthQuery);
        let oauth_ok = f.passed(ProbeId::AuthOAuth);
        let oauth_http_ok = f
            .ex(ProbeId::AuthOAuthHttp)
            .is_some_and(|e| e.status == 200);
        let all_reached = [ProbeId::AuthBasic, ProbeId::AuthQuery, ProbeId::AuthOAuth]
            .iter()
            .all(|p| reached_wordpress(f, *p));
        if all_reached && !basic_ok {
            if query_ok && unauthenticated(f, ProbeId::AuthBasic) {
                out.push(Diagnosis::new(
                    FindingId::AuthHeaderStripped,
                    Severity::Error,
                    Details::default(),
                    ev(&[
                        ProbeId::AuthBasic,
                        ProbeId::AuthQuery,
                        ProbeId::AuthHeaderEcho,
                    ]),
                ));
            } else if message_is(f, ProbeId::AuthBasic, "Consumer secret is invalid")
                || message_is(f, ProbeId::AuthQuery, "Consumer secret is invalid")
            {
                out.push(Diagnosis::new(
                    FindingId::AuthSecretInvalid,
                    Severity::Error,
                    Details::default(),
                    ev(&[ProbeId::AuthBasic, ProbeId::AuthQuery]),
                ));
            } else if message_is(f, ProbeId::AuthOAuth, "Consumer key is invalid") {
                out.push(Diagnosis::new(
                    FindingId::AuthKeyInvalid,
                    Severity::Error,
                    Details::default(),
                    ev(&[ProbeId::AuthBasic, ProbeId::AuthOAuth]),
                ));
            } else if !query_ok
                && !oauth_ok
                && oauth_http_ok
                && unauthenticated(f, ProbeId::AuthBasic)
            {
                // A CDN in front (Cloudflare's Flexible SSL…) is the usual cause: name it for the fix.
                let vendor = f
                    .ex(ProbeId::AuthBasic)
                    .and_then(|e| crate::firewall::fronted_by(&e.headers));
                out.push(Diagnosis::new(
                    FindingId::AuthHttpsNotDetected,
                    Severity::Error,
                    Details {
                        vendor,
                        ..Default::default()
                    },
                    ev(&[
                        ProbeId::AuthBasic,
                        ProbeId::AuthQuery,
                        ProbeId::AuthOAuth,
                        ProbeId::AuthOAuthHttp,
                    ]),
                ));
            }
        }
    } else if f.ctx.credentials.woo.is_some() && !https && reached_wordpress(f, ProbeId::AuthOAuth)
    {
        if f.passed(ProbeId::AuthOAuth) {
            let detail = "over plain http WooCommerce ignores keys sent as a header or in the query; only OAuth 1.0a signatures work";
            let mut e = ev(&[ProbeId::AuthOAuth]);
            e.push(note(
                ProbeId::AuthBasic,
                "GET (Basic auth)",
                detail,
                f.redactor,
            ));
            out.push(Diagnosis::new(
                FindingId::AuthHttpsRequired,
                Severity::Warning,
                Details::default(),
                e,
            ));
        } else if message_is(f, ProbeId::AuthOAuth, "Consumer key is invalid") {
            out.push(Diagnosis::new(
                FindingId::AuthKeyInvalid,
                Severity::Error,
                Details::default(),
                ev(&[ProbeId::AuthOAuth]),
            ));
        } else if message_is(f, ProbeId::AuthOAuth, "signature does not match") {
            out.push(Diagnosis::new(
                FindingId::AuthSecretInvalid,
                Severity::Error,
                Details::default(),
                ev(&[ProbeId::AuthOAuth]),
            ));
        }
    }

    if header_dropped_without_keys && !out.iter().any(|d| d.id == FindingId::AuthHeaderStripped) {
        // Without keys the contrast is the index: WordPress offers application passwords on this very
        // HTTPS connection, yet a Basic login is treated as no login at all.
        let mut e = ev(&[ProbeId::AuthHeaderEcho]);
        e.push(note(
            ProbeId::RestIndex,
            "GET /wp-json/",
            "the index offers application passwords, so a Basic header should have been read",
            f.redactor,
        ));
        out.push(Diagnosis::new(
            FindingId::AuthHeaderStripped,
            Severity::Error,
            Details::default(),
            e,
        ));
    }

    if f.ctx.credentials.app_password.is_some()
        && https
        && reached_wordpress(f, ProbeId::AuthAppPassword)
        && !f.passed(ProbeId::AuthAppPassword)
    {
        let code = f.wp_code(ProbeId::AuthAppPassword).unwrap_or_default();
        match code.as_str() {
            "incorrect_password" | "invalid_username" | "invalid_email" => {
                let details = Details {
                    rest_code: Some(code),
                    rest_message: f.wp_message(ProbeId::AuthAppPassword),
                    ..Default::default()
                };
                out.push(Diagnosis::new(
                    FindingId::AuthAppPasswordInvalid,
                    Severity::Error,
                    details,
                    ev(&[ProbeId::AuthAppPassword]),
                ));
            }
            "rest_not_logged_in"
                if !app_passwords_offered
                    && !out.iter().any(|d| d.id == FindingId::AuthHeaderStripped) =>
            {
                out.push(Diagnosis::new(
                    FindingId::AuthHttpsNotDetected,
                    Severity::Error,
                    Details::default(),
                    ev(&[ProbeId::AuthAppPassword, ProbeId::RestIndex]),
                ));
            }
            _ => {}
        }
    }
    out
}

/// The sign-in probes, in the order a finding cites them.
const SIGN_IN_PROBES: [ProbeId; 5] = [
    ProbeId::AuthBasic,
    ProbeId::AuthQuery,
    ProbeId::AuthOAuth,
    ProbeId::AuthOAuthHttp,
    ProbeId::AuthAppPassword,
];

/// Credentials were given, so the store is never called healthy unless one of them signed in.
/// When none did: a sign-in redirected to another address is `http.redirect`; otherwise, when no
/// other error already explains it, `site.unexplained` with what each form was sent and got.
pub fn sign_in_unproven(f: &Facts, found: &[Diagnosis]) -> Option<Diagnosis> {
    if f.ctx.credentials.is_empty() {
        return None;
    }
    let signed_in = [
        ProbeId::AuthBasic,
        ProbeId::AuthQuery,
        ProbeId::AuthOAuth,
        ProbeId::AuthAppPassword,
    ]
    .iter()
    .any(|p| f.ex(*p).is_some_and(crate::probes::auth::authenticated));
    if signed_in {
        return None;
    }
    if let Some(d) = redirected_elsewhere(f) {
        return Some(d);
    }
    if found.iter().any(|d| d.severity == Severity::Error) {
        return None;
    }
    // The http-signed OAuth request is a control that a healthy store refuses: not a sign-in.
    let tried: Vec<ProbeId> = SIGN_IN_PROBES
        .into_iter()
        .filter(|p| *p != ProbeId::AuthOAuthHttp && f.probe(*p).is_some())
        .collect();
    let mut ruled_out = Vec::new();
    let answered: Vec<ProbeId> = tried
        .iter()
        .copied()
        .filter(|p| f.ex(*p).is_some())
        .collect();
    if !answered.is_empty() && !answered.iter().any(|p| f.firewall_blocked(*p)) {
        ruled_out.push(RuledOut::KnownFirewall { seen: true });
    }
    if f.ex(ProbeId::AuthQuery).is_some() && f.ex(ProbeId::AuthBasic).is_some() {
        ruled_out.push(RuledOut::StrippedHeaderAlone);
    }
    if f.ex(ProbeId::AuthOAuth).is_some()
        && !message_is(f, ProbeId::AuthOAuth, "Consumer key is invalid")
    {
        ruled_out.push(RuledOut::RevokedKey {
            message: "Consumer key is invalid".to_string(),
        });
    }
    super::unexplained::diagnosis(f, &tried, ruled_out.clone()).or_else(|| {
        // No sign-in was even sent (each was skipped): still not healthy, and say why each was.
        let evidence: Vec<_> = tried
            .iter()
            .filter_map(|p| {
                f.probe(*p)
                    .map(|r| note(*p, &p.label(), &r.summary, f.redactor))
            })
            .collect();
        (!evidence.is_empty()).then(|| {
            Diagnosis::new(
                FindingId::SiteUnexplained,
                Severity::Error,
                Details {
                    ruled_out,
                    ..Default::default()
                },
                evidence,
            )
        })
    })
}

/// A sign-in request stopped at a redirect to another address (its credentials were not sent on).
fn redirected_elsewhere(f: &Facts) -> Option<Diagnosis> {
    SIGN_IN_PROBES.iter().find_map(|p| {
        let fetched = f.probe(*p)?.fetched()?;
        let crate::http::FetchError::CredentialsNotForwarded(_) = fetched.error.as_ref()? else {
            return None;
        };
        let hop = fetched.last()?;
        let to = hop.location()?;
        let details = Details {
            redirect_from: Some(crate::http::client::redact_url(&hop.url).to_string()),
            redirect_to: Some(crate::http::client::redact_url(&to).to_string()),
            redirect_status: Some(hop.status),
            post_becomes_get: matches!(hop.status, 301..=303),
            redirect_elsewhere: true,
            redirect_over_http: hop.url.scheme() == "http",
            ..Default::default()
        };
        Some(Diagnosis::new(
            FindingId::HttpRedirect,
            Severity::Error,
            details,
            vec![super::evidence::from_exchange(*p, hop, f.redactor)],
        ))
    })
}
