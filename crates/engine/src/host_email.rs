//! A message for the store's host: one e-mail (subject and body) built from a report, written for a
//! support engineer who has never seen Handshake — what fails, the requests that prove it, and the
//! exact change to make. Shared by the CLI (`handshake doctor --host-email`) and the wizard.
//!
//! The words are one function of (report, language): the messages `email-*` (email.ftl) in the
//! owner's language, then the English text below any other language, so the host can always read
//! it. Every line is scrubbed for secrets twice: the credentials' own [`Redactor`] (when the caller
//! has one) and [`scrub_secret_shapes`], which removes anything shaped like a WooCommerce key, a
//! WordPress application password or a Basic header, whoever produced the report.

use handshake_l10n::{t, Lang};

use crate::credentials::{Redactor, REDACTED};
use crate::report::{Finding, FixKind, Report, Severity, Verdict};

/// The name callers used before every language went through [`Lang`]: English. New code passes a
/// [`Lang`]; every function here takes either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
}

impl Language {
    /// `en`, `en-GB`… Unknown tags fall back to English.
    pub fn from_tag(tag: &str) -> Language {
        let _ = tag;
        Language::English
    }
}

impl From<Language> for Lang {
    fn from(_: Language) -> Lang {
        Lang::En
    }
}

/// A ready e-mail. `body` has no secret in it; `mailto` is `None` when the full text would not fit
/// in a mail link (see [`MAILTO_LIMIT`]): the caller copies the body instead.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HostEmail {
    pub subject: String,
    pub body: String,
}

/// The longest `mailto:` link handed to the system. Windows' ShellExecute and Outlook stop at about
/// 2,048 characters and some mail programs cut earlier; 2,000 keeps every common one whole.
pub const MAILTO_LIMIT: usize = 2000;

/// At most this many findings and evidence lines per finding: the attached report has the rest.
const MAX_FINDINGS: usize = 5;
const MAX_EVIDENCE: usize = 6;

fn severity(lang: Lang, s: Severity) -> String {
    let id = match s {
        Severity::Error => "email-severity-error",
        Severity::Warning => "email-severity-warning",
        Severity::Info => "email-severity-info",
    };
    t!(lang, id)
}

/// The findings a host can act on, most serious first: errors, then warnings.
fn actionable(report: &Report) -> Vec<&Finding> {
    let mut out: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .collect();
    out.sort_by_key(|f| f.severity);
    out
}

fn host_of(report: &Report) -> String {
    url::Url::parse(&report.store_url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_string(),
            })
        })
        .unwrap_or_else(|| report.store_url.clone())
}

/// The subject line in one language.
pub fn subject_in(report: &Report, lang: impl Into<Lang>) -> String {
    let lang = lang.into();
    let host = host_of(report);
    let found = actionable(report);
    let subject = match found.first() {
        Some(first) => t!(
            lang,
            "email-subject-problem",
            "host" => host.as_str(),
            "title" => first.title.as_str(),
            "more" => found.len() - 1
        ),
        None => t!(lang, "email-subject-healthy", "host" => host.as_str()),
    };
    crate::safe_text::line(&subject).into_owned()
}

/// A hosting-support fix is itself a message to the host: inside this e-mail only its middle
/// (the problem, the requests and the ask) is kept, without its own subject, greeting and thanks
/// (as the fix wrote them: in the report's language).
fn support_message_core(text: &str, lang: Lang) -> String {
    let subject = t!(lang, "hosting-support-subject", "subject" => "");
    let subject = subject.trim();
    let greeting = t!(lang, "hosting-support-greeting");
    let thanks = t!(lang, "hosting-support-thanks");
    text.lines()
        .filter(|l| {
            let t = l.trim();
            !(t.starts_with("Subject:")
                || t == "Hello,"
                || t == "Thank you!"
                || (!subject.is_empty() && t.starts_with(subject))
                || t == greeting
                || t == thanks)
        })
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

fn finding_section(out: &mut String, n: usize, f: &Finding, lang: Lang, fix_lang: Lang) {
    out.push_str(&format!(
        "{n}. {} [{}, {}]\n\n",
        f.title,
        f.id.as_str(),
        severity(lang, f.severity)
    ));
    out.push_str(f.explanation.trim());
    out.push_str("\n\n");
    if !f.evidence.is_empty() {
        out.push_str(&t!(lang, "email-seen"));
        out.push('\n');
        for e in f.evidence.iter().take(MAX_EVIDENCE) {
            let status = e.status.map(|s| format!(" → HTTP {s}")).unwrap_or_default();
            out.push_str(&format!("- {}{status}: {}\n", e.request, e.detail));
        }
        if f.evidence.len() > MAX_EVIDENCE {
            let more = f.evidence.len() - MAX_EVIDENCE;
            out.push_str("- ");
            out.push_str(&t!(lang, "email-more-evidence", "count" => more));
            out.push('\n');
        }
        out.push('\n');
    }
    let server_fixes: Vec<_> = f
        .fixes
        .iter()
        .filter(|x| x.kind != FixKind::HostingSupport)
        .collect();
    if server_fixes.is_empty() {
        // Only a message to the host was written for this cause: its request is the fix.
        if let Some(msg) = f.fixes.iter().find(|x| x.kind == FixKind::HostingSupport) {
            out.push_str(&t!(lang, "email-request"));
            out.push_str("\n\n");
            out.push_str(&support_message_core(&msg.text, fix_lang));
            out.push_str("\n\n");
        }
    }
    for fix in server_fixes {
        out.push_str(&t!(lang, "email-fix", "title" => fix.title.as_str()));
        out.push_str("\n\n");
        // Indented, so a mail program keeps the pasted text apart from the prose.
        for line in fix.text.trim_end().lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
}

/// The body in one language. `attachment` names the saved report the owner attaches. The
/// findings' own words (titles, explanations, fixes) are the report's, in `report.lang`.
pub fn body_in(report: &Report, lang: impl Into<Lang>, attachment: Option<&str>) -> String {
    let lang = lang.into();
    let report = report.sanitised();
    let found = actionable(&report);
    let mut out = String::new();
    out.push_str(&t!(lang, "email-greeting"));
    out.push_str("\n\n");
    let tool = format!("Handshake for WooCommerce {}", report.tool_version);
    out.push_str(&t!(
        lang,
        "email-intro",
        "url" => report.store_url.as_str(),
        "tool" => tool,
        "when" => report.started_at.as_str()
    ));
    out.push(' ');
    out.push_str(&if found.is_empty() && report.verdict == Verdict::Healthy {
        t!(lang, "email-intro-healthy")
    } else {
        t!(lang, "email-intro-problems")
    });
    out.push_str("\n\n");
    for (i, f) in found.iter().take(MAX_FINDINGS).enumerate() {
        finding_section(&mut out, i + 1, f, lang, report.lang);
    }
    if found.len() > MAX_FINDINGS {
        let more = found.len() - MAX_FINDINGS;
        out.push_str(&t!(lang, "email-more-findings", "count" => more));
        out.push_str("\n\n");
    }
    if let Some(file) = attachment {
        out.push_str(&t!(lang, "email-attached", "file" => file));
        out.push_str("\n\n");
    }
    out.push_str(&t!(lang, "email-thanks"));
    out.push('\n');
    out
}

/// A copy of the report with every text field passed through `redactor` and
/// [`scrub_secret_shapes`]: what is attached to the e-mail (the saved report) is as clean as the
/// e-mail itself, whoever produced the report.
pub fn scrub_report(report: &Report, redactor: &Redactor) -> Report {
    let clean = |s: &mut String| *s = scrub_secret_shapes(&redactor.redact(s));
    let mut r = report.sanitised();
    clean(&mut r.store_url);
    if let Some(to) = &mut r.redirects_to {
        clean(to);
    }
    for f in &mut r.findings {
        clean(&mut f.title);
        clean(&mut f.explanation);
        for e in &mut f.evidence {
            clean(&mut e.request);
            clean(&mut e.detail);
        }
        for fix in &mut f.fixes {
            clean(&mut fix.title);
            clean(&mut fix.text);
        }
    }
    for p in &mut r.probes {
        clean(&mut p.summary);
    }
    r
}

/// The e-mail: the owner's language, then the English copy when that is another language. Secrets
/// are removed from subject and body (`redactor`: the credentials this run used, when known).
/// The findings' words are the report's; for a report in another language than English, pass the
/// same run's English report to [`compose_with_copy`] so the copy is English throughout.
pub fn compose(
    report: &Report,
    lang: impl Into<Lang>,
    attachment: Option<&str>,
    redactor: &Redactor,
) -> HostEmail {
    compose_with_copy(report, None, lang, attachment, redactor)
}

/// [`compose`], with the English copy written from `english` (the same run's report in English,
/// `handshake_engine::diagnose::diagnose_also_in`) instead of `report`.
pub fn compose_with_copy(
    report: &Report,
    english: Option<&Report>,
    lang: impl Into<Lang>,
    attachment: Option<&str>,
    redactor: &Redactor,
) -> HostEmail {
    let lang = lang.into();
    let report = &scrub_report(report, redactor);
    let mut subject = subject_in(report, lang);
    let mut body = body_in(report, lang, attachment);
    // The pseudo-locale is English for testing: its copy would be the same message again.
    if !matches!(lang, Lang::En | Lang::Pseudo) {
        let english = &scrub_report(english.unwrap_or(report), redactor);
        subject = format!("{subject} / {}", subject_in(english, Lang::En));
        body = format!(
            "{body}\n----- {} -----\n\n{}",
            t!(lang, "email-english-copy"),
            body_in(english, Lang::En, attachment)
        );
    }
    HostEmail {
        subject: scrub_secret_shapes(&redactor.redact(&subject)),
        body: scrub_secret_shapes(&redactor.redact(&body)),
    }
}

/// A `mailto:` link (RFC 6068) with no recipient: the owner types the host's address. Every
/// character but the unreserved ones is percent-encoded; line breaks are sent as CRLF.
pub fn mailto(email: &HostEmail) -> String {
    const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let enc = |s: &str| {
        percent_encoding::utf8_percent_encode(&s.replace("\r\n", "\n").replace('\n', "\r\n"), KEEP)
            .to_string()
    };
    format!(
        "mailto:?subject={}&body={}",
        enc(&email.subject),
        enc(&email.body)
    )
}

/// The link to open: the whole message when it fits in [`MAILTO_LIMIT`], otherwise the subject and
/// a short body that asks the owner to paste the full text (which the caller puts on the clipboard).
/// The bool says whether the whole message fits.
pub fn mailto_within_limit(
    email: &HostEmail,
    lang: impl Into<Lang>,
    attachment: Option<&str>,
) -> (String, bool) {
    let lang = lang.into();
    let full = mailto(email);
    if full.len() <= MAILTO_LIMIT {
        return (full, true);
    }
    let short = HostEmail {
        subject: email.subject.clone(),
        body: match attachment {
            Some(file) => t!(lang, "email-paste-here-attach", "file" => file),
            None => t!(lang, "email-paste-here"),
        },
    };
    let link = mailto(&short);
    if link.len() <= MAILTO_LIMIT {
        (link, false)
    } else {
        // A subject that alone is too long (a store's very long title): the body says it all.
        (
            mailto(&HostEmail {
                subject: String::new(),
                body: short.body,
            }),
            false,
        )
    }
}

/// Removes whatever looks like a credential, whoever produced the text: WooCommerce keys
/// (`ck_`/`cs_` and 40 hex characters), WordPress application passwords (24 letters and digits,
/// alone or in six groups of four, with capitals and digits as WordPress generates them), and the
/// value of a Basic or Bearer authorization.
pub fn scrub_secret_shapes(text: &str) -> String {
    let mut out = scrub_woo_keys(text);
    out = scrub_authorization(&out);
    scrub_app_passwords(&out)
}

fn scrub_woo_keys(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['c', 'C']) {
        let (before, tail) = rest.split_at(at);
        out.push_str(before);
        let lower = tail.get(..3).map(str::to_ascii_lowercase);
        let is_key = matches!(lower.as_deref(), Some("ck_" | "cs_"))
            && tail.len() >= 3 + 40
            && tail.as_bytes()[3..43].iter().all(u8::is_ascii_hexdigit)
            && !tail
                .as_bytes()
                .get(43)
                .is_some_and(|b| b.is_ascii_alphanumeric());
        if is_key {
            out.push_str(REDACTED);
            rest = &tail[43..];
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

fn scrub_authorization(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let lower = line.to_ascii_lowercase();
        let mut cut = None;
        for scheme in ["basic ", "bearer "] {
            if let Some(p) = lower.find(scheme) {
                let start = p + scheme.len();
                let token = &line[start..];
                let token_len = token
                    .find(|c: char| {
                        !(c.is_ascii_alphanumeric()
                            || matches!(c, '+' | '/' | '=' | '-' | '_' | '.'))
                    })
                    .unwrap_or(token.len());
                let token = &token[..token_len];
                // "Basic authentication" in prose is a word; a credential is long base64 with
                // digits or padding in it.
                if token_len >= 20 && token.contains(|c: char| c.is_ascii_digit() || c == '=') {
                    cut = Some((start, start + token_len));
                    break;
                }
            }
        }
        match cut {
            Some((a, b)) => {
                out.push_str(&line[..a]);
                out.push_str(REDACTED);
                out.push_str(&line[b..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// WordPress generates application passwords from letters and digits; a run of 24 of them (or six
/// groups of four) with a capital, a small letter and a digit is treated as one.
fn scrub_app_passwords(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let boundary = |j: usize| j >= chars.len() || !chars[j].is_ascii_alphanumeric();
    let mixed = |s: &[char]| {
        s.iter().any(char::is_ascii_uppercase)
            && s.iter().any(char::is_ascii_lowercase)
            && s.iter().any(char::is_ascii_digit)
    };
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
        if starts_word {
            // Six groups of four separated by single spaces (29 characters).
            let grouped = i + 29 <= chars.len()
                && (0..29).all(|k| {
                    if k % 5 == 4 {
                        chars[i + k] == ' '
                    } else {
                        chars[i + k].is_ascii_alphanumeric()
                    }
                })
                && boundary(i + 29);
            if grouped {
                let letters: Vec<char> = chars[i..i + 29]
                    .iter()
                    .copied()
                    .filter(|c| *c != ' ')
                    .collect();
                if mixed(&letters) {
                    out.push_str(REDACTED);
                    i += 29;
                    continue;
                }
            }
            let solid = i + 24 <= chars.len()
                && chars[i..i + 24].iter().all(char::is_ascii_alphanumeric)
                && boundary(i + 24);
            if solid && mixed(&chars[i..i + 24]) {
                out.push_str(REDACTED);
                i += 24;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests;
