//! The contract's JSON report (`handshake.report/1`, docs/report.schema.json): pretty-printed, one
//! document, ending in a newline. `--json`, `--format json` and the wizard's JSON export are these
//! bytes.

use handshake_engine::Report;

pub fn render(report: &Report) -> String {
    // serde escapes control characters; sanitising first keeps them out of the decoded strings too
    // (a script piping `jq -r` prints them).
    serde_json::to_string_pretty(&report.sanitised()).expect("a report serializes") + "\n"
}
