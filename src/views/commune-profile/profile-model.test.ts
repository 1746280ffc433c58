import { describe, expect, it } from 'vitest';
import { groupGaps, joinProfileMonths, latestStanding } from './profile-model.ts';
import type { ProfileTrendMonth } from '../../charts/profile-series.ts';

const q = (median: number) => ({ q1: median - 1, median, q3: median + 1 });
const province = {
  total: q(70),
  ckmb: q(14),
  tdgq: q(16),
  dvctt: q(9),
  tttt: q(7),
  mdsh: q(17),
  mdhl: q(13),
};
const month = (
  period: string,
  total: number | null,
  rank: number | null,
  groups: ProfileTrendMonth['groups'] = null,
): ProfileTrendMonth => ({ period, total, rank, rankedCount: 94, groups, province });

describe('latestStanding', () => {
  it('compares the latest scored month with the month before', () => {
    const standing = latestStanding([month('2026-05', 70.5, 12), month('2026-06', 72.9, 9)]);
    expect(standing).toMatchObject({ isLatest: true, scoreChange: 2.4, placesChange: 3 });
  });

  it('reports no change when the month before has no score, and a late gap as not latest', () => {
    const standing = latestStanding([
      month('2026-04', null, null),
      month('2026-05', 60, 50),
      month('2026-06', null, null),
    ]);
    expect(standing?.month.period).toBe('2026-05');
    expect(standing).toMatchObject({ isLatest: false, scoreChange: null, placesChange: null });
  });

  it('is null for a unit never scored', () => {
    expect(latestStanding([month('2026-06', null, null)])).toBeNull();
  });
});

describe('groupGaps', () => {
  it('orders groups by the gap as a share of their maximum, weakest first', () => {
    // mdhl: −2.4 points of 18 (−13 %); mdsh: −2.5 of 22 (−11 %): points alone would flip them.
    const gaps = groupGaps(
      month('2026-06', 70, 10, {
        ckmb: 15,
        tdgq: 16,
        dvctt: 9,
        tttt: 8,
        mdsh: 14.5,
        mdhl: 10.6,
      }),
    );
    expect(gaps.map((gap) => [gap.key, gap.points])).toEqual([
      ['mdhl', -2.4],
      ['mdsh', -2.5],
      ['tdgq', 0],
      ['dvctt', 0],
      ['ckmb', 1],
      ['tttt', 1],
    ]);
    expect(gaps[0]?.share).toBeCloseTo(-2.4 / 18, 6);
  });

  it('is empty for a month without a score', () => {
    expect(groupGaps(month('2026-06', null, null))).toEqual([]);
  });
});

describe('joinProfileMonths', () => {
  it('attaches the province quartiles of the same month, null when missing', () => {
    const joined = joinProfileMonths(
      [
        {
          period: '2026-05',
          snapshotDate: '2026-05-31',
          rankedCount: 4,
          total: null,
          rank: null,
          groups: null,
        },
        {
          period: '2026-06',
          snapshotDate: '2026-06-30',
          rankedCount: 5,
          total: 68,
          rank: 4,
          groups: null,
        },
      ],
      [{ period: '2026-06', unitCount: 5, metrics: province }],
    );
    expect(joined.map((row) => [row.period, row.province?.total.median ?? null])).toEqual([
      ['2026-05', null],
      ['2026-06', 70],
    ]);
  });
});
