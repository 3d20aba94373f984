// The app's commands as the screens call them, over the generated bindings (ui/bindings.js, made
// from the Rust commands; payload keys are snake_case both ways). Errors arrive as
// {code, message, detail}; strings.js turns codes into words.
import { commands } from './bindings.js';

let nextRun = 1;

/** Runs a long command with live progress; returns {runId, promise}. `cancel(runId)` stops it. */
function withProgress(start) {
  const runId = nextRun++;
  return { runId, promise: start(runId) };
}

export const api = {
  uiLanguage: () => commands.ui_language(),
  setUiLanguage: (lang) => commands.set_ui_language(lang),
  parseStoreUrl: (input) => commands.parse_store_url(input),
  listScenarios: () => commands.list_scenarios(),
  listSavedStores: () => commands.list_saved_stores(),
  startCheck: (target, onEvent) => withProgress((runId) => commands.start_check(runId, target, onEvent)),
  connectWithKeys: (url, consumerKey, consumerSecret, onEvent) =>
    withProgress((runId) => commands.connect_with_keys(runId, url, consumerKey, consumerSecret, onEvent)),
  cancel: (runId) => commands.cancel_check(runId),
  copyFix: (reportId, finding, fix) => commands.copy_fix(reportId, finding, fix),
  exportReport: (reportId, format, destination) => commands.export_report(reportId, format, destination),
  revealExport: (path) => commands.reveal_export(path),
  connectAuthorize: (url, onEvent) => withProgress((runId) => commands.connect_authorize(runId, url, onEvent)),
  copyApprovalLink: (url) => commands.copy_approval_link(url),
  explainStoreMessage: (url, text) => commands.explain_store_message(url, text),
  openKeysPage: (url) => commands.open_keys_page(url),
  forgetStore: (url) => commands.forget_store(url),
  hostEmail: (reportId) => commands.host_email(reportId),
  sendHostEmail: (reportId, how) => commands.send_host_email(reportId, how),
  watchStatus: () => commands.watch_status(),
  setWatchInterval: (minutes) => commands.set_watch_interval(minutes),
  watchEvents: (onEvent) => commands.watch_events(onEvent),
};
