//! The CLI's report output: the renderers are `handshake-render`'s (the wizard uses the same); here
//! only what belongs to a terminal (its width) and where a report goes (stdout or `--output FILE`).

use std::io::IsTerminal;
use std::path::Path;

use handshake_engine::Report;
use handshake_l10n::{t, Lang};
use handshake_render::file::{write_atomic, WriteError};
use handshake_render::Format;

use crate::exit;

/// The terminal's width for the human form: `COLUMNS` within 60–120 on a terminal, else 100.
pub fn width() -> usize {
    if std::io::stdout().is_terminal() {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(handshake_render::DEFAULT_WIDTH)
            .clamp(60, 120)
    } else {
        handshake_render::DEFAULT_WIDTH
    }
}

/// The human form for this terminal: the report, then the two-vantage table when the relay was asked.
pub fn human(report: &Report) -> String {
    let lang = report.lang;
    handshake_render::human::render(report, lang, width())
        + &handshake_render::vantages::render(report, lang)
}

/// The report in `format`, in the language its check ran in (the human form as wide as the terminal).
pub fn text(report: &Report, format: Format) -> String {
    match format {
        Format::Human => human(report),
        other => handshake_render::render(report, other, report.lang),
    }
}

/// `--output FILE` names a folder that exists: checked before the run, so a typo costs no check.
pub fn check_output(path: &Path, lang: Lang) -> Result<(), u8> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.is_dir() => Err(exit::bad_input(t!(
            lang,
            "cli-output-no-folder",
            "folder" => dir.display().to_string()
        ))),
        _ => Ok(()),
    }
}

/// Writes the report to `path` whole (a temporary file, then a rename) and says where it went;
/// `Err` is the exit status after the message was printed.
pub fn save(report: &Report, format: Format, path: &Path) -> Result<(), u8> {
    let lang = report.lang;
    let text = handshake_render::render(report, format, lang);
    match write_atomic(path, &text) {
        Ok(()) => {
            println!(
                "{}",
                t!(lang, "cli-report-saved", "path" => path.display().to_string())
            );
            Ok(())
        }
        Err(WriteError::NoFolder(dir)) => Err(exit::bad_input(t!(
            lang,
            "cli-output-no-folder",
            "folder" => dir.display().to_string()
        ))),
        Err(WriteError::Io { source, .. }) => {
            eprintln!(
                "handshake: {}",
                t!(
                    lang,
                    "cli-cannot-write-report",
                    "error" => format!("{}: {source}", path.display())
                )
            );
            Err(exit::TOOL_FAILED)
        }
    }
}

/// What `connect` prints (its report in the human form and the last line), until it calls
/// `handshake-render` itself.
pub mod human {
    use handshake_engine::Report;

    pub use super::width;

    pub fn render(report: &Report, width: usize) -> String {
        handshake_render::human::render(report, report.lang, width)
    }

    pub fn checked_line(report: &Report) -> String {
        handshake_render::human::checked_line(report, report.lang)
    }
}
