import { DATASET_ORDER, type DatasetId } from '../../src/data/schema.ts';
import { openBrowserDb } from '../../src/db/duckdb.ts';
import { lockDown } from '../../src/db/lock-down.ts';
import type { LoadedData } from '../../src/ingest/loaded-data.ts';
import { loadUploads, type Upload } from '../../src/ingest/load-uploads.ts';
import { validateInWorker } from '../../src/ingest/validate-in-worker.ts';
import { measureCases } from './national-cases.ts';
import {
  createTextHash,
  NATIONAL_ROWS,
  NATIONAL_UNITS,
  nationalScoreChunks,
  nationalUnitsCsv,
} from './national-data.ts';
import { explainCases, type NationalPageResult } from './national-page-result.ts';

// The bench page (built only by scripts/bench-national.ts, never into the site): the data is
// generated here, handed to the Data page's loader as files, and the app's questions are timed
// on the page's own engine. Results go to `#result` as JSON; `data-status` says when.

const search = new URLSearchParams(location.search);
const runs = Number(search.get('runs') ?? 7);
const loadRuns = Number(search.get('loadRuns') ?? 5);
const profile = search.get('profile') === '1';

const log = (line: string) => {
  console.log(`[bench page] ${line}`);
  const progress = document.getElementById('progress');
  if (progress !== null) progress.textContent += `${line}\n`;
};

/** An engine with no table yet: a new units file replaces every dataset, as on the Data page. */
function emptyData(db: LoadedData['db']): LoadedData {
  const origins = Object.fromEntries(DATASET_ORDER.map((id) => [id, 'cleared'])) as Record<
    DatasetId,
    'cleared'
  >;
  return {
    db,
    version: 'bench',
    synthetic: false,
    reports: [],
    origins,
    published: { version: 'bench', synthetic: false, datasets: [] },
    uploads: [],
    restore: null,
  };
}

async function run(): Promise<NationalPageResult> {
  const generated = performance.now();
  const unitsText = nationalUnitsCsv();
  const chunks = [...nationalScoreChunks()];
  const generationMs = performance.now() - generated;
  const hash = createTextHash();
  for (const chunk of chunks) hash.update(chunk);
  const units = new File([unitsText], 'units.csv', { type: 'text/csv' });
  const scores = new File(chunks, 'index-scores.csv', { type: 'text/csv' });
  chunks.length = 0;
  log(
    `generated ${String(NATIONAL_ROWS)} rows (${String(scores.size)} bytes) in ${generationMs.toFixed(0)} ms`,
  );

  const started = performance.now();
  const db = await openBrowserDb();
  const engineMs = performance.now() - started;
  // As in the app: uploads come after the published data is loaded and the engine locked down.
  await lockDown(db);
  const uploads: Upload[] = [
    { dataset: 'units', name: units.name, source: units },
    { dataset: 'index_scores', name: scores.name, source: scores },
  ];
  let current = emptyData(db);
  const loads: number[] = [];
  let rowsLoaded = 0;
  for (let i = 0; i <= loadRuns; i += 1) {
    const loadStarted = performance.now();
    current = await loadUploads(current, uploads, validateInWorker);
    loads.push(performance.now() - loadStarted);
    const report = current.reports.find((entry) => entry.dataset === 'index_scores');
    rowsLoaded = report?.rowsLoaded ?? 0;
    if (rowsLoaded !== NATIONAL_ROWS || report?.rowsRejected !== 0) {
      throw new Error(`loaded ${String(rowsLoaded)} of ${String(NATIONAL_ROWS)} rows`);
    }
    log(`load ${String(i + 1)}: ${(loads.at(-1) ?? 0).toFixed(0)} ms`);
  }

  const cases = await measureCases(current.db, runs);
  for (const result of cases)
    log(`${result.label}: ${result.samples.map((ms) => ms.toFixed(1)).join(' ')}`);
  return {
    userAgent: navigator.userAgent,
    generation: {
      ms: generationMs,
      units: NATIONAL_UNITS,
      rows: NATIONAL_ROWS,
      bytes: scores.size,
      hash: hash.digest(),
    },
    engineMs,
    loads,
    rowsLoaded,
    cases,
    plans: profile ? await explainCases(current.db, cases) : [],
  };
}

const output = document.getElementById('result');
run().then(
  (result) => {
    if (output === null) return;
    output.textContent = JSON.stringify(result);
    output.dataset.status = 'done';
  },
  (error: unknown) => {
    if (output === null) return;
    output.textContent = error instanceof Error ? (error.stack ?? error.message) : String(error);
    output.dataset.status = 'failed';
  },
);
