//! Ordered JSON written the way PHP's `wp_json_encode` writes it.
//!
//! WordPress keeps keys in insertion order and escapes `/` as `\/` and non-ASCII as `\uXXXX`;
//! serde_json's default map sorts keys, which would put `data` before `message` in every error.

use std::fmt::Write;

/// A JSON value whose objects keep their key order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum J {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    pub(crate) fn obj() -> J {
        J::Obj(Vec::new())
    }

    /// Sets `key` (replacing an existing value in place, like a PHP array assignment).
    pub(crate) fn set(&mut self, key: &str, value: impl Into<J>) {
        if let J::Obj(entries) = self {
            let value = value.into();
            match entries.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = value,
                None => entries.push((key.to_string(), value)),
            }
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&J> {
        match self {
            J::Obj(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// PHP-style JSON text (`wp_json_encode` defaults).
    pub(crate) fn encode(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Int(i) => {
                let _ = write!(out, "{i}");
            }
            J::Float(f) => {
                let _ = write!(out, "{f}");
            }
            J::Str(s) => write_str(s, out),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// Converts a parsed request body into J (serde_json's map order is lost; fine for input).
    pub(crate) fn from_value(v: &serde_json::Value) -> J {
        match v {
            serde_json::Value::Null => J::Null,
            serde_json::Value::Bool(b) => J::Bool(*b),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => J::Int(i),
                None => J::Float(n.as_f64().unwrap_or(0.0)),
            },
            serde_json::Value::String(s) => J::Str(s.clone()),
            serde_json::Value::Array(a) => J::Arr(a.iter().map(J::from_value).collect()),
            serde_json::Value::Object(m) => J::Obj(
                m.iter()
                    .map(|(k, v)| (k.clone(), J::from_value(v)))
                    .collect(),
            ),
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' => out.push_str("\\/"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) > 0x7e => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl From<&str> for J {
    fn from(s: &str) -> J {
        J::Str(s.to_string())
    }
}
impl From<String> for J {
    fn from(s: String) -> J {
        J::Str(s)
    }
}
impl From<&String> for J {
    fn from(s: &String) -> J {
        J::Str(s.clone())
    }
}
impl From<bool> for J {
    fn from(b: bool) -> J {
        J::Bool(b)
    }
}
impl From<i64> for J {
    fn from(i: i64) -> J {
        J::Int(i)
    }
}
impl From<i32> for J {
    fn from(i: i32) -> J {
        J::Int(i64::from(i))
    }
}
impl From<u64> for J {
    fn from(i: u64) -> J {
        J::Int(i as i64)
    }
}
impl From<usize> for J {
    fn from(i: usize) -> J {
        J::Int(i as i64)
    }
}
impl From<f64> for J {
    fn from(f: f64) -> J {
        J::Float(f)
    }
}
impl From<Vec<J>> for J {
    fn from(v: Vec<J>) -> J {
        J::Arr(v)
    }
}
impl<T: Into<J>> From<Option<T>> for J {
    fn from(v: Option<T>) -> J {
        v.map_or(J::Null, Into::into)
    }
}

/// `oj!({"a": 1, "b": [true, null], "c": (expr)})`: like `serde_json::json!` but ordered.
/// Values that are more than one token (calls, negatives) go in parentheses.
macro_rules! oj {
    (null) => { $crate::ojson::J::Null };
    ([ $($v:tt),* $(,)? ]) => { $crate::ojson::J::Arr(vec![ $( oj!($v) ),* ]) };
    ({ $($k:literal : $v:tt),* $(,)? }) => {
        $crate::ojson::J::Obj(vec![ $( ($k.to_string(), oj!($v)) ),* ])
    };
    ($e:expr) => { $crate::ojson::J::from($e) };
}
pub(crate) use oj;

#[cfg(test)]
mod tests {

    #[test]
    fn encodes_like_php() {
        let v = oj!({"code": "invalid_username", "message": "<strong>Error:</strong> é", "data": {"status": 401}, "list": [], "n": null});
        assert_eq!(
            v.encode(),
            r#"{"code":"invalid_username","message":"<strong>Error:<\/strong> \u00e9","data":{"status":401},"list":[],"n":null}"#
        );
    }
}
