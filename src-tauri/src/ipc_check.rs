//! The UI and the commands agree: `ui/bindings.js` and `capabilities/main.json` are what the code
//! generates (src/ipc_gen.rs; `HANDSHAKE_UPDATE_BINDINGS=1` rewrites them), and every call in `ui/`
//! goes through the bindings to a command that exists, with as many arguments as it takes.

use std::path::{Path, PathBuf};

use crate::ipc_gen::{self, Command};

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn commands() -> Vec<Command> {
    ipc_gen::commands(crate_dir()).expect("the commands")
}

/// Compares a committed generated file with what the code makes now (or writes it when asked).
fn current(path: &Path, made: &str) {
    if std::env::var_os("HANDSHAKE_UPDATE_BINDINGS").is_some() {
        std::fs::write(path, made).expect("write");
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    if committed != made {
        let line = committed
            .lines()
            .zip(made.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(committed.lines().count().min(made.lines().count()));
        panic!(
            "{} is not what the commands generate (from line {}: {:?}); run \
             `HANDSHAKE_UPDATE_BINDINGS=1 cargo test -p handshake-desktop --lib ipc` and commit it",
            path.display(),
            line + 1,
            made.lines().nth(line).unwrap_or("<end>")
        );
    }
}

#[test]
fn bindings_are_current() {
    let commands = commands();
    let made = ipc_gen::bindings_js(&commands, &ipc_gen::type_roots(crate_dir()))
        .unwrap_or_else(|e| panic!("{e}"));
    current(&crate_dir().join("../ui/bindings.js"), &made);
}

#[test]
fn the_capability_grants_exactly_the_commands() {
    let commands = commands();
    current(
        &crate_dir().join("capabilities/main.json"),
        &ipc_gen::capability_json(&commands),
    );
    // The only capability file: nothing else is granted to the window.
    let files: Vec<_> = std::fs::read_dir(crate_dir().join("capabilities"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files, ["main.json"]);
}

fn ui_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(ui_files(&p));
        } else if p.extension().is_some_and(|x| x == "js") {
            out.push(p);
        }
    }
    out.sort();
    out
}

/// How many arguments a call has, given the text after its `(`; counted at the top level
/// (strings, template literals, brackets and arrow bodies skipped).
fn arity(rest: &str) -> usize {
    let mut depth = 0usize;
    let mut commas = 0;
    let mut any = false;
    let mut quote: Option<char> = None;
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            if c == '\\' {
                chars.next();
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' | '`' => {
                quote = Some(c);
                any = true;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return if any { commas + 1 } else { 0 },
            ')' | ']' | '}' => depth -= 1,
            // A trailing comma does not start an argument.
            ',' if depth == 0 && !rest_is_close(chars.as_str()) => commas += 1,
            c if !c.is_whitespace() => any = true,
            _ => {}
        }
    }
    panic!("unclosed call: {rest:.80}")
}

fn rest_is_close(rest: &str) -> bool {
    rest.trim_start().starts_with(')')
}

#[test]
fn the_ui_calls_only_commands_that_exist_with_their_arguments() {
    let commands = commands();
    let ui = crate_dir().join("../ui");
    let mut used = std::collections::BTreeSet::new();
    for file in ui_files(&ui) {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(&ui).unwrap().display().to_string();
        if name == "bindings.js" {
            continue;
        }
        // Only the generated bindings talk to Rust.
        for raw in ["invoke(", "__TAURI__", "__TAURI_INTERNALS__"] {
            assert!(
                !text.contains(raw),
                "ui/{name} uses {raw}; call the command through ui/bindings.js"
            );
        }
        for (at, _) in text.match_indices("commands.") {
            let after = &text[at + "commands.".len()..];
            let called: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let Some(command) = commands.iter().find(|c| c.name == called) else {
                panic!("ui/{name} calls commands.{called}, which is not a command");
            };
            let rest = &after[called.len()..];
            assert!(
                rest.starts_with('('),
                "ui/{name}: commands.{called} is used without being called"
            );
            assert_eq!(
                arity(&rest[1..]),
                command.args.len(),
                "ui/{name} calls {called} with a different number of arguments than ({})",
                command
                    .args
                    .iter()
                    .map(|a| a.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            used.insert(called);
        }
    }
    for c in &commands {
        assert!(
            used.contains(&c.name),
            "no screen calls {}: a command the UI does not use should not be granted",
            c.name
        );
    }
}

#[test]
fn arity_counts_top_level_arguments() {
    assert_eq!(arity(")"), 0);
    assert_eq!(arity(" )"), 0);
    assert_eq!(arity("a)"), 1);
    assert_eq!(arity("a, { b, c }, (x) => f(x, y))"), 3);
    assert_eq!(arity("'a,b', `c${d, e}`,\n)"), 2);
}

#[test]
fn every_command_takes_snake_case_arguments() {
    for c in commands() {
        for a in &c.args {
            assert!(
                a.name
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'),
                "{}({})",
                c.name,
                a.name
            );
        }
    }
}

/// `AppError` is serialized by hand (src/error.rs), so its description in the bindings is written
/// by hand too: it must name exactly the keys the error crosses with.
#[test]
fn the_app_error_description_has_its_keys() {
    let described = ipc_gen::external_type("AppError").expect("AppError is described");
    let value = serde_json::to_value(crate::error::AppError::Cancelled).unwrap();
    let keys: Vec<&String> = value.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), described.matches(':').count(), "{described}");
    for key in keys {
        assert!(
            described.contains(&format!("{key}: ")),
            "{key} in {described}"
        );
    }
}
