// Export buttons for every format of `sitrep export`; the file comes through fetch, so a token is sent.
import {h} from './dom.js';
import {getBlob} from './api.js';
import {say} from './main.js';

const FORMATS = {
  events: ['plover-jsonl', 'acled-csv', 'csv', 'geojson'],
  actors: ['jsonl', 'json', 'csv'],
  documents: ['jsonl', 'json', 'csv'],
  network: ['graphml', 'gexf', 'json'],
};

export function exportButtons(container) {
  for (const [what, formats] of Object.entries(FORMATS)) {
    container.append(h('p', {}, h('strong', {}, what), ' ', formats.map((format) => h('button', {
      type: 'button', class: 'export', 'data-what': what, 'data-format': format,
      onclick: () => download(what, format)}, format))));
  }
}

async function download(what, format) {
  try {
    const blob = await getBlob('/api/export', {what, format});
    const link = h('a', {download: 'sitrep-' + what + '.' + (format.endsWith('csv') ? 'csv'
      : format === 'json' || format === 'graphml' || format === 'gexf' || format === 'geojson' ? format
        : 'jsonl')});
    link.href = URL.createObjectURL(blob);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    say(error.message, true);
  }
}
