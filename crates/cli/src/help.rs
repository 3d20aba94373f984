//! `--help` in the run's language. The doc comments in `args.rs` stay the English source: clap
//! builds the command from them, and for any other language every command's `about`/`long_about`
//! and every argument's help is replaced from the `cli-help-…` messages before parsing. English is
//! never touched, so its help stays exactly what clap prints from the doc comments (a test holds
//! the English messages equal to them).
//!
//! Ids: `cli-help-<command>-about`, `cli-help-<command>-long-about`, `cli-help-<command>-arg-<arg>`
//! (`<command>` is `handshake` for the top level, else the subcommand's name; `_` in an argument's
//! id becomes `-`).

use clap::{Command, CommandFactory};
use handshake_l10n::Lang;

use crate::args::Cli;

/// The command line's shape, with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    localise(cmd, lang, true)
}

fn localise(mut cmd: Command, lang: Lang, top: bool) -> Command {
    let name = command_key(&cmd, top);
    if cmd.get_about().is_some() {
        cmd = cmd.about(text(lang, &format!("cli-help-{name}-about")));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(text(lang, &format!("cli-help-{name}-long-about")));
    }
    let args: Vec<(String, bool, bool)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().to_string(),
                a.get_help().is_some(),
                a.get_long_help().is_some(),
            )
        })
        .collect();
    for (id, help, long_help) in args {
        let key = format!("cli-help-{name}-arg-{}", id.replace('_', "-"));
        cmd = cmd.mut_arg(&id, |mut a| {
            if help {
                a = a.help(text(lang, &key));
            }
            if long_help {
                a = a.long_help(text(lang, &format!("{key}-long")));
            }
            a
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |s| localise(s, lang, false));
    }
    cmd
}

fn command_key(cmd: &Command, top: bool) -> String {
    if top {
        "handshake".to_string()
    } else {
        cmd.get_name().to_string()
    }
}

fn text(lang: Lang, id: &str) -> String {
    handshake_l10n::text(lang, id, None)
}

/// Every help text clap has for the command line, by message id (what the English messages must
/// equal).
#[cfg(test)]
fn english_texts() -> Vec<(String, String)> {
    fn walk(cmd: &Command, top: bool, out: &mut Vec<(String, String)>) {
        let name = command_key(cmd, top);
        if let Some(about) = cmd.get_about() {
            out.push((format!("cli-help-{name}-about"), about.to_string()));
        }
        if let Some(long) = cmd.get_long_about() {
            out.push((format!("cli-help-{name}-long-about"), long.to_string()));
        }
        for arg in cmd.get_arguments() {
            let key = format!(
                "cli-help-{name}-arg-{}",
                arg.get_id().as_str().replace('_', "-")
            );
            if let Some(help) = arg.get_help() {
                out.push((key.clone(), help.to_string()));
            }
            if let Some(long) = arg.get_long_help() {
                out.push((format!("{key}-long"), long.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, false, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), true, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_messages_are_claps_help_texts() {
        let texts = english_texts();
        assert!(texts.len() > 40, "{}", texts.len());
        for (id, clap_text) in &texts {
            assert_eq!(&text(Lang::En, id), clap_text, "{id}");
        }
        // No message without a help text to replace (a renamed argument leaves none behind).
        let ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
        for id in handshake_l10n::message_ids(Lang::En) {
            if id.starts_with("cli-help-") {
                assert!(
                    ids.contains(&id.as_str()),
                    "{id} is not a help text clap has"
                );
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    #[test]
    fn german_and_spanish_replace_every_help_text() {
        for lang in [Lang::De, Lang::Es] {
            let mut localised = Vec::new();
            fn walk(cmd: &Command, out: &mut Vec<String>) {
                out.extend(cmd.get_about().map(|s| s.to_string()));
                out.extend(cmd.get_long_about().map(|s| s.to_string()));
                for arg in cmd.get_arguments() {
                    out.extend(arg.get_help().map(|s| s.to_string()));
                    out.extend(arg.get_long_help().map(|s| s.to_string()));
                }
                for sub in cmd.get_subcommands() {
                    walk(sub, out);
                }
            }
            walk(&command(lang), &mut localised);
            let english: Vec<String> = english_texts().into_iter().map(|(_, t)| t).collect();
            assert_eq!(localised.len(), english.len(), "{lang}");
            for (l, e) in localised.iter().zip(&english) {
                assert_ne!(l, e, "{lang}: still English");
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    /// Option names, environment variables, commands in backticks and example addresses are
    /// typed as they are: every one in the English text is in the German and Spanish text too.
    #[test]
    fn code_is_never_translated() {
        fn code(text: &str) -> Vec<String> {
            let mut found: Vec<String> = text
                .split('`')
                .skip(1)
                .step_by(2)
                .map(|s| format!("`{s}`"))
                .collect();
            found.extend(
                text.split(|c: char| c.is_whitespace() || "(),`".contains(c))
                    .filter(|w| {
                        w.starts_with("--")
                            || w.starts_with("HANDSHAKE_")
                            || w.contains("example.com")
                            || w.contains('/')
                    })
                    .map(|w| w.trim_end_matches(['.', ':']).to_string()),
            );
            found
        }
        for (id, english) in english_texts() {
            for lang in [Lang::De, Lang::Es] {
                let localised = text(lang, &id);
                for token in code(&english) {
                    assert!(localised.contains(&token), "{lang} {id}: {token} missing");
                }
            }
        }
    }

    #[test]
    fn english_is_claps_command_unchanged() {
        let mut ours = command(Lang::En);
        let mut clap = Cli::command();
        assert_eq!(
            ours.render_long_help().to_string(),
            clap.render_long_help().to_string()
        );
    }
}
