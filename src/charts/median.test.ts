import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOf } from './median.ts';

describe('medianOf', () => {
  it('is null for no values, the middle one for an odd count, the mean of two for an even one', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([72.5])).toBe(72.5);
    expect(medianOf([3, 1, 2])).toBe(2);
    expect(medianOf([10, -4, 2, 8])).toBe(5);
  });

  it('sorts numerically, not as text', () => {
    expect(medianOf([100, 9, 20])).toBe(20);
  });

  it('agrees with a median taken from a sorted copy, and leaves its input as it was', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.double({ min: -1000, max: 1000, noNaN: true }).map((value) => value + 0),
          { minLength: 1 },
        ),
        (values) => {
          const before = [...values];
          const sorted = [...values].sort((a, b) => a - b);
          const middle = sorted.length >> 1;
          const expected =
            sorted.length % 2 === 1
              ? sorted[middle]
              : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
          expect(medianOf(values)).toBe(expected);
          expect(values).toEqual(before);
        },
      ),
      { seed: 20261203 },
    );
  });
});
