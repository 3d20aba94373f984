//! Text that came from a store, made safe to show. A store decides what its error messages, headers
//! and bodies contain; printed raw, an escape sequence in them could clear the owner's terminal,
//! retitle the window or write the clipboard (OSC 52), and a bidi override could make a line read
//! differently from what it says. Every such character is shown escaped instead (`\u{1b}`), so the
//! text stays readable and nothing in it acts.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal, a report file or the wizard as it is: C0 controls, DEL,
/// C1 controls (8-bit CSI/OSC among them), line and paragraph separators, and the Unicode bidi
/// embedding, override and isolate controls.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// One line: every unsafe character escaped, newlines and tabs included.
pub fn line(s: &str) -> Cow<'_, str> {
    escape(s, |_| false)
}

/// Several lines (an explanation, a fix to paste): newlines and tabs kept, everything else unsafe
/// escaped (a carriage return could overwrite the line before it).
pub fn block(s: &str) -> Cow<'_, str> {
    escape(s, |c| c == '\n' || c == '\t')
}

/// Bytes from the wire as one safe line (invalid UTF-8 becomes U+FFFD).
pub fn bytes_line(b: &[u8]) -> String {
    line(&String::from_utf8_lossy(b)).into_owned()
}

/// Replaces `s` in place with its one-line form (no copy when it is already safe).
pub fn clean_line(s: &mut String) {
    if let Cow::Owned(o) = line(s) {
        *s = o;
    }
}

/// Replaces `s` in place with its several-lines form.
pub fn clean_block(s: &mut String) {
    if let Cow::Owned(o) = block(s) {
        *s = o;
    }
}

fn escape(s: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    let bad = |c: char| is_unsafe(c) && !keep(c);
    let Some(first) = s.find(bad) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if bad(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_unsafe(s: &str, allowed: &[char]) -> bool {
        s.chars().all(|c| !is_unsafe(c) || allowed.contains(&c))
    }

    #[test]
    fn escapes_terminal_sequences() {
        assert_eq!(line("\x1b[2Jgone"), "\\u{1b}[2Jgone");
        assert_eq!(line("\x1b]0;pwned\x07"), "\\u{1b}]0;pwned\\u{7}");
        let osc52 = "\x1b]52;c;ZWNobyBwd25lZA==\x1b\\";
        assert_eq!(line(osc52), "\\u{1b}]52;c;ZWNobyBwd25lZA==\\u{1b}\\");
        assert_eq!(line("a\0b\x7fc"), "a\\u{0}b\\u{7f}c");
        // 8-bit CSI and OSC (C1), as UTF-8.
        assert_eq!(line("\u{9b}31m\u{9d}"), "\\u{9b}31m\\u{9d}");
    }

    #[test]
    fn escapes_bidi_overrides_and_separators() {
        assert_eq!(line("invoice\u{202e}fdp.exe"), "invoice\\u{202e}fdp.exe");
        assert_eq!(line("a\u{2066}b\u{2069}"), "a\\u{2066}b\\u{2069}");
        assert_eq!(line("x\u{2028}y"), "x\\u{2028}y");
    }

    #[test]
    fn lines_and_blocks_differ_only_in_newlines_and_tabs() {
        assert_eq!(line("one\ntwo\tthree\r"), "one\\u{a}two\\u{9}three\\u{d}");
        assert_eq!(block("one\ntwo\tthree\r"), "one\ntwo\tthree\\u{d}");
        assert!(no_unsafe(&block("a\n\x1b\r\t"), &['\n', '\t']));
    }

    #[test]
    fn ordinary_text_is_untouched_and_not_copied() {
        for s in [
            "Sorry, you are not allowed to do that.",
            "Bücher — 10 € · 日本語 · emoji 🎉",
            "C:\\path\\with\\backslashes",
            "",
        ] {
            assert!(matches!(line(s), Cow::Borrowed(b) if b == s));
            assert!(matches!(block(s), Cow::Borrowed(b) if b == s));
        }
        let mut s = String::from("fine");
        clean_line(&mut s);
        assert_eq!(s, "fine");
        let mut s = String::from("bad\x1b");
        clean_line(&mut s);
        assert_eq!(s, "bad\\u{1b}");
    }

    #[test]
    fn bytes_from_the_wire() {
        assert_eq!(bytes_line(b"ok\xff\x1b"), "ok\u{fffd}\\u{1b}");
    }

    #[test]
    fn every_control_character_is_escaped() {
        for cp in (0u32..0x100).chain(0x2000..0x2100) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let s = c.to_string();
            assert!(no_unsafe(&line(&s), &[]), "U+{cp:04X}");
            assert!(no_unsafe(&block(&s), &['\n', '\t']), "U+{cp:04X}");
        }
    }
}
