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

/// The language for `--help`, before clap has parsed anything: `--lang X` or `--lang=X` in
/// `args`, then `HANDSHAKE_LANG`, then the system's language, as [`crate::args::Cli::language`]
/// chooses after parsing. A value that is not a language is skipped here: clap reports it.
pub fn before_parsing(args: &[std::ffi::OsString], env: Option<&std::ffi::OsStr>) -> Lang {
    let mut given = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut from_args = None;
    while let Some(arg) = given.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => given.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        if let Some(value) = value {
            from_args = value.parse::<Lang>().ok();
        }
    }
    from_args
        .or_else(|| env.and_then(|v| v.to_str()?.parse::<Lang>().ok()))
        .unwrap_or_else(Lang::from_os)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<std::ffi::OsString> {
        list.iter().map(Into::into).collect()
    }

    #[test]
    fn help_language_before_parsing() {
        let es = Some(std::ffi::OsStr::new("es"));
        let de = args(&["handshake", "doctor", "--help", "--lang", "de"]);
        assert_eq!(before_parsing(&de, es), Lang::De);
        let de = args(&["handshake", "--lang=de-AT", "--help"]);
        assert_eq!(before_parsing(&de, es), Lang::De);
        assert_eq!(
            before_parsing(&args(&["handshake", "--help"]), es),
            Lang::Es
        );
        let bad = args(&["handshake", "--lang", "xx", "--help"]);
        assert_eq!(before_parsing(&bad, es), Lang::Es);
        let en = args(&["handshake", "--lang", "en"]);
        assert_eq!(before_parsing(&en, es), Lang::En);
        // Not the --lang option: another option's name that starts the same way.
        let other = args(&["handshake", "--language", "de"]);
        assert_eq!(
            before_parsing(&other, Some(std::ffi::OsStr::new("en"))),
            Lang::En
        );
    }
}
