//! A nesting-depth check run on raw bytes before any JSON parser sees them, so a body of ten
//! thousand `[` costs one linear scan and no recursion.

/// Whether `body` nests arrays/objects deeper than `max`. Brackets inside strings do not count.
pub fn too_deep(body: &[u8], max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::too_deep;

    #[test]
    fn counts_nesting_outside_strings() {
        assert!(!too_deep(br#"{"a":1}"#, 1));
        assert!(too_deep(br#"{"a":[1]}"#, 1));
        assert!(!too_deep(br#"{"a":"[[[[{{{{"}"#, 1));
        assert!(!too_deep(br#"{"a":"\"[[[["}"#, 1));
        assert!(too_deep(&[b'['; 10_000], 4));
    }
}
