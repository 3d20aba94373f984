//! `site.unexplained`: no known cause fits, so the finding says so and hands over the facts (what
//! was sent, what came back, what is ruled out) instead of a guess.

use crate::fixes::hosting::SupportMessage;

use super::context::{Ctx, Words};

/// Separates a received line's head (status, server, type) from its body excerpt; the analysis
/// writes it (`analysis::unexplained::BODY_MARK`).
const BODY_MARK: &str = ", body: ";

pub(super) fn words(ctx: &Ctx<'_>) -> Words {
    let d = ctx.d;
    let exchanges = exchange_lines(ctx);
    let mut explanation = format!(
        "{app} could not use the store, and the answers match none of the causes this check knows, so it names none.",
        app = ctx.app(),
    );
    if let (Some(says), Some(url)) = (&d.page_says, &d.page_url) {
        // The server's own page states the reason: lead with it.
        let wants = d
            .page_wants
            .as_deref()
            .map(|w| format!(", and the form that port expects is {w}"))
            .unwrap_or_default();
        explanation.push_str(&format!(
            " The web server's own error page at {url} says: \"{says}\"; the address uses http:// on a port that speaks HTTPS{wants}. \
             A WordPress address (Settings → General) or a redirect rule that writes http:// with that port sends every visitor there."
        ));
    } else if let (Some(sent), Some(got)) = (d.sent.first(), d.received.first()) {
        // The body excerpt stays in the evidence and the message: quoted page text would read as
        // this explanation's own sentences.
        let head = got.split(BODY_MARK).next().unwrap_or(got);
        let others = match d.sent.len() {
            1 => String::new(),
            2 => " (and one more request failed)".to_string(),
            n => format!(" (and {} more requests failed)", n - 1),
        };
        explanation.push_str(&format!(" {sent} got {head}{others}."));
    }
    if !d.ruled_out.is_empty() {
        let shown: Vec<String> = d
            .ruled_out
            .iter()
            .take(4)
            .map(|r| r.trim().trim_end_matches('.').to_string())
            .collect();
        explanation.push_str(&format!(" The answers rule out {}.", shown.join("; ")));
    }
    explanation.push_str(
        " Whoever runs the server can find these requests in its logs and see which rule, plugin or service answered them, \
         so send your host the message below.",
    );
    let attachment = (!d.ruled_out.is_empty()).then(|| {
        let mut text = "What I could rule out:\n".to_string();
        for line in &d.ruled_out {
            text.push_str(&format!("- {}\n", line.trim()));
        }
        text
    });
    let action = if d.page_says.is_some() {
        "Read what the server's own error page says under the technical details, and send your host the message below."
    } else {
        "Send your host the message below: it lists each request and answer, so they can look them up in the server's logs."
    };
    Words {
        title: "Requests to the store fail in a way no known cause explains".to_string(),
        summary: format!(
            "The store answers {}'s requests in a way that none of the causes this check knows explains.",
            ctx.app()
        ),
        action: action.to_string(),
        explanation,
        fixes: vec![SupportMessage {
            recipient: "your host",
            subject: format!("Unexpected answers from {} to API requests", ctx.host()),
            problem: "Requests to the WordPress REST API fail with answers I cannot explain; each line below says what was sent and what came back."
                .to_string(),
            failing: exchanges,
            passing: vec![],
            ask: format!(
                "look these requests up in the server's logs (and in any firewall, proxy or security plugin in front of the site), \
                 tell me which rule or service produced these answers, and let {prefix} and {auth} answer normally",
                prefix = ctx.site.rest_prefix(),
                auth = ctx.site.auth_prefix(),
            ),
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
