// The language switch in the header: the OS's language at first, the owner's choice once made (the
// app remembers it). Switching shows the screen on show again in the new language.
import { S, useLanguage, language, errorText } from './strings.js';
import { api } from './api.js';
import { h, announce } from './dom.js';
import { go, shownScreen } from './nav.js';

// Screens with a run in flight: showing them again would start the run again, so they change
// language when they move on.
const RUNNING = ['progress', 'authorize'];

/** Loads the app's language and puts the switch in the header. */
export async function startLanguage() {
  useLanguage(await api.uiLanguage());
  renderHeader();
}

function renderHeader() {
  document.getElementById('skip-link').textContent = S.skipToContent;
  document.getElementById('app-name').textContent = S.appName;
  const { lang, choices } = language();
  const select = h('select', { id: 'language', onchange: () => choose(select.value) },
    choices.map((c) => h('option', { value: c.code, lang: c.code, selected: c.code === lang }, c.name)));
  document.getElementById('language-switch').replaceChildren(
    h('label', { for: 'language', class: 'visually-hidden' }, S.languageLabel), select);
}

async function choose(code) {
  try {
    useLanguage(await api.setUiLanguage(code));
  } catch (err) {
    announce(errorText(err));
    return;
  }
  renderHeader();
  const shown = shownScreen();
  if (shown && !RUNNING.includes(shown.name)) go(shown.name, shown.params);
  document.getElementById('language').focus();
}
