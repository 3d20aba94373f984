//! Evidence lines from exchanges: the request, the status, and the detail that matters (the
//! WordPress error, the firewall marker, or the start of the body), redacted.

use crate::credentials::Redactor;
use crate::firewall;
use crate::http::Exchange;
use crate::probes::ProbeId;
use crate::report::Evidence;
use crate::safe_text;
use crate::wp::WpAnswer;

pub fn from_exchange(probe: ProbeId, e: &Exchange, redactor: &Redactor) -> Evidence {
    let detail = if let Some(block) = firewall::classify(&e.view()) {
        let mut d = format!("{:?} block page: {}", block.vendor, block.marker);
        if let Some(id) = block.incident_id {
            d.push_str(&format!(" (id {id})"));
        }
        d
    } else if let Some(page) = firewall::stock_page(&e.view()) {
        // Byte-identical for an .htaccess deny, an IP deny and ModSecurity: say only what it is.
        let server = match page.server {
            crate::details::ServerKind::Apache => "Apache",
            crate::details::ServerKind::Nginx => "nginx",
            crate::details::ServerKind::LiteSpeed => "LiteSpeed",
            crate::details::ServerKind::Unknown => "the web server",
        };
        format!("{server}'s own {} error page, not WordPress", page.status)
    } else if let Some(err) = e.wp_error() {
        format!("{}: {}", err.code, err.message)
    } else if (200..300).contains(&e.status) && e.json().cloned().is_some() {
        // Store data (orders, customers) never goes into a report: describe the answer's shape only,
        // and what was printed before it (a PHP warning breaks every JSON client).
        match crate::wp::json_shape(&e.body) {
            crate::wp::JsonShape::Prefixed { prefix } => {
                format!("{}, after this text: {prefix}", describe_json(e))
            }
            _ => describe_json(e),
        }
    } else if e.is_redirect() {
        format!("redirects to {}", e.header("location").unwrap_or("?"))
    } else {
        let ct = e
            .content_type()
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let server = e
            .header("server")
            .map(|s| format!(", server: {s}"))
            .unwrap_or_default();
        let snippet = e.body_snippet(120);
        if snippet.is_empty() {
            format!("{ct}{server}")
        } else {
            format!("{ct}{server}: {snippet}")
        }
    };
    // Headers, markers and excerpts above are the store's bytes: one safe line each.
    Evidence {
        probe: probe.name(),
        request: safe_text::line(&redactor.redact(&e.request_line())).into_owned(),
        status: Some(e.status),
        detail: safe_text::line(&redactor.redact(&detail)).into_owned(),
    }
}

pub fn note(probe: ProbeId, request: &str, detail: &str, redactor: &Redactor) -> Evidence {
    Evidence {
        probe: probe.name(),
        request: safe_text::line(request).into_owned(),
        status: None,
        detail: safe_text::line(&redactor.redact(detail)).into_owned(),
    }
}

fn describe_json(e: &Exchange) -> String {
    match e.json().cloned() {
        Some(serde_json::Value::Array(items)) => {
            format!("JSON list of {} item(s){}", items.len(), total(e))
        }
        Some(serde_json::Value::Object(map)) if map.contains_key("namespaces") => {
            let ns = map
                .get("namespaces")
                .and_then(|n| n.as_array())
                .map(|a| a.len())
                .unwrap_or(0);
            format!("the REST index ({ns} namespaces)")
        }
        Some(serde_json::Value::Object(map)) => format!("JSON object ({} fields)", map.len()),
        _ => "JSON".to_string(),
    }
}

fn total(e: &Exchange) -> String {
    e.header("x-wp-total")
        .map(|t| format!(", {t} in total"))
        .unwrap_or_default()
}
