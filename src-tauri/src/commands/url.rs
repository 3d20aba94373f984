//! The store address, validated as the owner types.

use serde::Serialize;

use handshake_engine::StoreUrl;

use crate::error::AppError;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct ParsedUrl {
    /// The normalized base URL that will be checked.
    pub url: String,
    /// What headings show: the host, with its port when it is not the usual one.
    pub host: String,
    /// No scheme was typed: https is assumed (http is tried when https fails).
    pub scheme_assumed: bool,
    pub https: bool,
}

#[tauri::command(rename_all = "snake_case")]
pub fn parse_store_url(input: String) -> Result<ParsedUrl, AppError> {
    let parsed = StoreUrl::parse(&input)?;
    Ok(ParsedUrl {
        url: parsed.to_string(),
        host: parsed.display_host(),
        scheme_assumed: parsed.scheme_assumed(),
        https: parsed.is_https(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn infers_https_and_reports_errors_by_code() {
        let p = parse_store_url("Shop.Example.com/wp-admin/".into()).unwrap();
        assert_eq!(p.url, "https://shop.example.com/");
        assert!(p.scheme_assumed && p.https);
        assert_eq!(
            parse_store_url("ftp://x.test".into()).unwrap_err().code(),
            "url.scheme"
        );
        assert_eq!(
            parse_store_url("  ".into()).unwrap_err().code(),
            "url.empty"
        );
    }
}
