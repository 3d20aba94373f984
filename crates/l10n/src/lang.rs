//! The languages Handshake speaks, and how one is chosen from a tag or the OS.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

/// A language every user-facing sentence exists in.
///
/// `Pseudo` is English with every letter of our own words replaced by an accented look-alike: text
/// that reaches a person without going through this crate stays plain ASCII and stands out (tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Pseudo,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\": choose en, de or es")]
pub struct UnknownLang(pub String);

impl Lang {
    /// The languages a person can choose (the pseudo-locale is for tests).
    pub const CHOICES: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];

    /// The tag used in reports, files and `--lang` (`en`, `de`, `es`; `en-XA` for the pseudo-locale).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Pseudo => "en-XA",
        }
    }

    /// The language's own name, for a language switch ("Deutsch").
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Pseudo => "Ƥşḗḗŭŭḓǿǿ",
        }
    }

    /// The language for a BCP 47 or POSIX tag (`de`, `de-AT`, `es_MX.UTF-8`); `None` when we do not
    /// speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or(tag)
            .replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Lang::Pseudo);
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The OS's language when we speak it, else English.
    pub fn from_os() -> Lang {
        sys_locale::get_locales()
            .find_map(|tag| Lang::from_tag(&tag))
            .unwrap_or_default()
    }

    pub(crate) fn langid(self) -> LanguageIdentifier {
        // The pseudo-locale keeps English plural rules.
        let tag = match self {
            Lang::Pseudo => "en",
            other => other.code(),
        };
        tag.parse().expect("our own language tags parse")
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        Lang::from_tag(s.trim()).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(deserializer)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_from_users_and_systems() {
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("de_AT.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag("C"), None);
        assert_eq!("xx".parse::<Lang>(), Err(UnknownLang("xx".into())));
    }
}
