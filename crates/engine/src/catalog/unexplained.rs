//! `site.unexplained`: no known cause fits, so the finding says so and hands over the facts (what
//! was sent, what came back, what is ruled out) instead of a guess.

use crate::details::{Received, RuledOut, Sent, SignIn};
use crate::fixes::hosting::SupportMessage;

use super::context::{Ctx, Words};
use handshake_l10n::{t, Lang};

/// "GET /wp-json/wc/v3/orders, with the API key in the Authorization header"; `request` as the
/// caller shows it (made absolute for the support message).
fn sent_line(lang: Lang, request: &str, with: SignIn) -> String {
    let id = match with {
        SignIn::KeyInHeader => "unexplained-sent-key-header",
        SignIn::KeyInQuery => "unexplained-sent-key-query",
        SignIn::OAuth => "unexplained-sent-oauth",
        SignIn::AppPassword => "unexplained-sent-app-password",
        SignIn::WrongBasic => "unexplained-sent-wrong-basic",
        SignIn::SignedIn => "unexplained-sent-signed-in",
        SignIn::Anonymous => "unexplained-sent-anonymous",
    };
    t!(lang, id, "request" => request)
}

/// "HTTP 403 (server: nginx, content type: text/html)", with ", empty body" when it was empty:
/// what a sentence quotes (the body excerpt stays in the message and the evidence).
fn received_head(lang: Lang, r: &Received) -> String {
    match r {
        Received::Answer {
            status,
            server,
            content_type,
            body,
        } => {
            let status = status.to_string();
            let head = match (server, content_type) {
                (Some(s), Some(c)) => t!(lang, "unexplained-got-server-type",
                    "status" => status, "server" => s.as_str(), "type" => c.as_str()),
                (Some(s), None) => t!(lang, "unexplained-got-server",
                    "status" => status, "server" => s.as_str()),
                (None, Some(c)) => t!(lang, "unexplained-got-type",
                    "status" => status, "type" => c.as_str()),
                (None, None) => t!(lang, "unexplained-got-status", "status" => status),
            };
            match body {
                Some(_) => head,
                None => t!(lang, "unexplained-got-empty", "head" => head),
            }
        }
        Received::Nothing { error } => {
            t!(lang, "unexplained-got-nothing", "error" => error.as_str())
        }
    }
}

/// The whole received line, with the body excerpt.
fn received_line(lang: Lang, r: &Received) -> String {
    let head = received_head(lang, r);
    match r {
        Received::Answer {
            body: Some(body), ..
        } => t!(lang, "unexplained-got-body", "head" => head, "body" => body.as_str()),
        _ => head,
    }
}

/// "a known firewall: none of their block pages or headers came back".
fn ruled_out_line(lang: Lang, r: &RuledOut) -> String {
    match r {
        RuledOut::KnownFirewall { seen: false } => t!(lang, "unexplained-not-firewall"),
        RuledOut::KnownFirewall { seen: true } => t!(lang, "unexplained-not-firewall-seen"),
        RuledOut::PluginRefusing => t!(lang, "unexplained-not-plugin"),
        RuledOut::ServerRule => t!(lang, "unexplained-not-server-rule"),
        RuledOut::ApiBlockedOutright { works } => {
            t!(lang, "unexplained-not-api-blocked", "works" => works.as_str())
        }
        RuledOut::StrippedHeaderAlone => t!(lang, "unexplained-not-stripped-header"),
        RuledOut::RevokedKey { message } => {
            t!(lang, "unexplained-not-revoked-key", "message" => message.as_str())
        }
        RuledOut::RestSwitchedOff => t!(lang, "unexplained-not-rest-off"),
        RuledOut::ServerRuleWpJson => t!(lang, "unexplained-not-server-rule-wp-json"),
        RuledOut::NoWordPress => t!(lang, "unexplained-not-no-wordpress"),
        RuledOut::MissingWordPress { url } => {
            t!(lang, "unexplained-not-missing-wordpress", "url" => url.as_str())
        }
    }
}

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let d = ctx.d;
    let exchanges = exchange_lines(ctx);
    let lang = ctx.lang;
    let mut explanation = t!(lang, "unexplained-explanation", "app" => ctx.app());
    if let (Some(says), Some(url)) = (&d.page_says, &d.page_url) {
        // The server's own page states the reason: lead with it.
        let page = match d.page_wants.as_deref() {
            Some(w) => t!(lang, "unexplained-error-page-wants",
                "url" => url.as_str(), "says" => says.as_str(), "wants" => w),
            None => {
                t!(lang, "unexplained-error-page", "url" => url.as_str(), "says" => says.as_str())
            }
        };
        explanation.push_str(&format!(" {page}"));
    } else if let (Some(sent), Some(got)) = (d.sent.first(), d.received.first()) {
        // The body excerpt stays in the evidence and the message: quoted page text would read as
        // this explanation's own sentences.
        let exchange = t!(lang, "unexplained-exchange",
            "sent" => sent_line(lang, &sent.request, sent.with),
            "answer" => received_head(lang, got), "others" => d.sent.len().saturating_sub(1));
        explanation.push_str(&format!(" {exchange}"));
    }
    if !d.ruled_out.is_empty() {
        let shown: Vec<String> = d
            .ruled_out
            .iter()
            .take(4)
            .map(|r| ruled_out_line(lang, r))
            .collect();
        let ruled_out = t!(lang, "unexplained-ruled-out", "causes" => shown.join("; "));
        explanation.push_str(&format!(" {ruled_out}"));
    }
    explanation.push_str(&format!(" {}", t!(lang, "unexplained-explanation-logs")));
    let attachment = (!d.ruled_out.is_empty()).then(|| {
        let mut text = format!("{}\n", t!(lang, "unexplained-support-ruled-out"));
        for r in &d.ruled_out {
            text.push_str(&format!("- {}\n", ruled_out_line(lang, r)));
        }
        text
    });
    let action = if d.page_says.is_some() {
        t!(lang, "unexplained-action-error-page")
    } else {
        t!(lang, "unexplained-action")
    };
    let recipient = t!(lang, "unexplained-support-recipient");
    Words {
        title: t!(lang, "unexplained-title"),
        summary: t!(lang, "unexplained-summary", "app" => ctx.app()),
        action,
        explanation,
        fixes: vec![SupportMessage {
            recipient: &recipient,
            subject: t!(lang, "unexplained-support-subject", "host" => ctx.host()),
            problem: t!(lang, "unexplained-support-problem"),
            failing: exchanges,
            passing: vec![],
            ask: t!(lang, "unexplained-support-ask",
                "prefix" => ctx.site.rest_prefix(), "auth" => ctx.site.auth_prefix()),
            attachment,
            mention_addresses: true,
        }
        .into_fix(&ctx.site)],
    }
}

/// "GET /wp-json/wc/v3/orders, with the API key in the Authorization header → HTTP 418 (…)…",
/// from the analysis' lines, or from the evidence when it gave none.
fn exchange_lines(ctx: &Ctx<'_>) -> Vec<String> {
    let d = ctx.d;
    if !d.sent.is_empty() {
        return d
            .sent
            .iter()
            .enumerate()
            .map(|(i, Sent { request, with })| {
                let sent = sent_line(ctx.lang, &ctx.absolute(request), *with);
                match d.received.get(i) {
                    Some(got) => format!("{sent} → {}", received_line(ctx.lang, got)),
                    None => sent,
                }
            })
            .collect();
    }
    ctx.evidence
        .iter()
        .map(|e| match e.status {
            Some(s) => format!("{} → HTTP {s}: {}", ctx.absolute(&e.request), e.detail),
            None => format!("{} → {}", ctx.absolute(&e.request), e.detail),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_as_before_in_english() {
        let en = Lang::En;
        assert_eq!(
            sent_line(en, "GET /wp-json/wc/v3/orders", SignIn::KeyInHeader),
            "GET /wp-json/wc/v3/orders, with the API key in the Authorization header"
        );
        assert_eq!(
            sent_line(en, "GET /wp-json/", SignIn::Anonymous),
            "GET /wp-json/, without credentials"
        );
        let got = |server: Option<&str>, ct: Option<&str>, body: Option<&str>| Received::Answer {
            status: 403,
            server: server.map(String::from),
            content_type: ct.map(String::from),
            body: body.map(String::from),
        };
        assert_eq!(
            received_line(
                en,
                &got(Some("nginx"), Some("application/json"), Some("{}"))
            ),
            "HTTP 403 (server: nginx, content type: application/json), body: {}"
        );
        assert_eq!(
            received_head(
                en,
                &got(Some("nginx"), Some("application/json"), Some("{}"))
            ),
            "HTTP 403 (server: nginx, content type: application/json)"
        );
        assert_eq!(
            received_line(en, &got(None, None, None)),
            "HTTP 403, empty body"
        );
        assert_eq!(
            received_line(en, &got(Some("Apache"), None, None)),
            "HTTP 403 (server: Apache), empty body"
        );
        assert_eq!(
            received_line(
                en,
                &Received::Nothing {
                    error: "connection reset".into()
                }
            ),
            "no answer: connection reset"
        );
        assert_eq!(
            ruled_out_line(en, &RuledOut::KnownFirewall { seen: true }),
            "a known firewall: none of their block pages or headers was seen"
        );
        assert_eq!(
            ruled_out_line(
                en,
                &RuledOut::RevokedKey {
                    message: "Consumer key is invalid".into()
                }
            ),
            "an unknown or revoked key: the signed request did not get WooCommerce's \"Consumer key is invalid\""
        );
        assert_eq!(
            ruled_out_line(
                en,
                &RuledOut::ApiBlockedOutright {
                    works: "GET /wp-json/".into()
                }
            ),
            "an API that is blocked outright: GET /wp-json/ works"
        );
    }
}
