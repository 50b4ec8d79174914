// Server-Sent Events over fetch(): EventSource cannot send the Authorization header. Reads the
// text/event-stream body as it arrives, reconnects with Last-Event-ID, never blocks the page.
import { authHeaders, signOut } from './api.js';

/** Parses complete events out of `buffer`; returns [events, rest]. */
export function parseEvents(buffer) {
  const events = [];
  const text = buffer.replace(/\r\n?/g, '\n');
  const blocks = text.split('\n\n');
  const rest = blocks.pop();
  for (const block of blocks) {
    const event = { event: 'message', data: [], id: null };
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') event.data.push(value);
      else if (field === 'event') event.event = value;
      else if (field === 'id') event.id = value;
    }
    if (event.data.length || event.id) events.push({ ...event, data: event.data.join('\n') });
  }
  return [events, rest];
}

/**
 * Opens a stream; returns {close()}. onEvent({event, data, id}) per event (data parsed as JSON when it is),
 * onState('live' | 'reconnecting' | 'closed'). When the server ends the stream, onEnd() decides: true (the
 * stream is complete, e.g. one settled activity's) stops, false reconnects.
 */
export function openStream(path, { onEvent, onState = () => {}, onReconnect = () => {}, onEnd = async () => false } = {}) {
  const controller = new AbortController();
  let lastId = null;
  let closed = false;
  let delay = 1000;
  let connectedOnce = false;

  async function run() {
    while (!closed) {
      try {
        const headers = authHeaders({ Accept: 'text/event-stream' });
        if (lastId) headers['Last-Event-ID'] = lastId;
        const res = await fetch(path, { headers, signal: controller.signal, cache: 'no-store' });
        if (res.status === 401) {
          closed = true;
          signOut('The API did not accept your token (401). Sign in again.');
          break;
        }
        if (!res.ok || !res.body) throw new Error('HTTP ' + res.status);
        if (connectedOnce) onReconnect();
        connectedOnce = true;
        onState('live');
        delay = 1000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            if (await onEnd()) closed = true;
            break;
          }
          const [events, rest] = parseEvents(buffer + value);
          buffer = rest;
          for (const e of events) {
            if (e.id) lastId = e.id;
            let data = e.data;
            try { data = JSON.parse(e.data); } catch { /* plain text */ }
            try { onEvent({ ...e, data }); } catch (err) { console.error(err); }
          }
        }
      } catch (err) {
        if (closed) break;
        console.warn('stream', path, err);
      }
      if (closed) break;
      onState('reconnecting');
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 15000);
    }
    onState('closed');
  }
  run();
  return { close() { closed = true; controller.abort(); } };
}
