// Actors: the network of who acts on whom (arrows from source to target, thicker for more events; click an
// actor for its page) and one page per actor.
import {h, clear, route, withQuery, marked} from './dom.js';
import {getJson} from './api.js';
import {eventTable, eventCard} from './events.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

export async function showActors(view) {
  const [network, list] = await Promise.all([getJson('/api/network'), getJson('/api/actors', {limit: 500})]);
  view.append(h('h2', {}, 'Actors'),
      h('p', {class: 'muted'}, 'Who acts on whom: an arrow for each pair of actors that an event links, thicker for '
          + 'more events. Click an actor for its page.'),
      network.nodes.length ? graph(network) : h('p', {}, 'No event links two named actors yet.'),
      h('h3', {}, 'All actors'),
      h('table', {class: 'actors'},
          h('thead', {}, h('tr', {}, ['Actor', 'Kind', 'Country', 'Mentions', 'Documents'].map((c) => h('th', {}, c)))),
          h('tbody', {}, list.actors.map((a) => h('tr', {},
              h('td', {}, h('a', {href: route('actors', a.id)}, a.name)), h('td', {}, a.kind),
              h('td', {}, a.country || ''), h('td', {}, a.mentions), h('td', {}, a.documents))))));
}

/** A small force layout, run to rest before drawing: enough for the few dozen actors of a crisis. */
function layout(nodes, links, width, height) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pos = nodes.map((n, i) => {
    const angle = 2 * Math.PI * i / nodes.length;
    return {x: width / 2 + Math.cos(angle) * width / 3, y: height / 2 + Math.sin(angle) * height / 3, vx: 0, vy: 0};
  });
  for (let step = 0; step < 300; step++) {
    const cooling = 1 - step / 300;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[j].x - pos[i].x;
        const dy = pos[j].y - pos[i].y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 2500 / d2;
        const d = Math.sqrt(d2);
        pos[i].vx -= f * dx / d; pos[i].vy -= f * dy / d;
        pos[j].vx += f * dx / d; pos[j].vy += f * dy / d;
      }
    }
    for (const link of links) {
      const a = pos[index.get(link.source)];
      const b = pos[index.get(link.target)];
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const f = (d - 120) * 0.02;
      a.vx += f * dx / d; a.vy += f * dy / d;
      b.vx -= f * dx / d; b.vy -= f * dy / d;
    }
    for (const p of pos) {
      p.vx += (width / 2 - p.x) * 0.005;
      p.vy += (height / 2 - p.y) * 0.005;
      p.x = Math.min(width - 40, Math.max(40, p.x + Math.max(-20, Math.min(20, p.vx)) * cooling));
      p.y = Math.min(height - 20, Math.max(20, p.y + Math.max(-20, Math.min(20, p.vy)) * cooling));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  return {pos, index};
}

function graph(network) {
  const width = 960;
  const height = 560;
  const {pos, index} = layout(network.nodes, network.links, width, height);
  const root = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'network', id: 'network', role: 'img',
    'aria-label': 'Network of actors'});
  const defs = svg('defs');
  const marker = svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6,
    markerHeight: 6, orient: 'auto-start-reverse'});
  marker.append(svg('path', {d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow'}));
  defs.append(marker);
  root.append(defs);
  const maxLink = Math.max(...network.links.map((l) => l.events), 1);
  for (const link of network.links) {
    const a = pos[index.get(link.source)];
    const b = pos[index.get(link.target)];
    const line = svg('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'link',
      'stroke-width': 1 + 5 * link.events / maxLink, 'marker-end': 'url(#arrow)'});
    line.append(svg('title', {}, link.events + ' event(s): ' + Object.entries(link.classes)
        .map(([c, n]) => c + ' ' + n).join(', ')));
    root.append(line);
  }
  const maxNode = Math.max(...network.nodes.map((n) => n.events), 1);
  network.nodes.forEach((node, i) => {
    const group = svg('a', {href: route('actors', node.id), class: 'node', 'data-actor': node.id});
    group.append(svg('circle', {cx: pos[i].x, cy: pos[i].y, r: 5 + 12 * Math.sqrt(node.events / maxNode),
      class: 'kind-' + (node.kind || 'unknown')}));
    group.append(svg('text', {x: pos[i].x + 10, y: pos[i].y - 8, class: 'node-label'}, node.name));
    group.append(svg('title', {}, node.name + ': ' + node.events + ' event(s)'));
    root.append(group);
  });
  return root;
}

export async function showActor(view, id) {
  const actor = await getJson('/api/actors/' + encodeURIComponent(id));
  const detail = h('div', {id: 'event-detail', class: 'detail'});
  view.append(h('p', {}, h('a', {href: '#/actors'}, '\u2190 all actors')),
      h('h2', {id: 'actor-name'}, actor.name),
      h('p', {}, actor.kind, actor.country ? ', ' + actor.country : '', actor.sector ? ', sector ' + actor.sector : '',
          ', ', actor.mentions, ' mentions', actor.wikidata_id ? ', Wikidata ' + actor.wikidata_id : ''),
      h('h3', {}, 'Names'), h('ul', {class: 'aliases'}, actor.aliases.map((a) => h('li', {}, a))),
      h('h3', {}, 'Roles over time'), roles(actor.roles),
      h('h3', {}, 'Events (' + actor.events.length + ')'),
      actor.events.length ? eventTable(actor.events, (e) => clear(detail).append(eventCard(e))) : h('p', {}, 'None.'),
      detail,
      h('h3', {}, 'Sentences that name it'),
      h('ul', {class: 'named-in'}, actor.named_in.map((m) => h('li', {},
          marked(m.sentence_text, m.text), ' ',
          h('a', {class: 'sentence-link', href: withQuery(route('reader', m.doc_id), {s: m.sentence})},
              m.doc_title || m.doc_id, ', sentence ', m.sentence + 1)))));
}

function roles(list) {
  if (!list.length) return h('p', {class: 'muted'}, 'No dated role is known.');
  return h('table', {class: 'roles'},
      h('thead', {}, h('tr', {}, ['Role', 'Of', 'From', 'To'].map((c) => h('th', {}, c)))),
      h('tbody', {}, list.map((r) => h('tr', {}, h('td', {}, r.role), h('td', {}, r.of || ''),
          h('td', {}, r.from || '?'), h('td', {}, r.to || 'still')))));
}
