// Builds elements with DOM APIs only. Report text always ends up in text nodes, never parsed as markup:
// a report holding <script> or onerror= shows those characters and nothing runs.

/** h('a', {href: '#/x', class: 'c', onclick: fn}, 'text', child...) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'href') {
      el.setAttribute('href', safeHref(value));
    } else if (key === 'class') {
      el.className = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Only the workspace's own routes, or http(s) addresses; anything else (javascript:, data:) becomes inert. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('#') || (text.startsWith('/') && !text.startsWith('//'))) return text;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch (e) {
    // not a URL at all
  }
  return '#';
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A route with its parameters encoded: route('reader', docId) -> '#/reader/doc-1'. */
export function route(...parts) {
  return '#/' + parts.map((part) => encodeURIComponent(part)).join('/');
}

export function withQuery(hash, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? hash + '?' + text : hash;
}

/** Text with every occurrence of `needle` in a <mark>, as nodes. */
export function marked(text, needle) {
  if (!needle) return [text];
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0) return [text];
  return [text.slice(0, at), h('mark', {}, text.slice(at, at + needle.length)), text.slice(at + needle.length)];
}

export const QUAD_NAMES = {0: 'no PLOVER category', 1: 'verbal cooperation', 2: 'material cooperation',
  3: 'verbal conflict', 4: 'material conflict'};

export function quadClass(quad) {
  return 'quad-' + (quad || 0);
}

export function names(participants) {
  return participants.map((p) => p.name).join('; ');
}
