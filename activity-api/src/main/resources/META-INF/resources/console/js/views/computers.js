// Computers from this service's view; their last exchange and the accepting of pending ones come from
// message-system's API when the console is configured with its URL (console.message-system-url).
import { api } from '../api.js';
import { h, clear, time, message, problemText } from '../ui.js';
import { consoleConfig } from './shared.js';

const EXCHANGE_LOOKUPS = 100;
const PAGE_SIZE = 200;

export function render(main) {
  const out = h('div');
  const note = h('p.muted');
  const body = h('tbody');
  main.append(h('h1', {}, 'Computers'), note, out,
    h('div.table-wrap', {}, h('table#computers', {}, h('thead', {}, h('tr', {},
      ['Computer', 'Host', 'Status', 'Tags', 'Registered', 'Last exchange', ''].map((c) => h('th', { scope: 'col' }, c)))), body)));

  const more = h('button', { type: 'button', hidden: true }, 'Show more');
  main.append(h('div.actions', {}, more));
  let shown = 0;
  const page = (cursor) => Promise.all([api('/computers?limit=' + PAGE_SIZE
    + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '')), consoleConfig()]).then(([r, config]) => {
    const ms = config.messageSystemUrl;
    note.textContent = ms ? `Last exchanges from message-system at ${ms}.`
      : 'Last exchanges and accepting computers need message-system\'s URL (console.message-system-url).';
    if (!shown && !r.data.items.length) body.append(h('tr', {}, h('td', { colspan: 7 }, 'No computers registered.')));
    more.hidden = !r.data.nextCursor;
    more.onclick = () => { more.disabled = true; page(r.data.nextCursor).finally(() => { more.disabled = false; }); };
    r.data.items.forEach((c) => {
      const i = shown++;
      const exchange = h('td', {}, '—');
      const action = h('td');
      body.append(h('tr', { dataset: { id: c.id, status: c.status } },
        h('td', {}, h('a', { href: '#/board?computer=' + encodeURIComponent(c.id), title: 'Its activities' }, c.title || c.id),
          h('br'), h('code.muted', {}, c.id)),
        h('td', {}, c.hostname || '—'), h('td', {}, h('span.status', { dataset: { status: c.status } }, c.status)),
        h('td', {}, (c.tags || []).join(', ')), h('td', {}, time(c.registeredAt)), exchange, action));
      if (ms && i < EXCHANGE_LOOKUPS) {
        api(`/computers/${encodeURIComponent(c.id)}`, { base: ms }).then((v) => {
          const d = v.data;
          clear(exchange, time(d.lastExchangeAt));
        }).catch(() => clear(exchange, h('span.muted', {}, 'unavailable')));
      }
      if (ms && c.status === 'PENDING') {
        // admins only (message-system answers 403 otherwise); the outcome is said above the table
        const decide = (verb, button, done) => h(button, { type: 'button', onclick: async () => {
          action.querySelectorAll('button').forEach((b) => { b.disabled = true; });
          try {
            await api(`/computers/${encodeURIComponent(c.id)}/${verb}`, { method: 'POST', base: ms });
            message(out, 'ok', done);
          } catch (err) {
            message(out, 'error', problemText(err));
            action.querySelectorAll('button').forEach((b) => { b.disabled = false; });
          }
        } }, verb === 'accept' ? 'Accept' : 'Reject');
        action.append(decide('accept', 'button.primary', `Accepted ${c.id}; it gets activities from its next exchange on.`),
          ' ', decide('reject', 'button', `Rejected ${c.id}; it is removed and its agent gets nothing.`));
      }
    });
  }).catch((e) => message(out, 'error', problemText(e)));
  page(null);
}
