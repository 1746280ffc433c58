/**
 * Performance benchmark (never timed assertions in tests: machines are shared and noisy).
 *   npm run bench            Node engine figures, then the built site in Chromium
 *   BENCH_RUNS=9 npm run bench
 * Prints medians (and min–max) and ratios. Uses dist/ (E2E_DIST to change), building it if
 * missing; skips the browser part when Chromium is not installed.
 *
 * Large uploads: national-scale files (3,321 units and 100 k, 1 M and 2 M daily index rows, up
 * to 138 MB) are generated in a temporary folder, deleted afterwards, and loaded end to end:
 * in Node through the same streaming validator and Arrow inserts (`validateInProcess`), and in
 * Chromium through the page's real file input, worker and engine. BENCH_UPLOAD_RUNS (default
 * 3) runs per size; BENCH_UPLOAD_ROWS=100000,1000000 to change the sizes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCsvDataset } from '../test/helpers/load-csv-dataset.ts';
import { parseCsv } from '../src/data/parse-csv.ts';
import { DATASET_ORDER, DATASET_SPECS, petitionsSpec } from '../src/data/schema.ts';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { getRanking } from '../src/db/queries/get-ranking.ts';
import { createNodeDb } from '../test/helpers/node-db.ts';
import { loadUploads } from '../src/ingest/load-uploads.ts';
import type { LoadedData } from '../src/ingest/loaded-data.ts';
import { validateInProcess } from '../src/ingest/validate-in-process.ts';
import { writeLargeUpload, type LargeUpload } from '../test/helpers/large-upload.ts';
import { DIST_DIR } from '../test/e2e/dist-dir.ts';
import { CHROMIUM_PATH, launchChromium } from '../test/e2e/launch-chromium.ts';
import { serveStatic } from '../test/e2e/static-server.ts';
import { benchNationalScale } from './bench-national.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const UPLOAD_RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 3);
const UPLOAD_ROWS = (process.env.BENCH_UPLOAD_ROWS ?? '100000,1000000,2000000')
  .split(',')
  .map(Number);
const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, 'data', file), 'utf8');

interface Stat {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

function stat(samples: readonly number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

async function measure(runs: number, task: () => Promise<unknown>): Promise<Stat> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return stat(samples);
}

const rows: [string, Stat, string][] = [];
const show = (label: string, value: Stat, unit = 'ms', runs = RUNS) => {
  rows.push([label, value, unit]);
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  console.log(
    `${label.padEnd(58)} median ${f(value.median).padStart(8)} ${unit}  (${f(value.min)}–${f(value.max)}, n=${runs})`,
  );
};
/** A large upload's times, and its throughput at the median time. */
const showUpload = (label: string, files: LargeUpload, samples: readonly number[]) => {
  const value = stat(samples);
  show(label, value, 'ms', samples.length);
  const rate = (ms: number) => Math.round(((files.rows + files.units) / ms) * 1000);
  console.log(
    `${''.padEnd(58)} ${rate(value.median).toLocaleString('en').padStart(15)} rows/s  (${rate(value.max).toLocaleString('en')}–${rate(value.min).toLocaleString('en')}; ${(files.bytes / 1e6).toFixed(1)} MB)`,
  );
};

const uploadDir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-bench-'));
process.on('exit', () => {
  rmSync(uploadDir, { recursive: true, force: true });
});
const uploads: LargeUpload[] = [];
for (const count of UPLOAD_ROWS) uploads.push(await writeLargeUpload(uploadDir, count));

console.log(`# Engine (Node, duckdb-wasm ${RUNS} runs each)\n`);
const texts = Object.fromEntries(DATASET_ORDER.map((id) => [id, read(`${id}.csv`)]));
show(
  'parse + validate all 4 sample files (15,134 rows)',
  await measure(RUNS, () => {
    for (const id of DATASET_ORDER)
      validateDataset(DATASET_SPECS[id], id, parseCsv(texts[id] ?? ''));
    return Promise.resolve();
  }),
);

const db = await createNodeDb();
const loadAll = async () => {
  for (const id of DATASET_ORDER) await loadCsvDataset(db, DATASET_SPECS[id], id, texts[id] ?? '');
};
show('load all 4 files (parse, validate, bulk insert)', await measure(RUNS, loadAll));

const petitions = validateDataset(petitionsSpec, 'p', parseCsv(texts.petitions ?? '')).rows;
const bulk = await measure(RUNS, async () => {
  await loadCsvDataset(db, petitionsSpec, 'p', texts.petitions ?? '');
});
// The alternative the loader avoids: one bound parameter per value, 500 rows per statement.
const perValue = await measure(Math.min(RUNS, 3), async () => {
  await db.query('CREATE OR REPLACE TABLE petitions_alt AS SELECT * FROM petitions LIMIT 0');
  const columns = petitionsSpec.columns.map((column) => column.name);
  for (let start = 0; start < petitions.length; start += 500) {
    const batch = petitions.slice(start, start + 500);
    const placeholders = batch.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await db.query(
      `INSERT INTO petitions_alt VALUES ${placeholders}`,
      batch.flatMap((row) => columns.map((column) => row[column] ?? null)),
    );
  }
});
show('petitions (12,032 rows): parse+validate+bulk insert', bulk);
show('petitions: same rows, one bound ? per value (alternative)', perValue);
console.log(`  ratio alternative / bulk: ${(perValue.median / bulk.median).toFixed(1)}×`);

await loadAll();
await getRanking(db, { period: '2026-10', metric: 'total' });
show(
  'ranking query, 94 units, one month (warm)',
  await measure(RUNS * 4, () => getRanking(db, { period: '2026-10', metric: 'total' })),
);

console.log(
  `\n# Large uploads in Node: read from disk, decode, parse, validate, Arrow insert, swap (${String(UPLOAD_RUNS)} runs each)\n`,
);
const current: LoadedData = {
  db,
  version: 'bench',
  synthetic: true,
  reports: [],
  origins: {
    units: 'published',
    index_scores: 'published',
    index_metrics: 'published',
    dossiers: 'published',
    petitions: 'published',
  },
  published: { version: 'bench', synthetic: true, datasets: [] },
  uploads: [],
  restore: null,
};
for (const files of uploads) {
  const samples: number[] = [];
  for (let run = 0; run < UPLOAD_RUNS; run += 1) {
    const started = performance.now();
    const next = await loadUploads(
      current,
      [
        { dataset: 'units', name: 'units.csv', source: await openAsBlob(files.unitsPath) },
        { dataset: 'index_scores', name: 'scores.csv', source: await openAsBlob(files.scoresPath) },
      ],
      validateInProcess,
    );
    samples.push(performance.now() - started);
    const loaded = next.reports.find((report) => report.dataset === 'index_scores')?.rowsLoaded;
    if (loaded !== files.rows) throw new Error(`loaded ${String(loaded)} of ${String(files.rows)}`);
  }
  showUpload(`upload ${files.rows.toLocaleString('en')} index rows + units (Node)`, files, samples);
}

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`\nChromium not found at ${CHROMIUM_PATH}: browser part skipped.`);
  process.exit(0);
}
if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST_DIR], {
    cwd: root,
    stdio: 'inherit',
  });
}

console.log(`\n# Built site in Chromium (${RUNS} fresh profiles, served from 127.0.0.1)\n`);
const server = await serveStatic(DIST_DIR);
const firstChart: number[] = [];
const engineReady: number[] = [];
const dataLoaded: number[] = [];
const monthSwitch: number[] = [];
let bytes = 0;
let wasmBytes = 0;
for (let run = 0; run < RUNS; run += 1) {
  server.bytesByPath.clear();
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const started = performance.now();
    await page.goto(server.url);
    await page
      .getByTestId('ranking-table')
      .locator('tbody tr')
      .first()
      .waitFor({ timeout: 90_000 });
    await page.getByTestId('ranking-chart').locator('canvas').waitFor();
    firstChart.push(performance.now() - started);
    const marks = await page.evaluate(() =>
      ['engine-ready', 'data-loaded'].map(
        (name) => performance.getEntriesByName(`commune-scorecard:${name}`)[0]?.startTime ?? NaN,
      ),
    );
    engineReady.push(marks[0] ?? Number.NaN);
    dataLoaded.push(marks[1] ?? Number.NaN);
    const switchStarted = performance.now();
    await page.getByLabel('Tháng', { exact: true }).selectOption('2025-07');
    await page.waitForFunction(() =>
      (document.querySelector('[data-testid="ranking-summary"]')?.textContent ?? '').includes(
        '7/2025',
      ),
    );
    monthSwitch.push(performance.now() - switchStarted);
    bytes = [...server.bytesByPath.values()].reduce((sum, size) => sum + size, 0);
    wasmBytes = [...server.bytesByPath]
      .filter(([file]) => file.endsWith('.wasm'))
      .reduce((sum, [, size]) => sum + size, 0);
  } finally {
    await browser.close();
  }
}
await server.close();
show('navigation → ranking chart and 94-row table on screen', stat(firstChart));
show('navigation → DuckDB engine ready (performance mark)', stat(engineReady));
show('navigation → 4 datasets validated and loaded (mark)', stat(dataLoaded));
show('month switch → new ranking rendered', stat(monthSwitch));
console.log(
  `bytes served per cold load: ${(bytes / 1e6).toFixed(1)} MB (wasm ${(wasmBytes / 1e6).toFixed(1)} MB, uncompressed: a real host compresses it)`,
);
console.log(
  `ratio first chart / engine ready: ${(stat(firstChart).median / stat(engineReady).median).toFixed(2)}`,
);

console.log(
  `\n# Large uploads in Chromium: the page's file input → worker → engine, until "loaded" (${String(UPLOAD_RUNS)} fresh profiles each)\n`,
);
const uploadServer = await serveStatic(DIST_DIR);
for (const files of uploads) {
  const samples: number[] = [];
  for (let run = 0; run < UPLOAD_RUNS; run += 1) {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${uploadServer.url}?view=data`);
      await page.getByTestId('datasets-table').waitFor({ timeout: 90_000 });
      await page.getByTestId('upload-input').setInputFiles([files.unitsPath, files.scoresPath]);
      const load = page.getByRole('button', { name: 'Kiểm tra và nạp' });
      await load.waitFor();
      while (!(await load.isEnabled())) await page.waitForTimeout(20);
      const started = performance.now();
      await load.click();
      const done = page.getByTestId('upload-done');
      await done.waitFor({ timeout: 180_000 });
      samples.push(performance.now() - started);
      const text = (await done.textContent()) ?? '';
      if (!text.includes(files.rows.toLocaleString('vi-VN'))) throw new Error(`upload: ${text}`);
    } finally {
      await browser.close();
    }
  }
  showUpload(
    `upload ${files.rows.toLocaleString('en')} index rows + units (Chromium)`,
    files,
    samples,
  );
}
await uploadServer.close();

await benchNationalScale();
