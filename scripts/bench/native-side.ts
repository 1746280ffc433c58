import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DATASET_ORDER,
  DATASET_SPECS,
  sqlTypeOf,
  type DatasetSpec,
} from '../../src/data/schema.ts';
import type { DbClient } from '../../src/db/db-client.ts';
import { quoteIdentifier } from '../../src/db/identifiers.ts';
import { rebuildScorePoints } from '../../src/db/score-points.ts';
import { measureCases, type CaseResult } from './national-cases.ts';
import {
  createTextHash,
  nationalScoreChunks,
  nationalUnitsCsv,
  SCORE_COLUMNS,
  UNIT_COLUMNS,
} from './national-data.ts';
import { explainCases, type CasePlans } from './national-page-result.ts';
import { createNativeDb } from './native-db-client.ts';

export interface NativeFigures {
  readonly version: string;
  /** Hash of the index-scores text, to compare with the page's. */
  readonly hash: string;
  readonly bytes: number;
  /** `read_csv` of both files into the app's typed tables, ms, the first run included. */
  readonly loads: readonly number[];
  readonly rows: number;
  readonly cases: readonly CaseResult[];
  readonly plans: readonly CasePlans[];
}

/** The same generated text as the page's, written to files for the native CSV reader. */
function writeFiles(dir: string) {
  const unitsPath = path.join(dir, 'units.csv');
  const scoresPath = path.join(dir, 'index-scores.csv');
  writeFileSync(unitsPath, nationalUnitsCsv());
  const hash = createTextHash();
  let bytes = 0;
  const fd = openSync(scoresPath, 'w');
  try {
    for (const chunk of nationalScoreChunks()) {
      hash.update(chunk);
      bytes += writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  return { unitsPath, scoresPath, hash: hash.digest(), bytes };
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The app's DDL (`stageTables`): every dataset's table with its explicit column types. */
async function createTables(db: DbClient): Promise<void> {
  for (const id of DATASET_ORDER) {
    const spec = DATASET_SPECS[id];
    const columns = spec.columns.map(
      (column) => `${quoteIdentifier(column.name)} ${sqlTypeOf(column.kind)}`,
    );
    await db.query(`CREATE OR REPLACE TABLE ${quoteIdentifier(id)} (${columns.join(', ')})`);
  }
}

/** Reads one file with the column types of the table it fills (columns absent stay null). */
async function insertCsv(
  db: DbClient,
  spec: DatasetSpec,
  file: string,
  header: readonly string[],
): Promise<void> {
  const types = header.map((name) => {
    const column = spec.columns.find((candidate) => candidate.name === name);
    if (column === undefined) throw new Error(`${spec.id}: no column ${name}`);
    return `${literal(name)}: ${literal(sqlTypeOf(column.kind))}`;
  });
  await db.query(
    `INSERT INTO ${quoteIdentifier(spec.id)} BY NAME
     SELECT * FROM read_csv(${literal(file)}, header = true, delim = ',', quote = '"',
       columns = {${types.join(', ')}})`,
  );
}

/**
 * Native DuckDB on the same data and the same question functions: generates the page's text
 * again (same seed), loads it with the native CSV reader into the app's typed tables, then
 * times every case exactly as the page does.
 */
export async function runNativeSide(
  runs: number,
  loadRuns: number,
  profile: boolean,
): Promise<NativeFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'commune-scorecard-native-'));
  const native = await createNativeDb();
  try {
    const files = writeFiles(dir);
    const loads: number[] = [];
    for (let i = 0; i <= loadRuns; i += 1) {
      const started = performance.now();
      await createTables(native.db);
      await insertCsv(native.db, DATASET_SPECS.units, files.unitsPath, UNIT_COLUMNS);
      await insertCsv(native.db, DATASET_SPECS.index_scores, files.scoresPath, SCORE_COLUMNS);
      // As the page's loader does after replacing the scores (`replace-table.ts`).
      await rebuildScorePoints(native.db);
      loads.push(performance.now() - started);
    }
    const counted = await native.db.query('SELECT count(*) AS n FROM index_scores');
    const rows = Number(counted[0]?.n ?? Number.NaN);
    const cases = await measureCases(native.db, runs);
    return {
      version: native.version,
      hash: files.hash,
      bytes: files.bytes,
      loads,
      rows,
      cases,
      plans: profile ? await explainCases(native.db, cases) : [],
    };
  } finally {
    native.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
