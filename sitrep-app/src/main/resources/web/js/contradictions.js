// Where the reports disagree: each side with the sentences that say it, linked to the reader.
import {h, route, withQuery} from './dom.js';
import {getJson} from './api.js';

export async function showContradictions(view) {
  view.append(h('h2', {}, 'Contradictions'));
  const data = await getJson('/api/contradictions');
  const items = data.contradictions || [];
  if (!items.length) {
    view.append(h('p', {}, 'The reports do not contradict one another.'));
    return;
  }
  view.append(h('ul', {id: 'contradictions'}, items.map((c) => h('li', {class: 'contradiction'},
      h('strong', {}, c.kind), ' ', c.subject || '',
      h('ul', {class: 'compact'}, (c.sides || []).map((side) => h('li', {class: 'side'},
          String(side.value), ' ', (side.evidence || []).map((e) => h('a', {class: 'sentence-link',
            href: withQuery(route('reader', e.doc_id), {s: e.sentence}), title: e.text || ''}, '(source)')))))))));
}
