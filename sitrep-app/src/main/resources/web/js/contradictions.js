// Contradictions between reports (issue 5): each claim links to its sentence in the reader.
import {h, route, withQuery} from './dom.js';
import {getJson, ApiError} from './api.js';

export async function showContradictions(view) {
  view.append(h('h2', {}, 'Contradictions'));
  let data;
  try {
    data = await getJson('/api/contradictions');
  } catch (error) {
    if (error instanceof ApiError && error.status === 501) {
      view.append(h('p', {id: 'contradictions-unavailable', class: 'muted'}, 'Where reports disagree (dates, '
          + 'figures, who did it) will show here once events are merged across reports: not in this version.'));
      return;
    }
    throw error;
  }
  const items = data.contradictions || [];
  view.append(items.length ? h('ul', {}, items.map((c) => h('li', {}, c.what || c.kind || 'disagreement', ': ',
      (c.claims || []).map((claim, i) => [i ? ' vs ' : '', String(claim.value), ' ',
        claim.doc_id ? h('a', {class: 'sentence-link', href: withQuery(route('reader', claim.doc_id),
          {s: claim.sentence})}, '(source)') : '']))))
    : h('p', {}, 'The reports do not contradict one another.'));
}
