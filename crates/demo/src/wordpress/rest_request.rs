//! A REST request after authentication: its route, effective method, user and parameters as
//! `WP_REST_Request` reads them.

use http::Method;

use crate::context::Ctx;
use crate::state::User;

/// A REST request after authentication.
pub(crate) struct RestRequest {
    pub route: String,
    /// Effective method (`?_method=` or `X-HTTP-Method-Override` applied).
    pub method: Method,
    pub user: Option<User>,
    pub json: Option<serde_json::Value>,
}

impl RestRequest {
    pub(crate) fn can(&self, cap: &str) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.has_cap(cap))
    }

    /// `$request[name]`: JSON body, then form body, then query string.
    pub(crate) fn param(&self, ctx: &Ctx, name: &str) -> Option<String> {
        if let Some(v) = self.json.as_ref().and_then(|j| j.get(name)) {
            return Some(match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => String::new(),
                serde_json::Value::Bool(b) => {
                    if *b {
                        "1".into()
                    } else {
                        String::new()
                    }
                }
                other => other.to_string(),
            });
        }
        ctx.req.request_param(name)
    }

    /// PHP `empty( $request[name] )`.
    pub(crate) fn param_is_empty(&self, ctx: &Ctx, name: &str) -> bool {
        if let Some(v) = self.json.as_ref().and_then(|j| j.get(name)) {
            return match v {
                serde_json::Value::Null => true,
                serde_json::Value::Bool(b) => !b,
                serde_json::Value::Number(n) => n.as_f64() == Some(0.0),
                serde_json::Value::String(s) => s.is_empty() || s == "0",
                serde_json::Value::Array(a) => a.is_empty(),
                serde_json::Value::Object(o) => o.is_empty(),
            };
        }
        crate::request::php_empty(ctx.req.request_param(name).as_deref())
    }

    pub(crate) fn int_param(&self, ctx: &Ctx, name: &str) -> Option<i64> {
        self.param(ctx, name).and_then(|v| v.trim().parse().ok())
    }
}
