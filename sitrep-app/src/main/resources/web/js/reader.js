// The reader: a report's text with its actors, places, dates and event triggers highlighted. The text is
// cut at highlight boundaries into text nodes inside spans; nothing of it is ever parsed as markup.
import {h, clear, route, safeHref} from './dom.js';
import {getJson} from './api.js';
import {eventCard} from './events.js';

export async function showDocuments(view) {
  const data = await getJson('/api/documents');
  view.append(h('h2', {}, 'Reports'),
      data.documents.length ? h('table', {class: 'documents'},
          h('thead', {}, h('tr', {}, ['Title', 'Publisher', 'Published', 'Sentences'].map((c) => h('th', {}, c)))),
          h('tbody', {}, data.documents.map((d) => h('tr', {},
              h('td', {}, h('a', {href: route('reader', d.id), class: 'doc-link'}, d.title)),
              h('td', {}, d.publisher || ''), h('td', {}, d.published || ''), h('td', {}, d.sentences)))))
        : h('p', {}, 'No report yet: upload some.'));
}

const KINDS = [['actor', 'Actors'], ['place', 'Places'], ['date', 'Dates'], ['event', 'Events']];

export async function showReader(view, docId, params) {
  const doc = await getJson('/api/documents/' + encodeURIComponent(docId));
  const eventsById = new Map(doc.events.map((e) => [e.id, e]));
  const detail = h('div', {id: 'event-detail', class: 'detail'});
  const showEvent = (id) => {
    const event = eventsById.get(id);
    if (event) clear(detail).append(eventCard(event));
  };
  const text = h('div', {class: 'reader-text', id: 'reader-text'});
  const toggles = h('p', {class: 'legend'}, KINDS.map(([kind, label]) => h('label', {class: 'hl-' + kind},
      h('input', {type: 'checkbox', checked: true, 'data-kind': kind, onchange: (e) => {
        text.classList.toggle('hide-' + kind, !e.target.checked);
      }}), ' ', label)));
  view.append(h('p', {}, h('a', {href: '#/reader'}, '\u2190 all reports')),
      h('h2', {id: 'doc-title'}, doc.title),
      h('p', {class: 'muted'}, [doc.publisher, doc.author, doc.published].filter(Boolean).join(', '),
          doc.url ? [' \u2014 ', source(doc.url)] : null),
      toggles,
      h('div', {class: 'reader-layout'}, text, h('aside', {}, detail,
          h('h3', {}, 'Events in this report (' + doc.events.length + ')'),
          h('ul', {class: 'compact', id: 'reader-events'}, doc.events.map((e) => h('li', {},
              h('button', {type: 'button', class: 'link', onclick: () => {
                showEvent(e.id);
                const m = e.mentions.find((x) => x.doc_id === doc.id);
                if (m) focusSentence(text, m.sentence);
              }}, e.date.label, ' ', e.class)))))));
  render(text, doc, showEvent);
  const wanted = params.get('s');
  if (wanted !== null) focusSentence(text, Number(wanted));
  if (params.get('e')) showEvent(params.get('e'));
}

/** The report's own address: a link only when it is http(s); anything else is shown as text. */
function source(url) {
  const href = safeHref(url);
  return href === '#' || href.startsWith('#') || href.startsWith('/')
    ? h('span', {class: 'source-url'}, url)
    : h('a', {href, rel: 'noopener noreferrer', target: '_blank', class: 'source-url'}, url);
}

function focusSentence(text, index) {
  for (const old of text.querySelectorAll('.sentence.target')) old.classList.remove('target');
  const el = text.querySelector('#s-' + index);
  if (el) {
    el.classList.add('target');
    // Scroll the text box only, so the page keeps its header in view.
    text.scrollTop = Math.max(0, el.offsetTop - text.clientHeight / 3);
  }
}

function render(container, doc, showEvent) {
  const content = doc.text;
  let cursor = 0;
  for (const sentence of doc.sentences) {
    if (sentence.start > cursor) container.append(content.slice(cursor, sentence.start));
    const el = h('span', {class: 'sentence' + (sentence.events.length ? ' has-event' : ''), id: 's-' + sentence.index,
      'data-sentence': sentence.index});
    const inside = doc.highlights.filter((x) => x.start < sentence.end && x.end > sentence.start);
    segments(el, content, Math.max(sentence.start, cursor), sentence.end, inside, showEvent);
    if (sentence.events.length) {
      el.append(h('button', {type: 'button', class: 'event-badge', title: 'Events reported here',
        onclick: () => showEvent(sentence.events[0])}, sentence.events.length === 1 ? 'event'
        : sentence.events.length + ' events'));
    }
    container.append(el);
    cursor = Math.max(cursor, sentence.end);
  }
  if (cursor < content.length) container.append(content.slice(cursor));
}

/** [start, end) of the text cut wherever a highlight begins or ends; each piece wrapped in what covers it. */
function segments(parent, content, start, end, highlights, showEvent) {
  const cuts = new Set([start, end]);
  for (const x of highlights) {
    if (x.start > start && x.start < end) cuts.add(x.start);
    if (x.end > start && x.end < end) cuts.add(x.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = content.slice(a, b);
    const covering = highlights.filter((x) => x.start <= a && x.end >= b);
    if (!covering.length) {
      parent.append(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((x) => x.kind))];
    const title = covering.map((x) => x.kind + ': ' + x.label).join('\n');
    const actor = covering.find((x) => x.kind === 'actor');
    const event = covering.find((x) => x.kind === 'event');
    const attrs = {class: kinds.map((k) => 'hl hl-' + k).join(' '), title};
    let el;
    if (actor) {
      el = h('a', {...attrs, href: route('actors', actor.ref), 'data-actor': actor.ref}, piece);
    } else if (event) {
      el = h('span', {...attrs, role: 'button', tabindex: 0, 'data-event': event.ref,
        onclick: () => showEvent(event.ref)}, piece);
    } else {
      el = h('span', attrs, piece);
    }
    parent.append(el);
  }
}
