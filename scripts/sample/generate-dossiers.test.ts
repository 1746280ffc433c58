import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dossierImbalance,
  findUnbalancedDossiers,
  handledDossiers,
  pressOnTimeRate,
  receivedDossiers,
} from './check-sample.ts';
import type { DossierCountField } from './generate-dossiers.ts';
import { DELIBERATE_IMBALANCES, generateDossiers } from './generate-dossiers.ts';
import { SAMPLE_MONTHS } from './months.ts';
import { parseUnits } from './parse-units.ts';
import { XUAN_PHU } from './published-facts.ts';
import { createDatasetRng } from './random.ts';

const units = parseUnits(readFileSync(new URL('../../data/units.csv', import.meta.url), 'utf8'));
const dossiers = generateDossiers(units, createDatasetRng('dossiers'));
const hoangSa = units.find((unit) => unit.type === 'dac_khu');
const COUNT_FIELDS: readonly DossierCountField[] = [
  'carriedOver',
  'receivedOnline',
  'receivedInPerson',
  'receivedPostal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingInTime',
  'pendingOverdue',
  'returned',
];

describe('generateDossiers', () => {
  it('is deterministic for a seed', () => {
    expect(generateDossiers(units, createDatasetRng('dossiers'))).toEqual(dossiers);
  });

  it('has one row per unit and month with non-negative integer counts', () => {
    expect(dossiers).toHaveLength(94 * 16);
    expect(new Set(dossiers.map((row) => `${row.code}|${row.month}`)).size).toBe(94 * 16);
    for (const row of dossiers) {
      for (const field of COUNT_FIELDS) {
        expect(Number.isSafeInteger(row[field]) && row[field] >= 0).toBe(true);
      }
    }
  });

  it('balances everywhere except the three deliberate commune-months', () => {
    const unbalanced = findUnbalancedDossiers(dossiers).map((row) => `${row.code}|${row.month}`);
    expect(unbalanced).toHaveLength(3);
    expect(unbalanced.sort()).toEqual(
      DELIBERATE_IMBALANCES.map((entry) => `${entry.code}|${entry.month}`).sort(),
    );
    for (const entry of DELIBERATE_IMBALANCES) {
      const row = dossiers.find((r) => r.code === entry.code && r.month === entry.month);
      expect(row && Math.abs(dossierImbalance(row))).toBe(entry.delta);
    }
  });

  it("chains carried_over from last month's pending", () => {
    for (const unit of units) {
      const rows = dossiers.filter((row) => row.code === unit.code);
      expect(rows.map((row) => row.month)).toEqual(SAMPLE_MONTHS);
      expect(rows[0]?.carriedOver).toBe(0);
      rows.slice(1).forEach((row, index) => {
        const previous = rows[index];
        expect(row.carriedOver).toBe(
          (previous?.pendingInTime ?? -1) + (previous?.pendingOverdue ?? 0),
        );
      });
    }
  });

  it('reproduces Xuân Phú in 2025-07: 1,052 received, > 99 % on time (published)', () => {
    const row = dossiers.find((r) => r.code === XUAN_PHU.code && r.month === XUAN_PHU.month);
    expect(row && receivedDossiers(row)).toBe(1052);
    expect(row && pressOnTimeRate(row)).toBeGreaterThan(XUAN_PHU.minPressOnTimeRate);
  });

  it('has all zeros for Hoàng Sa', () => {
    const rows = dossiers.filter((row) => row.code === hoangSa?.code);
    expect(rows).toHaveLength(16);
    for (const row of rows) for (const field of COUNT_FIELDS) expect(row[field]).toBe(0);
  });

  it('has a few small commune-months for the small-number flag', () => {
    const small = dossiers.filter((row) => row.code !== hoangSa?.code && handledDossiers(row) < 20);
    expect(small.length).toBeGreaterThanOrEqual(3);
  });

  it('raises the online share over time, higher in phường', () => {
    const share = (rows: typeof dossiers): number =>
      rows.reduce((sum, row) => sum + row.receivedOnline, 0) /
      rows.reduce((sum, row) => sum + receivedDossiers(row), 0);
    const typeOf = new Map(units.map((unit) => [unit.code, unit.type]));
    const inMonth = (month: string, type: string): typeof dossiers =>
      dossiers.filter((row) => row.month === month && typeOf.get(row.code) === type);
    expect(share(inMonth('2026-10', 'xa'))).toBeGreaterThan(share(inMonth('2025-07', 'xa')));
    expect(share(inMonth('2026-01', 'phuong'))).toBeGreaterThan(share(inMonth('2026-01', 'xa')));
  });
});
