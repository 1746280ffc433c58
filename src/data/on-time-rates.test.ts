import { describe, expect, it } from 'vitest';
import { createFormat } from '../i18n/format.ts';
import { handledCount, onTimeRate, per10k, shareOf, sumBuckets } from './on-time-rates.ts';

// Xã Nguyệt Ấn (Thanh Hóa), as published: 1,914 resolved early or on time, 133 in progress
// within deadline, 42 late, 2,089 in all. The split of 1,914 into early/on time is immaterial.
const nguyetAn = {
  resolvedEarly: 1200,
  resolvedOnTime: 714,
  resolvedLate: 42,
  pendingInTime: 133,
  pendingOverdue: 0,
};
const zero = {
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pendingInTime: 0,
  pendingOverdue: 0,
};

describe('onTimeRate', () => {
  const vi = createFormat('vi');
  it('gives the published press rate 97,85 % and portal rate 97,99 % for Nguyệt Ấn', () => {
    expect(handledCount(nguyetAn)).toBe(2089);
    const press = onTimeRate('press', nguyetAn);
    const portal = onTimeRate('portal', nguyetAn);
    expect([press.numerator, press.denominator]).toEqual([1914, 1956]);
    expect([portal.numerator, portal.denominator]).toEqual([2047, 2089]);
    expect(vi.percent(press.ratio)).toBe('97,85 %');
    expect(vi.percent(portal.ratio)).toBe('97,99 %');
  });

  it('counts overdue dossiers against the portal rate only', () => {
    const overdue = { ...nguyetAn, pendingOverdue: 100 };
    expect(onTimeRate('portal', overdue).denominator).toBe(2189);
    expect(onTimeRate('press', overdue)).toEqual(onTimeRate('press', nguyetAn));
  });

  it('gives null (shown as "—"), never NaN or Infinity, for zero denominators', () => {
    for (const kind of ['portal', 'press'] as const) {
      const rate = onTimeRate(kind, zero);
      expect(rate).toEqual({ ratio: null, numerator: 0, denominator: 0, small: false });
      expect(vi.percent(rate.ratio)).toBe('—');
    }
    // Only pending dossiers: the press rate has nothing resolved yet, the portal rate has n = 5.
    const pendingOnly = { ...zero, pendingInTime: 5 };
    expect(onTimeRate('press', pendingOnly).ratio).toBeNull();
    expect(onTimeRate('portal', pendingOnly)).toEqual({
      ratio: 1,
      numerator: 5,
      denominator: 5,
      small: true,
    });
  });

  it('flags rates from fewer than 20 dossiers, and not from 20', () => {
    expect(onTimeRate('press', { ...zero, resolvedOnTime: 18, resolvedLate: 1 }).small).toBe(true);
    expect(onTimeRate('press', { ...zero, resolvedOnTime: 19, resolvedLate: 1 }).small).toBe(false);
  });
});

describe('shareOf, sumBuckets, per10k', () => {
  it('computes shares with their counts', () => {
    expect(shareOf(3, 4)).toEqual({ ratio: 0.75, numerator: 3, denominator: 4, small: true });
    expect(shareOf(0, 0).ratio).toBeNull();
  });
  it('adds buckets', () => {
    expect(sumBuckets([nguyetAn, nguyetAn, zero]).resolvedLate).toBe(84);
    expect(sumBuckets([])).toEqual(zero);
  });
  it('gives a per-10,000 rate only for a known population', () => {
    expect(per10k(119, 32145)).toBeCloseTo(37.02, 2);
    expect(per10k(119, null)).toBeNull();
    expect(per10k(5, 0)).toBeNull();
  });
});
