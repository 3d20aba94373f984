//! Checking Cloudflare rule expressions two ways:
//! 1. Cloudflare's own parser. `wirefilter-engine` on crates.io is 0.6.1 (2019): it has no functions,
//!    so it cannot parse `starts_with()`, and the current engine is not published there. The
//!    PyPI package `octorules-wirefilter` ships the current engine (compiled from Cloudflare's
//!    wirefilter) with Cloudflare's HTTP field and function scheme; the test drives it with python3.
//! 2. A structural check written here: fields, functions, operators and literal types of the subset
//!    the fixes use, so a mistake is explained even without the package.

use std::io::Write;
use std::process::{Command, Stdio};

/// Fields the fixes may use, with their Rules-language types.
const FIELDS: &[(&str, Type)] = &[
    ("http.request.uri.path", Type::Bytes),
    ("http.request.uri.query", Type::Bytes),
    ("http.user_agent", Type::Bytes),
    ("http.host", Type::Bytes),
    ("ip.src", Type::Ip),
];

pub const ALLOWED_FUNCTIONS: &[&str] = &["starts_with", "lower"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    Bytes,
    Ip,
    Bool,
}

/// What the real engine said about one expression.
#[derive(Debug)]
pub struct Parsed {
    pub expression: String,
    pub error: Option<String>,
    pub fields: Vec<String>,
    pub functions: Vec<String>,
}

/// Parses every expression with Cloudflare's wirefilter engine (through `octorules-wirefilter`).
/// A missing python3 or package fails the calling test, saying what to install.
pub fn parse_with_wirefilter(expressions: &[String]) -> Vec<Parsed> {
    const SCRIPT: &str = "import json, sys\n\
try:\n    import octorules_wirefilter as w\n\
except ImportError as e:\n    print('MISSING: ' + str(e)); sys.exit(3)\n\
out = []\n\
for e in json.load(sys.stdin):\n    r = w.parse_expression(e)\n    out.append({'expression': e, 'error': r.get('error'), 'fields': r.get('fields', []), 'functions': r.get('functions', [])})\n\
print(json.dumps(out))\n";
    let python = std::env::var("HANDSHAKE_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let mut child = Command::new(&python)
        .arg("-c")
        .arg(SCRIPT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{python} is needed to run Cloudflare's wirefilter parser ({e}): install python3 and `pip install octorules-wirefilter==0.7.0`"));
    let input = serde_json::to_string(expressions).expect("json");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write expressions");
    let out = child.wait_with_output().expect("python3 output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        panic!(
            "Cloudflare's wirefilter parser is not available: `pip install octorules-wirefilter==0.7.0`\n{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let results: Vec<serde_json::Value> =
        serde_json::from_str(stdout.trim()).expect("parser output is JSON");
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    results
        .iter()
        .map(|r| Parsed {
            expression: r["expression"].as_str().unwrap_or_default().to_string(),
            error: r["error"].as_str().map(str::to_string),
            fields: strings(&r["fields"]),
            functions: strings(&r["functions"]),
        })
        .collect()
}

/// The structural check: Ok, or what is wrong and where.
pub fn check_structure(expression: &str) -> Result<(), String> {
    if expression.len() > 4096 {
        return Err(format!(
            "{} characters, over Cloudflare's 4,096",
            expression.len()
        ));
    }
    let tokens = tokenize(expression)?;
    let mut parser = Parser { tokens, pos: 0 };
    let ty = parser.or_expr()?;
    if parser.pos != parser.tokens.len() {
        return Err(format!(
            "unexpected {:?} at token {}",
            parser.tokens[parser.pos], parser.pos
        ));
    }
    if ty != Type::Bool {
        return Err("the expression is not a condition".into());
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Str(String),
    Open,
    Close,
    Comma,
    Set(Vec<String>),
}

fn tokenize(s: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\n' | '\t' => i += 1,
            '(' => {
                out.push(Token::Open);
                i += 1
            }
            ')' => {
                out.push(Token::Close);
                i += 1
            }
            ',' => {
                out.push(Token::Comma);
                i += 1
            }
            '"' => {
                let mut value = String::new();
                i += 1;
                loop {
                    match chars.get(i) {
                        None => return Err("unterminated string".into()),
                        Some('"') => break,
                        Some('\\') => {
                            let next = chars.get(i + 1).ok_or("dangling backslash")?;
                            if !matches!(next, '"' | '\\') {
                                return Err(format!("unknown escape \\{next}"));
                            }
                            value.push(*next);
                            i += 2;
                        }
                        Some(ch) => {
                            value.push(*ch);
                            i += 1;
                        }
                    }
                }
                i += 1;
                out.push(Token::Str(value));
            }
            '{' => {
                let end = chars[i..]
                    .iter()
                    .position(|&ch| ch == '}')
                    .ok_or("unterminated set")?
                    + i;
                let items: String = chars[i + 1..end].iter().collect();
                out.push(Token::Set(
                    items.split_whitespace().map(str::to_string).collect(),
                ));
                i = end + 1;
            }
            c if c.is_ascii_alphanumeric() || c == '_' || c == '.' => {
                let start = i;
                while i < chars.len()
                    && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == '.')
                {
                    i += 1;
                }
                out.push(Token::Word(chars[start..i].iter().collect()));
            }
            other => return Err(format!("unexpected character {other:?}")),
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek_word(&self) -> Option<&str> {
        match self.tokens.get(self.pos) {
            Some(Token::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn or_expr(&mut self) -> Result<Type, String> {
        let mut ty = self.and_expr()?;
        while self.peek_word() == Some("or") {
            self.pos += 1;
            expect_bool(ty)?;
            ty = self.and_expr()?;
            expect_bool(ty)?;
        }
        Ok(ty)
    }

    fn and_expr(&mut self) -> Result<Type, String> {
        let mut ty = self.not_expr()?;
        while self.peek_word() == Some("and") {
            self.pos += 1;
            expect_bool(ty)?;
            ty = self.not_expr()?;
            expect_bool(ty)?;
        }
        Ok(ty)
    }

    fn not_expr(&mut self) -> Result<Type, String> {
        if self.peek_word() == Some("not") {
            self.pos += 1;
            let ty = self.not_expr()?;
            expect_bool(ty)?;
            return Ok(Type::Bool);
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Type, String> {
        let left = self.value()?;
        let Some(op) = self.peek_word().map(str::to_string) else {
            return Ok(left);
        };
        if matches!(op.as_str(), "and" | "or") {
            return Ok(left);
        }
        self.pos += 1;
        match (op.as_str(), left, self.tokens.get(self.pos).cloned()) {
            (
                "eq" | "ne" | "contains" | "wildcard" | "matches",
                Type::Bytes,
                Some(Token::Str(_)),
            ) => {
                self.pos += 1;
                Ok(Type::Bool)
            }
            ("in", Type::Ip, Some(Token::Set(items))) => {
                self.pos += 1;
                for item in items {
                    if !is_ip_or_cidr(&item) {
                        return Err(format!("{item:?} is not an IP address or range"));
                    }
                }
                Ok(Type::Bool)
            }
            (op, ty, rhs) => Err(format!(
                "operator {op} does not apply to {ty:?} and {rhs:?}"
            )),
        }
    }

    fn value(&mut self) -> Result<Type, String> {
        match self.tokens.get(self.pos).cloned() {
            Some(Token::Open) => {
                self.pos += 1;
                let ty = self.or_expr()?;
                if self.tokens.get(self.pos) != Some(&Token::Close) {
                    return Err("missing )".into());
                }
                self.pos += 1;
                Ok(ty)
            }
            Some(Token::Word(name)) if self.tokens.get(self.pos + 1) == Some(&Token::Open) => {
                self.pos += 2;
                let ty = match name.as_str() {
                    "starts_with" => {
                        let arg = self.value()?;
                        if arg != Type::Bytes || self.tokens.get(self.pos) != Some(&Token::Comma) {
                            return Err("starts_with(field, \"prefix\") expected".into());
                        }
                        self.pos += 1;
                        if !matches!(self.tokens.get(self.pos), Some(Token::Str(_))) {
                            return Err("starts_with needs a string literal".into());
                        }
                        self.pos += 1;
                        Type::Bool
                    }
                    "lower" => {
                        if self.value()? != Type::Bytes {
                            return Err("lower() takes a string field".into());
                        }
                        Type::Bytes
                    }
                    other => return Err(format!("function {other} is not used by the fixes")),
                };
                if self.tokens.get(self.pos) != Some(&Token::Close) {
                    return Err(format!("missing ) after {name}("));
                }
                self.pos += 1;
                Ok(ty)
            }
            Some(Token::Word(name)) => {
                self.pos += 1;
                FIELDS
                    .iter()
                    .find(|(f, _)| *f == name)
                    .map(|(_, t)| *t)
                    .ok_or(format!("unknown field {name}"))
            }
            other => Err(format!(
                "expected a field, function or ( but found {other:?}"
            )),
        }
    }
}

fn expect_bool(ty: Type) -> Result<(), String> {
    if ty == Type::Bool {
        Ok(())
    } else {
        Err(format!("{ty:?} used as a condition"))
    }
}

fn is_ip_or_cidr(s: &str) -> bool {
    let (addr, prefix) = s.split_once('/').map_or((s, None), |(a, p)| (a, Some(p)));
    let Ok(ip) = addr.parse::<std::net::IpAddr>() else {
        return false;
    };
    prefix.is_none_or(|p| {
        p.parse::<u8>()
            .is_ok_and(|p| p <= if ip.is_ipv4() { 32 } else { 128 })
    })
}
