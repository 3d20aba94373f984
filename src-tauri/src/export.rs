//! Report files an owner can keep or send to their host: the contract's JSON, a Markdown text, and a
//! self-contained HTML page. The renderers are `handshake-render`'s (the CLI's `--format` uses the
//! same); a file is written in the language its check ran in, like its findings.

use handshake_engine::Report;

pub use handshake_render::file::{file_name, free_path, write_atomic};
pub use handshake_render::Format;

pub fn render(report: &Report, format: Format) -> String {
    handshake_render::render(report, format, report.lang)
}
