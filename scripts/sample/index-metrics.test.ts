import { describe, expect, it } from 'vitest';
import type { IndexGroupKey, MetricCounts } from './index-metrics.ts';
import {
  formatHundredths,
  METRICS,
  metricSpec,
  metricsOf,
  ratioHundredths,
  scoreCents,
} from './index-metrics.ts';
import { raiseTotal, totalCents } from './raise-scores.ts';

const counts = (numerator: number, denominator: number): MetricCounts => ({
  numerator,
  denominator,
});

describe('the sub-indicators', () => {
  it('add up to the maximum of each Decision 766 group, 100 in all', () => {
    const groups: readonly IndexGroupKey[] = ['ckmb', 'tdgq', 'dvctt', 'tttt', 'mdsh', 'mdhl'];
    const maxOf = (group: IndexGroupKey) =>
      metricsOf(group).reduce((sum, spec) => sum + spec.max, 0);
    expect(groups.map(maxOf)).toEqual([18, 20, 12, 10, 22, 18]);
    expect(METRICS.reduce((sum, spec) => sum + spec.max, 0)).toBe(100);
    for (const spec of METRICS) expect(spec.name).toMatch(/[àáảãạăâđêôơư]/u);
  });

  it('score max × min(1, ratio ÷ threshold), rounded half up to hundredths', () => {
    const tdgq = metricSpec('DOSSIER_ON_TIME');
    expect(scoreCents(tdgq, counts(1043, 1052))).toBe(1983);
    expect(ratioHundredths(counts(1043, 1052))).toBe(9914);
    // 97.75 % of 2 points is 1.955: half up, exactly (a float product would give 1.95).
    expect(scoreCents(metricSpec('PUBLIC_CONTENT_FULL'), counts(391, 400))).toBe(196);
    expect(ratioHundredths(counts(1, 8))).toBe(1250);
    expect(ratioHundredths(counts(1, 32))).toBe(313);
  });

  it('give satisfaction its full score from 90 %', () => {
    const satisfaction = metricSpec('DOSSIER_RECEIVING_SATISFACTION');
    expect(scoreCents(satisfaction, counts(789, 1000))).toBe(526);
    expect(scoreCents(satisfaction, counts(900, 1000))).toBe(600);
    expect(scoreCents(satisfaction, counts(999, 1000))).toBe(600);
  });

  it('score 0 ÷ 0 as the portal does: complaints in full, dossiers not at all', () => {
    expect(scoreCents(metricSpec('PETITION_PROCESSING_ON_TIME'), counts(0, 0))).toBe(600);
    expect(scoreCents(metricSpec('PETITION_HANDLING_SATISFACTION'), counts(0, 0))).toBe(600);
    expect(scoreCents(metricSpec('DOSSIER_ON_TIME'), counts(0, 0))).toBe(0);
    expect(ratioHundredths(counts(0, 0))).toBeNull();
  });

  it('score a yes/no service as all or nothing', () => {
    const copy = metricSpec('ELECTRONIC_CERTIFIED_COPY');
    expect([scoreCents(copy, { provided: true }), ratioHundredths({ provided: true })]).toEqual([
      200, 10_000,
    ]);
    expect([scoreCents(copy, { provided: false }), ratioHundredths({ provided: false })]).toEqual([
      0, 0,
    ]);
  });

  it('print hundredths from the integer', () => {
    expect([formatHundredths(1983), formatHundredths(5), formatHundredths(0)]).toEqual([
      '19.83',
      '0.05',
      '0.00',
    ]);
  });
});

describe('raiseTotal', () => {
  const sample = (): MetricCounts[] =>
    METRICS.map((spec) =>
      spec.code === 'ELECTRONIC_CERTIFIED_COPY' ? { provided: false } : counts(300, 1000),
    );

  it('lands exactly on the amount, leaving CKMB, TDGQ and DVCTT alone', () => {
    const cells = sample();
    const before = totalCents(cells);
    raiseTotal(cells, 137, true);
    expect(totalCents(cells)).toBe(before + 137);
    METRICS.forEach((spec, index) => {
      if (['ckmb', 'tdgq', 'dvctt'].includes(spec.group))
        expect(cells[index]).toEqual(counts(300, 1000));
    });
  });

  it('reaches at least the amount, and says when there is no headroom', () => {
    const cells = sample();
    const before = totalCents(cells);
    raiseTotal(cells, 500, false);
    expect(totalCents(cells)).toBeGreaterThanOrEqual(before + 500);
    expect(() => {
      raiseTotal(cells, 10_000, false);
    }).toThrow(/No headroom/);
  });
});
