/** A seeded source of uniform numbers in [0, 1). */
export interface Rng {
  next: () => number;
}

/** The seed the shipped sample files were generated with. */
export const SAMPLE_SEED = 20250701;

export type SampleDataset = 'scores' | 'dossiers' | 'petitions';

const DATASET_SALT: Record<SampleDataset, number> = { scores: 1, dossiers: 2, petitions: 3 };

/** mulberry32: tiny, fast and good enough for synthetic data; not for anything secret. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next: () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/**
 * One independent stream per dataset, so changing how one file is generated leaves the
 * other two byte-identical.
 */
export function createDatasetRng(dataset: SampleDataset, seed: number = SAMPLE_SEED): Rng {
  return createRng(hashString(`${String(seed)}:${String(DATASET_SALT[dataset])}`));
}

/** FNV-1a over UTF-16 code units: a stable 32-bit seed from a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function uniform(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

/** Box–Muller; draws two uniforms per call and keeps no spare, so streams stay simple. */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const u1 = 1 - rng.next();
  const u2 = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A multiplicative factor with median 1, e.g. for unit-to-unit size differences. */
export function logNormalFactor(rng: Rng, sd: number): number {
  return Math.exp(normal(rng, 0, sd));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Knuth's method for small means, a rounded normal approximation above 30. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(normal(rng, mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = rng.next();
  while (product > limit) {
    count += 1;
    product *= rng.next();
  }
  return count;
}

/** Exact for small n; Poisson or normal approximations above, always within [0, n]. */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n <= 200) {
    let successes = 0;
    for (let i = 0; i < n; i += 1) if (rng.next() < p) successes += 1;
    return successes;
  }
  if (n * p < 15) return Math.min(n, poisson(rng, n * p));
  if (n * (1 - p) < 15) return n - Math.min(n, poisson(rng, n * (1 - p)));
  const draw = Math.round(normal(rng, n * p, Math.sqrt(n * p * (1 - p))));
  return clamp(draw, 0, n);
}

/** Splits n into counts proportional to weights (sequential conditional binomials). */
export function multinomial(rng: Rng, n: number, weights: readonly number[]): number[] {
  let remainingWeight = weights.reduce((sum, weight) => sum + weight, 0);
  let remaining = n;
  return weights.map((weight, index) => {
    if (index === weights.length - 1) return remaining;
    const count = remainingWeight > 0 ? binomial(rng, remaining, weight / remainingWeight) : 0;
    remaining -= count;
    remainingWeight -= weight;
    return count;
  });
}
