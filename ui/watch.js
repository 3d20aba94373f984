// Scheduled checks of saved stores: the welcome screen hears when one starts and ends (a
// `store-watch` event on window), and a click on a notification opens the reconnect or the fix.
// A click never throws away what the owner is doing: from a screen that holds work (an address
// typed, a check running, an approval under way) it only raises a notice they open when ready.
import { S } from './strings.js';
import { api } from './api.js';
import { go } from './nav.js';
import { h, button, announce } from './dom.js';

// Screens with nothing to lose: a click on a notification may replace them at once.
const NOTHING_TO_LOSE = ['welcome', 'results', 'done'];

/** Whether a notification's click may open its screen at once, or must wait for the owner. */
export function opensAtOnce(screen) {
  return screen == null || NOTHING_TO_LOSE.includes(screen);
}

function currentScreen() {
  return document.querySelector('#main > [data-screen]')?.dataset.screen ?? null;
}

function open(event) {
  if (event.action === 'reconnect' || !event.checked) {
    go('url', { reconnect: { url: event.url, displayName: event.name } });
  } else {
    go('results', {
      target: { kind: 'saved', url: event.url, name: event.name },
      result: { ...event.checked, used_saved_keys: true },
    });
  }
}

/** The notice above the screen: which store, and Open or Later. A newer click replaces it. */
function notice(event) {
  document.getElementById('store-attention')?.remove();
  const name = event.name || event.url;
  const text = event.action === 'reconnect' ? S.attention.reconnect(name) : S.attention.fix(name);
  const box = h('div', { class: 'notice warning attention', id: 'store-attention', role: 'region', 'aria-label': S.attention.label, dataset: { url: event.url } },
    h('p', {}, text),
    h('div', { class: 'actions' },
      button(S.attention.open, () => { box.remove(); open(event); }, { id: 'store-attention-open', class: 'secondary' }),
      button(S.attention.later, () => box.remove(), { id: 'store-attention-later', class: 'link' })));
  document.getElementById('main').before(box);
  announce(text);
}

export function startWatching() {
  api.watchEvents((event) => {
    if (event.kind === 'open') {
      if (opensAtOnce(currentScreen())) {
        document.getElementById('store-attention')?.remove();
        open(event);
      } else {
        notice(event);
      }
      return;
    }
    window.dispatchEvent(new CustomEvent('store-watch', { detail: event }));
  }).catch(() => {});
}
