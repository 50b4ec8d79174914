// Every call to the activity API goes through here: the bearer token, problem bodies, and 401 → sign-in.
const TOKEN_KEY = 'activity-console.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * The accounts (tenants) the token names, read from its payload for display only (the API checks the token).
 * Empty when the token cannot be read.
 */
export function tokenAccounts() {
  try {
    const part = (token() || '').split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(part + '='.repeat((4 - (part.length % 4)) % 4)));
    const accounts = claims.accounts;
    return Array.isArray(accounts) ? accounts.map(String) : accounts ? [String(accounts)] : [];
  } catch {
    return [];
  }
}

export function signIn(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value.trim());
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function signOut(reason) {
  sessionStorage.removeItem(TOKEN_KEY);
  const target = '#/signin' + (reason ? '?reason=' + encodeURIComponent(reason) : '');
  if (location.hash !== target) location.hash = target;
}

/** A non-2xx answer; `problem` is the RFC 9457 body when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem && typeof problem === 'object' ? problem : { detail: String(problem || '') };
  }
}

export function authHeaders(extra = {}) {
  const headers = { ...extra };
  const t = token();
  if (t) headers.Authorization = 'Bearer ' + t;
  return headers;
}

/** Calls the API; resolves to {status, data, etag, headers}, rejects with ApiError. */
export async function api(path, { method = 'GET', body, headers = {}, signal, base = '' } = {}) {
  const h = authHeaders({ Accept: 'application/json, application/problem+json', ...headers });
  let payload;
  if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(base + path, { method, headers: h, body: payload, signal, cache: 'no-store' });
  if (res.status === 401) {
    signOut('The API did not accept your token (401). Sign in again.');
    throw new ApiError(401, { title: 'Unauthorized', detail: 'Sign in again.' });
  }
  const type = res.headers.get('Content-Type') || '';
  const text = await res.text();
  const data = type.includes('json') && text ? JSON.parse(text) : text;
  if (!res.ok) throw new ApiError(res.status, data);
  return { status: res.status, data, etag: res.headers.get('ETag'), headers: res.headers };
}

/** A query string from an object, skipping empty values; arrays repeat the key. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.filter(Boolean).forEach((x) => q.append(k, x));
    else if (v !== undefined && v !== null && v !== '') q.append(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** Downloads an authenticated resource (an artifact) as a file: links cannot carry the bearer token. */
export async function download(href, name) {
  const res = await fetch(href, { headers: authHeaders(), cache: 'no-store' });
  if (res.status === 401) return signOut('Sign in again to download.');
  if (!res.ok) throw new ApiError(res.status, await res.text());
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
