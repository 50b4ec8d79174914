// Data every view reads the same way, fetched once per page load: types, statuses, settings.
import { api } from '../api.js';
import { h, localToIso, isoToLocal } from '../ui.js';

let typesPromise = null;
let statusesPromise = null;
let configPromise = null;

export function activityTypes() {
  typesPromise ??= api('/activity-types').then((r) => r.data).catch((e) => { typesPromise = null; throw e; });
  return typesPromise;
}

/** The statuses, in the API's order, as the counts endpoint lists them (no status list typed in here). */
export function statuses() {
  statusesPromise ??= api('/activities/counts?type=' + encodeURIComponent('ExecuteScriptRequest'))
    .then((r) => Object.keys(r.data.byStatus)).catch((e) => { statusesPromise = null; throw e; });
  return statusesPromise;
}

export function consoleConfig() {
  configPromise ??= api('/console/config.json').then((r) => r.data).catch(() => ({}));
  return configPromise;
}

/**
 * Every item of a paged list (the API's one style: items, nextCursor), page after page, up to `max` items:
 * for small lists such as calendars or the computers offered when creating.
 */
export async function allPages(path, { pageSize = 500, max = 5000 } = {}) {
  const items = [];
  let cursor = null;
  const sep = path.includes('?') ? '&' : '?';
  do {
    const r = await api(`${path}${sep}limit=${pageSize}` + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    items.push(...(r.data.items || []));
    cursor = r.data.nextCursor || null;
  } while (cursor && items.length < max);
  return items;
}

export const FILTER_KEYS = ['status', 'type', 'computer', 'creator', 'parent', 'createdAfter', 'createdBefore', 'q'];

/** The filter in URL parameters → the API's query object (status may repeat). */
export function filterFromParams(params) {
  const f = {};
  for (const k of FILTER_KEYS) {
    const v = k === 'status' ? params.getAll('status').flatMap((s) => s.split(',')).filter(Boolean) : params.get(k);
    if (v && v.length) f[k] = v;
  }
  return f;
}

/** The filter form (status, type, computer, creator, parent, time range, text); onApply(filter). */
export async function filterForm(filter, onApply, { submitLabel = 'Apply filters' } = {}) {
  const [types, all] = await Promise.all([activityTypes(), statuses()]);
  const chosen = new Set(filter.status || []);
  const field = (id, label, input) => h('div.field', {}, h('label', { for: id }, label), input);
  const text = (id, value, extra = {}) => h('input', { id, name: id, value: value || '', ...extra });
  const form = h('form.filters', {
    'aria-label': 'Filters',
    onsubmit: (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const f = {};
      const st = data.getAll('status');
      if (st.length) f.status = st;
      for (const k of ['type', 'computer', 'creator', 'parent', 'q']) if (data.get(k)) f[k] = data.get(k).trim();
      if (data.get('createdAfter')) f.createdAfter = localToIso(data.get('createdAfter'));
      if (data.get('createdBefore')) f.createdBefore = localToIso(data.get('createdBefore'));
      onApply(f);
    },
  },
  h('fieldset.statuses', {}, h('legend', {}, 'Status'),
    all.map((s) => h('label.check', {}, h('input', { type: 'checkbox', name: 'status', value: s, checked: chosen.has(s) }), s))),
  h('div.row', {},
    field('f-type', 'Type', h('select#f-type', { name: 'type' }, h('option', { value: '' }, 'Any type'),
      types.map((t) => h('option', { value: t.name, selected: t.name === filter.type }, t.name)))),
    field('f-computer', 'Computer', text('f-computer', filter.computer, { name: 'computer' })),
    field('f-creator', 'Creator', text('f-creator', filter.creator, { name: 'creator', placeholder: 'alice or service:activity-api' })),
    field('f-parent', 'Group (parent id)', text('f-parent', filter.parent, { name: 'parent' })),
    field('f-after', 'Created from', h('input#f-after', { type: 'datetime-local', name: 'createdAfter', value: isoToLocal(filter.createdAfter) })),
    field('f-before', 'Created before', h('input#f-before', { type: 'datetime-local', name: 'createdBefore', value: isoToLocal(filter.createdBefore) })),
    field('f-q', 'Summary contains', text('f-q', filter.q, { name: 'q' }))),
  h('div.actions', {}, h('button.primary', { type: 'submit' }, submitLabel),
    h('button', { type: 'button', onclick: () => onApply({}) }, 'Clear')));
  return form;
}

/** Filter → '#/view?...' */
export function filterHash(view, filter) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) (Array.isArray(v) ? v : [v]).forEach((x) => q.append(k, x));
  const s = q.toString();
  return `#/${view}${s ? '?' + s : ''}`;
}
