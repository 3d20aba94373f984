// "WooCommerce showed an error after Approve": the owner pastes the page's text; Rust explains it
// with the engine's catalog (the same words as `handshake connect --explain`). A text Handshake does
// not know is said to be unknown, never guessed at.
import { S, errorText } from '../strings.js';
import { h, heading, button, announce, hostOf } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';

function fixBlock(reportId, fix, index) {
  const copied = h('span', { class: 'copied', 'aria-hidden': 'true' });
  const copy = button(S.results.copy, async () => {
    try {
      await api.copyFix(reportId, 0, index);
      copied.textContent = S.results.copied;
      announce(S.results.copiedAnnounce);
    } catch (err) {
      copied.textContent = errorText(err);
      announce(errorText(err));
    }
  }, { class: 'secondary copy-fix', 'aria-label': S.results.copyLabel(fix.title), dataset: { fix: index } });
  return h('div', { class: 'fix', dataset: { kind: fix.kind } },
    h('div', { class: 'fix-head' },
      h('h4', {}, S.results.fixTitle(fix.title)),
      h('span', { class: 'fix-kind' }, S.results.fixKinds[fix.kind] ?? fix.kind)),
    h('pre', { class: 'fix-text', tabindex: '0', 'aria-label': S.results.fixTitle(fix.title) }, h('code', {}, fix.text)),
    h('div', { class: 'fix-actions' }, copy, copied));
}

function explanation(result) {
  const { report_id: reportId, report } = result.checked;
  const f = report.findings[0];
  return h('section', { id: 'explanation', 'aria-labelledby': 'explained-title' },
    h('p', { class: 'notice info', id: 'explained-meaning' }, result.meaning),
    h('article', { class: `finding severity-${f.severity}`, dataset: { findingId: f.id } },
      h('h2', { id: 'explained-title' }, f.title),
      f.summary ? h('p', {}, f.summary) : null,
      f.action ? h('p', {}, h('strong', {}, f.action)) : null,
      h('details', { class: 'evidence' },
        h('summary', {}, S.explain.details),
        h('p', {}, f.explanation)),
      f.fixes.map((fix, j) => fixBlock(reportId, fix, j))));
}

function unknown(result) {
  return h('section', { id: 'explanation', class: 'notice warning', role: 'alert' },
    h('p', { id: 'explain-unknown' }, S.explain.unknown),
    h('p', {}, S.explain.knownIntro),
    h('ul', {}, result.known.map((m) => h('li', {}, h('code', {}, m)))));
}

export function explain(params) {
  const { target } = params;
  const field = h('textarea', { id: 'explain-text', rows: '5', class: 'mono', 'aria-describedby': 'explain-hint', 'data-autofocus': true });
  const message = h('p', { id: 'explain-message', class: 'field-message', 'aria-live': 'polite' });
  const out = h('div', { id: 'explain-out' });

  async function submit() {
    message.textContent = '';
    if (!field.value.trim()) {
      message.textContent = S.explain.empty;
      field.focus();
      return;
    }
    try {
      const result = await api.explainStoreMessage(target.url, field.value);
      out.replaceChildren(result.meaning ? explanation(result) : unknown(result));
      (out.querySelector('h2') ?? out.querySelector('p'))?.setAttribute('tabindex', '-1');
      (out.querySelector('h2') ?? out.querySelector('p'))?.focus();
    } catch (err) {
      message.textContent = errorText(err);
    }
  }

  return h('section', { class: 'screen explain' },
    heading(S.explain.title),
    h('p', { class: 'lead' }, hostOf(target.url)),
    h('p', { id: 'explain-hint' }, S.explain.intro),
    h('div', { class: 'field' },
      h('label', { for: 'explain-text' }, S.explain.label),
      field,
      message),
    h('div', { class: 'actions' },
      button(S.explain.go, submit, { id: 'explain-go', class: 'primary' }),
      button(S.explain.again, () => go('authorize', { target }), { id: 'explain-again', class: 'secondary' }),
      button(S.backToStart, () => go('welcome'), { class: 'link' })),
    out);
}
