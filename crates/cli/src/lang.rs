//! The language this run speaks: chosen once from `--lang`, `HANDSHAKE_LANG` or the system, then
//! read wherever the CLI writes a sentence (a report renders in its own `lang`).

use std::sync::OnceLock;

pub use handshake_l10n::Lang;

static LANG: OnceLock<Lang> = OnceLock::new();

pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

pub fn get() -> Lang {
    LANG.get().copied().unwrap_or_default()
}
