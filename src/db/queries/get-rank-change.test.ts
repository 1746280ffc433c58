import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { indexScoresSpec, unitsSpec } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { getRankChange } from './get-rank-change.ts';
import { getRanking } from './get-ranking.ts';
import { getScoreHistory } from './get-score-history.ts';
import { previousMonth, scoreDelta } from '../../data/ranking-metric.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/ranking/${name}`, import.meta.url), 'utf8');

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  expect(units.rowsRejected).toBe(0);
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

describe('ranking-metric helpers', () => {
  it('steps back one calendar month across a year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
  });
  it('subtracts 2-decimal scores exactly', () => {
    expect(12.3 - 12.1).not.toBe(0.2);
    expect(scoreDelta(12.3, 12.1)).toBe(0.2);
    expect(scoreDelta(68.6, 70.3)).toBe(-1.7);
  });
});

describe('getRanking with the previous month', () => {
  it('gives each unit its previous rank, rank change and exact score change', async () => {
    const ranking = await getRanking(db, { period: '2026-05', metric: 'total' });
    expect(ranking.previousPeriod).toBe('2026-04');
    expect(ranking.previousRankedCount).toBe(5);
    expect(
      ranking.rows.map((row) => [
        row.code,
        row.rank,
        row.previousRank,
        row.rankChange,
        row.scoreChange,
      ]),
    ).toEqual([
      ['20242', 1, 1, 0, -5],
      ['20600', 2, null, null, null],
      ['20300', 3, 5, 2, 10.5],
      ['20400', 4, 3, -1, 1.7],
      ['20301', 5, 2, -3, -1],
      ['00004', 6, 3, -3, 0],
    ]);
  });

  it('lists a unit missing this month unranked with no change', async () => {
    const ranking = await getRanking(db, { period: '2026-06', metric: 'total' });
    expect(ranking.rows.at(-1)).toMatchObject({
      code: '00004',
      rank: null,
      previousRank: 6,
      rankChange: null,
      scoreChange: null,
    });
  });

  it('ranks both months on a group metric', async () => {
    const ranking = await getRanking(db, { period: '2026-05', metric: 'mdhl' });
    const chienDan = ranking.rows.find((row) => row.code === '20400');
    expect(chienDan).toMatchObject({ score: 12.6, previousScore: 12.2, scoreChange: 0.4 });
    // 2026-05 mdhl: 13, 13, 12.6, 12.6, 12, 12 → Chiên Đàn ties Ba Đình at 3.
    expect(chienDan?.rank).toBe(3);
    expect(ranking.rows.find((row) => row.code === '00004')?.rank).toBe(3);
  });
});

describe('getRankChange', () => {
  it('decomposes the change in total into the six groups, summing exactly', async () => {
    const change = await getRankChange(db, { period: '2026-05', code: '20400' });
    expect(change?.groups.map((group) => [group.key, group.change])).toEqual([
      ['ckmb', 0.2],
      ['tdgq', 0.2],
      ['dvctt', 0.3],
      ['tttt', 0.3],
      ['mdsh', 0.3],
      ['mdhl', 0.4],
    ]);
    expect(change?.totalChange).toBe(1.7);
    expect(change?.residual).toBe(0);
    expect(change?.total).toBe(70.3);
    expect(change?.previousTotal).toBe(68.6);
    const sum = change?.groups.reduce(
      (total, group) => Math.round(total * 100 + group.change * 100) / 100,
      0,
    );
    expect(sum).toBe(change?.totalChange);
  });

  it('counts who passed it and who fell behind, consistent with the rank change', async () => {
    const change = await getRankChange(db, { period: '2026-05', code: '20400' });
    expect(change).toMatchObject({
      rank: 4,
      previousRank: 3,
      overtook: 1,
      fellBehind: 1,
      newAhead: 1,
      goneAhead: 0,
    });
    if (change?.rank == null || change.previousRank === null) throw new Error('no ranks');
    expect(change.rank - change.previousRank).toBe(
      change.overtook - change.fellBehind + change.newAhead - change.goneAhead,
    );
  });

  it('has no decomposition for a unit new this month', async () => {
    const change = await getRankChange(db, { period: '2026-05', code: '20600' });
    expect(change).toMatchObject({ previousRank: null, totalChange: null, groups: [] });
  });

  it('counts units that left the ranking ahead of a unit', async () => {
    const change = await getRankChange(db, { period: '2026-06', code: '20301' });
    // Ba Đình (68.60) was behind Hòa Khánh (69.00): leaving does not count as gone ahead.
    expect(change).toMatchObject({ rank: 5, previousRank: 5, goneAhead: 0, totalChange: 0 });
  });

  it('returns null for a code not in the units table', async () => {
    expect(await getRankChange(db, { period: '2026-05', code: '99999' })).toBeNull();
  });
});

describe('getScoreHistory', () => {
  it('ranks every unit in every month, leaving missing unit-months out', async () => {
    const history = await getScoreHistory(db, { metric: 'total' });
    expect(history.periods).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(history.cells).toHaveLength(17 - 1);
    expect(history.cells.filter((cell) => cell.code === '20400')).toEqual([
      { code: '20400', period: '2026-04', score: 68.6, rank: 3, rankedCount: 5 },
      { code: '20400', period: '2026-05', score: 70.3, rank: 4, rankedCount: 6 },
      { code: '20400', period: '2026-06', score: 70.3, rank: 4, rankedCount: 5 },
    ]);
    expect(history.cells.some((cell) => cell.code === '20600' && cell.period === '2026-04')).toBe(
      false,
    );
  });

  it('rejects a metric outside the allowlist', async () => {
    await expect(
      // @ts-expect-error -- a value from outside the closed union must be refused at run time
      getScoreHistory(db, { metric: 'x' }),
    ).rejects.toThrow(/invalid ranking metric/);
  });
});
