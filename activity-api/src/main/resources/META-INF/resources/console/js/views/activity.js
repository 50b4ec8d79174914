// One activity: facts, actions its status allows (sent with If-Match), progress and live output, result and
// artifacts, the status timeline from the history (rejected attempts marked), retry attempts and links.
import { api, download } from '../api.js';
import { openStream } from '../sse.js';
import { h, clear, time, statusBadge, actor, activityLink, shortId, throttle, message, problemText } from '../ui.js';
import { allPages } from './shared.js';

const ACTION_LABELS = { cancel: 'Cancel', approve: 'Approve', hold: 'Hold', retry: 'Retry' };

export function render(main, id) {
  let current = null;
  let etag = null;
  let outputNext = 0;
  let closed = false;

  const live = h('span.live', { role: 'status' }, 'connecting…');
  const header = h('div.title', {}, h('h1', {}, 'Activity ', h('code', {}, shortId(id))), live);
  const facts = h('dl.facts');
  const actionMsg = h('div#action-message', { 'aria-live': 'polite' });
  const reason = h('input#reason', { placeholder: 'Kept in the history', maxlength: 500 });
  const actions = h('div.actions#actions');
  const progress = h('progress#progress', { max: 100, value: 0, 'aria-label': 'progress' });
  const progressText = h('span#progress-text', {}, '');
  const output = h('pre#output', { tabindex: 0, 'aria-label': 'output', 'aria-live': 'off' });
  const result = h('div#result');
  const timeline = h('ol#timeline.timeline');
  const attempts = h('ul#attempts');
  const errors = h('div');

  main.append(header, errors,
    h('div.grid', {},
      h('section.card', { 'aria-labelledby': 'facts-h' }, h('h2#facts-h', {}, 'Details'), facts),
      h('section.card', { 'aria-labelledby': 'actions-h' }, h('h2#actions-h', {}, 'Actions'),
        h('div.field', {}, h('label', { for: 'reason' }, 'Reason (optional)'), reason), actions, actionMsg)),
    h('section.card', { 'aria-labelledby': 'out-h' }, h('h2#out-h', {}, 'Progress and output'),
      h('div.progress-row', {}, progress, progressText), output),
    h('section.card', { 'aria-labelledby': 'res-h' }, h('h2#res-h', {}, 'Result'), result),
    h('section.card', { 'aria-labelledby': 'tl-h' }, h('h2#tl-h', {}, 'Timeline'), timeline),
    h('section.card', { 'aria-labelledby': 'att-h' }, h('h2#att-h', {}, 'Attempts'), attempts));

  function fact(label, value) {
    return [h('dt', {}, label), h('dd', {}, value ?? '—')];
  }

  function showActivity(a, tag) {
    current = a;
    etag = tag || `"${a.statusVersion}"`;
    clear(header.querySelector('h1'), a.type, ' ', h('code', {}, shortId(a.id)), ' ', statusBadge(a.status));
    clear(facts,
      fact('Status', [statusBadge(a.status), h('span.muted', {}, ` version ${a.statusVersion}`)]),
      fact('Why', a.statusReason),
      fact('Changed by', actor(a.statusChangedBy)),
      fact('Summary', a.summary),
      fact('Computer', a.computerId || 'server activity'),
      fact('Created', [time(a.createdAt), ' by ', actor(a.createdBy)]),
      fact('Updated', time(a.updatedAt)),
      a.inProgressSince ? fact('Running since', time(a.inProgressSince)) : null,
      a.finishedAt ? fact('Finished', time(a.finishedAt)) : null,
      a.deliverAfter ? fact('Deliver after', time(a.deliverAfter)) : null,
      a.deliverBefore ? fact('Deliver before', time(a.deliverBefore)) : null,
      a.parentId ? fact('Group', h('a', { href: '#/board?parent=' + a.parentId }, shortId(a.parentId))) : null,
      a.waitFor && a.waitFor.activityId ? fact('Waits for', activityLink(a.waitFor.activityId)) : null,
      a.retryOf ? fact('Retry of', activityLink(a.retryOf)) : null,
      fact('Attempt', String(a.attempt)),
      a.scheduleId ? fact('Schedule', h('a', { href: '#/schedules' }, shortId(a.scheduleId))) : null,
      fact('Parameters', h('pre.params', {}, JSON.stringify(a.parameters || {}, null, 2))));
    // Re-rendered only when they change, so a refresh never takes the keyboard focus away from a button.
    const actionKey = `${a.statusVersion}:${(a.allowedCommands || []).join(',')}`;
    if (actions.dataset.key !== actionKey) {
      actions.dataset.key = actionKey;
      renderActions(a);
    }
    updateProgress(a);
    showResult(a);
  }

  function renderActions(a) {
    clear(actions, (a.allowedCommands || []).map((c) => h('button', {
      type: 'button', dataset: { command: c }, class: c === 'cancel' ? 'danger' : 'primary', onclick: () => act(c),
    }, ACTION_LABELS[c] || c)));
    if (!(a.allowedCommands || []).length) actions.append(h('p.muted', {}, `No actions: ${a.status} allows none.`));
  }

  function updateProgress(a) {
    const pct = a.output && a.output.progressPercent;
    progress.value = pct ?? 0;
    progressText.textContent = pct != null ? `${pct}%` : 'no progress reported';
  }

  function showResult(a) {
    const parts = [];
    if (a.canceledWhileRunning) {
      parts.push(h('p.msg.warn#late-result', {}, a.lateResult
        ? 'Canceled while running; the computer still reported a late result, recorded below.'
        : 'Canceled while running; a late result from the computer will still be recorded here.'));
    }
    if (a.result) {
      parts.push(h('dl.facts', {}, fact('Exit code', a.result.code != null ? String(a.result.code) : '—'),
        fact('Text', h('pre#result-text', {}, a.result.text || ''))));
      if (a.result.artifacts && a.result.artifacts.length) {
        parts.push(h('h3', {}, 'Artifacts'), h('ul.artifacts', {}, a.result.artifacts.map((f) => h('li', {},
          h('button.link', { type: 'button', onclick: () => download(f.href, f.name).catch((e) => message(errors, 'error', problemText(e))) },
            `Download ${f.name}`), h('span.muted', {}, ` ${f.mediaType}, ${f.chars} characters`)))));
      }
    }
    if (a.error) parts.push(h('p.msg.error#error', {}, h('code', {}, a.error.code), ' ', a.error.message || ''));
    if (!parts.length) parts.push(h('p.muted', {}, 'No result yet.'));
    clear(result, parts);
  }

  async function act(command) {
    const buttons = actions.querySelectorAll('button');
    buttons.forEach((b) => { b.disabled = true; });
    clear(actionMsg);
    try {
      if (command === 'retry') {
        const r = await api(`/activities/${id}/retry`, { method: 'POST' }); // takes no body
        message(actionMsg, 'ok', 'Retry created: ', [activityLink(r.data.id, `attempt ${r.data.attempt}`)]);
        return;
      }
      const body = reason.value.trim() ? { reason: reason.value.trim() } : undefined;
      const r = await api(`/activities/${id}/${command}`, { method: 'POST', body, headers: { 'If-Match': etag } });
      if (r.status === 202) message(actionMsg, 'ok', 'Sent; it will show here once applied.');
      else { showActivity(r.data, r.etag); message(actionMsg, 'ok', `Done: ${r.data.status}.`); }
    } catch (e) {
      explain(command, e);
    } finally {
      // The answer comes once the history holds the command's verdict: show it (a rejection is not streamed).
      refresh();
      loadHistory();
      loadAttempts();
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  function explain(command, e) {
    const p = e.problem || {};
    if (e.status === 409) {
      // The status no longer allows the command (it finished, or left BLOCKED): re-reading will not help.
      const targets = p.allowedTransitions;
      const where = !targets ? '' : targets.length ? ` From there it may only go to ${targets.join(', ')}.`
        : ' That is final: nothing can change it any more.';
      message(actionMsg, 'error', `Could not ${command}: `, [
        p.currentStatus ? `the activity is ${p.currentStatus} now, and ${command} is not possible from there.` : '',
        where, p.rejection ? ` Another change got there first (${p.rejection}).` : '',
        p.detail ? h('div.muted', {}, p.detail) : '']);
    } else if (e.status === 412) {
      message(actionMsg, 'error', `Not applied: the activity changed since you looked (you saw version ${etag}, it is now `
        + `${p.statusVersion ?? 'newer'}${p.currentStatus ? ', ' + p.currentStatus : ''}). The page shows the new state; check it and try again.`);
    } else {
      message(actionMsg, 'error', problemText(e));
    }
  }

  async function refresh() {
    try {
      const r = await api('/activities/' + id);
      if (!closed) showActivity(r.data, r.etag);
    } catch (e) {
      message(errors, 'error', problemText(e));
    }
  }

  // One tail request at a time, in order: output is appended exactly once, whatever the network does.
  let tailing = false;
  let tailAgain = false;
  async function tailOutput() {
    if (tailing) { tailAgain = true; return; }
    tailing = true;
    try {
      do {
        tailAgain = false;
        const r = await api(`/activities/${id}/output?from=${outputNext}`);
        if (closed) return;
        if (r.data.output && r.data.next > outputNext) output.append(r.data.output.slice(outputNext - r.data.from));
        outputNext = Math.max(outputNext, r.data.next);
        if (r.data.progressPercent != null) { progress.value = r.data.progressPercent; progressText.textContent = `${r.data.progressPercent}%`; }
        output.scrollTop = output.scrollHeight;
      } while (tailAgain && !closed);
    } catch { /* the next event tails again */ } finally {
      tailing = false;
    }
  }

  async function loadHistory() {
    try {
      const entries = await allPages(`/activities/${id}/history`, { pageSize: 1000, max: 10000 });
      if (closed) return;
      clear(timeline, entries.map(entry));
    } catch (e) {
      message(errors, 'error', problemText(e));
    }
  }

  function entry(e) {
    const d = e.details || {};
    const change = e.eventType === 'activity.created' ? `created as ${d.initialStatus || e.statusAfter}`
      : e.eventType === 'activity.status-changed' ? `${d.from || e.statusBefore || '?'} → ${d.to}`
        : e.eventType === 'activity.progress-reported' ? `progress ${d.percent ?? ''}%`
          : e.eventType === 'activity.result-recorded' ? `result recorded (${d.reportedStatus || ''})` : e.eventType;
    return h('li', { class: e.applied ? 'applied' : 'rejected', dataset: { event: e.eventType } },
      h('div.when', {}, time(e.occurredAt)),
      h('div.what', {}, e.applied ? null : h('strong.rejected-mark', {}, 'REJECTED '), change,
        e.statusVersion ? h('span.muted', {}, ` v${e.statusVersion}`) : null),
      h('div.who', {}, actor(e.actor), e.source ? h('span.muted', {}, ` via ${e.source}`) : null),
      d.reason ? h('div.reason', {}, d.reason) : null,
      d.error ? h('div.error-code', {}, h('code', {}, d.error.code), ' ', d.error.message || '') : null,
      e.applied ? null : h('div.rejection', {}, h('code', {}, e.rejection), ' ', e.rejectionDetail || ''));
  }

  async function loadAttempts() {
    try {
      const r = await api(`/activities/${id}/attempts`);
      if (closed) return;
      clear(attempts, r.data.map((a) => h('li', {}, a.id === id ? h('strong', {}, `attempt ${a.attempt} (this one)`)
        : activityLink(a.id, `attempt ${a.attempt}`), ' ', statusBadge(a.status), ' ', time(a.createdAt))));
    } catch { clear(attempts, h('li.muted', {}, 'No attempts recorded.')); }
  }

  const refreshAll = throttle(() => { refresh(); loadHistory(); loadAttempts(); }, 400);
  const refreshOutput = throttle(tailOutput, 300);

  refresh();
  loadHistory();
  loadAttempts();
  tailOutput();
  const stream = openStream(`/activities/${id}/stream`, {
    onEvent: ({ data }) => {
      if (!data || typeof data !== 'object') return;
      if (data.eventType === 'activity.progress-reported') {
        if (data.progressPercent != null) { progress.value = data.progressPercent; progressText.textContent = `${data.progressPercent}%`; }
        refreshOutput();
      } else {
        if (current && data.status && data.statusVersion > current.statusVersion) {
          clear(header.querySelector('h1'), current.type, ' ', h('code', {}, shortId(id)), ' ', statusBadge(data.status));
        }
        refreshAll();
        refreshOutput();
      }
    },
    // The server ends this stream once the activity is settled (final, and a canceled one's late result in):
    // then there is nothing more to wait for. Any other end (a restart) reconnects.
    onEnd: async () => {
      try {
        const r = await api('/activities/' + id);
        if (closed) return true;
        showActivity(r.data, r.etag);
        loadHistory();
        return Boolean(r.data.finishedAt) && (!r.data.canceledWhileRunning || r.data.lateResult);
      } catch { return false; }
    },
    onState: (s) => {
      live.textContent = s === 'live' ? '● live' : s === 'reconnecting' ? 'reconnecting…' : 'finished: no more updates';
      live.dataset.state = s;
    },
  });
  return () => { closed = true; stream.close(); };
}
