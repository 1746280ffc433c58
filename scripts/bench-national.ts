/**
 * National scale (3,321 units × 365 daily snapshots, 1,212,165 index rows), browser against
 * native, in one run:
 *   npx tsx scripts/bench-national.ts      (also the last part of `npm run bench`)
 *   BENCH_RUNS=9 BENCH_NATIONAL_LOAD_RUNS=3 BENCH_PROFILE=1 npx tsx scripts/bench-national.ts
 * A bench-only page (scripts/bench/national-scale.html, built into a temporary folder, never
 * into dist/) generates the files in Chromium, loads them through the Data page's loader
 * (`loadUploads` + `validateInWorker`) and times the app's questions on duckdb-wasm; Node then
 * generates the same bytes, loads them into the same typed tables of native DuckDB
 * (`@duckdb/node-api`, the same engine version) and times the same question functions. Medians
 * of BENCH_RUNS (≥ 5, default 7) runs after one warm-up, with min–max; the targets (≤ 150 ms,
 * ≤ 3× native) are reported, never enforced. Figures go to `.bench/national-scale.json`;
 * BENCH_PROFILE=1 also writes every statement's `EXPLAIN ANALYZE` on both engines to
 * `.bench/national-scale-plans.txt`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../test/e2e/launch-chromium.ts';
import { stat, type Stat } from './bench/national-cases.ts';
import {
  compareCase,
  ms,
  plansText,
  printQueryTable,
  range,
  TARGET_MS,
  TARGET_RATIO,
  type QueryFigures,
} from './bench/national-report.ts';
import { runBenchPage } from './bench/run-bench-page.ts';
import { runNativeSide } from './bench/native-side.ts';

const root = path.resolve(import.meta.dirname, '..');

export interface LoadFigures {
  /** The first load (cold: worker and engine code not yet warm). */
  readonly first: number;
  /** The loads after it. */
  readonly warm: Stat;
  readonly samples: readonly number[];
}

export interface NationalScaleFigures {
  readonly measuredAt: string;
  readonly machine: { readonly cpus: number; readonly node: string; readonly chromium: string };
  readonly nativeVersion: string;
  readonly runs: number;
  readonly targets: { readonly ms: number; readonly ratio: number };
  readonly data: {
    readonly units: number;
    readonly rows: number;
    readonly bytes: number;
    readonly generationMs: number;
    readonly hash: string;
    /** Node generated the very same text and loaded as many rows. */
    readonly sameInNode: boolean;
  };
  readonly engineStartMs: number;
  /** wasm: `loadUploads` + `validateInWorker`; native: `read_csv` into the same tables. */
  readonly load: { readonly wasm: LoadFigures; readonly native: LoadFigures };
  readonly queries: readonly QueryFigures[];
}

const loadFigures = (loads: readonly number[]): LoadFigures => ({
  first: loads[0] ?? Number.NaN,
  warm: stat(loads.slice(1)),
  samples: loads,
});

/**
 * Runs the national-scale comparison (see the file comment), prints it and writes its figures;
 * returns them, or null when Chromium is not installed (CHROMIUM_PATH, default /usr/bin/chromium).
 */
export async function benchNationalScale(): Promise<NationalScaleFigures | null> {
  const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
  const loadRuns = Math.max(1, Number(process.env.BENCH_NATIONAL_LOAD_RUNS ?? 5));
  const profile = process.env.BENCH_PROFILE === '1';
  console.log(
    `\n# National scale: 3,321 units × 365 daily snapshots, duckdb-wasm in Chromium vs native DuckDB (${String(runs)} runs each)\n`,
  );
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`Chromium not found at ${CHROMIUM_PATH}: national-scale part skipped.`);
    return null;
  }
  console.log('Chromium, bench page:');
  const page = await runBenchPage(runs, loadRuns, profile);
  console.log('Node, native DuckDB: the same data and questions…');
  const native = await runNativeSide(runs, loadRuns, profile);
  const queries = page.cases.map((wasm) =>
    compareCase(
      wasm,
      native.cases.find((other) => other.id === wasm.id),
    ),
  );
  const figures: NationalScaleFigures = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, chromium: page.userAgent },
    nativeVersion: native.version,
    runs,
    targets: { ms: TARGET_MS, ratio: TARGET_RATIO },
    data: {
      units: page.generation.units,
      rows: page.rowsLoaded,
      bytes: page.generation.bytes,
      generationMs: page.generation.ms,
      hash: page.generation.hash,
      sameInNode: page.generation.hash === native.hash && page.rowsLoaded === native.rows,
    },
    engineStartMs: page.engineMs,
    load: { wasm: loadFigures(page.loads), native: loadFigures(native.loads) },
    queries,
  };
  printFigures(figures, loadRuns);
  mkdirSync(path.join(root, '.bench'), { recursive: true });
  const out = path.join(root, '.bench', 'national-scale.json');
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  if (profile) {
    writeFileSync(
      path.join(root, '.bench', 'national-scale-plans.txt'),
      plansText(page.plans, native.plans),
    );
  }
  console.log(`\nFigures written to ${path.relative(root, out)}${profile ? ' (and plans)' : ''}.`);
  return figures;
}

function printFigures(figures: NationalScaleFigures, loadRuns: number): void {
  const { data, load } = figures;
  const chromium = /Chrome\/\S+/.exec(figures.machine.chromium)?.[0] ?? 'Chromium';
  console.log(
    `\nData: ${data.rows.toLocaleString('en')} index rows + ${data.units.toLocaleString('en')} units, ${(data.bytes / 1e6).toFixed(1)} MB, generated in the page in ${ms(data.generationMs)} ms; the same bytes and rows in Node: ${data.sameInNode ? 'yes' : 'NO'}.`,
  );
  console.log(
    `Engines: duckdb-wasm in ${chromium} (engine start ${ms(figures.engineStartMs)} ms) vs native DuckDB ${figures.nativeVersion}, ${String(figures.machine.cpus)} cores.`,
  );
  const rate = Math.round((data.rows / load.wasm.warm.median) * 1000).toLocaleString('en');
  console.log(
    `Load, loadUploads + validateInWorker (Chromium): first ${ms(load.wasm.first)} ms, then ${range(load.wasm.warm)} ms (n=${String(loadRuns)}), ${rate} rows/s.`,
  );
  console.log(
    `Load, native read_csv into the same typed tables (reference only: no validation): first ${ms(load.native.first)} ms, then ${range(load.native.warm)} ms.`,
  );
  printQueryTable(figures.queries, figures.runs);
}

const invoked = process.argv[1];
if (invoked !== undefined && path.resolve(invoked) === fileURLToPath(import.meta.url)) {
  await benchNationalScale();
}
