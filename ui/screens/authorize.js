// Authorize in the browser: what happens and what to expect, while the app checks the store, waits
// for the owner's approval, and verifies the key that comes back through the relay.
import { S, errorText } from '../strings.js';
import { h, heading, button, hostOf } from '../dom.js';
import { api } from '../api.js';
import { go } from '../nav.js';

export function authorize(params, ctx) {
  const { target } = params;
  const status = h('p', { id: 'authorize-status', role: 'status' }, S.authorize.waiting);
  const box = h('div', { class: 'notice info', id: 'authorize-box' }, status);
  const counts = { started: 0, done: 0 };
  let phase = 'preflight';

  let link = null;
  function linkField(url) {
    const field = h('input', { id: 'authorize-link', type: 'text', readonly: true, class: 'mono', 'aria-label': S.authorize.linkLabel });
    field.value = url;
    return field;
  }

  function onEvent(ev) {
    if (ev.kind === 'probe') {
      if (ev.phase !== phase) {
        phase = ev.phase;
        counts.started = 0;
        counts.done = 0;
      }
      if (ev.event.kind === 'probe_started') counts.started++;
      else counts.done++;
      status.textContent = (phase === 'preflight' ? S.authorize.checking : S.authorize.verifying)(counts.done, counts.started);
    } else if (ev.kind === 'authorize_url') {
      phase = 'waiting';
      status.textContent = S.authorize.waiting;
      link = linkField(ev.url);
      box.replaceChildren(h('p', {}, S.authorize.opened), link, status);
    } else if (ev.kind === 'browser_not_opened' && link) {
      // Say so, instead of "your browser should now show…", and offer the address to copy.
      const url = link.value;
      const copied = h('span', { class: 'copied', role: 'status' });
      const copy = button(S.authorize.copyLink, async () => {
        try {
          await api.copyApprovalLink(url);
          copied.textContent = S.authorize.linkCopied;
        } catch (err) {
          copied.textContent = errorText(err);
        }
      }, { id: 'copy-authorize-link', class: 'primary' });
      box.className = 'notice warning';
      box.replaceChildren(h('p', { id: 'browser-not-opened' }, S.authorize.notOpened), link,
        h('div', { class: 'actions' }, copy, copied), status);
      copy.focus();
    } else if (ev.kind === 'waiting') {
      status.textContent = S.authorize.waited(ev.waited_secs);
    } else if (ev.kind === 'keys_received') {
      status.textContent = S.authorize.keysArrived(ev.key_hint);
    }
  }

  const { runId, promise } = api.connectAuthorize(target.url, onEvent);
  let running = true;
  ctx.onLeave(() => {
    if (running) api.cancel(runId);
    running = false;
  });
  // WooCommerce shows its own error page when the key handover fails: the owner pastes its text.
  const actions = h('div', { class: 'actions' },
    button(S.authorize.sawError, () => go('explain', { target }), { id: 'authorize-saw-error', class: 'secondary' }),
    button(S.cancel, () => go('connect', params), { id: 'authorize-cancel', class: 'secondary' }));

  promise.then(
    (result) => {
      running = false;
      if (result.status === 'connected') go('done', { target, result });
      else go('results', { target, result, mode: result.status, back: () => go('connect', params) });
    },
    (err) => {
      if (!running) return;
      running = false;
      box.className = 'notice error';
      status.setAttribute('role', 'alert');
      status.textContent = errorText(err);
      const paste = button(S.authorize.pasteInstead, () => go('connect', params), { id: 'paste-instead', class: 'primary' });
      actions.replaceChildren(paste, button(S.backToStart, () => go('welcome'), { class: 'link' }));
      paste.focus();
    },
  );

  return h('section', { class: 'screen authorize' },
    heading(S.authorize.title),
    h('p', { class: 'lead' }, hostOf(target.url)),
    h('ol', { class: 'steps' }, S.authorize.steps.map((s) => h('li', {}, s))),
    box,
    actions);
}
