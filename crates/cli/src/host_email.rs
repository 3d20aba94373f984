//! `handshake doctor URL --host-email`: the check, then the e-mail for the store's host on stdout
//! (`Subject: …`, a blank line, the message), built as the wizard builds it.

use handshake_engine::host_email::{compose, Language};
use handshake_engine::{diagnose, no_progress, DiagnoseOptions, Report};

use crate::exit;

pub async fn run(opts: DiagnoseOptions) -> (u8, Option<Report>) {
    // The credentials' own redactor, on top of the scrubbing by shape the e-mail always does.
    let redactor = opts.credentials.redactor();
    eprintln!("Checking {} …", opts.store);
    let report = match diagnose(opts, no_progress()).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("handshake: {e}");
            return (exit::TOOL_FAILED, None);
        }
    };
    let email = compose(&report, Language::English, None, &redactor);
    println!("Subject: {}\n\n{}", email.subject, email.body.trim_end());
    let code = if report.has_errors() {
        exit::PROBLEMS
    } else {
        exit::OK
    };
    (code, Some(report))
}
