/**
 * The two on-time rates of one-stop-shop dossiers, from the raw buckets, and shares with their
 * counts. Both rates exist in public reports and differ: every place that shows one names it.
 *
 * - portal (Decision 766, item 2.1): (early + on time + in progress within deadline) ÷ all
 *   handled, where all handled = early + on time + late + in progress within deadline + overdue;
 * - press ("resolved on time"): (early + on time) ÷ (early + on time + late).
 */
export const ON_TIME_RATE_KINDS = ['portal', 'press'] as const;
export type OnTimeRateKind = (typeof ON_TIME_RATE_KINDS)[number];

/** A rate computed from fewer dossiers (or petitions) than this is flagged as a small count. */
export const SMALL_COUNT = 20;

/** The outcome buckets of a unit-month (or a sum of them). */
export interface OutcomeBuckets {
  readonly resolvedEarly: number;
  readonly resolvedOnTime: number;
  readonly resolvedLate: number;
  readonly pendingInTime: number;
  readonly pendingOverdue: number;
}

/** A ratio with the counts it comes from. `ratio` is null when the denominator is zero. */
export interface Share {
  readonly ratio: number | null;
  readonly numerator: number;
  /** The n of the rate. */
  readonly denominator: number;
  /** 0 < n < SMALL_COUNT: show the value, but flag it. */
  readonly small: boolean;
}

/** part ÷ whole, never NaN or Infinity: a zero whole gives a null ratio. */
export function shareOf(part: number, whole: number): Share {
  return {
    ratio: whole > 0 ? part / whole : null,
    numerator: part,
    denominator: whole,
    small: whole > 0 && whole < SMALL_COUNT,
  };
}

/** All dossiers handled in the period: the denominator of the portal rate. */
export function handledCount(buckets: OutcomeBuckets): number {
  return (
    buckets.resolvedEarly +
    buckets.resolvedOnTime +
    buckets.resolvedLate +
    buckets.pendingInTime +
    buckets.pendingOverdue
  );
}

/** One of the two on-time rates of a set of buckets (see the module comment for definitions). */
export function onTimeRate(kind: OnTimeRateKind, buckets: OutcomeBuckets): Share {
  const onTime = buckets.resolvedEarly + buckets.resolvedOnTime;
  if (kind === 'portal') return shareOf(onTime + buckets.pendingInTime, handledCount(buckets));
  return shareOf(onTime, onTime + buckets.resolvedLate);
}

/** Adds buckets (a province or filtered total). */
export function sumBuckets(list: readonly OutcomeBuckets[]): OutcomeBuckets {
  const total = {
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pendingInTime: 0,
    pendingOverdue: 0,
  };
  for (const buckets of list) {
    total.resolvedEarly += buckets.resolvedEarly;
    total.resolvedOnTime += buckets.resolvedOnTime;
    total.resolvedLate += buckets.resolvedLate;
    total.pendingInTime += buckets.pendingInTime;
    total.pendingOverdue += buckets.pendingOverdue;
  }
  return total;
}

/** Rate per 10,000 residents, or null when the population is unknown (never estimated). */
export function per10k(count: number, population: number | null): number | null {
  return population === null || population <= 0 ? null : (count / population) * 10_000;
}
