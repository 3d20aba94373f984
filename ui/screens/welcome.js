// Welcome: saved stores with their last verdict, "Connect a store", and the demo store.
import { S, errorText } from '../strings.js';
import { h, heading, button, announce } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';
import { runCheck } from './progress.js';
import { changeLine, intervalField, verdictWord } from './store_watch.js';

function verdictBadge(verdict) {
  const word = verdictWord(verdict);
  return h('span', { class: `badge badge-${verdict}` }, word);
}

function lastCheckParts(store) {
  return store.last_check
    ? [S.welcome.lastCheck(S.formatDate(store.last_check)), ' ', store.last_verdict ? verdictBadge(store.last_verdict) : '']
    : [S.welcome.neverChecked];
}

/** A scheduled check's new result written into the card already on screen: its buttons stay the
 *  same elements, so a click that lands while the result arrives is not lost. */
function updateCard(card, store, watchInfo) {
  card.querySelector('.last-check').replaceChildren(...lastCheckParts(store));
  const line = changeLine(watchInfo);
  const old = card.querySelector('.changes');
  if (old && line) old.replaceWith(line);
  else if (old) old.remove();
  else if (line) card.querySelector('.last-check').after(line);
}

function storeCard(store, refresh, watchInfo) {
  const name = store.display_name || store.url;
  const last = lastCheckParts(store);
  const buttons = [
    button(S.welcome.recheck, () => runCheck({ kind: 'saved', url: store.url, name }), {
      class: 'secondary', 'aria-label': S.welcome.recheckLabel(name), dataset: { action: 'recheck' },
    }),
    button(S.welcome.reconnect, () => go('url', { reconnect: store }), {
      class: 'secondary', 'aria-label': S.welcome.reconnectLabel(name), dataset: { action: 'reconnect' },
    }),
    button(S.welcome.forget, () => confirmForget(), {
      class: 'link', 'aria-label': S.welcome.forgetLabel(name), dataset: { action: 'forget' },
    }),
  ];
  const actions = h('div', { class: 'actions' }, buttons);
  const card = h('li', { class: 'store-card', dataset: { url: store.url } },
    h('h3', {}, name),
    h('p', { class: 'muted' }, store.url),
    h('p', { class: 'last-check' }, last),
    changeLine(watchInfo),
    store.key_hint ? h('p', { class: 'muted' }, S.welcome.keyHint(store.key_hint)) : null,
    actions,
  );

  function confirmForget() {
    const yes = button(S.welcome.forgetYes, async () => {
      try {
        await api.forgetStore(store.url);
        announce(S.welcome.forgotten(name));
        refresh();
      } catch (err) {
        actions.replaceChildren(h('p', { class: 'error', role: 'alert' }, errorText(err)));
      }
    }, { class: 'danger' });
    const no = button(S.cancel, () => {
      actions.replaceChildren(...buttons);
      buttons[2].focus();
    }, { class: 'secondary' });
    const confirm = h('div', { class: 'actions confirm', role: 'group', 'aria-label': S.welcome.forgetLabel(name) },
      h('p', {}, S.welcome.forgetConfirm(name)), yes, no);
    actions.replaceChildren(confirm);
    yes.focus();
  }
  return card;
}

export function welcome() {
  const savedList = h('div', { id: 'saved-stores', 'aria-busy': 'true' }, h('p', { class: 'muted' }, S.loading));
  const summary = h('p', { id: 'scenario-summary', class: 'muted', 'aria-live': 'polite' });
  const select = h('select', { id: 'scenario', 'aria-describedby': 'scenario-summary' });
  const scenarioSummaries = new Map();
  select.addEventListener('change', () => { summary.textContent = scenarioSummaries.get(select.value) ?? ''; });

  async function loadSaved({ inPlace = false } = {}) {
    try {
      const [stores, watch] = await Promise.all([api.listSavedStores(), api.watchStatus().catch(() => null)]);
      const infos = new Map((watch?.stores ?? []).map((w) => [w.url, w]));
      const cards = [...savedList.querySelectorAll('.store-card')];
      const sameStores = cards.length === stores.length && cards.every((c, i) => c.dataset.url === stores[i].url);
      if (inPlace && sameStores && stores.length) {
        cards.forEach((card, i) => updateCard(card, stores[i], infos.get(stores[i].url)));
        return;
      }
      savedList.replaceChildren(
        stores.length
          ? h('ul', { class: 'store-list' }, stores.map((s) => storeCard(s, loadSaved, infos.get(s.url))))
          : h('p', { class: 'muted' }, S.welcome.savedNone),
        // replaceChildren writes a null as the text "null": nothing is an empty string.
        stores.length && watch ? intervalField(watch.every_minutes) : '',
      );
    } catch (err) {
      savedList.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${S.welcome.savedError} ${errorText(err)}`));
    }
    savedList.removeAttribute('aria-busy');
  }

  async function loadScenarios() {
    const scenarios = await api.listScenarios();
    for (const s of scenarios) {
      scenarioSummaries.set(s.name, s.summary);
      select.append(h('option', { value: s.name }, S.scenarios[s.name] ?? s.name));
    }
    select.value = scenarios.some((s) => s.name === 'cloudflare-block') ? 'cloudflare-block' : scenarios[0]?.name;
    summary.textContent = scenarioSummaries.get(select.value) ?? '';
  }

  loadSaved();
  loadScenarios();
  // A scheduled check of a saved store: "Checking now…" on its card, then its new result.
  const onWatch = (e) => {
    if (!savedList.isConnected) {
      window.removeEventListener('store-watch', onWatch);
      return;
    }
    if (e.detail.kind === 'checked') loadSaved({ inPlace: true });
    else if (e.detail.kind === 'checking') {
      const card = [...savedList.querySelectorAll('.store-card')].find((c) => c.dataset.url === e.detail.url);
      card?.querySelector('.last-check')?.replaceChildren(S.watch.checkingNow);
    }
  };
  window.addEventListener('store-watch', onWatch);

  return h('section', { class: 'screen welcome' },
    heading(S.welcome.title),
    h('p', { class: 'lead' }, S.welcome.intro),
    h('div', { class: 'actions' },
      button(S.welcome.connect, () => go('url'), { id: 'connect-store', class: 'primary' })),
    h('section', { class: 'panel', 'aria-labelledby': 'saved-title' },
      h('h2', { id: 'saved-title' }, S.welcome.savedTitle),
      savedList),
    h('section', { class: 'panel', 'aria-labelledby': 'demo-title' },
      h('h2', { id: 'demo-title' }, S.welcome.demoTitle),
      h('p', {}, S.welcome.demoIntro),
      h('div', { class: 'field' },
        h('label', { for: 'scenario' }, S.welcome.scenarioLabel),
        select,
        summary),
      h('div', { class: 'actions' },
        button(S.welcome.runDemo, () => runCheck({ kind: 'demo', scenario: select.value }), { id: 'try-demo', class: 'secondary' }))),
  );
}
