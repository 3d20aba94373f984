//! `site.unexplained`: no known cause fits, so the finding says so and hands over the facts (what
//! was sent, what came back, what is ruled out) instead of a guess.

use crate::fixes::hosting::SupportMessage;

use super::context::{Ctx, Words};
use handshake_l10n::t;

/// Separates a received line's head (status, server, type) from its body excerpt; the analysis
/// writes it (`analysis::unexplained::BODY_MARK`).
const BODY_MARK: &str = ", body: ";

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
        let head = got.split(BODY_MARK).next().unwrap_or(got);
        let exchange = t!(lang, "unexplained-exchange",
            "sent" => sent.as_str(), "answer" => head, "others" => d.sent.len().saturating_sub(1));
        explanation.push_str(&format!(" {exchange}"));
    }
    if !d.ruled_out.is_empty() {
        let shown: Vec<String> = d
            .ruled_out
            .iter()
            .take(4)
            .map(|r| r.trim().trim_end_matches('.').to_string())
            .collect();
        let ruled_out = t!(lang, "unexplained-ruled-out", "causes" => shown.join("; "));
        explanation.push_str(&format!(" {ruled_out}"));
    }
    explanation.push_str(&format!(" {}", t!(lang, "unexplained-explanation-logs")));
    let attachment = (!d.ruled_out.is_empty()).then(|| {
        let mut text = format!("{}\n", t!(lang, "unexplained-support-ruled-out"));
        for line in &d.ruled_out {
            text.push_str(&format!("- {}\n", line.trim()));
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
            .map(|(i, sent)| match d.received.get(i) {
                Some(got) => format!("{} → {got}", ctx.absolute(sent)),
                None => ctx.absolute(sent),
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
