// Upload: drop reports (or pick them), the server ingests them in the background and this page polls the job.
import {h, clear, route} from './dom.js';
import {getJson, postForm} from './api.js';
import {refreshChoices} from './filters.js';

const STATES = {queued: 'Waiting for an earlier upload', checking: 'Reading the files',
  loading_models: 'Loading the language models (the first upload takes a minute or two)',
  analysing: 'Analysing', done: 'Done', failed: 'Failed'};

export async function showUpload(view) {
  const input = h('input', {type: 'file', id: 'upload-input', multiple: true});
  const progress = h('progress', {id: 'upload-progress', max: 1, value: 0, hidden: true});
  const state = h('p', {id: 'upload-state'});
  const results = h('div', {id: 'upload-results'});
  const send = async (files) => {
    if (!files.length) return;
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    clear(results);
    clear(state).append('Sending ' + files.length + ' file(s)...');
    try {
      const job = await postForm('/api/ingest', form);
      poll(job.id, progress, state, results);
    } catch (error) {
      clear(state).append(h('span', {class: 'error', id: 'upload-error'}, error.message));
    }
  };
  const zone = h('div', {class: 'dropzone', id: 'dropzone', tabindex: 0},
      h('p', {}, 'Drop reports here (text, HTML, PDF, DOCX; with NAME.meta.json sidecars if you have them)'),
      h('p', {}, 'or ', input, ' ', h('button', {type: 'button', id: 'upload-send',
        onclick: () => send([...input.files])}, 'Upload')));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    send([...e.dataTransfer.files]);
  });
  view.append(h('h2', {}, 'Upload reports'), zone, state, progress, results);
}

async function poll(id, progress, state, results) {
  let job;
  try {
    job = await getJson('/api/ingest/' + encodeURIComponent(id));
  } catch (error) {
    clear(state).append(h('span', {class: 'error'}, error.message));
    return;
  }
  progress.hidden = false;
  progress.max = Math.max(job.files_total, 1);
  progress.value = job.files_done;
  clear(state).append(STATES[job.state] || job.state, ' (', job.files_done + ' of ' + job.files_total, ' files)');
  if (job.state === 'failed') {
    state.append(h('span', {class: 'error', id: 'upload-error'}, ': ', job.error));
  }
  if (job.state !== 'done' && job.state !== 'failed') {
    setTimeout(() => poll(id, progress, state, results), 1000);
    return;
  }
  refreshChoices();
  clear(results).append(h('table', {class: 'upload-results'},
      h('thead', {}, h('tr', {}, ['File', 'Outcome', 'Problem'].map((c) => h('th', {}, c)))),
      h('tbody', {}, job.results.map((r) => h('tr', {class: 'outcome-' + r.outcome},
          h('td', {}, r.doc_id ? h('a', {href: route('reader', r.doc_id)}, r.file) : r.file),
          h('td', {}, r.outcome),
          h('td', {}, r.code ? r.code + ': ' + r.message : (r.warnings || []).join('; ')))))));
}
