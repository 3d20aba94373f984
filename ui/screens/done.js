// Verify and Done: what the app can read and write, where the keys are kept, how to revoke them.
import { S, errorText } from '../strings.js';
import { h, heading, button, announce, hostOf } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';

const MARK = { yes: '✓', no: '✗', unknown: '?', notChecked: '–' };

function cell(value) {
  return h('td', { class: `access access-${value}`, dataset: { access: value } },
    h('span', { 'aria-hidden': 'true', class: 'mark' }, MARK[value] ?? ''), ' ', S.done.access[value] ?? value);
}

export function done(params) {
  const { target, result } = params;
  const host = result.store?.display_name ?? target.host ?? hostOf(target.url);
  const report = result.report;
  const hasErrors = report.findings.some((f) => f.severity === 'error');
  const matrix = h('table', { id: 'access-matrix', class: 'matrix' },
    h('caption', {}, S.done.matrixCaption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, S.done.dataColumn),
      h('th', { scope: 'col' }, S.done.readColumn),
      h('th', { scope: 'col' }, S.done.writeColumn))),
    h('tbody', {}, result.access.map((row) => h('tr', { dataset: { resource: row.resource } },
      h('th', { scope: 'row' }, S.resources[row.resource] ?? row.resource),
      cell(row.read),
      cell(row.write)))));

  return h('section', { class: 'screen done' },
    heading(S.done.title(host)),
    h('p', { class: 'lead' }, S.done.intro),
    matrix,
    hasErrors
      ? h('div', { class: 'notice warning' },
        h('p', {}, S.done.problemsNote),
        button(S.done.seeReport, () => go('results', { target, result, reconnect: null }), { class: 'secondary', id: 'see-report' }))
      : null,
    h('section', { class: 'panel', 'aria-labelledby': 'where-title' },
      h('h2', { id: 'where-title' }, S.done.whereTitle),
      h('p', { id: 'keyring-where' }, S.done.keyrings[result.keyring] ?? result.keyring, ' ', S.done.whereMore)),
    h('section', { class: 'panel', 'aria-labelledby': 'revoke-title' },
      h('h2', { id: 'revoke-title' }, S.done.revokeTitle),
      h('p', { id: 'revoke-text' }, result.revoke),
      h('div', { class: 'actions' },
        button(S.done.openKeysPage, () => api.openKeysPage(report.store_url).catch((err) => announce(errorText(err))), { class: 'secondary', id: 'open-keys-page' }))),
    h('div', { class: 'actions' },
      button(S.backToStart, () => go('welcome'), { class: 'primary', id: 'done-home' })),
  );
}
