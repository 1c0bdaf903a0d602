import {h, route, withQuery} from './dom.js';
import {getJson} from './api.js';

export async function showSearch(view, q) {
  document.getElementById('search-input').value = q;
  if (!q) {
    view.append(h('p', {}, 'Type words in the search box.'));
    return;
  }
  const data = await getJson('/api/search', {q, limit: 100});
  view.append(h('h2', {}, 'Search: ', q),
      h('p', {id: 'search-count'}, data.hits.length + ' sentence' + (data.hits.length === 1 ? '' : 's')),
      h('ol', {class: 'hits'}, data.hits.map((hit) => h('li', {},
          h('q', {}, hit.text), ' ',
          h('a', {class: 'sentence-link', href: withQuery(route('reader', hit.doc_id), {s: hit.sentence})},
              hit.doc_title || hit.doc_id, ', sentence ', hit.sentence + 1)))));
}
