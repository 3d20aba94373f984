// Scheduled checks of saved stores: the welcome screen hears when one starts and ends (a
// `store-watch` event on window), and a click on a notification opens the reconnect or the fix.
import { api } from './api.js';
import { go } from './nav.js';

export function startWatching() {
  api.watchEvents((event) => {
    if (event.kind === 'open') {
      if (event.action === 'reconnect' || !event.checked) {
        go('url', { reconnect: { url: event.url, displayName: event.name } });
      } else {
        go('results', {
          target: { kind: 'saved', url: event.url, name: event.name },
          result: { ...event.checked, usedSavedKeys: true },
        });
      }
      return;
    }
    window.dispatchEvent(new CustomEvent('store-watch', { detail: event }));
  }).catch(() => {});
}
