/**
 * Imports the national portal's 766 files into the project's CSVs under data/, so that
 * `npm run build` publishes a site of real figures. The same pure modules as the Data page:
 * batches (API responses by the period their names suggest; crawler snapshots), the importer,
 * the match to the units already in data/units.csv (same province; else the files' own
 * communes), then every written file checked by the shared validator.
 *
 *   npm run data:import -- [--period 2026-08] [--date 2026-09-26] [--out data] FILES…
 *
 * --period  the period of the API responses (YYYY-MM, YYYY-Qn or YYYY); default: the one their
 *           names and --date suggest (the month before --date for `…-month-…` files).
 * --date    the day the responses were taken (YYYY-MM-DD); default: each file's modification day.
 * --out     the folder to write (default: data/).
 * Crawler snapshots carry their own period and day. Dossiers and petitions are written empty
 * (their codes belong to the sample), and data/source.json marks the data as not synthetic.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../src/data/parse-csv.ts';
import { parsePointKey } from '../src/data/report-point.ts';
import { DATASET_SPECS, UNIT_TYPES, unitsSpec } from '../src/data/schema.ts';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { describeIssue } from '../src/data/validation-issue.ts';
import type { PortalFile } from '../src/ingest/portal/import-portal-files.ts';
import type { ReferenceUnit } from '../src/ingest/portal/match-reference-units.ts';
import {
  importPortalBatches,
  localDay,
  portalBatches,
  suggestedPeriod,
} from '../src/ingest/portal/portal-batches.ts';
import { portalDatasets } from '../src/ingest/portal/portal-datasets.ts';
import type { PortalPeriod } from '../src/ingest/portal/portal-import-types.ts';
import { portalMatchTableCsv } from '../src/ingest/portal/portal-match-table.ts';

interface Options {
  readonly period: string | null;
  readonly date: string | null;
  readonly out: string;
  readonly files: readonly string[];
}

function parseArgs(argv: readonly string[]): Options {
  let period: string | null = null;
  let date: string | null = null;
  let out = 'data';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--period') period = value();
    else if (arg === '--date') date = value();
    else if (arg === '--out') out = value();
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (period !== null && parsePointKey(period)?.snapshot !== null) {
    throw new Error(`--period ${period}: expected YYYY-MM, YYYY-Qn or YYYY`);
  }
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new Error(`--date ${date}: expected YYYY-MM-DD`);
  }
  if (files.length === 0) throw new Error('no file given');
  return { period, date, out, files };
}

function referenceUnits(folder: string): ReferenceUnit[] {
  const file = path.join(folder, 'units.csv');
  if (!existsSync(file)) return [];
  const result = validateDataset(unitsSpec, 'units.csv', parseCsv(readFileSync(file, 'utf8')));
  return result.rows.flatMap((row) => {
    const type = UNIT_TYPES.find((candidate) => candidate === row.type);
    if (type === undefined) return [];
    const province = typeof row.province === 'string' ? row.province : null;
    return [{ code: String(row.code), name: String(row.name), type, province }];
  });
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const files: PortalFile[] = options.files.map((file) => ({
    name: path.basename(file),
    text: readFileSync(file, 'utf8'),
  }));
  const batches = portalBatches(files);
  const periods: Record<string, PortalPeriod> = {};
  for (const batch of batches.filter((entry) => entry.needsPeriod)) {
    const times = options.files
      .filter((file) => batch.files.includes(path.basename(file)))
      .map((file) => statSync(file).mtimeMs);
    const snapshotDate = options.date ?? localDay(Math.max(...times));
    const chosen = options.period === null ? null : parsePointKey(options.period);
    const periodType = chosen?.periodType ?? batch.hint ?? 'month';
    const period = chosen?.period ?? suggestedPeriod(periodType, snapshotDate);
    periods[batch.key] = { periodType, period, snapshotDate };
    console.log(`${batch.files.join(', ')}: ${periodType} ${period}, taken ${snapshotDate}`);
  }
  const out = path.resolve(options.out);
  const datasets = portalDatasets(
    importPortalBatches(files, batches, periods),
    referenceUnits(out),
  );

  const statuses = new Map<string, number>();
  for (const unit of datasets.units) {
    statuses.set(unit.outcome.status, (statuses.get(unit.outcome.status) ?? 0) + 1);
  }
  console.log(
    `${datasets.province ?? 'unknown province'} (${datasets.mode}): ` +
      [...statuses].map(([status, count]) => `${String(count)} ${status}`).join(', ') +
      `; ${String(datasets.withoutScore.length)} reference units without a score`,
  );
  for (const issue of datasets.issues.slice(0, 30)) {
    console.log(
      `  ${issue.severity} ${issue.file} ${issue.path} ${issue.unit ?? ''}: ${issue.reason} ${issue.detail ?? ''}`,
    );
  }
  if (datasets.issues.length > 30) console.log(`  … ${String(datasets.issues.length - 30)} more`);
  if (datasets.rows.index_scores === 0) {
    console.error('import-portal: no score row to write; nothing changed.');
    process.exit(1);
  }

  const written: Record<string, string> = {
    'index_scores.csv': datasets.csv.index_scores ?? '',
    'index_metrics.csv':
      datasets.csv.index_metrics ??
      `${DATASET_SPECS.index_metrics.columns.map((c) => c.name).join(',')}\n`,
    'dossiers.csv': `${DATASET_SPECS.dossiers.columns.map((c) => c.name).join(',')}\n`,
    'petitions.csv': `${DATASET_SPECS.petitions.columns.map((c) => c.name).join(',')}\n`,
  };
  if (datasets.csv.units !== undefined) written['units.csv'] = datasets.csv.units;
  // Check what is written with the validator the build uses: a rejected row fails here, not later.
  const known = new Set<string>();
  const unitsText = written['units.csv'] ?? readFileSync(path.join(out, 'units.csv'), 'utf8');
  for (const row of validateDataset(unitsSpec, 'units.csv', parseCsv(unitsText)).rows) {
    known.add(String(row.code));
  }
  for (const [file, spec] of [
    ['index_scores.csv', DATASET_SPECS.index_scores],
    ['index_metrics.csv', DATASET_SPECS.index_metrics],
  ] as const) {
    const result = validateDataset(spec, file, parseCsv(written[file] ?? ''), {
      knownCodes: known,
    });
    console.log(
      `${file}: ${String(result.rowsRead)} read = ${String(result.rowsLoaded)} loaded + ${String(result.rowsRejected)} rejected`,
    );
    for (const issue of result.issues.slice(0, 10)) console.log(`  ${describeIssue(issue)}`);
  }
  mkdirSync(out, { recursive: true });
  for (const [file, text] of Object.entries(written)) {
    writeFileSync(path.join(out, file), text.replace(/^\uFEFF/, ''));
  }
  writeFileSync(
    path.join(out, 'portal-match-table.csv'),
    portalMatchTableCsv(datasets).replace(/^\uFEFF/, ''),
  );
  writeFileSync(
    path.join(out, 'source.json'),
    `${JSON.stringify(
      {
        synthetic: false,
        source: 'Cổng Dịch vụ công quốc gia (dichvucong.gov.vn), chỉ số 766',
        province: datasets.province,
        files: files.map((file) => file.name),
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `wrote ${Object.keys(written).join(', ')}, portal-match-table.csv, source.json to ${out}`,
  );
}

try {
  main();
} catch (error) {
  console.error(`import-portal: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
