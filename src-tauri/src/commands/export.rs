//! What the owner does with a report: copy a fix, save the report as a file, show that file.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use crate::error::AppError;
use crate::export::{self, Format};
use crate::state::AppState;

/// Puts exactly one fix's text on the clipboard. The text comes from the kept report, not from the
/// page, so what is pasted is what the engine wrote.
#[tauri::command(rename_all = "snake_case")]
pub fn copy_fix(
    app: AppHandle,
    state: State<'_, AppState>,
    report_id: String,
    finding: usize,
    fix: usize,
) -> Result<(), AppError> {
    let report = state.report(&report_id)?;
    let text = report
        .findings
        .get(finding)
        .and_then(|f| f.fixes.get(fix))
        .map(|f| f.text.clone())
        .ok_or(AppError::ReportNotFound)?;
    app.clipboard()
        .write_text(text)
        .map_err(|e| AppError::Clipboard {
            detail: e.to_string(),
        })
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    /// The Downloads folder, no questions asked.
    Downloads,
    /// A save dialog.
    Choose,
}

#[derive(Debug, Serialize)]
pub struct Exported {
    pub path: String,
    pub file_name: String,
}

pub(crate) fn downloads_dir(app: &AppHandle) -> Result<PathBuf, AppError> {
    if let Ok(dir) = app.path().download_dir() {
        return Ok(dir);
    }
    // No XDG user-dirs entry: the conventional folder in the home directory.
    app.path()
        .home_dir()
        .map(|h| h.join("Downloads"))
        .map_err(|e| AppError::Export {
            detail: e.to_string(),
        })
}

async fn ask_where(
    app: &AppHandle,
    format: Format,
    file_name: &str,
    start_in: Option<PathBuf>,
) -> Result<Option<PathBuf>, AppError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let mut dialog = app.dialog().file().set_file_name(file_name).add_filter(
        format.filter_name(crate::language::current()),
        &[format.extension()],
    );
    if let Some(dir) = start_in.filter(|d| d.is_dir()) {
        dialog = dialog.set_directory(dir);
    }
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    dialog.save_file(move |picked| {
        let _ = tx.send(picked);
    });
    match rx.await {
        Ok(Some(path)) => path.into_path().map(Some).map_err(|e| AppError::Export {
            detail: e.to_string(),
        }),
        // Closed without choosing: a normal answer, not an error.
        _ => Ok(None),
    }
}

/// Saves a report as JSON, Markdown or HTML; `None` when the owner closed the save dialog.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_report(
    app: AppHandle,
    state: State<'_, AppState>,
    report_id: String,
    format: Format,
    destination: Destination,
) -> Result<Option<Exported>, AppError> {
    let report = state.report(&report_id)?;
    let name = export::file_name(&report, format);
    let path = match destination {
        Destination::Downloads => {
            let dir = downloads_dir(&app)?;
            std::fs::create_dir_all(&dir).map_err(|e| AppError::Export {
                detail: format!("{}: {e}", dir.display()),
            })?;
            export::free_path(&dir, &name)
        }
        Destination::Choose => {
            match ask_where(&app, format, &name, downloads_dir(&app).ok()).await? {
                Some(p) => p,
                None => return Ok(None),
            }
        }
    };
    let text = export::render(&report, format);
    // Whole or not at all: a half-written report is never left where the owner looks.
    export::write_atomic(&path, &text).map_err(|e| AppError::Export {
        detail: e.to_string(),
    })?;
    state.remember_export(path.clone());
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(name);
    Ok(Some(Exported {
        path: path.display().to_string(),
        file_name,
    }))
}

/// Shows an exported report in the file manager. Only files this app saved in this session.
#[tauri::command(rename_all = "snake_case")]
pub fn reveal_export(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> Result<(), AppError> {
    let path = PathBuf::from(path);
    if !state.was_exported(&path) {
        return Err(AppError::Open {
            detail: "not a report saved by this app".into(),
        });
    }
    app.opener()
        .reveal_item_in_dir(&path)
        .map_err(|e| AppError::Open {
            detail: e.to_string(),
        })
}
