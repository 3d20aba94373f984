// Every word the wizard shows, from the Fluent messages of crates/l10n/locales/<lang>/wizard.ftl: the
// app sends all `wizard-` messages of the chosen language at once (`ui_language`), with named values
// as {name} tokens that fill() puts in. Plurals are message pairs (-one/-other) picked with
// Intl.PluralRules. Text from the engine (findings, fixes, probe labels) arrives already in the
// language the check ran in and is shown as is.

let messages = {};
let current = { lang: 'en', choices: [] };

/** Puts values into a message's {name} tokens (once: a value's own braces stay as they are). */
export function fill(text, vars = {}) {
  return text.replace(/\{([A-Za-z0-9_-]+)\}/g, (token, name) => (name in vars ? String(vars[name]) : token));
}

const m = (id) => messages[`wizard-${id}`] ?? `wizard-${id}`;
const f = (id, vars) => fill(m(id), vars);
// The pseudo-locale (en-XA) keeps English plural rules.
const locale = () => (current.lang === 'en-XA' ? 'en' : current.lang);
const p = (id, count, vars = {}) => {
  const form = new Intl.PluralRules(locale()).select(count);
  return fill(messages[`wizard-${id}-${form}`] ?? m(`${id}-other`), { count, ...vars });
};
// A family of messages looked up by a key from the engine or a list (`notChecked`, `site.home`,
// `cloudflare-rule`): undefined for a key it does not have, so callers can fall back to the key.
const k = (prefix) => new Proxy({}, {
  get: (_, key) => (typeof key === 'string'
    ? messages[`wizard-${prefix}-${key.replace(/([a-z])([A-Z])/g, '$1-$2').replace(/[._]/g, '-').toLowerCase()}`]
    : undefined),
});

function build() {
  return {
    appName: m('app-name'),
    skipToContent: m('skip-to-content'),
    back: m('back'),
    backToStart: m('back-to-start'),
    cancel: m('cancel'),
    loading: m('loading'),
    languageLabel: m('language-label'),

    welcome: {
      title: m('welcome-title'),
      intro: m('welcome-intro'),
      connect: m('welcome-connect'),
      savedTitle: m('welcome-saved-title'),
      savedNone: m('welcome-saved-none'),
      savedError: m('welcome-saved-error'),
      lastCheck: (when) => f('welcome-last-check', { when }),
      neverChecked: m('welcome-never-checked'),
      keyHint: (hint) => f('welcome-key-hint', { hint: hint.replace('…', '') }),
      recheck: m('welcome-recheck'),
      recheckLabel: (name) => f('welcome-recheck-label', { name }),
      reconnect: m('welcome-reconnect'),
      reconnectLabel: (name) => f('welcome-reconnect-label', { name }),
      forget: m('welcome-forget'),
      forgetLabel: (name) => f('welcome-forget-label', { name }),
      forgetConfirm: (name) => f('welcome-forget-confirm', { name }),
      forgetYes: m('welcome-forget-yes'),
      forgotten: (name) => f('welcome-forgotten', { name }),
      demoTitle: m('welcome-demo-title'),
      demoIntro: m('welcome-demo-intro'),
      scenarioLabel: m('welcome-scenario-label'),
      runDemo: m('welcome-run-demo'),
    },

    url: {
      title: m('url-title'),
      reconnectTitle: (name) => f('url-reconnect-title', { name }),
      reconnectIntro: m('url-reconnect-intro'),
      label: m('url-label'),
      hint: m('url-hint'),
      willCheck: (url) => f('url-will-check', { url }),
      httpsAdded: (url) => f('url-https-added', { url }),
      httpWarning: (url) => f('url-http-warning', { url }),
      submit: m('url-submit'),
    },

    errors: {
      'url.empty': () => m('error-url-empty'),
      'url.unparsable': () => m('error-url-unparsable'),
      'url.scheme': (scheme) => f('error-url-scheme', { scheme }),
      'url.no_host': () => m('error-url-no-host'),
      'url.credentials': () => m('error-url-credentials'),
      'url.bad_host': (host) => f('error-url-bad-host', { host }),
      'url.not_web': (scheme) => f('error-url-not-web', { scheme }),
      'url.port_zero': () => m('error-url-port-zero'),
      'keys.key_format': () => m('error-keys-key-format'),
      'keys.secret_format': () => m('error-keys-secret-format'),
      'check.cancelled': () => m('error-check-cancelled'),
      'check.failed': () => m('error-check-failed'),
      'demo.unknown_scenario': (name) => f('error-demo-unknown-scenario', { name }),
      'demo.start_failed': () => m('error-demo-start-failed'),
      'keyring.unavailable': () => m('error-keyring-unavailable'),
      'keyring.denied': () => m('error-keyring-denied'),
      'keyring.corrupt': () => m('error-keyring-corrupt'),
      'saved.failed': () => m('error-saved-failed'),
      'settings.failed': () => m('error-settings-failed'),
      'report.not_found': () => m('error-report-not-found'),
      'authorize.bad_link': () => m('error-authorize-bad-link'),
      'clipboard.failed': () => m('error-clipboard-failed'),
      'export.failed': () => m('error-export-failed'),
      'open.failed': () => m('error-open-failed'),
      'authorize.no_relay': () => m('error-authorize-no-relay'),
      'authorize.bad_relay': () => m('error-authorize-bad-relay'),
      unknown: () => m('error-unknown'),
      technical: m('error-technical'),
    },

    check: {
      titleStore: (host) => f('check-title-store', { host }),
      titleDemo: m('check-title-demo'),
      titleKeys: (host) => f('check-title-keys', { host }),
      intro: m('check-intro'),
      introKeys: m('check-intro-keys'),
      progress: (done, started) => f('check-progress', { done, started }),
      running: m('check-running'),
      failedTitle: m('check-failed-title'),
      outcomes: k('check-outcome'),
    },

    results: {
      fromRelay: m('results-from-relay'),
      verdicts: {
        healthy: (host) => f('results-verdict-healthy', { host }),
        problems: (host) => f('results-verdict-problems', { host }),
        unreachable: (host) => f('results-verdict-unreachable', { host }),
      },
      verdictWords: k('results-verdict-word'),
      summaryHealthy: m('results-summary-healthy'),
      summaryCounts: (errors, warnings) => {
        const parts = [];
        if (errors) parts.push(p('results-summary-errors', errors));
        if (warnings) parts.push(p('results-summary-warnings', warnings));
        return parts.length === 2
          ? f('results-summary-two-parts', { errors: parts[0], warnings: parts[1] })
          : f('results-summary-one-part', { part: parts[0] ?? '' });
      },
      summaryKeysStopped: m('results-summary-keys-stopped'),
      summaryUnreachable: m('results-summary-unreachable'),
      demoNote: (scenario) => f('results-demo-note', { scenario }),
      redirectQuestion: (address) => f('results-redirect-question', { address }),
      redirectWhy: m('results-redirect-why'),
      useRedirect: m('results-use-redirect'),
      keysStoppedNote: m('results-keys-stopped-note'),
      noKeysNote: m('results-no-keys-note'),
      severities: k('results-severity'),
      whatToDo: m('results-what-to-do'),
      technicalDetails: m('results-technical-details'),
      evidence: (n) => p('results-evidence', n),
      fixTitle: (title) => f('results-fix-title', { title }),
      copy: m('results-copy'),
      copyLabel: (title) => f('results-copy-label', { title }),
      copied: m('results-copied'),
      copiedAnnounce: m('results-copied-announce'),
      allChecks: (count) => f('results-all-checks', { count }),
      checkColumn: m('results-check-column'),
      resultColumn: m('results-result-column'),
      timeColumn: m('results-time-column'),
      detailsColumn: m('results-details-column'),
      ms: (ms) => f('results-ms', { ms }),
      checkAgain: m('results-check-again'),
      connect: m('results-connect'),
      reconnect: m('results-reconnect'),
      tryAnother: m('results-try-another'),
      exportTitle: m('results-export-title'),
      exportIntro: m('results-export-intro'),
      exportHtml: m('results-export-html'),
      exportMarkdown: m('results-export-markdown'),
      exportJson: m('results-export-json'),
      exportWhere: m('results-export-where'),
      exportDownloads: m('results-export-downloads'),
      exportChoose: m('results-export-choose'),
      saved: (name) => f('results-saved', { name }),
      savedIn: (path) => f('results-saved-in', { path }),
      showInFolder: m('results-show-in-folder'),
      exportCancelled: m('results-export-cancelled'),
      keysRejectedTitle: m('results-keys-rejected-title'),
      keysRejectedIntro: m('results-keys-rejected-intro'),
      keysUnreachableTitle: m('results-keys-unreachable-title'),
      tryOtherKeys: m('results-try-other-keys'),
      blockedTitle: m('results-blocked-title'),
      blockedIntro: m('results-blocked-intro'),
      failedTitle: m('results-failed-title'),
      failedIntro: m('results-failed-intro'),
      tryAgain: m('results-try-again'),
      fixKinds: k('fix-kind'),
    },

    connect: {
      title: (host) => f('connect-title', { host }),
      intro: m('connect-intro'),
      pasteTitle: m('connect-paste-title'),
      pasteIntro: m('connect-paste-intro'),
      keyLabel: m('connect-key-label'),
      keyHint: m('connect-key-hint'),
      secretLabel: m('connect-secret-label'),
      secretHint: m('connect-secret-hint'),
      showSecret: m('connect-show-secret'),
      verify: m('connect-verify'),
      authorizeTitle: m('connect-authorize-title'),
      authorizeIntro: m('connect-authorize-intro'),
      authorize: m('connect-authorize'),
    },

    authorize: {
      title: m('authorize-title'),
      steps: [m('authorize-step-1'), m('authorize-step-2'), m('authorize-step-3'), m('authorize-step-4')],
      checking: (done, started) => f('authorize-checking', { done, started }),
      opened: m('authorize-opened'),
      notOpened: m('authorize-not-opened'),
      copyLink: m('authorize-copy-link'),
      linkCopied: m('authorize-link-copied'),
      linkLabel: m('authorize-link-label'),
      waiting: m('authorize-waiting'),
      waited: (secs) => (secs < 60
        ? f('authorize-waited-seconds', { secs })
        : f('authorize-waited-minutes', { mins: Math.floor(secs / 60), secs: secs % 60 })),
      keysArrived: (hint) => f('authorize-keys-arrived', { hint: hint.replace('…', '') }),
      verifying: (done, started) => f('authorize-verifying', { done, started }),
      pasteInstead: m('authorize-paste-instead'),
      sawError: m('authorize-saw-error'),
    },

    explain: {
      title: m('explain-title'),
      intro: m('explain-intro'),
      label: m('explain-label'),
      go: m('explain-go'),
      again: m('explain-again'),
      empty: m('explain-empty'),
      details: m('explain-details'),
      unknown: m('explain-unknown'),
      knownIntro: m('explain-known-intro'),
    },

    done: {
      title: (host) => f('done-title', { host }),
      intro: m('done-intro'),
      matrixCaption: m('done-matrix-caption'),
      dataColumn: m('done-data-column'),
      readColumn: m('done-read-column'),
      writeColumn: m('done-write-column'),
      access: k('done-access'),
      problemsNote: m('done-problems-note'),
      seeReport: m('done-see-report'),
      whereTitle: m('done-where-title'),
      keyrings: k('done-keyring'),
      whereMore: m('done-where-more'),
      revokeTitle: m('done-revoke-title'),
      openKeysPage: m('done-open-keys-page'),
    },

    resources: k('resource'),

    // Friendly names for the demo store's problems; the store's own one-line summary is shown below the picker.
    scenarios: k('scenario'),

    vantages: {
      title: m('vantages-title'),
      checkedFrom: (where) => (where ? f('vantages-checked-from-where', { where }) : m('vantages-checked-from')),
      notRun: (why) => f('vantages-not-run', { why }),
      request: m('vantages-request'),
      thisComputer: m('vantages-this-computer'),
      appServers: m('vantages-app-servers'),
      notChecked: m('vantages-not-checked'),
      addressOf: (address, relay) => f('vantages-address-of', { address, relay }),
      blockedBy: (by) => (by === 'server' ? m('vantages-blocked-by-server')
        : by === 'unknown' ? m('vantages-blocked-by-unknown')
          : f('vantages-blocked-by-vendor', { vendor: VENDORS[by] ?? by })),
      // Product names: the same in every language.
      vendors: VENDORS,
      requests: k('vantages-request'),
    },

    // A message for the host (results screen).
    hostEmail: {
      title: m('host-email-title'),
      intro: m('host-email-intro'),
      preview: m('host-email-preview'),
      subject: (subject) => f('host-email-subject', { subject }),
      open: m('host-email-open'),
      copy: m('host-email-copy'),
      opened: (file) => f('host-email-opened', { file }),
      openedShort: (file) => f('host-email-opened-short', { file }),
      copied: (file) => f('host-email-copied', { file }),
    },

    // Saved stores re-checked on a schedule (welcome screen, notifications).
    watch: {
      everyLabel: m('watch-every-label'),
      everyHelp: m('watch-every-help'),
      every: {
        0: m('watch-every-0'),
        60: m('watch-every-60'),
        360: m('watch-every-360'),
        1440: m('watch-every-1440'),
        10080: m('watch-every-10080'),
      },
      everySaved: m('watch-every-saved'),
      checkingNow: m('watch-checking-now'),
      verdictWords: k('watch-verdict-word'),
      // Whole sentences with the list of changes inside, so a language can order them its way.
      changesSinceBefore: (changes) => f('watch-changes-since-before', { changes }),
      changesSinceConnecting: (changes) => f('watch-changes-since-connecting', { changes }),
      firstCheck: m('watch-first-check'),
      unchanged: m('watch-unchanged'),
      keyStopped: m('watch-key-stopped'),
      keyWorksAgain: m('watch-key-works-again'),
      newProblems: (n) => p('watch-new-problems', n),
      fixed: (n) => p('watch-fixed', n),
      wasVerdict: (word) => f('watch-was-verdict', { word }),
    },

    // A notification clicked while the owner is in the middle of something: a notice, not a jump.
    attention: {
      label: m('attention-label'),
      reconnect: (name) => f('attention-reconnect', { name }),
      fix: (name) => f('attention-fix', { name }),
      open: m('attention-open'),
      later: m('attention-later'),
    },

    formatDate(iso) {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
    },
  };
}

const VENDORS = {
  cloudflare: 'Cloudflare', sucuri: 'Sucuri', wordfence: 'Wordfence', modsecurity: 'ModSecurity', imunify360: 'Imunify360',
  siteground: 'SiteGround', akamai: 'Akamai', litespeed: 'LiteSpeed', imperva: 'Imperva',
};

/** The wizard's words in the current language; replaced in place when the language changes. */
export const S = build();

/** Switches to a language as `ui_language` returns it ({lang, choices, messages}). */
export function useLanguage(ui) {
  current = ui;
  messages = ui.messages ?? {};
  Object.assign(S, build());
  document.documentElement.lang = ui.lang;
}

/** The language on screen and the ones the switch offers. */
export function language() {
  return current;
}

/** The owner-facing sentence for an error from a command ({code, message, detail}). */
export function errorText(err) {
  const fn = err && S.errors[err.code];
  if (fn) return fn(err.detail ?? '');
  return (err && err.message) || S.errors.unknown();
}
