// The map: Natural Earth country and admin-1 outlines bundled with the server (no tile server, works offline), events as
// points where the gazetteer gave coordinates, region-level events as areas, country-level ones listed.
// The date slider shows the picture at a date: what had happened by then, the last 30 days in full colour.
import {h, append, clear, quadClass, names} from './dom.js';
import {getJson} from './api.js';
import {features} from './topology.js';
import {eventCard} from './events.js';
import {leftOutNote} from './timeline.js';

const DAY = 86400000;
let basemap = null;

async function loadBasemap() {
  if (!basemap) {
    const topology = await getJson('/basemap/countries-50m.json');
    basemap = features(topology, 'countries');
  }
  return basemap;
}

let admin1Index = null;

/** The admin-1 outlines of a country (ISO3), or null when none are bundled for it. */
async function loadAdmin1(code) {
  if (!admin1Index) admin1Index = new Set(await getJson('/basemap/admin1/index.json'));
  const name = String(code).toLowerCase();
  if (!admin1Index.has(name)) return null;
  return features(await getJson('/basemap/admin1/' + name + '.topo.json'), name);
}

const time = (iso) => Date.parse(iso + 'T00:00:00Z');
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const located = (e) => e.place && e.place.lat !== null && e.place.lat !== undefined && e.place.lon !== null;

export async function showMap(view, filters, params) {
  const [data, outlines] = await Promise.all([getJson('/api/picture/events', {...filters, limit: 2000}),
    loadBasemap()]);
  const events = data.events.filter((e) => e.date.start);
  const mapEl = h('div', {id: 'map', class: 'map'});
  const detail = h('div', {id: 'map-detail', class: 'detail'});
  const count = h('p', {id: 'map-count'});
  const unplaced = h('ul', {id: 'map-unplaced', class: 'compact'});
  const situation = h('div', {id: 'situation'});
  const starts = events.map((e) => time(e.date.start));
  const first = starts.length ? Math.min(...starts) : Date.now();
  // The latest day an event shown happened by (a year-only event does not stretch the slider to the year's end,
  // nor does a plan for later): the slider opens there, on the situation the reports leave.
  const happened = events.filter((e) => e.status === 'occurred' || e.status === 'ongoing');
  const latest = (happened.length ? happened : events).map((e) => time(e.date.end) - time(e.date.start) <= 31 * DAY
    ? time(e.date.end) : time(e.date.start));
  const last = latest.length ? Math.max(...latest) : Date.now();
  // The situation is that of the country the events shown are placed in most: its offices, not its neighbours'.
  const focus = mostCommon(events.map((e) => e.place && e.place.country).filter(Boolean));
  const days = Math.max(0, Math.round((last - first) / DAY));
  const wanted = params.get('at') ? Math.round((time(params.get('at')) - first) / DAY) : days;
  const slider = h('input', {id: 'map-date', type: 'range', min: 0, max: days,
    value: Math.min(Math.max(wanted || 0, 0), days), 'aria-label': 'Date'});
  const dateLabel = h('output', {id: 'map-date-label', for: 'map-date'});
  view.append(h('h2', {}, 'Map'),
      h('div', {class: 'map-layout'}, mapEl,
          h('aside', {class: 'map-side'},
              h('label', {}, 'Situation at ', dateLabel), slider, count, situation, detail,
              h('h3', {}, 'Not drawn as points'),
              h('p', {class: 'muted'}, 'Events whose place is a country, or has no coordinates yet.'), unplaced)));

  const map = L.map(mapEl, {worldCopyJump: true, minZoom: 2, maxZoom: 12});
  map.attributionControl.addAttribution('Outlines: Natural Earth (public domain)');
  L.geoJSON(outlines, {style: {color: '#8a8577', weight: 0.8, fillColor: '#f3efe4', fillOpacity: 1},
    interactive: false}).addTo(map);
  // Regions of the countries the events are in, drawn over the countries and under the events.
  const countries = [...new Set(events.map((e) => e.place && e.place.country).filter(Boolean))];
  for (const code of countries) {
    loadAdmin1(code).then((regions) => {
      if (regions) {
        L.geoJSON(regions, {style: {className: 'admin1', color: '#a59f90', weight: 0.6, dashArray: '3 3',
          fill: false}, interactive: false}).addTo(map);
      }
    });
  }
  const points = L.layerGroup().addTo(map);
  const withPoints = events.filter(located);
  if (withPoints.length) {
    map.fitBounds(L.latLngBounds(withPoints.map((e) => [e.place.lat, e.place.lon])).pad(0.3), {maxZoom: 7});
  } else {
    map.setView([15, 0], 3);
  }

  let situationTimer = null;
  const update = () => {
    const at = first + Number(slider.value) * DAY;
    clear(dateLabel).append(iso(at));
    points.clearLayers();
    clear(unplaced);
    const sofar = events.filter((e) => time(e.date.start) <= at);
    let drawn = 0;
    let listed = 0;
    for (const event of sofar) {
      const recent = time(event.date.end) >= at - 30 * DAY;
      const label = h('span', {}, event.date.label, ' ', event.class, ': ', names(event.sources) || 'someone',
          event.place ? ' in ' + event.place.name : '');
      const resolution = event.place ? event.place.resolution : null;
      if (located(event) && resolution !== 1) {
        const style = {className: 'event-point ' + quadClass(event.quad), weight: 1,
          opacity: recent ? 1 : 0.4, fillOpacity: recent ? 0.8 : 0.25};
        const layer = resolution === 2
          ? L.circle([event.place.lat, event.place.lon], {...style, radius: 60000})
          : L.circleMarker([event.place.lat, event.place.lon], {...style, radius: 6});
        layer.bindTooltip(label);
        layer.on('click', () => clear(detail).append(eventCard(event)));
        layer.addTo(points);
        drawn++;
      } else {
        listed++;
        if (unplaced.childElementCount < 60) {
          unplaced.append(h('li', {}, h('button', {type: 'button', class: 'link',
            onclick: () => clear(detail).append(eventCard(event))}, label)));
        }
      }
    }
    clear(count).append(sofar.length + ' events by ' + iso(at) + ': ' + drawn + ' on the map, ' + listed
        + ' listed below' + leftOutNote(data));
    clearTimeout(situationTimer);
    situationTimer = setTimeout(() => showSituation(situation, iso(at), filters, focus), 250);
  };
  slider.addEventListener('input', update);
  update();
  setTimeout(() => map.invalidateSize(), 0);
}

/** Who holds power and which towns, and the measures in force, from /api/situation. */
async function showSituation(container, at, filters, country) {
  try {
    const situation = await getJson('/api/situation', {at, country, min_support: filters.min_support});
    const empty = !['power', 'control', 'measures'].some((key) => (situation[key] || []).length);
    // dom.js's append flattens the sections' arrays; the DOM's own would print them as "[object ...]".
    append(clear(container), [h('h3', {}, 'Situation on ', at, country ? ' in ' + country : ''),
      empty ? h('p', {class: 'muted'}, 'No office, town or measure the reports tell of by this day.') : [],
      section('Power', situation.power, (p) => [p.office, p.country ? [' of ', p.country] : '', ': ', p.holder,
        ' since ', p.since]),
      section('Control', situation.control, (c) => [c.place, ': ',
        (c.held_by || []).join(', ') || '(holders not named)', ' since ', c.since]),
      section('Measures in force', situation.measures, (m) => [m.kind, ' by ', m.by || '(not named)',
        m.against ? [' against ', m.against] : '', m.since ? [' since ', m.since] : ' (undated)'])]);
  } catch (error) {
    clear(container).append(h('p', {class: 'muted', id: 'situation-unavailable'}, error.message));
  }
}

function mostCommon(values) {
  const counts = new Map();
  values.forEach((v) => counts.set(v, (counts.get(v) || 0) + 1));
  let best = null;
  for (const [value, n] of counts) {
    if (best === null || n > counts.get(best) || (n === counts.get(best) && value < best)) best = value;
  }
  return best;
}

/** A heading and its items; nothing at all when there are no items. */
function section(title, items, render) {
  if (!items || !items.length) return [];
  return [h('h4', {}, title), h('ul', {class: 'compact'}, (items || []).map((item) => h('li', {}, render(item))))];
}
