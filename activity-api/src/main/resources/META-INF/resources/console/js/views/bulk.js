// Bulk cancel or approve over a filter: a dry run first, its per-item result shown, then the real command.
import { api } from '../api.js';
import { h, clear, message, problemText, problemErrors, statusBadge, activityLink } from '../ui.js';
import { filterForm, filterFromParams, filterHash } from './shared.js';

export function render(main, params) {
  const filter = filterFromParams(params);
  const command = h('select#bulk-command', {}, h('option', { value: 'cancel' }, 'Cancel'), h('option', { value: 'approve' }, 'Approve'));
  const reason = h('input#bulk-reason', { maxlength: 500, placeholder: 'Recorded in every activity\'s history' });
  const preview = h('button.primary#bulk-preview', { type: 'button' }, 'Preview (dry run)');
  const apply = h('button.danger#bulk-apply', { type: 'button', disabled: true }, 'Apply');
  const out = h('div#bulk-result', { 'aria-live': 'polite' });
  const filters = h('div');
  let previewed = null;

  main.append(h('h1', {}, 'Act in bulk'),
    h('p.muted', {}, 'Choose the activities with a filter, see what would change, then apply.'),
    h('section.card', {}, h('h2', {}, '1. Which activities'), filters,
      h('p', {}, 'Filter in use: ', h('code#bulk-filter', {}, JSON.stringify(filter)))),
    h('section.card', {}, h('h2', {}, '2. What to do'),
      h('div.row', {}, h('div.field', {}, h('label', { for: 'bulk-command' }, 'Command'), command),
        h('div.field', {}, h('label', { for: 'bulk-reason' }, 'Reason'), reason)),
      h('div.actions', {}, preview, apply)),
    out);

  filterForm(filter, (f) => { location.hash = filterHash('bulk', f); }, { submitLabel: 'Use this filter' })
    .then((form) => filters.append(form)).catch((e) => message(out, 'error', problemText(e)));

  const invalidate = () => { previewed = null; apply.disabled = true; apply.textContent = 'Apply'; };
  command.addEventListener('change', invalidate);
  reason.addEventListener('input', invalidate);

  async function run(dryRun) {
    const body = { filter, dryRun, ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) };
    preview.disabled = true;
    apply.disabled = true;
    try {
      const r = await api(`/activities/bulk/${command.value}`, { method: 'POST', body });
      show(r.data);
      if (dryRun) {
        previewed = command.value;
        const n = r.data.counts.WOULD_CHANGE || 0;
        apply.disabled = n === 0;
        apply.textContent = n ? `Apply: ${command.value} ${n} activit${n === 1 ? 'y' : 'ies'}` : 'Nothing to apply';
      } else invalidate();
    } catch (e) {
      message(out, 'error', problemText(e), problemErrors(e));
    } finally {
      preview.disabled = false;
    }
  }

  function show(result) {
    const counts = Object.entries(result.counts).filter(([, n]) => n).map(([k, n]) => `${k}: ${n}`).join(' · ');
    const head = h('thead', {}, h('tr', {},
      ['Activity', 'Outcome', 'Status', 'Target', 'Detail'].map((c) => h('th', { scope: 'col' }, c))));
    const rows = result.items.map((i) => h('tr', { dataset: { outcome: i.outcome } },
      h('td', {}, activityLink(i.id)),
      h('td', {}, i.outcome),
      h('td', {}, i.status ? statusBadge(i.status) : '—'),
      h('td', {}, i.target || '—'),
      h('td', {}, i.detail || '')));
    clear(out, h('section.card', {},
      h('h2', {}, result.dryRun ? 'Dry run: nothing was changed yet' : 'Done'),
      result.truncated
        ? h('p.msg.warn', {}, 'The filter matched more than one bulk command may handle; only the oldest are listed.')
        : null,
      h('p#bulk-counts', {}, counts || 'No activities matched.'),
      h('div.table-wrap', {}, h('table', {}, head, h('tbody', {}, rows)))));
  }

  preview.addEventListener('click', () => run(true));
  apply.addEventListener('click', () => { if (previewed === command.value) run(false); });
}
