// Preflight (and key verification): every probe appears as it starts, then shows its outcome. Cancel
// stops the run in Rust (the probes are dropped, not left running).
import { S, errorText } from '../strings.js';
import { h, heading, button, hostOf } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';

/** Checks a store (typed, saved or demo) and shows the results. */
export function runCheck(target, extra = {}) {
  const host = target.host ?? (target.url ? hostOf(target.url) : '');
  go('progress', {
    title: target.kind === 'demo' ? S.check.titleDemo : S.check.titleStore(target.name ?? host),
    intro: S.check.intro,
    start: (onEvent) => api.startCheck(target, onEvent),
    done: (result) => go('results', { target, result, reconnect: extra.reconnect ?? null }),
    back: () => {
      if (target.kind === 'store') go('url', { value: target.url, reconnect: extra.reconnect ?? null });
      else go('welcome');
    },
  });
}

/** Tries pasted keys on a store; connected → Done, otherwise the findings that say why. */
export function runKeys(target, consumerKey, consumerSecret, back) {
  const host = target.host ?? hostOf(target.url);
  go('progress', {
    title: S.check.titleKeys(host),
    intro: S.check.introKeys,
    start: (onEvent) => api.connectWithKeys(target.url, consumerKey, consumerSecret, onEvent),
    done: (result) => {
      if (result.status === 'connected') go('done', { target, result });
      else go('results', { target, result, mode: result.status, back });
    },
    back,
  });
}

function probeRow(id, label) {
  return h('li', { class: 'probe running', dataset: { probe: id, outcome: 'running' } },
    h('span', { class: 'probe-icon', 'aria-hidden': 'true' }),
    h('span', { class: 'probe-text' },
      h('span', { class: 'probe-label' }, label),
      h('span', { class: 'probe-summary' })),
    h('span', { class: 'probe-outcome' }, S.check.running));
}

export function progress(params, ctx) {
  const list = h('ol', { id: 'probe-list', class: 'probe-list' });
  const status = h('p', { id: 'check-progress', class: 'muted', role: 'status' });
  const rows = new Map();
  let started = 0;
  let finished = 0;

  function onEvent(ev) {
    let row = rows.get(ev.id);
    if (!row) {
      row = probeRow(ev.id, ev.label);
      rows.set(ev.id, row);
      list.append(row);
      started++;
    }
    if (ev.kind === 'probe_finished') {
      finished++;
      row.className = `probe ${ev.outcome}`;
      row.dataset.outcome = ev.outcome;
      row.querySelector('.probe-outcome').textContent = S.check.outcomes[ev.outcome] ?? ev.outcome;
      row.querySelector('.probe-summary').textContent = ev.summary ?? '';
    }
    status.textContent = S.check.progress(finished, started);
  }

  const { runId, promise } = params.start(onEvent);
  let running = true;
  ctx.onLeave(() => {
    if (running) api.cancel(runId);
    running = false;
  });

  const cancelButton = button(S.cancel, () => api.cancel(runId), { id: 'cancel-check', class: 'secondary' });
  const title = heading(params.title);
  const actions = h('div', { class: 'actions' }, cancelButton);
  const view = h('section', { class: 'screen progress' },
    title,
    h('p', { class: 'lead' }, params.intro),
    status,
    list,
    actions);

  promise.then(
    (result) => {
      if (!running) return;
      running = false;
      params.done(result);
    },
    (err) => {
      if (!running) return;
      running = false;
      if (err?.code === 'check.cancelled') {
        params.back();
        return;
      }
      title.textContent = S.check.failedTitle;
      const back = button(S.back, () => params.back(), { id: 'check-back', class: 'primary' });
      actions.replaceChildren(back);
      view.insertBefore(
        h('div', { class: 'notice error', role: 'alert', id: 'check-error' },
          h('p', {}, errorText(err)),
          err?.detail ? h('details', {}, h('summary', {}, S.errors.technical), h('p', { class: 'mono' }, err.detail)) : null),
        status);
      back.focus();
    },
  );
  return view;
}
