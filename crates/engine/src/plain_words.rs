//! What a finding's two owner sentences (`summary`, `action`) may not contain: they are read by a
//! store owner before anything technical, so each is one sentence with no HTTP method, status code,
//! address path, probe id or finding id. The catalog's tests and the scenario tests run every
//! finding through [`problems`].

use crate::finding_id::FindingId;

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// First parts of probe ids (`rest.index`, `access.read.orders`, `site.home`) and finding ids.
const ID_AREAS: &[&str] = &[
    "dns", "tcp", "tls", "site", "rest", "auth", "wc", "cache", "access", "net", "http", "waf",
    "callback", "connect",
];

/// Address fragments an owner does not need in the first two sentences.
const PATH_MARKS: &[&str] = &[
    "://",
    "wp-json",
    "wc-auth",
    "wc-api",
    "rest_route",
    "wp-admin",
];

/// Everything wrong with `sentence` as one of a finding's owner sentences; empty when it is fine.
pub fn problems(sentence: &str) -> Vec<String> {
    let mut found = Vec::new();
    let s = sentence.trim();
    if s.is_empty() {
        return vec!["is empty".to_string()];
    }
    if s.contains('\n') {
        found.push("spans several lines".to_string());
    }
    if !s.ends_with('.') {
        found.push("does not end with a full stop".to_string());
    }
    let ends = sentence_ends(s);
    if ends > 1 {
        found.push(format!("is {ends} sentences, not one"));
    }
    for raw in s.split_whitespace() {
        let word = raw.trim_matches(|c: char| {
            matches!(
                c,
                '"' | '(' | ')' | ',' | ';' | ':' | '.' | '!' | '?' | '\''
            )
        });
        if METHODS.contains(&word) {
            found.push(format!("names the HTTP method {word}"));
        }
        if word.len() == 3
            && word.chars().all(|c| c.is_ascii_digit())
            && (100..=599).contains(&word.parse::<u16>().unwrap_or(0))
        {
            found.push(format!("names the status code {word}"));
        }
        if word.starts_with('/') || PATH_MARKS.iter().any(|m| word.contains(m)) {
            found.push(format!("names the address {word}"));
        }
        if FindingId::parse(word).is_some() {
            found.push(format!("names the finding id {word}"));
        } else if let Some((area, rest)) = word.split_once('.') {
            if ID_AREAS.contains(&area) && rest.starts_with(|c: char| c.is_ascii_lowercase()) {
                found.push(format!("names the probe id {word}"));
            }
        }
    }
    found
}

/// Sentence ends: `.`, `!` or `?` (optionally closed by a quote or bracket) before a capital, a
/// quote or the end. A host name's dots are not followed by a space, so they do not count.
pub(crate) fn sentence_ends(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    for i in 0..chars.len() {
        if !matches!(chars[i], '.' | '!' | '?') {
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j], '"' | ')' | '”') {
            j += 1;
        }
        if j == chars.len()
            || (chars[j] == ' '
                && chars
                    .get(j + 1)
                    .is_some_and(|c| c.is_uppercase() || *c == '"'))
        {
            count += 1;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::problems;

    #[test]
    fn owner_words_pass() {
        for ok in [
            "Cloudflare's firewall blocks Acme Sync's requests before they reach WooCommerce.",
            "In WordPress, go to Settings → Permalinks, choose \"Post name\" and click Save Changes.",
            "The name shop.example.com does not lead to any server on the internet.",
            "Change the key's permission to Read/Write in WooCommerce; the key itself stays the same.",
        ] {
            assert_eq!(problems(ok), Vec::<String>::new(), "{ok}");
        }
    }

    #[test]
    fn technical_words_are_caught() {
        for (bad, why) in [
            (
                "The server answers GET requests with an error.",
                "method GET",
            ),
            ("The firewall answered 403 to the app.", "status code 403"),
            ("Requests to /wp-json/ are refused.", "address /wp-json/"),
            ("Open https://shop.example.com/ again.", "address https://"),
            ("The probe rest.index failed.", "probe id rest.index"),
            (
                "This is waf.cloudflare at work.",
                "finding id waf.cloudflare",
            ),
            ("It is blocked. Fix it.", "2 sentences"),
            ("It is blocked", "full stop"),
            ("", "empty"),
        ] {
            let found = problems(bad);
            assert!(found.iter().any(|p| p.contains(why)), "{bad:?}: {found:?}");
        }
    }
}
