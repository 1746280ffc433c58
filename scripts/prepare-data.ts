/**
 * Build-time data preparation: validates every dataset in data/ with the same validator the
 * browser uses, fails on any rejected row, and publishes the files with a manifest (content
 * hashes, row counts) to public/data/, where the static site fetches them. Each published file
 * starts with a UTF-8 BOM (so a spreadsheet reads the Vietnamese correctly) and a synthetic
 * dataset carries a last `ghi_chu` column saying so on its first row (`publishedCsv`); the validator
 * ignores columns it does not know, so the page and a user re-uploading the file read the same
 * rows. What is published is validated, not only the source.
 *
 *   npx tsx scripts/prepare-data.ts [--check]
 *
 * --check writes nothing and fails when public/data/ is not what this script would write.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { publishedCsv } from '../src/data/published-csv.ts';
import { parseCsv } from '../src/data/parse-csv.ts';
import { DATASET_ORDER, DATASET_SPECS, type DatasetId } from '../src/data/schema.ts';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { describeIssue } from '../src/data/validation-issue.ts';

const root = path.resolve(import.meta.dirname, '..');
const sourceDir = path.join(root, 'data');
const outputDir = path.join(root, 'public', 'data');
const check = process.argv.includes('--check');

// index_scores, dossiers and petitions in data/ are written by scripts/generate-sample.ts;
// `npm run data:import` writes the portal's real figures instead, with data/source.json saying so.
const sourceFile = path.join(sourceDir, 'source.json');
const SYNTHETIC = !(
  existsSync(sourceFile) &&
  (JSON.parse(readFileSync(sourceFile, 'utf8')) as { synthetic?: unknown }).synthetic === false
);

// The published units list is the real one; the other datasets are the seeded sample.
const SAMPLE_DATASETS: ReadonlySet<DatasetId> = new Set(
  SYNTHETIC ? ['index_scores', 'index_metrics', 'dossiers', 'petitions'] : [],
);
const SYNTHETIC_NOTE =
  'Dữ liệu mẫu (tổng hợp), không phải số liệu chính thức / Synthetic sample data, not official figures';

const FILES: Readonly<Record<DatasetId, string>> = {
  units: 'units.csv',
  index_scores: 'index_scores.csv',
  index_metrics: 'index_metrics.csv',
  dossiers: 'dossiers.csv',
  petitions: 'petitions.csv',
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let knownCodes: ReadonlySet<string> | undefined;
let failed = false;
const outputs = new Map<string, string>();
const entries = [];

for (const id of DATASET_ORDER) {
  const file = FILES[id];
  const source = readFileSync(path.join(sourceDir, file), 'utf8');
  const text = publishedCsv(source, SAMPLE_DATASETS.has(id) ? SYNTHETIC_NOTE : undefined);
  const result = validateDataset(DATASET_SPECS[id], file, parseCsv(text), { knownCodes });
  if (id === 'units') knownCodes = new Set(result.rows.map((row) => String(row.code)));
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  const warnings = result.issues.filter((issue) => issue.severity === 'warning');
  console.log(
    `${file}: ${result.rowsRead} read = ${result.rowsLoaded} loaded + ${result.rowsRejected} rejected` +
      (warnings.length > 0 ? `; ${warnings.length} warnings` : ''),
  );
  for (const issue of [...errors, ...warnings].slice(0, 20))
    console.log(`  ${describeIssue(issue)}`);
  if (errors.length > 0) failed = true;
  outputs.set(file, text);
  entries.push({ id, file, rows: result.rowsRead, sha256: sha256(text) });
}

if (failed) {
  console.error('prepare-data: rejected rows in data/; fix them before building.');
  process.exit(1);
}

const version = sha256(entries.map((entry) => entry.sha256).join('\n')).slice(0, 16);
const manifest = { version, synthetic: SYNTHETIC, datasets: entries };
outputs.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

if (check) {
  const stale = [...outputs].filter(([file, text]) => {
    const target = path.join(outputDir, file);
    return !existsSync(target) || readFileSync(target, 'utf8') !== text;
  });
  if (stale.length > 0) {
    console.error(`prepare-data --check: out of date: ${stale.map(([file]) => file).join(', ')}`);
    process.exit(1);
  }
  console.log(`public/data is up to date (version ${version}).`);
} else {
  mkdirSync(outputDir, { recursive: true });
  for (const [file, text] of outputs) writeFileSync(path.join(outputDir, file), text);
  console.log(`wrote public/data (version ${version}).`);
}
