// A message for the host: the e-mail built in Rust from the kept report (no secret in it), opened in
// the mail program or copied, with the HTML report saved to Downloads to attach.
import { S, errorText } from '../strings.js';
import { h, button, announce } from '../dom.js';
import { api } from '../api.js';

export function hostEmailPanel(reportId) {
  const message = h('p', { id: 'host-email-message', class: 'field-message', 'aria-live': 'polite' });
  const subject = h('p', { id: 'host-email-subject' });
  const body = h('pre', { id: 'host-email-body', class: 'fix-text', tabindex: '0', 'aria-labelledby': 'host-email-title' });
  const preview = h('details', { class: 'host-email-preview' },
    h('summary', {}, S.hostEmail.preview), subject, body);

  api.hostEmail(reportId).then((email) => {
    subject.textContent = S.hostEmail.subject(email.subject);
    body.textContent = email.body;
  }).catch((err) => { subject.textContent = errorText(err); });

  async function send(how) {
    message.className = 'field-message';
    message.replaceChildren();
    try {
      const sent = await api.sendHostEmail(reportId, how);
      let text;
      if (how === 'copy') text = S.hostEmail.copied(sent.file_name);
      else if (sent.fits_mail_link) text = S.hostEmail.opened(sent.file_name);
      else text = S.hostEmail.openedShort(sent.file_name);
      message.className = 'field-message ok';
      message.dataset.path = sent.path;
      message.textContent = text;
      announce(text);
    } catch (err) {
      message.className = 'field-message error';
      message.textContent = `${errorText(err)}${err?.detail ? ` (${err.detail})` : ''}`;
    }
  }

  return h('section', { class: 'panel host-email', 'aria-labelledby': 'host-email-title' },
    h('h2', { id: 'host-email-title' }, S.hostEmail.title),
    h('p', { class: 'muted' }, S.hostEmail.intro),
    preview,
    h('div', { class: 'actions' },
      button(S.hostEmail.open, () => send('mail'), { id: 'host-email-open', class: 'secondary' }),
      button(S.hostEmail.copy, () => send('copy'), { id: 'host-email-copy', class: 'secondary' })),
    message);
}
