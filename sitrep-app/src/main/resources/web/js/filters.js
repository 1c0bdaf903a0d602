// The filter bar shared by the timeline and the map; its values live in the address, so a filtered view
// can be bookmarked and the browser's back button undoes a filter.
import {h, clear} from './dom.js';
import {getJson} from './api.js';

export const CLASSES = ['COUP', 'COUP_ATTEMPT', 'MUTINY', 'PROTEST', 'DEMAND', 'ATTACK', 'KILL', 'SEIZE_TERRITORY',
  'RETREAT_TERRITORY', 'ARREST', 'KIDNAP', 'LOOT', 'FLEE', 'DISPLACEMENT', 'RESIGN', 'APPOINT', 'DISSOLVE', 'ELECTION',
  'CONDEMN', 'SANCTION', 'SUSPEND_MEMBERSHIP', 'AID_SUSPEND', 'BORDER_CLOSE', 'THREATEN', 'MEDIATE', 'AGREEMENT',
  'DEPLOY', 'AID', 'OTHER'];
export const STATUSES = ['occurred', 'threatened', 'demanded', 'planned', 'hypothetical', 'negated', 'ongoing'];
const KEYS = ['actor', 'class', 'place', 'from', 'to', 'status', 'doc', 'min_support'];

let choices = null;

export function filtersFrom(params) {
  const out = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}

async function loadChoices() {
  if (!choices) {
    const [actors, documents] = await Promise.all([getJson('/api/actors', {limit: 400}), getJson('/api/documents')]);
    choices = {actors: actors.actors, documents: documents.documents};
  }
  return choices;
}

/** Forget the actors and documents, after an upload added some. */
export function refreshChoices() {
  choices = null;
}

function select(name, label, options, value) {
  return h('label', {}, label, ' ', h('select', {name, id: 'filter-' + name},
      h('option', {value: ''}, 'any'),
      options.map(([key, text]) => h('option', {value: key, selected: key === value}, text))));
}

export async function filterBar(container, current, viewName) {
  const {actors, documents} = await loadChoices();
  clear(container);
  const form = h('form', {id: 'filter-form', class: 'filters'},
      select('actor', 'Actor', actors.map((a) => [a.id, a.name + ' (' + a.mentions + ')']), current.actor),
      select('class', 'Class', CLASSES.map((c) => [c, c]), current.class),
      h('label', {}, 'Place ', h('input', {name: 'place', id: 'filter-place', type: 'text', size: 12,
        value: current.place || ''})),
      h('label', {}, 'From ', h('input', {name: 'from', id: 'filter-from', type: 'date', value: current.from || ''})),
      h('label', {}, 'To ', h('input', {name: 'to', id: 'filter-to', type: 'date', value: current.to || ''})),
      select('status', 'Status', STATUSES.map((s) => [s, s]), current.status),
      select('doc', 'Report', documents.map((d) => [d.id, d.title]), current.doc),
      h('label', {title: 'Only events at least this well supported by the reports (0 to 1); empty: the default'},
          'Support \u2265 ', h('input', {name: 'min_support', id: 'filter-min-support', type: 'number', min: 0,
            max: 1, step: 0.05, size: 4, value: current.min_support || ''})),
      h('button', {type: 'submit', id: 'filter-apply'}, 'Apply'),
      h('button', {type: 'button', id: 'filter-clear', onclick: () => {
        location.hash = '#/' + viewName;
      }}, 'Clear'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) {
      if (value) query.set(key, value);
    }
    const text = query.toString();
    location.hash = '#/' + viewName + (text ? '?' + text : '');
  });
  container.append(form);
}
