//! `handshake doctor URL --host-email`: the check, then the e-mail for the store's host on stdout
//! (`Subject: …`, a blank line, the message), built as the wizard builds it: in the chosen
//! language with the English copy below it.

use handshake_engine::diagnose_also_in;
use handshake_engine::host_email::compose_with_copy;
use handshake_engine::{no_progress, DiagnoseOptions, Report};
use handshake_l10n::{t, Lang};

use crate::exit;

pub async fn run(opts: DiagnoseOptions) -> (u8, Option<Report>) {
    let lang = opts.lang;
    // The credentials' own redactor, on top of the scrubbing by shape the e-mail always does.
    let redactor = opts.credentials.redactor();
    eprintln!(
        "{}",
        t!(lang, "cli-checking", "store" => opts.store.to_string())
    );
    // The probes run once; the findings are also written in English for the copy.
    let english = (!matches!(lang, Lang::En | Lang::Pseudo)).then_some(Lang::En);
    let (report, copy) = match diagnose_also_in(opts, no_progress(), english).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {}", e.message_in(lang));
            return (exit::TOOL_FAILED, None);
        }
    };
    let email = compose_with_copy(&report, copy.as_ref(), lang, None, &redactor);
    println!("Subject: {}\n\n{}", email.subject, email.body.trim_end());
    let code = if report.has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    };
    (code, Some(report))
}
