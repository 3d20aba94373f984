//! "WooCommerce showed an error after Approve": the owner pastes the page's text and the wizard
//! explains it with the engine's catalog — the same explanation as `handshake connect --explain`
//! (`handshake_connect::store_messages::explain`). A text Handshake does not know is not interpreted.

use serde::Serialize;
use tauri::State;

use handshake_connect::store_messages;
use handshake_engine::{Profile, StoreUrl};

use super::CheckedReport;
use crate::error::AppError;
use crate::state::AppState;

#[derive(Debug, Serialize)]
pub struct Explained {
    /// What the message means, in plain words; absent when Handshake does not know the text.
    pub meaning: Option<String>,
    /// A report holding the message's finding and its fixes (Copy and Export work on it).
    pub checked: Option<CheckedReport>,
    /// The messages Handshake knows, as WooCommerce prints them (shown for an unknown text).
    pub known: Vec<&'static str>,
}

#[tauri::command(rename_all = "snake_case")]
pub fn explain_store_message(
    state: State<'_, AppState>,
    url: String,
    text: String,
) -> Result<Explained, AppError> {
    let store = StoreUrl::parse(&url)?;
    let state = state.inner();
    // In the wizard's language, as every check is; what WooCommerce showed stays as pasted.
    let lang = crate::language::current();
    let explained = store_messages::explain_in(
        &text,
        &store,
        &Profile::default(),
        state.relay_url.as_deref(),
        lang,
    );
    Ok(match explained {
        Some(e) => {
            let mut report = store_messages::report(&store, e.finding);
            // Exports and the host e-mail of this report speak the language it was written in.
            report.lang = lang;
            Explained {
                meaning: Some(e.message.meaning_in(lang)),
                checked: Some(CheckedReport::keep(state, report)),
                known: Vec::new(),
            }
        }
        None => Explained {
            meaning: None,
            checked: None,
            known: store_messages::known()
                .into_iter()
                .map(|m| m.shown_as)
                .collect(),
        },
    })
}
