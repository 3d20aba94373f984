// A tiny DOM builder. Text always goes in as text nodes: nothing from a store is parsed as HTML.

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Says something to screen readers without moving focus. */
export function announce(text) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // A fresh text node after a tick makes screen readers read the same sentence twice in a row too.
  setTimeout(() => { region.textContent = text; }, 30);
}

/** A screen's top: a heading that receives focus when the screen appears. */
export function heading(text, props = {}) {
  return h('h1', { tabindex: '-1', class: 'screen-title', ...props }, text);
}

export function button(label, onClick, props = {}) {
  return h('button', { type: 'button', onclick: onClick, ...props }, label);
}

export function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
