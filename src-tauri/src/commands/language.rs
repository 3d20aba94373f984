//! The wizard's language: what the UI speaks now, and the owner's switch.

use handshake_l10n::Lang;

use crate::error::AppError;
use crate::language::{self, UiLanguage};

/// The language on show now, the switch's choices and every wizard message in that language.
#[tauri::command(rename_all = "snake_case")]
pub fn ui_language() -> UiLanguage {
    language::ui_language_of(language::current())
}

/// Switches every screen, check, export and notification to `lang` and remembers the choice.
#[tauri::command(rename_all = "snake_case")]
pub fn set_ui_language(lang: String) -> Result<UiLanguage, AppError> {
    let lang: Lang = lang
        .parse()
        .map_err(|e: handshake_l10n::UnknownLang| AppError::Settings {
            detail: e.to_string(),
        })?;
    language::choose(lang)?;
    Ok(language::ui_language_of(lang))
}
