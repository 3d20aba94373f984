//! A rendered report written to a file: its usual name, a free name in a folder, and an atomic
//! write (a temporary file beside the target, then a rename), so a reader never sees half a report.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use handshake_engine::Report;

use crate::Format;

/// Why a report file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The folder the file would go in does not exist (or is not a folder).
    #[error("the folder {} does not exist", .0.display())]
    NoFolder(PathBuf),
    /// The system refused (permissions, a full disk, a read-only file system…).
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// `handshake-report-shop.example.com-2026-01-01-1200.html`
pub fn file_name(report: &Report, format: Format) -> String {
    let host = url::Url::parse(&report.store_url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_matches(|c| c == '[' || c == ']').replace(':', "-"))
        })
        .unwrap_or_else(|| "store".into());
    let host: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    // 2026-01-01T12:00:00Z → 2026-01-01-1200
    let stamp: String = report
        .started_at
        .chars()
        .take(16)
        .map(|c| if c == 'T' { '-' } else { c })
        .filter(|c| *c != ':')
        .collect();
    let stamp = if stamp.is_empty() {
        String::new()
    } else {
        format!("-{stamp}")
    };
    format!("handshake-report-{host}{stamp}.{}", format.extension())
}

/// A path in `dir` that does not exist yet: `name`, then `name (2)`, `name (3)`…
pub fn free_path(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    (2..)
        .map(|n| {
            dir.join(if ext.is_empty() {
                format!("{stem} ({n})")
            } else {
                format!("{stem} ({n}).{ext}")
            })
        })
        .find(|p| !p.exists())
        .expect("some free name")
}

/// Writes `text` to `path` whole or not at all: into a new temporary file in the same folder, flushed
/// to disk, then renamed over `path`. The folder must exist; it is never created.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), WriteError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(WriteError::NoFolder(dir));
    }
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    // A temporary file in the same folder (so the rename stays on one file system), removed if
    // anything below fails.
    let mut temp = tempfile::Builder::new()
        .prefix(".handshake-report-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io)?;
    temp.write_all(text.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .map_err(io)?;
    temp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_paths_count_up() {
        let dir = tempfile::tempdir().unwrap();
        let a = free_path(dir.path(), "r.json");
        std::fs::write(&a, "x").unwrap();
        assert_eq!(
            free_path(dir.path(), "r.json").file_name().unwrap(),
            "r (2).json"
        );
    }

    /// The file holds the whole text, replaces an older one, and no temporary file is left.
    #[test]
    fn writes_whole_files_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, "# new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# new\n");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("report.md")]);
    }

    #[test]
    fn a_missing_folder_is_named_and_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder");
        let err = write_atomic(&missing.join("r.html"), "x").unwrap_err();
        assert!(
            matches!(&err, WriteError::NoFolder(d) if *d == missing),
            "{err:?}"
        );
        assert!(err.to_string().contains("no-such-folder"), "{err}");
        assert!(!missing.exists());
    }
}
