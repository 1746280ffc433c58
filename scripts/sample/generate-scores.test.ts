import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTotalTies, rankBySnapshot } from './check-sample.ts';
import { formatCsv } from './format-csv.ts';
import { generateScores, SCORE_GROUPS } from './generate-scores.ts';
import { parseUnits } from './parse-units.ts';
import { CHIEN_DAN } from './published-facts.ts';
import { createDatasetRng, createRng } from './random.ts';
import { SCORE_COLUMNS } from './sample-columns.ts';

const units = parseUnits(readFileSync(new URL('../../data/units.csv', import.meta.url), 'utf8'));
const scores = generateScores(units, createDatasetRng('scores'));

describe('generateScores', () => {
  it('is deterministic for a seed', () => {
    const again = generateScores(units, createDatasetRng('scores'));
    expect(again).toEqual(scores);
    expect(formatCsv(SCORE_COLUMNS, again)).toBe(formatCsv(SCORE_COLUMNS, scores));
    expect(generateScores(units, createRng(1))).not.toEqual(scores);
  });

  it('has one row per unit and month, month snapshots on the last day', () => {
    expect(scores).toHaveLength(94 * 16);
    expect(new Set(scores.map((row) => `${row.code}|${row.period}`)).size).toBe(94 * 16);
    expect(scores[0]).toMatchObject({
      snapshotDate: '2025-07-31',
      periodType: 'month',
      period: '2025-07',
    });
  });

  it('keeps groups in [0, max] with 2 decimals and total = their sum', () => {
    for (const row of scores) {
      let sum = 0;
      for (const group of SCORE_GROUPS) {
        const value = row[group.key];
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(group.max);
        expect(Math.abs(value * 100 - Math.round(value * 100))).toBeLessThan(1e-6);
        sum += value;
      }
      expect(Math.abs(row.total - sum)).toBeLessThanOrEqual(0.005);
    }
  });

  it('ranks Chiên Đàn strictly first on 31/7/2025 (published)', () => {
    const day = scores.filter((row) => row.snapshotDate === CHIEN_DAN.firstPlaceSnapshot);
    const ranks = rankBySnapshot(scores, CHIEN_DAN.firstPlaceSnapshot);
    expect(ranks.get(CHIEN_DAN.code)).toBe(1);
    expect([...ranks.values()].filter((rank) => rank === 1)).toHaveLength(1);
    const leader = day.find((row) => row.code === CHIEN_DAN.code);
    const others = day.filter((row) => row.code !== CHIEN_DAN.code);
    expect(leader?.total).toBeGreaterThan(Math.max(...others.map((row) => row.total)));
  });

  it('contains at least one exact tie in total', () => {
    expect(findTotalTies(scores).length).toBeGreaterThan(0);
  });

  it('puts phường above mountain xã on average and lets ranks move', () => {
    const mean = (values: number[]): number =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    const typeOf = new Map(units.map((unit) => [unit.code, unit.type]));
    const july = scores.filter((row) => row.period === '2025-07');
    const phuong = mean(
      july.filter((row) => typeOf.get(row.code) === 'phuong').map((r) => r.total),
    );
    const xa = mean(july.filter((row) => typeOf.get(row.code) === 'xa').map((r) => r.total));
    expect(phuong).toBeGreaterThan(xa);
    const first = rankBySnapshot(scores, '2025-07-31');
    const second = rankBySnapshot(scores, '2025-08-31');
    const moved = units.filter((unit) => first.get(unit.code) !== second.get(unit.code));
    expect(moved.length).toBeGreaterThan(30);
  });

  it('gives Hoàng Sa a score every month', () => {
    const hoangSa = units.find((unit) => unit.type === 'dac_khu');
    expect(scores.filter((row) => row.code === hoangSa?.code)).toHaveLength(16);
  });
});
