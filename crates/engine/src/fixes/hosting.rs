//! Ready-to-send support messages: polite, naming the store, the exact failing requests with their
//! status, and what to change. The owner pastes them into a ticket as they are.

use crate::report::{Fix, FixKind};
use handshake_l10n::t;

use super::{fix, Site};

/// What one message says. `failing`/`passing` are finished lines (`GET https://…/wp-json/ → HTTP 403`).
pub struct SupportMessage<'a> {
    /// Who receives it, for the fix title ("Message to send to …"), in the site's language: "your
    /// host", "SiteGround support"…
    pub recipient: &'a str,
    pub subject: String,
    /// One or two sentences: what goes wrong, in the host's terms.
    pub problem: String,
    pub failing: Vec<String>,
    pub passing: Vec<String>,
    /// What to change, as the end of "Could you please …" (in German the infinitive clause of
    /// "Könnten Sie bitte …", in Spanish the infinitive after "¿Podrían por favor …").
    pub ask: String,
    /// Extra lines to include verbatim (a rule to install, a setting), after the request.
    pub attachment: Option<String>,
    /// Name the app's addresses (for allowlisting).
    pub mention_addresses: bool,
}

impl SupportMessage<'_> {
    /// A message to the store's host (or whoever runs the named service).
    pub fn into_fix(self, site: &Site<'_>) -> Fix {
        self.into_fix_of_kind(FixKind::HostingSupport, site)
    }

    /// The same message for someone who is not the host (the app's own support).
    pub fn into_fix_of_kind(self, kind: FixKind, site: &Site<'_>) -> Fix {
        let lang = site.lang;
        let mut text = format!(
            "{subject}\n\n{greeting}\n\n{opening} {problem}\n",
            subject = t!(lang, "hosting-support-subject", "subject" => self.subject.as_str()),
            greeting = t!(lang, "hosting-support-greeting"),
            opening = t!(lang, "hosting-support-opening", "url" => site.url(), "app" => site.app()),
            problem = self.problem.trim(),
        );
        if !self.failing.is_empty() {
            text.push_str(&format!("\n{}\n", t!(lang, "hosting-support-failing")));
            for line in &self.failing {
                text.push_str(&format!("- {line}\n"));
            }
        }
        if !self.passing.is_empty() {
            text.push_str(&format!("\n{}\n", t!(lang, "hosting-support-passing")));
            for line in &self.passing {
                text.push_str(&format!("- {line}\n"));
            }
        }
        let ask = self.ask.trim().trim_end_matches(['.', '?']);
        text.push_str(&format!(
            "\n{}\n",
            t!(lang, "hosting-support-ask", "ask" => ask)
        ));
        if let Some(attachment) = &self.attachment {
            text.push_str(&format!("\n{}\n", attachment.trim_end()));
        }
        if self.mention_addresses && site.has_ips() {
            text.push_str(&format!(
                "\n{}\n",
                t!(lang, "hosting-support-addresses", "app" => site.app(), "addresses" => site.ip_list())
            ));
        }
        text.push_str(&format!("\n{}\n", t!(lang, "hosting-support-thanks")));
        let title = t!(lang, "hosting-support-title", "recipient" => self.recipient);
        fix(kind, title, text)
    }
}
