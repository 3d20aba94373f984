//! Store text made inert for each form: Markdown escapes and code spans, HTML escapes, word wrap.

/// Store text as Markdown text inside a line: every character that could start markup (emphasis,
/// links, images, raw HTML, entities, tables, code) is backslash-escaped. What the store wrote is
/// shown, never interpreted.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '!' | '|' | '~' | '&' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Store text as Markdown paragraphs: [`md`], and a line start that would begin a heading, quote,
/// list or rule (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`) escaped too.
pub fn md_block(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let body = line.trim_start();
            let indent = &line[..line.len() - body.len()];
            let digits = body.chars().take_while(char::is_ascii_digit).count();
            let marker = if body.starts_with(['-', '+', '=']) {
                Some(0)
            } else if digits > 0 && body[digits..].starts_with(['.', ')']) {
                Some(digits)
            } else {
                None
            };
            match marker {
                Some(at) => format!("{indent}{}\\{}", &body[..at], md(&body[at..])),
                None => format!("{indent}{}", md(body)),
            }
        })
        .collect();
    lines.join("\n")
}

/// Inline code that no backtick in `text` can end: a delimiter longer than any backtick run, and
/// spaces inside it when the text starts or ends with a backtick.
pub fn code_span(text: &str) -> String {
    let fence = "`".repeat(text.split(|c| c != '`').map(str::len).max().unwrap_or(0) + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A fence longer than any run of backticks in the text, so pasted code cannot end it.
pub fn fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

/// Text for HTML, as text or inside a quoted attribute.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Greedy word wrap; long words stay whole.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("one\ntwo", 80), vec!["one", "two"]);
    }
}
