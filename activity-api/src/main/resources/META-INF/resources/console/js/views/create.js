// Create: a form generated from the chosen type's parameter schema (GET /activity-types), one or many
// computers; the API's field errors are shown beside their fields.
import { api, tokenAccounts } from '../api.js';
import { h, clear, message, problemText, localToIso } from '../ui.js';
import { activityTypes, allPages } from './shared.js';

const LONG_TEXT = 1000;

/** The input for one parameter; read(input) gives its JSON value or undefined when left empty. */
export function fieldInput(f, idPrefix = 'param-') {
  const id = idPrefix + f.name;
  const described = `${id}-help ${id}-error`;
  const common = { id, name: f.name, 'aria-describedby': described, required: f.required || undefined };
  let input;
  let read;
  switch (f.type) {
    case 'BOOLEAN':
      input = h('input', { ...common, type: 'checkbox', required: undefined });
      read = () => (input.checked ? true : undefined);
      break;
    case 'INTEGER':
      input = h('input', { ...common, type: 'number', step: 1, min: f.minimum, max: f.maximum });
      read = () => (input.value === '' ? undefined : Number(input.value));
      break;
    case 'ENUM':
      input = h('select', common, h('option', { value: '' }, f.required ? 'Choose…' : '(default)'),
        (f.oneOf || []).map((v) => h('option', { value: v }, v)));
      read = () => input.value || undefined;
      break;
    case 'STRING_LIST':
      input = h('textarea', { ...common, rows: 3, placeholder: 'One per line' });
      read = () => { const v = input.value.split('\n').map((s) => s.trim()).filter(Boolean); return v.length ? v : undefined; };
      break;
    case 'STRING':
      input = (f.maxSize || 0) > LONG_TEXT
        ? h('textarea', { ...common, rows: 6, spellcheck: 'false', class: 'code' })
        : h('input', { ...common, maxlength: f.maxSize, placeholder: f.example || '' });
      read = () => (input.value === '' ? undefined : input.value);
      break;
    default: // STRING_MAP, OBJECT, OBJECT_LIST: JSON, with the shape in the help text
      input = h('textarea', { ...common, rows: 4, spellcheck: 'false', class: 'code', placeholder: f.json });
      read = () => {
        if (!input.value.trim()) return undefined;
        try { return JSON.parse(input.value); } catch { throw new FieldError(f.name, `not valid JSON (${f.json})`); }
      };
  }
  const help = [f.description];
  if (f.minimum != null) help.push(`${f.minimum}–${f.maximum}`);
  if (f.patternDescription) help.push(`must be ${f.patternDescription}`);
  if (f.fields) help.push('fields: ' + f.fields.map((x) => x.name + (x.required ? '*' : '')).join(', '));
  const wrapper = h('div.field', { dataset: { field: f.name } },
    h('label', { for: id }, f.name, f.required ? h('span.req', { title: 'required' }, ' *') : null,
      h('span.muted', {}, ` (${f.json})`)),
    input,
    h('small.help', { id: `${id}-help` }, help.join(' · ')),
    h('small.field-error', { id: `${id}-error`, role: 'alert' }));
  return { wrapper, input, read, name: f.name };
}

class FieldError extends Error {
  constructor(field, msg) { super(msg); this.field = field; }
}

export function render(main) {
  const general = h('div#create-message');
  const typeSelect = h('select#type', { name: 'type', required: true });
  const typeHelp = h('p.muted#type-help');
  const paramsBox = h('fieldset#parameters', {}, h('legend', {}, 'Parameters'));
  const targetBox = h('fieldset#targets', {}, h('legend', {}, 'Computers'));
  const summary = h('input#summary', { name: 'summary', maxlength: 200 });
  const approval = h('input#requireApproval', { type: 'checkbox', name: 'requireApproval' });
  const deliverAfter = h('input#deliverAfter', { type: 'datetime-local' });
  const timeout = h('input#timeoutSeconds', { type: 'number', min: 1, step: 1 });
  const submit = h('button.primary#create-submit', { type: 'submit' }, 'Create');
  // Tenancy: with a token naming several accounts, the new activity's account is chosen here (a client
  // activity's must be its computer's; the API answers a field error otherwise). One account: nothing to choose.
  const accounts = tokenAccounts();
  const account = h('select#accountId', { name: 'accountId' }, h('option', { value: '' }, '(a client activity: its computer\'s)'),
    accounts.map((a) => h('option', { value: a }, a)));
  const accountField = accounts.length > 1
    ? h('div.field', {}, h('label', { for: 'accountId' }, 'Account'), account, h('small.field-error#accountId-error'))
    : null;
  let fields = [];
  let type = null;
  let idempotencyKey = crypto.randomUUID();

  const form = h('form.card.create', { onsubmit: (e) => { e.preventDefault(); send(); }, novalidate: true },
    h('div.field', {}, h('label', { for: 'type' }, 'Activity type'), typeSelect, typeHelp),
    accountField, paramsBox, targetBox,
    h('fieldset', {}, h('legend', {}, 'Options'),
      h('div.field', {}, h('label', { for: 'summary' }, 'Summary'), summary, h('small.field-error#summary-error')),
      h('label.check', {}, approval, ' Require approval before it runs (starts BLOCKED)'),
      h('div.field', {}, h('label', { for: 'deliverAfter' }, 'Deliver after (your time zone)'), deliverAfter, h('small.field-error#deliverAfter-error')),
      h('div.field', {}, h('label', { for: 'timeoutSeconds' }, 'Timeout (seconds)'), timeout, h('small.field-error#timeoutSeconds-error'))),
    h('div.actions', {}, submit), general);
  main.append(h('h1', {}, 'New activity'), form);

  Promise.all([activityTypes(), allPages('/computers?status=ACCEPTED')]).then(([types, computers]) => {
    types.forEach((t) => typeSelect.append(h('option', { value: t.name }, `${t.name} (${t.kind.toLowerCase()})`)));
    typeSelect.value = types.some((t) => t.name === 'ExecuteScriptRequest') ? 'ExecuteScriptRequest' : types[0].name;
    const showType = () => {
      type = types.find((t) => t.name === typeSelect.value);
      typeHelp.textContent = type.description + (type.atLeastOneOf?.length
        ? ` — give at least one of: ${type.atLeastOneOf.map((g) => g.join(', ')).join('; ')}` : '');
      fields = type.parameters.map((f) => fieldInput(f));
      clear(paramsBox, h('legend', {}, 'Parameters'), fields.length ? fields.map((f) => f.wrapper) : h('p.muted', {}, 'This type takes no parameters.'));
      targetBox.hidden = type.kind !== 'CLIENT';
      idempotencyKey = crypto.randomUUID();
    };
    typeSelect.addEventListener('change', showType);
    showType();
    clear(targetBox, h('legend', {}, 'Computers'),
      computers.length ? h('div.computer-list', {}, computers.map((c) => h('label.check', {},
        h('input', { type: 'checkbox', name: 'computer', value: c.id }), ` ${c.title || c.id} `, h('code.muted', {}, c.id))))
        : h('p.muted', {}, 'No accepted computers.'),
      h('small.field-error#computers-error', { role: 'alert' }));
  }).catch((e) => message(general, 'error', problemText(e)));

  function clearErrors() {
    form.querySelectorAll('.field-error').forEach((el) => { el.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    clear(general);
  }

  function showFieldError(field, text) {
    let target = null;
    const param = field.match(/^parameters\.([^.[]+)/);
    if (param) target = document.getElementById(`param-${param[1]}-error`);
    else if (/^computerIds?\b/.test(field)) target = document.getElementById('computers-error');
    else target = document.getElementById(`${field.split(/[.[]/)[0]}-error`);
    if (!target) return false;
    target.textContent = (target.textContent ? target.textContent + '; ' : '') + (param && field !== param[0] ? `${field}: ` : '') + text;
    const input = param ? document.getElementById('param-' + param[1]) : null;
    input?.setAttribute('aria-invalid', 'true');
    return true;
  }

  async function send() {
    clearErrors();
    const body = { type: type.name, parameters: {} };
    try {
      for (const f of fields) { const v = f.read(); if (v !== undefined) body.parameters[f.name] = v; }
    } catch (e) {
      if (e instanceof FieldError) { showFieldError('parameters.' + e.field, e.message); return; }
      throw e;
    }
    if (type.kind === 'CLIENT') {
      const ids = [...form.querySelectorAll('input[name=computer]:checked')].map((c) => c.value);
      if (ids.length === 1) body.computerId = ids[0];
      else if (ids.length > 1) body.computerIds = ids;
    }
    if (accountField && account.value) body.accountId = account.value;
    if (summary.value.trim()) body.summary = summary.value.trim();
    if (approval.checked) body.requireApproval = true;
    if (deliverAfter.value) body.deliverAfter = localToIso(deliverAfter.value);
    if (timeout.value) body.timeoutSeconds = Number(timeout.value);
    submit.disabled = true;
    try {
      const r = await api('/activities', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });
      idempotencyKey = crypto.randomUUID();
      if (r.data.activities) location.hash = '#/board?parent=' + r.data.parentId;
      else if (r.data.id) location.hash = '#/activity/' + r.data.id;
      else message(general, 'ok', 'Accepted; it will appear shortly. ', [h('a', { href: '#/board' }, 'Go to the board')]);
    } catch (e) {
      const unplaced = ((e.problem && e.problem.errors) || []).filter((x) => !showFieldError(x.field, x.message));
      message(general, 'error', problemText(e), unplaced.length
        ? [h('ul.errors', {}, unplaced.map((x) => h('li', {}, h('code', {}, x.field), ' — ', x.message)))] : []);
      form.querySelector('[aria-invalid]')?.focus();
    } finally {
      submit.disabled = false;
    }
  }
}
