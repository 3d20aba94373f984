//! The WordPress origin: front-end routing, the REST server, core routes.

pub(crate) mod authorize_application;
pub(crate) mod index;
pub(crate) mod post_row;
pub(crate) mod posts;
pub(crate) mod rest;
pub(crate) mod rest_request;
pub(crate) mod routing;
pub(crate) mod wp_v2;

use crate::ojson::{oj, J};

/// A `WP_Error` as the REST API serialises it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct WpError {
    pub code: String,
    pub message: String,
    pub status: u16,
}

impl WpError {
    pub(crate) fn new(code: &str, message: &str, status: u16) -> WpError {
        WpError {
            code: code.to_string(),
            message: message.to_string(),
            status,
        }
    }

    pub(crate) fn body(&self) -> J {
        oj!({"code": (self.code.as_str()), "message": (self.message.as_str()), "data": {"status": (self.status)}})
    }

    pub(crate) fn no_route() -> WpError {
        WpError::new(
            "rest_no_route",
            "No route was found matching the URL and request method.",
            404,
        )
    }
}

impl From<u16> for J {
    fn from(i: u16) -> J {
        J::Int(i64::from(i))
    }
}

/// A REST handler's answer before the server adds its standard headers.
pub(crate) struct RestOut {
    pub status: u16,
    pub body: J,
    pub headers: Vec<(String, String)>,
}

impl RestOut {
    pub(crate) fn ok(body: J) -> RestOut {
        RestOut {
            status: 200,
            body,
            headers: Vec::new(),
        }
    }
    pub(crate) fn header(mut self, name: &str, value: impl Into<String>) -> RestOut {
        self.headers.push((name.to_string(), value.into()));
        self
    }
}

impl From<WpError> for RestOut {
    fn from(e: WpError) -> RestOut {
        RestOut {
            status: e.status,
            body: e.body(),
            headers: Vec::new(),
        }
    }
}

/// `rest_authorization_required_code()`: 401 when nobody is logged in, 403 otherwise.
pub(crate) fn auth_required_code(logged_in: bool) -> u16 {
    if logged_in {
        403
    } else {
        401
    }
}
