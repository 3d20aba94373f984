//! The IPC description, read from the code itself: every `#[tauri::command]` function in
//! `src/commands/*.rs` and the payload types it names. It is the one list of commands:
//! `build.rs` turns it into the `generate_handler!` list and one `allow-<command>` permission
//! each; the `ipc` test checks `capabilities/main.json` and the UI's generated `ui/bindings.js`
//! against it (`HANDSHAKE_UPDATE_BINDINGS=1` rewrites both), and that `ui/` calls only commands
//! that exist, with their arity.
//!
//! Payload keys are snake_case in both directions, like the JSON report's (docs/contract.md):
//! command arguments (`#[tauri::command(rename_all = "snake_case")]`, required here), and every
//! field of what commands return and channels carry (a key that is not snake_case fails here).
//!
//! This file is compiled twice: by `build.rs` (through `#[path]`) and by the library's tests.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use syn::punctuated::Punctuated;
use syn::{Attribute, Fields, GenericArgument, Item, LitStr, PathArguments, Token, Type};

/// One command the UI may call.
pub struct Command {
    /// The file's module path (`commands::check` for `src/commands/check.rs`).
    pub module: String,
    pub name: String,
    pub doc: Vec<String>,
    /// The arguments the UI passes (Tauri's injected ones, such as `State`, left out).
    pub args: Vec<Arg>,
    /// What the command returns (the `Ok` type of a `Result`), if anything.
    pub returns: Option<Type>,
}

pub struct Arg {
    pub name: String,
    pub ty: Type,
}

/// Arguments Tauri fills in itself; the UI never passes them.
const INJECTED: &[&str] = &[
    "State",
    "AppHandle",
    "Window",
    "WebviewWindow",
    "Webview",
    "Request",
];

fn parse(path: &Path) -> Result<syn::File, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    syn::parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        if f.is_dir() {
            out.extend(rust_files(&f));
        } else if f.extension().is_some_and(|e| e == "rs") {
            out.push(f);
        }
    }
    out
}

fn is_path(attr: &Attribute, segments: &[&str]) -> bool {
    let p = attr.path();
    p.segments.len() == segments.len() && p.segments.iter().zip(segments).all(|(s, n)| s.ident == n)
}

fn docs(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => Some(s.value().trim().to_string()),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn is_test_module(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test")
    })
}

/// The commands in `src/commands/*.rs` (files in name order, commands in source order).
pub fn commands(crate_dir: &Path) -> Result<Vec<Command>, String> {
    let mut out = Vec::new();
    let dir = crate_dir.join("src/commands");
    for path in rust_files(&dir) {
        // `commands/a/b.rs` is `commands::a::b`; a `mod.rs` is its folder.
        let mut module = vec!["commands".to_string()];
        for part in path
            .strip_prefix(&dir)
            .unwrap_or(&path)
            .with_extension("")
            .iter()
        {
            let part = part.to_string_lossy();
            if part != "mod" {
                module.push(part.into_owned());
            }
        }
        let module = module.join("::");
        for item in parse(&path)?.items {
            let Item::Fn(f) = item else { continue };
            let Some(attr) = f.attrs.iter().find(|a| is_path(a, &["tauri", "command"])) else {
                continue;
            };
            let name = f.sig.ident.to_string();
            let mut rename_all = None;
            if let syn::Meta::List(_) = attr.meta {
                attr.parse_nested_meta(|m| {
                    if m.path.is_ident("rename_all") {
                        rename_all = Some(m.value()?.parse::<LitStr>()?.value());
                    } else if m.input.peek(Token![=]) {
                        m.value()?.parse::<syn::Expr>()?;
                    }
                    Ok(())
                })
                .map_err(|e| format!("{name}: {e}"))?;
            }
            if rename_all.as_deref() != Some("snake_case") {
                return Err(format!(
                    "command {name} ({}) must be #[tauri::command(rename_all = \"snake_case\")]: \
                     payload keys are snake_case both ways",
                    path.display()
                ));
            }
            let mut args = Vec::new();
            for input in &f.sig.inputs {
                let syn::FnArg::Typed(pt) = input else {
                    continue;
                };
                if INJECTED.contains(&last_ident(&pt.ty).as_str()) {
                    continue;
                }
                let syn::Pat::Ident(id) = &*pt.pat else {
                    return Err(format!("{name}: an argument is not a plain name"));
                };
                args.push(Arg {
                    name: id.ident.to_string().trim_start_matches('_').to_string(),
                    ty: (*pt.ty).clone(),
                });
            }
            let returns = match &f.sig.output {
                syn::ReturnType::Default => None,
                syn::ReturnType::Type(_, ty) => {
                    let ty = if last_ident(ty) == "Result" {
                        generic(ty, 0).ok_or_else(|| format!("{name}: Result without a type"))?
                    } else {
                        (**ty).clone()
                    };
                    match &ty {
                        Type::Tuple(t) if t.elems.is_empty() => None,
                        _ => Some(ty),
                    }
                }
            };
            out.push(Command {
                module: module.clone(),
                name,
                doc: docs(&f.attrs),
                args,
                returns,
            });
        }
    }
    if out.is_empty() {
        return Err("no #[tauri::command] found in src/commands".into());
    }
    Ok(out)
}

fn last_ident(ty: &Type) -> String {
    match ty {
        Type::Path(p) => p
            .path
            .segments
            .last()
            .map(|s| s.ident.to_string())
            .unwrap_or_default(),
        Type::Reference(r) => last_ident(&r.elem),
        _ => String::new(),
    }
}

fn generic(ty: &Type, index: usize) -> Option<Type> {
    let Type::Path(p) = ty else { return None };
    let PathArguments::AngleBracketed(a) = &p.path.segments.last()?.arguments else {
        return None;
    };
    a.args
        .iter()
        .filter_map(|g| match g {
            GenericArgument::Type(t) => Some(t.clone()),
            _ => None,
        })
        .nth(index)
}

/// The `generate_handler!` invocation `lib.rs` includes.
pub fn handler_rs(commands: &[Command]) -> String {
    let mut s = String::from("tauri::generate_handler![\n");
    for c in commands {
        let _ = writeln!(s, "    {}::{},", c.module, c.name);
    }
    s.push(']');
    s
}

pub fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

/// `capabilities/main.json`: the window may call the app's own commands and nothing else.
pub fn capability_json(commands: &[Command]) -> String {
    let mut s = String::from(
        "{\n  \"$schema\": \"../gen/schemas/desktop-schema.json\",\n  \"identifier\": \"main\",\n  \
         \"description\": \"Generated from the #[tauri::command] functions (src/ipc_gen.rs); do not edit. \
         The wizard window may call the app's own commands and nothing else: clipboard, opener, dialogs, \
         notifications and files are used from Rust only.\",\n  \"windows\": [\n    \"main\"\n  ],\n  \
         \"local\": true,\n  \"permissions\": [\n",
    );
    let lines: Vec<String> = commands
        .iter()
        .map(|c| format!("    \"{}\"", permission(&c.name)))
        .collect();
    s.push_str(&lines.join(",\n"));
    s.push_str("\n  ]\n}\n");
    s
}

// ---------------------------------------------------------------------------------------------
// Payload types, as serde writes and reads them.

/// A type defined outside the files read here: its JSDoc type and what it is.
const EXTERNAL: &[(&str, &str, &str)] = &[
    (
        "Report",
        "object",
        "The report, as `handshake doctor --json` writes it (schema `handshake.report/1`, docs/contract.md).",
    ),
    (
        "AppError",
        "{code: string, message: string, detail: string | null}",
        "Every command's error (src/error.rs): `code` is stable, strings.js turns it into words.",
    ),
    ("Lang", "string", "A language tag (`en`, `de`, `es`)."),
];

fn is_external(name: &str) -> bool {
    external_type(name).is_some()
}

/// The JSDoc type written for a type defined outside the files read.
pub fn external_type(name: &str) -> Option<&'static str> {
    EXTERNAL
        .iter()
        .find(|(n, ..)| *n == name)
        .map(|(_, ty, _)| *ty)
}

enum Shape {
    Struct(syn::ItemStruct),
    Enum(syn::ItemEnum),
}

struct Serde {
    rename_all: Option<String>,
    rename_all_fields: Option<String>,
    tag: Option<String>,
    rename: Option<String>,
    flatten: bool,
    skip: bool,
    optional: bool,
    other: Vec<String>,
}

fn serde_of(attrs: &[Attribute]) -> Result<Serde, String> {
    let mut s = Serde {
        rename_all: None,
        rename_all_fields: None,
        tag: None,
        rename: None,
        flatten: false,
        skip: false,
        optional: false,
        other: Vec::new(),
    };
    for a in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        a.parse_nested_meta(|m| {
            let key = m
                .path
                .get_ident()
                .map(|i| i.to_string())
                .unwrap_or_default();
            let value = if m.input.peek(Token![=]) {
                Some(m.value()?.parse::<LitStr>()?.value())
            } else {
                None
            };
            match key.as_str() {
                "rename_all" => s.rename_all = value,
                "rename_all_fields" => s.rename_all_fields = value,
                "tag" => s.tag = value,
                "rename" => s.rename = value,
                "flatten" => s.flatten = true,
                "skip" | "skip_serializing" => s.skip = true,
                "skip_serializing_if" | "default" => s.optional = true,
                other => s.other.push(other.to_string()),
            }
            Ok(())
        })
        .map_err(|e| e.to_string())?;
    }
    Ok(s)
}

fn derives_serde(attrs: &[Attribute]) -> bool {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .any(|a| {
            a.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
                .is_ok_and(|paths| {
                    paths.iter().any(|p| {
                        p.segments
                            .last()
                            .is_some_and(|s| s.ident == "Serialize" || s.ident == "Deserialize")
                    })
                })
        })
}

/// serde's renaming of a Rust name (`PascalCase` variants, `snake_case` fields).
fn rename(name: &str, rule: Option<&str>) -> Result<String, String> {
    let words: Vec<String> = if name.contains('_') || name.chars().all(|c| !c.is_uppercase()) {
        name.split('_').map(str::to_lowercase).collect()
    } else {
        let mut words = Vec::new();
        let mut cur = String::new();
        for c in name.chars() {
            if c.is_uppercase() && !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            cur.extend(c.to_lowercase());
        }
        words.push(cur);
        words
    };
    let cap = |w: &str| -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    Ok(match rule {
        None => name.to_string(),
        Some("snake_case") => words.join("_"),
        Some("kebab-case") => words.join("-"),
        Some("lowercase") => words.concat(),
        Some("camelCase") => {
            let mut s = words[0].clone();
            for w in &words[1..] {
                s.push_str(&cap(w));
            }
            s
        }
        Some(other) => return Err(format!("rename_all = {other:?} is not understood here")),
    })
}

fn is_snake(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads every serde type in the given roots (each a list of files). A name found in an earlier root
/// hides the same name in a later one (this crate's own types come first); a name defined twice in
/// one root is marked, and fails only if a command's payload names it.
fn types_in(roots: &[Vec<PathBuf>]) -> Result<(BTreeMap<String, Shape>, BTreeSet<String>), String> {
    let mut found = BTreeMap::new();
    let mut twice = BTreeSet::new();
    fn walk(items: Vec<Item>, root: &mut BTreeMap<String, Shape>, twice: &mut BTreeSet<String>) {
        for item in items {
            let (name, shape) = match item {
                Item::Struct(s) if derives_serde(&s.attrs) => {
                    (s.ident.to_string(), Shape::Struct(s))
                }
                Item::Enum(e) if derives_serde(&e.attrs) => (e.ident.to_string(), Shape::Enum(e)),
                Item::Mod(m) if !is_test_module(&m.attrs) => {
                    if let Some((_, items)) = m.content {
                        walk(items, root, twice);
                    }
                    continue;
                }
                _ => continue,
            };
            if root.insert(name.clone(), shape).is_some() {
                twice.insert(name);
            }
        }
    }
    for files in roots {
        let mut root = BTreeMap::new();
        let mut root_twice = BTreeSet::new();
        for f in files {
            walk(parse(f)?.items, &mut root, &mut root_twice);
        }
        for (name, shape) in root {
            if let std::collections::btree_map::Entry::Vacant(slot) = found.entry(name) {
                if root_twice.contains(slot.key()) {
                    twice.insert(slot.key().clone());
                }
                slot.insert(shape);
            }
        }
    }
    Ok((found, twice))
}

/// A field as the UI sees it: key, JSDoc type, doc lines.
type Field = (String, String, Vec<String>);

struct Gen<'a> {
    types: &'a BTreeMap<String, Shape>,
    twice: &'a BTreeSet<String>,
    needed: BTreeSet<String>,
}

impl Gen<'_> {
    /// The JSDoc type of a Rust type; named types are noted for a typedef.
    fn js(&mut self, ty: &Type) -> Result<String, String> {
        match ty {
            Type::Reference(r) => self.js(&r.elem),
            Type::Slice(s) => Ok(format!("Array<{}>", self.js(&s.elem)?)),
            Type::Tuple(t) if t.elems.is_empty() => Ok("void".into()),
            Type::Path(_) => {
                let name = last_ident(ty);
                let arg = |g: &mut Self, i: usize| {
                    generic(ty, i)
                        .ok_or_else(|| format!("{name} without a type argument"))
                        .and_then(|t| g.js(&t))
                };
                Ok(match name.as_str() {
                    "String" | "str" | "PathBuf" => "string".into(),
                    "bool" => "boolean".into(),
                    "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64"
                    | "isize" | "f32" | "f64" => "number".into(),
                    "Option" => {
                        let inner = arg(self, 0)?;
                        if inner.contains(['|', '=', '&']) {
                            format!("({inner}) | null")
                        } else {
                            format!("{inner} | null")
                        }
                    }
                    "Vec" => format!("Array<{}>", arg(self, 0)?),
                    "Box" | "Arc" => arg(self, 0)?,
                    "BTreeMap" | "HashMap" => format!("Record<string, {}>", arg(self, 1)?),
                    // The bindings take the handler and make the channel.
                    "Channel" => format!("(message: {}) => void", arg(self, 0)?),
                    other => {
                        if !self.types.contains_key(other) && !is_external(other) {
                            return Err(format!(
                                "type {other} is not a serde type in the files read (add it to EXTERNAL \
                                 in src/ipc_gen.rs if it is defined elsewhere)"
                            ));
                        }
                        if self.twice.contains(other) && !is_external(other) {
                            return Err(format!("two payload types are named {other}: rename one"));
                        }
                        self.needed.insert(other.to_string());
                        other.to_string()
                    }
                })
            }
            _ => Err("a type the bindings cannot describe".into()),
        }
    }

    /// `{key: type, ...}` for named fields, with the flattened types joined by `&`.
    fn fields(
        &mut self,
        owner: &str,
        fields: &Fields,
        rule: Option<&str>,
    ) -> Result<(Vec<String>, Vec<Field>), String> {
        let mut flattened = Vec::new();
        let mut own = Vec::new();
        let Fields::Named(named) = fields else {
            if fields.is_empty() {
                return Ok((flattened, own));
            }
            return Err(format!("{owner}: only named fields are described"));
        };
        for f in &named.named {
            let serde = serde_of(&f.attrs).map_err(|e| format!("{owner}: {e}"))?;
            if serde.skip {
                continue;
            }
            if serde.flatten {
                flattened.push(self.js(&f.ty)?);
                continue;
            }
            let rust = f.ident.as_ref().expect("named").to_string();
            let key = match serde.rename {
                Some(k) => k,
                None => rename(&rust, rule)?,
            };
            if !is_snake(&key) {
                return Err(format!(
                    "{owner}.{rust} crosses to the UI as {key:?}: payload keys are snake_case"
                ));
            }
            let mut ty = self.js(&f.ty)?;
            if serde.optional {
                ty = format!("{ty} | undefined");
            }
            own.push((key, ty, docs(&f.attrs)));
        }
        Ok((flattened, own))
    }

    fn typedef(&mut self, name: &str) -> Result<String, String> {
        if let Some((_, ty, doc)) = EXTERNAL.iter().find(|(n, ..)| *n == name) {
            return Ok(format!("/**\n * {doc}\n * @typedef {{{ty}}} {name}\n */\n"));
        }
        let mut out = String::from("/**\n");
        let shape = match &self.types[name] {
            Shape::Struct(s) => Shape::Struct(s.clone()),
            Shape::Enum(e) => Shape::Enum(e.clone()),
        };
        match shape {
            Shape::Struct(s) => {
                let serde = serde_of(&s.attrs).map_err(|e| format!("{name}: {e}"))?;
                for d in docs(&s.attrs) {
                    let _ = writeln!(out, " * {d}");
                }
                let (flat, own) = self.fields(name, &s.fields, serde.rename_all.as_deref())?;
                if flat.is_empty() {
                    let _ = writeln!(out, " * @typedef {{object}} {name}");
                    for (key, ty, doc) in own {
                        let line = format!(" * @property {{{ty}}} {key} {}", doc.join(" "));
                        let _ = writeln!(out, "{}", line.trim_end());
                    }
                } else {
                    let mut parts = flat;
                    parts.push(object_literal(&own));
                    let _ = writeln!(out, " * @typedef {{{}}} {name}", parts.join(" & "));
                }
            }
            Shape::Enum(e) => {
                let serde = serde_of(&e.attrs).map_err(|e| format!("{name}: {e}"))?;
                if !serde.other.is_empty() {
                    return Err(format!(
                        "{name}: serde({}) is not described",
                        serde.other.join(", ")
                    ));
                }
                for d in docs(&e.attrs) {
                    let _ = writeln!(out, " * {d}");
                }
                let mut alternatives = Vec::new();
                for v in &e.variants {
                    let vs = serde_of(&v.attrs).map_err(|e| format!("{name}: {e}"))?;
                    let value = match vs.rename {
                        Some(r) => r,
                        None => rename(&v.ident.to_string(), serde.rename_all.as_deref())?,
                    };
                    match (&serde.tag, &v.fields) {
                        (None, Fields::Unit) => alternatives.push(format!("'{value}'")),
                        (Some(tag), fields) => {
                            let (flat, mut own) = self.fields(
                                &format!("{name}::{}", v.ident),
                                fields,
                                serde.rename_all_fields.as_deref(),
                            )?;
                            if !flat.is_empty() {
                                return Err(format!("{name}: flatten inside a variant"));
                            }
                            own.insert(0, (tag.clone(), format!("'{value}'"), Vec::new()));
                            alternatives.push(object_literal(&own));
                        }
                        (None, _) => {
                            return Err(format!("{name}: only unit variants without a tag"))
                        }
                    }
                }
                let _ = writeln!(out, " * @typedef {{{}}} {name}", alternatives.join(" | "));
            }
        }
        out.push_str(" */\n");
        Ok(out)
    }
}

fn object_literal(fields: &[Field]) -> String {
    let inner: Vec<String> = fields.iter().map(|(k, t, _)| format!("{k}: {t}")).collect();
    format!("{{{}}}", inner.join(", "))
}

/// Where the payload types are defined: this crate, then the crates whose types it sends as they
/// are (the saved stores' watch summary, the report renderers' formats, the engine's access matrix).
pub fn type_roots(crate_dir: &Path) -> Vec<Vec<PathBuf>> {
    let mut roots = vec![rust_files(&crate_dir.join("src"))];
    for krate in ["connect", "render", "engine", "l10n"] {
        roots.push(rust_files(
            &crate_dir.join("../crates").join(krate).join("src"),
        ));
    }
    roots
}

/// `ui/bindings.js`: one function per command, with JSDoc types for what goes in and comes out.
pub fn bindings_js(commands: &[Command], type_roots: &[Vec<PathBuf>]) -> Result<String, String> {
    let (types, twice) = types_in(type_roots)?;
    let mut g = Gen {
        types: &types,
        twice: &twice,
        needed: BTreeSet::from(["AppError".to_string()]),
    };
    let mut body = String::new();
    for c in commands {
        let mut params = Vec::new();
        let mut passed = Vec::new();
        let _ = writeln!(body, "  /**");
        for d in &c.doc {
            let _ = writeln!(body, "   * {d}");
        }
        for a in &c.args {
            let ty = g
                .js(&a.ty)
                .map_err(|e| format!("{}({}): {e}", c.name, a.name))?;
            let _ = writeln!(body, "   * @param {{{ty}}} {}", a.name);
            params.push(a.name.clone());
            if last_ident(&a.ty) == "Channel" {
                passed.push(format!("{0}: channel({0})", a.name));
            } else {
                passed.push(a.name.clone());
            }
        }
        let ret = match &c.returns {
            Some(t) => g.js(t).map_err(|e| format!("{}: {e}", c.name))?,
            None => "void".into(),
        };
        let _ = writeln!(
            body,
            "   * @returns {{Promise<{ret}>}} rejected with an {{@link AppError}}\n   */"
        );
        let args = if passed.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", passed.join(", "))
        };
        let _ = writeln!(
            body,
            "  {}: ({}) => core.invoke('{}'{args}),",
            c.name,
            params.join(", "),
            c.name
        );
    }
    // Typedefs for every type named, and the types those name, in name order.
    let mut done = BTreeSet::new();
    let mut defs = BTreeMap::new();
    while let Some(name) = g.needed.iter().find(|n| !done.contains(*n)).cloned() {
        done.insert(name.clone());
        defs.insert(name.clone(), g.typedef(&name)?);
    }
    let mut out = String::from(
        "// GENERATED by src-tauri/src/ipc_gen.rs from the #[tauri::command] functions in\n\
         // src-tauri/src/commands/ and the serde types they name. Do not edit: the desktop crate's\n\
         // `ipc` test fails while this file differs from what the code says;\n\
         // `HANDSHAKE_UPDATE_BINDINGS=1 cargo test -p handshake-desktop --lib ipc` rewrites it.\n\
         //\n\
         // Payload keys are snake_case both ways, like the JSON report's: arguments, results and events.\n\
         // A channel argument takes the handler; the binding makes the channel.\n\n\
         const core = window.__TAURI__.core;\n\n\
         function channel(onMessage) {\n  const c = new core.Channel();\n  c.onmessage = onMessage;\n  return c;\n}\n\n",
    );
    for d in defs.values() {
        out.push_str(d);
        out.push('\n');
    }
    out.push_str("export const commands = {\n");
    out.push_str(&body);
    out.push_str("};\n");
    Ok(out)
}
