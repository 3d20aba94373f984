//! A message for the host: the e-mail built from a kept report (`handshake_engine::host_email`),
//! opened in the mail program through a `mailto:` link or copied, with the HTML report saved to
//! Downloads for the owner to attach (a `mailto:` link cannot carry a file).

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_opener::OpenerExt;

use handshake_engine::host_email::{self, HostEmail};
use handshake_engine::Redactor;
use handshake_engine::Report;
use handshake_l10n::Lang;

use super::export::downloads_dir;
use crate::error::AppError;
use crate::export::{self, Format};
use crate::state::AppState;

#[derive(Debug, Serialize)]
pub struct HostEmailView {
    pub subject: String,
    pub body: String,
    /// The whole message fits in a mail link; otherwise the mail program gets a short note and
    /// the full text goes on the clipboard.
    pub fits_mail_link: bool,
    /// The report file the message asks the owner to attach.
    pub attachment: String,
}

/// What the owner sends: the message, the mail link, and the report file's name and text. Built
/// from the report alone, with secrets scrubbed from all of them.
pub struct Prepared {
    pub email: HostEmail,
    pub link: String,
    pub fits_mail_link: bool,
    pub attachment: String,
    pub report_html: String,
}

/// `attachment`: the report file's name as saved (the export's name when `None`).
/// `english`: the same findings written in English, for the copy below a message in another
/// language (without it, the copy quotes the findings as written).
pub fn prepare(
    report: &Report,
    english: Option<&Report>,
    lang: Lang,
    attachment: Option<String>,
) -> Prepared {
    // The report came from the engine redacted; the shapes of keys and passwords are scrubbed
    // again here, since this text leaves the computer.
    let clean = host_email::scrub_report(report, &Redactor::default());
    let english = english.map(|e| host_email::scrub_report(e, &Redactor::default()));
    let attachment = attachment.unwrap_or_else(|| export::file_name(&clean, Format::Html));
    let email = host_email::compose_with_copy(
        &clean,
        english.as_ref(),
        lang,
        Some(&attachment),
        &Redactor::default(),
    );
    let (link, fits_mail_link) = host_email::mailto_within_limit(&email, lang, Some(&attachment));
    Prepared {
        report_html: export::render(&clean, Format::Html),
        email,
        link,
        fits_mail_link,
        attachment,
    }
}

#[tauri::command(rename_all = "snake_case")]
pub fn host_email(
    state: State<'_, AppState>,
    report_id: String,
) -> Result<HostEmailView, AppError> {
    // In the language the check ran in, like the findings it quotes.
    let report = state.report(&report_id)?;
    let english = state.english_copy(&report_id);
    let p = prepare(&report, english.as_ref(), report.lang, None);
    Ok(HostEmailView {
        subject: p.email.subject,
        body: p.email.body,
        fits_mail_link: p.fits_mail_link,
        attachment: p.attachment,
    })
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SendHow {
    /// Open the mail program with the message.
    Mail,
    /// Put subject and message on the clipboard.
    Copy,
}

#[derive(Debug, Serialize)]
pub struct SentHostEmail {
    /// The saved report, to attach.
    pub path: String,
    pub file_name: String,
    /// The full message is on the clipboard.
    pub copied: bool,
    /// The mail program was asked to open (with the whole message when `fits_mail_link`).
    pub opened: bool,
    pub fits_mail_link: bool,
}

#[tauri::command(rename_all = "snake_case")]
pub fn send_host_email(
    app: AppHandle,
    state: State<'_, AppState>,
    report_id: String,
    how: SendHow,
) -> Result<SentHostEmail, AppError> {
    let report = state.report(&report_id)?;
    let dir = downloads_dir(&app)?;
    std::fs::create_dir_all(&dir).map_err(|e| AppError::Export {
        detail: format!("{}: {e}", dir.display()),
    })?;
    // Copy, then Open: the same file is written again rather than a second copy beside it; a file
    // this app did not write is never replaced.
    let name = export::file_name(&report, Format::Html);
    let path = match dir.join(&name) {
        p if p.exists() && !state.was_exported(&p) => export::free_path(&dir, &name),
        p => p,
    };
    let saved_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(name);
    let english = state.english_copy(&report_id);
    let p = prepare(&report, english.as_ref(), report.lang, Some(saved_name));
    std::fs::write(&path, &p.report_html).map_err(|e| AppError::Export {
        detail: format!("{}: {e}", path.display()),
    })?;
    state.remember_export(path.clone());
    let copy = matches!(how, SendHow::Copy) || !p.fits_mail_link;
    if copy {
        let text = format!("Subject: {}\n\n{}", p.email.subject, p.email.body);
        app.clipboard()
            .write_text(text)
            .map_err(|e| AppError::Clipboard {
                detail: e.to_string(),
            })?;
    }
    let opened = matches!(how, SendHow::Mail);
    if opened {
        app.opener()
            .open_url(&p.link, None::<&str>)
            .map_err(|e| AppError::Open {
                detail: e.to_string(),
            })?;
    }
    Ok(SentHostEmail {
        file_name: p.attachment,
        path: path.display().to_string(),
        copied: copy,
        opened,
        fits_mail_link: p.fits_mail_link,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CK: &str = "ck_0123456789abcdef0123456789abcdef01234567";
    const CS: &str = "cs_76543210fedcba9876543210fedcba9876543210";
    const APP_PW: &str = "abcd EFGH ij12 MNOP qrst UV34";

    /// A report whose evidence carries a key pair and an application password (a careless
    /// producer, or a store that echoed them back).
    fn leaky() -> Report {
        serde_json::from_value(serde_json::json!({
            "schema": "handshake.report/1", "tool_version": "0", "store_url": "https://s.test/",
            "started_at": "2026-11-30T10:00:00Z", "duration_ms": 1, "verdict": "problems",
            "findings": [{
                "id": "waf.cloudflare", "severity": "error",
                "title": format!("Blocked {CK}"),
                "explanation": format!("secret {CS}"),
                "evidence": [{
                    "probe": "rest.index",
                    "request": format!("GET /wp-json/wc/v3/orders?consumer_key={CK}&consumer_secret={CS}"),
                    "status": 403,
                    "detail": format!("password {APP_PW}")
                }],
                "fixes": [{"kind": "cloudflare-rule", "title": "Rule", "text": format!("# {CS}\n(http.host eq \"s.test\")")}]
            }],
            "probes": [{"id": "rest.index", "outcome": "fail", "duration_ms": 1, "summary": format!("{CK} {APP_PW}")}]
        }))
        .unwrap()
    }

    #[test]
    fn nothing_secret_in_subject_body_link_or_saved_report() {
        let p = prepare(&leaky(), None, Lang::En, None);
        for text in [&p.email.subject, &p.email.body, &p.link, &p.report_html] {
            for secret in [CK, CS, &CK[3..], &CS[3..], APP_PW, "EFGH", "ij12"] {
                assert!(!text.contains(secret), "{secret} in:\n{text}");
            }
        }
        assert!(p.link.starts_with("mailto:?subject="));
        assert!(p.link.len() <= host_email::MAILTO_LIMIT);
        assert!(p.email.body.contains(&p.attachment));
        assert!(p.attachment.ends_with(".html"));
    }

    /// A German check's message: German above, and below it the English copy quoting the same
    /// findings in English (the copy the check wrote), with its secrets scrubbed as well.
    #[test]
    fn the_english_copy_quotes_the_english_findings() {
        let mut german = leaky();
        german.lang = Lang::De;
        german.findings[0].title = format!("Cloudflare blockiert {CK}");
        let mut english = leaky();
        english.findings[0].title = format!("Cloudflare blocks {CK}");
        let p = prepare(&german, Some(&english), Lang::De, None);
        let body = &p.email.body;
        let (de, en) = (
            body.find("Cloudflare blockiert")
                .expect("the German finding"),
            body.find("Cloudflare blocks")
                .expect("the English finding in the copy"),
        );
        assert!(de < en, "German first, the English copy below:\n{body}");
        assert!(!body.contains(CK) && !body.contains(&CK[3..]), "{body}");
    }
}
