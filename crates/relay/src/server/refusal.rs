//! Every refusal the API makes: an HTTP status plus the JSON body `{"error", "message"}`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::protocol::{codes, ApiError};
use crate::store::StoreError;

#[derive(Debug, Clone)]
pub struct Refusal {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
    pub retry_after: Option<u64>,
    /// Which rule refused (the remote check's `target_refused`).
    pub rule: Option<&'static str>,
}

impl Refusal {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Refusal {
        Refusal {
            status,
            code,
            message: message.into(),
            retry_after: None,
            rule: None,
        }
    }

    pub fn unknown_session() -> Refusal {
        Refusal::new(
            StatusCode::NOT_FOUND,
            codes::UNKNOWN_SESSION,
            "no such session: it never existed, expired long ago, or this relay does not share storage with the one that created it",
        )
    }

    pub fn expired() -> Refusal {
        Refusal::new(
            StatusCode::GONE,
            codes::SESSION_EXPIRED,
            "this session has expired; start the connection again",
        )
    }

    pub fn unauthorized() -> Refusal {
        Refusal::new(
            StatusCode::UNAUTHORIZED,
            codes::UNAUTHORIZED,
            "a valid pickup token is required (Authorization: Bearer ...)",
        )
    }

    pub fn too_large(limit: usize) -> Refusal {
        Refusal::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            codes::BODY_TOO_LARGE,
            format!("the body is larger than {limit} bytes"),
        )
    }

    pub fn rate_limited(retry_after: u64) -> Refusal {
        Refusal {
            retry_after: Some(retry_after),
            ..Refusal::new(
                StatusCode::TOO_MANY_REQUESTS,
                codes::RATE_LIMITED,
                "too many requests from this address",
            )
        }
    }

    pub fn overloaded() -> Refusal {
        Refusal {
            retry_after: Some(5),
            ..Refusal::new(
                StatusCode::SERVICE_UNAVAILABLE,
                codes::OVERLOADED,
                "the relay is busy; try again shortly",
            )
        }
    }

    /// This address has its share of requests in flight already.
    pub fn address_busy() -> Refusal {
        Refusal {
            retry_after: Some(5),
            ..Refusal::new(
                StatusCode::TOO_MANY_REQUESTS,
                codes::TOO_MANY_IN_FLIGHT,
                "this address has too many requests in progress; wait for one to finish",
            )
        }
    }

    pub fn storage() -> Refusal {
        Refusal {
            retry_after: Some(5),
            ..Refusal::new(
                StatusCode::SERVICE_UNAVAILABLE,
                codes::STORAGE_UNAVAILABLE,
                "session storage is unavailable",
            )
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Refusal {
        Refusal::new(StatusCode::BAD_REQUEST, codes::BAD_REQUEST, message)
    }
}

impl From<StoreError> for Refusal {
    fn from(e: StoreError) -> Refusal {
        match e {
            StoreError::TooManyForIp(n) => Refusal {
                retry_after: Some(60),
                ..Refusal::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    codes::TOO_MANY_SESSIONS_FOR_IP,
                    format!(
                        "this address already has {n} sessions waiting; finish or let them expire"
                    ),
                )
            },
            StoreError::TooManyForPrefix(n) => Refusal {
                retry_after: Some(60),
                ..Refusal::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    codes::TOO_MANY_SESSIONS_FOR_IP,
                    format!(
                        "this network already has {n} sessions waiting; finish or let them expire"
                    ),
                )
            },
            StoreError::TooManyPending(_) => Refusal {
                retry_after: Some(60),
                ..Refusal::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    codes::TOO_MANY_PENDING,
                    "the relay holds too many pending sessions",
                )
            },
            StoreError::Conflict | StoreError::Backend(_) => {
                tracing::error!(error = %e, "session storage failed");
                Refusal::storage()
            }
        }
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let body = ApiError {
            error: self.code.to_string(),
            message: self.message,
            retry_after_secs: self.retry_after,
            rule: self.rule.map(str::to_string),
        };
        let mut response = (self.status, Json(body)).into_response();
        if let Some(secs) = self.retry_after {
            if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
        }
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
