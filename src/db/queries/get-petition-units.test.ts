import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { per10k, shareOf } from '../../data/on-time-rates.ts';
import { petitionsSpec, unitsSpec } from '../../data/schema.ts';
import { createFormat } from '../../i18n/format.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { NO_UNIT_FILTER } from './unit-filter.ts';
import { getPetitionMonths } from './get-petition-months.ts';
import { getPetitionTrend } from './get-petition-trend.ts';
import { getPetitionUnits } from './get-petition-units.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/petitions/${name}`, import.meta.url), 'utf8');

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  const knownCodes = new Set(units.rows.map((row) => String(row.code)));
  const petitions = await loadCsvDataset(
    db,
    petitionsSpec,
    'petitions.csv',
    fixture('petitions.csv'),
    { knownCodes },
  );
  expect(petitions.rowsRejected).toBe(0);
  await lockDown(db);
});

const all = { from: '2025-07', to: '2025-08', filter: NO_UNIT_FILTER };
const july = { from: '2025-07', to: '2025-07', filter: NO_UNIT_FILTER };

describe('getPetitionUnits', () => {
  it('sums a month by topic and outcome, with the per-10,000 rate where population is known', async () => {
    const rows = await getPetitionUnits(db, july);
    const chienDan = rows.find((row) => row.code === '20400');
    expect(chienDan?.population).toBe(32145);
    expect(chienDan?.counts).toEqual({
      received: 119,
      answeredOnSpot: 39,
      answeredLater: 35,
      transferred: 25,
      pending: 20,
      byTopic: {
        dat_dai: 60,
        ha_tang_giao_thong: 40,
        chinh_sach_xa_hoi: 0,
        y_te: 0,
        giao_duc: 0,
        moi_truong: 0,
        kinh_te_ngan_sach: 0,
        khac: 19,
      },
    });
    const rate = per10k(119, chienDan?.population ?? null);
    expect(createFormat('vi').decimal(rate ?? Number.NaN)).toBe('37,02');
  });

  it('gives no per-capita rate where population is unknown', async () => {
    const rows = await getPetitionUnits(db, july);
    const haiChau = rows.find((row) => row.code === '20242');
    expect(haiChau?.population).toBeNull();
    expect(per10k(haiChau?.counts?.received ?? 0, haiChau?.population ?? null)).toBeNull();
  });

  it('sums a range of months, and leaves units without rows with null counts', async () => {
    const rows = await getPetitionUnits(db, all);
    expect(rows.find((row) => row.code === '20400')?.counts?.received).toBe(124);
    expect(rows.find((row) => row.code === '20305')?.counts?.received).toBe(8);
    expect(rows.filter((row) => row.counts === null).map((row) => row.code)).toEqual([
      '20600',
      '99001',
      '20700',
    ]);
    const inJuly = await getPetitionUnits(db, july);
    expect(inJuly.find((row) => row.code === '20305')?.counts).toBeNull();
  });

  it('answered share: "—" for a zero report, 0 % for all pending (small count)', async () => {
    const rows = await getPetitionUnits(db, july);
    const zero = rows.find((row) => row.code === '20242')?.counts;
    expect(zero?.received).toBe(0);
    expect(shareOf(0, zero?.received ?? 0).ratio).toBeNull();
    const pending = rows.find((row) => row.code === '20500')?.counts;
    const answered = (pending?.answeredOnSpot ?? 0) + (pending?.answeredLater ?? 0);
    expect(shareOf(answered, pending?.received ?? 0)).toEqual({
      ratio: 0,
      numerator: 0,
      denominator: 3,
      small: true,
    });
  });

  it('filters by type and former district', async () => {
    const wards = await getPetitionUnits(db, {
      ...all,
      filter: { type: 'phuong', district: null },
    });
    expect(wards.map((row) => row.code)).toEqual(['20305', '20242']);
    const thanhKhe = await getPetitionUnits(db, {
      ...all,
      filter: { type: null, district: 'Quận Thanh Khê, TP Đà Nẵng cũ' },
    });
    expect(thanhKhe.map((row) => row.code)).toEqual(['20305']);
  });
});

describe('getPetitionTrend and getPetitionMonths', () => {
  it('sums each month over the filtered units', async () => {
    const trend = await getPetitionTrend(db, all);
    expect(trend.map((row) => [row.month, row.counts.received, row.counts.pending])).toEqual([
      ['2025-07', 122, 23],
      ['2025-08', 25, 3],
    ]);
    expect(trend[1]?.counts.byTopic.giao_duc).toBe(12);
    const xa = await getPetitionTrend(db, { ...all, filter: { type: 'xa', district: null } });
    expect(xa.map((row) => row.counts.received)).toEqual([122, 5]);
  });
  it('lists the months with petitions', async () => {
    expect(await getPetitionMonths(db)).toEqual(['2025-07', '2025-08']);
  });
});
