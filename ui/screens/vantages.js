// Two vantages: each request as this computer saw it and as the app's servers saw it (the relay's
// remote check), side by side, so "it works for me but not for the app" shows at a glance. Shown
// only when a relay check was asked for; a relay that could not run says so, never as a store fault.
import { S } from '../strings.js';
import { h } from '../dom.js';

// The credential-free requests both sides make, in the order a person reads them.
const ROWS = ['site.home', 'rest.index', 'rest.index_query', 'rest.index_browser', 'rest.post', 'rest.put', 'auth.header_echo', 'wc.auth', 'wc.auth_query'];

function cell(record) {
  if (!record) return h('td', { class: 'vantage-none' }, S.vantages.notChecked);
  const status = record.http_status != null ? ` (${record.http_status})` : '';
  const by = record.block ? ` — ${S.vantages.blockedBy(record.block.by)}` : '';
  return h('td', { class: `probe-${record.outcome}`, title: record.summary ?? '' },
    `${S.check.outcomes[record.outcome] ?? record.outcome}${status}${by}`);
}

function where(check) {
  if (check.address && check.label) return S.vantages.addressOf(check.address, check.label);
  return check.address || check.label || '';
}

export function vantagePanel(report) {
  const check = report.remote_check;
  if (!check) return null;
  if (check.error) {
    return h('section', { class: 'panel vantages', id: 'vantages', 'aria-labelledby': 'vantages-title' },
      h('h2', { id: 'vantages-title' }, S.vantages.title),
      h('p', { class: 'notice info', id: 'relay-not-run' }, S.vantages.notRun(check.error)));
  }
  const here = new Map();
  const there = new Map();
  for (const p of report.probes) (p.vantage === 'relay' ? there : here).set(p.id, p);
  // Only what both sides asked: a request one side never sent says nothing about the difference.
  const rows = ROWS.filter((id) => here.has(id) && there.has(id)).map((id) => {
    const a = here.get(id);
    const b = there.get(id);
    const differs = (a.outcome === 'pass') !== (b.outcome === 'pass');
    return h('tr', { class: differs ? 'vantage-differs' : '', dataset: { probe: id } },
      h('th', { scope: 'row' }, S.vantages.requests[id] ?? id),
      cell(a),
      cell(b));
  });
  return h('section', { class: 'panel vantages', id: 'vantages', 'aria-labelledby': 'vantages-title' },
    h('h2', { id: 'vantages-title' }, S.vantages.title),
    h('p', { class: 'muted', id: 'relay-where' }, S.vantages.checkedFrom(where(check))),
    h('div', { class: 'table-wrap' },
      h('table', { id: 'vantage-table' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, S.vantages.request),
          h('th', { scope: 'col' }, S.vantages.thisComputer),
          h('th', { scope: 'col' }, S.vantages.appServers))),
        h('tbody', {}, rows))));
}
