import { signIn, token } from '../api.js';
import { h } from '../ui.js';

export function render(main, params) {
  const reason = params.get('reason');
  const input = h('textarea#token', { rows: 4, required: true, autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'token-help' });
  const form = h('form.card.signin', {
    onsubmit: (e) => {
      e.preventDefault();
      if (!input.value.trim()) { input.focus(); return; }
      signIn(input.value);
      location.hash = '#/board';
    },
  },
  h('h1', {}, 'Sign in'),
  reason ? h('div.msg.error', { role: 'alert' }, reason) : null,
  h('label', { for: 'token' }, 'Access token'),
  input,
  h('p#token-help.muted', {}, 'A bearer token (JWT) for the activity API. It is kept in this tab only ',
    '(session storage) and sent as "Authorization: Bearer" with every request. The local stack prints a link ',
    'that signs you in.'),
  h('button.primary', { type: 'submit' }, 'Sign in'));
  main.append(form);
  if (token()) input.value = token();
  input.focus();
}
