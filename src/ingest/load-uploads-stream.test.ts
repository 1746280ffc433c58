import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scoreLine, unitCode } from '../../test/helpers/large-upload.ts';
import { loadPublishedFixtures } from '../../test/helpers/published-fixtures.ts';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import type { DbClient } from '../db/db-client.ts';
import { INSERT_CHUNK_ROWS } from '../db/replace-table.ts';
import { lockDown } from '../db/lock-down.ts';
import type { LoadedData } from './loaded-data.ts';
import { loadUploads, UPLOAD_ISSUES_PER_CODE, type UploadProgress } from './load-uploads.ts';
import { UnreadableFileError, UploadCancelledError } from './upload-errors.ts';
import { validateInProcess } from './validate-in-process.ts';

const UNITS = 300;
const HEADER = 'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl,total';
const unitsText = [
  'code,name,type,former_district,area_km2,population,population_source',
  ...Array.from(
    { length: UNITS },
    (_, unit) => `${unitCode(unit)},Xã ${String(unit)},xa,"A, B",1.5,,`,
  ),
].join('\n');

/** `rows` score rows over UNITS units; every 50th row uses an unknown code, the last repeats the first. */
function scoresText(rows: number): string {
  const lines = [HEADER];
  for (let row = 0; row < rows; row += 1) {
    const line = scoreLine(row % UNITS, Math.floor(row / UNITS));
    lines.push(row % 50 === 49 ? line.replace(/^\d+/, '99999') : line);
  }
  lines.push(scoreLine(0, 0));
  return `${lines.join('\n')}\n`;
}

let db: DbClient;
let published: LoadedData;

beforeAll(async () => {
  db = await createNodeDb();
  published = await loadPublishedFixtures(db);
  await lockDown(db);
});

beforeEach(async () => {
  await loadPublishedFixtures(db);
});

const count = async (table: string) =>
  Number((await db.query(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
const stagingTables = async () =>
  (await db.query("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%__staging'"))
    .length;

describe('loadUploads, streamed', () => {
  it('inserts batch by batch as rows are validated, reporting every row and the progress', async () => {
    const rows = 3 * INSERT_CHUNK_ROWS + 123;
    const progress: UploadProgress[] = [];
    const next = await loadUploads(
      published,
      [
        { dataset: 'index_scores', name: 'scores.csv', source: new Blob([scoresText(rows)]) },
        { dataset: 'units', name: 'units.csv', source: new Blob([unitsText]) },
      ],
      validateInProcess,
      { onProgress: (step) => progress.push(step) },
    );
    const report = next.reports.find((entry) => entry.dataset === 'index_scores');
    const unknown = Math.floor(rows / 50);
    expect(report).toMatchObject({ rowsRead: rows + 1, rowsLoaded: rows - unknown });
    expect(report?.rowsRejected).toBe(unknown + 1);
    // The repeated first row is a duplicate across batches, rejected with where it first was.
    expect(report?.issues.at(-1)).toMatchObject({
      line: rows + 2,
      code: 'duplicate_key',
      expected: { kind: 'unique', firstLine: 2 },
    });
    expect(await count('index_scores')).toBe(rows - unknown);
    expect(await count('units')).toBe(UNITS);

    const scores = progress.filter((step) => step.dataset === 'index_scores');
    expect(progress[0]).toMatchObject({ dataset: 'units', index: 1, count: 2 });
    expect(scores.at(-1)).toMatchObject({
      index: 2,
      stage: 'replacing',
      rowsRead: rows + 1,
      rowsInserted: rows - unknown,
      bytesRead: scores.at(-1)?.bytesTotal,
    });
    // Rows are inserted while the file is still being read, not after.
    expect(
      scores.some((step) => step.rowsInserted > 0 && step.bytesRead < (step.bytesTotal ?? 0)),
    ).toBe(true);
    for (const step of scores) expect(step.rowsRead).toBe(step.rowsLoaded + step.rowsRejected);
  });

  it('keeps at most UPLOAD_ISSUES_PER_CODE issues of a code, counting the rest', async () => {
    const rows = 60 * (UPLOAD_ISSUES_PER_CODE + 10);
    const next = await loadUploads(
      published,
      [
        { dataset: 'units', name: 'units.csv', source: unitsText },
        { dataset: 'index_scores', name: 'scores.csv', source: scoresText(rows) },
      ],
      validateInProcess,
    );
    const report = next.reports.find((entry) => entry.dataset === 'index_scores');
    const unknown = Math.floor(rows / 50);
    expect(report?.issues.filter((issue) => issue.code === 'unknown_code')).toHaveLength(
      UPLOAD_ISSUES_PER_CODE,
    );
    expect(report?.omittedIssues).toEqual({ unknown_code: unknown - UPLOAD_ISSUES_PER_CODE });
    expect(report?.rowsRejected).toBe(unknown + 1);
  });

  it('changes nothing when cancelled mid-way, and drops the staging tables', async () => {
    const controller = new AbortController();
    const error: unknown = await loadUploads(
      published,
      [
        { dataset: 'units', name: 'units.csv', source: unitsText },
        { dataset: 'index_scores', name: 'scores.csv', source: scoresText(4 * INSERT_CHUNK_ROWS) },
      ],
      validateInProcess,
      {
        signal: controller.signal,
        onProgress: (step) => {
          if (step.dataset === 'index_scores' && step.rowsInserted > 0) controller.abort();
        },
      },
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadCancelledError);
    expect(await count('units')).toBe(7);
    expect(await count('index_scores')).toBe(15);
    expect(await stagingTables()).toBe(0);
  });

  it('refuses a file that is not text, after its first rows were inserted, changing nothing', async () => {
    const text = scoresText(2 * INSERT_CHUNK_ROWS + 50_000);
    const bytes = new TextEncoder().encode(text);
    const damaged = new Uint8Array([...bytes.subarray(0, bytes.length - 10), 0xff, 0x0a]);
    await expect(
      loadUploads(
        published,
        [
          { dataset: 'units', name: 'units.csv', source: unitsText },
          { dataset: 'index_scores', name: 'scores.csv', source: new Blob([damaged]) },
        ],
        validateInProcess,
      ),
    ).rejects.toBeInstanceOf(UnreadableFileError);
    expect(await count('units')).toBe(7);
    expect(await count('index_scores')).toBe(15);
    expect(await stagingTables()).toBe(0);
  });
});
