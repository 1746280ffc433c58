import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { indexMetricsSpec, indexScoresSpec, unitsSpec } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { getCommuneMetrics, type CommuneMetricsParams } from './get-commune-metrics.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/metrics/${name}`, import.meta.url), 'utf8');

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  const knownCodes = new Set(units.rows.map((row) => String(row.code)));
  for (const [spec, file] of [
    [indexScoresSpec, 'index-scores.csv'],
    [indexMetricsSpec, 'index-metrics.csv'],
  ] as const) {
    const result = await loadCsvDataset(db, spec, file, fixture(file), { knownCodes });
    expect(result.issues, file).toEqual([]);
  }
  await lockDown(db);
});

const june: CommuneMetricsParams = {
  code: '10001',
  periodType: 'month',
  period: '2026-06',
  snapshot: null,
};

describe('getCommuneMetrics', () => {
  it('lists the latest snapshot’s sub-indicators, groups in index order, then the portal’s', async () => {
    const rows = await getCommuneMetrics(db, june);
    expect(rows.map((row) => `${row.group}:${row.code}`)).toEqual([
      'ckmb:PUBLISH_ON_TIME',
      'tdgq:DOSSIER_ON_TIME',
      'mdsh:ORIGINAL_RESULT_AVAILABLE',
      'mdsh:ELECTRONIC_CERTIFIED_COPY',
      'mdsh:A_NEW_CODE',
      'mdhl:PETITION_CLASSIFICATION_TTHC',
      'mdhl:DOSSIER_RECEIVING_SATISFACTION',
    ]);
    expect(new Set(rows.map((row) => row.snapshotDate))).toEqual(new Set(['2026-06-30']));
  });

  it('returns numbers, the group’s score, and nulls where the portal published none', async () => {
    const rows = await getCommuneMetrics(db, june);
    expect(rows.find((row) => row.code === 'DOSSIER_ON_TIME')).toEqual({
      group: 'tdgq',
      code: 'DOSSIER_ON_TIME',
      name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      snapshotDate: '2026-06-30',
      numerator: 702,
      denominator: 797,
      ratio: 88.08,
      score: 17.62,
      maxScore: 20,
      groupScore: 17.62,
    });
    const copy = rows.find((row) => row.code === 'ELECTRONIC_CERTIFIED_COPY');
    expect([copy?.numerator, copy?.denominator, copy?.groupScore]).toEqual([null, null, 15.5]);
    expect(rows.find((row) => row.code === 'PETITION_CLASSIFICATION_TTHC')?.score).toBeNull();
    expect(rows.find((row) => row.code === 'A_NEW_CODE')?.name).toBe('Chỉ tiêu mới "thử"');
    expect(() => JSON.stringify(rows)).not.toThrow();
  });

  it('reads an earlier snapshot when asked, without a group score where index_scores has none', async () => {
    const rows = await getCommuneMetrics(db, { ...june, snapshot: '2026-06-15' });
    expect(rows.map((row) => [row.code, row.numerator, row.score, row.groupScore])).toEqual([
      ['DOSSIER_ON_TIME', 300, 15, null],
    ]);
  });

  it('keeps quarters apart from months', async () => {
    const rows = await getCommuneMetrics(db, {
      ...june,
      periodType: 'quarter',
      period: '2026-Q2',
    });
    expect(rows.map((row) => [row.code, row.score])).toEqual([['DOSSIER_ON_TIME', 19.05]]);
  });

  it('is empty for a unit without rows in the period’s latest snapshot, and for unknown codes', async () => {
    const july = { ...june, period: '2026-07' };
    expect(await getCommuneMetrics(db, july)).toEqual([]);
    expect(await getCommuneMetrics(db, { ...july, code: '00004' })).toEqual([]);
    const early = await getCommuneMetrics(db, { ...july, code: '00004', snapshot: '2026-07-15' });
    expect(early.map((row) => row.score)).toEqual([18]);
    expect(await getCommuneMetrics(db, { ...june, code: '99999' })).toEqual([]);
    expect(await getCommuneMetrics(db, { ...june, period: '2030-01' })).toEqual([]);
  });
});
