import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { onTimeRate, shareOf } from '../../data/on-time-rates.ts';
import { dossiersSpec, unitsSpec } from '../../data/schema.ts';
import { createFormat } from '../../i18n/format.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { NO_UNIT_FILTER } from './unit-filter.ts';
import { getFormerDistricts } from './get-former-districts.ts';
import { getDossierImbalances } from './get-dossier-imbalances.ts';
import { getDossierMonths } from './get-dossier-months.ts';
import { getDossierTrend } from './get-dossier-trend.ts';
import { getDossierUnits } from './get-dossier-units.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/dossiers/${name}`, import.meta.url), 'utf8');

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  const knownCodes = new Set(units.rows.map((row) => String(row.code)));
  const dossiers = await loadCsvDataset(db, dossiersSpec, 'dossiers.csv', fixture('dossiers.csv'), {
    knownCodes,
  });
  expect(dossiers.rowsRejected).toBe(0);
  await lockDown(db);
});

const vi = createFormat('vi');

describe('getDossierUnits', () => {
  it('gives the published rates for Nguyệt Ấn: press 97,85 %, portal 97,99 %', async () => {
    const rows = await getDossierUnits(db, { month: '2026-05', filter: NO_UNIT_FILTER });
    const counts = rows.find((row) => row.code === '99001')?.counts;
    expect(counts).toMatchObject({ resolvedLate: 42, pendingInTime: 133, gap: 0 });
    if (!counts) throw new Error('Nguyệt Ấn missing');
    expect(vi.percent(onTimeRate('press', counts).ratio)).toBe('97,85 %');
    expect(vi.percent(onTimeRate('portal', counts).ratio)).toBe('97,99 %');
    expect(onTimeRate('portal', counts).denominator).toBe(2089);
  });

  it('lists every unit by Vietnamese name, a unit without a report with null counts', async () => {
    const rows = await getDossierUnits(db, { month: '2026-05', filter: NO_UNIT_FILTER });
    expect(rows.map((row) => row.name)).toEqual([
      'An Khê',
      'Chiên Đàn',
      'Đông "Giang"',
      'Hải Châu',
      'Hoàng Sa',
      'Nguyệt Ấn',
      'Trà Leng',
    ]);
    expect(rows.find((row) => row.code === '20600')?.counts).toBeNull();
    expect(rows.find((row) => row.code === '20400')?.counts).toBeNull();
  });

  it('gives "—" for both rates of an all-zero month and flags a small count', async () => {
    const rows = await getDossierUnits(db, { month: '2026-05', filter: NO_UNIT_FILTER });
    const zero = rows.find((row) => row.code === '20700')?.counts;
    if (!zero) throw new Error('zero row missing');
    expect(vi.percent(onTimeRate('portal', zero).ratio)).toBe('—');
    expect(vi.percent(onTimeRate('press', zero).ratio)).toBe('—');
    const small = rows.find((row) => row.code === '20500')?.counts;
    if (!small) throw new Error('small row missing');
    expect(onTimeRate('portal', small)).toEqual({
      ratio: 0.9,
      numerator: 9,
      denominator: 10,
      small: true,
    });
    expect(onTimeRate('press', small).ratio).toBeCloseTo(8 / 9, 10);
    expect(shareOf(small.receivedOnline, 10).ratio).toBe(0.4);
  });

  it('reports the balance gap of an unbalanced month', async () => {
    const rows = await getDossierUnits(db, { month: '2026-06', filter: NO_UNIT_FILTER });
    expect(rows.find((row) => row.code === '20305')?.counts?.gap).toBe(10);
    expect(rows.find((row) => row.code === '20242')?.counts?.gap).toBe(0);
  });

  it('filters by type and by any one of several former districts', async () => {
    const wards = await getDossierUnits(db, {
      month: '2026-05',
      filter: { type: 'phuong', district: null },
    });
    expect(wards.map((row) => row.code)).toEqual(['20305', '20242']);
    const camLe = await getDossierUnits(db, {
      month: '2026-05',
      filter: { type: null, district: 'Quận Cẩm Lệ, TP Đà Nẵng cũ' },
    });
    expect(camLe.map((row) => row.code)).toEqual(['20305']);
    expect(camLe[0]?.formerDistricts).toEqual([
      'Quận Thanh Khê, TP Đà Nẵng cũ',
      'Quận Cẩm Lệ, TP Đà Nẵng cũ',
    ]);
    const none = await getDossierUnits(db, {
      month: '2026-05',
      filter: { type: 'dac_khu', district: 'Quận Cẩm Lệ, TP Đà Nẵng cũ' },
    });
    expect(none).toEqual([]);
  });

  it('rejects a unit type outside the allowlist', async () => {
    await expect(
      getDossierUnits(db, {
        month: '2026-05',
        // @ts-expect-error -- a value from outside the closed union must be refused at run time
        filter: { type: "xa' OR 1=1", district: null },
      }),
    ).rejects.toThrow(/invalid unit type/);
  });
});

describe('getDossierTrend', () => {
  it('sums every bucket per month over the province, oldest first', async () => {
    const trend = await getDossierTrend(db, { filter: NO_UNIT_FILTER, code: null });
    expect(trend.map((row) => [row.month, row.reports, row.unbalanced])).toEqual([
      ['2026-05', 5, 0],
      ['2026-06', 3, 1],
    ]);
    const june = trend[1]?.counts;
    expect(june).toMatchObject({ resolvedEarly: 290, resolvedLate: 17, gap: 10 });
    expect(typeof june?.gap).toBe('number');
  });

  it("gives one unit's history when a code is set, and honours the filter", async () => {
    const history = await getDossierTrend(db, { filter: NO_UNIT_FILTER, code: '20242' });
    expect(history.map((row) => [row.month, row.counts.receivedOnline])).toEqual([
      ['2026-05', 300],
      ['2026-06', 320],
    ]);
    const xa = await getDossierTrend(db, { filter: { type: 'xa', district: null }, code: null });
    expect(xa.map((row) => [row.month, row.reports])).toEqual([
      ['2026-05', 3],
      ['2026-06', 1],
    ]);
  });
});

describe('getDossierImbalances, getDossierMonths, getFormerDistricts', () => {
  it('lists every unbalanced unit-month with its gap', async () => {
    expect(await getDossierImbalances(db)).toEqual([
      { code: '20305', name: 'An Khê', month: '2026-06', inflow: 110, outflow: 100, gap: 10 },
    ]);
  });
  it('lists the months with reports', async () => {
    expect(await getDossierMonths(db)).toEqual(['2026-05', '2026-06']);
  });
  it('lists each former district once, split on ";", in Vietnamese order', async () => {
    const districts = await getFormerDistricts(db);
    expect(districts).toHaveLength(8);
    expect(districts).toContain('Quận Cẩm Lệ, TP Đà Nẵng cũ');
    expect(districts).toContain('Quận Thanh Khê, TP Đà Nẵng cũ');
    expect(districts.every((district) => !district.includes(';'))).toBe(true);
  });
});
