// The app's commands. Errors arrive as {code, message, detail}; strings.js turns codes into words.
const core = window.__TAURI__.core;

let nextRun = 1;

/** Runs a long command with live progress; returns {runId, promise}. `cancel(runId)` stops it. */
function withProgress(command, args, onEvent) {
  const channel = new core.Channel();
  channel.onmessage = onEvent;
  const runId = nextRun++;
  const promise = core.invoke(command, { ...args, runId, onEvent: channel });
  return { runId, promise };
}

export const api = {
  uiLanguage: () => core.invoke('ui_language'),
  setUiLanguage: (lang) => core.invoke('set_ui_language', { lang }),
  parseStoreUrl: (input) => core.invoke('parse_store_url', { input }),
  listScenarios: () => core.invoke('list_scenarios'),
  listSavedStores: () => core.invoke('list_saved_stores'),
  startCheck: (target, onEvent) => withProgress('start_check', { target }, onEvent),
  connectWithKeys: (url, consumerKey, consumerSecret, onEvent) =>
    withProgress('connect_with_keys', { url, consumerKey, consumerSecret }, onEvent),
  cancel: (runId) => core.invoke('cancel_check', { runId }),
  copyFix: (reportId, finding, fix) => core.invoke('copy_fix', { reportId, finding, fix }),
  exportReport: (reportId, format, destination) => core.invoke('export_report', { reportId, format, destination }),
  revealExport: (path) => core.invoke('reveal_export', { path }),
  connectAuthorize: (url, onEvent) => withProgress('connect_authorize', { url }, onEvent),
  copyApprovalLink: (url) => core.invoke('copy_approval_link', { url }),
  explainStoreMessage: (url, text) => core.invoke('explain_store_message', { url, text }),
  openKeysPage: (url) => core.invoke('open_keys_page', { url }),
  forgetStore: (url) => core.invoke('forget_store', { url }),
  hostEmail: (reportId) => core.invoke('host_email', { reportId }),
  sendHostEmail: (reportId, how) => core.invoke('send_host_email', { reportId, how }),
  watchStatus: () => core.invoke('watch_status'),
  setWatchInterval: (minutes) => core.invoke('set_watch_interval', { minutes }),
  watchEvents: (onEvent) => {
    const channel = new core.Channel();
    channel.onmessage = onEvent;
    return core.invoke('watch_events', { onEvent: channel });
  },
};
