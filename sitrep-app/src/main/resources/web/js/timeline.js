// The timeline: the events merged across reports, one row per crisis class, as bars from their first to their last
// possible day, coloured by PLOVER quad; hollow when not known to have happened; events known only to the month or
// year as thin whiskers. It opens on the densest span of precisely dated events; "Fit all" shows every one. Wheel
// or buttons zoom, dragging pans.
import {h, clear, quadClass} from './dom.js';
import {getJson} from './api.js';
import {eventCard, eventTable} from './events.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const ROW = 22;
const LABEL = 150;

function svg(tag, attrs, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

const time = (iso) => Date.parse(iso + 'T00:00:00Z');

/** Events known to a day or a few: their bars are drawn full and they decide where the timeline opens. */
const precise = (e) => time(e.date.end) - time(e.date.start) <= 31 * DAY;

/**
 * The smallest span holding three in five of the precisely dated events (all of them when fewer than five),
 * padded; null when there are none: where the story is.
 */
export function densestSpan(events) {
  const starts = events.filter(precise).map((e) => time(e.date.start)).sort((a, b) => a - b);
  if (!starts.length) return null;
  const k = starts.length < 5 ? starts.length : Math.ceil(starts.length * 0.6);
  let best = [starts[0], starts[k - 1]];
  for (let i = 0; i + k - 1 < starts.length; i++) {
    if (starts[i + k - 1] - starts[i] < best[1] - best[0]) best = [starts[i], starts[i + k - 1]];
  }
  const pad = Math.max((best[1] - best[0]) * 0.15, 7 * DAY);
  return [best[0] - pad, best[1] + DAY + pad];
}

export function leftOutNote(data) {
  return data.left_out ? ', ' + data.left_out + ' below support ' + data.min_support + ' left out' : '';
}

export async function showTimeline(view, filters) {
  const data = await getJson('/api/picture/events', {...filters, limit: 2000});
  const events = data.events;
  const dated = events.filter((e) => e.date.start);
  const undated = events.filter((e) => !e.date.start);
  const detail = h('div', {id: 'event-detail', class: 'detail'}, h('p', {class: 'muted'},
      'Pick an event for its sentences.'));
  const pick = (event) => {
    clear(detail).append(eventCard(event));
  };
  view.append(h('h2', {}, 'Timeline'),
      h('p', {id: 'timeline-count'}, events.length + ' event' + (events.length === 1 ? '' : 's'),
          data.more ? ' (the first ' + data.limit + '; narrow the filters for the rest)' : '',
          undated.length ? ', ' + undated.length + ' undated (listed below)' : '', leftOutNote(data),
          ' (merged across reports)'),
      legend());
  if (dated.length) view.append(chart(dated, pick));
  view.append(detail, h('h3', {}, 'Events'), eventTable(events, pick));
}

function legend() {
  return h('p', {class: 'legend'}, [1, 2, 3, 4, 0].map((q) => h('span', {},
      h('span', {class: 'swatch ' + quadClass(q)}),
      ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'][q] || 'no category')),
  h('span', {}, h('span', {class: 'swatch hollow'}), 'not (yet) happened'),
  h('span', {}, h('span', {class: 'swatch whisker'}), 'known only to the month or year'));
}

function chart(events, pick) {
  const classes = [...new Set(events.map((e) => e.class))].sort();
  let min = Math.min(...events.map((e) => time(e.date.start)));
  let max = Math.max(...events.map((e) => time(e.date.end) + DAY));
  const pad = Math.max((max - min) * 0.03, 2 * DAY);
  const full = [min - pad, max + pad];
  let domain = densestSpan(events) || full.slice();
  const container = h('div', {class: 'timeline', id: 'timeline'});
  const height = classes.length * ROW + 30;
  const root = svg('svg', {height, class: 'timeline-svg', role: 'img', 'aria-label': 'Timeline of events'});
  const zoomBy = (factor, centre) => {
    const [a, b] = domain;
    const c = centre ?? (a + b) / 2;
    const span = Math.max((b - a) * factor, 3 * DAY);
    domain = [c - (c - a) * span / (b - a), c + (b - c) * span / (b - a)];
    draw();
  };
  const controls = h('div', {class: 'zoom'},
      h('button', {type: 'button', id: 'zoom-in', onclick: () => zoomBy(0.5)}, 'Zoom in'),
      h('button', {type: 'button', id: 'zoom-out', onclick: () => zoomBy(2)}, 'Zoom out'),
      h('button', {type: 'button', id: 'zoom-fit', onclick: () => {
        domain = full.slice();
        draw();
      }}, 'Fit all'));
  container.append(controls, root);

  function draw() {
    while (root.firstChild) root.removeChild(root.firstChild);
    const width = Math.max(container.clientWidth || 900, 400);
    root.setAttribute('width', width);
    const x = (t) => LABEL + (t - domain[0]) / (domain[1] - domain[0]) * (width - LABEL - 10);
    classes.forEach((c, i) => {
      root.append(svg('text', {x: 4, y: i * ROW + 15, class: 'row-label'}, c));
      root.append(svg('line', {x1: LABEL, x2: width, y1: i * ROW + ROW, y2: i * ROW + ROW, class: 'row-line'}));
    });
    for (const tick of ticks(domain, width - LABEL)) {
      const tx = x(tick.t);
      if (tx < LABEL) continue;
      root.append(svg('line', {x1: tx, x2: tx, y1: 0, y2: height - 20, class: 'tick'}));
      root.append(svg('text', {x: tx + 2, y: height - 6, class: 'tick-label'}, tick.label));
    }
    for (const event of events) {
      const row = classes.indexOf(event.class);
      const x0 = x(time(event.date.start));
      const x1 = x(time(event.date.end) + DAY);
      if (x1 < LABEL || x0 > width) continue;
      if (!precise(event)) {
        root.append(whisker(event, Math.max(x0, LABEL), Math.min(x1, width), row, pick));
        continue;
      }
      const bar = svg('rect', {x: Math.max(x0, LABEL), y: row * ROW + 4, width: Math.max(x1 - Math.max(x0, LABEL), 6),
        height: ROW - 8, rx: 3, class: 'bar ' + quadClass(event.quad) + (event.status === 'occurred' ? '' : ' hollow'),
        'data-event': event.id, tabindex: 0});
      bar.append(svg('title', {}, event.date.label + ': ' + event.class + ' (' + event.status + ')'));
      bar.addEventListener('click', () => pick(event));
      bar.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') pick(event);
      });
      root.append(bar);
    }
  }

  root.addEventListener('wheel', (e) => {
    e.preventDefault();
    const width = root.clientWidth || 900;
    const t = domain[0] + (e.offsetX - LABEL) / (width - LABEL - 10) * (domain[1] - domain[0]);
    zoomBy(e.deltaY < 0 ? 0.8 : 1.25, t);
  }, {passive: false});
  let drag = null;
  root.addEventListener('pointerdown', (e) => {
    drag = {x: e.clientX, domain: domain.slice()};
  });
  window.addEventListener('pointerup', () => {
    drag = null;
  });
  root.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const width = root.clientWidth || 900;
    const shift = (e.clientX - drag.x) / (width - LABEL - 10) * (drag.domain[1] - drag.domain[0]);
    domain = [drag.domain[0] - shift, drag.domain[1] - shift];
    draw();
  });
  requestAnimationFrame(draw);
  return container;
}

/** An imprecise event: a thin line over the days it may have happened, with end ticks, not a fat bar. */
function whisker(event, x0, x1, row, pick) {
  const y = row * ROW + ROW / 2;
  const g = svg('g', {class: 'whisker ' + quadClass(event.quad) + (event.status === 'occurred' ? '' : ' hollow'),
    'data-event': event.id, tabindex: 0});
  g.append(svg('line', {x1: x0, x2: x1, y1: y, y2: y}), svg('line', {x1: x0, x2: x0, y1: y - 4, y2: y + 4}),
      svg('line', {x1: x1, x2: x1, y1: y - 4, y2: y + 4}),
      // A wider transparent line takes the clicks a 1 px line would miss.
      svg('line', {x1: x0, x2: x1, y1: y, y2: y, class: 'hit'}));
  g.append(svg('title', {}, event.date.label + ': ' + event.class + ' (' + event.status + ')'));
  g.addEventListener('click', () => pick(event));
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') pick(event);
  });
  return g;
}

/** Axis ticks at whole years, months or days, spaced so that their labels (about 60 px) do not overlap. */
function ticks([a, b], pixels) {
  const span = b - a;
  const out = [];
  const start = new Date(a);
  if (span > 3 * 365 * DAY) {
    const step = Math.max(1, Math.ceil(span / (365 * DAY) * 60 / Math.max(pixels, 1)));
    for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= b; y++) {
      if (y % step === 0) out.push({t: Date.UTC(y, 0, 1), label: '' + y});
    }
  } else if (span > 60 * DAY) {
    const step = span > 400 * DAY ? 3 : 1;
    for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d.getTime() <= b;
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
      out.push({t: d.getTime(), label: d.toISOString().slice(0, 7)});
    }
  } else {
    const step = span > 20 * DAY ? 7 : 1;
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= b; t += step * DAY) {
      out.push({t, label: new Date(t).toISOString().slice(5, 10)});
    }
  }
  return out;
}
