import { describe, expect, it } from 'vitest';
import {
  binomial,
  createDatasetRng,
  createRng,
  hashString,
  multinomial,
  normal,
  poisson,
} from './random.ts';

const draws = (seed: number, count: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.next());
};

describe('createRng', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
    expect(draws(42, 100)).not.toEqual(draws(43, 100));
  });

  it('stays in [0, 1)', () => {
    for (const value of draws(7, 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('gives each dataset its own stream', () => {
    expect(createDatasetRng('scores').next()).not.toBe(createDatasetRng('dossiers').next());
  });
});

describe('distributions', () => {
  it('keeps binomial draws within [0, n] on every code path', () => {
    const rng = createRng(1);
    for (const [n, p] of [
      [10, 0.5],
      [5000, 0.001],
      [5000, 0.999],
      [5000, 0.4],
    ] as const) {
      for (let i = 0; i < 200; i += 1) {
        const value = binomial(rng, n, p);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(n);
      }
    }
  });

  it('splits a multinomial count without losing any', () => {
    const rng = createRng(2);
    for (const n of [0, 1, 119, 4000]) {
      const parts = multinomial(rng, n, [0.3, 0.2, 0, 0.5]);
      expect(parts.reduce((sum, part) => sum + part, 0)).toBe(n);
      expect(parts[2]).toBe(0);
    }
  });

  it('has roughly the requested means', () => {
    const rng = createRng(3);
    const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean(Array.from({ length: 20_000 }, () => normal(rng, 5, 2)))).toBeCloseTo(5, 1);
    expect(mean(Array.from({ length: 20_000 }, () => poisson(rng, 3)))).toBeCloseTo(3, 1);
  });

  it('hashes strings stably', () => {
    expect(hashString('20364')).toBe(hashString('20364'));
    expect(hashString('20364')).not.toBe(hashString('20365'));
  });
});
