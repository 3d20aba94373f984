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
    let mut cmd = localise(cmd, lang, true);
    // clap adds `--help`, `--version` and the `help` command while building: build now (clap's
    // supported way to inspect them), then give them and the headings their words.
    cmd.build();
    clap_words(cmd, lang)
}

/// What clap writes itself: the section headings ("Usage:", "Commands:", "Arguments:",
/// "Options:" become a help template, `subcommand_help_heading` and `help_heading`) and the help
/// of the arguments and command it generates (`cli-clap-*`).
fn clap_words(mut cmd: Command, lang: Lang) -> Command {
    use std::fmt::Write as _;

    let usage = cmd.get_styles().get_usage();
    let mut template = clap::builder::StyledStr::new();
    let _ = write!(
        template,
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        text(lang, "cli-clap-usage"),
        usage.render_reset()
    );
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(heading(lang, "cli-clap-commands"));
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let heading = heading(
            lang,
            if positional {
                "cli-clap-arguments"
            } else {
                "cli-clap-options"
            },
        );
        cmd = cmd.mut_arg(&id, |a| {
            let mut a = a.help_heading(heading);
            match id.as_str() {
                "help" if a.get_long_help().is_some() => {
                    a = a
                        .help(text(lang, "cli-clap-help-short"))
                        .long_help(text(lang, "cli-clap-help-long"));
                }
                "help" => a = a.help(text(lang, "cli-clap-help")),
                "version" => a = a.help(text(lang, "cli-clap-version")),
                _ => {}
            }
            a
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subcommands {
        cmd = cmd.mut_subcommand(&sub, |s| {
            let s = clap_words(s, lang);
            // The `help` command clap adds (and the `help` inside it).
            if sub == "help" {
                s.about(text(lang, "cli-clap-help-command"))
            } else {
                s
            }
        });
    }
    cmd
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

/// A heading: clap takes only `&'static str` there (without its `string` feature). One process
/// asks for a handful, once, so keeping them for the process's life costs nothing.
fn heading(lang: Lang, id: &str) -> &'static str {
    Box::leak(text(lang, id).into_boxed_str())
}

fn text(lang: Lang, id: &str) -> String {
    handshake_l10n::text(lang, id, None)
}

/// Every help text of ours in `cmd`, by message id (for English: what the messages must equal).
/// What clap generates (`--help`, `--version`, the `help` command) is not ours.
#[cfg(test)]
fn texts(cmd: &Command) -> Vec<(String, String)> {
    fn walk(cmd: &Command, top: bool, out: &mut Vec<(String, String)>) {
        let name = command_key(cmd, top);
        if let Some(about) = cmd.get_about() {
            out.push((format!("cli-help-{name}-about"), about.to_string()));
        }
        if let Some(long) = cmd.get_long_about() {
            out.push((format!("cli-help-{name}-long-about"), long.to_string()));
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            // Generated by clap, or a global option's copy (its text is the top level's).
            if id == "help" || id == "version" || (!top && arg.is_global_set()) {
                continue;
            }
            let key = format!("cli-help-{name}-arg-{}", id.replace('_', "-"));
            if let Some(help) = arg.get_help() {
                out.push((key.clone(), help.to_string()));
            }
            if let Some(long) = arg.get_long_help() {
                out.push((format!("{key}-long"), long.to_string()));
            }
        }
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            walk(sub, false, out);
        }
    }
    let mut out = Vec::new();
    walk(cmd, true, &mut out);
    out
}

#[cfg(test)]
fn english_texts() -> Vec<(String, String)> {
    texts(&Cli::command())
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
        let english = english_texts();
        for lang in [Lang::De, Lang::Es] {
            let localised = texts(&command(lang));
            let ids =
                |t: &[(String, String)]| t.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&localised), ids(&english), "{lang}");
            for ((id, l), (_, e)) in localised.iter().zip(&english) {
                assert_ne!(l, e, "{lang} {id}: still English");
            }
        }
        assert!(
            handshake_l10n::misses().is_empty(),
            "{:?}",
            handshake_l10n::misses()
        );
    }

    /// clap's own words in English are what clap writes (so a clap upgrade that changes them is
    /// noticed), and German and Spanish help pages have none of them left.
    #[test]
    fn claps_words_are_replaced_in_german_and_spanish() {
        let mut built = Cli::command();
        built.build();
        let help_of = |cmd: &Command, id: &str| {
            let arg = cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
            (
                arg.get_help().map(|h| h.to_string()),
                arg.get_long_help().map(|h| h.to_string()),
            )
        };
        let doctor = built.find_subcommand("doctor").unwrap();
        let help_command = built.find_subcommand("help").unwrap();
        let en = |id: &str| Some(text(Lang::En, id));
        assert_eq!(help_of(&built, "help"), (en("cli-clap-help"), None));
        assert_eq!(help_of(&built, "version"), (en("cli-clap-version"), None));
        assert_eq!(
            help_of(doctor, "help"),
            (en("cli-clap-help-short"), en("cli-clap-help-long"))
        );
        assert_eq!(
            help_command.get_about().map(|a| a.to_string()),
            en("cli-clap-help-command")
        );
        let top = Cli::command().render_help().to_string();
        let doctor = Cli::command()
            .find_subcommand_mut("doctor")
            .unwrap()
            .clone()
            .render_long_help()
            .to_string();
        let words = [
            format!("\n{} handshake", text(Lang::En, "cli-clap-usage")),
            format!("\n{}:\n", text(Lang::En, "cli-clap-commands")),
            format!("\n{}:\n", text(Lang::En, "cli-clap-options")),
        ];
        for word in &words {
            assert!(top.contains(word.as_str()), "{word:?} in {top}");
        }
        let arguments = format!("\n{}:\n", text(Lang::En, "cli-clap-arguments"));
        assert!(doctor.contains(&arguments), "{doctor}");

        for lang in [Lang::De, Lang::Es] {
            let mut cmd = command(lang);
            let mut pages = vec![
                cmd.render_help().to_string(),
                cmd.render_long_help().to_string(),
            ];
            for sub in ["doctor", "demo", "connect", "stores", "forget", "help"] {
                let sub = cmd.find_subcommand_mut(sub).unwrap();
                pages.push(sub.render_help().to_string());
                pages.push(sub.render_long_help().to_string());
            }
            for page in &pages {
                for english in [
                    "Usage:",
                    "Commands:",
                    "Arguments:",
                    "Options:",
                    "Print help",
                    "Print version",
                    "Print this message",
                ] {
                    assert!(!page.contains(english), "{lang}: {english} in {page}");
                }
            }
        }
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
