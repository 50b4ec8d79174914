// Schedules (next fire time, recent firings) and calendars, read-only.
import { api } from '../api.js';
import { h, clear, time, message, problemText, activityLink } from '../ui.js';
import { allPages } from './shared.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']; // dayOfWeek is Monday first (API docs)

function days(mask) {
  if (!mask) return '—';
  const on = DAYS.filter((_, i) => mask[i] === '1');
  return on.length === 7 ? 'every day' : on.join(' ');
}

export function renderSchedules(main) {
  const out = h('div');
  const list = h('div.schedules');
  main.append(h('h1', {}, 'Schedules'), out, list);
  api('/schedules?limit=100').then((r) => {
    if (!r.data.items.length) list.append(h('p.muted', {}, 'No schedules.'));
    r.data.items.forEach((s) => {
      const firings = h('ul.firings');
      const details = h('details', { ontoggle: (e) => { if (e.target.open && !firings.childElementCount) loadFirings(s.id, firings); } },
        h('summary', {}, 'Recent firings'), firings);
      list.append(h('section.card', { dataset: { id: s.id } },
        h('h2', {}, s.name, ' ', h('span.status', { dataset: { status: s.active ? 'ACTIVE' : 'INACTIVE' } }, s.active ? 'active' : 'inactive')),
        s.description ? h('p', {}, s.description) : null,
        h('dl.facts', {},
          h('dt', {}, 'Runs'), h('dd', {}, `${s.template.type}${s.template.computerIds ? ` on ${s.template.computerIds.length} computer(s)` : ''}`),
          h('dt', {}, 'When'), h('dd', {}, `${days(s.dayOfWeek)} at ${s.triggerTimes.join(', ')} (${s.timezone})`),
          h('dt', {}, 'Calendar'), h('dd', {}, s.calendar ? h('a', { href: '#/calendars' }, s.calendar) : 'none'),
          h('dt', {}, 'Next firing'), h('dd.next-fire', {}, time(s.nextFireAt)),
          h('dt', {}, 'Last fired'), h('dd', {}, time(s.lastFiredAt)),
          h('dt', {}, 'Fired / missed'), h('dd', {}, `${s.firedCount} / ${s.missedCount}`)),
        details));
    });
  }).catch((e) => message(out, 'error', problemText(e)));
}

async function loadFirings(id, el) {
  try {
    const r = await api(`/schedules/${id}/firings?limit=10`);
    clear(el, r.data.items.length ? r.data.items.map((f) => h('li', {}, time(f.fireAt), ' → ', activityLink(f.activityId)))
      : h('li.muted', {}, 'Not fired yet.'));
  } catch (e) {
    clear(el, h('li', {}, problemText(e)));
  }
}

export function renderCalendars(main) {
  const out = h('div');
  const list = h('div');
  main.append(h('h1', {}, 'Calendars'), h('p.muted', {}, 'Schedules using a calendar do not fire on its dates.'), out, list);
  allPages('/calendars').then((items) => {
    if (!items.length) list.append(h('p.muted', {}, 'No calendars.'));
    items.forEach((c) => list.append(h('section.card', { dataset: { name: c.name } },
      h('h2', {}, c.name), c.description ? h('p', {}, c.description) : null,
      h('p', {}, `${c.dates.length} date(s) skipped`),
      h('ul.dates', {}, c.dates.map((d) => h('li', {}, h('time', { datetime: d }, d)))))));
  }).catch((e) => message(out, 'error', problemText(e)));
}
