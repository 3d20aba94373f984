//! The words for the report's verdict, severities and probe outcomes: the one place every renderer
//! (terminal, Markdown, HTML) takes them from, as messages of `handshake-l10n`.

use handshake_engine::{Outcome, Report, Severity, Verdict};
use handshake_l10n::{t, Lang};

/// The verdict as one sentence ("Problems found: at least one of them stops an app from connecting.").
pub fn verdict_sentence(lang: Lang, verdict: Verdict) -> String {
    match verdict {
        Verdict::Healthy => t!(lang, "export-verdict-healthy"),
        Verdict::Problems => t!(lang, "export-verdict-problems"),
        Verdict::Unreachable => t!(lang, "export-verdict-unreachable"),
    }
}

/// The verdict with the store's address and how many errors and warnings: the terminal's first line.
pub fn verdict_line(report: &Report, lang: Lang) -> String {
    let count = |severity: Severity| {
        report
            .findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let url = report.store_url.as_str();
    match report.verdict {
        Verdict::Healthy if warnings == 0 => t!(lang, "cli-verdict-healthy", "url" => url),
        Verdict::Healthy => {
            t!(lang, "cli-verdict-healthy-warnings", "url" => url, "warnings" => warnings)
        }
        Verdict::Problems => t!(
            lang,
            "cli-verdict-problems",
            "url" => url,
            "errors" => errors,
            "warnings" => warnings
        ),
        Verdict::Unreachable => {
            t!(lang, "cli-verdict-unreachable", "url" => url, "warnings" => warnings)
        }
    }
}

/// A finding's severity as a short label in front of its title ("ERROR").
pub fn severity_label(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Error => t!(lang, "cli-severity-error"),
        Severity::Warning => t!(lang, "cli-severity-warning"),
        Severity::Info => t!(lang, "cli-severity-info"),
    }
}

/// A severity as the heading of its findings' section ("Must fix").
pub fn severity_heading(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Error => t!(lang, "export-severity-error"),
        Severity::Warning => t!(lang, "export-severity-warning"),
        Severity::Info => t!(lang, "export-severity-info"),
    }
}

/// A probe's outcome in words ("passed", "could not finish").
pub fn outcome_word(lang: Lang, outcome: Outcome) -> String {
    match outcome {
        Outcome::Pass => t!(lang, "export-outcome-pass"),
        Outcome::Fail => t!(lang, "export-outcome-fail"),
        Outcome::Skipped => t!(lang, "export-outcome-skipped"),
        Outcome::Error => t!(lang, "export-outcome-error"),
    }
}

/// A probe's outcome as a mark in a table cell.
pub fn outcome_mark(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Pass => "✓",
        Outcome::Fail | Outcome::Error => "✗",
        Outcome::Skipped => "–",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every verdict, severity and outcome has its words in every language (no message falls back
    /// to its id).
    #[test]
    fn every_word_exists_in_every_language() {
        for lang in [Lang::En, Lang::De, Lang::Es, Lang::Pseudo] {
            for v in [Verdict::Healthy, Verdict::Problems, Verdict::Unreachable] {
                assert!(!verdict_sentence(lang, v).starts_with("export-"));
            }
            for s in [Severity::Error, Severity::Warning, Severity::Info] {
                assert!(!severity_label(lang, s).starts_with("cli-"));
                assert!(!severity_heading(lang, s).starts_with("export-"));
            }
            for o in [
                Outcome::Pass,
                Outcome::Fail,
                Outcome::Skipped,
                Outcome::Error,
            ] {
                assert!(!outcome_word(lang, o).starts_with("export-"));
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }
}
