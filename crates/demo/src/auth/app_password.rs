//! WordPress application passwords (`wp_validate_application_password`), REST requests only.

use super::basic::php_auth;
use crate::context::Ctx;
use crate::state::{normalize_app_password, Db};
use crate::wordpress::WpError;

pub(crate) struct AppAuth {
    pub user: Option<u64>,
    pub error: Option<WpError>,
}

/// Application passwords need `is_ssl()` (the environment type is not `local`); the site has
/// one in use (admin's), so a Basic header is always tried as a login.
pub(crate) fn authenticate(ctx: &Ctx, db: &Db) -> AppAuth {
    let none = AppAuth {
        user: None,
        error: None,
    };
    if !ctx.is_ssl() {
        return none;
    }
    let Some((username, password)) = php_auth(ctx) else {
        return none;
    };
    let Some(user) = db.user_by_login_or_email(&username) else {
        let error = if username.contains('@') {
            WpError::new(
                "invalid_email",
                "<strong>Error:</strong> Unknown email address. Check again or try your username.",
                401,
            )
        } else {
            WpError::new(
                "invalid_username",
                "<strong>Error:</strong> Unknown username. Check again or try your email address.",
                401,
            )
        };
        return AppAuth {
            user: None,
            error: Some(error),
        };
    };
    let given = normalize_app_password(&password);
    if user.app_passwords.contains(&given) {
        return AppAuth {
            user: Some(user.id),
            error: None,
        };
    }
    AppAuth {
        user: None,
        error: Some(WpError::new(
            "incorrect_password",
            "The provided password is an invalid application password.",
            401,
        )),
    }
}
