// The workspace's router: the part of the address after '#' names the view and its parameters, so every
// view (an event's sentence in the reader, a filtered timeline) can be linked to.
import {h, clear} from './dom.js';
import {setToken} from './api.js';
import {filterBar, filtersFrom} from './filters.js';
import {showTimeline} from './timeline.js';
import {showMap} from './map.js';
import {showActors, showActor} from './actors.js';
import {showReader, showDocuments} from './reader.js';
import {showSearch} from './search.js';
import {showContradictions} from './contradictions.js';
import {showUpload} from './upload.js';
import {exportButtons} from './export.js';

const viewRoot = document.getElementById('view');
const filters = document.getElementById('filters');
const status = document.getElementById('status');

export function say(message, isError) {
  clear(status);
  status.className = isError ? 'error' : '';
  if (message) status.append(message);
}

function parse(hash) {
  const text = hash.replace(/^#\/?/, '');
  const [path, query] = text.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {parts, params: new URLSearchParams(query || '')};
}

let renders = 0;

async function render() {
  // Each render draws into its own pane: a slower render of an earlier address fills a pane that is no
  // longer on the page, and only the latest render marks the page ready.
  const token = ++renders;
  document.body.dataset.ready = '';
  const view = h('div', {class: 'pane'});
  viewRoot.replaceChildren(view);
  const {parts, params} = parse(location.hash || '#/timeline');
  const name = parts[0] || 'timeline';
  for (const link of document.querySelectorAll('#nav a')) {
    link.classList.toggle('active', link.dataset.view === name);
  }
  const filtered = name === 'timeline' || name === 'map';
  filters.hidden = !filtered;
  say('');
  try {
    if (filtered) await filterBar(filters, filtersFrom(params), name);
    if (name === 'timeline') await showTimeline(view, filtersFrom(params));
    else if (name === 'map') await showMap(view, filtersFrom(params), params);
    else if (name === 'actors' && parts[1]) await showActor(view, parts[1]);
    else if (name === 'actors') await showActors(view);
    else if (name === 'reader' && parts[1]) await showReader(view, parts[1], params);
    else if (name === 'reader') await showDocuments(view);
    else if (name === 'search') await showSearch(view, params.get('q') || '');
    else if (name === 'contradictions') await showContradictions(view);
    else if (name === 'upload') await showUpload(view);
    else view.append(h('p', {}, 'No such view: ', name));
  } catch (error) {
    view.append(h('p', {class: 'error'}, error.message));
    say(error.message, true);
  }
  if (token === renders) document.body.dataset.ready = name;
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = '#/search?' + new URLSearchParams({q}).toString();
});

const dialog = document.getElementById('token-dialog');
document.addEventListener('sitrep:token-needed', () => {
  if (!dialog.open) dialog.showModal();
});
document.getElementById('token-form').addEventListener('submit', () => {
  setToken(document.getElementById('token-input').value.trim());
  render();
});

// A link may carry the token once (#token=...); it is kept for this tab and removed from the address.
if (location.hash.startsWith('#token=')) {
  setToken(decodeURIComponent(location.hash.slice('#token='.length)));
  history.replaceState(null, '', location.pathname + '#/timeline');
}

exportButtons(document.getElementById('export-buttons'));
window.addEventListener('hashchange', render);
render();
