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
import { benchSite } from './bench/site-timings.ts';
import { stat, type Stat } from './bench/national-cases.ts';
import { benchNationalScale } from './bench-national.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const UPLOAD_RUNS = Number(process.env.BENCH_UPLOAD_RUNS ?? 3);
/** Fresh profiles on the emulated slow link (each waits for the 7.8 MB engine at 1.6 Mbps). */
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 5);
const UPLOAD_ROWS = (process.env.BENCH_UPLOAD_ROWS ?? '100000,1000000,2000000')
  .split(',')
  .map(Number);
const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, 'data', file), 'utf8');

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
  // The published data and the build's answers first, as `npm run build` does.
  execFileSync('npm', ['run', '--silent', 'data:prepare'], { cwd: root, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST_DIR], {
    cwd: root,
    stdio: 'inherit',
  });
}

await benchSite(RUNS, SLOW_RUNS);

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
