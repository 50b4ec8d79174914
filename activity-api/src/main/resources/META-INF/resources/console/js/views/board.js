// The live board: filtered activities, cursor paging, counts by status, a group's summary; kept current by
// the stream of all activities (same filters) without reloading.
import { api, query } from '../api.js';
import { openStream } from '../sse.js';
import { h, clear, time, statusBadge, actor, activityLink, shortId, throttle, message, problemText, problemErrors } from '../ui.js';
import { filterForm, filterFromParams, filterHash } from './shared.js';

// The board holds at most this many rows: live creations push the oldest out (the list stays the newest).
const MAX_ROWS = 500;

export function render(main, params) {
  const filter = filterFromParams(params);
  const live = h('span.live', { role: 'status', 'aria-live': 'polite' }, 'connecting…');
  const counts = h('div.counts', { 'aria-label': 'Counts by status' });
  const group = h('div.group');
  const errors = h('div');
  const body = h('tbody');
  const more = h('button#load-more', { type: 'button', hidden: true }, 'Load more');
  const filters = h('details.filter-box', { open: Object.keys(filter).length > 0 }, h('summary', {}, 'Filters'));
  main.append(
    h('div.title', {}, h('h1', {}, 'Activities'), live, h('a.button', { href: '#/create' }, 'New activity')),
    counts, group, filters, errors,
    h('div.table-wrap', {}, h('table#activities', {},
      h('caption.visually-hidden', {}, 'Activities, newest first'),
      h('thead', {}, h('tr', {}, ['Status', 'Type', 'Summary', 'Computer', 'Creator', 'Created', 'Progress']
        .map((c) => h('th', { scope: 'col' }, c)))), body)),
    more);

  const rows = new Map();
  let cursor = null;
  let closed = false;

  filterForm(filter, (f) => { location.hash = filterHash('board', f); }).then((form) => filters.append(form))
    .catch((e) => message(errors, 'error', problemText(e)));

  function row(a) {
    const tr = h('tr', { dataset: { id: a.id, status: a.status } },
      h('td', {}, statusBadge(a.status)),
      h('td', {}, a.type, a.attempt > 1 ? h('span.muted', {}, ` (attempt ${a.attempt})`) : null),
      h('td', {}, activityLink(a.id, a.summary || shortId(a.id)),
        a.parentId ? h('a.group-link', { href: filterHash('board', { parent: a.parentId }), title: 'Show the whole group' }, ' group') : null),
      h('td', {}, a.computerId || h('span.muted', {}, 'server')),
      h('td', {}, actor(a.createdBy)),
      h('td', {}, time(a.createdAt)),
      h('td', {}, a.output && a.output.progressPercent != null
        ? h('progress', { max: 100, value: a.output.progressPercent, 'aria-label': 'progress' }, `${a.output.progressPercent}%`) : ''));
    return tr;
  }

  function upsert(a, { prepend = false } = {}) {
    const old = rows.get(a.id);
    const tr = row(a);
    rows.set(a.id, tr);
    if (old) old.replaceWith(tr);
    else if (prepend) body.prepend(tr);
    else body.append(tr);
    while (rows.size > MAX_ROWS) {
      const last = body.lastElementChild;
      rows.delete(last.dataset.id);
      last.remove();
      cursor = null; // the next page would skip the rows pushed out: refine the filter instead
      more.hidden = true;
    }
    if (old && old.dataset.status !== a.status) tr.classList.add('changed');
  }

  async function loadPage() {
    try {
      const r = await api('/activities' + query({ ...filter, cursor, limit: 50 }));
      if (closed) return;
      r.data.items.forEach((a) => upsert(a));
      cursor = r.data.nextCursor || null;
      more.hidden = !cursor;
      if (!rows.size) body.append(h('tr.empty', {}, h('td', { colspan: 7 }, 'No activities match.')));
    } catch (e) {
      message(errors, 'error', problemText(e), problemErrors(e));
    }
  }

  const refreshCounts = throttle(async () => {
    try {
      const r = await api('/activities/counts' + query(filter));
      if (closed) return;
      clear(counts, h('span.total', {}, `${r.data.total} total`),
        Object.entries(r.data.byStatus).map(([s, n]) => h('a.count', {
          href: filterHash('board', { ...filter, status: [s] }), dataset: { status: s }, title: `Show ${s} only`,
        }, h('span', {}, s), h('strong', { dataset: { count: s } }, String(n)))));
      if (filter.parent) {
        const g = await api(`/activities/${encodeURIComponent(filter.parent)}/summary`).catch(() => null);
        if (g && !closed) {
          clear(group, h('div.card', {}, h('h2', {}, 'Group ', h('code', {}, shortId(filter.parent))),
            h('p', {}, `${g.data.finished} of ${g.data.total} finished`),
            h('progress', { max: g.data.total || 1, value: g.data.finished, 'aria-label': 'group finished' })));
        }
      }
    } catch (e) {
      message(errors, 'error', problemText(e));
    }
  }, 500);

  // Bounded: at most one fetch per activity in flight; the stream's own data is applied at once.
  const inFlight = new Set();
  async function refreshOne(id, prepend) {
    if (inFlight.has(id)) return;
    inFlight.add(id);
    try {
      const r = await api('/activities/' + id);
      if (!closed) upsert(r.data, { prepend });
    } catch { /* gone or not visible yet: the next event retries */ } finally { inFlight.delete(id); }
  }

  function onEvent({ data }) {
    if (!data || !data.activityId) return;
    const known = rows.get(data.activityId);
    if (known) {
      if (data.status) {
        known.dataset.status = data.status;
        known.querySelector('.status').replaceWith(statusBadge(data.status));
      }
      refreshOne(data.activityId, false);
    } else if (data.eventType === 'activity.created') {
      body.querySelector('tr.empty')?.remove();
      refreshOne(data.activityId, true);
    }
    if (data.eventType !== 'activity.progress-reported') refreshCounts();
  }

  more.addEventListener('click', loadPage);
  loadPage();
  refreshCounts();
  const stream = openStream('/activities/stream' + query(filter), {
    onEvent,
    onState: (s) => { live.textContent = s === 'live' ? '● live' : s === 'reconnecting' ? 'reconnecting…' : 'stopped'; live.dataset.state = s; },
    onReconnect: () => { refreshCounts(); rows.forEach((_, id) => refreshOne(id, false)); },
  });
  return () => { closed = true; stream.close(); };
}
