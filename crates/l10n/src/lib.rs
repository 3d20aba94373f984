//! Every sentence Handshake shows a person, through one layer: Project Fluent messages in
//! `locales/<lang>/`, one file per area of the product, English complete and German and Spanish
//! alongside. Code a person pastes (rules, `.htaccess` lines, headers) is never a message: it is
//! passed in as a value and stays byte for byte the same in every language.
//!
//! ```
//! use handshake_l10n::{t, Lang};
//! assert_eq!(t!(Lang::En, "l10n-example", "host" => "shop.example"), "Checking shop.example");
//! ```

mod bundles;
mod lang;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use lang::{Lang, UnknownLang};

pub use bundles::{message_ids, misses, text};

/// `t!(lang, "message-id")` or `t!(lang, "message-id", "name" => value, ...)`: the message in
/// `lang`, with named values (strings or numbers).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::text($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:literal => $value:expr),+ $(,)?) => {{
        let mut args = $crate::FluentArgs::new();
        $(args.set($name, $value);)+
        $crate::text($lang, $id, Some(&args))
    }};
}
