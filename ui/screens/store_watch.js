// The store card's "what changed since the check before" line and the schedule's setting, from
// `watch_status` (the same comparison as `handshake stores --check`).
import { S, errorText } from '../strings.js';
import { h } from '../dom.js';
import { api } from '../api.js';

/** One line: what changed at the store's last check, or null when it was never checked. */
export function changeLine(info) {
  if (!info) return null;
  const c = info.changes;
  const parts = [];
  if (c.key_stopped) parts.push(S.watch.keyStopped);
  if (c.key_works_again) parts.push(S.watch.keyWorksAgain);
  // The refused key is said once, not again as a "new problem" (Rust counts the others).
  if (c.new_besides_key) parts.push(S.watch.newProblems(c.new_besides_key));
  if (c.resolved.length) parts.push(S.watch.fixed(c.resolved.length));
  let text;
  if (parts.length) {
    const changes = parts.join(', ');
    text = c.first ? S.watch.changesSinceConnecting(changes) : S.watch.changesSinceBefore(changes);
  } else if (c.verdict_was) text = S.watch.wasVerdict(verdictWord(c.verdict_was));
  else if (c.first) text = S.watch.firstCheck;
  else text = S.watch.unchanged;
  const alert = c.key_stopped || c.new_blocking.length > 0;
  return h('p', { class: alert ? 'changes changes-alert' : 'changes muted', dataset: { keyStopped: String(!!c.key_stopped) } }, text);
}

export function verdictWord(verdict) {
  return S.results.verdictWords[verdict] ?? S.watch.verdictWords[verdict] ?? verdict;
}

/** The owner's interval: a select that saves as it changes. */
export function intervalField(everyMinutes) {
  const note = h('p', { id: 'watch-every-note', class: 'field-message', 'aria-live': 'polite' });
  const select = h('select', { id: 'watch-every', 'aria-describedby': 'watch-every-help watch-every-note' },
    Object.entries(S.watch.every).map(([minutes, label]) => h('option', { value: minutes }, label)));
  const known = Object.keys(S.watch.every).includes(String(everyMinutes));
  if (!known) select.append(h('option', { value: String(everyMinutes) }, `${everyMinutes} min`));
  select.value = String(everyMinutes);
  select.addEventListener('change', async () => {
    try {
      const kept = await api.setWatchInterval(Number(select.value));
      select.value = String(kept);
      note.className = 'field-message ok';
      note.textContent = S.watch.everySaved;
    } catch (err) {
      note.className = 'field-message error';
      note.textContent = errorText(err);
    }
  });
  return h('div', { class: 'field watch-every' },
    h('label', { for: 'watch-every' }, S.watch.everyLabel),
    select,
    h('p', { id: 'watch-every-help', class: 'muted' }, S.watch.everyHelp),
    note);
}
