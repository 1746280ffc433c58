import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../test/helpers/node-db.ts';
import type { DbClient } from './db-client.ts';
import { PERIOD_SCORES, rebuildScorePoints, SCORE_POINTS } from './score-points.ts';

let db: DbClient;

// Two units, two months with several snapshots each, and a quarter: only each period's latest
// snapshot's rows are a period's scores.
beforeAll(async () => {
  db = await createNodeDb();
  await db.query(`CREATE TABLE index_scores AS SELECT * FROM (VALUES
    ('month', '2026-01', DATE '2026-01-15', '20242', 80.0),
    ('month', '2026-01', DATE '2026-01-31', '20242', 81.0),
    ('month', '2026-01', DATE '2026-01-31', '20257', 70.0),
    ('month', '2026-02', DATE '2026-02-10', '20242', 82.0),
    ('month', '2026-02', DATE '2026-02-10', '20257', 71.0),
    ('month', '2026-02', DATE '2026-02-28', '20257', 72.0),
    ('quarter', '2026-Q1', DATE '2026-01-31', '20242', 79.0)
  ) AS t(period_type, period, snapshot_date, code, total)`);
  await rebuildScorePoints(db);
});

describe('rebuildScorePoints', () => {
  it('counts the units of every scored point', async () => {
    const rows = await db.query(
      `SELECT period_type, period, strftime(snapshot_date, '%Y-%m-%d') AS day, units
       FROM ${SCORE_POINTS} ORDER BY ALL`,
    );
    expect(rows.map((row) => [row.period, row.day, Number(row.units)])).toEqual([
      ['2026-01', '2026-01-15', 1],
      ['2026-01', '2026-01-31', 2],
      ['2026-02', '2026-02-10', 2],
      ['2026-02', '2026-02-28', 1],
      ['2026-Q1', '2026-01-31', 1],
    ]);
  });

  it("keeps every column of each period's latest snapshot and nothing else", async () => {
    const rows = await db.query(
      `SELECT period_type, period, strftime(snapshot_date, '%Y-%m-%d') AS day, code, total
       FROM ${PERIOD_SCORES} ORDER BY ALL`,
    );
    expect(rows.map((row) => [row.period_type, row.period, row.day, row.code, row.total])).toEqual([
      ['month', '2026-01', '2026-01-31', '20242', 81],
      ['month', '2026-01', '2026-01-31', '20257', 70],
      // 20242 has no score on 28/2: the month's latest snapshot does not count its 10/2 one.
      ['month', '2026-02', '2026-02-28', '20257', 72],
      ['quarter', '2026-Q1', '2026-01-31', '20242', 79],
    ]);
  });

  it('follows a replacement of the scores', async () => {
    await db.query(`DELETE FROM index_scores WHERE period = '2026-02'`);
    await rebuildScorePoints(db);
    const periods = await db.query(`SELECT DISTINCT period FROM ${PERIOD_SCORES} ORDER BY 1`);
    expect(periods.map((row) => row.period)).toEqual(['2026-01', '2026-Q1']);
  });
});
