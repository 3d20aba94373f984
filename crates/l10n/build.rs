//! Joins every `locales/<lang>/**/*.ftl` file into one resource per language, so each area of the
//! product keeps its own message file and the library embeds them without a list to maintain.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=locales");
    for lang in ["en", "de", "es"] {
        let dir = Path::new("locales").join(lang);
        let mut files = Vec::new();
        collect(&dir, &mut files);
        files.sort();
        let mut joined = String::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file).expect("read .ftl");
            joined.push_str(&format!("## {}\n", file.display()));
            joined.push_str(&text);
            if !text.ends_with('\n') {
                joined.push('\n');
            }
        }
        fs::write(out.join(format!("{lang}.ftl")), joined).expect("write joined .ftl");
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            files.push(path);
        }
    }
}
