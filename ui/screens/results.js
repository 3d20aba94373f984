// Results: the verdict, findings by severity — each says what is wrong and what to do in plain words,
// with the explanation and evidence folded under "Technical details" — and their fixes (Copy puts
// exactly the fix text on the clipboard, from Rust), Check again, and export.
import { S, errorText } from '../strings.js';
import { h, heading, button, announce, hostOf } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';
import { runCheck } from './progress.js';
import { hostEmailPanel } from './host_email.js';
import { vantagePanel } from './vantages.js';

const SEVERITIES = ['error', 'warning', 'info'];

function evidenceItems(finding) {
  return h('ul', {}, finding.evidence.map((e) =>
    h('li', {},
      h('code', {}, e.request),
      e.status != null ? ` → ${e.status}` : '',
      h('br'),
      h('span', { class: 'muted' }, e.detail))));
}

// The explanation and what was seen, for whoever wants them (or the host): folded by default.
function technicalDetails(finding) {
  return h('details', { class: 'technical' },
    h('summary', {}, S.results.technicalDetails),
    h('p', {}, finding.explanation),
    finding.evidence.length
      ? [h('p', { class: 'evidence-heading' }, S.results.evidence(finding.evidence.length)), evidenceItems(finding)]
      : null);
}

function fixBlock(reportId, findingIndex, fix, fixIndex) {
  const copied = h('span', { class: 'copied', 'aria-hidden': 'true' });
  const copy = button(S.results.copy, async () => {
    try {
      await api.copyFix(reportId, findingIndex, fixIndex);
      copied.textContent = S.results.copied;
      announce(S.results.copiedAnnounce);
      setTimeout(() => { copied.textContent = ''; }, 4000);
    } catch (err) {
      copied.textContent = errorText(err);
      announce(errorText(err));
    }
  }, { class: 'secondary copy-fix', 'aria-label': S.results.copyLabel(fix.title), dataset: { finding: findingIndex, fix: fixIndex } });
  return h('div', { class: 'fix', dataset: { kind: fix.kind } },
    h('div', { class: 'fix-head' },
      h('h4', {}, S.results.fixTitle(fix.title)),
      h('span', { class: 'fix-kind' }, S.results.fixKinds[fix.kind] ?? fix.kind)),
    h('pre', { class: 'fix-text', tabindex: '0', 'aria-label': S.results.fixTitle(fix.title) }, h('code', {}, fix.text)),
    h('div', { class: 'fix-actions' }, copy, copied));
}

function findingCard(reportId, finding, index) {
  return h('article', { class: `finding severity-${finding.severity}`, dataset: { findingId: finding.id }, 'aria-labelledby': `finding-${index}` },
    h('h3', { id: `finding-${index}` }, finding.title),
    finding.summary ? h('p', { class: 'finding-summary' }, finding.summary) : null,
    finding.action ? h('p', { class: 'finding-action' }, h('strong', {}, S.results.whatToDo), ' ', finding.action) : null,
    technicalDetails(finding),
    finding.fixes.map((fix, j) => fixBlock(reportId, index, fix, j)));
}

function probeTable(report) {
  return h('details', { class: 'all-checks' },
    h('summary', {}, S.results.allChecks(report.probes.length)),
    h('div', { class: 'table-wrap' },
      h('table', {},
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, S.results.checkColumn),
          h('th', { scope: 'col' }, S.results.resultColumn),
          h('th', { scope: 'col' }, S.results.timeColumn),
          h('th', { scope: 'col' }, S.results.detailsColumn))),
        h('tbody', {}, report.probes.map((p) => h('tr', { class: `probe-${p.outcome}` },
          h('td', {}, h('code', {}, p.id), p.vantage === 'relay' ? ` ${S.results.fromRelay}` : ''),
          h('td', {}, S.check.outcomes[p.outcome] ?? p.outcome),
          h('td', { class: 'num' }, S.results.ms(p.duration_ms)),
          h('td', {}, p.summary ?? '')))))));
}

function exportPanel(reportId) {
  const message = h('p', { id: 'export-message', class: 'field-message', 'aria-live': 'polite' });
  const where = (value, label, checked) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'export-where', value, checked }), ' ', label);
  const fieldset = h('fieldset', { class: 'inline' },
    h('legend', {}, S.results.exportWhere),
    where('downloads', S.results.exportDownloads, true),
    where('choose', S.results.exportChoose, false));

  async function save(format) {
    const destination = fieldset.querySelector('input:checked')?.value ?? 'downloads';
    message.className = 'field-message';
    message.replaceChildren();
    try {
      const saved = await api.exportReport(reportId, format, destination);
      if (!saved) {
        message.textContent = S.results.exportCancelled;
        return;
      }
      message.className = 'field-message ok';
      message.dataset.path = saved.path;
      message.append(S.results.savedIn(saved.path), ' ',
        button(S.results.showInFolder, () => api.revealExport(saved.path).catch((err) => announce(errorText(err))), { class: 'link' }));
    } catch (err) {
      message.className = 'field-message error';
      message.textContent = `${errorText(err)}${err?.detail ? ` (${err.detail})` : ''}`;
    }
  }

  return h('section', { class: 'panel export', 'aria-labelledby': 'export-title' },
    h('h2', { id: 'export-title' }, S.results.exportTitle),
    h('p', { class: 'muted' }, S.results.exportIntro),
    fieldset,
    h('div', { class: 'actions' },
      button(S.results.exportHtml, () => save('html'), { id: 'export-html', class: 'secondary' }),
      button(S.results.exportMarkdown, () => save('markdown'), { id: 'export-markdown', class: 'secondary' }),
      button(S.results.exportJson, () => save('json'), { id: 'export-json', class: 'secondary' })),
    message);
}

// Whether to offer new keys (Reconnect), as one rule for every results screen: 'needed' when new
// keys would fix what was found (the engine's rule, `new_credentials_fix`); null when something on
// the server blocks the app (a stripped header, a firewall, the REST API…) or the store was out of
// reach, since new keys would meet the same wall; 'possible' otherwise.
export function reconnectOffer(result) {
  const report = result.report;
  if (result.new_credentials_fix) return 'needed';
  if (report.verdict === 'unreachable' || report.findings.some((f) => f.severity === 'error')) return null;
  return 'possible';
}

export function results(params) {
  const { target, result } = params;
  const report = result.report;
  const mode = params.mode ?? 'check';
  const host = target.kind === 'demo' ? hostOf(report.store_url) : (target.name ?? target.host ?? hostOf(report.store_url));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length]));

  let title;
  let summary;
  if (mode === 'rejected') {
    title = S.results.keysRejectedTitle;
    summary = S.results.keysRejectedIntro;
  } else if (mode === 'blocked') {
    title = S.results.blockedTitle;
    summary = S.results.blockedIntro;
  } else if (mode === 'failed') {
    title = S.results.failedTitle;
    summary = S.results.failedIntro;
  } else if (mode === 'unreachable') {
    title = S.results.keysUnreachableTitle;
    summary = S.results.summaryUnreachable;
  } else {
    title = S.results.verdicts[report.verdict](host);
    if (report.verdict === 'unreachable') summary = S.results.summaryUnreachable;
    else if (target.kind === 'saved' && result.used_saved_keys && result.credentials_refused) summary = S.results.summaryKeysStopped;
    else if (counts.error + counts.warning === 0) summary = S.results.summaryHealthy;
    else summary = S.results.summaryCounts(counts.error, counts.warning);
  }

  const actions = [];
  if (mode === 'check') {
    actions.push(button(S.results.checkAgain, () => runCheck(target, { reconnect: params.reconnect }), { id: 'check-again', class: 'primary' }));
    // A first connection is always offered; a reconnect only when new keys can help (the owner
    // fixes the server first, then checks again).
    if (target.kind === 'store' && !report.redirects_to && (!params.reconnect || reconnectOffer(result))) {
      const first = report.verdict === 'healthy' || reconnectOffer(result) === 'needed';
      actions.push(button(params.reconnect ? S.results.reconnect : S.results.connect,
        () => go('connect', { target, reconnect: params.reconnect }), { id: 'go-connect', class: first ? 'primary' : 'secondary' }));
      if (first) actions.reverse();
    } else if (target.kind === 'saved') {
      // A revoked or regenerated key cannot be fixed on the server: new keys are the way forward.
      const offer = reconnectOffer(result);
      const reconnect = button(S.results.reconnect,
        () => go('url', { reconnect: { url: target.url, displayName: target.name } }),
        { id: 'go-reconnect', class: offer === 'needed' ? 'primary' : 'secondary' });
      if (offer === 'needed') {
        actions[0].className = 'secondary';
        actions.unshift(reconnect);
      } else if (offer) {
        actions.push(reconnect);
      }
    } else if (target.kind === 'demo') {
      actions.push(button(S.results.tryAnother, () => go('welcome'), { id: 'try-another', class: 'secondary' }));
    }
  } else if (mode === 'blocked' || mode === 'failed') {
    actions.push(button(S.results.tryAgain, () => params.back(), { id: 'try-again', class: 'primary' }));
  } else {
    actions.push(button(S.results.tryOtherKeys, () => params.back(), { id: 'try-other-keys', class: 'primary' }));
  }
  actions.push(button(S.backToStart, () => go('welcome'), { class: 'link', id: 'results-home' }));

  const notes = [];
  // The store redirected to another address: nothing is sent there until the owner confirms it.
  if (mode === 'check' && report.redirects_to && target.kind !== 'demo') {
    const next = report.redirects_to;
    const use = button(S.results.useRedirect,
      () => runCheck({ kind: 'store', url: next, host: hostOf(next) }, { reconnect: params.reconnect }),
      { id: 'use-redirect', class: 'primary' });
    actions.forEach((a) => { if (a.classList.contains('primary')) a.className = 'secondary'; });
    notes.push(h('div', { class: 'notice warning', id: 'redirect-question' },
      h('p', {}, h('strong', {}, S.results.redirectQuestion(hostOf(next)))),
      h('p', {}, S.results.redirectWhy),
      h('div', { class: 'actions' }, use)));
  }
  if (target.kind === 'demo') notes.push(h('p', { class: 'notice info' }, S.results.demoNote(S.scenarios[target.scenario] ?? target.scenario)));
  if (target.kind === 'saved' && !result.used_saved_keys) notes.push(h('p', { class: 'notice warning' }, S.results.noKeysNote));
  if (target.kind === 'saved' && result.used_saved_keys && result.credentials_refused) notes.push(h('p', { class: 'notice warning', id: 'keys-stopped' }, S.results.keysStoppedNote));

  const sections = SEVERITIES.filter((s) => counts[s] > 0).map((s) =>
    h('section', { class: `severity-group severity-${s}`, 'aria-labelledby': `sev-${s}` },
      h('h2', { id: `sev-${s}` }, `${S.results.severities[s]} (${counts[s]})`),
      report.findings.map((f, i) => (f.severity === s ? findingCard(result.report_id, f, i) : null))));

  return h('section', { class: 'screen results' },
    heading(title, { id: 'verdict', dataset: { verdict: report.verdict } }),
    h('p', { class: `lead verdict-summary verdict-${report.verdict}` }, summary),
    notes,
    h('div', { class: 'actions' }, actions),
    sections,
    vantagePanel(report),
    probeTable(report),
    hostEmailPanel(result.report_id),
    exportPanel(result.report_id));
}
