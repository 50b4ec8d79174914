// The console's shell: sign-in from a #token= link, a hash router, and one view at a time (a view returns
// its cleanup, which closes its streams when the user leaves it).
import { token, signIn, signOut } from './api.js';
import { clear, h } from './ui.js';
import * as board from './views/board.js';
import * as activity from './views/activity.js';
import * as create from './views/create.js';
import * as bulk from './views/bulk.js';
import * as computers from './views/computers.js';
import * as schedules from './views/schedules.js';
import * as signin from './views/signin.js';

const routes = {
  board: (main, rest, params) => board.render(main, params),
  activity: (main, rest) => activity.render(main, rest[0]),
  create: (main) => create.render(main),
  bulk: (main, rest, params) => bulk.render(main, params),
  computers: (main) => computers.render(main),
  schedules: (main) => schedules.renderSchedules(main),
  calendars: (main) => schedules.renderCalendars(main),
  signin: (main, rest, params) => signin.render(main, params),
};

let cleanup = null;

/** A sign-in link (#token=...) never reaches the server: the fragment is read here and removed. */
function takeTokenFromFragment() {
  const m = location.hash.match(/^#token=([^&]+)/);
  if (!m) return false;
  signIn(decodeURIComponent(m[1]));
  history.replaceState(null, '', location.pathname + location.search + '#/board');
  return true;
}

function route() {
  takeTokenFromFragment();
  const hash = location.hash.replace(/^#\/?/, '') || 'board';
  const [path, search = ''] = hash.split('?');
  const [name, ...rest] = path.split('/');
  const params = new URLSearchParams(search);
  if (!token() && name !== 'signin') {
    location.hash = '#/signin';
    return;
  }
  if (cleanup) { try { cleanup(); } catch (e) { console.error(e); } cleanup = null; }
  const main = document.getElementById('main');
  clear(document.getElementById('notice'));
  document.getElementById('sign-out').hidden = !token();
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const view = routes[name];
  if (!view) {
    clear(main, h('h1', {}, 'Not found'), h('p', {}, 'No such page. ', h('a', { href: '#/board' }, 'Back to the board')));
    return;
  }
  clear(main);
  window.scrollTo(0, 0);
  cleanup = view(main, rest.map(decodeURIComponent), params) || null;
  if (document.activeElement && document.activeElement.closest('nav')) main.focus({ preventScroll: true });
}

document.getElementById('sign-out').addEventListener('click', () => signOut());
window.addEventListener('hashchange', route);
route();
