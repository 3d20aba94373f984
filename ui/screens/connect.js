// Connect: authorize in the browser (the way WooCommerce meant apps to connect, so it comes
// first), or paste existing keys (format-checked here, checked again and verified in Rust).
import { S } from '../strings.js';
import { h, heading, button, hostOf } from '../dom.js';
import { go } from '../nav.js';
import { runKeys } from './progress.js';

const KEY = /^ck_[0-9a-f]{40}$/i;
const SECRET = /^cs_[0-9a-f]{40}$/i;
const clean = (v) => v.trim().replace(/^["']|["']$/g, '');

function field(id, label, hint, input) {
  const error = h('p', { id: `${id}-error`, class: 'field-message error', 'aria-live': 'polite' });
  input.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
  return {
    error,
    node: h('div', { class: 'field' },
      h('label', { for: id }, label),
      h('p', { id: `${id}-hint`, class: 'muted' }, hint),
      input,
      error),
  };
}

export function connect(params) {
  const { target } = params;
  const host = target.host ?? hostOf(target.url);
  const attrs = { type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off', class: 'mono' };
  const keyInput = h('input', { id: 'consumer-key', ...attrs, placeholder: 'ck_…' });
  const secretInput = h('input', { id: 'consumer-secret', ...attrs, type: 'password', placeholder: 'cs_…' });
  const key = field('consumer-key', S.connect.keyLabel, S.connect.keyHint, keyInput);
  const secret = field('consumer-secret', S.connect.secretLabel, S.connect.secretHint, secretInput);
  const show = h('input', { type: 'checkbox', id: 'show-secret' });
  show.addEventListener('change', () => { secretInput.type = show.checked ? 'text' : 'password'; });

  function check(input, f, re, code) {
    const ok = re.test(clean(input.value));
    f.error.textContent = ok ? '' : S.errors[code]();
    if (ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
    return ok;
  }
  keyInput.addEventListener('blur', () => { if (keyInput.value) check(keyInput, key, KEY, 'keys.key_format'); });
  secretInput.addEventListener('blur', () => { if (secretInput.value) check(secretInput, secret, SECRET, 'keys.secret_format'); });

  function submit(event) {
    event.preventDefault();
    const keyOk = check(keyInput, key, KEY, 'keys.key_format');
    const secretOk = check(secretInput, secret, SECRET, 'keys.secret_format');
    if (!keyOk) return keyInput.focus();
    if (!secretOk) return secretInput.focus();
    const ck = keyInput.value;
    const cs = secretInput.value;
    // The fields are emptied at once: the secret is not kept in the page.
    keyInput.value = '';
    secretInput.value = '';
    runKeys(target, ck, cs, () => go('connect', params));
  }

  return h('section', { class: 'screen connect' },
    heading(S.connect.title(host)),
    h('p', { class: 'lead' }, S.connect.intro),
    h('section', { class: 'panel', 'aria-labelledby': 'authorize-title' },
      h('h2', { id: 'authorize-title' }, S.connect.authorizeTitle),
      h('p', {}, S.connect.authorizeIntro),
      h('div', { class: 'actions' },
        button(S.connect.authorize, () => go('authorize', params), { id: 'authorize', class: 'primary', 'data-autofocus': true }))),
    h('section', { class: 'panel', 'aria-labelledby': 'paste-title' },
      h('h2', { id: 'paste-title' }, S.connect.pasteTitle),
      h('p', {}, S.connect.pasteIntro),
      h('form', { id: 'keys-form', novalidate: true, onsubmit: submit },
        key.node,
        secret.node,
        h('div', { class: 'field checkbox' }, show, h('label', { for: 'show-secret' }, S.connect.showSecret)),
        h('div', { class: 'actions' },
          h('button', { type: 'submit', id: 'verify-keys', class: 'secondary' }, S.connect.verify)))),
    h('div', { class: 'actions' },
      button(S.back, () => go('welcome'), { class: 'link', id: 'connect-back' })),
  );
}
