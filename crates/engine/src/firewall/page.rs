//! A response prepared for marker matching: the first 64 KiB of the body as text (lossy UTF-8, runs
//! of whitespace folded to one space), both as markup and as visible words, plus header helpers.
//! Block pages put their markers near the top, and the cap keeps multi-MiB bodies cheap.

use http::HeaderMap;

use super::ResponseView;

/// How much of a body is read. Every vendor page we know carries its markers well before this.
pub(super) const SCAN_LIMIT: usize = 64 * 1024;

pub(super) struct Page<'a> {
    pub status: u16,
    pub headers: &'a HeaderMap,
    /// The body as sent (folded, lowercased): markers inside tags and attributes
    /// (`cdn.sucuri.net/…css`, `<center>nginx`).
    markup: String,
    /// The visible words (tags removed, a few entities decoded, folded), original case, for ids
    /// such as Sucuri's `IPB17`.
    words: String,
    /// `words` ASCII-lowercased: byte offsets match `words`.
    words_lower: String,
}

impl<'a> Page<'a> {
    pub fn new(resp: &ResponseView<'a>) -> Page<'a> {
        let head = &resp.body[..resp.body.len().min(SCAN_LIMIT)];
        let text = String::from_utf8_lossy(head);
        let markup = fold_whitespace(&text).to_ascii_lowercase();
        let words = fold_whitespace(&visible_words(&text));
        let words_lower = words.to_ascii_lowercase();
        Page {
            status: resp.status,
            headers: resp.headers,
            markup,
            words,
            words_lower,
        }
    }

    /// Whether the body contains `needle` (lowercase), in its markup or in its visible words
    /// (`Error</span> <span>1020` reads as `error 1020`).
    pub fn has(&self, needle: &str) -> bool {
        self.markup.contains(needle) || self.words_lower.contains(needle)
    }

    /// The first of `needles` found in the body.
    pub fn first_of(&self, needles: &[&'static str]) -> Option<&'static str> {
        needles.iter().copied().find(|n| self.has(n))
    }

    /// A header's value, lowercased; empty when absent or not text.
    pub fn header(&self, name: &str) -> String {
        header_lower(self.headers, name)
    }

    /// A header's value as sent (for evidence and ids); `None` when absent or not text.
    pub fn header_raw(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.trim().to_string())
    }

    pub fn has_header(&self, name: &str) -> bool {
        self.headers.contains_key(name)
    }

    /// The trimmed body starts like a JSON document.
    pub fn looks_like_json(&self) -> bool {
        let trimmed = self.markup.trim_start_matches('\u{feff}').trim_start();
        trimmed.starts_with('{') || trimmed.starts_with('[')
    }

    pub fn is_html(&self) -> bool {
        self.header("content-type").contains("html")
            || self.has("<html")
            || self.has("<!doctype html")
    }

    /// WordPress itself answered: a JSON body (REST, even a 401/403 error), or a `wp_die` page
    /// (`<body id="error-page">`, wc-auth's "Access denied" screen, maintenance mode).
    pub fn is_wordpress_answer(&self) -> bool {
        self.looks_like_json()
            || self.has("id=\"error-page\"")
            || self.has("briefly unavailable for scheduled maintenance")
    }

    /// The id printed after `label` (lowercase), skipping separators and HTML tags:
    /// `Cloudflare Ray ID: <strong>8a1b…</strong>` → `8a1b…`, `Reference #18.6a7b…` → `18.6a7b…`.
    pub fn id_after(&self, label: &str) -> Option<String> {
        let start = self.words_lower.find(label)? + label.len();
        let rest = self.words.get(start..)?;
        let mut chars = rest.char_indices().peekable();
        let mut in_tag = false;
        let mut id_start = None;
        while let Some(&(i, c)) = chars.peek() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if in_tag => {}
                c if c.is_whitespace() || matches!(c, ':' | '#' | '=' | '"' | '\'') => {}
                _ => {
                    id_start = Some(i);
                    break;
                }
            }
            chars.next();
            if i > 200 {
                return None;
            }
        }
        let tail = &rest[id_start?..];
        let id: String = tail
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            .take(96)
            .collect();
        let id = id.trim_end_matches('.').to_string();
        (!id.is_empty()).then_some(id)
    }
}

/// A header's value, lowercased and trimmed; empty when absent or not visible ASCII.
pub(super) fn header_lower(headers: &HeaderMap, name: &str) -> String {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default()
}

pub(super) fn sets_cookie(headers: &HeaderMap, prefix: &str) -> bool {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|cookie| cookie.trim_start().to_ascii_lowercase().starts_with(prefix))
}

/// The text a browser would show: tags (and script/style bodies) become spaces, common entities are
/// decoded. Good enough for marker phrases; not an HTML parser.
fn visible_words(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        out.push(' ');
        let after = &rest[open..];
        let lower_start: String = after
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        let skip_to = if lower_start.starts_with("<script") {
            find_ci(after, "</script").map(|i| i + "</script".len())
        } else if lower_start.starts_with("<style") {
            find_ci(after, "</style").map(|i| i + "</style".len())
        } else {
            Some(0)
        };
        let Some(skip_to) = skip_to else {
            return decode_entities(&out);
        };
        let Some(close) = after[skip_to..].find('>') else {
            return decode_entities(&out);
        };
        rest = &after[skip_to + close + 1..];
    }
    out.push_str(rest);
    decode_entities(&out)
}

fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    haystack.to_ascii_lowercase().find(needle)
}

/// Decodes numeric entities (`&#35;`, `&#x27;`) and the few named ones block pages use; anything
/// else is left as written.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let entity_end = after.find(';').filter(|&i| i <= 10);
        let decoded = entity_end.and_then(|end| decode_entity(&after[..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_entity(name: &str) -> Option<char> {
    let numeric = |digits: &str, radix: u32| {
        u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)
    };
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" | "rsquo" | "lsquo" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let digits = name.strip_prefix('#')?;
            match digits.strip_prefix(['x', 'X']) {
                Some(hex) => numeric(hex, 16),
                None => numeric(digits, 10),
            }
        }
    }
}

/// Collapses every run of whitespace to one space so phrases match across line breaks.
fn fold_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}
