import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { indexScoresSpec, unitsSpec } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { getPeriods } from './get-periods.ts';
import { getRanking } from './get-ranking.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  const knownCodes = new Set(units.rows.map((row) => String(row.code)));
  const scores = await loadCsvDataset(
    db,
    indexScoresSpec,
    'index-scores.csv',
    fixture('index-scores.csv'),
    { knownCodes },
  );
  expect(scores.rowsRejected).toBe(0);
  await lockDown(db);
});

describe('getRanking', () => {
  it('uses competition ranking for ties and orders tied units by Vietnamese name', async () => {
    const ranking = await getRanking(db, { period: '2026-05', metric: 'total' });
    expect(ranking.snapshotDate).toBe('2026-05-31');
    expect(ranking.rankedCount).toBe(7);
    expect(ranking.rows.map((row) => [row.code, row.rank, row.score])).toEqual([
      ['20301', 1, 93],
      ['20400', 2, 87],
      ['00004', 3, 86],
      ['20242', 3, 86],
      ['20600', 5, 60],
      ['20300', 6, 50],
      ['20500', 7, 0],
    ]);
  });

  it('computes a missing total from the groups and keeps codes with leading zeros', async () => {
    const ranking = await getRanking(db, { period: '2026-05', metric: 'total' });
    const haiChau = ranking.rows.find((row) => row.code === '20242');
    expect(haiChau?.total).toBe(86);
    expect(haiChau?.groups).toEqual({ ckmb: 15, tdgq: 18, dvctt: 10, tttt: 8, mdsh: 20, mdhl: 15 });
    expect(ranking.rows.some((row) => row.code === '00004')).toBe(true);
  });

  it('ranks a zero-score unit last instead of dropping it', async () => {
    const ranking = await getRanking(db, { period: '2026-05', metric: 'total' });
    const zero = ranking.rows.find((row) => row.code === '20500');
    expect(zero).toMatchObject({ rank: 7, score: 0, name: 'Đông "Giang"' });
  });

  it('takes the latest snapshot of the month and lists a unit missing that month unranked', async () => {
    const ranking = await getRanking(db, { period: '2026-06', metric: 'total' });
    expect(ranking.snapshotDate).toBe('2026-06-30');
    expect(ranking.rankedCount).toBe(6);
    expect(ranking.rows.find((row) => row.code === '00004')).toMatchObject({ rank: 4, total: 87 });
    const last = ranking.rows.at(-1);
    expect(last).toMatchObject({ code: '20500', rank: null, score: null, groups: null });
    expect(ranking.rows).toHaveLength(7);
  });

  it('does not mix quarterly snapshots into a monthly ranking', async () => {
    const ranking = await getRanking(db, { period: '2026-06', metric: 'total' });
    expect(ranking.rows.find((row) => row.code === '20400')?.total).toBe(88);
  });

  it('ranks by a single group when asked', async () => {
    const ranking = await getRanking(db, { period: '2026-06', metric: 'dvctt' });
    expect(ranking.rows.slice(0, 3).map((row) => [row.name, row.rank, row.score])).toEqual([
      ['Chiên Đàn', 1, 11],
      ['Hải Châu', 1, 11],
      ['Hòa Vang', 1, 11],
    ]);
  });

  it('returns every unit unranked for a month without data', async () => {
    const ranking = await getRanking(db, { period: '2020-01', metric: 'total' });
    expect(ranking.rankedCount).toBe(0);
    expect(ranking.snapshotDate).toBeNull();
    expect(ranking.rows).toHaveLength(7);
  });

  it('rejects a metric outside the allowlist before building SQL', async () => {
    await expect(
      // @ts-expect-error -- a value from outside the closed union must be refused at run time
      getRanking(db, { period: '2026-06', metric: 'total; DROP TABLE units' }),
    ).rejects.toThrow(/invalid ranking metric/);
  });

  it('returns counts as plain numbers, never BigInt', async () => {
    const ranking = await getRanking(db, { period: '2026-05', metric: 'total' });
    for (const row of ranking.rows) expect(typeof row.rank).not.toBe('bigint');
    expect(() => JSON.stringify(ranking)).not.toThrow();
  });
});

describe('getPeriods', () => {
  it('lists every period (coarse types first) and each snapshot of a period taken on several days', async () => {
    expect(await getPeriods(db)).toEqual([
      '2026-Q2',
      '2026-05',
      '2026-06',
      '2026-06@2026-06-15',
      '2026-06@2026-06-30',
    ]);
  });

  it('ranks a snapshot of a period against the snapshot before it', async () => {
    const ranking = await getRanking(db, { period: '2026-06@2026-06-30', metric: 'total' });
    expect(ranking.comparison).toBe('snapshot');
    expect(ranking.previousPeriod).toBe('2026-06@2026-06-15');
    expect(ranking.snapshotDate).toBe('2026-06-30');
    const first = await getRanking(db, { period: '2026-06@2026-06-15', metric: 'total' });
    expect(first.previousRankedCount).toBe(0);
    expect(first.rankedCount).toBe(1);
  });
});
