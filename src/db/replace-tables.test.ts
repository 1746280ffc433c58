import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import { indexScoresSpec, petitionsSpec, type ValidRow } from '../data/schema.ts';
import type { DbClient } from './db-client.ts';
import { INSERT_CHUNK_ROWS, replaceTable, replaceTables } from './replace-table.ts';

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
});

const petition = (index: number): ValidRow => ({
  code: String(index % 100000).padStart(5, '0'),
  month: `20${String(10 + Math.floor(index / 100000))}-01`,
  topic: 'khac',
  received: index,
  answered_on_spot: index % 7,
  answered_later: 0,
  transferred: 0,
  pending: 1,
});

const score = (index: number): ValidRow => ({
  code: String(index % 94).padStart(5, '0'),
  snapshot_date: `2026-01-${String(1 + Math.floor(index / 94)).padStart(2, '0')}`,
  period_type: 'month',
  period: '2026-01',
  ckmb: 13.51,
  tdgq: 16.31,
  dvctt: 8.57,
  tttt: 6.28,
  mdsh: 13.5,
  mdhl: 15.44,
  total: 73.61,
});

const count = async (table: string): Promise<unknown> =>
  (await db.query(`SELECT count(*) AS n FROM ${table}`))[0]?.n;

const tables = async (): Promise<unknown[]> =>
  (await db.query('SELECT table_name FROM duckdb_tables() ORDER BY table_name')).map(
    (row) => row.table_name,
  );

describe('replaceTables', () => {
  it('inserts far more rows than one statement could carry, in chunks, reporting progress', async () => {
    // 25,000 rows × 8 columns: one bound string per column overflowed the engine at ~9,000 rows.
    const rows = Array.from({ length: 25_000 }, (_, index) => petition(index));
    const progress: number[] = [];
    await replaceTables(db, [{ spec: petitionsSpec, rows }], (_, inserted) => {
      progress.push(inserted);
    });
    expect(await count('petitions')).toBe(25_000);
    expect(progress.at(-1)).toBe(25_000);
    expect(progress).toHaveLength(Math.ceil(25_000 / INSERT_CHUNK_ROWS));
    const sums = await db.query('SELECT CAST(sum(received) AS DOUBLE) AS total FROM petitions');
    expect(sums).toEqual([{ total: (24_999 * 25_000) / 2 }]);
  });

  it('changes nothing when a later chunk fails: the previous table stays queryable', async () => {
    await replaceTable(db, petitionsSpec, [petition(1), petition(2)]);
    const rows = Array.from({ length: INSERT_CHUNK_ROWS * 2 }, (_, index) => petition(index));
    // A value the engine cannot cast, in the second chunk (the validator would have refused it).
    rows[INSERT_CHUNK_ROWS + 5] = { ...petition(7), month: 'not-a-month', received: 'many' };
    await expect(replaceTables(db, [{ spec: petitionsSpec, rows }])).rejects.toThrow();
    expect(await count('petitions')).toBe(2);
    expect(await tables()).not.toContain('petitions__staging');
  });

  it('replaces several tables together or not at all', async () => {
    await replaceTable(db, petitionsSpec, [petition(1)]);
    await replaceTable(db, indexScoresSpec, [score(0), score(1), score(2)]);
    const badScores = [score(3), { ...score(4), snapshot_date: '2026-02-31x' }];
    await expect(
      replaceTables(db, [
        { spec: petitionsSpec, rows: [petition(10), petition(11), petition(12)] },
        { spec: indexScoresSpec, rows: badScores },
      ]),
    ).rejects.toThrow();
    expect(await count('petitions')).toBe(1);
    expect(await count('index_scores')).toBe(3);

    await replaceTables(db, [
      { spec: petitionsSpec, rows: [petition(10), petition(11), petition(12)] },
      { spec: indexScoresSpec, rows: [score(5)] },
    ]);
    expect(await count('petitions')).toBe(3);
    expect(await count('index_scores')).toBe(1);
    expect((await tables()).filter((name) => String(name).endsWith('__staging'))).toEqual([]);
  });
});
