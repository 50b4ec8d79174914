// Small DOM helpers shared by the views: element building, times, statuses, problems.

/** h('tag.class#id', {attrs}, ...children): builds an element; strings become text (never HTML). */
export function h(spec, attrs = {}, ...children) {
  const [, tag, rest] = spec.match(/^([a-z0-9-]+)(.*)$/i);
  const el = document.createElement(tag);
  for (const part of rest.match(/[.#][^.#]+/g) || []) {
    if (part[0] === '.') el.classList.add(part.slice(1));
    else el.id = part.slice(1);
  }
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const localFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** A time in the browser's zone, with the UTC instant on hover. */
export function time(iso) {
  if (!iso) return h('span.muted', {}, '—');
  const d = new Date(iso);
  return h('time', { datetime: d.toISOString(), title: d.toISOString().replace('.000Z', 'Z') + ' (UTC)' },
    localFormat.format(d));
}

export function statusBadge(status) {
  return h('span.status', { dataset: { status: status || 'UNKNOWN' } }, status || '…');
}

export function actor(a) {
  if (!a) return '—';
  if (typeof a === 'string') return a;
  return `${String(a.kind || '').toLowerCase()}:${a.id}`;
}

export function activityLink(id, text) {
  return h('a', { href: '#/activity/' + id }, text || shortId(id));
}

export function shortId(id) {
  return id ? String(id).slice(0, 8) : '—';
}

/** A message area showing an ApiError (problem title, detail and field errors) or a success. */
export function message(el, kind, text, extra = []) {
  clear(el, h('div.msg.' + kind, { role: kind === 'error' ? 'alert' : 'status' }, text, ...extra));
}

export function problemText(err) {
  const p = err.problem || {};
  const parts = [`${err.status || ''} ${p.title || ''}`.trim()];
  if (p.detail) parts.push(p.detail);
  return parts.filter(Boolean).join(': ');
}

export function problemErrors(err) {
  const errors = (err.problem && err.problem.errors) || [];
  if (!errors.length) return [];
  return [h('ul.errors', {}, errors.map((e) => h('li', {}, h('code', {}, e.field), ' — ', e.message)))];
}

export function notice(text, kind = 'info') {
  const el = document.getElementById('notice');
  clear(el, h('div.msg.' + kind, {}, text));
}

/** Runs fn at most once per `ms`, with the last call's effect guaranteed. */
export function throttle(fn, ms) {
  let timer = null;
  let pending = false;
  return (...args) => {
    if (timer) { pending = true; return; }
    fn(...args);
    timer = setTimeout(() => { timer = null; if (pending) { pending = false; fn(...args); } }, ms);
  };
}

/** A datetime-local input's value as an ISO instant (the browser's zone), or ''. */
export function localToIso(value) {
  return value ? new Date(value).toISOString() : '';
}

export function isoToLocal(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
