// The one way to the API: adds the token when the server wants one, and turns error bodies into messages.

const TOKEN_KEY = 'sitrep-token';

export class ApiError extends Error {
  constructor(status, title, details) {
    super(title);
    this.status = status;
    this.details = details || {};
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value); else sessionStorage.removeItem(TOKEN_KEY);
}

function headers() {
  const out = {};
  if (token()) out['Authorization'] = 'Bearer ' + token();
  return out;
}

export function url(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? path + '?' + text : path;
}

async function failure(response) {
  let title = response.status + ' ' + response.statusText;
  let details = {};
  try {
    const body = await response.json();
    if (body && body.title) title = body.title;
    details = body.details || {};
  } catch (e) {
    // not JSON: keep the status line
  }
  if (response.status === 401) document.dispatchEvent(new CustomEvent('sitrep:token-needed'));
  return new ApiError(response.status, title, details);
}

export async function getJson(path, params) {
  const response = await fetch(url(path, params), {headers: headers()});
  if (!response.ok) throw await failure(response);
  return response.json();
}

export async function getBlob(path, params) {
  const response = await fetch(url(path, params), {headers: headers()});
  if (!response.ok) throw await failure(response);
  return response.blob();
}

export async function postForm(path, form) {
  const response = await fetch(path, {method: 'POST', body: form, headers: headers()});
  if (!response.ok) throw await failure(response);
  return response.json();
}
