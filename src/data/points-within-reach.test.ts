import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreByRule, type MetricRule } from './metric-rules.ts';
import { pointsWithinReach, type MetricFigures } from './points-within-reach.ts';

const rule = (threshold: number): MetricRule => ({ threshold, source: { vi: 'v', en: 'e' } });
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The figures the portal would publish for a count under a rule: ratio and score rounded. */
function published(numerator: number, denominator: number, max: number, by: MetricRule) {
  const ratio = (100 * numerator) / denominator;
  return {
    numerator,
    denominator,
    ratio: round2(ratio),
    score: round2(scoreByRule(by, ratio, max)),
    max,
  } satisfies MetricFigures;
}

describe('pointsWithinReach', () => {
  it('counts the items to full points: 702 of 797 on time, 20 points at 100 %', () => {
    const reach = pointsWithinReach(published(702, 797, 20, rule(100)), rule(100));
    expect(reach).toMatchObject({ kind: 'gain', items: 95, pointsLost: 2.38, points: 2.38 });
    expect(reach.kind === 'gain' ? reach.perItem : null).toBeCloseTo(20 / 797, 10);
  });

  it('stops at the threshold: 698 of 786 satisfied, 6 points from 90 %', () => {
    // 90 % of 786 is 707.4: 708 satisfied dossiers earn the 6 points.
    const reach = pointsWithinReach(published(698, 786, 6, rule(90)), rule(90));
    expect(reach).toMatchObject({ kind: 'gain', items: 10, pointsLost: 0.08 });
    expect(reach.kind === 'gain' ? reach.perItem : null).toBeCloseTo(6 / 707.4, 10);
  });

  it('is exact where the threshold falls on a whole count', () => {
    // 90 % of 10 is 9 (0.9 × 10 is 9.000000000000002 in floating point).
    expect(pointsWithinReach(published(8, 10, 6, rule(90)), rule(90))).toMatchObject({
      kind: 'gain',
      items: 1,
    });
  });

  it('has nothing to gain at full points, whatever the rule', () => {
    const full = { numerator: 5, denominator: 5, ratio: 100, score: 6, max: 6 };
    expect(pointsWithinReach(full, rule(100))).toEqual({ kind: 'full', pointsLost: 0 });
    expect(pointsWithinReach(full, null)).toEqual({ kind: 'full', pointsLost: 0 });
  });

  it('says why it cannot count items', () => {
    const base = { numerator: 3, denominator: 10, ratio: 30, score: 1.8, max: 6 };
    const reason = (figures: Partial<MetricFigures>, by: MetricRule | null = rule(100)) => {
      const reach = pointsWithinReach({ ...base, ...figures }, by);
      return reach.kind === 'none' ? [reach.reason, reach.pointsLost] : reach.kind;
    };
    expect(reason({}, null)).toEqual(['rule-not-published', 4.2]);
    expect(reason({ max: 0, score: null })).toEqual(['not-scored', null]);
    expect(reason({ score: null })).toEqual(['no-score', null]);
    expect(reason({ numerator: 0, denominator: 0, ratio: null, score: null })).toEqual([
      'no-items',
      null,
    ]);
    expect(reason({ numerator: 0, denominator: 0, ratio: 0, score: 0 })).toEqual(['no-items', 6]);
    expect(reason({ numerator: null, denominator: null })).toEqual(['no-counts', 4.2]);
    expect(reason({ numerator: 7, denominator: 7, ratio: 76.7, score: 7.67, max: 10 })).toEqual([
      'ratio-not-counts',
      2.33,
    ]);
    expect(reason({ numerator: 10, ratio: 100 })).toEqual(['rule-mismatch', 4.2]);
    // Scored at 100 %, but the rule says 80 %: the items to full points would be wrong.
    expect(reason({}, rule(80))).toEqual(['rule-mismatch', 4.2]);
  });
});

const figures = fc
  .record({
    denominator: fc.integer({ min: 1, max: 20_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    max: fc.constantFrom(2, 4, 6, 10, 12, 20),
    threshold: fc.oneof(fc.constantFrom(80, 90, 100), fc.integer({ min: 50, max: 100 })),
  })
  .map(({ denominator, share, max, threshold }) => {
    const numerator = Math.floor(share * denominator);
    const by = rule(threshold);
    return { by, numerator, denominator, figures: published(numerator, denominator, max, by) };
  });

describe('pointsWithinReach, for any published count', () => {
  it('gaining the items reported reaches full points by the rule, one fewer does not', () => {
    fc.assert(
      fc.property(figures, ({ by, numerator, denominator, figures: { max, ...rest } }) => {
        const reach = pointsWithinReach({ max, ...rest }, by);
        if (reach.kind !== 'gain') return;
        const after = scoreByRule(by, (100 * (numerator + reach.items)) / denominator, max);
        const before = scoreByRule(by, (100 * (numerator + reach.items - 1)) / denominator, max);
        expect(after).toBeCloseTo(max, 9);
        expect(before).toBeLessThan(max);
        expect(numerator + reach.items).toBeLessThanOrEqual(denominator);
      }),
    );
  });

  it('never gains more than the maximum, and the points gained are the points lost', () => {
    fc.assert(
      fc.property(figures, ({ by, figures: published }) => {
        const reach = pointsWithinReach(published, by);
        expect(['gain', 'full']).toContain(reach.kind);
        if (reach.kind !== 'gain') {
          expect(published.score).toBe(published.max);
          return;
        }
        expect(reach.points).toBe(reach.pointsLost);
        expect(published.score + reach.points).toBeCloseTo(published.max, 9);
        expect(reach.points).toBeLessThanOrEqual(published.max);
        // Each item earns the same: the items together earn at least the points lost (rounded).
        expect(reach.perItem * reach.items).toBeGreaterThanOrEqual(reach.points - 0.005 - 1e-9);
      }),
    );
  });
});
