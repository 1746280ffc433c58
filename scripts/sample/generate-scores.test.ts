import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onTimeRate } from '../../src/data/on-time-rates.ts';
import {
  findTotalTies,
  indexRuleViolations,
  paknOf,
  rankBySnapshot,
  receivedDossiers,
} from './check-sample.ts';
import { formatCsv } from './format-csv.ts';
import { generateDossiers } from './generate-dossiers.ts';
import type { MetricRow, ScoreRow } from './generate-scores.ts';
import { generateScores, SCORE_GROUPS } from './generate-scores.ts';
import { parseUnits } from './parse-units.ts';
import { CHIEN_DAN, XUAN_PHU } from './published-facts.ts';
import { createDatasetRng, createRng } from './random.ts';
import { METRIC_COLUMNS, SCORE_COLUMNS } from './sample-columns.ts';

const units = parseUnits(readFileSync(new URL('../../data/units.csv', import.meta.url), 'utf8'));
const dossiers = generateDossiers(units, createDatasetRng('dossiers'));
const { scores, metrics } = generateScores(units, dossiers, createDatasetRng('scores'));
const hoangSa = units.find((unit) => unit.type === 'dac_khu');

const unitMonth = (row: { code: string; snapshotDate: string }) =>
  `${row.code}|${row.snapshotDate}`;
const metricsOf = new Map<string, MetricRow[]>();
for (const row of metrics)
  metricsOf.set(unitMonth(row), [...(metricsOf.get(unitMonth(row)) ?? []), row]);
const dossierOf = (row: ScoreRow) =>
  dossiers.find((d) => d.code === row.code && d.month === row.period);
const cents = (value: number) => Math.round(value * 100);

/** The portal's sub-indicators and maximum scores, as its evaluation responses list them. */
const PORTAL_METRICS: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  ckmb: [
    ['PUBLISH_ON_TIME', 6],
    ['PUBLIC_UPDATE_ON_TIME', 4],
    ['PUBLIC_CONTENT_FULL', 2],
    ['DOSSIER_SYNC', 6],
  ],
  tdgq: [['DOSSIER_ON_TIME', 20]],
  dvctt: [['PROVIDE_ONLINE', 12]],
  tttt: [['ONLINE_PAYMENT', 10]],
  mdsh: [
    ['ORIGINAL_RESULT_AVAILABLE', 6],
    ['SO_HOA_GIAY_TO_GIAI_QUYET', 4],
    ['REUSED_DIGITIZED_DATA', 2],
    ['SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 4],
    ['CITIZEN_DATA_CONNECTED_DOSSIER', 2],
    ['CITIZEN_DATA_CONNECTED_FORMALITY', 2],
    ['ELECTRONIC_CERTIFIED_COPY', 2],
  ],
  mdhl: [
    ['DOSSIER_RECEIVING_SATISFACTION', 6],
    ['PETITION_PROCESSING_ON_TIME', 6],
    ['PETITION_HANDLING_SATISFACTION', 6],
  ],
};

describe('generateScores', () => {
  it('is deterministic for a seed', () => {
    const again = generateScores(units, dossiers, createDatasetRng('scores'));
    expect(again).toEqual({ scores, metrics });
    expect(formatCsv(SCORE_COLUMNS, again.scores)).toBe(formatCsv(SCORE_COLUMNS, scores));
    expect(formatCsv(METRIC_COLUMNS, again.metrics)).toBe(formatCsv(METRIC_COLUMNS, metrics));
    expect(generateScores(units, dossiers, createRng(1)).scores).not.toEqual(scores);
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

  it("gives every unit of a snapshot the province's CKMB, drifting month to month", () => {
    const bySnapshot = new Map<string, Set<number>>();
    for (const row of scores) {
      bySnapshot.set(
        row.snapshotDate,
        (bySnapshot.get(row.snapshotDate) ?? new Set()).add(row.ckmb),
      );
    }
    expect(bySnapshot.size).toBe(16);
    for (const values of bySnapshot.values()) expect(values.size).toBe(1);
    const series = [...bySnapshot.values()].map((values) => [...values][0]);
    expect(new Set(series).size).toBeGreaterThan(8);
  });

  it('scores TDGQ as the portal on-time rate of its own dossiers × 20, and writes their totals', () => {
    for (const row of scores) {
      const dossier = dossierOf(row);
      if (!dossier) throw new Error(`no dossiers for ${row.code} ${row.period}`);
      const rate = onTimeRate('portal', dossier);
      expect(Math.abs(row.tdgq - (rate.ratio ?? 0) * 20)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(row.dossiersReceived).toBe(receivedDossiers(dossier));
      expect(row.dossiersOnTime).toBe(
        dossier.resolvedEarly + dossier.resolvedOnTime + dossier.pendingInTime,
      );
      expect(row.dossiersOverdue).toBe(dossier.resolvedLate + dossier.pendingOverdue);
    }
    const xuanPhu = scores.find((r) => r.code === XUAN_PHU.code && r.period === XUAN_PHU.month);
    expect(xuanPhu?.dossiersReceived).toBe(XUAN_PHU.received);
    expect(xuanPhu?.tdgq).toBeGreaterThan(19.5);
    // No dossiers at all (Hoàng Sa): nothing on time, as the portal scores it.
    for (const row of scores.filter((r) => r.code === hoangSa?.code)) expect(row.tdgq).toBe(0);
  });

  it('gives the full 18 for satisfaction where a unit had no procedure complaints', () => {
    let without = 0;
    let withSome = 0;
    for (const row of scores) {
      const pakn = paknOf(metricsOf.get(unitMonth(row)) ?? []);
      expect(pakn).not.toBeNull();
      if (pakn === 0) {
        without += 1;
        expect(row.mdhl).toBe(18);
      } else withSome += 1;
    }
    expect(without).toBeGreaterThan(scores.length / 2);
    expect(withSome).toBeGreaterThan(100);
    expect(scores.some((row) => row.mdhl < 18)).toBe(true);
  });

  it("lists the portal's sub-indicators, whose scores add up to their group exactly", () => {
    expect(metrics).toHaveLength(scores.length * 17);
    for (const row of scores) {
      const own = metricsOf.get(unitMonth(row)) ?? [];
      for (const group of SCORE_GROUPS) {
        const list = own.filter((metric) => metric.group === group.key);
        expect(list.map((m) => [m.metricCode, m.maxScore])).toEqual(PORTAL_METRICS[group.key]);
        expect(list.reduce((sum, m) => sum + m.scoreCents, 0)).toBe(cents(row[group.key]));
      }
    }
    const onTime = metrics.find((row) => row.metricCode === 'DOSSIER_ON_TIME');
    expect(onTime?.metricName).toBe('Tỷ lệ hồ sơ giải quyết đúng hạn');
  });

  it('derives each sub-indicator score from its counts: max × min(1, ratio ÷ threshold)', () => {
    for (const row of metrics) {
      const { numerator, denominator } = row;
      const threshold =
        row.metricCode === 'DOSSIER_RECEIVING_SATISFACTION'
          ? 90
          : row.metricCode === 'REUSED_DIGITIZED_DATA'
            ? 80
            : 100;
      if (numerator === null || denominator === null) {
        // A yes/no sub-indicator: 100 % (full score) or 0 %.
        expect([0, 10_000]).toContain(row.ratioHundredths);
        expect(row.scoreCents).toBe(row.ratioHundredths === 0 ? 0 : row.maxScore * 100);
        continue;
      }
      expect(Number.isSafeInteger(numerator) && Number.isSafeInteger(denominator)).toBe(true);
      expect(numerator).toBeLessThanOrEqual(denominator);
      if (denominator === 0) {
        expect(row.ratioHundredths).toBeNull();
        continue;
      }
      const percent = (numerator / denominator) * 100;
      expect(Math.abs((row.ratioHundredths ?? NaN) / 100 - percent)).toBeLessThanOrEqual(
        0.005 + 1e-9,
      );
      const expected = row.maxScore * Math.min(1, percent / threshold);
      expect(Math.abs(row.scoreCents / 100 - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('breaks none of the rules the checker knows, and the checker catches each one', () => {
    expect(indexRuleViolations(scores, metrics, dossiers)).toEqual([]);
    const first = scores[0];
    if (!first) throw new Error('no scores');
    const changed = (change: Partial<ScoreRow>) => [{ ...first, ...change }, ...scores.slice(1)];
    const broken = (list: readonly ScoreRow[], rows: readonly MetricRow[] = metrics) =>
      indexRuleViolations(list, rows, dossiers).join('\n');
    expect(broken(changed({ ckmb: first.ckmb + 0.01, total: first.total + 0.01 }))).toMatch(
      /2 CKMB values/,
    );
    expect(broken(changed({ tdgq: first.tdgq - 0.01 }))).toMatch(/portal rate × 20/);
    expect(broken(changed({ dossiersOverdue: first.dossiersOverdue + 1 }))).toMatch(
      /dossier totals/,
    );
    const satisfaction = metrics.findIndex(
      (row) =>
        row.metricCode === 'DOSSIER_RECEIVING_SATISFACTION' &&
        paknOf(metricsOf.get(unitMonth(row)) ?? []) === 0 &&
        (row.denominator ?? 0) > 100,
    );
    const lowered = metrics.map((row, index) =>
      index === satisfaction ? { ...row, numerator: 0, ratioHundredths: 0, scoreCents: 0 } : row,
    );
    const problems = broken(scores, lowered);
    expect(problems).toMatch(/mdhl ≠ its sub-indicators/);
    const resized = metrics.map((row, index) =>
      index === satisfaction ? { ...row, scoreCents: row.scoreCents - 1 } : row,
    );
    expect(broken(scores, resized)).toMatch(/does not follow its ratio/);
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
    expect(scores.filter((row) => row.code === hoangSa?.code)).toHaveLength(16);
  });
});
