// Store URL: validated as the owner types (the engine's own parser), scheme inferred, clear errors.
import { S, errorText } from '../strings.js';
import { h, heading, button } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';
import { runCheck } from './progress.js';

export function storeUrl(params = {}) {
  const reconnect = params.reconnect ?? null;
  const input = h('input', {
    id: 'store-url',
    type: 'text',
    inputmode: 'url',
    autocomplete: 'url',
    spellcheck: 'false',
    autocapitalize: 'off',
    'aria-describedby': 'store-url-hint store-url-message',
    'data-autofocus': true,
  });
  input.value = params.value ?? reconnect?.url ?? '';
  const message = h('p', { id: 'store-url-message', class: 'field-message', 'aria-live': 'polite' });
  let parsed = null;
  let seq = 0;
  let timer = null;

  function show(kind, text) {
    message.className = `field-message ${kind}`;
    message.textContent = text;
    if (kind === 'error') input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  // Returns the parsed URL or null; shows the result either way.
  async function validate({ quietWhenEmpty }) {
    const mine = ++seq;
    const value = input.value;
    if (quietWhenEmpty && value.trim() === '') {
      parsed = null;
      show('', '');
      return null;
    }
    try {
      const p = await api.parseStoreUrl(value);
      if (mine !== seq) return parsed;
      parsed = p;
      if (!p.https) show('warning', S.url.httpWarning(p.url));
      else if (p.scheme_assumed) show('ok', S.url.httpsAdded(p.url));
      else show('ok', S.url.willCheck(p.url));
      return p;
    } catch (err) {
      if (mine !== seq) return parsed;
      parsed = null;
      show('error', errorText(err));
      return null;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => validate({ quietWhenEmpty: true }), 150);
  });

  async function submit(event) {
    event.preventDefault();
    clearTimeout(timer);
    const p = await validate({ quietWhenEmpty: false });
    if (!p) {
      input.focus();
      return;
    }
    runCheck({ kind: 'store', url: p.url, host: p.host }, { reconnect });
  }

  if (input.value) validate({ quietWhenEmpty: true });

  const name = reconnect?.displayName || reconnect?.url;
  return h('section', { class: 'screen url' },
    heading(reconnect ? S.url.reconnectTitle(name) : S.url.title),
    reconnect ? h('p', { class: 'lead' }, S.url.reconnectIntro) : null,
    h('form', { id: 'url-form', novalidate: true, onsubmit: submit },
      h('div', { class: 'field' },
        h('label', { for: 'store-url' }, S.url.label),
        h('p', { id: 'store-url-hint', class: 'muted' }, S.url.hint),
        input,
        message),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', id: 'url-continue', class: 'primary' }, S.url.submit),
        button(S.back, () => go('welcome'), { class: 'secondary', id: 'url-back' }))),
  );
}
