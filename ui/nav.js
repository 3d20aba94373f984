// Screen switching: one screen at a time in <main>, focus on its heading, the window title follows.
import { S } from './strings.js';

const screens = {};

export function register(name, screen) {
  screens[name] = screen;
}

let leaving = null;
let shown = null;

/** The screen on show and its params (the language switch shows it again in the new language). */
export function shownScreen() {
  return shown;
}

export function go(name, params = {}) {
  if (leaving) leaving();
  leaving = null;
  shown = { name, params };
  const main = document.getElementById('main');
  const ctx = { onLeave: (f) => { leaving = f; } };
  const view = screens[name](params, ctx);
  view.dataset.screen = name;
  main.replaceChildren(view);
  main.scrollTop = 0;
  window.scrollTo(0, 0);
  const title = view.querySelector('h1');
  document.title = title ? `${title.textContent} — ${S.appName}` : S.appName;
  (view.querySelector('[data-autofocus]') ?? title ?? main).focus();
}
