//! One engine [`Report`], rendered for people and programs: the terminal's text ([`human`]), the
//! contract's JSON ([`json`]), a Markdown text ([`markdown`]) and a self-contained HTML page
//! ([`html`]). The CLI and the wizard both print and save reports through here, so a report reads
//! the same wherever it is shown. Every word around the report's own text comes from
//! `handshake-l10n` in the language passed in (the one the check ran in); the verdict, severity and
//! outcome words are in [`words`] only. Renderers see only the (already redacted) report: no
//! credential can reach their output.

use std::str::FromStr;

use handshake_engine::{Finding, Report, Severity};
use handshake_l10n::{t, Lang};
use serde::Deserialize;

pub mod file;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
mod text;
pub mod vantages;
pub mod words;

#[cfg(test)]
mod tests;

/// The forms a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// What a person reads in a terminal.
    Human,
    /// The contract's `handshake.report/1` (docs/contract.md, docs/report.schema.json).
    Json,
    /// A Markdown text (a ticket, a chat message, a host's support form).
    #[serde(alias = "md")]
    Markdown,
    /// A self-contained HTML page (no scripts, no outside resources).
    Html,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Human, Format::Json, Format::Markdown, Format::Html];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }

    /// What a save dialog calls files of this form ("Web page report").
    pub fn filter_name(self, lang: Lang) -> String {
        match self {
            Format::Human => t!(lang, "export-filter-text"),
            Format::Json => t!(lang, "export-filter-json"),
            Format::Markdown => t!(lang, "export-filter-markdown"),
            Format::Html => t!(lang, "export-filter-html"),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Human => "txt",
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown report format {0:?} (human, json, md or html)")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        match s.to_ascii_lowercase().as_str() {
            "human" | "text" => Ok(Format::Human),
            "json" => Ok(Format::Json),
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// The human form's width when no terminal says otherwise (files, pipes, the tests).
pub const DEFAULT_WIDTH: usize = 100;

/// `report` as `format`, its words in `lang`. The human form is [`DEFAULT_WIDTH`] wide and carries
/// the two-vantage table when the relay was asked.
pub fn render(report: &Report, format: Format, lang: Lang) -> String {
    match format {
        Format::Human => {
            human::render(report, lang, DEFAULT_WIDTH) + &vantages::render(report, lang)
        }
        Format::Json => json::render(report),
        Format::Markdown => markdown::render(report, lang),
        Format::Html => html::render(report, lang),
    }
}

/// The findings grouped by severity, most severe first; empty groups left out.
pub(crate) fn by_severity(report: &Report) -> Vec<(Severity, Vec<&Finding>)> {
    [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .map(|s| {
            (
                s,
                report
                    .findings
                    .iter()
                    .filter(|f| f.severity == s)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, fs)| !fs.is_empty())
        .collect()
}
