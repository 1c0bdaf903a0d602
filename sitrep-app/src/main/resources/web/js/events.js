// Shared pieces for showing events: the table every view uses and the detail card with links to sentences.
import {h, route, withQuery, names, quadClass, QUAD_NAMES} from './dom.js';

export function sentenceLink(mention, eventId) {
  return h('a', {class: 'sentence-link', href: withQuery(route('reader', mention.doc_id),
    {s: mention.sentence, e: eventId})}, mention.doc_title || mention.doc_id, ', sentence ', mention.sentence + 1);
}

export function eventCard(event) {
  const card = h('div', {class: 'event-card ' + quadClass(event.quad), 'data-event': event.id},
      h('h3', {}, event.class, ' ', h('span', {class: 'status status-' + event.status}, event.status)),
      h('p', {}, h('strong', {}, event.date.label), event.date.text ? ' ("' + event.date.text + '")' : ''),
      h('p', {}, participants(event.sources) || 'someone unnamed', ' \u2192 ',
          participants(event.targets) || '\u2014'),
      event.place ? h('p', {}, 'Place: ', event.place.name) : null,
      h('p', {class: 'muted'}, 'PLOVER ', event.plover_event || '\u2014', ', ', QUAD_NAMES[event.quad] || '',
          ', confidence ', event.confidence.toFixed(2)),
      h('ul', {class: 'mentions'}, event.mentions.map((m) => h('li', {},
          h('q', {}, m.text), ' ', sentenceLink(m, event.id)))));
  return card;
}

function participants(list) {
  return list.map((p, i) => [i > 0 ? '; ' : '', p.actor_id
    ? h('a', {href: route('actors', p.actor_id)}, p.name) : p.name]);
}

export function eventTable(events, onPick) {
  return h('table', {class: 'events'},
      h('thead', {}, h('tr', {}, ['When', 'Class', 'Status', 'Who', 'On whom', 'Place', 'Evidence']
          .map((c) => h('th', {}, c)))),
      h('tbody', {}, events.map((event) => h('tr', {class: 'event-row', 'data-event': event.id},
          h('td', {}, event.date.label),
          h('td', {}, h('span', {class: 'swatch ' + quadClass(event.quad)}), event.class),
          h('td', {}, event.status),
          h('td', {}, names(event.sources)),
          h('td', {}, names(event.targets)),
          h('td', {}, event.place ? event.place.name : ''),
          h('td', {}, event.mentions.length ? sentenceLink(event.mentions[0], event.id) : '',
              onPick ? [' ', h('button', {type: 'button', class: 'link', onclick: () => onPick(event)}, 'details')]
                : null)))));
}
